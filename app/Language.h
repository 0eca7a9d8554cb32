// SPDX-License-Identifier: GPL-3.0-or-later
// The interface language of the app and the CLI (README "Translations"): the system locale's,
// unless Settings → Language or $OAUTHDESK_LANG names another. Applied once, at start-up.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace oauthdesk::language {

/// The QSettings key of the choice: "" (the system's), "en" or "de".
inline constexpr const char *kSettingsKey = "ui/language";

/// The languages offered, by code; "" is the system default.
[[nodiscard]] QStringList available();

/// The choice in force: $OAUTHDESK_LANG when set, else the one stored in QSettings.
[[nodiscard]] QString chosen();

/// Stores the choice for the next start ("" for the system default).
void store(const QString &code);

/// Installs OAuthDesk's and Qt's own translators for `code` ("" = QLocale::system(); "en" or
/// "C" = none). Returns the name of the locale it loaded OAuthDesk's translation for, or ""
/// when the interface stays English.
QString install(QCoreApplication &app, const QString &code);

} // namespace oauthdesk::language
