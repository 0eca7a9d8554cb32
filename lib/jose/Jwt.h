// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace oauthdesk {

/// A compact JWS (RFC 7515 §7.1) taken apart but not verified.
struct DecodedJwt
{
    QJsonObject header; ///< the parsed protected header
    QJsonObject claims; ///< the parsed payload
    QString alg; ///< header "alg"
    QString kid; ///< header "kid"; empty when the header has none
    QByteArray signingInput; ///< "<b64url header>.<b64url payload>" exactly as received
    QByteArray signature; ///< the raw signature bytes (base64url-decoded; empty for alg "none")
};

/// Largest token decodeJwt() accepts, in bytes.
inline constexpr qsizetype kMaxJwtSize = 64 * 1024;

/// True when @p token has the compact JWS shape: three base64url parts, the first decoding to a
/// JSON object with a string "alg". Says nothing about the signature.
[[nodiscard]] bool looksLikeJwt(const QByteArray &token);

/// Decodes a compact JWS without verifying it.
///
/// Refuses with ErrorCode::InvalidInput (a plain-words message, the technical detail in
/// Error::detail): over 64 KiB, not exactly 3 parts, invalid base64url (padding, characters
/// outside the URL-safe alphabet, non-zero trailing bits), header or payload not a JSON object,
/// header without a string "alg".
[[nodiscard]] Result<DecodedJwt> decodeJwt(const QByteArray &compact);

/// Strict base64url (RFC 7515 §2, RFC 4648 §5): no '=' padding, URL-safe alphabet only,
/// canonical trailing bits. Returns std::nullopt for anything else.
[[nodiscard]] std::optional<QByteArray> decodeBase64UrlStrict(QByteArrayView text);

} // namespace oauthdesk
