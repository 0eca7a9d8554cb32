// SPDX-License-Identifier: GPL-3.0-or-later
// Test tokens against a REAL OpenID provider (oidc-provider over HTTPS on 127.0.0.1, started by
// tests/live/with-as.sh): discovery, both secret methods, scopes, errors, JWKS signature checks,
// renewal before expiry with the environment's headers, and Call API.
#include "jose/JwsVerifier.h"
#include "oauth/Discovery.h"
#include "oauth/TokenTester.h"
#include "oauth/Transport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace oauthdesk;

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
    e.apiBaseUrl = QUrl(env("OAUTHDESK_TEST_API"));
    e.caBundlePath = env("OAUTHDESK_TEST_CA");
    e.headers = { { QStringLiteral("X-Region"), QStringLiteral("1"),
        { { QStringLiteral("0"), QStringLiteral("Default") },
            { QStringLiteral("1"), QStringLiteral("EMEA") },
            { QStringLiteral("2"), QStringLiteral("APAC") } } } };
    return e;
}

OAuthClient client(const QString &clientId, AuthMethod method, QStringList scopes)
{
    OAuthClient c;
    c.id = 1;
    c.name = clientId;
    c.clientId = clientId;
    c.applicationType = ApplicationType::MachineToMachine;
    c.grantTypes = { GrantType::ClientCredentials };
    c.authMethod = method;
    c.scopes = std::move(scopes);
    return c;
}

std::shared_ptr<const SecretBytes> secret(const QString &s)
{
    return std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(s));
}

const QStringList kBoth { QStringLiteral("accounts:read"), QStringLiteral("payments:write") };

} // namespace

class TestLiveToken final : public QObject
{
    Q_OBJECT

private:
    Transport m_transport;

    /// Runs one "Get test token" and returns its result.
    std::optional<TokenTestResult> getToken(TokenTester &tester)
    {
        QSignalSpy finished(&tester, &TokenTester::finished);
        tester.start();
        if (!finished.wait(20000))
            return std::nullopt;
        return finished.first().first().value<TokenTestResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!env("OAUTHDESK_TEST_ISSUER").isEmpty(),
            "run through tests/live/with-as.sh (ctest does)");
        qRegisterMetaType<TokenTestResult>();
    }

    void discovery()
    {
        std::optional<DiscoveryOutcome> outcome;
        fetchDiscovery(&m_transport, testEnvironment(), this,
            [&](DiscoveryOutcome o) { outcome = std::move(o); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY2(outcome->metadata,
            qPrintable(outcome->metadata ? QString() : outcome->metadata.error().message));
        const DiscoveryMetadata &m = *outcome->metadata;
        QCOMPARE(m.issuer, env("OAUTHDESK_TEST_ISSUER"));
        QCOMPARE(m.tokenEndpoint, QUrl(env("OAUTHDESK_TEST_ISSUER") + QStringLiteral("/token")));
        QVERIFY(!m.jwksUri.isEmpty());
        QVERIFY(m.scopes.contains(QStringLiteral("payments:write")));
        QVERIFY(m.tokenEndpointAuthMethods.contains(QStringLiteral("client_secret_post")));
        QVERIFY(!m.introspectionEndpoint.isEmpty());
        QVERIFY(!m.revocationEndpoint.isEmpty());
        QVERIFY(outcome->document.contains("\"issuer\""));
    }

    void discoveryRefusesAnotherIssuer()
    {
        Environment e = testEnvironment();
        e.issuer = QUrl(
            env("OAUTHDESK_TEST_ISSUER") + QStringLiteral("/")); // not identical (RFC 8414 §3.3)
        std::optional<DiscoveryOutcome> outcome;
        fetchDiscovery(&m_transport, e, this, [&](DiscoveryOutcome o) { outcome = std::move(o); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY(!outcome->metadata);
        QCOMPARE(outcome->metadata.error().code, ErrorCode::ProtocolError);
        QVERIFY2(outcome->metadata.error().message.contains(QStringLiteral("identical")),
            qPrintable(outcome->metadata.error().message));
    }

    void untrustedCertificateIsReportedNotIgnored()
    {
        Environment e = testEnvironment();
        e.caBundlePath = env("OAUTHDESK_TEST_WRONG_CA");
        std::optional<DiscoveryOutcome> outcome;
        fetchDiscovery(&m_transport, e, this, [&](DiscoveryOutcome o) { outcome = std::move(o); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY(!outcome->metadata);
        QCOMPARE(outcome->metadata.error().code, ErrorCode::TlsFailure);
        const QString message = outcome->metadata.error().message;
        QVERIFY2(message.contains(QStringLiteral("not trusted"))
                && message.contains(QStringLiteral("OAuthDesk Test CA")),
            qPrintable(message)); // names the certificate's issuer
        QCOMPARE(
            outcome->exchanges.constLast().status, 0); // nothing was read from the untrusted server
    }

    void tokenWithClientSecretBasic()
    {
        TokenTester tester(&m_transport, testEnvironment(),
            client(QStringLiteral("basic-client"), AuthMethod::ClientSecretBasic, kBoth),
            secret(QStringLiteral("basic-secret-0123456789abcdef")));
        auto r = getToken(tester);
        QVERIFY(r);
        QVERIFY2(r->ok(),
            qPrintable(r->ok() ? QString()
                               : r->token.result.error().message + QLatin1Char(' ')
                        + r->token.result.error().detail));
        const TokenResponse &t = *r->token.result;
        QCOMPARE(t.tokenType, QStringLiteral("Bearer"));
        QCOMPARE(t.expiresIn, std::optional<qint64>(300));
        QCOMPARE(t.grantedScopes, kBoth);
        QVERIFY(t.scopesNotGranted().isEmpty());
        // The JWT, decoded, with the custom claim, and its signature checked against the JWKS.
        QVERIFY(r->jwt);
        QCOMPARE(r->jwt->claims.value(QLatin1String("pmid")).toString(), QStringLiteral("PM-0042"));
        QCOMPARE(r->jwt->claims.value(QLatin1String("client_id")).toString(),
            QStringLiteral("basic-client"));
        QCOMPARE(r->jwt->kid, QStringLiteral("rs-1"));
        QVERIFY(r->signature);
        QCOMPARE(r->signature->status, SignatureStatus::Valid);
        // The exchange went to the discovered token endpoint, with Basic auth and X-Region.
        const HttpRequest &sent = r->token.exchange.request;
        QCOMPARE(sent.url.path(), QStringLiteral("/token"));
        bool region = false, basic = false;
        for (const auto &h : sent.headers) {
            region = region || (h.first == "X-Region" && h.second == "1");
            basic = basic || (h.first == "Authorization" && h.second.startsWith("Basic "));
        }
        QVERIFY(region && basic);
        // Shown and exported redacted unless asked.
        QVERIFY(!r->token.exchange.requestText().contains(
            QStringLiteral("YmFzaWMt"))); // base64 of "basic-"
        QVERIFY(r->token.exchange.curl().contains(QStringLiteral("Basic <redacted>")));
        QVERIFY(!r->token.exchange.curl(false).contains(QStringLiteral("basic-secret")));
        QVERIFY(r->token.exchange.curl(true).contains(QString::fromLatin1(
            QByteArray("basic-client:basic-secret-0123456789abcdef").toBase64())));
    }

    void tokenWithClientSecretPost()
    {
        TokenTester tester(&m_transport, testEnvironment(),
            client(QStringLiteral("post-client"), AuthMethod::ClientSecretPost,
                { QStringLiteral("accounts:read") }),
            secret(QStringLiteral("post-secret-0123456789abcdef")));
        auto r = getToken(tester);
        QVERIFY(r && r->ok());
        QCOMPARE(r->token.result->grantedScopes, QStringList { QStringLiteral("accounts:read") });
        QVERIFY(r->token.exchange.request.body.contains("client_secret=post-secret"));
        QVERIFY(r->token.exchange.curl().contains(QStringLiteral("client_secret=<redacted>")));
        QCOMPARE(r->signature->status, SignatureStatus::Valid);
    }

    void basicCredentialsAreFormEncoded()
    {
        // RFC 6749 §2.3.1: "weird:client" / "s3cr3t+/=%&:?" only work form-encoded before Base64.
        TokenTester tester(&m_transport, testEnvironment(),
            client(QStringLiteral("weird:client"), AuthMethod::ClientSecretBasic, kBoth),
            secret(QStringLiteral("s3cr3t+/=%&:?")));
        auto r = getToken(tester);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->token.result.error().detail));
    }

    void errorsInPlainWords_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<QString>("rfcError");
        QTest::addColumn<QString>("says");
        QTest::newRow("wrong secret")
            << "basic-client" << int(AuthMethod::ClientSecretBasic) << "not-the-secret" << kBoth
            << "invalid_client"
            << "check that the secret in the keychain matches the one at the AS";
        QTest::newRow("wrong method") << "post-client" << int(AuthMethod::ClientSecretBasic)
                                      << "post-secret-0123456789abcdef" << kBoth << "invalid_client"
                                      << "that the AS expects client_secret_basic for this client";
        QTest::newRow("unknown scope")
            << "basic-client" << int(AuthMethod::ClientSecretBasic)
            << "basic-secret-0123456789abcdef" << QStringList { QStringLiteral("admin:all") }
            << "invalid_scope"
            << "refused the scopes of the client credentials request";
        QTest::newRow("scope not allowed")
            << "narrow-client" << int(AuthMethod::ClientSecretBasic)
            << "narrow-secret-0123456789abcdef" << kBoth << "invalid_scope"
            << "refused the scopes of the client credentials request";
    }

    void errorsInPlainWords()
    {
        QFETCH(QString, clientId);
        QFETCH(int, method);
        QFETCH(QString, secret);
        QFETCH(QStringList, scopes);
        QFETCH(QString, rfcError);
        QFETCH(QString, says);
        TokenTester tester(&m_transport, testEnvironment(),
            client(clientId, AuthMethod(method), scopes), ::secret(secret));
        auto r = getToken(tester);
        QVERIFY(r);
        QVERIFY(!r->ok());
        const Error &e = r->token.result.error();
        QCOMPARE(e.code, ErrorCode::Rejected);
        QVERIFY2(e.detail.contains(QStringLiteral("error=") + rfcError), qPrintable(e.detail));
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QVERIFY(r->token.exchange.status == 400 || r->token.exchange.status == 401);
    }

    void alteredTokenFailsTheSignatureCheck()
    {
        TokenTester tester(&m_transport, testEnvironment(),
            client(QStringLiteral("basic-client"), AuthMethod::ClientSecretBasic, kBoth),
            secret(QStringLiteral("basic-secret-0123456789abcdef")));
        auto r = getToken(tester);
        QVERIFY(r && r->ok() && r->signature);
        QByteArray token = r->token.result->accessToken->toByteArray();
        QList<QByteArray> parts = token.split('.');
        QJsonObject claims = QJsonDocument::fromJson(
            QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
                                 .object();
        claims.insert(QStringLiteral("pmid"), QStringLiteral("PM-9999")); // a forged claim
        parts[1] = QJsonDocument(claims)
                       .toJson(QJsonDocument::Compact)
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        // The JWKS the tester fetched from the AS (the last exchange of the first attempt).
        QByteArray jwks;
        for (const auto &ex : r->exchanges) {
            if (ex.request.url.path().contains(QStringLiteral("jwks")))
                jwks = ex.responseBody;
        }
        QVERIFY(!jwks.isEmpty());
        QCOMPARE(verifyJws(token, jwks).status, SignatureStatus::Valid);
        QCOMPARE(verifyJws(parts.join('.'), jwks).status, SignatureStatus::Invalid);
    }

    void keepFreshRenewsBeforeExpiryWithTheHeaders()
    {
        TokenTester tester(&m_transport, testEnvironment(),
            client(QStringLiteral("short-client"), AuthMethod::ClientSecretBasic, kBoth),
            secret(QStringLiteral("short-secret-0123456789abcdef")));
        tester.setKeepFresh(true);
        QSignalSpy finished(&tester, &TokenTester::finished);
        tester.start();
        QVERIFY(finished.wait(20000));
        auto first = finished.constLast().first().value<TokenTestResult>();
        QVERIFY(first.ok());
        QCOMPARE(first.token.result->expiresIn, std::optional<qint64>(4));
        QVERIFY(tester.renewalDueAt());
        // Due before expiry: 4 s lifetime, renewed 1 s early.
        QVERIFY(*tester.renewalDueAt() < *first.token.result->expiresAt());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 15000); // two renewals
        for (int i = 1; i < finished.size(); ++i) {
            auto renewed = finished.at(i).first().value<TokenTestResult>();
            QVERIFY(renewed.ok());
            QCOMPARE(renewed.renewal, i);
            // Each renewal arrives before the token it replaces expires.
            const auto previous = finished.at(i - 1).first().value<TokenTestResult>();
            QVERIFY(renewed.token.result->receivedAt < *previous.token.result->expiresAt());
            bool region = false;
            for (const auto &h : renewed.token.exchange.request.headers)
                region = region || (h.first == "X-Region" && h.second == "1");
            QVERIFY2(region, "the environment's headers go with every renewal");
            QVERIFY(renewed.token.result->accessToken->toByteArray()
                != first.token.result->accessToken->toByteArray());
        }
        tester.setKeepFresh(false);
        const int seen = int(finished.size());
        QTest::qWait(5000);
        QCOMPARE(int(finished.size()), seen); // off means off
    }

    void callApiWithTheToken()
    {
        TokenTester tester(&m_transport, testEnvironment(),
            client(QStringLiteral("basic-client"), AuthMethod::ClientSecretBasic, kBoth),
            secret(QStringLiteral("basic-secret-0123456789abcdef")));
        QVERIFY(getToken(tester).value().ok());
        std::optional<HttpExchange> answer;
        tester.callApi("POST", QStringLiteral("/echo"), R"({"amount":12.5})", this,
            [&](HttpExchange ex) { answer = std::move(ex); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY2(!answer->transportError,
            qPrintable(answer->transportError ? answer->transportError->message : QString()));
        QCOMPARE(answer->status, 200);
        const QJsonObject echo = QJsonDocument::fromJson(answer->responseBody).object();
        QCOMPARE(echo.value(QLatin1String("client_id")).toString(), QStringLiteral("basic-client"));
        QCOMPARE(echo.value(QLatin1String("x_region")).toString(),
            QStringLiteral("1")); // the environment's header arrived
        QCOMPARE(echo.value(QLatin1String("pmid")).toString(), QStringLiteral("PM-0042"));
        QCOMPARE(echo.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(
            echo.value(QLatin1String("body")).toObject().value(QLatin1String("amount")).toDouble(),
            12.5);
        QVERIFY(answer->curl().contains(QStringLiteral("Bearer <redacted>")));
        QVERIFY(!answer->curl().contains(
            QString::fromUtf8(tester.last()->token.result->accessToken->toByteArray().left(20))));
    }
};

QTEST_GUILESS_MAIN(TestLiveToken)
#include "tst_live_token.moc"
