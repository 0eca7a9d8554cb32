# SPDX-License-Identifier: GPL-3.0-or-later
# House rules every target links (docs/architecture.md "Build rules"): warnings, Qt's strict
# string casts, the deprecation floor, optional sanitizers.
add_library(oauthdesk_options INTERFACE)
target_compile_options(oauthdesk_options INTERFACE -Wall -Wextra -Wpedantic)
if(OAUTHDESK_WERROR)
    target_compile_options(oauthdesk_options INTERFACE -Werror)
endif()
target_compile_definitions(oauthdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(OAUTHDESK_SANITIZE)
    target_compile_options(oauthdesk_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(oauthdesk_options INTERFACE -fsanitize=address,undefined)
endif()
