// SPDX-License-Identifier: GPL-3.0-or-later
// "Test sign-in" against the real provider (tests/live/as through with-as.sh): SignInTester runs
// the authorization code flow with PKCE S256 for the public client native-client, with
// TestBrowser standing in for the system browser (it walks the AS's auto-approving test
// interaction for test-user and GETs our loopback listener); the ID token is checked against
// the AS's JWKS, then refreshed. login_hint=deny comes back as access_denied in plain words.
// No code or token is ever printed.
#include "TestBrowser.h"
#include "oauth/SignInTester.h"
#include "oauth/Transport.h"

#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace oauthdesk;
using oauthdesk::test::TestBrowser;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

Environment testEnvironment()
{
    Environment e;
    e.id = 1;
    e.name = QStringLiteral("Live AS");
    e.issuer = QUrl(env("OAUTHDESK_TEST_ISSUER"));
    e.caBundlePath = env("OAUTHDESK_TEST_CA");
    return e;
}

OAuthClient nativeClient(
    const QStringList &redirects = { QStringLiteral("http://127.0.0.1/callback") })
{
    OAuthClient c;
    c.id = 1;
    c.clientId = QStringLiteral("native-client");
    c.name = c.clientId;
    c.applicationType = ApplicationType::Native;
    c.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
    c.pkce = PkcePolicy::Required;
    c.authMethod = AuthMethod::None;
    c.redirectUris = redirects;
    c.scopes = { QStringLiteral("openid"), QStringLiteral("accounts:read") };
    return c;
}

QString why(const SignInResult &r)
{
    if (r.token.token.result)
        return {};
    return r.token.token.result.error().message + QStringLiteral(" [")
        + r.token.token.result.error().detail + QLatin1Char(']');
}

QString failedChecks(const IdTokenCheck &c)
{
    QStringList out;
    for (const Check &line : c.checks) {
        if (!line.passed)
            out.append(line.name + QStringLiteral(": ") + line.text);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestLiveSignIn final : public QObject
{
    Q_OBJECT

private:
    Transport m_transport;
    TestBrowser m_browser;
    std::optional<TestBrowser::Result> m_browserResult;

    /// The headless browser as the opener: it walks the AS and comes back to our listener.
    SignInTester::BrowserOpener opener()
    {
        return [this](const QUrl &url) {
            m_browserResult.reset();
            m_browser.open(url, env("OAUTHDESK_TEST_CA"),
                [this](TestBrowser::Result r) { m_browserResult = std::move(r); });
            return true;
        };
    }

    std::optional<SignInResult> run(SignInTester &tester, bool refresh = false)
    {
        QSignalSpy finished(&tester, &SignInTester::finished);
        refresh ? tester.refresh() : tester.start();
        if (finished.isEmpty() && !finished.wait(45000))
            return std::nullopt;
        return finished.first().first().value<SignInResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!env("OAUTHDESK_TEST_ISSUER").isEmpty(),
            "run through tests/live/with-as.sh (ctest does)");
        qRegisterMetaType<SignInResult>();
    }

    void signInThenRefresh()
    {
        SignInTester tester(&m_transport, testEnvironment(), nativeClient(), {});
        tester.setBrowserOpener(opener());
        QSignalSpy discovered(&tester, &SignInTester::discovered);
        QSignalSpy waiting(&tester, &SignInTester::waitingForBrowser);

        const auto r = run(tester);
        QVERIFY2(r, "no result within 45 s");
        QVERIFY2(r->token.ok(),
            qPrintable(why(*r) + QLatin1Char('\n')
                + (m_browserResult ? m_browserResult->hopsText() : QString())));
        QCOMPARE(discovered.count(), 1);
        QCOMPARE(waiting.count(), 1);
        QVERIFY(!r->refreshed);
        QVERIFY(!r->callbackError);
        QCOMPARE(r->redirectUri.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(r->redirectUri.port() > 0);

        // The browser reached our listener and was told the sign-in finished.
        QTRY_VERIFY_WITH_TIMEOUT(m_browserResult.has_value(), 5000);
        QVERIFY2(m_browserResult->ok, qPrintable(m_browserResult->hopsText()));
        QCOMPARE(m_browserResult->status, 200);
        QVERIFY(m_browserResult->body.contains("Signed in"));
        QCOMPARE(m_browserResult->loopbackUrl.port(), r->redirectUri.port());

        // The token, and the ID token checked in every way against the AS's JWKS.
        const TokenResponse &t = *r->token.token.result;
        QVERIFY(t.accessToken && !t.accessToken->isEmpty());
        QVERIFY(t.grantedScopes.contains(QStringLiteral("accounts:read")));
        QVERIFY(r->idToken);
        QVERIFY2(r->idToken->ok(), qPrintable(failedChecks(*r->idToken)));
        QCOMPARE(r->idToken->signature.status, SignatureStatus::Valid);
        QCOMPARE(r->idToken->subject(), QStringLiteral("test-user"));
        QStringList names;
        for (const Check &line : r->idToken->checks)
            names.append(line.name);
        for (const char *name : { "signature", "iss", "aud", "sub", "exp", "iat", "nonce" })
            QVERIFY2(names.contains(QLatin1String(name)), name);
        if (r->token.jwt) // a JWT access token is checked against the same JWKS
            QCOMPARE(r->token.signature->status, SignatureStatus::Valid);
        // The code and verifier were secret in the recorded exchange.
        const HttpRequest &sent = r->token.token.exchange.request;
        QVERIFY(sent.secretFormFields.contains("code")
            && sent.secretFormFields.contains("code_verifier"));
        QVERIFY(sent.body.contains("grant_type=authorization_code"));
        QVERIFY(!r->token.token.exchange.curl().contains(
            m_browserResult->callbackParam(QStringLiteral("code"))));

        // Refresh: a new access token (the AS rotates the refresh token; the new one is kept).
        QVERIFY(tester.canRefresh());
        const QByteArray firstAccess = t.accessToken->toByteArray();
        const auto refreshed = run(tester, true);
        QVERIFY2(refreshed, "no refresh result within 45 s");
        QVERIFY2(refreshed->ok(),
            qPrintable(why(*refreshed)
                + (refreshed->idToken ? failedChecks(*refreshed->idToken) : QString())));
        QVERIFY(refreshed->refreshed);
        QVERIFY(refreshed->token.token.result->accessToken->toByteArray() != firstAccess);
        QVERIFY(refreshed->token.token.exchange.request.secretFormFields.contains("refresh_token"));
        if (refreshed->idToken)
            QCOMPARE(refreshed->idToken->subject(), QStringLiteral("test-user"));

        // And once more: the rotated refresh token is the one used.
        const auto again = run(tester, true);
        QVERIFY2(again && again->ok(), again ? qPrintable(why(*again)) : "no result");
    }

    void deniedInPlainWords()
    {
        SignInTester tester(&m_transport, testEnvironment(), nativeClient(), {});
        tester.setBrowserOpener(opener());
        tester.setLoginHint(QStringLiteral("deny"));
        const auto r = run(tester);
        QVERIFY2(r, "no result within 45 s");
        QVERIFY(!r->ok());
        QVERIFY(r->callbackError);
        const Error &e = r->token.token.result.error();
        QCOMPARE(e.code, ErrorCode::Rejected);
        QVERIFY2(e.message.contains(QStringLiteral("Access was denied")), qPrintable(e.message));
        QVERIFY2(e.detail.contains(QStringLiteral("error=access_denied")), qPrintable(e.detail));
        QVERIFY(!tester.canRefresh());
        QTRY_VERIFY_WITH_TIMEOUT(m_browserResult.has_value(), 5000);
        QVERIFY2(m_browserResult->ok, qPrintable(m_browserResult->hopsText()));
        QVERIFY(m_browserResult->body.contains("Sign-in did not complete"));
        QVERIFY(m_browserResult->body.contains("denied"));
    }

    void cancelWhileWaiting()
    {
        SignInTester tester(&m_transport, testEnvironment(), nativeClient(), {});
        tester.setBrowserOpener([](const QUrl &) { return true; }); // nobody signs in
        QSignalSpy waiting(&tester, &SignInTester::waitingForBrowser);
        QSignalSpy finished(&tester, &SignInTester::finished);
        tester.start();
        QVERIFY(waiting.count() == 1 || waiting.wait(20000)); // after live discovery
        QVERIFY(tester.isBusy());
        QVERIFY(finished.isEmpty());
        tester.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<SignInResult>().token.token.result.error().code,
            ErrorCode::Cancelled);
        QVERIFY(!tester.isBusy());
    }

    void clientWithoutLoopbackRedirect()
    {
        SignInTester tester(&m_transport, testEnvironment(),
            nativeClient({ QStringLiteral("com.example.app:/callback") }), {});
        tester.setBrowserOpener(opener());
        const auto r = run(tester);
        QVERIFY(r);
        const Error &e = r->token.token.result.error();
        QCOMPARE(e.code, ErrorCode::InvalidInput);
        QVERIFY2(
            e.message.contains(QStringLiteral("http://127.0.0.1/callback")), qPrintable(e.message));
        QVERIFY(r->token.exchanges.isEmpty()); // nothing was sent
    }
};

QTEST_GUILESS_MAIN(TestLiveSignIn)
#include "tst_live_signin.moc"
