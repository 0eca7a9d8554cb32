// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace oauthdesk {

/// A JWT's or an introspection answer's members as an HTML table: values escaped (they come from
/// the AS, untrusted), plausible epoch times also as local dates, and with @p markCustom the
/// members no RFC or OpenID Connect defines marked "custom".
[[nodiscard]] QString claimsTableHtml(const QJsonObject &claims, bool markCustom);

} // namespace oauthdesk
