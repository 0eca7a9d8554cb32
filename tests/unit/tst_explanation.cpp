// SPDX-License-Identifier: GPL-3.0-or-later
// The explanation table (lib/oauth/Explanation): one test row per table row, each naming the
// refusal it explains and the words an admin must read; and the client-assertion audience rule
// that the private_key_jwt rows name.
#include "jose/Jwt.h"
#include "oauth/Explanation.h"
#include "oauth/TokenClient.h"
#include "oauth/TokenIntrospection.h"
#include "pki/KeyPair.h"

#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace oauthdesk;

Q_DECLARE_METATYPE(oauthdesk::BackChannelEndpoint)
Q_DECLARE_METATYPE(oauthdesk::AuthMethod)

namespace {

const QString kTokenEndpoint = QStringLiteral("https://as.example.com/oauth/token");
const QString kIntrospection = QStringLiteral("https://as.example.com/oauth/introspect");

HttpExchange answered(
    int status, const QByteArray &body, const QByteArray &contentType = "application/json")
{
    HttpExchange ex;
    ex.request.method = "POST";
    ex.status = status;
    ex.responseBody = body;
    ex.responseHeaders = { { "Content-Type", contentType } };
    if (status >= 300 && status < 400)
        ex.responseHeaders.append(
            qMakePair(QByteArray("Location"), QByteArray("https://login.example.com/next")));
    return ex;
}

QString q(const char *s)
{
    return QString::fromUtf8(s);
}
QString q(const QString &s)
{
    return s;
}
template <typename... T> QStringList words(const T &...t)
{
    return { q(t)... };
}

} // namespace

class TestExplanation : public QObject
{
    Q_OBJECT

    QSet<QString> m_rowsTested;

private Q_SLOTS:
    void eachRow_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<BackChannelEndpoint>("endpoint");
        QTest::addColumn<QByteArray>("grant");
        QTest::addColumn<AuthMethod>("method");
        QTest::addColumn<QStringList>("says");
        QTest::addColumn<QStringList>("neverSays");

        using E = BackChannelEndpoint;
        using M = AuthMethod;
        const QByteArray cc = "client_credentials", code = "authorization_code",
                         refresh = "refresh_token";
        auto err = [](const char *c) -> QByteArray {
            return QByteArray("{\"error\":\"") + c + "\",\"error_description\":\"from the AS\"}";
        };
        auto row = [](const char *id, const char *name) -> QTestData & {
            return QTest::newRow(name) << QString::fromLatin1(id);
        };

        row("invalid-client-jwt", "invalid_client, private_key_jwt, introspection")
            << 401 << err("invalid_client") << E::Introspection << QByteArray() << M::PrivateKeyJwt
            << words("introspection endpoint", "client assertion", "kid",
                   QString(QStringLiteral("audience was ") + kIntrospection), "the endpoint called",
                   "Settings → Environments")
            << words("secret");
        row("invalid-client-mtls", "invalid_client, tls_client_auth, token")
            << 401 << err("invalid_client") << E::Token << cc << M::TlsClientAuth
            << words("token endpoint", "client certificate", "tls_client_auth", "subject DN",
                   "client credentials request")
            << words("secret in the keychain");
        row("invalid-client-public", "invalid_client, public client, code exchange")
            << 401 << err("invalid_client") << E::Token << code << M::None
            << words("public client", "\"none\"", "code exchange")
            << words("secret in the keychain",
                   "introspection"); // a token endpoint refusal: not about other endpoints
        row("invalid-client-secret", "invalid_client, client_secret_post, revocation")
            << 401 << err("invalid_client") << E::Revocation << QByteArray() << M::ClientSecretPost
            << words("revocation endpoint", "secret in the keychain", "client_secret_post",
                   "revocation request")
            << words("revoke this kind");
        row("bare-refusal-secret", "bare 401, client_secret_basic, token")
            << 401 << QByteArray() << E::Token << cc << M::ClientSecretBasic
            << words("HTTP 401", "no OAuth error", "wrong client secret", "client_secret_basic",
                   "these scopes")
            << words("proxy");
        row("bare-refusal-jwt", "bare 403, private_key_jwt, token")
            << 403 << QByteArray("Forbidden") << E::Token << cc << M::PrivateKeyJwt
            << words("HTTP 403", "client assertion",
                   QString(QStringLiteral("audience was ") + kTokenEndpoint), "the token endpoint",
                   "Client assertion audience")
            << words("proxy", "client secret");
        row("invalid-client-secret-jwt", "invalid_client, client_secret_jwt, token")
            << 401 << err("invalid_client") << E::Token << cc << M::ClientSecretJwt
            << words("token endpoint", "client assertion", "client_secret_jwt",
                   "secret in the keychain",
                   QString(QStringLiteral("audience was ") + kTokenEndpoint),
                   "client credentials request")
            << words("kid", "signing key");
        row("bare-refusal-secret-jwt", "bare 401, client_secret_jwt, token")
            << 401 << QByteArray() << E::Token << cc << M::ClientSecretJwt
            << words("HTTP 401", "no OAuth error", "client_secret_jwt", "secret in the keychain",
                   QString(QStringLiteral("audience was ") + kTokenEndpoint))
            << words("proxy", "kid");
        row("bare-refusal-mtls", "bare 403, self-signed mTLS, introspection")
            << 403 << QByteArray() << E::Introspection << QByteArray() << M::SelfSignedTlsClientAuth
            << words("introspection endpoint", "HTTP 403", "not presented or not trusted",
                   "self_signed_tls_client_auth")
            << words("proxy", "scopes"); // introspection sends none
        row("bare-refusal-public", "bare 401, public client, refresh")
            << 401 << QByteArray() << E::Token << refresh << M::None
            << words("public client", "refresh token grant", "HTTP 401")
            << words("secret", "proxy");
        row("unauthorized-client-public-code",
            "unauthorized_client on a public client's code exchange")
            << 400 << err("unauthorized_client") << E::Token << code << M::None
            << words("code exchange", "public client", "confidential", "\"none\"")
            << words("client credentials", "secret in the keychain");
        row("unauthorized-client-token", "unauthorized_client on a code exchange")
            << 400 << err("unauthorized_client") << E::Token << code << M::ClientSecretBasic
            << words("authorization code grant", "\"authorization_code\"")
            << words("client credentials");
        row("unauthorized-client-call", "unauthorized_client at introspection")
            << 400 << err("unauthorized_client") << E::Introspection << QByteArray()
            << M::ClientSecretBasic << words("introspection endpoint", "unauthorized_client")
            << words("grant");
        row("invalid-scope", "invalid_scope, client credentials")
            << 400 << err("invalid_scope") << E::Token << cc << M::ClientSecretBasic
            << words("scopes", "client credentials request", "invalid_scope") << words();
        row("scope-invalid", "scope_invalid (not an RFC code), refresh")
            << 400 << err("scope_invalid") << E::Token << refresh << M::ClientSecretPost
            << words("scope_invalid", "not an RFC 6749 error code", "invalid_scope", "refresh")
            << words("no explanation");
        row("unsupported-grant-type", "unsupported_grant_type, refresh")
            << 400 << err("unsupported_grant_type") << E::Token << refresh << M::ClientSecretBasic
            << words("refresh token grant") << words("client credentials");
        row("invalid-grant-code", "invalid_grant on a code exchange")
            << 400 << err("invalid_grant") << E::Token << code << M::None
            << words("authorization code", "code_verifier", "redirect_uri", "Sign in again")
            << words("refresh token");
        row("invalid-grant-refresh", "invalid_grant on a refresh")
            << 400 << err("invalid_grant") << E::Token << refresh << M::ClientSecretBasic
            << words("refresh token", "rotation") << words("code_verifier");
        row("invalid-grant", "invalid_grant on client credentials")
            << 400 << err("invalid_grant") << E::Token << cc << M::ClientSecretBasic
            << words("client credentials request", "invalid_grant")
            << words("code_verifier", "rotation");
        row("invalid-request", "invalid_request at revocation")
            << 400 << err("invalid_request") << E::Revocation << QByteArray()
            << M::ClientSecretBasic
            << words("revocation endpoint", "malformed", "revocation request") << words();
        row("invalid-target", "invalid_target")
            << 400 << err("invalid_target") << E::Token << cc << M::ClientSecretBasic
            << words("RFC 8707", "resource") << words();
        row("unsupported-token-type", "unsupported_token_type at introspection")
            << 400 << err("unsupported_token_type") << E::Introspection << QByteArray()
            << M::ClientSecretBasic << words("introspection endpoint", "kind of token")
            << words("revoke", "revocation");
        row("redirect", "302 from the token endpoint")
            << 302 << QByteArray() << E::Token << cc << M::ClientSecretBasic
            << words("HTTP 302", "https://login.example.com/next", "final URL") << words();
        row("server-error", "503 HTML")
            << 503 << QByteArray("<html>down</html>") << E::Token << cc << M::ClientSecretBasic
            << words("HTTP 503", "server error", "logs") << words("secret");
        row("other-error", "an unknown code")
            << 400 << err("access_denied") << E::Token << code << M::ClientSecretBasic
            << words("\"access_denied\"", "code exchange", "client_secret_basic") << words();
        row("no-oauth-error", "bare 404")
            << 404 << QByteArray("<html>not found</html>") << E::Token << cc << M::ClientSecretBasic
            << words("HTTP 404", "without an OAuth error", "token endpoint URL") << words("secret");
    }

    void eachRow()
    {
        QFETCH(QString, row);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(BackChannelEndpoint, endpoint);
        QFETCH(QByteArray, grant);
        QFETCH(AuthMethod, method);
        QFETCH(QStringList, says);
        QFETCH(QStringList, neverSays);

        RefusalContext c;
        c.endpoint = endpoint;
        if (!grant.isEmpty())
            c.grantType = grant;
        c.method = method;
        if (method == AuthMethod::PrivateKeyJwt || method == AuthMethod::ClientSecretJwt) {
            c.audienceRule = endpoint == BackChannelEndpoint::Token
                ? AssertionAudience::TokenEndpoint
                : AssertionAudience::EndpointCalled;
            c.assertionAudience
                = endpoint == BackChannelEndpoint::Token ? kTokenEndpoint : kIntrospection;
        }
        const HttpExchange ex
            = answered(status, body, body.startsWith('<') ? "text/html" : "application/json");
        const QString code = oauthErrorAnswer(ex).code;
        QCOMPARE(QString::fromLatin1(explanationRowFor(status, code, c).id), row);
        m_rowsTested.insert(row);

        const Error e = refusalError(ex, c);
        QCOMPARE(e.code, ErrorCode::Rejected);
        for (const QString &s : says)
            QVERIFY2(e.message.contains(s),
                qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(s, e.message)));
        for (const QString &s : neverSays)
            QVERIFY2(!e.message.contains(s),
                qPrintable(QStringLiteral("unexpected \"%1\" in: %2").arg(s, e.message)));
        QVERIFY2(!e.message.contains(QLatin1Char('{')),
            qPrintable(e.message)); // every placeholder filled
        QVERIFY(e.detail.contains(QStringLiteral("HTTP %1").arg(status)));
        if (!code.isEmpty())
            QVERIFY(e.detail.contains(QStringLiteral("error=") + code));
    }

    /// The client's own record (client_secret_expires_at from its registration) says why the AS
    /// refused its secret: "expired on <date>", not "check that the secret matches", whatever the
    /// AS's words. Only for secret methods, only once the date has passed.
    void anExpiredSecretIsSaidToBeExpired()
    {
        const QDateTime past
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 3600, Qt::UTC);
        const QDateTime future = QDateTime::currentDateTimeUtc().addDays(10);
        // oidc-provider's answer for an expired secret (400, not 401); another AS's words would do.
        const HttpExchange ex = answered(400,
            R"({"error":"invalid_client","error_description":"its client secret is expired"})");
        TokenRequest r;
        r.authMethod = AuthMethod::ClientSecretBasic;
        r.credentials.clientSecretExpiresAt = past;
        const RefusalContext c = refusalContext(r);
        QCOMPARE(c.clientSecretExpiresAt, past);
        QCOMPARE(
            QString::fromLatin1(explanationRowFor(400, QStringLiteral("invalid_client"), c).id),
            QStringLiteral("invalid-client-secret-expired"));
        m_rowsTested.insert(QStringLiteral("invalid-client-secret-expired"));
        const Error e = refusalError(ex, c);
        for (const QString &s :
            words("expired on", past.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                "client_secret_expires_at", "client credentials request", "client_secret_basic",
                "clients rotate-secret CLIENT --at-as", "Ask AS for a new secret"))
            QVERIFY2(e.message.contains(s),
                qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(s, e.message)));
        QVERIFY2(
            !e.message.contains(QLatin1String("matches the one at the AS")), qPrintable(e.message));
        QVERIFY(!e.message.contains(QLatin1Char('{')));
        QVERIFY(e.detail.contains(QLatin1String("error_description=its client secret is expired")));

        // Introspection and revocation too (the same client authentication).
        ClientAuthentication who { QStringLiteral("c1"), AuthMethod::ClientSecretPost, {},
            r.credentials };
        QCOMPARE(QString::fromLatin1(explanationRowFor(401, QStringLiteral("invalid_client"),
                     refusalContextFor(BackChannelEndpoint::Revocation, who, QUrl(kIntrospection),
                         QUrl(kTokenEndpoint)))
                                         .id),
            QStringLiteral("invalid-client-secret-expired"));

        // Not yet expired, never expiring, or a method without a secret: the usual rows.
        r.credentials.clientSecretExpiresAt = future;
        QCOMPARE(
            QString::fromLatin1(
                explanationRowFor(400, QStringLiteral("invalid_client"), refusalContext(r)).id),
            QStringLiteral("invalid-client-secret"));
        QVERIFY(refusalError(ex, refusalContext(r))
                    .message.contains(QLatin1String("has not expired there")));
        r.credentials.clientSecretExpiresAt.reset();
        QCOMPARE(
            QString::fromLatin1(
                explanationRowFor(400, QStringLiteral("invalid_client"), refusalContext(r)).id),
            QStringLiteral("invalid-client-secret"));
        r.credentials.clientSecretExpiresAt = past;
        r.authMethod = AuthMethod::TlsClientAuth;
        QVERIFY(!refusalContext(r).clientSecretExpiresAt);
        QCOMPARE(
            QString::fromLatin1(
                explanationRowFor(400, QStringLiteral("invalid_client"), refusalContext(r)).id),
            QStringLiteral("invalid-client-mtls"));
        // Another error code with an expired secret is not explained as the expiry.
        r.authMethod = AuthMethod::ClientSecretBasic;
        QCOMPARE(QString::fromLatin1(
                     explanationRowFor(400, QStringLiteral("invalid_scope"), refusalContext(r)).id),
            QStringLiteral("invalid-scope"));
    }

    void everyRowHasATest()
    {
        if (m_rowsTested.isEmpty())
            QSKIP("runs after eachRow (QtTest runs slots in order): run the whole test");
        for (const ExplanationRow &r : explanationTable())
            QVERIFY2(m_rowsTested.contains(QString::fromLatin1(r.id)), r.id);
        QCOMPARE(m_rowsTested.size(), explanationTable().size());
    }

    void aServerWordIsNeverReadAsAPlaceholder()
    {
        RefusalContext c;
        const QString text = explainRefusal(400, QStringLiteral("{status}{aud}"), c);
        QVERIFY2(text.contains(QStringLiteral("\"{status}{aud}\"")), qPrintable(text));
    }

    void tokenResponsesUseTheGrantAndMethodSent()
    {
        // Regression (issue 12, defect 6): a code exchange's unauthorized_client is not about
        // the client credentials grant, and a public client is never told to check its secret.
        TokenRequest r;
        r.grantType = "authorization_code";
        r.authMethod = AuthMethod::None;
        auto refused = parseTokenResponse(
            answered(400, R"({"error":"unauthorized_client"})"), {}, refusalContext(r));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("authorization code grant")),
            qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QLatin1String("client credentials")));
        auto publicBare = parseTokenResponse(answered(401, {}), {}, refusalContext(r));
        QVERIFY(!publicBare);
        QVERIFY(!publicBare.error().message.contains(QLatin1String("secret")));
    }

    /// A known code is explained whatever 4xx it comes with; a status no row covers is read by
    /// the body's shape.
    void codesAcrossTheirStatusesAndOddStatuses()
    {
        RefusalContext c;
        c.method = AuthMethod::ClientSecretBasic;
        QCOMPARE(
            QString::fromLatin1(explanationRowFor(403, QStringLiteral("invalid_client"), c).id),
            QStringLiteral("invalid-client-secret"));
        c.grantType = "refresh_token";
        QCOMPARE(QString::fromLatin1(explanationRowFor(401, QStringLiteral("invalid_grant"), c).id),
            QStringLiteral("invalid-grant-refresh"));
        QCOMPARE(QString::fromLatin1(explanationRowFor(700, QStringLiteral("invalid_grant"), c).id),
            QStringLiteral("other-error"));
        QCOMPARE(QString::fromLatin1(explanationRowFor(700, QString(), c).id),
            QStringLiteral("no-oauth-error"));
        QVERIFY(!explainRefusal(700, QStringLiteral("weird"), c)
                     .contains(QLatin1String("without an OAuth error")));
    }

    void assertionAudienceFollowsTheEnvironmentsRule()
    {
        auto key = generateKey(KeyAlgorithm::EcP256);
        QVERIFY(key);
        auto der = privateKeyToPkcs8Der(key->get());
        QVERIFY(der);
        Environment env;
        env.issuer = QUrl(QStringLiteral("https://as.example.com"));
        TokenCall call;
        call.endpoint = QUrl(kIntrospection);
        call.tokenEndpoint = QUrl(kTokenEndpoint);
        call.client.clientId = QStringLiteral("c1");
        call.client.authMethod = AuthMethod::PrivateKeyJwt;
        call.client.credentials.signingKeyPkcs8Der
            = std::make_shared<const SecretBytes>(std::move(*der));
        call.client.credentials.signingKid = QStringLiteral("k1");
        call.token
            = std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(QStringLiteral("tok")));

        auto audienceSent = [&](AssertionAudience rule) -> QString {
            env.assertionAudience = rule;
            TokenCall c = call;
            c.client.credentials = withAudienceRule(call.client.credentials, env);
            auto req = buildIntrospectionRequest(c);
            if (!req)
                return QStringLiteral("build failed: ") + req.error().message;
            const QByteArray assertion
                = QUrlQuery(QString::fromUtf8(req->body))
                      .queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded)
                      .toUtf8();
            auto jwt = decodeJwt(assertion);
            return jwt ? jwt->claims.value(QLatin1String("aud")).toString()
                       : QStringLiteral("not a JWT");
        };
        QCOMPARE(audienceSent(AssertionAudience::TokenEndpoint), kTokenEndpoint);
        QCOMPARE(audienceSent(AssertionAudience::Issuer), QStringLiteral("https://as.example.com"));
        QCOMPARE(audienceSent(AssertionAudience::EndpointCalled), kIntrospection);

        // A token request under "the endpoint called" names the token endpoint: that is the
        // endpoint called.
        env.assertionAudience = AssertionAudience::EndpointCalled;
        TokenRequest t;
        t.tokenEndpoint = QUrl(kTokenEndpoint);
        t.authMethod = AuthMethod::PrivateKeyJwt;
        t.credentials = withAudienceRule(call.client.credentials, env);
        QCOMPARE(refusalContext(t).assertionAudience, kTokenEndpoint);
        QCOMPARE(refusalContext(t).audienceRule, AssertionAudience::EndpointCalled);
    }

    void audienceRuleRoundTrips()
    {
        QCOMPARE(allValues<AssertionAudience>().size(), 3);
        for (AssertionAudience a : allValues<AssertionAudience>()) {
            QCOMPARE(fromWire<AssertionAudience>(toWire(a)), a);
            QVERIFY(!displayName(a).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestExplanation)
#include "tst_explanation.moc"
