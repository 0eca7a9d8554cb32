// SPDX-License-Identifier: GPL-3.0-or-later
// Certificates against the REAL provider (with-as.sh): keys, CSRs and certificates made by
// lib/pki, clients registered at the AS (RFC 7591, with the suite's initial access token), then
// private_key_jwt with RS256/PS256/ES256 (inline jwks and a jwks_uri), tls_client_auth by subject
// DN and self_signed_tls_client_auth over mutual TLS, certificate-bound tokens checked
// (cnf.x5t#S256), a replayed or expired assertion refused, and an mTLS API call.
#include "jose/Jwk.h"
#include "jose/JwsSigner.h"
#include "oauth/Registration.h"
#include "oauth/TokenTester.h"
#include "oauth/Transport.h"
#include "pki/Certificate.h"
#include "pki/CertificateRequest.h"
#include "pki/KeyPair.h"
#include "pki/LocalCa.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace oauthdesk;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

Environment liveEnvironment(Connectivity connectivity = Connectivity::Tls)
{
    Environment e;
    e.id = 1;
    e.name = QStringLiteral("Live AS");
    e.issuer = QUrl(env("OAUTHDESK_TEST_ISSUER"));
    e.apiBaseUrl = QUrl(env("OAUTHDESK_TEST_API"));
    e.caBundlePath = env("OAUTHDESK_TEST_CA");
    e.connectivity = connectivity;
    e.headers = { { QStringLiteral("X-Region"), QStringLiteral("2"), {} } };
    return e;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestLiveCerts final : public QObject
{
    Q_OBJECT

private:
    Transport m_transport;

    HttpExchange send(HttpRequest req)
    {
        std::optional<HttpExchange> out;
        m_transport.send(std::move(req), env("OAUTHDESK_TEST_CA"), this,
            [&](HttpExchange ex) { out = std::move(ex); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            qWarning("no answer from %s", qPrintable(req.url.toString()));
        return out.value_or(HttpExchange {});
    }

    /// RFC 7591 registration with the suite's initial access token; returns the client_id.
    QString registerClient(QJsonObject metadata)
    {
        metadata.insert(
            QStringLiteral("grant_types"), QJsonArray { QStringLiteral("client_credentials") });
        metadata.insert(QStringLiteral("response_types"), QJsonArray {});
        metadata.insert(QStringLiteral("scope"), QStringLiteral("accounts:read payments:write"));
        HttpRequest req;
        req.method = "POST";
        req.url = QUrl(env("OAUTHDESK_TEST_ISSUER") + QStringLiteral("/reg"));
        req.headers = { { "Content-Type", "application/json" },
            { "Authorization", "Bearer " + env("OAUTHDESK_TEST_IAT").toUtf8() } };
        req.body = QJsonDocument(metadata).toJson(QJsonDocument::Compact);
        const HttpExchange ex = send(req);
        if (ex.status != 201)
            qWarning("registration failed: %d %s", ex.status, ex.responseBody.constData());
        return QJsonDocument::fromJson(ex.responseBody)
            .object()
            .value(QLatin1String("client_id"))
            .toString();
    }

    std::optional<TokenTestResult> getToken(TokenTester &tester)
    {
        QSignalSpy finished(&tester, &TokenTester::finished);
        tester.start();
        if (!finished.wait(20000))
            return std::nullopt;
        return finished.first().first().value<TokenTestResult>();
    }

    static OAuthClient client(const QString &clientId, AuthMethod method, bool bound = false)
    {
        OAuthClient c;
        c.id = 1;
        c.name = clientId;
        c.clientId = clientId;
        c.grantTypes = { GrantType::ClientCredentials };
        c.authMethod = method;
        c.scopes = { QStringLiteral("accounts:read"), QStringLiteral("payments:write") };
        c.certificateBoundTokens = bound;
        return c;
    }

    /// A transport certificate issued by the suite's client CA through lib/pki (CSR → CA).
    struct Transport_
    {
        QByteArray certDer;
        std::shared_ptr<const SecretBytes> keyDer;
        QString subject;
    };
    std::optional<Transport_> issueTransportCertificate(KeyAlgorithm alg)
    {
        auto caKey = privateKeyFromPkcs8(
            SecretBytes::fromBytes(readFile(env("OAUTHDESK_TEST_CLIENT_CA_KEY"))));
        auto caCert = parseCertificates(readFile(env("OAUTHDESK_TEST_CLIENT_CA")));
        if (!caKey || !caCert)
            return std::nullopt;
        LocalCa ca { std::move(*caKey), caCert->first() };
        auto key = generateKey(alg);
        SubjectFields fields;
        fields.commonName = QStringLiteral("billing-service");
        fields.organisation = QStringLiteral("Example Org");
        auto csr = createCsrPem(key->get(), fields, CertificatePurpose::Transport);
        if (!csr)
            return std::nullopt;
        auto cert = issueFromCsr(
            ca, *csr, CertificatePurpose::Transport, 1); // within the suite CA's own validity
        auto info = cert ? certificateInfo(*cert)
                         : Result<CertificateInfo>(std::unexpected(cert.error()));
        if (!cert || !info) {
            qWarning(
                "issue failed: %s", qPrintable(cert ? info.error().message : cert.error().message));
            return std::nullopt;
        }
        return Transport_ { *cert,
            std::make_shared<const SecretBytes>(privateKeyToPkcs8Der(key->get()).value()),
            info->subject };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!env("OAUTHDESK_TEST_IAT").isEmpty(), "run through tests/live/with-as.sh");
        qRegisterMetaType<TokenTestResult>();
    }

    void privateKeyJwt_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<bool>("viaJwksUri");
        QTest::newRow("RS256 inline jwks") << int(KeyAlgorithm::Rsa2048) << "RS256" << false;
        QTest::newRow("PS256 inline jwks") << int(KeyAlgorithm::Rsa3072) << "PS256" << false;
        QTest::newRow("ES256 inline jwks") << int(KeyAlgorithm::EcP256) << "ES256" << false;
        QTest::newRow("ES256 jwks_uri") << int(KeyAlgorithm::EcP256) << "ES256" << true;
    }
    void privateKeyJwt()
    {
        QFETCH(int, algorithm);
        QFETCH(QString, alg);
        QFETCH(bool, viaJwksUri);
        auto key = generateKey(KeyAlgorithm(algorithm));
        QVERIFY(key);
        const QJsonObject jwk = publicJwk(key->get()).value();
        const QString kid = jwkThumbprint(jwk).value(); // RFC 7638, the kid the AS will see
        const QByteArray jwks = jwksDocument({ { jwk, kid, alg, {} } });
        QJsonObject metadata { { QStringLiteral("token_endpoint_auth_method"),
                                   QStringLiteral("private_key_jwt") },
            { QStringLiteral("token_endpoint_auth_signing_alg"), alg } };
        if (viaJwksUri) {
            const QString name = kid.left(16);
            HttpRequest put;
            put.method = "PUT";
            put.url = QUrl(env("OAUTHDESK_TEST_JWKS_HOST") + QLatin1Char('/') + name);
            put.headers = { { "Content-Type", "application/json" } };
            put.body = jwks;
            QCOMPARE(send(put).status, 200);
            metadata.insert(QStringLiteral("jwks_uri"), put.url.toString());
        } else {
            metadata.insert(QStringLiteral("jwks"), QJsonDocument::fromJson(jwks).object());
        }
        const QString clientId = registerClient(metadata);
        QVERIFY(!clientId.isEmpty());

        ClientCredentials cred;
        cred.signingKeyPkcs8Der
            = std::make_shared<const SecretBytes>(privateKeyToPkcs8Der(key->get()).value());
        cred.signingKid = kid;
        cred.signingAlg = alg;
        TokenTester tester(
            &m_transport, liveEnvironment(), client(clientId, AuthMethod::PrivateKeyJwt), cred);
        auto r = getToken(tester);
        QVERIFY(r);
        QVERIFY2(r->ok(),
            qPrintable(r->ok() ? QString()
                               : r->token.result.error().message + QLatin1Char(' ')
                        + r->token.result.error().detail));
        QCOMPARE(r->signature->status, SignatureStatus::Valid);
        // The pane shows the assertion that was sent: iss = sub = client_id, aud = token endpoint.
        QVERIFY(r->clientAssertion);
        QCOMPARE(r->clientAssertion->alg, alg);
        QCOMPARE(r->clientAssertion->kid, kid);
        QCOMPARE(r->clientAssertion->claims.value(QLatin1String("iss")).toString(), clientId);
        QCOMPARE(r->clientAssertion->claims.value(QLatin1String("sub")).toString(), clientId);
        QCOMPARE(r->clientAssertion->claims.value(QLatin1String("aud")).toString(),
            env("OAUTHDESK_TEST_ISSUER") + QStringLiteral("/token"));
        QVERIFY(r->token.exchange.curl().contains(QStringLiteral("client_assertion=<redacted>")));
        QVERIFY(!r->binding); // no certificate involved
    }

    void assertionAudienceCanBeTheIssuer()
    {
        auto key = generateKey(KeyAlgorithm::EcP256);
        const QJsonObject jwk = publicJwk(key->get()).value();
        const QString kid = jwkThumbprint(jwk).value();
        const QString clientId = registerClient({ { QStringLiteral("token_endpoint_auth_method"),
                                                      QStringLiteral("private_key_jwt") },
            { QStringLiteral("jwks"),
                QJsonDocument::fromJson(jwksDocument({ { jwk, kid, QStringLiteral("ES256"), {} } }))
                    .object() } });
        Environment e = liveEnvironment();
        e.assertionAudience
            = AssertionAudience::Issuer; // the environment setting an admin picks for such an AS
        ClientCredentials cred;
        cred.signingKeyPkcs8Der
            = std::make_shared<const SecretBytes>(privateKeyToPkcs8Der(key->get()).value());
        cred.signingKid = kid;
        TokenTester tester(&m_transport, e, client(clientId, AuthMethod::PrivateKeyJwt), cred);
        auto r = getToken(tester);
        QVERIFY(r && r->ok() && r->clientAssertion);
        QCOMPARE(r->clientAssertion->claims.value(QLatin1String("aud")).toString(),
            env("OAUTHDESK_TEST_ISSUER"));
    }

    void replayedAndExpiredAssertionsAreRefused()
    {
        auto key = generateKey(KeyAlgorithm::EcP256);
        const QJsonObject jwk = publicJwk(key->get()).value();
        const QString kid = jwkThumbprint(jwk).value();
        const QString clientId = registerClient({ { QStringLiteral("token_endpoint_auth_method"),
                                                      QStringLiteral("private_key_jwt") },
            { QStringLiteral("jwks"),
                QJsonDocument::fromJson(jwksDocument({ { jwk, kid, QStringLiteral("ES256"), {} } }))
                    .object() } });
        QVERIFY(!clientId.isEmpty());
        const QString tokenEndpoint = env("OAUTHDESK_TEST_ISSUER") + QStringLiteral("/token");
        auto tokenRequest = [&](const QByteArray &assertion) {
            HttpRequest req;
            req.method = "POST";
            req.url = QUrl(tokenEndpoint);
            req.headers = { { "Content-Type", "application/x-www-form-urlencoded" } };
            req.body = formBody(
                { { "grant_type", "client_credentials" }, { "client_id", clientId.toUtf8() },
                    { "client_assertion_type",
                        "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" },
                    { "client_assertion", assertion } });
            return parseTokenResponse(send(req), {});
        };
        ClientAssertionRequest a;
        a.clientId = clientId;
        a.audience = tokenEndpoint;
        a.kid = kid;
        const QByteArray once = buildClientAssertion(key->get(), a).value();
        QVERIFY(tokenRequest(once));
        auto replayed = tokenRequest(once); // the same jti again
        QVERIFY(!replayed);
        QVERIFY2(replayed.error().detail.contains(QStringLiteral("invalid_client")),
            qPrintable(replayed.error().detail));
        a.now = QDateTime::currentDateTimeUtc().addSecs(-600); // exp eight minutes ago
        auto expired = tokenRequest(buildClientAssertion(key->get(), a).value());
        QVERIFY(!expired);
        QVERIFY(expired.error().detail.contains(QStringLiteral("invalid_client")));
        // In plain words, with what to check for this method.
        RefusalContext context;
        context.method = AuthMethod::PrivateKeyJwt;
        context.assertionAudience = tokenEndpoint;
        const QString words = explainRefusal(401, QStringLiteral("invalid_client"), context);
        QVERIFY2(words.contains(QStringLiteral("expired")) && words.contains(QStringLiteral("jti"))
                && words.contains(QStringLiteral("kid")),
            qPrintable(words));
    }

    void tlsClientAuthGivesACertificateBoundToken()
    {
        auto transport = issueTransportCertificate(KeyAlgorithm::EcP256);
        QVERIFY(transport);
        // The metadata as the wizard's registration builds it (lib/oauth/Registration).
        OAuthClient asked
            = client(QStringLiteral("billing-service"), AuthMethod::TlsClientAuth, true);
        const QJsonObject metadata = registrationMetadata({ asked, {}, transport->subject, {} });
        QCOMPARE(metadata.value(QLatin1String("tls_client_auth_subject_dn")).toString(),
            transport->subject);
        QCOMPARE(
            metadata.value(QLatin1String("tls_client_certificate_bound_access_tokens")).toBool(),
            true);
        const QString clientId = registerClient(metadata);
        QVERIFY(!clientId.isEmpty());
        ClientCredentials cred;
        cred.transportCertificateChainDer = { transport->certDer };
        cred.transportKeyPkcs8Der = transport->keyDer;
        TokenTester tester(&m_transport, liveEnvironment(Connectivity::MutualTls),
            client(clientId, AuthMethod::TlsClientAuth, true), cred);
        auto r = getToken(tester);
        QVERIFY(r);
        QVERIFY2(r->ok(),
            qPrintable(r->ok() ? QString()
                               : r->token.result.error().message + QLatin1Char(' ')
                        + r->token.result.error().detail));
        QVERIFY(r->binding);
        QVERIFY2(r->binding->bound(), qPrintable(r->binding->message()));
        QCOMPARE(r->binding->presentedThumbprint,
            QString::fromLatin1(base64Url(sha256Thumbprint(transport->certDer))));
        // The mTLS alias from discovery was used (RFC 8705 §5).
        QCOMPARE(r->token.exchange.request.url.path(), QStringLiteral("/token"));
        QVERIFY(!r->token.exchange.request.clientCertificateChainDer.isEmpty());

        // The API accepts the bound token with the same certificate, and says so.
        std::optional<HttpExchange> api;
        tester.callApi("GET", QStringLiteral("/echo"), {}, this,
            [&](HttpExchange ex) { api = std::move(ex); });
        QTRY_VERIFY_WITH_TIMEOUT(api.has_value(), 20000);
        QCOMPARE(api->status, 200);
        const QJsonObject echo = QJsonDocument::fromJson(api->responseBody).object();
        QCOMPARE(echo.value(QLatin1String("cnf_ok")).toBool(), true);
        QCOMPARE(echo.value(QLatin1String("x_region")).toString(), QStringLiteral("2"));

        // Without the certificate, the AS refuses the client.
        TokenTester noCert(&m_transport, liveEnvironment(Connectivity::MutualTls),
            client(clientId, AuthMethod::TlsClientAuth, true), ClientCredentials {});
        auto refused = getToken(noCert);
        QVERIFY(refused && !refused->ok());
    }

    void selfSignedTlsClientAuth()
    {
        auto key = generateKey(KeyAlgorithm::Rsa2048);
        SubjectFields fields;
        fields.commonName = QStringLiteral("statement-sync");
        auto cert = createSelfSigned(key->get(), fields, CertificatePurpose::Transport, 30);
        QVERIFY(cert);
        const QJsonObject jwk = publicJwk(key->get()).value();
        const QString kid = jwkThumbprint(jwk).value();
        const QString clientId = registerClient({ { QStringLiteral("token_endpoint_auth_method"),
                                                      QStringLiteral(
                                                          "self_signed_tls_client_auth") },
            { QStringLiteral("jwks"),
                QJsonDocument::fromJson(jwksDocument({ { jwk, kid, {}, { *cert } } })).object() },
            { QStringLiteral("tls_client_certificate_bound_access_tokens"), true } });
        QVERIFY(!clientId.isEmpty());
        ClientCredentials cred;
        cred.transportCertificateChainDer = { *cert };
        cred.transportKeyPkcs8Der
            = std::make_shared<const SecretBytes>(privateKeyToPkcs8Der(key->get()).value());
        TokenTester tester(&m_transport, liveEnvironment(Connectivity::MutualTls),
            client(clientId, AuthMethod::SelfSignedTlsClientAuth, true), cred);
        auto r = getToken(tester);
        QVERIFY(r);
        QVERIFY2(r->ok(),
            qPrintable(r->ok() ? QString()
                               : r->token.result.error().message + QLatin1Char(' ')
                        + r->token.result.error().detail));
        QVERIFY2(r->binding && r->binding->bound(),
            qPrintable(r->binding ? r->binding->message() : QString()));
    }

    void anUnboundTokenIsFlaggedWhenBindingWasExpected()
    {
        // A secret client that presents a certificate but is not set up for binding at the AS:
        // OAuthDesk, told to expect binding, flags the token.
        auto transport = issueTransportCertificate(KeyAlgorithm::EcP256);
        QVERIFY(transport);
        ClientCredentials cred;
        cred.clientSecret = std::make_shared<const SecretBytes>(
            SecretBytes::fromUtf8(QStringLiteral("basic-secret-0123456789abcdef")));
        cred.transportCertificateChainDer = { transport->certDer };
        cred.transportKeyPkcs8Der = transport->keyDer;
        TokenTester tester(&m_transport, liveEnvironment(Connectivity::MutualTls),
            client(QStringLiteral("basic-client"), AuthMethod::ClientSecretBasic, true), cred);
        auto r = getToken(tester);
        QVERIFY(r && r->ok());
        QVERIFY(r->binding);
        QVERIFY(!r->binding->bound());
        QVERIFY2(r->binding->message().contains(QStringLiteral("NOT certificate-bound")),
            qPrintable(r->binding->message()));
    }
};

QTEST_GUILESS_MAIN(TestLiveCerts)
#include "tst_live_certs.moc"
