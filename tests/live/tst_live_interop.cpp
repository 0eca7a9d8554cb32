// SPDX-License-Identifier: GPL-3.0-or-later
// One server-agnostic interop test, run twice by ctest: against oidc-provider (with-as.sh,
// tst_live_interop_oidc_provider) and against Glewlwyd 2.7.5 (with-glewlwyd.sh,
// tst_live_interop_glewlwyd). Nothing here knows which server it talks to: every client is
// registered by RFC 7591 with OAUTHDESK_TEST_IAT, every endpoint comes from discovery, and a
// feature a server does not offer is skipped with the reason the server itself gave (its
// discovery metadata or its registration answer), never because of its name.
//
// Covered with lib/: discovery (issuer identical, a wrong CA refused), RFC 7591 registration
// (as the app sends it), client_secret_basic and _post tokens, private_key_jwt with an inline
// JWKS, tls_client_auth (certificate from OAUTHDESK_TEST_CLIENT_CA) and
// self_signed_tls_client_auth with cnf.x5t#S256 bound tokens, RFC 7592 read/update/delete,
// RFC 7662 introspection and RFC 7009 revocation with each client authentication method, and
// sign-in (authorization code + PKCE S256, ID token checked, refresh) through TestBrowser.
//
// Where an AS answers differently from the RFCs, the test says so with a "DEVIATION" warning
// (what was sent, what came back, what OAuthDesk made of it) and then either goes on with the
// documented workaround or skips with the server's own words (Glewlwyd's are listed at the top of
// tests/live/with-glewlwyd.sh). One workaround needs the launcher: when the registration endpoint
// refuses tls_client_auth although discovery offers it, tls_client_auth is tested with the client
// the launcher created by other means (OAUTHDESK_TEST_MTLS_CLIENT_ID / _CERT / _KEY), if it did.
#include "TestBrowser.h"
#include "jose/Jwk.h"
#include "jose/JwsSigner.h"
#include "oauth/Discovery.h"
#include "oauth/Registration.h"
#include "oauth/SignInTester.h"
#include "oauth/TokenIntrospection.h"
#include "oauth/TokenTester.h"
#include "oauth/Transport.h"
#include "pki/Certificate.h"
#include "pki/CertificateRequest.h"
#include "pki/KeyPair.h"
#include "pki/LocalCa.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <optional>
#include <utility>

using namespace oauthdesk;
using oauthdesk::test::TestBrowser;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString why(const Error &e)
{
    return e.message + QStringLiteral(" [") + e.detail + QLatin1Char(']');
}

/// Why @p r failed, or nothing when it did not (QVERIFY2 evaluates its message either way).
template <typename T> QString whyNot(const Result<T> &r)
{
    return r ? QString() : why(r.error());
}

QString exchangeText(const HttpExchange &ex)
{
    return QStringLiteral("%1 %2 -> HTTP %3 %4")
        .arg(QString::fromLatin1(ex.request.method), ex.request.url.toString(),
            QString::number(ex.status), QString::fromUtf8(ex.responseBody.left(600)));
}

/// A deviation from the RFCs (or an answer OAuthDesk explains badly), printed for the report.
void deviation(const QString &text)
{
    qWarning("DEVIATION: %s", qPrintable(text));
}

const QStringList kApiScopes { QStringLiteral("accounts:read"), QStringLiteral("payments:write") };

} // namespace

class TestLiveInterop final : public QObject
{
    Q_OBJECT

private:
    Transport m_transport;
    Environment m_env;
    DiscoveryMetadata m_meta;
    QJsonObject m_document;

    struct Registration
    {
        QJsonObject sent;
        HttpExchange exchange;
        Result<RegisteredClient> client = fail(ErrorCode::Internal, QString());
    };

    /// RFC 7591 POST of @p metadata with the suite's initial access token.
    Registration registerMetadata(const QJsonObject &metadata)
    {
        RegistrationCall call;
        call.url = m_meta.registrationEndpoint;
        call.bearer
            = std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(env("OAUTHDESK_TEST_IAT")));
        call.body = metadata;
        Registration r;
        r.sent = metadata;
        r.exchange = sendCall(call);
        r.client = parseRegistrationResponse(r.exchange, RegistrationStep::Register);
        return r;
    }

    HttpExchange sendCall(const RegistrationCall &call)
    {
        std::optional<HttpExchange> out;
        sendRegistrationCall(&m_transport, call, m_env.caBundlePath, this,
            [&](HttpExchange ex) { out = std::move(ex); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            qWarning("no answer from %s", qPrintable(call.url.toString()));
        return out.value_or(HttpExchange {});
    }

    /// The metadata the app sends for @p input (lib/oauth/Registration), registered. An AS that
    /// insists on redirect_uris for a client without a redirect-based grant (RFC 7591 §2 makes
    /// them optional then) gets one https URI it never redirects to, and the deviation is printed.
    Registration registerClient(const RegistrationInput &input)
    {
        const QJsonObject metadata = registrationMetadata(input);
        Registration r = registerMetadata(metadata);
        if (!r.client && !metadata.contains(QLatin1String("redirect_uris"))
            && r.exchange.status == 400
            && r.exchange.responseBody.contains("invalid_redirect_uri")) {
            deviation(QStringLiteral(
                "a %1 client without redirect_uris is refused: %2; OAuthDesk said: %3. Retrying with a "
                "redirect URI it never uses.")
                          .arg(input.client.grantTypes.contains(GrantType::ClientCredentials)
                                  ? QStringLiteral("client_credentials")
                                  : QStringLiteral("redirect-less"),
                              exchangeText(r.exchange), r.client.error().message));
            QJsonObject withRedirect = metadata;
            withRedirect.insert(QStringLiteral("redirect_uris"),
                QJsonArray { QStringLiteral("https://client.oauthdesk.test/unused") });
            r = registerMetadata(withRedirect);
        }
        return r;
    }

    static OAuthClient m2mClient(AuthMethod method, const QString &name)
    {
        OAuthClient c;
        c.id = 1;
        c.name = name;
        c.applicationType = ApplicationType::MachineToMachine;
        c.grantTypes = { GrantType::ClientCredentials };
        c.authMethod = method;
        c.scopes = kApiScopes;
        return c;
    }

    std::optional<TokenTestResult> getToken(TokenTester &tester)
    {
        QSignalSpy finished(&tester, &TokenTester::finished);
        tester.start();
        if (finished.isEmpty()
            && !finished.wait(20000)) // a refusal before any request comes at once
            return std::nullopt;
        return finished.first().first().value<TokenTestResult>();
    }

    Environment environment(Connectivity connectivity = Connectivity::Tls) const
    {
        Environment e = m_env;
        e.connectivity = connectivity;
        return e;
    }

    /// Whether discovery lists @p method in @p member; the reason to skip when it does not.
    std::optional<QString> notOffered(const char *member, const QString &method) const
    {
        const QJsonValue listed = m_document.value(QLatin1String(member));
        if (!listed.isArray())
            return QStringLiteral("the AS's discovery has no %1 (so it does not offer %2)")
                .arg(QLatin1String(member), method);
        const QJsonArray methods = listed.toArray();
        if (!methods.contains(method)) {
            return QStringLiteral("the AS's discovery lists %1 %2, without %3")
                .arg(QLatin1String(member),
                    QString::fromUtf8(QJsonDocument(methods).toJson(QJsonDocument::Compact)),
                    method);
        }
        return std::nullopt;
    }

    /// A transport certificate issued by OAUTHDESK_TEST_CLIENT_CA through lib/pki (CSR → CA).
    struct TransportCert
    {
        QByteArray certDer;
        std::shared_ptr<const SecretBytes> keyDer;
        QString subject;
    };
    std::optional<TransportCert> issueTransportCertificate()
    {
        auto caKey = privateKeyFromPkcs8(
            SecretBytes::fromBytes(readFile(env("OAUTHDESK_TEST_CLIENT_CA_KEY"))));
        auto caCert = parseCertificates(readFile(env("OAUTHDESK_TEST_CLIENT_CA")));
        if (!caKey || !caCert)
            return std::nullopt;
        LocalCa ca { std::move(*caKey), caCert->first() };
        auto key = generateKey(KeyAlgorithm::EcP256);
        if (!key)
            return std::nullopt;
        SubjectFields fields;
        fields.commonName = QStringLiteral("interop-service");
        fields.organisation = QStringLiteral("Example Org");
        auto csr = createCsrPem(key->get(), fields, CertificatePurpose::Transport);
        if (!csr)
            return std::nullopt;
        auto cert = issueFromCsr(ca, *csr, CertificatePurpose::Transport, 1);
        if (!cert)
            return std::nullopt;
        auto info = certificateInfo(*cert);
        if (!info)
            return std::nullopt;
        return TransportCert { *cert,
            std::make_shared<const SecretBytes>(privateKeyToPkcs8Der(key->get()).value()),
            info->subject };
    }

    /// A free loopback port for a redirect URI (LoopbackListener listens on the registered
    /// port; RFC 8252 §7.3 lets an AS accept any port, but not every AS does).
    static int freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

    /// A confidential web client for the authorization code flow with PKCE, authenticating with
    /// @p method, its redirect URI on a free loopback port; registered, with its credentials.
    struct WebClient
    {
        OAuthClient client;
        ClientCredentials credentials;
        Registration registration;
    };
    std::optional<WebClient> registerWebClient(AuthMethod method, QString *refusal)
    {
        const int port = freePort();
        if (port == 0)
            return std::nullopt;
        OAuthClient asked;
        asked.id = 1;
        asked.name = QStringLiteral("interop sign-in ") + toWire(method);
        asked.applicationType = ApplicationType::Web;
        asked.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
        asked.pkce = PkcePolicy::Required;
        asked.authMethod = method;
        asked.redirectUris = { QStringLiteral("http://127.0.0.1:%1/callback").arg(port) };
        asked.scopes = { QStringLiteral("openid"), QStringLiteral("accounts:read") };
        RegistrationInput input { asked, {}, {}, {} };
        ClientCredentials cred;
        if (method == AuthMethod::PrivateKeyJwt) {
            auto key = generateKey(KeyAlgorithm::EcP256);
            if (!key)
                return std::nullopt;
            const QJsonObject jwk = publicJwk(key->get()).value();
            const QString kid = jwkThumbprint(jwk).value();
            input.jwks = jwksDocument({ { jwk, kid, QStringLiteral("ES256"), {} } });
            cred.signingKeyPkcs8Der
                = std::make_shared<const SecretBytes>(privateKeyToPkcs8Der(key->get()).value());
            cred.signingKid = kid;
            cred.signingAlg = QStringLiteral("ES256");
        }
        Registration r = registerClient(input);
        if (!r.client) {
            if (refusal)
                *refusal = whyNot(r.client) + QLatin1Char('\n') + exchangeText(r.exchange);
            return std::nullopt;
        }
        cred.clientSecret = r.client->clientSecret;
        OAuthClient c = applyRegistration(asked, *r.client);
        return WebClient { std::move(c), std::move(cred), std::move(r) };
    }

    /// "Test sign-in" with TestBrowser as the system browser (it logs the test user in).
    struct SignedIn
    {
        std::optional<SignInResult> result;
        std::optional<TestBrowser::Result> walk;
        [[nodiscard]] QString problem() const
        {
            QString out = !result
                ? QStringLiteral("no sign-in result within 45 s")
                : (result->token.ok() ? QString() : whyNot(result->token.token.result));
            out += QLatin1Char('\n')
                + (walk ? walk->hopsText() : QStringLiteral("(the browser did not finish)"));
            return out;
        }
    };
    SignedIn signIn(SignInTester &tester, TestBrowser &browser, bool refresh = false)
    {
        SignedIn out;
        auto walked = std::make_shared<std::optional<TestBrowser::Result>>();
        tester.setBrowserOpener([&browser, walked](const QUrl &url) {
            walked->reset();
            browser.open(url, qEnvironmentVariable("OAUTHDESK_TEST_CA"),
                [walked](TestBrowser::Result w) { *walked = std::move(w); });
            return true;
        });
        QSignalSpy finished(&tester, &SignInTester::finished);
        refresh ? tester.refresh() : tester.start();
        if (finished.isEmpty() && !finished.wait(45000))
            return out;
        out.result = finished.first().first().value<SignInResult>();
        if (!refresh)
            (void)QTest::qWaitFor([&] { return walked->has_value(); },
                5000); // the listener's page reaches the browser
        out.walk = *walked;
        return out;
    }

    /// A registered client and what it authenticates with, for introspection and revocation.
    struct Authenticated
    {
        OAuthClient client;
        ClientCredentials credentials;
    };

    std::optional<Authenticated> registerForMethod(AuthMethod method, QString *skip)
    {
        OAuthClient c = m2mClient(method, QStringLiteral("interop ") + toWire(method));
        RegistrationInput input { c, {}, {}, {} };
        ClientCredentials cred;
        if (method == AuthMethod::PrivateKeyJwt) {
            auto key = generateKey(KeyAlgorithm::EcP256);
            if (!key)
                return std::nullopt;
            const QJsonObject jwk = publicJwk(key->get()).value();
            const QString kid = jwkThumbprint(jwk).value();
            input.jwks = jwksDocument({ { jwk, kid, QStringLiteral("ES256"), {} } });
            cred.signingKeyPkcs8Der
                = std::make_shared<const SecretBytes>(privateKeyToPkcs8Der(key->get()).value());
            cred.signingKid = kid;
            cred.signingAlg = QStringLiteral("ES256");
        }
        const Registration r = registerClient(input);
        if (!r.client) {
            if (skip)
                *skip = exchangeText(r.exchange);
            return std::nullopt;
        }
        cred.clientSecret = r.client->clientSecret;
        return Authenticated { applyRegistration(c, *r.client), cred };
    }

    /// RFC 8705 §2.1 tls_client_auth with @p c over mutual TLS: a token from the mTLS alias of
    /// the token endpoint, bound to @p certDer (cnf.x5t#S256, RFC 8705 §3) when the AS says it
    /// binds (tls_client_certificate_bound_access_tokens); and no token without the certificate.
    void checkTlsClientAuthToken(
        const OAuthClient &c, const QByteArray &certDer, std::shared_ptr<const SecretBytes> keyDer)
    {
        ClientCredentials cred;
        cred.transportCertificateChainDer = { certDer };
        cred.transportKeyPkcs8Der = std::move(keyDer);
        TokenTester tester(&m_transport, environment(Connectivity::MutualTls), c, cred);
        auto t = getToken(tester);
        QVERIFY(t);
        QVERIFY2(t->ok(), qPrintable(t->ok() ? QString() : whyNot(t->token.result)));
        QCOMPARE(t->token.exchange.request.url,
            m_meta.endpointFor(QStringLiteral("token_endpoint"), m_meta.tokenEndpoint, true));
        QVERIFY(t->binding);
        QCOMPARE(t->binding->presentedThumbprint,
            QString::fromLatin1(base64Url(sha256Thumbprint(certDer))));
        const bool advertised
            = m_document.value(QLatin1String("tls_client_certificate_bound_access_tokens"))
                  .toBool();
        if (t->binding->bound()) {
            if (!advertised)
                deviation(QStringLiteral(
                    "the tls_client_auth token is bound to the client certificate (cnf.x5t#S256 %1), but "
                    "discovery does not say tls_client_certificate_bound_access_tokens: true (RFC 8705 "
                    "§3.3: absent means false)")
                              .arg(t->binding->tokenThumbprint));
        } else if (advertised) {
            QFAIL(qPrintable(
                QStringLiteral("discovery says tls_client_certificate_bound_access_tokens, but: ")
                + t->binding->message()));
        } else {
            deviation(
                QStringLiteral(
                    "the tls_client_auth token is not bound to the client certificate (the AS does not advertise "
                    "tls_client_certificate_bound_access_tokens): ")
                + t->binding->message());
        }

        // Without the certificate the AS refuses the client.
        TokenTester noCert(
            &m_transport, environment(Connectivity::MutualTls), c, ClientCredentials {});
        auto refused = getToken(noCert);
        QVERIFY(refused);
        QVERIFY2(
            !refused->ok(), "a tls_client_auth client got a token without a client certificate");
    }

    /// tls_client_auth with the client the launcher created outside RFC 7591 (with-glewlwyd.sh:
    /// through the AS's admin API) and its certificate: OAUTHDESK_TEST_MTLS_CLIENT_ID, _CERT
    /// (PEM, issued by OAUTHDESK_TEST_CLIENT_CA) and _KEY (PKCS#8). @p asked is the client as the
    /// app would have it; @p other a certificate from the same CA with another subject, which the
    /// AS must refuse for that client (RFC 8705 §2.1.2: the subject is what identifies it).
    void tlsClientAuthWithProvisionedClient(const OAuthClient &asked, const TransportCert &other)
    {
        auto certs = parseCertificates(readFile(env("OAUTHDESK_TEST_MTLS_CLIENT_CERT")));
        QVERIFY2(certs && !certs->isEmpty(),
            qPrintable(QStringLiteral("OAUTHDESK_TEST_MTLS_CLIENT_CERT: ") + whyNot(certs)));
        auto key = privateKeyFromPkcs8(
            SecretBytes::fromBytes(readFile(env("OAUTHDESK_TEST_MTLS_CLIENT_KEY"))));
        QVERIFY2(key, qPrintable(QStringLiteral("OAUTHDESK_TEST_MTLS_CLIENT_KEY: ") + whyNot(key)));
        auto keyDer = privateKeyToPkcs8Der(key->get());
        QVERIFY(keyDer);
        auto info = certificateInfo(certs->first());
        QVERIFY2(info, qPrintable(whyNot(info)));
        OAuthClient c = asked;
        c.clientId = env("OAUTHDESK_TEST_MTLS_CLIENT_ID");
        c.name = QStringLiteral("interop tls (pre-provisioned)");
        qInfo("pre-provisioned tls_client_auth client %s, certificate subject %s",
            qPrintable(c.clientId), qPrintable(info->subject));
        checkTlsClientAuthToken(
            c, certs->first(), std::make_shared<const SecretBytes>(std::move(*keyDer)));
        if (QTest::currentTestFailed())
            return;

        // A certificate the AS's TLS layer trusts (same CA), but with another subject, is refused.
        ClientCredentials wrong;
        wrong.transportCertificateChainDer = { other.certDer };
        wrong.transportKeyPkcs8Der = other.keyDer;
        TokenTester otherSubject(&m_transport, environment(Connectivity::MutualTls), c, wrong);
        auto refused = getToken(otherSubject);
        QVERIFY(refused);
        QVERIFY2(!refused->ok(),
            qPrintable(QStringLiteral(
                "the client %1 got a token with a certificate for another subject (%2)")
                           .arg(c.clientId, other.subject)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!env("OAUTHDESK_TEST_ISSUER").isEmpty(),
            "run through tests/live/with-as.sh or with-glewlwyd.sh (ctest does)");
        QVERIFY2(
            !env("OAUTHDESK_TEST_IAT").isEmpty(), "no initial access token (OAUTHDESK_TEST_IAT)");
        // Every request ends (deadline) before the 20 s the waits below give it: no answer
        // arrives after its wait has given up and its stack frame is gone.
        m_transport.setDeadlineMs(15000);
        qRegisterMetaType<TokenTestResult>();
        qRegisterMetaType<SignInResult>();
        m_env.id = 1;
        m_env.name = QStringLiteral("Interop AS");
        m_env.issuer = QUrl(env("OAUTHDESK_TEST_ISSUER"));
        m_env.caBundlePath = env("OAUTHDESK_TEST_CA");
        std::optional<DiscoveryOutcome> outcome;
        fetchDiscovery(
            &m_transport, m_env, this, [&](DiscoveryOutcome o) { outcome = std::move(o); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY2(outcome->metadata,
            qPrintable(outcome->metadata ? QString() : whyNot(outcome->metadata)));
        m_meta = *outcome->metadata;
        m_document = QJsonDocument::fromJson(outcome->document).object();
        m_env.discoveryDocument = outcome->document;
        m_env.discoveryFetchedAt = QDateTime::currentDateTimeUtc();
    }

    void discovery()
    {
        // The issuer is what the environment says, also for a path issuer (RFC 8414 §3.3).
        QCOMPARE(m_meta.issuer, env("OAUTHDESK_TEST_ISSUER"));
        const QUrl issuer(m_meta.issuer);
        for (const QUrl &endpoint : { m_meta.tokenEndpoint, m_meta.jwksUri,
                 m_meta.registrationEndpoint, m_meta.introspectionEndpoint,
                 m_meta.revocationEndpoint, m_meta.authorizationEndpoint }) {
            QVERIFY2(!endpoint.isEmpty(),
                "the suite needs token, JWKS, registration, introspection, revocation and authorization endpoints");
            QCOMPARE(endpoint.scheme(), QStringLiteral("https"));
            QCOMPARE(endpoint.host(), issuer.host());
            QCOMPARE(endpoint.port(), issuer.port());
        }
        QVERIFY(m_meta.codeChallengeMethods.contains(QStringLiteral("S256")));
        for (const char *m : { "client_secret_basic", "client_secret_post", "private_key_jwt" })
            QVERIFY2(m_meta.tokenEndpointAuthMethods.contains(QLatin1String(m)), m);
        for (const char *s : { "openid", "accounts:read", "payments:write" })
            QVERIFY2(m_meta.scopes.contains(QLatin1String(s)), s);
        // RFC 8414 §2: grant_types_supported defaults to authorization_code and implicit; an AS
        // that issues client_credentials and refresh tokens should list them.
        if (m_document.contains(QLatin1String("grant_types_supported"))) {
            for (const char *g : { "client_credentials", "refresh_token" }) {
                if (!m_meta.grantTypes.contains(QLatin1String(g)))
                    deviation(
                        QStringLiteral("grant_types_supported %1 lacks %2, which the AS issues")
                            .arg(QString::fromUtf8(QJsonDocument(
                                     m_document.value(QLatin1String("grant_types_supported"))
                                         .toArray())
                                                       .toJson(QJsonDocument::Compact)),
                                QLatin1String(g)));
            }
        }
    }

    void untrustedCertificateIsReported()
    {
        Environment e = m_env;
        e.caBundlePath = env("OAUTHDESK_TEST_WRONG_CA");
        e.discoveryDocument.clear();
        std::optional<DiscoveryOutcome> outcome;
        fetchDiscovery(&m_transport, e, this, [&](DiscoveryOutcome o) { outcome = std::move(o); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY(!outcome->metadata);
        QCOMPARE(outcome->metadata.error().code, ErrorCode::TlsFailure);
    }

    void registrationAsTheAppSendsIt()
    {
        // Exactly what the wizard's "Register at … now" sends for a machine-to-machine client.
        const QJsonObject metadata = registrationMetadata(
            { m2mClient(AuthMethod::ClientSecretBasic, QStringLiteral("interop m2m")), {}, {},
                {} });
        QVERIFY(!metadata.contains(QLatin1String("redirect_uris")));
        const Registration r = registerMetadata(metadata);
        if (!r.client) {
            // The app names the field the AS objected to, and says that none was sent and that
            // RFC 7591 does not ask for one: a deviation explained, not advice about a bad URI.
            QVERIFY2(r.exchange.status == 400, qPrintable(exchangeText(r.exchange)));
            const QString said = r.client.error().message;
            QVERIFY2(said.startsWith(QLatin1String("Redirect URIs:"))
                    && said.contains(QLatin1String("none were sent"))
                    && said.contains(QLatin1String("RFC 7591"))
                    && !said.contains(QLatin1String("without a fragment")),
                qPrintable(whyNot(r.client)));
            deviation(QStringLiteral(
                "RFC 7591 §2 registration of a client_credentials client without redirect_uris: %1; "
                "OAuthDesk said: %2")
                          .arg(exchangeText(r.exchange), said));
            return;
        }
        QVERIFY(r.exchange.status == 201 || r.exchange.status == 200);
        if (r.exchange.status != 201)
            deviation(QStringLiteral("registration answered HTTP %1, RFC 7591 §3.2.1 says 201")
                          .arg(r.exchange.status));
        QVERIFY(!r.client->clientId.isEmpty());
        QVERIFY(r.client->clientSecret && !r.client->clientSecret->isEmpty());
        QVERIFY(r.client->registrationAccessToken);
        QVERIFY(r.client->registrationClientUri.isValid());
        // What the AS granted is what was asked (the pane lists any difference).
        const QList<MetadataDifference> differences = compareMetadata(r.sent, r.client->metadata);
        QStringList texts;
        for (const MetadataDifference &d : differences)
            texts.append(d.text);
        QVERIFY2(differences.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
    }

    void tokenWithClientSecret_data()
    {
        QTest::addColumn<AuthMethod>("method");
        QTest::newRow("client_secret_basic") << AuthMethod::ClientSecretBasic;
        QTest::newRow("client_secret_post") << AuthMethod::ClientSecretPost;
        QTest::newRow("client_secret_jwt") << AuthMethod::ClientSecretJwt;
    }

    void tokenWithClientSecret()
    {
        QFETCH(AuthMethod, method);
        if (!m_meta.tokenEndpointAuthMethods.contains(toWire(method))) {
            deviation(
                QStringLiteral("%1 is not in token_endpoint_auth_methods_supported (%2)")
                    .arg(toWire(method), m_meta.tokenEndpointAuthMethods.join(QLatin1Char(' '))));
            QSKIP("this AS does not offer the method");
        }
        const OAuthClient asked = m2mClient(method, QStringLiteral("interop secret"));
        const Registration r = registerClient({ asked, {}, {}, {} });
        QVERIFY2(
            r.client, qPrintable(whyNot(r.client) + QLatin1Char('\n') + exchangeText(r.exchange)));
        QVERIFY(r.client->clientSecret && !r.client->clientSecret->isEmpty());
        const OAuthClient c = applyRegistration(asked, *r.client);
        QCOMPARE(c.authMethod, method);

        TokenTester tester(&m_transport, environment(), c, r.client->clientSecret);
        auto t = getToken(tester);
        QVERIFY(t);
        QVERIFY2(t->ok(), qPrintable(t->ok() ? QString() : whyNot(t->token.result)));
        const TokenResponse &token = *t->token.result;
        QVERIFY(token.accessToken && !token.accessToken->isEmpty());
        QCOMPARE(token.tokenType.toLower(), QStringLiteral("bearer"));
        QVERIFY(token.expiresIn && *token.expiresIn > 0);
        QVERIFY2(token.grantedScopes.contains(QStringLiteral("accounts:read")),
            qPrintable(token.grantedScopes.join(QLatin1Char(' '))));
        if (t->jwt) { // a JWT access token is checked against the AS's JWKS
            QVERIFY(t->signature);
            QCOMPARE(t->signature->status, SignatureStatus::Valid);
        }
        const HttpRequest &sent = t->token.exchange.request;
        QCOMPARE(sent.url, m_meta.tokenEndpoint);
        bool basic = false;
        for (const auto &h : sent.headers)
            basic = basic || (h.first == "Authorization" && h.second.startsWith("Basic "));
        QCOMPARE(basic, method == AuthMethod::ClientSecretBasic);
        QCOMPARE(sent.body.contains("client_secret="), method == AuthMethod::ClientSecretPost);
        QCOMPARE(sent.body.contains("client_assertion="), method == AuthMethod::ClientSecretJwt);

        // A wrong secret is refused, and the app says what to check (32 bytes or more: HS256 needs
        // that much key, and a shorter one is refused before anything is sent).
        TokenTester wrong(&m_transport, environment(), c,
            std::make_shared<const SecretBytes>(
                SecretBytes::fromUtf8(QStringLiteral("not-the-secret-0123456789-abcdefghij"))));
        auto refused = getToken(wrong);
        QVERIFY(refused);
        QVERIFY(!refused->ok());
        const Error &e = refused->token.result.error();
        QCOMPARE(e.code, ErrorCode::Rejected);
        const HttpExchange &ex = refused->token.exchange;
        if (!(ex.status == 400 || ex.status == 401)
            || !ex.responseBody.contains("invalid_client")) {
            deviation(QStringLiteral(
                "a wrong client secret (%1) got %2 instead of RFC 6749 §5.2's 401/400 invalid_client; "
                "OAuthDesk said: %3")
                          .arg(toWire(method), exchangeText(ex), why(e)));
        }
        QVERIFY2(e.message.contains(QStringLiteral("secret")), qPrintable(why(e)));
    }

    void privateKeyJwtWithInlineJwks()
    {
        QString refusal;
        auto a = registerForMethod(AuthMethod::PrivateKeyJwt, &refusal);
        QVERIFY2(a, qPrintable(refusal));
        QCOMPARE(a->client.authMethod, AuthMethod::PrivateKeyJwt);
        QVERIFY(!a->credentials.clientSecret); // no secret for private_key_jwt
        TokenTester tester(&m_transport, environment(), a->client, a->credentials);
        auto t = getToken(tester);
        QVERIFY(t);
        QVERIFY2(t->ok(), qPrintable(t->ok() ? QString() : whyNot(t->token.result)));
        QVERIFY(t->clientAssertion);
        QCOMPARE(t->clientAssertion->alg, QStringLiteral("ES256"));
        QCOMPARE(t->clientAssertion->kid, a->credentials.signingKid);
        QCOMPARE(
            t->clientAssertion->claims.value(QLatin1String("iss")).toString(), a->client.clientId);
        QCOMPARE(
            t->clientAssertion->claims.value(QLatin1String("sub")).toString(), a->client.clientId);
        QCOMPARE(t->clientAssertion->claims.value(QLatin1String("aud")).toString(),
            m_meta.tokenEndpoint.toString());
        if (t->jwt)
            QCOMPARE(t->signature->status, SignatureStatus::Valid);
    }

    void tlsClientAuthBoundToken()
    {
        if (auto reason = notOffered(
                "token_endpoint_auth_methods_supported", QStringLiteral("tls_client_auth")))
            QSKIP(qPrintable(*reason));
        auto transport = issueTransportCertificate();
        QVERIFY(transport);
        OAuthClient asked = m2mClient(AuthMethod::TlsClientAuth, QStringLiteral("interop tls"));
        asked.certificateBoundTokens = true;
        const Registration r = registerClient({ asked, {}, transport->subject, {} });
        if (!r.client) {
            if (r.exchange.status == 400
                && r.exchange.responseBody.contains("invalid_client_metadata")) {
                deviation(QStringLiteral(
                    "discovery offers tls_client_auth, but RFC 7591 registration of it is refused: %1; OAuthDesk said: %2")
                              .arg(exchangeText(r.exchange), r.client.error().message));
                const QString refusal
                    = QStringLiteral("the AS's registration endpoint refuses tls_client_auth: ")
                    + QString::fromUtf8(r.exchange.responseBody.left(300));
                // The fallback only when the refusal names the auth method (the server's own
                // words).
                if (!r.exchange.responseBody.contains("token_endpoint_auth_method"))
                    QSKIP(qPrintable(refusal));
                if (env("OAUTHDESK_TEST_MTLS_CLIENT_ID").isEmpty())
                    QSKIP(qPrintable(refusal
                        + QStringLiteral(
                            " (and the launcher provides no OAUTHDESK_TEST_MTLS_CLIENT_ID)")));
                qInfo("%s; using the launcher's pre-provisioned tls_client_auth client %s",
                    qPrintable(refusal), qPrintable(env("OAUTHDESK_TEST_MTLS_CLIENT_ID")));
                tlsClientAuthWithProvisionedClient(asked, *transport);
                return;
            }
            QFAIL(qPrintable(whyNot(r.client) + QLatin1Char('\n') + exchangeText(r.exchange)));
        }
        checkTlsClientAuthToken(
            applyRegistration(asked, *r.client), transport->certDer, transport->keyDer);
    }

    void selfSignedTlsClientAuthBoundToken()
    {
        if (auto reason = notOffered("token_endpoint_auth_methods_supported",
                QStringLiteral("self_signed_tls_client_auth")))
            QSKIP(qPrintable(*reason));
        auto key = generateKey(KeyAlgorithm::EcP256);
        QVERIFY(key);
        SubjectFields fields;
        fields.commonName = QStringLiteral("interop-self-signed");
        auto cert = createSelfSigned(key->get(), fields, CertificatePurpose::Transport, 30);
        QVERIFY(cert);
        const QJsonObject jwk = publicJwk(key->get()).value();
        const QString kid = jwkThumbprint(jwk).value();
        OAuthClient asked
            = m2mClient(AuthMethod::SelfSignedTlsClientAuth, QStringLiteral("interop self-signed"));
        asked.certificateBoundTokens = true;
        const Registration r
            = registerClient({ asked, jwksDocument({ { jwk, kid, {}, { *cert }, {} } }), {}, {} });
        if (!r.client) {
            if (r.exchange.status == 400
                && r.exchange.responseBody.contains("invalid_client_metadata")) {
                deviation(QStringLiteral(
                    "discovery offers self_signed_tls_client_auth, but RFC 7591 registration of it is refused: %1")
                              .arg(exchangeText(r.exchange)));
                QSKIP(qPrintable(
                    QStringLiteral(
                        "the AS's registration endpoint refuses self_signed_tls_client_auth: ")
                    + QString::fromUtf8(r.exchange.responseBody.left(300))));
            }
            QFAIL(qPrintable(whyNot(r.client) + QLatin1Char('\n') + exchangeText(r.exchange)));
        }
        ClientCredentials cred;
        cred.transportCertificateChainDer = { *cert };
        cred.transportKeyPkcs8Der
            = std::make_shared<const SecretBytes>(privateKeyToPkcs8Der(key->get()).value());
        TokenTester tester(&m_transport, environment(Connectivity::MutualTls),
            applyRegistration(asked, *r.client), cred);
        auto t = getToken(tester);
        QVERIFY(t);
        QVERIFY2(t->ok(), qPrintable(t->ok() ? QString() : whyNot(t->token.result)));
        QVERIFY2(t->binding && t->binding->bound(),
            qPrintable(t->binding ? t->binding->message() : QStringLiteral("no binding")));
    }

    void registrationManagement()
    {
        const OAuthClient asked
            = m2mClient(AuthMethod::ClientSecretBasic, QStringLiteral("interop managed"));
        const Registration r = registerClient({ asked, {}, {}, {} });
        QVERIFY2(
            r.client, qPrintable(whyNot(r.client) + QLatin1Char('\n') + exchangeText(r.exchange)));
        if (!r.client->registrationAccessToken || r.client->registrationClientUri.isEmpty())
            QSKIP(
                "the AS's registration answer has no registration_access_token / registration_client_uri (no RFC 7592 management)");
        QVERIFY(r.client->registrationClientUri.toString().contains(r.client->clientId));

        // Read back (RFC 7592 §2.1): the same client, as registered.
        RegistrationCall get;
        get.method = "GET";
        get.url = r.client->registrationClientUri;
        get.bearer = r.client->registrationAccessToken;
        const HttpExchange read = sendCall(get);
        auto readBack = parseRegistrationResponse(read, RegistrationStep::Read);
        QVERIFY2(readBack, qPrintable(whyNot(readBack) + QLatin1Char('\n') + exchangeText(read)));
        QCOMPARE(read.status, 200);
        QCOMPARE(readBack->clientId, r.client->clientId);
        const QJsonObject &m = readBack->metadata;
        // RFC 7591 §2: token_endpoint_auth_method is a string, grant_types what was registered.
        const QJsonValue method = m.value(QLatin1String("token_endpoint_auth_method"));
        if (!method.isString()) {
            const AuthMethod kept
                = applyRegistration(m2mClient(AuthMethod::None, {}), *readBack).authMethod;
            deviation(QStringLiteral(
                "RFC 7592 read-back: token_endpoint_auth_method is %1, not a string; OAuthDesk's "
                "applyRegistration %2")
                          .arg(QString::fromUtf8(QJsonDocument(QJsonArray { method })
                                                     .toJson(QJsonDocument::Compact))
                                   .mid(1)
                                   .chopped(1),
                              kept == AuthMethod::None
                                  ? QStringLiteral(
                                      "does not read it (keeps the method the client had)")
                                  : QStringLiteral("reads it as ") + toWire(kept)));
        }
        QList<MetadataDifference> differences = compareMetadata(r.sent, m);
        for (const MetadataDifference &d : differences)
            deviation(
                QStringLiteral("RFC 7592 read-back differs from the registration: %1").arg(d.text));
        // What the app would store from the read-back: the same client ID and auth method.
        const OAuthClient stored = applyRegistration(asked, *readBack);
        QCOMPARE(stored.clientId, r.client->clientId);
        QCOMPARE(stored.authMethod, AuthMethod::ClientSecretBasic);

        // Update (RFC 7592 §2.2): the full metadata with a new name; the current secret goes along.
        OAuthClient renamed = asked;
        renamed.name = QStringLiteral("interop managed, renamed");
        RegistrationCall put;
        put.method = "PUT";
        put.url = r.client->registrationClientUri;
        put.bearer = r.client->registrationAccessToken;
        put.body = registrationMetadata({ renamed, {}, {}, {} });
        if (r.sent.contains(QLatin1String("redirect_uris")))
            put.body.insert(
                QStringLiteral("redirect_uris"), r.sent.value(QLatin1String("redirect_uris")));
        put.body.insert(QStringLiteral("client_id"), r.client->clientId);
        put.clientSecret = r.client->clientSecret;
        const HttpExchange updatedEx = sendCall(put);
        auto updated = parseRegistrationResponse(updatedEx, RegistrationStep::Update);
        QVERIFY2(
            updated, qPrintable(whyNot(updated) + QLatin1Char('\n') + exchangeText(updatedEx)));
        QCOMPARE(updated->metadata.value(QLatin1String("client_name")).toString(), renamed.name);
        // A rotated registration access token replaces the old one (RFC 7592 §2.2 allows it).
        const auto rat = updated->registrationAccessToken ? updated->registrationAccessToken
                                                          : r.client->registrationAccessToken;

        // The secret still gets a token after the update.
        TokenTester tester(&m_transport, environment(), applyRegistration(asked, *r.client),
            updated->clientSecret ? updated->clientSecret : r.client->clientSecret);
        auto t = getToken(tester);
        QVERIFY(t);
        QVERIFY2(t->ok(), qPrintable(t->ok() ? QString() : whyNot(t->token.result)));

        // Delete (RFC 7592 §2.3), then neither the registration nor the client works.
        RegistrationCall del;
        del.method = "DELETE";
        del.url = r.client->registrationClientUri;
        del.bearer = rat;
        const HttpExchange deletedEx = sendCall(del);
        auto deleted = parseRegistrationDelete(deletedEx);
        QVERIFY2(
            deleted, qPrintable(whyNot(deleted) + QLatin1Char('\n') + exchangeText(deletedEx)));
        if (deletedEx.status != 204)
            deviation(QStringLiteral("RFC 7592 DELETE answered HTTP %1, RFC 7592 §2.3 says 204")
                          .arg(deletedEx.status));
        get.bearer = rat;
        const HttpExchange gone = sendCall(get);
        QVERIFY2(gone.status == 401 || gone.status == 403 || gone.status == 404,
            qPrintable(exchangeText(gone)));
        QVERIFY(!parseRegistrationResponse(gone, RegistrationStep::Read));
        auto after = getToken(tester);
        QVERIFY(after);
        QVERIFY2(!after->ok(), "a deleted client still gets tokens");
    }

    void introspectionAndRevocation_data()
    {
        QTest::addColumn<AuthMethod>("method");
        QTest::newRow("client_secret_basic") << AuthMethod::ClientSecretBasic;
        QTest::newRow("client_secret_post") << AuthMethod::ClientSecretPost;
        QTest::newRow("private_key_jwt") << AuthMethod::PrivateKeyJwt;
    }

    void introspectionAndRevocation()
    {
        QFETCH(AuthMethod, method);
        // A token every AS keeps and can answer about: the refresh token of a sign-in (some ASs,
        // oidc-provider among them, do not store JWT access tokens and call them inactive).
        QString refusal;
        auto web = registerWebClient(method, &refusal);
        QVERIFY2(web, qPrintable(refusal));
        TestBrowser browser;
        SignInTester tester(&m_transport, environment(), web->client, web->credentials);
        const SignedIn signedIn = signIn(tester, browser);
        QVERIFY2(signedIn.result && signedIn.result->token.ok(), qPrintable(signedIn.problem()));
        const TokenResponse &tokens = *signedIn.result->token.token.result;
        QVERIFY(tokens.refreshToken && !tokens.refreshToken->isEmpty());

        TokenCall call;
        call.endpoint = m_meta.introspectionEndpoint;
        call.tokenEndpoint = m_meta.tokenEndpoint;
        call.client = { web->client.clientId, method, web->credentials.clientSecret,
            withAudienceRule(web->credentials, environment()) };
        call.token = tokens.refreshToken;
        call.kind = TokenKind::RefreshToken;
        auto introspect = [&](const TokenCall &c) {
            std::optional<IntrospectionOutcome> out;
            introspectToken(&m_transport, c, m_env.caBundlePath, this,
                [&](IntrospectionOutcome o) { out = std::move(o); });
            if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
                qFatal("no introspection answer");
            return std::move(*out);
        };
        auto revoke = [&](const TokenCall &c) {
            std::optional<RevocationOutcome> out;
            revokeToken(&m_transport, c, m_env.caBundlePath, this,
                [&](RevocationOutcome o) { out = std::move(o); });
            if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
                qFatal("no revocation answer");
            return std::move(*out);
        };

        IntrospectionOutcome before = introspect(call);
        if (!before.result && method == AuthMethod::PrivateKeyJwt
            && before.exchange.status == 401) {
            // The assertion named the token endpoint (the environment's default rule). Some ASs
            // want the endpoint called (RFC 7521 §5.2 allows it): the environment setting for that.
            Environment endpointCalled = environment();
            endpointCalled.assertionAudience = AssertionAudience::EndpointCalled;
            TokenCall retry = call;
            retry.client.credentials = withAudienceRule(call.client.credentials, endpointCalled);
            IntrospectionOutcome retried = introspect(retry);
            QVERIFY2(retried.result,
                qPrintable(
                    QStringLiteral("refused with aud = the token endpoint (%1) and with aud = the "
                                   "endpoint called (%2)")
                        .arg(exchangeText(before.exchange), exchangeText(retried.exchange))));
            deviation(QStringLiteral(
                "private_key_jwt at introspection: aud = the token endpoint is refused (%1; OAuthDesk said: %2); "
                "the environment setting \"%3\" (aud = %4) works")
                          .arg(exchangeText(before.exchange), whyNot(before.result),
                              displayName(AssertionAudience::EndpointCalled),
                              call.endpoint.toString()));
            call = retry;
            before = std::move(retried);
        }
        if (!before.result) {
            std::optional<QString> reason
                = notOffered("introspection_endpoint_auth_methods_supported", toWire(method));
            if (!m_document.contains(
                    QLatin1String("introspection_endpoint_auth_methods_supported")))
                reason = method == AuthMethod::ClientSecretBasic
                    ? std::nullopt
                    : std::optional<QString>(QStringLiteral(
                        "the AS's discovery has no introspection_endpoint_auth_methods_supported, "
                        "so only the default client_secret_basic is offered (RFC 8414 §2)"));
            if (reason) {
                deviation(
                    QStringLiteral("introspection with %1 refused: %2; OAuthDesk said: %3")
                        .arg(toWire(method), exchangeText(before.exchange), whyNot(before.result)));
                QSKIP(qPrintable(*reason));
            }
            QFAIL(qPrintable(
                whyNot(before.result) + QLatin1Char('\n') + exchangeText(before.exchange)));
        }
        // RFC 8414 §2: without introspection_endpoint_auth_methods_supported the default is
        // client_secret_basic; a list that leaves out a method that works is merely incomplete.
        if (m_document.contains(QLatin1String("introspection_endpoint_auth_methods_supported"))) {
            if (auto reason
                = notOffered("introspection_endpoint_auth_methods_supported", toWire(method)))
                deviation(QStringLiteral("introspection with %1 works although %2")
                              .arg(toWire(method), *reason));
        }
        QVERIFY(before.result->active);
        // client_id is OPTIONAL in RFC 7662 §2.2; when it is there it names the token's client.
        if (before.result->claims.contains(QLatin1String("client_id"))) {
            QCOMPARE(before.result->claims.value(QLatin1String("client_id")).toString(),
                web->client.clientId);
        } else {
            deviation(QStringLiteral(
                "introspection with %1 leaves out client_id (it is there with client_secret_basic): %2")
                          .arg(toWire(method), exchangeText(before.exchange)));
        }
        QVERIFY(before.result->claims.value(QLatin1String("scope"))
                    .toString()
                    .contains(QLatin1String("accounts:read")));
        QVERIFY(before.result->summary().startsWith(QLatin1String("Active")));
        QVERIFY(!before.exchange.requestText().contains(tokens.refreshToken->toUtf8String()));

        TokenCall revokeCall = call;
        revokeCall.endpoint = m_meta.revocationEndpoint;
        RevocationOutcome revoked = revoke(revokeCall);
        QVERIFY2(revoked.result,
            qPrintable(
                whyNot(revoked.result) + QLatin1Char('\n') + exchangeText(revoked.exchange)));
        QCOMPARE(revoked.exchange.status, 200);

        IntrospectionOutcome after = introspect(call);
        QVERIFY2(after.result,
            qPrintable(whyNot(after.result) + QLatin1Char('\n') + exchangeText(after.exchange)));
        QVERIFY(!after.result->active);
        QVERIFY(after.result->summary().startsWith(QLatin1String("Inactive")));
        // And the revoked refresh token no longer refreshes.
        const SignedIn refreshed = signIn(tester, browser, true);
        QVERIFY(refreshed.result);
        QVERIFY2(!refreshed.result->token.ok(), "a revoked refresh token still refreshes");
    }

    void signInWithPkceThenRefresh()
    {
        QString refusal;
        auto web = registerWebClient(AuthMethod::ClientSecretBasic, &refusal);
        QVERIFY2(web, qPrintable(refusal));
        TestBrowser browser;
        SignInTester tester(&m_transport, environment(), web->client, web->credentials);
        const SignedIn first = signIn(tester, browser);
        QVERIFY2(first.result && first.result->token.ok(), qPrintable(first.problem()));
        const SignInResult &signedIn = *first.result;
        QCOMPARE(signedIn.redirectUri, QUrl(web->client.redirectUris.first()));
        QVERIFY2(first.walk && first.walk->ok, qPrintable(first.problem()));
        QCOMPARE(first.walk->status, 200);
        QVERIFY(!signedIn.callbackError);
        // PKCE went with it: the challenge in the authorization request, the verifier (secret) in
        // the code exchange, with the client's own authentication.
        const QUrlQuery authorization(signedIn.authorizationUrl);
        QCOMPARE(authorization.queryItemValue(QStringLiteral("code_challenge_method")),
            QStringLiteral("S256"));
        QVERIFY(!authorization.queryItemValue(QStringLiteral("code_challenge")).isEmpty());
        const HttpRequest &exchange = signedIn.token.token.exchange.request;
        QVERIFY(exchange.secretFormFields.contains("code_verifier"));
        QVERIFY(exchange.body.contains("grant_type=authorization_code"));
        bool basic = false;
        for (const auto &h : exchange.headers)
            basic = basic || (h.first == "Authorization" && h.second.startsWith("Basic "));
        QVERIFY(basic);
        // The ID token, checked in every way against the AS's JWKS.
        QVERIFY(signedIn.idToken);
        QStringList failed;
        for (const Check &line : signedIn.idToken->checks) {
            if (!line.passed)
                failed.append(line.name + QStringLiteral(": ") + line.text);
        }
        QVERIFY2(signedIn.idToken->ok(), qPrintable(failed.join(QLatin1Char('\n'))));
        QCOMPARE(signedIn.idToken->signature.status, SignatureStatus::Valid);
        QVERIFY(!signedIn.idToken->subject().isEmpty());
        QVERIFY(
            signedIn.token.token.result->grantedScopes.contains(QStringLiteral("accounts:read")));
        QVERIFY(signedIn.token.token.result->refreshToken);

        // Refresh: a new access token with the (possibly rotated) refresh token.
        QVERIFY(tester.canRefresh());
        const QByteArray firstAccess = signedIn.token.token.result->accessToken->toByteArray();
        const SignedIn refreshed = signIn(tester, browser, true);
        QVERIFY2(refreshed.result && refreshed.result->token.ok(), qPrintable(refreshed.problem()));
        QVERIFY(refreshed.result->refreshed);
        QVERIFY(refreshed.result->token.token.result->accessToken->toByteArray() != firstAccess);
        QVERIFY(refreshed.result->token.token.exchange.request.secretFormFields.contains(
            "refresh_token"));
    }
};

QTEST_GUILESS_MAIN(TestLiveInterop)
#include "tst_live_interop.moc"
