// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ClientJson.h"

#include <QJsonArray>

namespace oauthdesk {

namespace {

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue jsonTime(const std::optional<QDateTime> &t)
{
    if (!t || !t->isValid())
        return QJsonValue(QJsonValue::Null);
    return t->toUTC().toString(Qt::ISODate);
}

} // namespace

QJsonObject clientJson(const OAuthClient &c)
{
    QJsonArray grants;
    for (GrantType g : c.grantTypes)
        grants.append(toWire(g));
    return { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name },
        { QStringLiteral("clientId"), c.clientId },
        { QStringLiteral("description"), c.description },
        { QStringLiteral("applicationId"), c.applicationId },
        { QStringLiteral("environmentId"), optionalId(c.environmentId) },
        { QStringLiteral("applicationType"), toWire(c.applicationType) },
        { QStringLiteral("grantTypes"), grants }, { QStringLiteral("pkce"), toWire(c.pkce) },
        { QStringLiteral("redirectUris"), QJsonArray::fromStringList(c.redirectUris) },
        { QStringLiteral("postLogoutRedirectUris"),
            QJsonArray::fromStringList(c.postLogoutRedirectUris) },
        { QStringLiteral("scopes"), QJsonArray::fromStringList(c.scopes) },
        { QStringLiteral("accessTokenLifetime"), c.accessTokenLifetimeSeconds },
        { QStringLiteral("refreshTokenLifetime"),
            c.refreshTokenLifetimeSeconds ? QJsonValue(*c.refreshTokenLifetimeSeconds)
                                          : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("authMethod"), toWire(c.authMethod) },
        { QStringLiteral("signingCertificateId"), optionalId(c.signingCertificateId) },
        { QStringLiteral("transportCertificateId"), optionalId(c.transportCertificateId) },
        { QStringLiteral("certificateBoundTokens"), c.certificateBoundTokens },
        { QStringLiteral("status"), toWire(c.status) },
        { QStringLiteral("registrationClientUri"),
            optionalString(c.registrationClientUri.toString()) },
        { QStringLiteral("clientIdIssuedAt"), jsonTime(c.clientIdIssuedAt) },
        // RFC 7591 §3.2.1: when the AS said the secret expires (schema 8); null: it did not.
        { QStringLiteral("clientSecretExpiresAt"), jsonTime(c.clientSecretExpiresAt) },
        { QStringLiteral("createdAt"), jsonTime(c.createdAt) },
        { QStringLiteral("updatedAt"), jsonTime(c.updatedAt) } };
}

QJsonObject environmentJson(const Environment &env)
{
    QJsonArray headers;
    for (const ExtraHeader &h : env.headers)
        headers.append(QJsonObject {
            { QStringLiteral("name"), h.name }, { QStringLiteral("value"), h.value } });
    return { { QStringLiteral("id"), env.id }, { QStringLiteral("name"), env.name },
        { QStringLiteral("issuer"), env.issuer.toString() },
        { QStringLiteral("connectivity"), toWire(env.connectivity) },
        { QStringLiteral("apiBaseUrl"), optionalString(env.apiBaseUrl.toString()) },
        { QStringLiteral("headers"), headers },
        { QStringLiteral("caBundle"), optionalString(env.caBundlePath) },
        { QStringLiteral("assertionAudience"), toWire(env.assertionAudience) },
        { QStringLiteral("discoveryFetchedAt"), jsonTime(env.discoveryFetchedAt) },
        { QStringLiteral("createdAt"), jsonTime(env.createdAt) } };
}

} // namespace oauthdesk
