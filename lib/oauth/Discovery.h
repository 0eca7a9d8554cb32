// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Environment.h"
#include "oauth/HttpExchange.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace oauthdesk {

class Transport;

/// `scopes_supported` of a cached discovery document (OIDC Discovery §3, RFC 8414 §2);
/// empty when the document is missing, not JSON, or has no such list. Non-string entries and
/// entries that are not valid scope tokens (RFC 6749 §3.3) are skipped.
[[nodiscard]] QStringList scopesSupported(const QByteArray &discoveryDocument);

/// What an environment's AS says about itself (RFC 8414 §2, OIDC Discovery §3, RFC 8705 §5).
struct DiscoveryMetadata
{
    QString issuer;
    QUrl tokenEndpoint;
    QUrl authorizationEndpoint; ///< absent for ASs that only serve machine clients
    QUrl userinfoEndpoint;
    QUrl jwksUri;
    QUrl registrationEndpoint;
    QUrl introspectionEndpoint;
    QUrl revocationEndpoint;
    QHash<QString, QUrl> mtlsEndpointAliases; ///< e.g. "token_endpoint" → its mTLS alias
    QStringList tokenEndpointAuthMethods;
    QStringList grantTypes;
    QStringList scopes;
    QStringList codeChallengeMethods; ///< code_challenge_methods_supported (RFC 8414 §2)
    QStringList idTokenSigningAlgs; ///< id_token_signing_alg_values_supported
    /// The endpoint to use for @p name ("token_endpoint", "introspection_endpoint", …): its
    /// RFC 8705 §5 mTLS alias when @p mtls and the AS publishes one, else the plain endpoint.
    [[nodiscard]] QUrl endpointFor(const QString &name, const QUrl &plain, bool mtls) const
    {
        return mtls ? mtlsEndpointAliases.value(name, plain) : plain;
    }
};

/// Parses and checks a discovery document against the configured @p issuer: the document's
/// "issuer" must be identical (RFC 8414 §3.3), endpoints must be absolute https URLs (http only
/// on loopback), and the document at most 1 MiB of JSON.
[[nodiscard]] Result<DiscoveryMetadata> parseDiscovery(
    const QByteArray &document, const QUrl &issuer);

/// The two well-known locations, in the order they are tried: OIDC Discovery
/// ({issuer}/.well-known/openid-configuration), then RFC 8414 §3
/// (https://host/.well-known/oauth-authorization-server{path}).
[[nodiscard]] QList<QUrl> discoveryUrls(const QUrl &issuer);

/// Fetches an environment's metadata, with the RFC 8414 fallback when the OIDC location
/// answers 404. The answer carries the document (to cache in the store) and the exchanges.
struct DiscoveryOutcome
{
    Result<DiscoveryMetadata> metadata = fail(ErrorCode::Internal, QString());
    QByteArray document;
    QList<HttpExchange> exchanges;
};
void fetchDiscovery(Transport *transport, const Environment &env, QObject *context,
    std::function<void(DiscoveryOutcome)> done);

} // namespace oauthdesk
