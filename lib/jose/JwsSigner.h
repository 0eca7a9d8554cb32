// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <openssl/evp.h>

namespace oauthdesk {

/// Signs @p payload as a compact JWS (RFC 7515) with @p alg: RS256 (RSASSA-PKCS1-v1_5 SHA-256),
/// PS256 (RSASSA-PSS SHA-256, MGF1 SHA-256, 32-byte salt) or ES256/ES384 (ECDSA, signature as
/// JOSE R||S, not DER: RFC 7518 §3.4). The key must fit the algorithm. @p header gets "alg" set.
[[nodiscard]] Result<QByteArray> signJws(
    EVP_PKEY *key, const QString &alg, QJsonObject header, const QByteArray &payload);

/// A private_key_jwt client assertion (RFC 7523 §3, OIDC Core §9).
struct ClientAssertionRequest
{
    QString clientId; ///< iss and sub
    QString audience; ///< the token endpoint, or the issuer where an AS wants that
    QString kid; ///< the kid the AS knows the key by
    QString alg; ///< RS256, PS256 or ES256; empty: the key's default
    int lifetimeSeconds = 120;
    QDateTime now; ///< empty: the current time (injectable for tests)
    QString jti; ///< empty: 128 random bits, base64url
};

/// The signed assertion (compact JWS) for @p r.
[[nodiscard]] Result<QByteArray> buildClientAssertion(
    EVP_PKEY *key, const ClientAssertionRequest &r);

/// MACs @p payload as a compact JWS (RFC 7515) with HS256, HS384 or HS512 (RFC 7518 §3.2) under
/// @p secret, which must be at least as long as the hash (32, 48 or 64 bytes). @p header gets
/// "alg" set.
[[nodiscard]] Result<QByteArray> macJws(
    const QByteArray &secret, const QString &alg, QJsonObject header, const QByteArray &payload);

/// A client_secret_jwt assertion (RFC 7523 §2.2, OIDC Core §9): the claims of a private_key_jwt
/// assertion, MACed with the client secret; @p r.alg is HS256 (default), HS384 or HS512 and
/// @p r.kid is not sent.
[[nodiscard]] Result<QByteArray> buildClientSecretAssertion(
    const QByteArray &secret, const ClientAssertionRequest &r);

} // namespace oauthdesk
