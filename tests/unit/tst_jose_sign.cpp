// SPDX-License-Identifier: GPL-3.0-or-later
// JWK export, RFC 7638 thumbprints and JWS signing (client assertions), cross-checked by
// independent implementations: the RFC's own vector, Node's crypto, and our cjose verifier.
#include "jose/Dpop.h"
#include "jose/Jwk.h"
#include "jose/JwsSigner.h"
#include "jose/JwsVerifier.h"
#include "jose/Jwt.h"
#include "pki/OpenSsl.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace oauthdesk;

namespace {

PKey makeKey(const QString &kind)
{
    if (kind == QLatin1String("RSA"))
        return PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
    return PKey(EVP_PKEY_Q_keygen(
        nullptr, nullptr, "EC", kind == QLatin1String("P-384") ? "P-384" : "P-256"));
}

/// Verifies a compact JWS with Node's crypto, independently of OpenSSL-through-our-code.
bool nodeVerifies(const QByteArray &token, const QJsonObject &jwk, const QString &alg)
{
    static const QString script = QStringLiteral(R"JS(
const crypto = require('crypto');
const [token, jwk, alg] = process.argv.slice(1);
const [h, p, s] = token.split('.');
const key = crypto.createPublicKey({ key: JSON.parse(jwk), format: 'jwk' });
const data = Buffer.from(h + '.' + p);
const sig = Buffer.from(s, 'base64url');
let ok;
if (alg === 'RS256') ok = crypto.verify('sha256', data, key, sig);
else if (alg === 'PS256') ok = crypto.verify('sha256', data, { key, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, sig);
else ok = crypto.verify(alg === 'ES384' ? 'sha384' : 'sha256', data, { key, dsaEncoding: 'ieee-p1363' }, sig);
process.exit(ok ? 0 : 1);
)JS");
    QProcess node;
    node.start(QStringLiteral("node"),
        { QStringLiteral("-e"), script, QString::fromLatin1(token),
            QString::fromUtf8(QJsonDocument(jwk).toJson(QJsonDocument::Compact)), alg });
    return node.waitForFinished(20000) && node.exitStatus() == QProcess::NormalExit
        && node.exitCode() == 0;
}

} // namespace

class TestJoseSign final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7638Thumbprint()
    {
        // RFC 7638 §3.1, the RFC's own example key and thumbprint.
        const QJsonObject jwk {
            { QStringLiteral("kty"), QStringLiteral("RSA") },
            { QStringLiteral("n"),
                QStringLiteral(
                    "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw") },
            { QStringLiteral("e"), QStringLiteral("AQAB") },
            { QStringLiteral("alg"), QStringLiteral("RS256") },
            { QStringLiteral("kid"), QStringLiteral("2011-04-29") },
        };
        QCOMPARE(jwkThumbprint(jwk).value(),
            QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
        QVERIFY(!jwkThumbprint(QJsonObject { { QStringLiteral("kty"), QStringLiteral("oct") } }));
        QVERIFY(!jwkThumbprint(QJsonObject { { QStringLiteral("kty"), QStringLiteral("RSA") },
            { QStringLiteral("e"), QStringLiteral("AQAB") } }));
    }

    void publicJwkShapes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("kty");
        QTest::addColumn<int>("coordinateBytes");
        QTest::newRow("RSA 2048") << "RSA"
                                  << "RSA" << 0;
        QTest::newRow("P-256") << "P-256"
                               << "EC" << 32;
        QTest::newRow("P-384") << "P-384"
                               << "EC" << 48;
    }
    void publicJwkShapes()
    {
        QFETCH(QString, kind);
        QFETCH(QString, kty);
        QFETCH(int, coordinateBytes);
        PKey key = makeKey(kind);
        QVERIFY(key);
        auto jwk = publicJwk(key.get());
        QVERIFY(jwk);
        QCOMPARE(jwk->value(QLatin1String("kty")).toString(), kty);
        QVERIFY(!jwk->contains(QLatin1String("d"))); // never the private part
        if (kty == QLatin1String("EC")) {
            QCOMPARE(jwk->value(QLatin1String("crv")).toString(), kind);
            for (const char *c : { "x", "y" })
                QCOMPARE(QByteArray::fromBase64(jwk->value(QLatin1String(c)).toString().toLatin1(),
                             QByteArray::Base64UrlEncoding)
                             .size(),
                    coordinateBytes);
        } else {
            QCOMPARE(jwk->value(QLatin1String("e")).toString(), QStringLiteral("AQAB"));
            QCOMPARE(QByteArray::fromBase64(jwk->value(QLatin1String("n")).toString().toLatin1(),
                         QByteArray::Base64UrlEncoding)
                         .size(),
                256);
        }
        // Node reads the same key from our JWK and agrees on its thumbprint input.
        QVERIFY(jwkThumbprint(*jwk));
    }

    void signaturesVerifyIndependently_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("alg");
        QTest::newRow("RS256") << "RSA"
                               << "RS256";
        QTest::newRow("PS256") << "RSA"
                               << "PS256";
        QTest::newRow("ES256") << "P-256"
                               << "ES256";
        QTest::newRow("ES384") << "P-384"
                               << "ES384";
    }
    void signaturesVerifyIndependently()
    {
        QFETCH(QString, kind);
        QFETCH(QString, alg);
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            QSKIP("node is not installed (packaging/install-deps.sh --with-tests installs it)");
        PKey key = makeKey(kind);
        auto jwk = publicJwk(key.get());
        const QString kid = jwkThumbprint(*jwk).value();
        auto token
            = signJws(key.get(), alg, { { QStringLiteral("kid"), kid } }, R"({"hello":"world"})");
        QVERIFY2(
            token, qPrintable(token ? QString() : token.error().message + token.error().detail));
        QVERIFY(nodeVerifies(*token, *jwk, alg));
        // And our own verifier (cjose) agrees, by kid from a JWKS we publish.
        const QByteArray jwks = jwksDocument({ { *jwk, kid, alg, {} } });
        if (alg != QLatin1String("ES384")) // verifyJws supports the three algorithms of the AS
            QCOMPARE(verifyJws(*token, jwks).status, SignatureStatus::Valid);
        // A changed payload fails the independent check too.
        QList<QByteArray> parts = token->split('.');
        parts[1] = base64Url(R"({"hello":"mallory"})");
        QVERIFY(!nodeVerifies(parts.join('.'), *jwk, alg));
        if (kind != QLatin1String("RSA")) {
            const QByteArray sig
                = QByteArray::fromBase64(token->split('.').at(2), QByteArray::Base64UrlEncoding);
            QCOMPARE(sig.size(), kind == QLatin1String("P-256") ? 64 : 96); // JOSE R||S, not DER
        }
    }

    void keyMustFitTheAlgorithm()
    {
        PKey ec = makeKey(QStringLiteral("P-256"));
        PKey rsa = makeKey(QStringLiteral("RSA"));
        QVERIFY(!signJws(ec.get(), QStringLiteral("RS256"), {}, "x"));
        QVERIFY(!signJws(rsa.get(), QStringLiteral("ES256"), {}, "x"));
        QVERIFY(!signJws(rsa.get(), QStringLiteral("HS256"), {}, "x"));
        QVERIFY(!signJws(rsa.get(), QStringLiteral("none"), {}, "x"));
        QCOMPARE(defaultJwsAlgorithm(ec.get()), QStringLiteral("ES256"));
        QCOMPARE(defaultJwsAlgorithm(rsa.get()), QStringLiteral("RS256"));
    }

    void clientAssertionClaims()
    {
        PKey key = makeKey(QStringLiteral("P-256"));
        ClientAssertionRequest r;
        r.clientId = QStringLiteral("billing-service");
        r.audience = QStringLiteral("https://as.example.com/token");
        r.kid = QStringLiteral("k1");
        r.now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        r.lifetimeSeconds = 120;
        auto a = buildClientAssertion(key.get(), r);
        QVERIFY(a);
        auto decoded = decodeJwt(*a);
        QVERIFY(decoded);
        QCOMPARE(decoded->alg, QStringLiteral("ES256"));
        QCOMPARE(decoded->kid, QStringLiteral("k1"));
        const QJsonObject c = decoded->claims;
        QCOMPARE(c.value(QLatin1String("iss")).toString(), QStringLiteral("billing-service"));
        QCOMPARE(c.value(QLatin1String("sub")).toString(), QStringLiteral("billing-service"));
        QCOMPARE(c.value(QLatin1String("aud")).toString(), r.audience);
        QCOMPARE(qint64(c.value(QLatin1String("iat")).toDouble()), qint64(1'800'000'000));
        QCOMPARE(qint64(c.value(QLatin1String("exp")).toDouble()), qint64(1'800'000'120));
        QCOMPARE(c.value(QLatin1String("jti")).toString().size(), 22); // 128 random bits
        // A fresh jti every time.
        auto b = buildClientAssertion(key.get(), r);
        QVERIFY(decodeJwt(*b)->claims.value(QLatin1String("jti")) != c.value(QLatin1String("jti")));
        // No kid: refused with the words peer tools print ("kid null").
        r.kid.clear();
        auto noKid = buildClientAssertion(key.get(), r);
        QVERIFY(!noKid);
        QVERIFY(noKid.error().message.contains(QStringLiteral("kid")));
    }

    // HS256/HS512 JWS (RFC 7518 §3.2) equal to what Python's hmac module computes for the same
    // header, payload and key (the vectors below came from it, not from this code).
    void macJwsMatchesAnIndependentHmac()
    {
        const QByteArray secret("0123456789abcdef0123456789abcdef");
        const QJsonObject header { { QStringLiteral("typ"), QStringLiteral("JWT") } };
        auto hs256 = macJws(secret, QStringLiteral("HS256"), header, R"({"iss":"client-1"})");
        QVERIFY(hs256);
        QCOMPARE(*hs256,
            QByteArray("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJjbGllbnQtMSJ9."
                       "X4jSUf-_kp4k1QhR8dfCxyTolvNPfSqgWNIZhHSIAjo"));
        auto hs512
            = macJws(secret + secret, QStringLiteral("HS512"), header, R"({"iss":"client-1"})");
        QVERIFY(hs512);
        QCOMPARE(*hs512,
            QByteArray("eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJjbGllbnQtMSJ9."
                       "iADM449VpBI5zanBncCxwIde6wpjGSk_qEEWR2xk0pL99y0g47YeGq9Xm-J-"
                       "oXeOGPRvJBkOFom0xxmqd4xPGw"));
        // A key shorter than the hash is refused with what to do; so is an algorithm that is no
        // MAC.
        auto shortKey = macJws(secret.left(31), QStringLiteral("HS256"), header, "{}");
        QVERIFY(!shortKey);
        QVERIFY2(shortKey.error().message.contains(QLatin1String("at least 32 bytes"))
                && shortKey.error().message.contains(QLatin1String("has 31")),
            qPrintable(shortKey.error().message));
        QVERIFY(!macJws(secret + secret, QStringLiteral("HS512x"), header, "{}"));
        QVERIFY(!macJws(secret, QStringLiteral("RS256"), header, "{}"));
    }

    // client_secret_jwt (RFC 7523 §2.2): the private_key_jwt claims, HS256, no kid.
    void clientSecretAssertionClaims()
    {
        ClientAssertionRequest r;
        r.clientId = QStringLiteral("billing-service");
        r.audience = QStringLiteral("https://as.example.com/token");
        r.now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const QByteArray secret(32, 'k');
        auto a = buildClientSecretAssertion(secret, r);
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        auto decoded = decodeJwt(*a);
        QVERIFY(decoded);
        QCOMPARE(decoded->alg, QStringLiteral("HS256"));
        QVERIFY(decoded->kid.isEmpty());
        QCOMPARE(decoded->claims.value(QLatin1String("iss")).toString(), r.clientId);
        QCOMPARE(decoded->claims.value(QLatin1String("sub")).toString(), r.clientId);
        QCOMPARE(decoded->claims.value(QLatin1String("aud")).toString(), r.audience);
        QCOMPARE(
            qint64(decoded->claims.value(QLatin1String("exp")).toDouble()), qint64(1'800'000'120));
        // The MAC is over the first two parts under the secret.
        const QByteArray input = a->left(a->lastIndexOf('.'));
        auto again = macJws(secret, QStringLiteral("HS256"), decoded->header,
            decodeBase64UrlStrict(input.mid(input.indexOf('.') + 1)).value_or(QByteArray()));
        QVERIFY(again);
        QCOMPARE(*again, *a);
        r.alg = QStringLiteral("HS384");
        auto hs384 = buildClientSecretAssertion(QByteArray(48, 'k'), r);
        QVERIFY(hs384);
        QCOMPARE(decodeJwt(*hs384)->alg, QStringLiteral("HS384"));
    }

    // RFC 9449 §4.2: a DPoP proof's header and claims, its signature checked by cjose and by
    // Node against the JWK it carries, ath as an independent SHA-256 (QCryptographicHash).
    void dpopProof_data()
    {
        QTest::addColumn<QString>("curve");
        QTest::addColumn<QString>("alg");
        QTest::newRow("ES256") << QStringLiteral("P-256") << QStringLiteral("ES256");
        QTest::newRow("PS256") << QStringLiteral("RSA") << QStringLiteral("PS256");
    }
    void dpopProof()
    {
        QFETCH(QString, curve);
        QFETCH(QString, alg);
        PKey key = makeKey(curve);
        DpopProofRequest r;
        r.method = "GET";
        r.url = QUrl(QStringLiteral("https://api.example.com/accounts?page=2#top"));
        r.alg = alg;
        r.accessToken = "an-access-token";
        r.nonce = QStringLiteral("server-nonce-1");
        r.now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        auto proof = buildDpopProof(key.get(), r);
        QVERIFY2(proof, proof ? "" : qPrintable(proof.error().message));
        auto d = decodeJwt(*proof);
        QVERIFY(d);
        QCOMPARE(d->header.value(QLatin1String("typ")).toString(), QStringLiteral("dpop+jwt"));
        QCOMPARE(d->alg, alg);
        const QJsonObject jwk = d->header.value(QLatin1String("jwk")).toObject();
        QCOMPARE(jwk, *publicJwk(key.get()));
        for (const char *priv : { "d", "p", "q", "dp", "dq", "qi" })
            QVERIFY2(!jwk.contains(QLatin1String(priv)), priv);
        const QJsonObject c = d->claims;
        QCOMPARE(c.value(QLatin1String("htm")).toString(), QStringLiteral("GET"));
        QCOMPARE(c.value(QLatin1String("htu")).toString(),
            QStringLiteral("https://api.example.com/accounts"));
        QCOMPARE(qint64(c.value(QLatin1String("iat")).toDouble()), qint64(1'800'000'000));
        QCOMPARE(c.value(QLatin1String("jti")).toString().size(), 22);
        QCOMPARE(c.value(QLatin1String("nonce")).toString(), r.nonce);
        const QByteArray ath
            = QCryptographicHash::hash("an-access-token", QCryptographicHash::Sha256)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(c.value(QLatin1String("ath")).toString().toLatin1(), ath);
        const QByteArray jwks
            = QJsonDocument(QJsonObject { { QStringLiteral("keys"), QJsonArray { jwk } } })
                  .toJson();
        const SignatureCheck check = verifyJws(*proof, jwks);
        QVERIFY2(check.status == SignatureStatus::Valid, qPrintable(check.message));
        QVERIFY(nodeVerifies(*proof, jwk, alg)); // and by Node's crypto, independently
        // A token request's proof: no ath, no nonce; a fresh jti each time.
        DpopProofRequest token;
        token.method = "POST";
        token.url = QUrl(QStringLiteral("https://as.example.com/token"));
        auto first = buildDpopProof(key.get(), token);
        auto second = buildDpopProof(key.get(), token);
        QVERIFY(first && second);
        QVERIFY(!decodeJwt(*first)->claims.contains(QLatin1String("ath")));
        QVERIFY(!decodeJwt(*first)->claims.contains(QLatin1String("nonce")));
        QVERIFY(decodeJwt(*first)->claims.value(QLatin1String("jti"))
            != decodeJwt(*second)->claims.value(QLatin1String("jti")));
        // No URL, no proof.
        token.url = QUrl(QStringLiteral("/token"));
        QVERIFY(!buildDpopProof(key.get(), token));
    }

    void jwksPublishesCertificates()
    {
        PKey key = makeKey(QStringLiteral("P-256"));
        auto jwk = publicJwk(key.get());
        const QByteArray fakeDer = QByteArrayLiteral("0\x82\x01\x0a certificate bytes");
        const QJsonObject doc = QJsonDocument::fromJson(
            jwksDocument({ { *jwk, QStringLiteral("k1"), QStringLiteral("ES256"),
                { fakeDer } } })).object();
        const QJsonObject k = doc.value(QLatin1String("keys")).toArray().first().toObject();
        QCOMPARE(k.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
        QCOMPARE(k.value(QLatin1String("kid")).toString(), QStringLiteral("k1"));
        QCOMPARE(k.value(QLatin1String("x5c")).toArray().first().toString(),
            QString::fromLatin1(fakeDer.toBase64()));
        QCOMPARE(k.value(QLatin1String("x5t#S256")).toString(),
            QString::fromLatin1(
                base64Url(QCryptographicHash::hash(fakeDer, QCryptographicHash::Sha256))));
    }
};

QTEST_GUILESS_MAIN(TestJoseSign)
#include "tst_jose_sign.moc"
