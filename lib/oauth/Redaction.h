// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/HttpExchange.h"

#include <QByteArray>
#include <QList>

namespace oauthdesk {

/// The one place secrets in recorded exchanges are blanked out: the raw tab and "Copy as curl"
/// (HttpExchange::requestText(), responseText(), curl()) and files that leave the machine
/// (the support bundle, redactedForSharing()).
///
/// What to do with a secret that is a JWT: blank it whole (on screen, in curl), or keep its
/// header and payload and blank the signature ("eyJ….eyJ….«redacted»"), so whoever reads a
/// support bundle sees the claims but cannot replay the token or assertion: without its
/// signature a JWS is not a credential (RFC 7515 §5.2).
enum class JwtRedaction {
    Whole,
    KeepPayload,
};

/// The marker for files that leave the machine ("«redacted»", UTF-8).
[[nodiscard]] QByteArray sharingMarker();

/// @p value replaced by @p marker; under JwtRedaction::KeepPayload a compact JWS keeps its
/// first two parts (a JWE, five parts, is blanked whole: its parts are ciphertext).
[[nodiscard]] QByteArray redactedValue(
    const QByteArray &value, const QByteArray &marker, JwtRedaction jwt);
/// An Authorization-style header value: the scheme ("Basic ", "Bearer ") kept, its credential
/// redacted (a bearer JWT as redactedValue() says).
[[nodiscard]] QByteArray redactedHeaderValue(
    const QByteArray &value, const QByteArray &marker, JwtRedaction jwt);
/// A JSON object body (RFC 7591 requests and answers, token answers) with the named members'
/// values replaced, in nested objects and arrays too; anything that is not a JSON object comes
/// back unchanged.
[[nodiscard]] QByteArray redactedJsonMembers(const QByteArray &body,
    const QList<QByteArray> &members, const QByteArray &marker, JwtRedaction jwt);
/// An application/x-www-form-urlencoded body (or a JSON one) with the named fields' values
/// replaced. Names are compared after form-decoding.
[[nodiscard]] QByteArray redactedFormFields(const QByteArray &body, const QList<QByteArray> &fields,
    const QByteArray &marker, JwtRedaction jwt);

/// The names OAuthDesk treats as secret wherever they appear, whether or not the request that
/// carried them listed them: client_secret, client_assertion, assertion, token, access_token,
/// refresh_token, id_token, code, code_verifier, registration_access_token,
/// software_statement, subject_token, actor_token, device_code, password.
[[nodiscard]] const QList<QByteArray> &wellKnownSecretFields();

/// @p exchange ready to leave the machine: every secret header (Authorization, and
/// Proxy-Authorization, Cookie, Set-Cookie, DPoP always), every secret form field, query item
/// and JSON member (the request's own lists plus wellKnownSecretFields()) replaced by
/// sharingMarker(), JWT payloads kept; the client key dropped. Its secret lists are emptied,
/// so requestText() and responseText() show it as it is.
[[nodiscard]] HttpExchange redactedForSharing(const HttpExchange &exchange);

/// @p text with every occurrence of each of @p secrets (as is, base64, base64url, hex,
/// percent- and form-encoded) replaced by @p marker; secrets under 8 bytes are left alone
/// (they would blank ordinary words). The last line of defence behind redactedForSharing().
[[nodiscard]] QByteArray scrubSecrets(
    QByteArray text, const QList<QByteArray> &secrets, const QByteArray &marker);

} // namespace oauthdesk
