// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Enums.h"
#include "oauth/HttpExchange.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace oauthdesk {

/// The back-channel endpoints a client authenticates at (RFC 6749 §3.2, RFC 7662, RFC 7009).
enum class BackChannelEndpoint { Token, Introspection, Revocation };

/// What was sent, so that a refusal is explained for the grant, endpoint and method actually
/// used rather than in general.
struct RefusalContext
{
    BackChannelEndpoint endpoint = BackChannelEndpoint::Token;
    QByteArray grantType = "client_credentials"; ///< token endpoint only
    AuthMethod method = AuthMethod::ClientSecretBasic;
    AssertionAudience audienceRule = AssertionAudience::TokenEndpoint; ///< private_key_jwt
    QString assertionAudience; ///< the aud the assertion named (private_key_jwt)
    /// Secret methods: when the AS said the client secret expires (RFC 7591
    /// client_secret_expires_at, stored from its registration answer); unset: never, or not said.
    std::optional<QDateTime> clientSecretExpiresAt;
};

/// How the answer's body reads: an RFC 6749 §5.2 error object, or anything else (empty, HTML,
/// JSON without "error").
enum class BodyShape { OAuthError, NoOAuthError, Any };

/// One row of the explanation table: the first row whose status range, body shape, error codes,
/// endpoints, grant and methods all match a refusal explains it.
struct ExplanationRow
{
    const char *id; ///< stable name, for tests and support
    int statusLow; ///< inclusive
    int statusHigh; ///< inclusive
    BodyShape shape;
    const char *codes; ///< space-separated error codes; nullptr: any (or none)
    unsigned endpoints; ///< bit per BackChannelEndpoint
    const char *grantType; ///< token endpoint grant; nullptr: any
    unsigned methods; ///< bit per AuthMethod
    const char *text; ///< translatable; {endpoint} {request} {grant} {grantWire} {method} {status}
                      ///< {code} {aud} {rule} {location} {scopeCheck} {publicCalls} {secretExpiry}
    /// Only when the context's clientSecretExpiresAt is known and at or before now: the client's
    /// own record says why the AS refused the secret, whatever words the AS chose.
    bool secretExpired = false;
};

/// The table, in matching order (the last rows catch everything).
[[nodiscard]] const QList<ExplanationRow> &explanationTable();

/// The row that explains a refusal: HTTP @p status, the OAuth error @p code (empty when the body
/// has none).
[[nodiscard]] const ExplanationRow &explanationRowFor(
    int status, const QString &code, const RefusalContext &context);

/// The plain words for a refusal, filled in from @p context.
[[nodiscard]] QString explainRefusal(
    int status, const QString &code, const RefusalContext &context, const QString &location = {});

/// A non-success answer from a back-channel endpoint as an Error: the table's words, with the
/// status, error code and error_description as detail.
[[nodiscard]] Error refusalError(const HttpExchange &exchange, const RefusalContext &context);

/// "token", "introspection", "revocation": the endpoint as the messages name it.
[[nodiscard]] QString endpointName(BackChannelEndpoint endpoint);

} // namespace oauthdesk
