// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6's round trips against the local real AS (run under tests/live/with-as.sh):
// - Test sign-in for the public native client, end to end: SignInTester with TestBrowser as the
//   browser (the AS's auto-approving test login). Reported: the whole sign-in, and OAuthDesk's
//   own part after the browser came back (callback checked → code exchanged → ID token and JWT
//   verified), with the AS's processing of the token request subtracted.
// - RFC 7591 registration (POST) and RFC 7662 introspection: OAuthDesk's request against the AS's
//   own processing time (X-AS-Processing-Ms).
// Usage: with-as.sh bench_signin [--runs 20]
#include "../live/TestBrowser.h"
#include "BenchStats.h"
#include "oauth/Registration.h"
#include "oauth/SignInTester.h"
#include "oauth/TokenIntrospection.h"
#include "oauth/Transport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <algorithm>
#include <cstdio>

using namespace oauthdesk;
using namespace oauthdesk::bench;

namespace {
template <typename Pred> bool waitFor(Pred pred, int ms = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs of each"),
        QStringLiteral("n"), QStringLiteral("20"));
    parser.addOption(runsOpt);
    parser.process(app);
    const int n = std::max(3, parser.value(runsOpt).toInt());
    const QString issuer = qEnvironmentVariable("OAUTHDESK_TEST_ISSUER");
    const QString ca = qEnvironmentVariable("OAUTHDESK_TEST_CA");
    if (issuer.isEmpty()) {
        std::fputs("bench_signin: run under tests/live/with-as.sh\n", stderr);
        return 2;
    }
    qRegisterMetaType<SignInResult>();
    Transport transport;
    Environment env;
    env.id = 1;
    env.name = QStringLiteral("Local AS");
    env.issuer = QUrl(issuer);
    env.caBundlePath = ca;
    OAuthClient native;
    native.clientId = QStringLiteral("native-client");
    native.name = QStringLiteral("native");
    native.applicationType = ApplicationType::Native;
    native.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
    native.authMethod = AuthMethod::None;
    native.redirectUris = { QStringLiteral("http://127.0.0.1/callback") };
    native.scopes = { QStringLiteral("openid"), QStringLiteral("offline_access"),
        QStringLiteral("accounts:read") };

    // ---- sign-in ------------------------------------------------------------------------
    oauthdesk::test::TestBrowser browser;
    SignInTester tester(&transport, env, native, {});
    tester.setBrowserOpener([&](const QUrl &url) {
        browser.open(url, ca, [](oauthdesk::test::TestBrowser::Result) {});
        return true;
    });
    QElapsedTimer total;
    QElapsedTimer afterCallback;
    QObject::connect(&tester, &SignInTester::exchanging, &app, [&] { afterCallback.start(); });
    QList<double> whole, ours, asToken, overhead;
    for (int i = 0; i <= n;
         ++i) { // run 0 warms up (discovery, JWKS, connections) and is not counted
        std::optional<SignInResult> result;
        auto c = QObject::connect(
            &tester, &SignInTester::finished, &app, [&](const SignInResult &r) { result = r; });
        total.start();
        tester.start();
        if (!waitFor([&] { return result.has_value(); })) {
            std::fputs("bench_signin: no sign-in result within 30 s\n", stderr);
            return 1;
        }
        QObject::disconnect(c);
        const double all = double(total.nsecsElapsed()) / 1e6;
        const double mine = double(afterCallback.nsecsElapsed()) / 1e6;
        if (!result->ok() || !result->idToken || !result->idToken->ok()) {
            std::fprintf(stderr, "bench_signin: sign-in failed: %s\n",
                result->token.ok() ? "ID token not verified"
                                   : qPrintable(result->token.token.result.error().message));
            return 1;
        }
        if (i == 0)
            continue;
        whole.append(all);
        ours.append(mine);
        const double processing
            = result->token.token.exchange.responseHeader("X-AS-Processing-Ms").toDouble();
        asToken.append(processing);
        overhead.append(mine - processing);
    }

    // ---- registration and introspection ---------------------------------------------------
    QList<double> reg, regAs, intro, introAs;
    OAuthClient m2m;
    m2m.name = QStringLiteral("bench");
    m2m.grantTypes = { GrantType::ClientCredentials };
    m2m.authMethod = AuthMethod::ClientSecretBasic;
    m2m.scopes = { QStringLiteral("accounts:read") };
    RegistrationCall call;
    call.url = QUrl(issuer + QStringLiteral("/reg"));
    call.bearer = std::make_shared<const SecretBytes>(
        SecretBytes::fromUtf8(qEnvironmentVariable("OAUTHDESK_TEST_IAT")));
    call.body = registrationMetadata({ m2m, {}, {}, {} });
    std::optional<RegisteredClient> last;
    for (int i = 0; i <= n; ++i) {
        std::optional<HttpExchange> ex;
        QElapsedTimer t;
        t.start();
        sendRegistrationCall(
            &transport, call, ca, &app, [&](HttpExchange e) { ex = std::move(e); });
        if (!waitFor([&] { return ex.has_value(); })) {
            std::fputs("bench_signin: no registration answer\n", stderr);
            return 1;
        }
        const double ms = double(t.nsecsElapsed()) / 1e6;
        auto parsed = parseRegistrationResponse(*ex, RegistrationStep::Register);
        if (!parsed) {
            std::fprintf(stderr, "bench_signin: registration failed: %s\n",
                qPrintable(parsed.error().message));
            return 1;
        }
        last = *parsed;
        if (i == 0)
            continue;
        reg.append(ms);
        regAs.append(ex->responseHeader("X-AS-Processing-Ms").toDouble());
    }
    TokenRequest tr;
    tr.tokenEndpoint = QUrl(issuer + QStringLiteral("/token"));
    tr.clientId = last->clientId;
    tr.clientSecret = last->clientSecret;
    tr.scopes = { QStringLiteral("accounts:read") };
    tr.grantFields = { { "resource", "https://opaque.oauthdesk.test" } };
    tr.caBundlePath = ca;
    std::optional<TokenOutcome> token;
    requestToken(&transport, tr, &app, [&](TokenOutcome o) { token = std::move(o); });
    if (!waitFor([&] { return token.has_value(); }) || !token->result) {
        std::fprintf(stderr, "bench_signin: opaque token failed: %s\n",
            token ? qPrintable(token->result.error().message + token->result.error().detail)
                  : "no answer");
        return 1;
    }
    TokenCall ic;
    ic.endpoint = QUrl(issuer + QStringLiteral("/token/introspection"));
    ic.tokenEndpoint = tr.tokenEndpoint;
    ic.client = { last->clientId, AuthMethod::ClientSecretBasic, last->clientSecret, {} };
    ic.token = token->result->accessToken;
    for (int i = 0; i <= n; ++i) {
        std::optional<IntrospectionOutcome> o;
        QElapsedTimer t;
        t.start();
        introspectToken(
            &transport, ic, ca, &app, [&](IntrospectionOutcome r) { o = std::move(r); });
        if (!waitFor([&] { return o.has_value(); }) || !o->result || !o->result->active) {
            std::fprintf(stderr, "bench_signin: introspection failed: %s\n",
                o && !o->result ? qPrintable(o->result.error().message) : "inactive or no answer");
            return 1;
        }
        if (i == 0)
            continue;
        intro.append(double(t.nsecsElapsed()) / 1e6);
        introAs.append(o->exchange.responseHeader("X-AS-Processing-Ms").toDouble());
    }

    std::printf(
        "Test sign-in (authorization code + PKCE, native client, headless browser), %d runs:\n", n);
    std::printf(
        "  whole sign-in (listener, browser walk through the AS's login, callback, exchange, checks): median %.1f ms, p95 %.1f ms\n",
        median(whole), percentile(whole, 0.95));
    std::printf(
        "  OAuthDesk after the callback (code exchange, JWT + ID token verified): median %.2f ms; AS token processing median %.2f ms; "
        "OAuthDesk overhead above it median %.2f ms\n",
        median(ours), median(asToken), median(overhead));
    std::printf("RFC 7591 registration, %d: median %.2f ms (AS processing %.2f ms)\n", n,
        median(reg), median(regAs));
    std::printf("RFC 7662 introspection, %d: median %.2f ms (AS processing %.2f ms)\n", n,
        median(intro), median(introAs));
    return 0;
}
