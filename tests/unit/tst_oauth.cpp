// SPDX-License-Identifier: GPL-3.0-or-later
// lib/oauth without an authorization server: request building (RFC 6749 §2.3.1 encoding),
// response reading (a 200 that is not a token is a failure), error words, redaction, and the
// transport's timeout and size cap against tiny local sockets (a mock beside the live suite,
// which proves the same code against the real provider).
#include "jose/Jwt.h"
#include "oauth/Discovery.h"
#include "oauth/TokenClient.h"
#include "oauth/TokenInspector.h"
#include "oauth/TokenTester.h"
#include "oauth/Transport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace oauthdesk;

namespace {

HttpExchange answered(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpExchange ex;
    ex.status = status;
    ex.responseHeaders = { { "Content-Type", contentType } };
    ex.responseBody = body;
    return ex;
}

TokenRequest request(AuthMethod method, const QString &id, const QString &secret)
{
    TokenRequest r;
    r.tokenEndpoint = QUrl(QStringLiteral("https://as.example.com/token"));
    r.clientId = id;
    r.authMethod = method;
    r.clientSecret = std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(secret));
    r.scopes = { QStringLiteral("accounts:read"), QStringLiteral("payments:write") };
    r.extraHeaders = { { QStringLiteral("X-Region"), QStringLiteral("2"), {} } };
    return r;
}

/// A local HTTP server that answers every request with @p response (or never, when empty).
class FakeServer : public QTcpServer
{
public:
    explicit FakeServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    s->readAll();
                    if (!m_response.isEmpty())
                        s->write(m_response);
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const char *path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2")
                        .arg(serverPort())
                        .arg(QString::fromLatin1(path)));
    }

private:
    QByteArray m_response;
};

/// A local HTTP server that answers with headers, then one byte of body every 50 ms, forever:
/// never idle long enough for the inactivity timeout.
class TricklingServer : public QTcpServer
{
public:
    TricklingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    s->readAll();
                    s->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
                    auto *drip = new QTimer(s);
                    QObject::connect(drip, &QTimer::timeout, s, [s] { s->write(" "); });
                    drip->start(50);
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const char *path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2")
                        .arg(serverPort())
                        .arg(QString::fromLatin1(path)));
    }
};

} // namespace

class TestOAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formEncoding_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plain") << QByteArray("abc-._~123") << QByteArray("abc-._%7E123");
        QTest::newRow("space") << QByteArray("a b") << QByteArray("a+b");
        QTest::newRow("reserved") << QByteArray("s3cr3t+/=%&:?")
                                  << QByteArray("s3cr3t%2B%2F%3D%25%26%3A%3F");
        QTest::newRow("utf-8") << QByteArray("ü") << QByteArray("%C3%BC");
    }
    void formEncoding()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, encoded);
        QCOMPARE(formEncode(raw), encoded);
        QCOMPARE(QByteArray::fromPercentEncoding(QByteArray(encoded).replace('+', ' ')), raw);
    }

    void basicAuthEncodesIdAndSecretFirst()
    {
        auto req = buildTokenRequest(request(AuthMethod::ClientSecretBasic,
            QStringLiteral("weird:client"), QStringLiteral("s3cr3t+/=%&:?")));
        QVERIFY(req);
        QByteArray auth;
        for (const auto &h : req->headers) {
            if (h.first == "Authorization")
                auth = h.second;
        }
        // RFC 6749 §2.3.1: base64(form-encode(id) ":" form-encode(secret)).
        QCOMPARE(
            auth, "Basic " + QByteArray("weird%3Aclient:s3cr3t%2B%2F%3D%25%26%3A%3F").toBase64());
        QCOMPARE(req->body,
            QByteArray("grant_type=client_credentials&scope=accounts%3Aread+payments%3Awrite"));
        QVERIFY(!req->body.contains("client_secret"));
        QVERIFY(req->secretHeaders.contains("Authorization"));
    }

    void postAuthPutsCredentialsInTheBody()
    {
        auto req = buildTokenRequest(request(AuthMethod::ClientSecretPost,
            QStringLiteral("post-client"), QStringLiteral("p@ss word")));
        QVERIFY(req);
        QVERIFY(req->body.contains("client_id=post-client"));
        QVERIFY(req->body.contains("client_secret=p%40ss+word"));
        for (const auto &h : req->headers)
            QVERIFY(h.first != "Authorization");
        HttpExchange ex;
        ex.request = *req;
        QVERIFY(!ex.requestText().contains(QStringLiteral("p%40ss")));
        QVERIFY(ex.requestText().contains(QStringLiteral("client_secret=<redacted>")));
        QVERIFY(ex.requestText(true).contains(QStringLiteral("client_secret=p%40ss+word")));
        const QString curl = ex.curl(false, QStringLiteral("/tmp/ca.pem"));
        QVERIFY(curl.startsWith(QStringLiteral("curl -X POST --cacert '/tmp/ca.pem'")));
        QVERIFY(curl.contains(QStringLiteral("-H 'X-Region: 2'")));
        QVERIFY(!curl.contains(QStringLiteral("p%40ss")));
    }

    // client_secret_jwt: the secret MACs an assertion and never goes on the wire; HS256 unless
    // the AS's metadata lists only other HMAC algorithms.
    void clientSecretJwtRequest()
    {
        const QString secret = QStringLiteral("a-secret-of-more-than-thirty-two-bytes-0123456789");
        TokenRequest r = request(AuthMethod::ClientSecretJwt, QStringLiteral("c-1"), secret);
        auto req = buildTokenRequest(r);
        QVERIFY2(req, req ? "" : qPrintable(req.error().message));
        QVERIFY(!req->body.contains(secret.toUtf8()));
        QVERIFY(!req->body.contains("client_secret="));
        QVERIFY(req->body.contains(
            "client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"));
        QVERIFY(req->secretFormFields.contains("client_assertion"));
        auto assertionOf = [](const HttpRequest &h) {
            for (const QByteArray &part : h.body.split('&'))
                if (part.startsWith("client_assertion="))
                    return decodeJwt(QByteArray::fromPercentEncoding(part.mid(17)));
            return decodeJwt(QByteArray());
        };
        auto a = assertionOf(*req);
        QVERIFY(a);
        QCOMPARE(a->alg, QStringLiteral("HS256"));
        QCOMPARE(a->claims.value(QLatin1String("aud")).toString(),
            QStringLiteral("https://as.example.com/token"));

        Environment env;
        env.issuer = QUrl(QStringLiteral("https://as.example.com"));
        for (const auto &[listed, expected] :
            { std::pair { "[\"RS256\",\"HS384\",\"HS512\"]", "HS384" },
                std::pair { "[\"HS512\",\"HS256\"]", "HS256" },
                std::pair { "[\"PS256\"]", "HS256" } }) {
            env.discoveryDocument
                = QByteArray(R"({"token_endpoint_auth_signing_alg_values_supported":)") + listed
                + '}';
            r.credentials = withAudienceRule(r.credentials, env);
            QCOMPARE(r.credentials.macAlg, QString::fromLatin1(expected));
            auto built = buildTokenRequest(r);
            QVERIFY(built);
            QCOMPARE(assertionOf(*built)->alg, QString::fromLatin1(expected));
        }
        // A secret shorter than HS256's key: refused before anything is sent, saying what to do.
        r = request(AuthMethod::ClientSecretJwt, QStringLiteral("c-1"), QStringLiteral("short"));
        auto refused = buildTokenRequest(r);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("at least 32 bytes")),
            qPrintable(refused.error().message));
    }

    void certificateMethodsAreNotYetTestable()
    {
        auto req = buildTokenRequest(
            request(AuthMethod::PrivateKeyJwt, QStringLiteral("c"), QStringLiteral("s")));
        QVERIFY(!req);
        QVERIFY(req.error().message.contains(QStringLiteral("private_key_jwt")));
    }

    void responses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        QTest::newRow("token")
            << 200 << QByteArray("application/json")
            << QByteArray(
                   R"({"access_token":"abc","token_type":"Bearer","expires_in":300,"scope":"accounts:read"})")
            << true << QString();
        QTest::newRow("html login page")
            << 200 << QByteArray("text/html")
            << QByteArray("<!doctype html><html><body>Sign in</body></html>") << false
            << "HTML page";
        QTest::newRow("json without token")
            << 200 << QByteArray("application/json") << QByteArray(R"({"status":"ok"})") << false
            << "no access_token";
        QTest::newRow("no token_type")
            << 200 << QByteArray("application/json") << QByteArray(R"({"access_token":"abc"})")
            << false << "token_type";
        QTest::newRow("not json") << 200 << QByteArray("text/plain")
                                  << QByteArray("access_token=abc") << false << "not with JSON";
        QTest::newRow("invalid_client")
            << 401 << QByteArray("application/json") << QByteArray(R"({"error":"invalid_client"})")
            << false << "rejected this client's credentials";
        QTest::newRow("invalid_scope")
            << 400 << QByteArray("application/json") << QByteArray(R"({"error":"invalid_scope"})")
            << false << "refused the scopes of the client credentials request";
        QTest::newRow("unauthorized_client") << 400 << QByteArray("application/json")
                                             << QByteArray(R"({"error":"unauthorized_client"})")
                                             << false << "not allowed the client credentials grant";
        QTest::newRow("unsupported_grant_type")
            << 400 << QByteArray("application/json")
            << QByteArray(R"({"error":"unsupported_grant_type"})") << false << "does not support";
        QTest::newRow("bad gateway html")
            << 502 << QByteArray("text/html") << QByteArray("<html>Bad gateway</html>") << false
            << "HTTP 502, a server error";
    }
    void responses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        auto r = parseTokenResponse(answered(status, contentType, body),
            { QStringLiteral("accounts:read"), QStringLiteral("payments:write") });
        QCOMPARE(bool(r), ok);
        if (ok) {
            QCOMPARE(r->accessToken->toUtf8String(), QStringLiteral("abc"));
            QCOMPARE(r->scopesNotGranted(),
                QStringList { QStringLiteral("payments:write") }); // narrowed: warned in the pane
            QVERIFY(r->expiresAt());
            return;
        }
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    }

    void certificateBindingVerdicts()
    {
        using V = CertificateBinding::Verdict;
        CertificateBinding b;
        b.presentedThumbprint = QStringLiteral("abc");
        b.expected = true;
        b.tokenThumbprint = QStringLiteral("abc");
        QCOMPARE(b.verdict(), V::Bound);
        b.tokenThumbprint = QStringLiteral("xyz");
        QCOMPARE(b.verdict(), V::OtherCertificate);
        QVERIFY(b.message().contains(QStringLiteral("ANOTHER")));
        b.tokenThumbprint.clear();
        QCOMPARE(b.verdict(), V::Missing);
        QVERIFY(!b.good());

        // Regression (issue 12, defect 4): an opaque token's binding is unknown, not missing,
        // until the AS's introspection settles it.
        b.evidence = BindingEvidence::NotVisible;
        QCOMPARE(b.verdict(), V::Unknown);
        QVERIFY2(b.message().contains(QStringLiteral("unknown until introspected")),
            qPrintable(b.message()));
        QVERIFY(!b.message().contains(QStringLiteral("NOT certificate-bound")));
        b.settleFromIntrospection(QJsonObject { { QStringLiteral("active"), false } });
        QCOMPARE(b.verdict(), V::Unknown); // an inactive answer settles nothing
        b.settleFromIntrospection(QJsonObject { { QStringLiteral("active"), true },
            { QStringLiteral("cnf"),
                QJsonObject { { QStringLiteral("x5t#S256"), QStringLiteral("abc") } } } });
        QCOMPARE(b.verdict(), V::Bound);
        QCOMPARE(b.evidence, BindingEvidence::Introspection);
        QVERIFY(b.message().contains(QStringLiteral("introspection")));
        b.settleFromIntrospection(
            QJsonObject { { QStringLiteral("active"), true } }); // introspected again: no cnf now
        QCOMPARE(b.verdict(), V::Missing);
        QVERIFY(b.message().contains(QStringLiteral("introspection of the token has no cnf")));

        // A JWT's own cnf is never overridden by an introspection.
        CertificateBinding jwt;
        jwt.presentedThumbprint = QStringLiteral("abc");
        jwt.tokenThumbprint = QStringLiteral("abc");
        jwt.settleFromIntrospection(QJsonObject { { QStringLiteral("active"), true } });
        QCOMPARE(jwt.verdict(), V::Bound);
        QCOMPARE(jwt.evidence, BindingEvidence::Token);
    }

    /// The one inspector "Get test token" and "Test sign-in" share, on what the answer itself
    /// says (no JWKS needed): the access token decoded or left opaque, its binding to the
    /// certificate presented (RFC 8705 §3.1), the client assertion sent.
    void inspectorReadsWhatTheAnswerSays()
    {
        using V = CertificateBinding::Verdict;
        auto b64 = [](const QByteArray &b) -> QByteArray {
            return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        auto jwt = [&](const QJsonObject &claims) -> QByteArray {
            return b64(R"({"alg":"ES256","kid":"k1"})") + '.'
                + b64(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + b64("sig");
        };
        const QByteArray der = "certificate DER bytes";
        const QString thumbprint
            = QString::fromLatin1(b64(QCryptographicHash::hash(der, QCryptographicHash::Sha256)));
        auto answer = [&](const QByteArray &accessToken, bool presented) {
            TokenTestResult r;
            TokenResponse t;
            t.accessToken = std::make_shared<const SecretBytes>(
                SecretBytes::fromUtf8(QString::fromLatin1(accessToken)));
            t.tokenType = QStringLiteral("Bearer");
            r.token.result = t;
            if (presented)
                r.token.exchange.request.clientCertificateChainDer = { der };
            return r;
        };
        const QJsonObject bound { { QStringLiteral("cnf"),
            QJsonObject { { QStringLiteral("x5t#S256"), thumbprint } } } };

        TokenTestResult r = TokenInspector::read(answer(jwt(bound), true), true);
        QVERIFY(r.jwt);
        QCOMPARE(r.jwt->kid, QStringLiteral("k1"));
        QVERIFY(r.binding);
        QCOMPARE(r.binding->presentedThumbprint, thumbprint);
        QCOMPARE(r.binding->verdict(), V::Bound);
        QVERIFY(!r.signature); // only inspect() checks it, against the AS's JWKS

        r = TokenInspector::read(answer("opaque-token", true), true);
        QVERIFY(!r.jwt && r.jwksProblem.isEmpty()); // opaque is not an error
        QVERIFY(r.binding);
        QCOMPARE(r.binding->verdict(), V::Unknown);
        r = TokenInspector::read(answer(jwt({}), false), true);
        QVERIFY(r.binding);
        QCOMPARE(r.binding->verdict(), V::Missing);
        r = TokenInspector::read(answer(jwt(bound), false), true);
        QVERIFY(r.binding);
        QCOMPARE(r.binding->verdict(), V::NothingPresented);
        QVERIFY(!TokenInspector::read(answer(jwt({}), false), false)
                     .binding); // nothing presented, nothing expected

        TokenTestResult withAssertion = answer("opaque-token", false);
        withAssertion.token.clientAssertion = jwt(QJsonObject {
            { QStringLiteral("aud"), QStringLiteral("https://as.example.com/token") } });
        r = TokenInspector::read(withAssertion, false);
        QVERIFY(r.clientAssertion);
        QCOMPARE(r.clientAssertion->claims.value(QStringLiteral("aud")).toString(),
            QStringLiteral("https://as.example.com/token"));

        TokenTestResult failed;
        failed.token.result = fail(ErrorCode::Rejected, QStringLiteral("refused"));
        failed.token.exchange.request.clientCertificateChainDer = { der };
        QVERIFY(!TokenInspector::read(failed, true).binding); // no token, nothing to say about it
    }

    void omittedScopeMeansAsRequested()
    {
        auto r = parseTokenResponse(
            answered(200, "application/json", R"({"access_token":"abc","token_type":"Bearer"})"),
            { QStringLiteral("accounts:read") });
        QVERIFY(r);
        QVERIFY(r->scopeWasOmitted);
        QCOMPARE(r->grantedScopes, QStringList { QStringLiteral("accounts:read") });
        QVERIFY(!r->expiresAt());
    }

    void discoveryUrls()
    {
        const auto plain = oauthdesk::discoveryUrls(QUrl(QStringLiteral("https://as.example.com")));
        QCOMPARE(plain.at(0),
            QUrl(QStringLiteral("https://as.example.com/.well-known/openid-configuration")));
        QCOMPARE(plain.at(1),
            QUrl(QStringLiteral("https://as.example.com/.well-known/oauth-authorization-server")));
        const auto tenant
            = oauthdesk::discoveryUrls(QUrl(QStringLiteral("https://as.example.com/tenant1")));
        QCOMPARE(tenant.at(0),
            QUrl(
                QStringLiteral("https://as.example.com/tenant1/.well-known/openid-configuration")));
        QCOMPARE(tenant.at(1),
            QUrl(QStringLiteral(
                "https://as.example.com/.well-known/oauth-authorization-server/tenant1")));
        auto bad = parseDiscovery(
            R"({"issuer":"https://as.example.com","token_endpoint":"http://as.example.com/token"})",
            QUrl(QStringLiteral("https://as.example.com")));
        QVERIFY(!bad); // a plain-http token endpoint on a real host is refused
        // Regression (issue 13): no downgrade on loopback. An https issuer's document naming
        // http://127.0.0.1 endpoints is refused (the secret would go out in clear text) ...
        auto downgrade = parseDiscovery(
            R"({"issuer":"https://127.0.0.1:8443","token_endpoint":"http://127.0.0.1:8080/token"})",
            QUrl(QStringLiteral("https://127.0.0.1:8443")));
        QVERIFY(!downgrade);
        QVERIFY2(downgrade.error().message.contains(
                     QLatin1String("token_endpoint is http://127.0.0.1:8080/token"))
                && downgrade.error().message.contains(QLatin1String("clear text")),
            qPrintable(downgrade.error().message));
        auto alias = parseDiscovery(
            R"({"issuer":"https://127.0.0.1:8443","token_endpoint":"https://127.0.0.1:8443/token",)"
            R"("mtls_endpoint_aliases":{"token_endpoint":"http://127.0.0.1:8080/token"}})",
            QUrl(QStringLiteral("https://127.0.0.1:8443")));
        QVERIFY(!alias);
        QVERIFY(
            alias.error().message.contains(QLatin1String("mtls_endpoint_aliases.token_endpoint")));
        // ... while an issuer that is itself http on loopback keeps its http endpoints.
        auto loopback = parseDiscovery(
            R"({"issuer":"http://127.0.0.1:8080","token_endpoint":"http://127.0.0.1:8080/token"})",
            QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY2(loopback, qPrintable(loopback ? QString() : loopback.error().message));
        auto html = parseDiscovery("<html></html>", QUrl(QStringLiteral("https://as.example.com")));
        QVERIFY(!html);
        QCOMPARE(html.error().code, ErrorCode::ProtocolError);
    }

    void aServerThatNeverAnswersTimesOut()
    {
        // Regression (issue 13): a timed-out reply is not read ("QIODevice::read: device not
        // open").
        QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
        FakeServer silent({});
        Transport transport;
        HttpRequest req;
        req.url = silent.url("/token");
        req.timeoutMs = 300;
        std::optional<HttpExchange> ex;
        transport.send(req, {}, this, [&](HttpExchange e) { ex = std::move(e); });
        QTRY_VERIFY_WITH_TIMEOUT(ex.has_value(), 5000);
        QVERIFY(ex->transportError);
        QCOMPARE(ex->transportError->code, ErrorCode::Timeout);
        QVERIFY2(ex->transportError->message.contains(QStringLiteral("the inactivity timeout")),
            qPrintable(ex->transportError->message));
    }

    /// Regression (issue 13): a server that trickles a byte at a time never trips the
    /// inactivity timeout; the overall deadline ends the request, and says so.
    void aTricklingServerMeetsTheDeadline()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
        TricklingServer trickle;
        Transport transport;
        QCOMPARE(transport.deadlineMs(), 30000); // the default every request gets
        HttpRequest req;
        req.url = trickle.url("/token");
        req.timeoutMs = 2000; // never reached: a byte every 50 ms
        req.deadlineMs = 700;
        std::optional<HttpExchange> ex;
        QElapsedTimer clock;
        clock.start();
        transport.send(req, {}, this, [&](HttpExchange e) { ex = std::move(e); });
        QTRY_VERIFY_WITH_TIMEOUT(ex.has_value(), 10000);
        QVERIFY(ex->transportError);
        QCOMPARE(ex->transportError->code, ErrorCode::Timeout);
        QVERIFY2(ex->transportError->message.contains(
                     QStringLiteral("within 0.7 s (the overall deadline")),
            qPrintable(ex->transportError->message));
        QCOMPARE(ex->status, 0); // half an answer is no answer
        QVERIFY(clock.elapsed()
            < 5000); // ended by the deadline, not by the server or the test's timeout

        // The transport's own deadline applies to a request that sets none.
        transport.setDeadlineMs(600);
        req.deadlineMs = 0;
        ex.reset();
        transport.send(req, {}, this, [&](HttpExchange e) { ex = std::move(e); });
        QTRY_VERIFY_WITH_TIMEOUT(ex.has_value(), 10000);
        QVERIFY2(ex->transportError
                && ex->transportError->message.contains(QStringLiteral("within 0.6 s")),
            qPrintable(ex->transportError ? ex->transportError->message : QString()));
    }

    void aRequestInFlightCanBeCancelled()
    {
        FakeServer silent({});
        Transport transport;
        HttpRequest req;
        req.url = silent.url("/token");
        std::optional<HttpExchange> ex;
        const auto id = transport.send(req, {}, this, [&](HttpExchange e) { ex = std::move(e); });
        QTest::qWait(100);
        QVERIFY(!ex);
        transport.cancel(id);
        QTRY_VERIFY_WITH_TIMEOUT(ex.has_value(), 5000);
        QVERIFY(ex->transportError);
        QCOMPARE(ex->transportError->code, ErrorCode::Cancelled);
        QVERIFY(ex->transportError->message.startsWith(QStringLiteral("Cancelled")));
        transport.cancel(id); // finished: ignored
        transport.cancel(12345);
    }

    void anOversizedAnswerIsCutOff()
    {
        const QByteArray body(2 * 1024 * 1024, 'x');
        FakeServer flood("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        Transport transport;
        HttpRequest req;
        req.url = flood.url("/token");
        req.maxResponseBytes = 256 * 1024;
        std::optional<HttpExchange> ex;
        transport.send(req, {}, this, [&](HttpExchange e) { ex = std::move(e); });
        QTRY_VERIFY_WITH_TIMEOUT(ex.has_value(), 5000);
        QVERIFY(ex->oversized);
        QVERIFY(ex->transportError);
        QCOMPARE(ex->transportError->code, ErrorCode::ResponseTooLarge);
        QVERIFY(ex->responseBody.size() <= 256 * 1024);
        QVERIFY(!parseTokenResponse(*ex, {}));
    }

    void refusedConnection()
    {
        quint16 port = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost, 0));
            port = s.serverPort();
        } // closed: nothing listens there now
        Transport transport;
        HttpRequest req;
        req.url = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(port));
        std::optional<HttpExchange> ex;
        transport.send(req, {}, this, [&](HttpExchange e) { ex = std::move(e); });
        QTRY_VERIFY_WITH_TIMEOUT(ex.has_value(), 5000);
        QVERIFY(ex->transportError);
        QCOMPARE(ex->transportError->code, ErrorCode::NetworkFailure);
        QVERIFY(ex->transportError->message.contains(QStringLiteral("refused")));
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
