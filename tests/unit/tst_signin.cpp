// SPDX-License-Identifier: GPL-3.0-or-later
// "Test sign-in" without an authorization server: PKCE (RFC 7636 Appendix B), the loopback
// listener against real sockets (RFC 8252 §7.3), callback and ID token checks (OIDC Core
// §3.1.3.7) with locally signed tokens, and SignInTester end to end against a tiny local fake
// AS on 127.0.0.1 (the live suite proves the same against the real provider).
#include "jose/Jwk.h"
#include "jose/JwsSigner.h"
#include "oauth/AuthorizationRequest.h"
#include "oauth/IdToken.h"
#include "oauth/LoopbackListener.h"
#include "oauth/Pkce.h"
#include "oauth/SignInTester.h"
#include "oauth/Transport.h"
#include "pki/KeyPair.h"
#include "pki/OpenSsl.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <functional>
#include <openssl/x509.h>

using namespace oauthdesk;

namespace {

/// One HTTP exchange with a raw socket, driven by the event loop (the listener lives on this
/// thread).
struct RawAnswer
{
    QByteArray bytes;
    bool connected = false;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    int status() const { return bytes.startsWith("HTTP/1.1 ") ? bytes.mid(9, 3).toInt() : 0; }
    QByteArray body() const { return bytes.mid(bytes.indexOf("\r\n\r\n") + 4); }
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : bytes.left(bytes.indexOf("\r\n\r\n")).split('\n')) {
            if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }
};

RawAnswer rawRequest(
    const QHostAddress &address, quint16 port, const QByteArray &request, int waitMs = 5000)
{
    RawAnswer answer;
    QTcpSocket socket;
    bool over = false;
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] {
        answer.connected = true;
        socket.write(request);
    });
    QObject::connect(
        &socket, &QTcpSocket::readyRead, &socket, [&] { answer.bytes += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { over = true; });
    QObject::connect(
        &socket, &QTcpSocket::errorOccurred, &socket, [&](QAbstractSocket::SocketError e) {
            answer.error = e;
            over = true;
        });
    socket.connectToHost(address, port);
    [[maybe_unused]] const bool over_ = QTest::qWaitFor([&] { return over; }, waitMs);
    answer.bytes += socket.readAll();
    return answer;
}

RawAnswer get(quint16 port, const QByteArray &target, const QByteArray &method = "GET")
{
    return rawRequest(QHostAddress(QHostAddress::LocalHost), port,
        method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
            + "\r\nUser-Agent: test\r\n\r\n");
}

PKey ecKey()
{
    return PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

QByteArray jwksFor(EVP_PKEY *key, const QString &kid)
{
    return jwksDocument({ JwksEntry { publicJwk(key).value(), kid, QStringLiteral("ES256"), {} } });
}

QByteArray sign(EVP_PKEY *key, const QString &kid, const QJsonObject &claims)
{
    return signJws(key, QStringLiteral("ES256"),
        QJsonObject {
            { QStringLiteral("kid"), kid }, { QStringLiteral("typ"), QStringLiteral("JWT") } },
        QJsonDocument(claims).toJson(QJsonDocument::Compact))
        .value();
}

const QString kIssuer = QStringLiteral("https://as.example.com");
const QString kClient = QStringLiteral("native-client");

QJsonObject idClaims(qint64 now, const QString &nonce)
{
    QJsonObject c { { QStringLiteral("iss"), kIssuer },
        { QStringLiteral("sub"), QStringLiteral("test-user") }, { QStringLiteral("aud"), kClient },
        { QStringLiteral("iat"), now }, { QStringLiteral("exp"), now + 300 } };
    if (!nonce.isEmpty())
        c.insert(QStringLiteral("nonce"), nonce);
    return c;
}

/// A tiny authorization server on 127.0.0.1 over plain http (loopback only, as discovery
/// allows): answers each complete request through @p handler.
class FakeAs : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method, path, body;
    };
    std::function<QByteArray(const Request &)> handler;
    QList<Request> requests;

    FakeAs()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const QByteArray head = buffer->left(end);
                        qsizetype length = 0;
                        for (const QByteArray &line : head.split('\n')) {
                            if (line.toLower().startsWith("content-length:"))
                                length = line.mid(15).trimmed().toLongLong();
                        }
                        if (buffer->size() < end + 4 + length)
                            return;
                        const QList<QByteArray> first = head.left(head.indexOf('\r')).split(' ');
                        Request r { first.value(0), first.value(1), buffer->mid(end + 4, length) };
                        buffer->remove(0, end + 4 + length);
                        requests.append(r);
                        s->write(handler(r));
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    static QByteArray json(int status, const QByteArray &body)
    {
        return "HTTP/1.1 " + QByteArray::number(status)
            + " X\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
};

QMap<QString, QString> formOf(const QByteArray &body)
{
    QMap<QString, QString> out;
    for (const QByteArray &pair : body.split('&')) {
        QByteArray k = pair.left(pair.indexOf('=')), v = pair.mid(pair.indexOf('=') + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(k)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(v)));
    }
    return out;
}

Environment environmentWith(const QByteArray &discovery, const QString &issuer = kIssuer)
{
    Environment env;
    env.name = QStringLiteral("UAT");
    env.issuer = QUrl(issuer);
    env.discoveryDocument = discovery;
    return env;
}

OAuthClient nativeClient(
    const QStringList &redirects = { QStringLiteral("http://127.0.0.1/callback") })
{
    OAuthClient c;
    c.clientId = kClient;
    c.applicationType = ApplicationType::Native;
    c.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
    c.pkce = PkcePolicy::Required;
    c.authMethod = AuthMethod::None;
    c.redirectUris = redirects;
    c.scopes = { QStringLiteral("openid"), QStringLiteral("offline_access") };
    return c;
}

QByteArray discoveryDoc(const QString &issuer, bool withAuthorization = true,
    const QJsonArray &pkce = { QStringLiteral("S256") })
{
    QJsonObject o { { QStringLiteral("issuer"), issuer },
        { QStringLiteral("token_endpoint"), QString(issuer + QStringLiteral("/token")) },
        { QStringLiteral("jwks_uri"), QString(issuer + QStringLiteral("/jwks")) },
        { QStringLiteral("code_challenge_methods_supported"), pkce },
        { QStringLiteral("authorization_response_iss_parameter_supported"), true } };
    if (withAuthorization)
        o.insert(QStringLiteral("authorization_endpoint"),
            QString(issuer + QStringLiteral("/auth?tenant=a")));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// A self-signed certificate for @p key (DER): a public client's transport certificate,
/// whose SHA-256 thumbprint certificate-bound tokens name (RFC 8705 §3.1, §4).
QByteArray selfSignedDer(EVP_PKEY *key)
{
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
        reinterpret_cast<const unsigned char *>("native-client"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509_set_pubkey(cert.get(), key);
    if (X509_sign(cert.get(), key, EVP_sha256()) <= 0)
        return {};
    unsigned char *der = nullptr;
    const int size = i2d_X509(cert.get(), &der);
    const QByteArray out(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return out;
}

QString checkNamed(const IdTokenCheck &c, const QString &name)
{
    for (const Check &line : c.checks) {
        if (line.name == name)
            return line.passed ? QStringLiteral("pass") : QStringLiteral("FAIL");
    }
    return QStringLiteral("absent");
}

} // namespace

class TestSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SignInResult>();
        qRegisterMetaType<AuthorizationCallback>();
    }

    // --- PKCE -------------------------------------------------------------------------------
    void pkceRfc7636AppendixB()
    {
        QCOMPARE(pkceChallengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void pkceIsFreshAndWellFormed()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 50; ++i) {
            auto p = makePkce();
            QVERIFY(p);
            const QByteArray v = p->verifier.toByteArray();
            QCOMPARE(v.size(), 43); // RFC 7636 §4.1: 43..128 unreserved characters
            for (char ch : v)
                QVERIFY2(std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_',
                    v.constData());
            QCOMPARE(p->challenge, pkceChallengeS256(v));
            QCOMPARE(p->challenge.size(), 43);
            QVERIFY(!seen.contains(v));
            seen.insert(v);
        }
        QCOMPARE(randomUrlToken(32).size(), 43);
        QCOMPARE(randomUrlToken(16).size(), 22);
        QVERIFY(randomUrlToken(0).isEmpty());
        QVERIFY(randomUrlToken(32) != randomUrlToken(32));
    }

    // --- the authorization request --------------------------------------------------------------
    void authorizationUrlCarriesEveryParameter()
    {
        AuthorizationRequest r;
        r.authorizationEndpoint = QUrl(QStringLiteral("https://as.example.com/auth?tenant=a"));
        r.clientId = kClient;
        r.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:5123/callback"));
        r.scopes = { QStringLiteral("openid"), QStringLiteral("accounts:read") };
        r.state = "st";
        r.nonce = "no";
        r.codeChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        const QUrl url = authorizationUrl(r);
        const QByteArray encoded = url.toEncoded();
        QVERIFY2(encoded.startsWith("https://as.example.com/auth?tenant=a&response_type=code&"),
            encoded.constData());
        QVERIFY2(encoded.contains("scope=openid+accounts%3Aread"), encoded.constData());
        QVERIFY2(encoded.contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A5123%2Fcallback"),
            encoded.constData());
        const QMap<QString, QString> q = formOf(url.query(QUrl::FullyEncoded).toLatin1());
        QCOMPARE(q.value(QStringLiteral("client_id")), kClient);
        QCOMPARE(q.value(QStringLiteral("state")), QStringLiteral("st"));
        QCOMPARE(q.value(QStringLiteral("nonce")), QStringLiteral("no"));
        QCOMPARE(q.value(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.value(QStringLiteral("scope")), QStringLiteral("openid accounts:read"));
        r.nonce.clear();
        QVERIFY(!authorizationUrl(r).toEncoded().contains("nonce="));
    }

    void loopbackRedirectPick_data()
    {
        QTest::addColumn<QStringList>("registered");
        QTest::addColumn<QString>("picked");
        QTest::newRow("ipv4") << QStringList { QStringLiteral("https://app.example.com/cb"),
            QStringLiteral("http://127.0.0.1/callback") }
                              << QStringLiteral("http://127.0.0.1/callback");
        QTest::newRow("ipv4 port") << QStringList { QStringLiteral("http://127.0.0.1:8400/cb") }
                                   << QStringLiteral("http://127.0.0.1:8400/cb");
        QTest::newRow("ipv6") << QStringList { QStringLiteral("http://[::1]/cb") }
                              << QStringLiteral("http://[::1]/cb");
        QTest::newRow("localhost") << QStringList { QStringLiteral("http://localhost:7000/cb") }
                                   << QStringLiteral("http://localhost:7000/cb");
        QTest::newRow("IP literal before localhost (RFC 8252 §8.3)") << QStringList {
            QStringLiteral("http://localhost/a"), QStringLiteral("http://127.0.0.1/b")
        } << QStringLiteral("http://127.0.0.1/b");
        QTest::newRow("first literal wins") << QStringList { QStringLiteral("http://127.0.0.1/a"),
            QStringLiteral("http://[::1]/b") }
                                            << QStringLiteral("http://127.0.0.1/a");
        QTest::newRow("https loopback")
            << QStringList { QStringLiteral("https://127.0.0.1/cb") } << QString();
        QTest::newRow("private scheme")
            << QStringList { QStringLiteral("com.example.app:/cb") } << QString();
        QTest::newRow("other host")
            << QStringList { QStringLiteral("http://example.com/cb") } << QString();
        QTest::newRow("none") << QStringList() << QString();
    }
    void loopbackRedirectPick()
    {
        QFETCH(QStringList, registered);
        QFETCH(QString, picked);
        const auto got = loopbackRedirectUri(registered);
        QCOMPARE(got ? got->toString() : QString(), picked);
    }

    // --- the callback
    // -----------------------------------------------------------------------------
    void callbackQueryParsing()
    {
        auto cb
            = parseCallbackQuery("code=a%2Bb+c&state=s1&iss=https%3A%2F%2Fas.example.com&extra=1");
        QVERIFY(cb);
        QCOMPARE(cb->code->toByteArray(), QByteArray("a+b c"));
        QCOMPARE(cb->state, QStringLiteral("s1"));
        QCOMPARE(cb->iss, kIssuer);
        QCOMPARE(cb->queryKeys,
            (QStringList { QStringLiteral("code"), QStringLiteral("state"), QStringLiteral("iss"),
                QStringLiteral("extra") }));
        QVERIFY(!parseCallbackQuery("code=a&code=b&state=s"));
        auto err = parseCallbackQuery("error=access_denied&error_description=User+said+no&state=s");
        QVERIFY(err);
        QCOMPARE(err->error, QStringLiteral("access_denied"));
        QCOMPARE(err->errorDescription, QStringLiteral("User said no"));
        QVERIFY(!err->code);
    }

    void callbackChecks_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<bool>("issRequired");
        QTest::addColumn<int>("code"); // -1: success
        QTest::addColumn<QString>("words");
        const QByteArray iss = "&iss=https%3A%2F%2Fas.example.com";
        QTest::newRow("ok") << QByteArray("code=c&state=good") + iss << true << -1 << QString();
        QTest::newRow("ok, no iss, not required")
            << QByteArray("code=c&state=good") << false << -1 << QString();
        QTest::newRow("wrong state")
            << QByteArray("code=c&state=evil") + iss << true << int(ErrorCode::ProtocolError)
            << QStringLiteral("does not belong");
        QTest::newRow("no state") << QByteArray("code=c") + iss << true
                                  << int(ErrorCode::ProtocolError)
                                  << QStringLiteral("without the state");
        QTest::newRow("wrong iss")
            << QByteArray("code=c&state=good&iss=https%3A%2F%2Fevil.example") << false
            << int(ErrorCode::ProtocolError) << QStringLiteral("mix-up");
        QTest::newRow("iss required")
            << QByteArray("code=c&state=good") << true << int(ErrorCode::ProtocolError)
            << QStringLiteral("no \"iss\"");
        QTest::newRow("access_denied")
            << QByteArray("error=access_denied&error_description=User+said+no&state=good") + iss
            << true << int(ErrorCode::Rejected) << QStringLiteral("the user declined");
        QTest::newRow("login_required")
            << QByteArray("error=login_required&state=good") << false << int(ErrorCode::Rejected)
            << QStringLiteral("needs the user to sign in");
        QTest::newRow("forged error")
            << QByteArray("error=access_denied&state=evil") << false
            << int(ErrorCode::ProtocolError) << QStringLiteral("does not belong");
        QTest::newRow("no code") << QByteArray("state=good") << false
                                 << int(ErrorCode::ProtocolError)
                                 << QStringLiteral("without an authorization code");
    }
    void callbackChecks()
    {
        QFETCH(QByteArray, query);
        QFETCH(bool, issRequired);
        QFETCH(int, code);
        QFETCH(QString, words);
        auto cb = parseCallbackQuery(query);
        QVERIFY(cb);
        const auto verdict
            = checkCallback(*cb, CallbackExpectation { "good", kIssuer, issRequired });
        if (code < 0) {
            QVERIFY(verdict);
            QCOMPARE((*verdict)->toByteArray(), QByteArray("c"));
            return;
        }
        QVERIFY(!verdict);
        QCOMPARE(int(verdict.error().code), code);
        QVERIFY2(verdict.error().message.contains(words), qPrintable(verdict.error().message));
        if (query.contains("User+said+no"))
            QVERIFY(verdict.error().message.contains(QStringLiteral("User said no")));
    }

    // --- the loopback listener ------------------------------------------------------------------
    void listenerAcceptsExactlyOneCallback()
    {
        LoopbackListener listener;
        QSignalSpy spy(&listener, &LoopbackListener::callbackReceived);
        const auto redirect = listener.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")));
        QVERIFY(redirect);
        QCOMPARE(redirect->host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect->path(), QStringLiteral("/callback"));
        QVERIFY(redirect->port() > 0);
        QCOMPARE(listener.boundAddress(), QHostAddress(QHostAddress::LocalHost));
        const quint16 port = listener.port();

        RawAnswer favicon = get(port, "/favicon.ico");
        QCOMPARE(favicon.status(), 404);
        RawAnswer post = get(port, "/callback?code=x&state=y", "POST");
        QCOMPARE(post.status(), 405);
        QCOMPARE(post.header("Allow"), QByteArray("GET"));
        RawAnswer bare = get(port, "/callback");
        QCOMPARE(bare.status(), 400);
        RawAnswer dup = get(port, "/callback?code=a&code=b&state=s");
        QCOMPARE(dup.status(), 400);
        RawAnswer rebinding = rawRequest(QHostAddress(QHostAddress::LocalHost), port,
            "GET /callback?code=a&state=s HTTP/1.1\r\nHost: evil.example:80\r\n\r\n");
        QCOMPARE(rebinding.status(), 400);
        QCOMPARE(spy.count(), 0);
        QVERIFY(listener.isListening());

        RawAnswer ok
            = get(port, "/callback?code=the-code&state=s1&iss=https%3A%2F%2Fas.example.com");
        QCOMPARE(ok.status(), 200);
        QCOMPARE(ok.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(ok.header("Connection"), QByteArray("close"));
        QCOMPARE(ok.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(ok.header("Content-Security-Policy").startsWith("default-src 'none'"));
        QCOMPARE(ok.header("Referrer-Policy"), QByteArray("no-referrer"));
        QCOMPARE(ok.header("Content-Length").toInt(), ok.body().size());
        QVERIFY(ok.body().contains("Sign-in finished"));
        QVERIFY(!ok.body().contains("the-code")); // the code never appears on the page
        QVERIFY(
            !ok.body().contains("http://") && !ok.body().contains("https://")); // nothing external

        QCOMPARE(spy.count(), 1);
        const auto cb = spy.first().first().value<AuthorizationCallback>();
        QCOMPARE(cb.code->toByteArray(), QByteArray("the-code"));
        QCOMPARE(cb.state, QStringLiteral("s1"));
        QCOMPARE(cb.iss, kIssuer);
        QVERIFY(!listener.isListening());

        RawAnswer second = get(port, "/callback?code=again&state=s1");
        QVERIFY(!second.connected);
        QCOMPARE(second.error, QAbstractSocket::ConnectionRefusedError);
        QCOMPARE(spy.count(), 1);
    }

    void listenerPageIsDecidedByTheFlowAndEscaped()
    {
        LoopbackListener listener;
        QSignalSpy spy(&listener, &LoopbackListener::callbackReceived);
        listener.setPageDecider([](const AuthorizationCallback &cb) {
            return CallbackPage { false, QStringLiteral("Sign-in did not complete"),
                QStringLiteral("<script>alert(1)</script> error=") + cb.error, 400 };
        });
        QVERIFY(listener.listen(QUrl(QStringLiteral("http://127.0.0.1/cb"))));
        RawAnswer a = get(listener.port(),
            "/cb?error=access_denied&error_description=%3Cb%3Eno%3C%2Fb%3E&state=s");
        QCOMPARE(a.status(), 400);
        QVERIFY(!a.body().contains("<script>"));
        QVERIFY(a.body().contains("&lt;script&gt;"));
        QVERIFY(a.body().contains("error=access_denied"));
        QCOMPARE(a.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(spy.count(), 1);
        const auto cb = spy.first().first().value<AuthorizationCallback>();
        QCOMPARE(cb.error, QStringLiteral("access_denied"));
        QCOMPARE(cb.errorDescription, QStringLiteral("<b>no</b>"));
        QVERIFY(!cb.code);
    }

    void listenerBindsLoopbackOnly()
    {
        LoopbackListener listener;
        QVERIFY(listener.listen(QUrl(QStringLiteral("http://127.0.0.1/cb"))));
        QVERIFY(listener.boundAddress().isLoopback());
        QHostAddress outside;
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()) {
                outside = a;
                break;
            }
        }
        if (outside.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to try from");
        RawAnswer a
            = rawRequest(outside, listener.port(), "GET /cb?code=a&state=b HTTP/1.1\r\n\r\n");
        QVERIFY(!a.connected);
        QVERIFY(listener.isListening());
    }

    void listenerKeepsLocalhostInTheUriButBinds127()
    {
        LoopbackListener listener;
        const auto redirect = listener.listen(QUrl(QStringLiteral("http://localhost/cb")));
        QVERIFY(redirect);
        QCOMPARE(redirect->host(), QStringLiteral("localhost"));
        QCOMPARE(listener.boundAddress(), QHostAddress(QHostAddress::LocalHost));
    }

    void listenerUsesARegisteredPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        {
            LoopbackListener busy;
            auto r = busy.listen(QUrl(QStringLiteral("http://127.0.0.1:%1/cb").arg(port)));
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::NetworkFailure);
            QVERIFY2(
                r.error().message.contains(QString::number(port)), qPrintable(r.error().message));
        }
        probe.close();
        LoopbackListener listener;
        auto r = listener.listen(QUrl(QStringLiteral("http://127.0.0.1:%1/cb").arg(port)));
        QVERIFY(r);
        QCOMPARE(r->port(), int(port));
    }

    void listenerRefusesNonLoopbackRedirects()
    {
        for (const char *uri :
            { "https://127.0.0.1/cb", "http://example.com/cb", "com.example.app:/cb" }) {
            LoopbackListener listener;
            auto r = listener.listen(QUrl(QString::fromLatin1(uri)));
            QVERIFY2(!r, uri);
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        }
    }

    void listenerCapsTheRequestHead()
    {
        LoopbackListener listener;
        QSignalSpy spy(&listener, &LoopbackListener::callbackReceived);
        QVERIFY(listener.listen(QUrl(QStringLiteral("http://127.0.0.1/cb"))));
        const QByteArray huge
            = "GET /cb?code=a&state=b HTTP/1.1\r\nX-Filler: " + QByteArray(9000, 'a') + "\r\n\r\n";
        RawAnswer a = rawRequest(QHostAddress(QHostAddress::LocalHost), listener.port(), huge);
        QCOMPARE(a.status(), 431);
        QCOMPARE(spy.count(), 0);
        QVERIFY(listener.isListening());
    }

    void listenerTimesOutASilentConnection()
    {
        LoopbackListener listener;
        listener.setReadTimeoutMs(200);
        QVERIFY(listener.listen(QUrl(QStringLiteral("http://127.0.0.1/cb"))));
        QElapsedTimer t;
        t.start();
        RawAnswer a = rawRequest(
            QHostAddress(QHostAddress::LocalHost), listener.port(), "GET /cb?code=a", 5000);
        QCOMPARE(a.status(), 408);
        QVERIFY(t.elapsed() < 4000);
        QVERIFY(listener.isListening());
    }

    // --- ID token checks ---------------------------------------------------------------------
    void idTokenChecks_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("failing"); // the check that must fail; empty: all pass
        QTest::newRow("valid") << ""
                               << "";
        QTest::newRow("wrong iss") << "iss"
                                   << "iss";
        QTest::newRow("wrong aud") << "aud"
                                   << "aud";
        QTest::newRow("several aud, no azp") << "aud-many"
                                             << "azp";
        QTest::newRow("several aud, azp ok") << "aud-many-azp"
                                             << "";
        QTest::newRow("missing nonce") << "no-nonce"
                                       << "nonce";
        QTest::newRow("wrong nonce") << "wrong-nonce"
                                     << "nonce";
        QTest::newRow("expired") << "expired"
                                 << "exp";
        QTest::newRow("expired within leeway") << "expired-leeway"
                                               << "";
        QTest::newRow("iat in the future") << "iat-future"
                                           << "iat";
        QTest::newRow("no iat") << "no-iat"
                                << "iat";
        QTest::newRow("no sub") << "no-sub"
                                << "sub";
        QTest::newRow("bad signature") << "other-key"
                                       << "signature";
        QTest::newRow("tampered") << "tampered"
                                  << "signature";
    }
    void idTokenChecks()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, failing);
        static PKey key = ecKey();
        static PKey other = ecKey();
        const QByteArray jwks = jwksFor(key.get(), QStringLiteral("k1"));
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const qint64 t = now.toSecsSinceEpoch();
        QJsonObject c = idClaims(t, QStringLiteral("n-1"));
        EVP_PKEY *signer = key.get();
        if (mutation == QLatin1String("iss"))
            c[QStringLiteral("iss")] = QStringLiteral("https://evil.example.com");
        else if (mutation == QLatin1String("aud"))
            c[QStringLiteral("aud")] = QStringLiteral("other-client");
        else if (mutation == QLatin1String("aud-many"))
            c[QStringLiteral("aud")] = QJsonArray { kClient, QStringLiteral("api") };
        else if (mutation == QLatin1String("aud-many-azp")) {
            c[QStringLiteral("aud")] = QJsonArray { kClient, QStringLiteral("api") };
            c[QStringLiteral("azp")] = kClient;
        } else if (mutation == QLatin1String("no-nonce"))
            c.remove(QStringLiteral("nonce"));
        else if (mutation == QLatin1String("wrong-nonce"))
            c[QStringLiteral("nonce")] = QStringLiteral("n-2");
        else if (mutation == QLatin1String("expired"))
            c[QStringLiteral("exp")] = t - 61;
        else if (mutation == QLatin1String("expired-leeway"))
            c[QStringLiteral("exp")] = t - 30;
        else if (mutation == QLatin1String("iat-future"))
            c[QStringLiteral("iat")] = t + 120;
        else if (mutation == QLatin1String("no-iat"))
            c.remove(QStringLiteral("iat"));
        else if (mutation == QLatin1String("no-sub"))
            c.remove(QStringLiteral("sub"));
        else if (mutation == QLatin1String("other-key"))
            signer = other.get();
        QByteArray token = sign(signer, QStringLiteral("k1"), c);
        if (mutation == QLatin1String("tampered")) {
            QJsonObject forged = c;
            forged[QStringLiteral("sub")] = QStringLiteral("admin");
            const QList<QByteArray> parts = token.split('.');
            token = parts[0] + '.' + base64Url(QJsonDocument(forged).toJson(QJsonDocument::Compact))
                + '.' + parts[2];
        }
        const IdTokenCheck check = checkIdToken(token, jwks, kIssuer, kClient, "n-1", now);
        QVERIFY(check.decoded);
        if (failing.isEmpty()) {
            for (const Check &line : check.checks)
                QVERIFY2(line.passed, qPrintable(line.name + QStringLiteral(": ") + line.text));
            QVERIFY(check.ok());
            QCOMPARE(check.subject(), QStringLiteral("test-user"));
            return;
        }
        QCOMPARE(checkNamed(check, failing), QStringLiteral("FAIL"));
        QVERIFY(!check.ok());
        for (const Check &line : check.checks) {
            QVERIFY(!line.text.isEmpty());
            if (line.name != failing)
                QVERIFY2(line.passed, qPrintable(line.name + QStringLiteral(": ") + line.text));
        }
    }

    void idTokenWithoutNonceRequirement()
    {
        PKey key = ecKey();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray token
            = sign(key.get(), QStringLiteral("k1"), idClaims(now.toSecsSinceEpoch(), QString()));
        const IdTokenCheck check = checkIdToken(
            token, jwksFor(key.get(), QStringLiteral("k1")), kIssuer, kClient, {}, now);
        QVERIFY(check.ok());
        QCOMPARE(checkNamed(check, QStringLiteral("nonce")), QStringLiteral("absent"));
        // No JWKS: the signature check fails, in words.
        const IdTokenCheck unchecked = checkIdToken(token, {}, kIssuer, kClient, {}, now);
        QVERIFY(!unchecked.ok());
        QCOMPARE(checkNamed(unchecked, QStringLiteral("signature")), QStringLiteral("FAIL"));
        // Not a JWT at all.
        QVERIFY(!checkIdToken("not-a-jwt", {}, kIssuer, kClient, {}, now).ok());
    }

    // --- SignInTester without network -----------------------------------------------------------
    void startWithoutAuthorizationEndpoint()
    {
        Transport transport;
        SignInTester tester(
            &transport, environmentWith(discoveryDoc(kIssuer, false)), nativeClient(), {});
        tester.setBrowserOpener([](const QUrl &) { return true; });
        QSignalSpy spy(&tester, &SignInTester::finished);
        tester.start();
        QVERIFY(spy.count() == 1 || spy.wait(2000));
        const auto r = spy.first().first().value<SignInResult>();
        QVERIFY(!r.ok());
        QCOMPARE(r.token.token.result.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.token.token.result.error().message.contains(
                     QStringLiteral("no authorization endpoint")),
            qPrintable(r.token.token.result.error().message));
        QVERIFY(!tester.isBusy());
    }

    void startWithoutLoopbackRedirect()
    {
        Transport transport;
        SignInTester tester(&transport, environmentWith(discoveryDoc(kIssuer)),
            nativeClient({ QStringLiteral("https://app.example.com/cb") }), {});
        tester.setBrowserOpener([](const QUrl &) { return true; });
        QSignalSpy spy(&tester, &SignInTester::finished);
        tester.start();
        QCOMPARE(spy.count(), 1);
        const Error e = spy.first().first().value<SignInResult>().token.token.result.error();
        QCOMPARE(e.code, ErrorCode::InvalidInput);
        QVERIFY2(e.message.contains(QStringLiteral("redirect URI"))
                && e.message.contains(QStringLiteral("http://127.0.0.1/callback")),
            qPrintable(e.message));
    }

    void startWithoutBrowserOrS256()
    {
        Transport transport;
        {
            SignInTester tester(
                &transport, environmentWith(discoveryDoc(kIssuer)), nativeClient(), {});
            QSignalSpy spy(&tester, &SignInTester::finished);
            tester.start();
            QCOMPARE(spy.count(), 1);
            QVERIFY(spy.first()
                        .first()
                        .value<SignInResult>()
                        .token.token.result.error()
                        .message.contains(QStringLiteral("browser")));
        }
        {
            SignInTester tester(&transport,
                environmentWith(discoveryDoc(kIssuer, true, { QStringLiteral("plain") })),
                nativeClient(), {});
            tester.setBrowserOpener([](const QUrl &) { return true; });
            QSignalSpy spy(&tester, &SignInTester::finished);
            tester.start();
            QCOMPARE(spy.count(), 1);
            QVERIFY(spy.first()
                        .first()
                        .value<SignInResult>()
                        .token.token.result.error()
                        .message.contains(QStringLiteral("S256")));
        }
        {
            SignInTester tester(
                &transport, environmentWith(discoveryDoc(kIssuer)), nativeClient(), {});
            tester.setBrowserOpener([](const QUrl &) { return false; });
            QSignalSpy spy(&tester, &SignInTester::finished);
            QSignalSpy notOpened(&tester, &SignInTester::browserNotOpened);
            tester.start();
            // No browser: still waiting, for the link opened by hand.
            QCOMPARE(notOpened.count(), 1);
            QVERIFY(!notOpened.first().first().toUrl().isEmpty());
            QCOMPARE(spy.count(), 0);
            QVERIFY(tester.isBusy());
            const QUrl redirect = tester.redirectUri();
            QVERIFY(redirect.port() > 0);
            tester.cancel();
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.first().first().value<SignInResult>().token.token.result.error().code,
                ErrorCode::Cancelled);
            QVERIFY(!get(quint16(redirect.port()), "/callback?code=a&state=b")
                         .connected); // nobody listens after cancel
        }
    }

    void waitingThenForgedStateCancelAndTimeout()
    {
        Transport transport;
        SignInTester tester(&transport, environmentWith(discoveryDoc(kIssuer)), nativeClient(), {});
        QUrl opened;
        tester.setBrowserOpener([&](const QUrl &u) {
            opened = u;
            return true;
        });
        QSignalSpy waiting(&tester, &SignInTester::waitingForBrowser);
        QSignalSpy done(&tester, &SignInTester::finished);

        tester.start();
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(waiting.first().first().toUrl(), opened);
        QVERIFY(tester.isBusy());
        const QMap<QString, QString> q = formOf(opened.query(QUrl::FullyEncoded).toLatin1());
        QCOMPARE(q.value(QStringLiteral("tenant")),
            QStringLiteral("a")); // the endpoint's own query kept
        QCOMPARE(q.value(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(q.value(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.value(QStringLiteral("code_challenge")).size(), 43);
        QCOMPARE(q.value(QStringLiteral("scope")), QStringLiteral("openid offline_access"));
        QCOMPARE(q.value(QStringLiteral("nonce")).size(), 43);
        QCOMPARE(q.value(QStringLiteral("state")).size(), 43);
        const QUrl redirect(q.value(QStringLiteral("redirect_uri")));
        QCOMPARE(redirect, tester.redirectUri());
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(!q.contains(QStringLiteral("code_verifier")));

        // A forged answer (wrong state) is refused on the page and in the result; nothing
        // exchanged.
        RawAnswer forged = get(quint16(redirect.port()),
            "/callback?code=stolen&state=evil&iss=https%3A%2F%2Fas.example.com");
        QCOMPARE(forged.status(), 400);
        QVERIFY(!forged.body().contains("Signed in"));
        QCOMPARE(done.count(), 1);
        auto r = done.takeFirst().first().value<SignInResult>();
        QVERIFY(r.callbackError);
        QCOMPARE(r.callbackError->code, ErrorCode::ProtocolError);
        QCOMPARE(r.token.token.result.error().code, ErrorCode::ProtocolError);
        QVERIFY(r.token.exchanges.isEmpty());
        QVERIFY(!tester.canRefresh());

        // The AS's own error, with the right state: plain words.
        tester.start();
        const QMap<QString, QString> q2 = formOf(opened.query(QUrl::FullyEncoded).toLatin1());
        RawAnswer denied = get(quint16(tester.redirectUri().port()),
            "/callback?error=access_denied&error_description=User+said+no&iss=https%3A%2F%2Fas.example.com&state="
                + q2.value(QStringLiteral("state")).toLatin1());
        QCOMPARE(denied.status(), 200);
        QVERIFY(denied.body().contains("denied"));
        QCOMPARE(done.count(), 1);
        r = done.takeFirst().first().value<SignInResult>();
        QCOMPARE(r.token.token.result.error().code, ErrorCode::Rejected);
        QVERIFY(r.token.token.result.error().message.contains(QStringLiteral("the user declined")));
        QVERIFY(r.token.token.result.error().message.contains(QStringLiteral("User said no")));

        // Cancel while waiting.
        tester.start();
        const quint16 port = quint16(tester.redirectUri().port());
        tester.cancel();
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.takeFirst().first().value<SignInResult>().token.token.result.error().code,
            ErrorCode::Cancelled);
        QVERIFY(!tester.isBusy());
        QVERIFY(!get(port, "/callback?code=a&state=b").connected);

        // Nobody comes back.
        tester.setCallbackTimeoutMs(300);
        tester.start();
        QVERIFY(done.wait(3000));
        const Error timeout
            = done.takeFirst().first().value<SignInResult>().token.token.result.error();
        QCOMPARE(timeout.code, ErrorCode::Timeout);
        QVERIFY2(timeout.message.contains(QStringLiteral("No answer came back from the browser")),
            qPrintable(timeout.message));
    }

    /// The whole flow against a fake AS on 127.0.0.1: code + PKCE, ID token checked, refresh.
    void fullFlowAgainstALocalFakeAs()
    {
        FakeAs as;
        QVERIFY(as.isListening());
        const QString issuer = as.base();
        PKey key = ecKey();
        QString nonce;
        QString verifierSeen;
        QString challenge;
        int refreshes = 0;
        bool rotate = true; // refresh token rotation (off: the AS keeps issuing none, RFC 6749 §6)
        QString issuedRefresh = QStringLiteral("rt-0");
        as.handler = [&](const FakeAs::Request &r) -> QByteArray {
            if (r.path == "/.well-known/openid-configuration")
                return FakeAs::json(200, discoveryDoc(issuer));
            if (r.path == "/jwks")
                return FakeAs::json(200, jwksFor(key.get(), QStringLiteral("k1")));
            if (r.path == "/token") {
                const auto form = formOf(r.body);
                const qint64 now = QDateTime::currentSecsSinceEpoch();
                QJsonObject claims = idClaims(now,
                    form.value(QStringLiteral("grant_type")) == QLatin1String("authorization_code")
                        ? nonce
                        : QString());
                claims[QStringLiteral("iss")] = issuer;
                if (form.value(QStringLiteral("grant_type"))
                    == QLatin1String("authorization_code")) {
                    verifierSeen = form.value(QStringLiteral("code_verifier"));
                    if (form.value(QStringLiteral("code")) != QLatin1String("the-code")
                        || QString::fromLatin1(pkceChallengeS256(verifierSeen.toLatin1()))
                            != challenge)
                        return FakeAs::json(400, R"({"error":"invalid_grant"})");
                } else if (form.value(QStringLiteral("refresh_token")) != issuedRefresh) {
                    return FakeAs::json(400, R"({"error":"invalid_grant"})");
                } else {
                    ++refreshes;
                    if (rotate)
                        issuedRefresh = QStringLiteral("rt-%1").arg(refreshes);
                }
                // The first access token is a JWT (checked against the JWKS), renewals opaque.
                const QString accessToken = refreshes == 0
                    ? QString::fromLatin1(sign(key.get(), QStringLiteral("k1"),
                        QJsonObject { { QStringLiteral("iss"), issuer },
                            { QStringLiteral("scope"), QStringLiteral("openid") } }))
                    : QStringLiteral("opaque-at-%1").arg(refreshes);
                QJsonObject body { { QStringLiteral("access_token"), accessToken },
                    { QStringLiteral("token_type"), QStringLiteral("Bearer") },
                    { QStringLiteral("expires_in"), 300 },
                    { QStringLiteral("scope"), QStringLiteral("openid offline_access") },
                    { QStringLiteral("id_token"),
                        QString::fromLatin1(sign(key.get(), QStringLiteral("k1"), claims)) } };
                if (rotate)
                    body[QStringLiteral("refresh_token")] = issuedRefresh;
                return FakeAs::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
            }
            return FakeAs::json(404, "{}");
        };
        Transport transport;
        Environment env = environmentWith({}, issuer);
        SignInTester tester(&transport, env, nativeClient(), {});
        QSignalSpy discovered(&tester, &SignInTester::discovered);
        QSignalSpy done(&tester, &SignInTester::finished);
        tester.setBrowserOpener([&](const QUrl &url) {
            // A headless "browser": the AS approves at once and redirects back.
            const auto q = formOf(url.query(QUrl::FullyEncoded).toLatin1());
            nonce = q.value(QStringLiteral("nonce"));
            challenge = q.value(QStringLiteral("code_challenge"));
            const QUrl back(q.value(QStringLiteral("redirect_uri")));
            const QByteArray target = back.path().toLatin1()
                + "?code=the-code&state=" + formEncode(q.value(QStringLiteral("state")).toLatin1())
                + "&iss=" + formEncode(issuer.toLatin1());
            QTimer::singleShot(0, [back, target] { get(quint16(back.port()), target); });
            return true;
        });
        tester.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(discovered.count(), 1);
        auto r = done.takeFirst().first().value<SignInResult>();
        QVERIFY2(r.token.ok(),
            qPrintable(r.token.token.result
                    ? QString()
                    : r.token.token.result.error().message + r.token.token.result.error().detail));
        QVERIFY(!r.refreshed);
        QVERIFY(r.idToken);
        for (const Check &line : r.idToken->checks)
            QVERIFY2(line.passed, qPrintable(line.name + QStringLiteral(": ") + line.text));
        QVERIFY(r.ok());
        QCOMPARE(r.idToken->subject(), QStringLiteral("test-user"));
        QCOMPARE(verifierSeen.size(), 43);
        QVERIFY(r.token.jwt);
        QVERIFY(r.token.signature);
        QCOMPARE(r.token.signature->status, SignatureStatus::Valid);
        QCOMPARE(as.requests.size(), 3); // discovery, token, JWKS (once, for both tokens)
        // The code and verifier are secret in the recorded exchange.
        const HttpExchange &tokenExchange = r.token.token.exchange;
        QVERIFY(tokenExchange.request.secretFormFields.contains("code"));
        QVERIFY(tokenExchange.request.secretFormFields.contains("code_verifier"));
        QVERIFY(!tokenExchange.requestText().contains(verifierSeen));
        QVERIFY(!tokenExchange.curl().contains(QStringLiteral("the-code")));
        QVERIFY(tokenExchange.request.body.contains("client_id=native-client"));
        QVERIFY(!tokenExchange.request.body.contains("scope="));
        QCOMPARE(r.token.token.result->grantedScopes,
            (QStringList { QStringLiteral("openid"), QStringLiteral("offline_access") }));
        QVERIFY(tester.canRefresh());

        tester.refresh();
        QVERIFY(done.wait(10000));
        r = done.takeFirst().first().value<SignInResult>();
        QVERIFY2(r.ok(),
            qPrintable(r.token.token.result ? QString() : r.token.token.result.error().message));
        QVERIFY(r.refreshed);
        QCOMPARE(r.token.token.result->accessToken->toByteArray(), QByteArray("opaque-at-1"));
        QCOMPARE(checkNamed(*r.idToken, QStringLiteral("nonce")), QStringLiteral("absent"));
        QCOMPARE(checkNamed(*r.idToken, QStringLiteral("sub-unchanged")), QStringLiteral("pass"));
        QVERIFY(r.token.token.exchange.request.secretFormFields.contains("refresh_token"));
        // The rotated refresh token is the one used next.
        tester.refresh();
        QVERIFY(done.wait(10000));
        QVERIFY(done.takeFirst().first().value<SignInResult>().ok());
        QCOMPARE(refreshes, 2);

        // Regression (issue 12, defect 9): an AS that does not rotate answers without a
        // refresh_token; the one issued before stays in the result (so it can still be
        // introspected and revoked) and in use.
        rotate = false;
        tester.refresh();
        QVERIFY(done.wait(10000));
        r = done.takeFirst().first().value<SignInResult>();
        QVERIFY(r.ok());
        QVERIFY(r.token.token.result->refreshToken);
        QCOMPARE(r.token.token.result->refreshToken->toByteArray(), QByteArray("rt-2"));
        QVERIFY(r.token.token.result->refreshTokenKept);
        QVERIFY(tester.canRefresh());
        tester.refresh();
        QVERIFY(done.wait(10000));
        r = done.takeFirst().first().value<SignInResult>();
        QVERIFY2(r.ok(),
            qPrintable(r.token.token.result ? QString() : r.token.token.result.error().message));
        QCOMPARE(refreshes, 4);
        QCOMPARE(r.token.token.result->refreshToken->toByteArray(), QByteArray("rt-2"));
    }

    /// Regression: "Test sign-in" inspects its access token like "Get test token" does, the
    /// RFC 8705 certificate binding included. A public client presenting its transport
    /// certificate (RFC 8705 §4) gets a bound JWT: the sign-in says so; the opaque token of a
    /// refresh is unknown until introspected; a JWT without cnf is missing its binding.
    void signInChecksTheCertificateBinding()
    {
        FakeAs as;
        QVERIFY(as.isListening());
        const QString issuer = as.base();
        PKey key = ecKey();
        PKey transportKey = ecKey();
        const QByteArray certificate = selfSignedDer(transportKey.get());
        QVERIFY(!certificate.isEmpty());
        // Computed here, independently of lib/: base64url of the DER's SHA-256.
        const QString thumbprint = QString::fromLatin1(
            QCryptographicHash::hash(certificate, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        enum class Access { BoundJwt, Opaque, UnboundJwt } access = Access::BoundJwt;
        QString nonce;
        as.handler = [&](const FakeAs::Request &r) -> QByteArray {
            if (r.path == "/.well-known/openid-configuration")
                return FakeAs::json(200, discoveryDoc(issuer));
            if (r.path == "/jwks")
                return FakeAs::json(200, jwksFor(key.get(), QStringLiteral("k1")));
            if (r.path != "/token")
                return FakeAs::json(404, "{}");
            const auto form = formOf(r.body);
            const bool code
                = form.value(QStringLiteral("grant_type")) == QLatin1String("authorization_code");
            QJsonObject idClaimsNow
                = idClaims(QDateTime::currentSecsSinceEpoch(), code ? nonce : QString());
            idClaimsNow[QStringLiteral("iss")] = issuer;
            QJsonObject accessClaims { { QStringLiteral("iss"), issuer },
                { QStringLiteral("scope"), QStringLiteral("openid") } };
            if (access == Access::BoundJwt)
                accessClaims.insert(QStringLiteral("cnf"),
                    QJsonObject { { QStringLiteral("x5t#S256"), thumbprint } });
            const QString accessToken = access == Access::Opaque
                ? QStringLiteral("opaque-at")
                : QString::fromLatin1(sign(key.get(), QStringLiteral("k1"), accessClaims));
            const QJsonObject body { { QStringLiteral("access_token"), accessToken },
                { QStringLiteral("token_type"), QStringLiteral("Bearer") },
                { QStringLiteral("expires_in"), 300 },
                { QStringLiteral("refresh_token"), QStringLiteral("rt") },
                { QStringLiteral("id_token"),
                    QString::fromLatin1(sign(key.get(), QStringLiteral("k1"), idClaimsNow)) } };
            return FakeAs::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
        };
        OAuthClient client = nativeClient();
        client.certificateBoundTokens = true;
        ClientCredentials credentials;
        credentials.transportCertificateChainDer = { certificate };
        credentials.transportKeyPkcs8Der
            = std::make_shared<const SecretBytes>(privateKeyToPkcs8Der(transportKey.get()).value());
        Transport transport;
        SignInTester tester(&transport, environmentWith({}, issuer), client, credentials);
        QSignalSpy done(&tester, &SignInTester::finished);
        QSignalSpy announced(&tester, &TokenSession::finished);
        tester.setBrowserOpener([&](const QUrl &url) {
            const auto q = formOf(url.query(QUrl::FullyEncoded).toLatin1());
            nonce = q.value(QStringLiteral("nonce"));
            const QUrl back(q.value(QStringLiteral("redirect_uri")));
            const QByteArray target = back.path().toLatin1()
                + "?code=the-code&state=" + formEncode(q.value(QStringLiteral("state")).toLatin1())
                + "&iss=" + formEncode(issuer.toLatin1());
            QTimer::singleShot(0, [back, target] { get(quint16(back.port()), target); });
            return true;
        });

        using V = CertificateBinding::Verdict;
        tester.start();
        QVERIFY(done.wait(10000));
        SignInResult r = done.takeFirst().first().value<SignInResult>();
        QVERIFY2(r.ok(),
            qPrintable(r.token.token.result ? QString() : r.token.token.result.error().message));
        QVERIFY(r.token.token.exchange.request.clientCertificateChainDer
            == QList<QByteArray> { certificate }); // presented
        QVERIFY(r.token.signature);
        QCOMPARE(r.token.signature->status, SignatureStatus::Valid);
        QVERIFY2(r.token.binding, "the sign-in result carries no certificate binding verdict");
        QCOMPARE(r.token.binding->presentedThumbprint, thumbprint);
        QCOMPARE(r.token.binding->tokenThumbprint, thumbprint);
        QCOMPARE(r.token.binding->verdict(), V::Bound);
        QCOMPARE(r.token.binding->evidence, BindingEvidence::Token);
        // What the result pane hears from any session: the same token part, binding included.
        QCOMPARE(announced.count(), 1);
        const auto shown = announced.takeFirst().first().value<TokenTestResult>();
        QVERIFY(shown.binding && shown.binding->verdict() == V::Bound);
        QVERIFY(tester.lastResult() && tester.lastResult()->binding
            && tester.lastResult()->binding->bound());

        access = Access::Opaque;
        tester.refresh();
        QVERIFY(done.wait(10000));
        r = done.takeFirst().first().value<SignInResult>();
        QVERIFY(r.ok() && r.refreshed);
        QVERIFY(r.token.binding);
        QCOMPARE(r.token.binding->verdict(), V::Unknown);
        QCOMPARE(r.token.binding->evidence, BindingEvidence::NotVisible);
        QVERIFY2(r.token.binding->message().contains(QStringLiteral("unknown until introspected")),
            qPrintable(r.token.binding->message()));

        access = Access::UnboundJwt;
        tester.refresh();
        QVERIFY(done.wait(10000));
        r = done.takeFirst().first().value<SignInResult>();
        QVERIFY(r.ok());
        QVERIFY(r.token.binding);
        QCOMPARE(r.token.binding->verdict(), V::Missing);
        QVERIFY(!r.token.binding->good());
    }

    void waitingSaysWhatToRegisterAndWhenTheBrowserGaveUp()
    {
        Transport transport;
        {
            // Registered without a port: OAuthDesk picks one, which an exact-matching AS refuses.
            SignInTester tester(
                &transport, environmentWith(discoveryDoc(kIssuer)), nativeClient(), {});
            QUrl opened;
            tester.setBrowserOpener([&opened](const QUrl &u) {
                opened = u;
                return true;
            });
            QSignalSpy notOpened(&tester, &SignInTester::browserNotOpened);
            QVERIFY(tester.waitingHint().isEmpty()); // not waiting yet
            tester.start();
            QVERIFY(tester.isBusy());
            const QString hint = tester.waitingHint();
            QVERIFY2(hint.contains(QStringLiteral("exactly as registered"))
                    && hint.contains(tester.redirectUri().toString())
                    && hint.contains(QStringLiteral("http://127.0.0.1/callback"))
                    && hint.contains(QStringLiteral("403")),
                qPrintable(hint));
            // The opener's browser gave up later (xdg-open found none): said, still waiting.
            tester.reportBrowserNotOpened(
                QUrl(QStringLiteral("https://as.example.com/an-earlier-attempt")),
                QStringLiteral("old"));
            QCOMPARE(notOpened.count(), 0); // about another attempt's link: ignored
            tester.reportBrowserNotOpened(
                opened, QStringLiteral("xdg-open: no method available for opening"));
            QCOMPARE(notOpened.count(), 1);
            QCOMPARE(notOpened.first().at(1).toString(),
                QStringLiteral("xdg-open: no method available for opening"));
            QVERIFY(tester.isBusy());
            tester.cancel();
            QVERIFY(tester.waitingHint().isEmpty());
            tester.reportBrowserNotOpened(opened, QStringLiteral("late"));
            QCOMPARE(notOpened.count(), 1); // not waiting any more: nothing to say
        }
        {
            // Registered with its port: the AS gets exactly what it has; nothing to add.
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            const quint16 port = probe.serverPort();
            probe.close();
            SignInTester tester(&transport, environmentWith(discoveryDoc(kIssuer)),
                nativeClient({ QStringLiteral("http://127.0.0.1:%1/callback").arg(port) }), {});
            tester.setBrowserOpener([](const QUrl &) { return true; });
            tester.start();
            QVERIFY(tester.isBusy());
            QCOMPARE(tester.redirectUri().port(), int(port));
            QVERIFY(tester.waitingHint().isEmpty());
            tester.cancel();
        }
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
