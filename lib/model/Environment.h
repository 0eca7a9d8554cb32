// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace oauthdesk {

/// One choice offered for a header value, e.g. X-Region "1" = "EMEA".
struct HeaderChoice
{
    QString value;
    QString label;
    friend bool operator==(const HeaderChoice &, const HeaderChoice &) = default;
};

/// An extra header sent with every API call (and token request) in an environment.
struct ExtraHeader
{
    QString name; ///< RFC 9110 §5.6.2 token, e.g. "X-Region"
    QString value; ///< the value sent
    QList<HeaderChoice> choices; ///< optional closed list the value is picked from
    friend bool operator==(const ExtraHeader &, const ExtraHeader &) = default;
};

/// One authorization server plus the APIs behind it (docs/architecture.md "Environment").
/// Registration credentials are secrets and live in the keychain, not here.
struct Environment
{
    qint64 id = 0; ///< store row id; 0 until saved
    QString uuid; ///< stable local id, never reused; names the environment's keychain entries
    QString name; ///< e.g. "UAT", "Production"
    QUrl issuer; ///< issuer identifier; discovery is {issuer}/.well-known/…
    Connectivity connectivity = Connectivity::Tls;
    QUrl apiBaseUrl;
    QList<ExtraHeader> headers;
    QString caBundlePath; ///< optional PEM file trusted for this environment's hosts
    /// "Client CA the AS trusts": PEM of the CA certificate(s) the AS accepts client certificates
    /// from (RFC 8705 §2.1 tls_client_auth); public data, never a key. Empty: not recorded. Set
    /// only through Environments (lib/pki/ClientCa checks it).
    QByteArray clientCaPem;
    /// private_key_jwt: what the client assertion's aud names (RFC 7523 §3 allows the token
    /// endpoint or the issuer; some ASs want the endpoint called, RFC 7521 §5.2).
    AssertionAudience assertionAudience = AssertionAudience::TokenEndpoint;
    QByteArray discoveryDocument; ///< cached metadata JSON (size-limited on fetch)
    std::optional<QDateTime> discoveryFetchedAt;
    QDateTime createdAt;

    friend bool operator==(const Environment &, const Environment &) = default;
};

/// RFC 8705 §5: a client's calls to the AS go to its mTLS endpoint aliases when the environment
/// is mutual TLS or the client authenticates with a certificate.
[[nodiscard]] inline bool usesMutualTls(const Environment &env, AuthMethod method)
{
    return env.connectivity == Connectivity::MutualTls || method == AuthMethod::TlsClientAuth
        || method == AuthMethod::SelfSignedTlsClientAuth;
}

} // namespace oauthdesk
