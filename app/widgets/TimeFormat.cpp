// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TimeFormat.h"

namespace oauthdesk::timeformat {

namespace {

QString withZone(const QDateTime &local, const QString &format)
{
    const QString zone = local.timeZoneAbbreviation();
    const QString text = local.toString(format);
    return zone.isEmpty() ? text : text + QLatin1Char(' ') + zone;
}

} // namespace

QString dateTime(const QDateTime &t)
{
    return t.isValid() ? withZone(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

QString dateTimeShort(const QDateTime &t)
{
    return t.isValid() ? withZone(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString date(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString time(const QDateTime &t)
{
    return t.isValid() ? withZone(t.toLocalTime(), QStringLiteral("HH:mm:ss")) : QString();
}

} // namespace oauthdesk::timeformat
