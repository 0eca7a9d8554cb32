// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <cmath>
#include <optional>

namespace oauthdesk {

/// A JSON number read as seconds since the epoch (RFC 7519 §2 NumericDate), when it is one a
/// date can hold: finite, and from year 1 to year 9999. A server's 1e30 or NaN is no date (and
/// casting it to an integer would be undefined behaviour, as the fuzz suite found).
[[nodiscard]] inline std::optional<qint64> epochSeconds(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    constexpr double kYear1 = -62135596800.0; // 0001-01-01T00:00:00Z
    constexpr double kYear9999 = 253402300799.0; // 9999-12-31T23:59:59Z
    if (!std::isfinite(d) || d < kYear1 || d > kYear9999)
        return std::nullopt;
    return qint64(d);
}

} // namespace oauthdesk
