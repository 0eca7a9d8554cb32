// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace oauthdesk {

/// An OAuth 2.0 client (docs/architecture.md "OAuth client"). Holds no secret: its secret and
/// registration access token live in the keychain, keyed by this client's local id.
struct OAuthClient
{
    qint64 id = 0; ///< store row id; 0 until saved
    QString uuid; ///< stable local id, never reused; names the client's keychain entries
    qint64 applicationId = 0; ///< owning Application
    std::optional<qint64> environmentId;
    QString clientId; ///< issued by the AS, or entered for a client registered elsewhere
    QString name;
    QString description;
    ApplicationType applicationType = ApplicationType::MachineToMachine;
    QList<GrantType> grantTypes;
    PkcePolicy pkce = PkcePolicy::Optional;
    QStringList redirectUris;
    QStringList postLogoutRedirectUris;
    QStringList scopes;
    int accessTokenLifetimeSeconds = 3600;
    std::optional<int> refreshTokenLifetimeSeconds;
    AuthMethod authMethod = AuthMethod::ClientSecretBasic;
    std::optional<qint64> signingCertificateId;
    std::optional<qint64> transportCertificateId;
    bool certificateBoundTokens = false;
    ClientStatus status = ClientStatus::Active;
    QDateTime createdAt;
    QDateTime updatedAt;
    QUrl registrationClientUri; ///< RFC 7592 management URI, when registered by OAuthDesk
    std::optional<QDateTime> clientIdIssuedAt;
    /// RFC 7591 client_secret_expires_at, when the AS named one at registration (unset: the
    /// secret does not expire, or the AS did not say). The expiry radar lists it.
    std::optional<QDateTime> clientSecretExpiresAt;

    friend bool operator==(const OAuthClient &, const OAuthClient &) = default;
};

/// A client a person signs in with (Native, SPA, Web with the authorization code grant): it is
/// tested by "Test sign-in" (code + PKCE) instead of a client credentials token.
[[nodiscard]] inline bool isInteractive(const OAuthClient &c)
{
    return c.applicationType != ApplicationType::MachineToMachine
        && c.grantTypes.contains(GrantType::AuthorizationCode);
}

} // namespace oauthdesk
