// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace oauthdesk {

/// The outcome of checking a token's signature against a JWK Set.
enum class SignatureStatus {
    Valid, ///< a key from the set verifies the signature
    Invalid, ///< the signature does not match (or the token is not a compact JWS)
    NoMatchingKey, ///< no key in the set may check this token (kid, use, alg or kty)
    UnsupportedAlgorithm, ///< "none", HS* or an alg other than RS256/PS256/ES256: never Valid
    BadKeySet, ///< the JWK Set document (or the selected key) is unusable
};

/// What verifyJws() found, in words an admin can act on.
struct SignatureCheck
{
    SignatureStatus status = SignatureStatus::Invalid;
    QString alg; ///< from the token header
    QString kid; ///< from the token header, or of the key that verified it
    QString message; ///< plain words, e.g. "Signature valid (RS256, key rs-1 from the AS's JWKS)"
    QString detail; ///< for an engineer: cjose / OpenSSL error text, the RFC rule applied
};

/// Largest JWK Set document verifyJws() reads, in bytes.
inline constexpr qsizetype kMaxJwksSize = 256 * 1024;
/// Most keys verifyJws() reads from one JWK Set.
inline constexpr qsizetype kMaxJwksKeys = 100;

/// Verifies a compact JWS against a JWK Set document (RFC 7517 §5).
///
/// Supports RS256, PS256 (RSASSA-PSS, SHA-256, MGF1 SHA-256, salt length 32) and ES256 (P-256,
/// signature as the 64-byte JOSE R||S, not DER: RFC 7518 §3.4).
///
/// Key selection: by kid when the header has one; the key's "use", if present, must be "sig"
/// and its "alg", if present, must equal the header's. Without kid every key whose kty/crv fits
/// the alg is tried. The alg must fit the key type: an RSA key never verifies ES256 and an EC key
/// never verifies RS256/PS256. "none" and HS* are UnsupportedAlgorithm, never Valid.
///
/// Limits: JWKS document at most 256 KiB and 100 keys; RSA modulus 2048..8192 bits; token at
/// most 64 KiB (see decodeJwt()).
[[nodiscard]] SignatureCheck verifyJws(const QByteArray &compact, const QByteArray &jwksJson);

} // namespace oauthdesk
