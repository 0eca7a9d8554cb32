// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace oauthdesk::language {

QStringList available()
{
    return { QString(), QStringLiteral("en"), QStringLiteral("de") };
}

QString chosen()
{
    if (qEnvironmentVariableIsSet("OAUTHDESK_LANG"))
        return qEnvironmentVariable("OAUTHDESK_LANG");
    return QSettings().value(QLatin1String(kSettingsKey)).toString();
}

void store(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kSettingsKey));
    else
        settings.setValue(QLatin1String(kSettingsKey), code);
}

QString install(QCoreApplication &app, const QString &code)
{
    if (code == QLatin1String("en") || code == QLatin1String("C"))
        return QString();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto *own = new QTranslator(&app);
    if (!own->load(
            locale, QStringLiteral("oauthdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return QString();
    }
    QCoreApplication::installTranslator(own);
    // Qt's own texts (standard buttons, context menus), where the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale.name();
}

} // namespace oauthdesk::language
