// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "secrets/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace oauthdesk {

/// @p bytes random bytes from OpenSSL's CSPRNG (RAND_bytes), base64url without padding
/// (RFC 4648 §5): for state and nonce values. Empty when the CSPRNG fails or @p bytes < 1.
[[nodiscard]] QByteArray randomUrlToken(int bytes);

/// A PKCE code verifier and its S256 challenge (RFC 7636 §4.1, §4.2). The verifier is a secret:
/// it proves at the token endpoint that the caller is the one that started the sign-in.
struct PkcePair
{
    SecretBytes verifier; ///< 43 characters of base64url (32 random bytes)
    QByteArray challenge; ///< BASE64URL(SHA256(ASCII(verifier)))
};

/// A fresh verifier from 32 random bytes (the RFC 7636 §4.1 recommendation) and its challenge.
[[nodiscard]] Result<PkcePair> makePkce();

/// RFC 7636 §4.2 S256: BASE64URL-ENCODE(SHA256(ASCII(code_verifier))).
[[nodiscard]] QByteArray pkceChallengeS256(QByteArrayView verifier);

} // namespace oauthdesk
