// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace oauthdesk::timeformat {

/// The one way every pane shows a moment: local time, ISO-ordered so it sorts and reads the
/// same in every language, with the time zone named ("2026-12-03 14:05:09 CET").
[[nodiscard]] QString dateTime(const QDateTime &t);
/// The same without seconds, for tables and lists ("2026-12-03 14:05 CET").
[[nodiscard]] QString dateTimeShort(const QDateTime &t);
/// The local date alone ("2026-12-03"), where a day is what matters.
[[nodiscard]] QString date(const QDateTime &t);
/// The local time of day with the zone ("14:05:09 CET"), for events of this session.
[[nodiscard]] QString time(const QDateTime &t);

} // namespace oauthdesk::timeformat
