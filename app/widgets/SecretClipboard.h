// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace oauthdesk {

/// Puts a secret on the clipboard the way password managers do (KeePassXC's gui/Clipboard.cpp):
/// marked with "x-kde-passwordManagerHint: secret" so clipboard histories skip it, and cleared
/// after @p clearAfterMs if it is still what the clipboard holds.
void copySecretToClipboard(const QString &secret, int clearAfterMs = 30000);

} // namespace oauthdesk
