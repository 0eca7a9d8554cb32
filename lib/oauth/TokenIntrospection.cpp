// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/TokenIntrospection.h"

#include "core/NumericDate.h"
#include "oauth/Transport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

namespace oauthdesk {

namespace {

struct TokenIntrospectionText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::TokenIntrospection)
};

Result<HttpRequest> buildCall(const TokenCall &call, const char *what)
{
    if (call.endpoint.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
            TokenIntrospectionText::tr("The authorization server does not publish a %1 endpoint in "
                                       "its discovery metadata.")
                .arg(QString::fromLatin1(what)));
    }
    if (!call.token || call.token->isEmpty())
        return fail(ErrorCode::InvalidInput,
            TokenIntrospectionText::tr("There is no token to send: get a token first."));
    ClientRequest r;
    r.endpoint = call.endpoint;
    r.tokenEndpoint = call.tokenEndpoint;
    r.client = call.client;
    r.form = { { "token", call.token->toByteArray() },
        { "token_type_hint", tokenTypeHint(call.kind) } };
    r.secretFormFields = { "token" };
    r.extraHeaders = call.extraHeaders;
    r.timeoutMs = call.timeoutMs;
    return buildClientRequest(r);
}

/// What was sent in @p call, for explaining a refusal of it.
RefusalContext refusalContext(const TokenCall &call, BackChannelEndpoint endpoint)
{
    return refusalContextFor(endpoint, call.client, call.endpoint, call.tokenEndpoint);
}

} // namespace

QByteArray tokenTypeHint(TokenKind kind)
{
    return kind == TokenKind::RefreshToken ? QByteArrayLiteral("refresh_token")
                                           : QByteArrayLiteral("access_token");
}

std::optional<QDateTime> Introspection::expiresAt() const
{
    const auto exp = epochSeconds(claims.value(QLatin1String("exp")));
    if (!exp)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(*exp, Qt::UTC);
}

QString Introspection::summary() const
{
    if (!active)
        return TokenIntrospectionText::tr("Inactive: the authorization server no longer accepts "
                                          "this token (revoked, expired or unknown).");
    QStringList parts { TokenIntrospectionText::tr("Active") };
    const QString clientId = claims.value(QLatin1String("client_id")).toString();
    if (!clientId.isEmpty())
        parts.append(TokenIntrospectionText::tr("issued to %1").arg(clientId));
    const QString scope = claims.value(QLatin1String("scope")).toString();
    if (!scope.isEmpty())
        parts.append(TokenIntrospectionText::tr("scope \"%1\"").arg(scope));
    if (auto exp = expiresAt())
        parts.append(TokenIntrospectionText::tr("expires %1")
                         .arg(QLocale().toString(exp->toLocalTime(), QLocale::ShortFormat)));
    return parts.join(QStringLiteral(", "));
}

Result<HttpRequest> buildIntrospectionRequest(const TokenCall &call)
{
    return buildCall(call, "introspection");
}

Result<HttpRequest> buildRevocationRequest(const TokenCall &call)
{
    return buildCall(call, "revocation");
}

Result<Introspection> parseIntrospectionResponse(
    const HttpExchange &ex, const RefusalContext &context)
{
    if (ex.transportError || ex.status != 200)
        return std::unexpected(refusalError(ex, context));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(ex.responseBody, &parseError);
    if (!doc.isObject()) {
        return fail(ErrorCode::ProtocolError,
            TokenIntrospectionText::tr("The introspection endpoint answered 200 but not with a "
                                       "JSON object (RFC 7662 §2.2)."),
            parseError.errorString());
    }
    const QJsonValue active = doc.object().value(QLatin1String("active"));
    if (!active.isBool()) {
        return fail(ErrorCode::ProtocolError,
            TokenIntrospectionText::tr("The introspection answer has no boolean \"active\" member "
                                       "(RFC 7662 §2.2), so it says nothing about the token."));
    }
    Introspection i;
    i.active = active.toBool();
    i.claims = doc.object();
    return i;
}

Result<void> parseRevocationResponse(const HttpExchange &ex, const RefusalContext &context)
{
    if (ex.transportError || ex.status != 200)
        return std::unexpected(refusalError(ex, context));
    return {};
}

void introspectToken(Transport *transport, const TokenCall &call, const QString &caBundlePath,
    QObject *context, std::function<void(IntrospectionOutcome)> done)
{
    auto built = buildIntrospectionRequest(call);
    if (!built) {
        IntrospectionOutcome o;
        o.result = std::unexpected(built.error());
        done(std::move(o));
        return;
    }
    const RefusalContext refusal = refusalContext(call, BackChannelEndpoint::Introspection);
    transport->send(*built, caBundlePath, context, [done, refusal](HttpExchange ex) {
        IntrospectionOutcome o;
        o.result = parseIntrospectionResponse(ex, refusal);
        o.exchange = std::move(ex);
        done(std::move(o));
    });
}

void revokeToken(Transport *transport, const TokenCall &call, const QString &caBundlePath,
    QObject *context, std::function<void(RevocationOutcome)> done)
{
    auto built = buildRevocationRequest(call);
    if (!built) {
        RevocationOutcome o;
        o.result = std::unexpected(built.error());
        done(std::move(o));
        return;
    }
    const RefusalContext refusal = refusalContext(call, BackChannelEndpoint::Revocation);
    transport->send(*built, caBundlePath, context, [done, refusal](HttpExchange ex) {
        RevocationOutcome o;
        o.result = parseRevocationResponse(ex, refusal);
        o.exchange = std::move(ex);
        done(std::move(o));
    });
}

} // namespace oauthdesk
