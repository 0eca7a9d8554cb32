// SPDX-License-Identifier: GPL-3.0-or-later
// What the diff and the plan both write: values as the admin reads them (internal to
// lib/usecases/Promotion*.cpp).
#pragma once

#include "usecases/Promotion.h"

#include <QCoreApplication>

namespace oauthdesk::promotiontext {

struct PromotionText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Promotion)
};

inline QString joined(QStringList list)
{
    list.sort();
    return list.join(QLatin1Char(' '));
}

inline QString grants(const QList<GrantType> &g)
{
    QStringList out;
    for (GrantType t : g)
        out.append(toWire(t));
    return joined(out);
}

inline QString lifetime(std::optional<int> seconds)
{
    return seconds ? QString::number(*seconds) + QStringLiteral(" s") : QString();
}

inline QString registrationState(const OAuthClient &c)
{
    if (!c.registrationClientUri.isEmpty())
        return PromotionText::tr("registered through OAuthDesk (RFC 7592)");
    return c.clientId.isEmpty() ? PromotionText::tr("not registered")
                                : PromotionText::tr("recorded (registered elsewhere)");
}

inline std::optional<CertificateRecord> certificate(
    const CertificatesById &certs, std::optional<qint64> id)
{
    if (!id)
        return std::nullopt;
    const auto it = certs.constFind(*id);
    if (it == certs.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace oauthdesk::promotiontext
