// SPDX-License-Identifier: GPL-3.0-or-later
// The test AS side of the authorization code flow (tests/live/as/server.mjs through with-as.sh),
// without the application: TestBrowser walks the AS's auto-approving test interaction to a
// loopback listener of this test (any port, RFC 8252), the code is exchanged with PKCE (S256)
// by the public client native-client, the refresh token is introspected, used (rotated) and
// revoked; login_hint=deny comes back as access_denied; an untrusted CA stops the browser.
// Proves what the application's live tests can rely on. No code or token is ever printed.
#include "TestBrowser.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <optional>

using oauthdesk::test::TestBrowser;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

const QString kClientId = QStringLiteral("native-client");

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBase64Url(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return base64Url(raw);
}

/// Payload of a compact JWS, not verified (the AS's own token; only its claims are looked at).
QJsonObject jwtClaims(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
        QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

/// A one-shot HTTP listener on 127.0.0.1 (the application's redirect listener, RFC 8252 §7.3):
/// answers every request with 200 and a short text, and remembers the request targets.
class LoopbackListener
{
public:
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QStringList targets;

    LoopbackListener()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    const QList<QByteArray> requestLine
                        = buffer->left(buffer->indexOf("\r\n")).split(' ');
                    targets.append(requestLine.size() >= 2 ? QString::fromLatin1(requestLine.at(1))
                                                           : QString());
                    const QByteArray body = "Authorization finished. You can close this window.";
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n"
                        "Content-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
    }

private:
    QTcpServer m_server;
};

struct HttpAnswer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QString error;
};

} // namespace

class TestLiveAsSmoke final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    QString m_issuer;

    QSslConfiguration tls() const
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.addCaCertificates(QSslCertificate::fromPath(env("OAUTHDESK_TEST_CA"), QSsl::Pem));
        return c;
    }

    HttpAnswer send(const QString &path, const QUrlQuery &form, const QByteArray &bearer = {})
    {
        QNetworkRequest request(QUrl(m_issuer + path));
        request.setSslConfiguration(tls());
        request.setTransferTimeout(15000);
        HttpAnswer answer;
        QNetworkReply *reply = nullptr;
        if (bearer.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                QStringLiteral("application/x-www-form-urlencoded"));
            reply = m_nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        } else {
            request.setRawHeader("Authorization", "Bearer " + bearer);
            reply = m_nam.get(request);
        }
        bool done = false;
        connect(reply, &QNetworkReply::finished, this, [&] { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            answer.error = QStringLiteral("timeout");
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        if (answer.status == 0 && answer.error.isEmpty())
            answer.error = reply->errorString();
        reply->deleteLater();
        return answer;
    }

    /// Error code and description of a JSON error answer (never a token), for failure messages.
    static QByteArray why(const HttpAnswer &a)
    {
        return QStringLiteral("HTTP %1 %2 %3 %4")
            .arg(QString::number(a.status), a.json.value(QLatin1String("error")).toString(),
                a.json.value(QLatin1String("error_description")).toString(), a.error)
            .toUtf8();
    }

    struct Authorization
    {
        TestBrowser::Result result;
        QString redirectUri;
        QByteArray verifier;
        QString state;
    };

    std::optional<Authorization> authorize(TestBrowser &browser, LoopbackListener &listener,
        const QString &scope, const QString &caBundle,
        const QList<std::pair<QString, QString>> &extra = {})
    {
        Authorization a;
        a.redirectUri = QStringLiteral("http://127.0.0.1:%1/callback").arg(listener.port());
        a.verifier = randomBase64Url(32);
        a.state = QString::fromLatin1(randomBase64Url(12));
        QUrl url(m_issuer + QStringLiteral("/auth"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), kClientId);
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("redirect_uri"), a.redirectUri);
        q.addQueryItem(QStringLiteral("scope"), scope);
        q.addQueryItem(QStringLiteral("state"), a.state);
        q.addQueryItem(QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj"));
        q.addQueryItem(QStringLiteral("code_challenge"),
            QString::fromLatin1(
                base64Url(QCryptographicHash::hash(a.verifier, QCryptographicHash::Sha256))));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        for (const auto &[k, v] : extra)
            q.addQueryItem(k, v);
        url.setQuery(q);
        std::optional<TestBrowser::Result> result;
        browser.open(url, caBundle, [&](TestBrowser::Result r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return std::nullopt;
        a.result = std::move(*result);
        return a;
    }

    HttpAnswer exchange(const Authorization &a)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), a.result.callbackParam(QStringLiteral("code")));
        form.addQueryItem(QStringLiteral("redirect_uri"), a.redirectUri);
        form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(a.verifier));
        form.addQueryItem(QStringLiteral("client_id"), kClientId);
        return send(QStringLiteral("/token"), form);
    }

    HttpAnswer withToken(const QString &path, const QString &token, const QString &grantType = {})
    {
        QUrlQuery form;
        if (!grantType.isEmpty()) {
            form.addQueryItem(QStringLiteral("grant_type"), grantType);
            form.addQueryItem(QStringLiteral("refresh_token"), token);
        } else {
            form.addQueryItem(QStringLiteral("token"), token);
        }
        form.addQueryItem(QStringLiteral("client_id"), kClientId);
        return send(path, form);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!env("OAUTHDESK_TEST_ISSUER").isEmpty(),
            "run through tests/live/with-as.sh (ctest does)");
        m_issuer = env("OAUTHDESK_TEST_ISSUER");
    }

    void codeFlowWithPkceRefreshIntrospectRevoke()
    {
        LoopbackListener listener;
        QVERIFY(listener.listen());
        TestBrowser browser;
        auto a = authorize(browser, listener,
            QStringLiteral("openid offline_access profile email accounts:read"),
            env("OAUTHDESK_TEST_CA"));
        QVERIFY(a);
        const TestBrowser::Result &r = a->result;
        QVERIFY2(r.ok, qPrintable(r.hopsText()));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.startsWith("Authorization finished"));
        QCOMPARE(r.loopbackUrl.port(), int(listener.port()));
        QCOMPARE(r.loopbackUrl.path(), QStringLiteral("/callback"));
        QCOMPARE(r.callbackParam(QStringLiteral("state")), a->state);
        QCOMPARE(r.callbackParam(QStringLiteral("iss")), m_issuer); // RFC 9207
        QVERIFY(!r.callbackParam(QStringLiteral("code")).isEmpty());
        QCOMPARE(listener.targets.size(), 1);
        QCOMPARE(listener.targets.first(),
            QString::fromLatin1(
                r.loopbackUrl.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)));
        // AS -> login interaction -> AS -> consent interaction -> AS -> listener.
        QCOMPARE(r.hops.size(), 6);
        QVERIFY2(!r.hopsText().contains(r.callbackParam(QStringLiteral("code"))),
            "hopsText must not show the code");

        const HttpAnswer tokens = exchange(*a);
        QVERIFY2(tokens.status == 200, why(tokens).constData());
        const QString accessToken = tokens.json.value(QLatin1String("access_token")).toString();
        const QString refreshToken = tokens.json.value(QLatin1String("refresh_token")).toString();
        QVERIFY(!accessToken.isEmpty());
        QVERIFY(!refreshToken.isEmpty());
        QCOMPARE(
            tokens.json.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(tokens.json.value(QLatin1String("scope"))
                    .toString()
                    .split(QLatin1Char(' '))
                    .contains(QStringLiteral("accounts:read")));
        const QJsonObject id = jwtClaims(tokens.json.value(QLatin1String("id_token")).toString());
        QCOMPARE(id.value(QLatin1String("sub")).toString(), QStringLiteral("test-user"));
        QCOMPARE(id.value(QLatin1String("name")).toString(), QStringLiteral("Test User"));
        QCOMPARE(id.value(QLatin1String("email")).toString(),
            QStringLiteral("test-user@oauthdesk.test"));
        QCOMPARE(id.value(QLatin1String("aud")).toString(), kClientId);
        QCOMPARE(id.value(QLatin1String("iss")).toString(), m_issuer);
        QCOMPARE(id.value(QLatin1String("nonce")).toString(), QStringLiteral("n-0S6_WzA2Mj"));
        const QJsonObject at = jwtClaims(accessToken); // JWT for the API (default resource)
        QCOMPARE(at.value(QLatin1String("aud")).toString(),
            QStringLiteral("https://api.oauthdesk.test"));
        QCOMPARE(at.value(QLatin1String("client_id")).toString(), kClientId);
        QCOMPARE(at.value(QLatin1String("sub")).toString(), QStringLiteral("test-user"));

        // A public client may introspect its own refresh token.
        HttpAnswer intro = withToken(QStringLiteral("/token/introspection"), refreshToken);
        QVERIFY2(intro.status == 200, why(intro).constData());
        QCOMPARE(intro.json.value(QLatin1String("active")).toBool(), true);
        QCOMPARE(intro.json.value(QLatin1String("client_id")).toString(), kClientId);
        QCOMPARE(intro.json.value(QLatin1String("sub")).toString(), QStringLiteral("test-user"));

        // Refresh: new tokens, the refresh token rotates, the old one is spent.
        const HttpAnswer refreshed
            = withToken(QStringLiteral("/token"), refreshToken, QStringLiteral("refresh_token"));
        QVERIFY2(refreshed.status == 200, why(refreshed).constData());
        const QString rotated = refreshed.json.value(QLatin1String("refresh_token")).toString();
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != refreshToken);
        QVERIFY(!refreshed.json.value(QLatin1String("access_token")).toString().isEmpty());
        QVERIFY(!refreshed.json.value(QLatin1String("id_token")).toString().isEmpty());

        // Revoke the current refresh token: introspection says inactive, refreshing fails.
        const HttpAnswer revoked = withToken(QStringLiteral("/token/revocation"), rotated);
        QVERIFY2(revoked.status == 200, why(revoked).constData());
        intro = withToken(QStringLiteral("/token/introspection"), rotated);
        QCOMPARE(intro.status, 200);
        QCOMPARE(intro.json.value(QLatin1String("active")).toBool(true), false);
        const HttpAnswer afterRevoke
            = withToken(QStringLiteral("/token"), rotated, QStringLiteral("refresh_token"));
        QCOMPARE(afterRevoke.status, 400);
        QCOMPARE(afterRevoke.json.value(QLatin1String("error")).toString(),
            QStringLiteral("invalid_grant"));
    }

    void reusedCodeRevokesItsTokens()
    {
        // RFC 6749 §4.1.2: a code used twice fails, and what it gave is revoked.
        LoopbackListener listener;
        QVERIFY(listener.listen());
        TestBrowser browser;
        auto a = authorize(
            browser, listener, QStringLiteral("openid accounts:read"), env("OAUTHDESK_TEST_CA"));
        QVERIFY(a);
        QVERIFY2(a->result.ok, qPrintable(a->result.hopsText()));
        const HttpAnswer tokens = exchange(*a);
        QVERIFY2(tokens.status == 200, why(tokens).constData());
        const QString refreshToken = tokens.json.value(QLatin1String("refresh_token")).toString();
        QVERIFY(
            !refreshToken.isEmpty()); // also without offline_access (refresh_token grant allowed)
        const HttpAnswer again = exchange(*a);
        QCOMPARE(again.status, 400);
        QCOMPARE(
            again.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        const HttpAnswer intro = withToken(QStringLiteral("/token/introspection"), refreshToken);
        QCOMPARE(intro.status, 200);
        QCOMPARE(intro.json.value(QLatin1String("active")).toBool(true), false);
    }

    void openIdOnlyFlowGivesUserinfoToken()
    {
        LoopbackListener listener;
        QVERIFY(listener.listen());
        TestBrowser browser;
        auto a = authorize(
            browser, listener, QStringLiteral("openid profile email"), env("OAUTHDESK_TEST_CA"));
        QVERIFY(a);
        QVERIFY2(a->result.ok, qPrintable(a->result.hopsText()));
        const HttpAnswer tokens = exchange(*a);
        QVERIFY2(tokens.status == 200, why(tokens).constData());
        const HttpAnswer me = send(QStringLiteral("/me"), {},
            tokens.json.value(QLatin1String("access_token")).toString().toLatin1());
        QVERIFY2(me.status == 200, why(me).constData());
        QCOMPARE(me.json.value(QLatin1String("sub")).toString(), QStringLiteral("test-user"));
        QCOMPARE(me.json.value(QLatin1String("email")).toString(),
            QStringLiteral("test-user@oauthdesk.test"));
    }

    void deniedComesBackAsAccessDenied()
    {
        LoopbackListener listener;
        QVERIFY(listener.listen());
        TestBrowser browser;
        auto a = authorize(browser, listener, QStringLiteral("openid accounts:read"),
            env("OAUTHDESK_TEST_CA"), { { QStringLiteral("login_hint"), QStringLiteral("deny") } });
        QVERIFY(a);
        QVERIFY2(a->result.ok, qPrintable(a->result.hopsText()));
        QCOMPARE(a->result.callbackParam(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(a->result.callbackParam(QStringLiteral("error_description")),
            QStringLiteral("The test user declined."));
        QCOMPARE(a->result.callbackParam(QStringLiteral("state")), a->state);
        QVERIFY(a->result.callbackParam(QStringLiteral("code")).isEmpty());
    }

    void unregisteredRedirectStopsAtTheAs()
    {
        // Another path than the registered /callback: the AS shows an error page, no redirect.
        TestBrowser browser;
        QUrl url(m_issuer + QStringLiteral("/auth"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), kClientId);
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(
            QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9/elsewhere"));
        q.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid"));
        q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(randomBase64Url(32)));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        url.setQuery(q);
        std::optional<TestBrowser::Result> result;
        browser.open(
            url, env("OAUTHDESK_TEST_CA"), [&](TestBrowser::Result r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(!result->ok);
        QCOMPARE(result->status, 400);
        QVERIFY2(result->body.contains("invalid_redirect_uri"), result->body.left(400).constData());
        QVERIFY(result->loopbackUrl.isEmpty());
    }

    void untrustedCaStopsTheBrowser()
    {
        LoopbackListener listener;
        QVERIFY(listener.listen());
        TestBrowser browser;
        auto a = authorize(
            browser, listener, QStringLiteral("openid"), env("OAUTHDESK_TEST_WRONG_CA"));
        QVERIFY(a);
        QVERIFY(!a->result.ok);
        QCOMPARE(a->result.hops.size(), 1);
        QCOMPARE(a->result.hops.first().status, 0);
        QVERIFY2(a->result.error.contains(QStringLiteral("TLS")), qPrintable(a->result.error));
        QVERIFY(listener.targets.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveAsSmoke)
#include "tst_live_as_smoke.moc"
