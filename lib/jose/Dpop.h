// SPDX-License-Identifier: GPL-3.0-or-later
// DPoP proofs (RFC 9449 §4): the JWT a client sends in the DPoP header of each token request and
// each resource request, signed with its DPoP key, the public half in the proof's own header.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <openssl/evp.h>

namespace oauthdesk {

struct DpopProofRequest
{
    QByteArray method; ///< htm: the HTTP method of the request the proof goes with
    QUrl url; ///< the request's URL; htu is dpopHtu() of it
    QString alg; ///< ES256 (P-256), PS256 or RS256; empty: the key's default
    QByteArray accessToken; ///< resource requests: the token, for ath; empty: no ath
    QString nonce; ///< the server's DPoP-Nonce, when it asked for one
    QDateTime now; ///< empty: the current time (injectable for tests)
    QString jti; ///< empty: 128 random bits, base64url
};

/// The htu of a proof for @p url (RFC 9449 §4.2): the URL without its query and fragment.
[[nodiscard]] QString dpopHtu(const QUrl &url);

/// ath (RFC 9449 §4.2): base64url of the SHA-256 of the access token's ASCII.
[[nodiscard]] QByteArray dpopAccessTokenHash(const QByteArray &accessToken);

/// A signed DPoP proof for @p r with @p key: header typ "dpop+jwt", alg, and the key's public
/// JWK (never a private member); claims jti, htm, htu, iat, and ath and nonce when given.
[[nodiscard]] Result<QByteArray> buildDpopProof(EVP_PKEY *key, const DpopProofRequest &r);

} // namespace oauthdesk
