// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli introspect|revoke: the result pane's "Introspect / revoke" (RFC 7662, RFC 7009),
// through the session's introspect() and revoke(), authenticated as the client with its own
// method. Without --token-stdin the token is a fresh test token, as in the GUI.
#include "CliContext.h"
#include "CliText.h"
#include "Commands.h"
#include "Output.h"
#include "SecretInput.h"
#include "TokenOutput.h"
#include "TokenRun.h"

namespace oauthdesk::cli {

namespace {

/// The session and the token result to act on: a fresh test token, or one read from stdin
/// (the environment's discovery fetched first when it is not cached).
struct Subject
{
    std::unique_ptr<TokenSession> session;
    TokenTestResult result;
};

Result<Subject> subject(CliContext &ctx, const ParsedArgs &args, TokenKind kind)
{
    auto session = openSession(ctx, args);
    if (!session)
        return std::unexpected(session.error());
    Subject out;
    if (args.has(QStringLiteral("token-stdin"))) {
        if (auto claimed = ctx.claimStdin(QStringLiteral("--token-stdin")); !claimed)
            return std::unexpected(claimed.error());
        auto token = readSecretFromStdin(CliText::tr("The token"));
        if (!token)
            return std::unexpected(token.error());
        if (!(*session)->metadata()) {
            // The session reads the cached discovery: fetch it, then open the session again.
            auto ws = ctx.workspace();
            auto refreshed
                = ctx.wait((*ws)->environments().refreshDiscovery((*session)->environment().id));
            if (!refreshed)
                return std::unexpected(refreshed.error());
            session = openSession(ctx, args);
            if (!session)
                return std::unexpected(session.error());
        }
        TokenResponse response;
        auto shared = std::make_shared<const SecretBytes>(std::move(*token));
        if (kind == TokenKind::RefreshToken)
            response.refreshToken = shared;
        response.accessToken = shared;
        out.result.token.result = std::move(response);
    } else {
        const auto result = runSession(ctx, **session);
        if (!result)
            return fail(ErrorCode::Timeout, CliText::tr("The test token never answered."));
        if (!result->ok())
            return std::unexpected(result->token.result.error());
        out.result = *result;
        if (kind == TokenKind::RefreshToken && !result->token.result->refreshToken)
            return fail(ErrorCode::NotFound,
                CliText::tr(
                    "The AS issued no refresh token with this test token (client credentials "
                    "tokens come without one); sign in with an interactive client, or pipe a "
                    "refresh token in with --token-stdin."));
    }
    out.session = std::move(*session);
    return out;
}

std::optional<IntrospectionOutcome> introspect(CliContext &ctx, Subject &s, TokenKind kind)
{
    QEventLoop loop;
    std::optional<IntrospectionOutcome> answer;
    s.session->introspect(s.result, kind, &loop, [&](IntrospectionOutcome o) {
        answer = std::move(o);
        loop.quit();
    });
    ctx.waitUntil(loop, [&] { return answer.has_value(); });
    return answer;
}

TokenKind kindOf(const ParsedArgs &args)
{
    return args.has(QStringLiteral("refresh")) ? TokenKind::RefreshToken : TokenKind::AccessToken;
}

int introspectCommand(CliContext &ctx, const ParsedArgs &args)
{
    const TokenKind kind = kindOf(args);
    auto s = subject(ctx, args, kind);
    if (!s)
        return ctx.fail(s.error());
    if (!s->session->canIntrospect())
        return ctx.fail(Error { ErrorCode::NotFound,
            CliText::tr("The AS publishes no introspection endpoint in its discovery metadata."),
            {} });
    auto o = introspect(ctx, *s, kind);
    if (ctx.options().verbose && !ctx.json())
        ctx.note(exchangeText(o->exchange));
    if (!o->result)
        return ctx.fail(o->result.error());
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("ok"), true },
            { QStringLiteral("token"),
                kind == TokenKind::RefreshToken ? QStringLiteral("refresh_token")
                                                : QStringLiteral("access_token") },
            { QStringLiteral("introspection"), introspectionJson(*o->result) },
            { QStringLiteral("exchange"), toJson(o->exchange, ctx.options().verbose) } });
    else
        ctx.print(introspectionText(*o->result));
    return 0;
}

int revokeCommand(CliContext &ctx, const ParsedArgs &args)
{
    const TokenKind kind = kindOf(args);
    auto s = subject(ctx, args, kind);
    if (!s)
        return ctx.fail(s.error());
    if (!s->session->canRevoke())
        return ctx.fail(Error { ErrorCode::NotFound,
            CliText::tr("The AS publishes no revocation endpoint in its discovery metadata."),
            {} });
    QEventLoop loop;
    std::optional<RevocationOutcome> revoked;
    s->session->revoke(s->result, kind, &loop, [&](RevocationOutcome o) {
        revoked = std::move(o);
        loop.quit();
    });
    ctx.waitUntil(loop, [&] { return revoked.has_value(); });
    if (ctx.options().verbose && !ctx.json())
        ctx.note(exchangeText(revoked->exchange));
    if (!revoked->result)
        return ctx.fail(revoked->result.error());
    // As in the GUI: the revocation is followed by an introspection of the same token.
    std::optional<IntrospectionOutcome> after;
    if (s->session->canIntrospect())
        after = introspect(ctx, *s, kind);
    if (ctx.json()) {
        QJsonObject o { { QStringLiteral("ok"), true }, { QStringLiteral("revoked"), true },
            { QStringLiteral("exchange"), toJson(revoked->exchange, ctx.options().verbose) } };
        if (after && after->result)
            o.insert(QStringLiteral("introspection"), introspectionJson(*after->result));
        else if (after)
            o.insert(QStringLiteral("introspectionError"), toJson(after->result.error()));
        ctx.printJson(o);
        return 0;
    }
    ctx.print(CliText::tr("✔ Revoked (HTTP %1).").arg(revoked->exchange.status));
    if (after && after->result)
        ctx.print(
            CliText::tr("Checked with an introspection: ") + introspectionText(*after->result));
    else if (after)
        ctx.note(CliText::tr("The introspection after it failed: %1")
                     .arg(after->result.error().message));
    return 0;
}

QList<OptionSpec> actionOptions()
{
    QList<OptionSpec> o = sessionOptions(false);
    o.append({ QStringLiteral("refresh"), {},
        CliText::tr("The refresh token instead of the access token."), false, {} });
    o.append({ QStringLiteral("token-stdin"), {},
        CliText::tr("Act on the token read from standard input instead of a fresh test token."),
        false, {} });
    return o;
}

} // namespace

QList<CommandSpec> tokenActionCommands()
{
    const QString how = CliText::tr("Without --token-stdin the token is a fresh test token of "
                                    "CLIENT (as \"token\" gets it). Some "
                                    "ASs (oidc-provider among them) do not keep JWT access tokens "
                                    "and call them inactive; opaque "
                                    "access tokens and refresh tokens they answer about.");
    return {
        { {}, QStringLiteral("introspect"), {}, QStringLiteral("CLIENT"), 1, 1,
            CliText::tr("Ask the AS about a token (RFC 7662), authenticated as CLIENT."),
            how + QLatin1Char(' ')
                + CliText::tr(
                    "The exit status is 0 for an answer, active or not; see \"active\" in --json."),
            actionOptions(), introspectCommand },
        { {}, QStringLiteral("revoke"), {}, QStringLiteral("CLIENT"), 1, 1,
            CliText::tr("Revoke a token (RFC 7009), then introspect it to show it inactive."), how,
            actionOptions(), revokeCommand },
    };
}

} // namespace oauthdesk::cli
