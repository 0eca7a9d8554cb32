// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenRun.h"

#include "CliText.h"
#include "Lookups.h"
#include "TokenOutput.h"
#include "oauth/SignInTester.h"

#include <QProcess>
#include <QRegularExpression>

namespace oauthdesk::cli {

namespace { } // namespace

QList<OptionSpec> sessionOptions(bool signIn)
{
    QList<OptionSpec> o { { QStringLiteral("scope"), QStringLiteral("SCOPE"),
        CliText::tr("Ask for this scope instead of the client's (repeatable, or space-separated)."),
        true, {} } };
    if (signIn) {
        o.append({ QStringLiteral("open-browser"), {},
            CliText::tr("Open the link with xdg-open as well as printing it."), false, {} });
        o.append({ QStringLiteral("timeout"), QStringLiteral("SECONDS"),
            CliText::tr("How long to wait for the browser (default 300)."), false, {} });
        o.append({ QStringLiteral("login-hint"), QStringLiteral("HINT"),
            CliText::tr("OpenID Connect login_hint for the sign-in."), false, {} });
    }
    return o;
}

Result<std::unique_ptr<TokenSession>> openSession(CliContext &ctx, const ParsedArgs &args)
{
    auto client = findClient(ctx, args.positional(0));
    if (!client)
        return std::unexpected(client.error());
    TokenTests::Options options;
    for (const QString &s : args.all(QStringLiteral("scope")))
        options.scopes += s.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (args.has(QStringLiteral("open-browser"))) {
        options.openBrowser = [](const QUrl &url, std::function<void(const QString &)>) {
            return QProcess::startDetached(
                QStringLiteral("xdg-open"), { url.toString(QUrl::FullyEncoded) });
        };
    }
    auto ws = ctx.workspace();
    auto session = ctx.wait((*ws)->tokenTests().open(*client, options));
    if (!session)
        return session;
    if (auto *signIn = qobject_cast<SignInTester *>(session->get())) {
        if (args.has(QStringLiteral("timeout"))) {
            bool ok = false;
            const int seconds = args.value(QStringLiteral("timeout")).toInt(&ok);
            if (!ok || seconds < 1 || seconds > 3600)
                return fail(ErrorCode::InvalidInput,
                    CliText::tr("--timeout: a whole number of seconds from 1 to 3600."));
            signIn->setCallbackTimeoutMs(seconds * 1000);
        }
        if (args.has(QStringLiteral("login-hint")))
            signIn->setLoginHint(args.value(QStringLiteral("login-hint")));
    }
    return session;
}

std::optional<TokenTestResult> runSession(CliContext &ctx, TokenSession &session)
{
    QEventLoop loop;
    std::optional<TokenTestResult> result;
    QObject::connect(&session, &TokenSession::finished, &loop, [&](const TokenTestResult &r) {
        result = r;
        loop.quit();
    });
    if (session.can(TokenSession::Capability::Interactive)) {
        QObject::connect(
            &session, &TokenSession::waitingForBrowser, &loop, [&ctx, &session](const QUrl &url) {
                ctx.note(
                    CliText::tr("To sign in, open this link in a browser on this computer:\n  "
                                "%1\nWaiting on %2 for the browser "
                                "to come back (Ctrl+C stops).")
                        .arg(url.toString(QUrl::FullyEncoded), session.redirectUri().toString()));
                const QString hint = session.waitingHint();
                if (!hint.isEmpty())
                    ctx.note(hint);
            });
        QObject::connect(&session, &TokenSession::browserNotOpened, &loop,
            [&ctx](const QUrl &, const QString &why) {
                if (!why.isEmpty())
                    ctx.note(
                        CliText::tr("The browser could not be opened (%1); open the link by hand.")
                            .arg(why));
            });
        QObject::connect(&session, &TokenSession::exchanging, &loop,
            [&ctx] { ctx.note(CliText::tr("The browser came back; exchanging the code…")); });
    }
    session.start();
    ctx.waitUntil(loop, [&] { return result.has_value(); });
    return result;
}

int reportOutcome(
    CliContext &ctx, const TokenSession &session, const TokenTestResult &result, bool jsonPrinted)
{
    const SignInResult *signIn = session.lastSignIn();
    if (!result.ok()) {
        if (signIn && signIn->callbackError
            && signIn->callbackError->message != result.token.result.error().message)
            ctx.note(signIn->callbackError->message);
        return jsonPrinted ? ctx.failOnStderr(result.token.result.error())
                           : ctx.fail(result.token.result.error());
    }
    const QStringList failed = failedChecks(result, signIn);
    if (failed.isEmpty())
        return toInt(ExitCode::Ok);
    for (const QString &f : failed)
        ctx.note(QStringLiteral("oauthdesk-cli: ✘ ") + f);
    return toInt(ExitCode::CheckFailed);
}

} // namespace oauthdesk::cli
