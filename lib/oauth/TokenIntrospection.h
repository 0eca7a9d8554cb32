// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "oauth/HttpExchange.h"
#include "oauth/TokenClient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>

namespace oauthdesk {

class Transport;

/// Which token is being asked about or revoked: the hint an AS may use (RFC 7662 §2.1,
/// RFC 7009 §2.1).
enum class TokenKind {
    AccessToken,
    RefreshToken,
};
[[nodiscard]] QByteArray tokenTypeHint(TokenKind kind);

/// A call to the introspection or revocation endpoint, authenticated as the client.
struct TokenCall
{
    QUrl endpoint;
    QUrl tokenEndpoint; ///< audience of a private_key_jwt assertion
    ClientAuthentication client;
    std::shared_ptr<const SecretBytes> token;
    TokenKind kind = TokenKind::AccessToken;
    QList<ExtraHeader> extraHeaders;
    int timeoutMs = 15000;
};

/// RFC 7662 §2.2: whether the token is active, and what the AS says about it.
struct Introspection
{
    bool active = false;
    QJsonObject claims; ///< the whole answer (scope, client_id, exp, sub, aud, token_type, …)
    [[nodiscard]] std::optional<QDateTime> expiresAt() const;
    [[nodiscard]] QString summary() const; ///< one line in plain words
};

[[nodiscard]] Result<HttpRequest> buildIntrospectionRequest(const TokenCall &call);
[[nodiscard]] Result<HttpRequest> buildRevocationRequest(const TokenCall &call);

/// Reads an introspection answer: 200 with a JSON object whose "active" is a boolean, else an
/// Error in plain words (a 401 names the client's authentication).
[[nodiscard]] Result<Introspection> parseIntrospectionResponse(
    const HttpExchange &exchange, const RefusalContext &context);
/// Reads a revocation answer: 200 means revoked or already invalid (RFC 7009 §2.2);
/// unsupported_token_type and the other errors in plain words.
[[nodiscard]] Result<void> parseRevocationResponse(
    const HttpExchange &exchange, const RefusalContext &context);

struct IntrospectionOutcome
{
    Result<Introspection> result = fail(ErrorCode::Internal, QString());
    HttpExchange exchange;
};
struct RevocationOutcome
{
    Result<void> result = fail(ErrorCode::Internal, QString());
    HttpExchange exchange;
};

void introspectToken(Transport *transport, const TokenCall &call, const QString &caBundlePath,
    QObject *context, std::function<void(IntrospectionOutcome)> done);
void revokeToken(Transport *transport, const TokenCall &call, const QString &caBundlePath,
    QObject *context, std::function<void(RevocationOutcome)> done);

} // namespace oauthdesk
