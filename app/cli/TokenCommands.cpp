// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli token|signin|call: the GUI's "Get test token" / "Test sign-in" and "Call API",
// through TokenTests and the session it opens.
#include "CliContext.h"
#include "CliText.h"
#include "Commands.h"
#include "Output.h"
#include "SecretInput.h"
#include "TokenOutput.h"
#include "TokenRun.h"

namespace oauthdesk::cli {

namespace {

int token(CliContext &ctx, const ParsedArgs &args)
{
    const QString format = ctx.json()
        ? QStringLiteral("json")
        : args.value(QStringLiteral("format"), QStringLiteral("text"));
    if ((format == QLatin1String("jwt") || format == QLatin1String("header")) && !ctx.showSecret())
        return ctx.usage(CliText::tr("--format %1 prints the access token, a secret: add "
                                     "--show-secret to say you want it printed.")
                             .arg(format));
    auto session = openSession(ctx, args);
    if (!session)
        return ctx.fail(session.error());
    TokenSession &s = **session;
    if (args.command->verb == QLatin1String("signin")
        && !s.can(TokenSession::Capability::Interactive))
        ctx.note(CliText::tr("\"%1\" does not sign in through a browser (no authorization code "
                             "grant): this is its client "
                             "credentials token.")
                     .arg(s.client().name));
    const auto result = runSession(ctx, s);
    if (!result)
        return ctx.fail(
            Error { ErrorCode::Timeout, CliText::tr("The test token never answered."), {} });
    const SignInResult *signIn = s.lastSignIn();
    const bool secrets = ctx.showSecret();
    if (format == QLatin1String("json")) {
        ctx.printJson(tokenJson(s, *result, signIn, secrets, ctx.options().verbose));
        return reportOutcome(ctx, s, *result, true);
    }
    if (format == QLatin1String("curl")) {
        // The request as curl, redacted unless --show-secret (the GUI's "Copy as curl").
        ctx.print(result->token.exchange.curl(secrets, s.environment().caBundlePath));
        return reportOutcome(ctx, s, *result, false);
    }
    if (result->ok()) {
        const TokenResponse &t = *result->token.result;
        if (format == QLatin1String("jwt"))
            ctx.print(t.accessToken->toUtf8String());
        else if (format == QLatin1String("header"))
            ctx.print(
                QStringLiteral("Authorization: %1 %2")
                    .arg(t.tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0
                            ? QStringLiteral("Bearer")
                            : t.tokenType,
                        t.accessToken->toUtf8String()));
        else
            ctx.print(tokenText(s, *result, signIn, secrets, ctx.options().verbose));
    } else if (ctx.options().verbose) {
        ctx.note(tokenText(s, *result, signIn, secrets, true));
    }
    return reportOutcome(ctx, s, *result, false);
}

QJsonValue bodyJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return QString::fromUtf8(body);
}

int call(CliContext &ctx, const ParsedArgs &args)
{
    const QByteArray method
        = args.value(QStringLiteral("method"), QStringLiteral("GET")).toUpper().toLatin1();
    QByteArray body;
    if (args.has(QStringLiteral("data")) && args.has(QStringLiteral("data-stdin")))
        return ctx.usage(CliText::tr("--data and --data-stdin contradict each other; give one."));
    if (args.has(QStringLiteral("data"))) {
        body = args.value(QStringLiteral("data")).toUtf8();
    } else if (args.has(QStringLiteral("data-stdin"))) {
        if (auto claimed = ctx.claimStdin(QStringLiteral("--data-stdin")); !claimed)
            return ctx.fail(claimed.error());
        auto read = readStdin(CliText::tr("The request body"), 4 * 1024 * 1024);
        if (!read)
            return ctx.fail(read.error());
        body = *read;
    }
    auto session = openSession(ctx, args);
    if (!session)
        return ctx.fail(session.error());
    TokenSession &s = **session;
    const auto result = runSession(ctx, s);
    if (!result)
        return ctx.fail(
            Error { ErrorCode::Timeout, CliText::tr("The test token never answered."), {} });
    if (!result->ok())
        return reportOutcome(ctx, s, *result, false);
    if (const int checked = reportOutcome(ctx, s, *result, false); checked != 0 && !ctx.json())
        ctx.note(CliText::tr("Calling the API anyway, with the token that did not check out."));
    if (auto request = s.apiRequest(method, args.positional(1), body); !request)
        return ctx.fail(request.error());
    QEventLoop loop;
    std::optional<HttpExchange> answer;
    s.callApi(method, args.positional(1), body, &loop, [&](HttpExchange ex) {
        answer = std::move(ex);
        loop.quit();
    });
    ctx.waitUntil(loop, [&] { return answer.has_value(); });
    const HttpExchange &ex = *answer;
    if (ctx.json()) {
        QJsonObject headers;
        for (const auto &[name, value] : ex.responseHeaders)
            headers.insert(QString::fromLatin1(name).toLower(), QString::fromLatin1(value));
        QJsonObject o { { QStringLiteral("ok"),
                            !ex.transportError && ex.status >= 200 && ex.status < 300 },
            { QStringLiteral("request"), toJson(ex, ctx.options().verbose, ctx.showSecret()) },
            { QStringLiteral("status"), ex.status }, { QStringLiteral("headers"), headers },
            { QStringLiteral("body"), bodyJson(ex.responseBody) } };
        if (ex.transportError)
            o.insert(QStringLiteral("error"), toJson(*ex.transportError));
        ctx.printJson(o);
    } else {
        if (ctx.options().verbose || args.has(QStringLiteral("include")))
            ctx.note(ex.requestText(ctx.showSecret()));
        if (!ex.transportError) {
            ctx.note(QStringLiteral("HTTP %1 %2 (%3 ms)")
                         .arg(ex.status)
                         .arg(QString::fromLatin1(ex.reason))
                         .arg(ex.elapsedMs));
            if (args.has(QStringLiteral("include"))) {
                for (const auto &[name, value] : ex.responseHeaders)
                    ctx.note(QString::fromLatin1(name + ": " + value));
            }
            ctx.print(QString::fromUtf8(ex.responseBody));
        }
    }
    if (ex.transportError)
        return ctx.json() ? ctx.failOnStderr(*ex.transportError) : ctx.fail(*ex.transportError);
    if (ex.status < 200 || ex.status >= 300) {
        ctx.note(CliText::tr("oauthdesk-cli: the API answered HTTP %1.").arg(ex.status));
        return toInt(ExitCode::Refused);
    }
    return 0;
}

} // namespace

QList<CommandSpec> tokenCommands()
{
    QList<OptionSpec> tokenOptions = sessionOptions(true);
    tokenOptions.append({ QStringLiteral("format"), QStringLiteral("FORMAT"),
        CliText::tr(
            "text (default), json, jwt (the access token), header (an Authorization header line) "
            "or curl "
            "(the request, redacted unless --show-secret). jwt and header need --show-secret."),
        false,
        { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("jwt"),
            QStringLiteral("header"), QStringLiteral("curl") } });
    QList<OptionSpec> callOptions = sessionOptions(false);
    callOptions += QList<OptionSpec> {
        { QStringLiteral("method"), QStringLiteral("METHOD"),
            CliText::tr("HTTP method (default GET)."), false,
            { QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                QStringLiteral("PATCH"), QStringLiteral("DELETE") } },
        { QStringLiteral("data"), QStringLiteral("JSON"),
            CliText::tr("The request body (sent as application/json)."), false, {} },
        { QStringLiteral("data-stdin"), {},
            CliText::tr("Read the request body from standard input."), false, {} },
        { QStringLiteral("include"), {},
            CliText::tr("Also show the request and the response headers (on stderr)."), false, {} },
    };
    const QString how = CliText::tr(
        "CLIENT is the client's id, name or client ID. Its environment's AS is asked as the GUI's "
        "\"Get test token\" does: discovery when not cached, the client's own authentication "
        "(client_secret_basic, client_secret_post, client_secret_jwt with an HS256 assertion, "
        "private_key_jwt with its signing key, "
        "tls_client_auth "
        "or self_signed_tls_client_auth over mutual TLS with its transport certificate, on the "
        "AS's "
        "mTLS endpoint aliases), the environment's extra headers, then the access token decoded, "
        "its "
        "signature checked against the AS's JWKS and its certificate binding (cnf.x5t#S256) "
        "checked. "
        "Interactive clients (native, SPA, web) sign in instead, as with \"signin\". The exit "
        "status "
        "is 9 when the token came but a check failed.");
    return {
        { {}, QStringLiteral("token"), {}, QStringLiteral("CLIENT"), 1, 1,
            CliText::tr("Get a test token for a client."), how, tokenOptions, token },
        { {}, QStringLiteral("signin"), { QStringLiteral("sign-in") }, QStringLiteral("CLIENT"), 1,
            1,
            CliText::tr("Test sign-in: the authorization code flow with PKCE through a browser."),
            CliText::tr("Prints the authorization link (on stderr), listens on 127.0.0.1 for the "
                        "browser's answer (RFC 8252 §7.3), "
                        "exchanges the code with the client's authentication and prints the "
                        "result: the tokens checked as for "
                        "\"token\", and the ID token verified (signature, iss, aud, azp, nonce, "
                        "exp, iat). The client needs a "
                        "loopback redirect URI such as http://127.0.0.1/callback."),
            tokenOptions, token },
        { {}, QStringLiteral("call"), {}, QStringLiteral("CLIENT PATH"), 2, 2,
            CliText::tr("Call an API with a fresh test token."),
            CliText::tr("PATH is under the environment's API base URL; the environment's headers "
                        "and Authorization: Bearer go "
                        "with it (and the transport certificate, which a bound token needs). The "
                        "response body goes to standard "
                        "output, the status line to stderr; any status outside 2xx exits with 4."),
            callOptions, call },
    };
}

} // namespace oauthdesk::cli
