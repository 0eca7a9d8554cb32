// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <openssl/evp.h>

namespace oauthdesk {

/// base64url without padding (RFC 7515 §2).
[[nodiscard]] QByteArray base64Url(const QByteArray &bytes);

/// The public JWK of a key (RFC 7517/7518): RSA {kty, n, e}; EC {kty, crv, x, y} with the
/// coordinates left-padded to the field size (RFC 7518 §6.2.1.2).
[[nodiscard]] Result<QJsonObject> publicJwk(EVP_PKEY *key);

/// RFC 7638 JWK thumbprint: SHA-256 over the required members in lexicographic order with no
/// whitespace, base64url. OAuthDesk uses it as the default `kid`.
[[nodiscard]] Result<QString> jwkThumbprint(const QJsonObject &publicJwk);

/// The JOSE algorithm OAuthDesk signs with for a key: RS256 (RSA), ES256 (P-256), ES384 (P-384).
[[nodiscard]] QString defaultJwsAlgorithm(EVP_PKEY *key);

/// One key of a published JWK Set: its public JWK plus kid, use, alg and, when a certificate
/// exists, x5c (base64 DER, leaf first) and x5t#S256 (RFC 7517 §4.7, §4.9).
struct JwksEntry
{
    QJsonObject publicJwk;
    QString kid;
    QString alg;
    QList<QByteArray> certificateChainDer;
    QString use = QStringLiteral(
        "sig"); ///< empty: no "use" (a TLS client certificate's key, RFC 8705 §2.2)
};
/// {"keys":[…]}, each key with its "use" (normally "sig").
[[nodiscard]] QByteArray jwksDocument(const QList<JwksEntry> &entries);

} // namespace oauthdesk
