// SPDX-License-Identifier: GPL-3.0-or-later
// lib/jose against independent vectors: RFC 7515 Appendix A.2/A.3 as published, and RS256/PS256/
// ES256 tokens made once by Node's crypto (data/jose/generate-node-vectors.mjs).
#include "jose/JwsVerifier.h"
#include "jose/Jwt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace oauthdesk;

Q_DECLARE_METATYPE(oauthdesk::SignatureStatus)

namespace {

QString statusName(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Valid:
        return QStringLiteral("Valid");
    case SignatureStatus::Invalid:
        return QStringLiteral("Invalid");
    case SignatureStatus::NoMatchingKey:
        return QStringLiteral("NoMatchingKey");
    case SignatureStatus::UnsupportedAlgorithm:
        return QStringLiteral("UnsupportedAlgorithm");
    case SignatureStatus::BadKeySet:
        return QStringLiteral("BadKeySet");
    }
    return QStringLiteral("?");
}

const QStringList kDataFiles = {
    QStringLiteral("rfc7515-a2.jwt"),
    QStringLiteral("rfc7515-a2.jwks.json"),
    QStringLiteral("rfc7515-a3.jwt"),
    QStringLiteral("rfc7515-a3.jwks.json"),
    QStringLiteral("node-rs256.jwt"),
    QStringLiteral("node-ps256.jwt"),
    QStringLiteral("node-es256.jwt"),
    QStringLiteral("node-es256-der.jwt"),
    QStringLiteral("node.jwks.json"),
    QStringLiteral("node-other.jwks.json"),
    QStringLiteral("node-ps256.pub.pem"),
    QStringLiteral("node-ps256-salt20.jwt"),
    QStringLiteral("node-ps256-salt20.jwks.json"),
};

QString dataPath(const QString &name)
{
    return QFINDTESTDATA(QStringLiteral("data/jose/") + name);
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

QByteArray b64u(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray b64uDecode(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

QByteArray withHeader(const QByteArray &token, const QByteArray &headerJson)
{
    QList<QByteArray> parts = token.split('.');
    parts[0] = b64u(headerJson);
    return parts.join('.');
}

// Changes one character of the decoded payload, so the token still decodes and only the
// signature can notice.
QByteArray withPayloadChanged(const QByteArray &token, const QByteArray &from, const QByteArray &to)
{
    QList<QByteArray> parts = token.split('.');
    parts[1] = b64u(b64uDecode(parts[1]).replace(from, to));
    return parts.join('.');
}

QByteArray withSignatureBitFlipped(const QByteArray &token)
{
    QList<QByteArray> parts = token.split('.');
    QByteArray signature = b64uDecode(parts[2]);
    signature[10] = static_cast<char>(signature[10] ^ 0x01);
    parts[2] = b64u(signature);
    return parts.join('.');
}

QByteArray editedSet(
    const QByteArray &jwks, const std::function<void(QJsonObject &)> &edit, const QString &kid = {})
{
    QJsonObject set = QJsonDocument::fromJson(jwks).object();
    QJsonArray keys = set.value(QLatin1String("keys")).toArray();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QJsonObject key = keys[i].toObject();
        if (kid.isEmpty() || key.value(QLatin1String("kid")).toString() == kid)
            edit(key);
        keys[i] = key;
    }
    set.insert(QLatin1String("keys"), keys);
    return QJsonDocument(set).toJson(QJsonDocument::Compact);
}

QByteArray joinedSets(const QByteArray &a, const QByteArray &b)
{
    QJsonArray keys = QJsonDocument::fromJson(a).object().value(QLatin1String("keys")).toArray();
    for (const QJsonValue &key :
        QJsonDocument::fromJson(b).object().value(QLatin1String("keys")).toArray())
        keys.append(key);
    return QJsonDocument(QJsonObject { { QStringLiteral("keys"), keys } })
        .toJson(QJsonDocument::Compact);
}

// RFC 7515 Appendix A.1 (HS256), as published.
const QByteArray kRfcA1Hs256 = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."
                               "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGx"
                               "lLmNvbS9pc19yb290Ijp0cnVlfQ."
                               "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

} // namespace

class TestJose final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataFilesPresent();
    void verify_data();
    void verify();
    void ps256CrossCheckedWithOpenSslCli();
    void decodeParts();
    void decodeRejects_data();
    void decodeRejects();
    void looksLikeJwt_data();
    void looksLikeJwt();
};

void TestJose::dataFilesPresent()
{
    for (const QString &name : kDataFiles)
        QVERIFY2(!readData(name).isEmpty(), qPrintable(name));
}

void TestJose::verify_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("jwks");
    QTest::addColumn<SignatureStatus>("expected");
    QTest::addColumn<QString>("messageContains");

    const QByteArray a2 = readData(QStringLiteral("rfc7515-a2.jwt"));
    const QByteArray a2Set = readData(QStringLiteral("rfc7515-a2.jwks.json"));
    const QByteArray a3 = readData(QStringLiteral("rfc7515-a3.jwt"));
    const QByteArray a3Set = readData(QStringLiteral("rfc7515-a3.jwks.json"));
    const QByteArray rs = readData(QStringLiteral("node-rs256.jwt"));
    const QByteArray ps = readData(QStringLiteral("node-ps256.jwt"));
    const QByteArray es = readData(QStringLiteral("node-es256.jwt"));
    const QByteArray esDer = readData(QStringLiteral("node-es256-der.jwt"));
    const QByteArray nodeSet = readData(QStringLiteral("node.jwks.json"));
    const QByteArray otherSet = readData(QStringLiteral("node-other.jwks.json"));
    const QByteArray noAlgSet
        = editedSet(nodeSet, [](QJsonObject &k) { k.remove(QLatin1String("alg")); });
    using S = SignatureStatus;

    // Independent published vectors.
    QTest::newRow("RFC 7515 A.2 RS256") << a2 << a2Set << S::Valid << QStringLiteral("RS256");
    QTest::newRow("RFC 7515 A.3 ES256") << a3 << a3Set << S::Valid << QStringLiteral("ES256");
    // Independent implementation (Node crypto), selected by kid.
    QTest::newRow("Node RS256") << rs << nodeSet << S::Valid
                                << QStringLiteral(
                                       "Signature valid (RS256, key rs-1 from the AS's JWKS)");
    QTest::newRow("Node PS256 salt 32") << ps << nodeSet << S::Valid << QStringLiteral("key ps-1");
    QTest::newRow("Node ES256 R||S") << es << nodeSet << S::Valid << QStringLiteral("key es-1");
    // No kid: every fitting key is tried; the A.2 key is the 4th, without a kid.
    QTest::newRow("no kid, tries every RSA key")
        << a2 << joinedSets(nodeSet, a2Set) << S::Valid << QStringLiteral("#4 (no kid)");

    // Altered payload: one character of the decoded claims.
    QTest::newRow("A.2 payload altered")
        << withPayloadChanged(a2, "joe", "jof") << a2Set << S::Invalid << QStringLiteral("altered");
    QTest::newRow("A.3 payload altered")
        << withPayloadChanged(a3, "joe", "jof") << a3Set << S::Invalid << QStringLiteral("altered");
    for (const auto &[name, token] :
        { std::pair { "RS256", rs }, std::pair { "PS256", ps }, std::pair { "ES256", es } }) {
        QTest::addRow("%s payload altered", name)
            << withPayloadChanged(token, "orders-client-1", "orders-client-2") << nodeSet
            << S::Invalid << QStringLiteral("altered");
        QTest::addRow("%s signature altered", name)
            << withSignatureBitFlipped(token) << nodeSet << S::Invalid << QStringLiteral("altered");
        // Right kid, different key.
        QTest::addRow("%s against another key, same kid", name)
            << token << otherSet << S::Invalid << QStringLiteral("another key");
    }
    QTest::newRow("A.2 signature altered")
        << withSignatureBitFlipped(a2) << a2Set << S::Invalid << QStringLiteral("altered");
    // RFC 7518 §3.5: PS256's salt is 32 bytes; a correct PSS signature with a 20-byte salt is not
    // PS256 (Node verifies it with saltLength 20).
    QTest::newRow("PS256 with salt length 20")
        << readData(QStringLiteral("node-ps256-salt20.jwt"))
        << readData(QStringLiteral("node-ps256-salt20.jwks.json")) << S::Invalid
        << QStringLiteral("another key");
    QTest::newRow("ES256 DER signature") << esDer << nodeSet << S::Invalid << QStringLiteral("DER");

    QTest::newRow("kid not in set")
        << withHeader(rs, R"({"alg":"RS256","kid":"rotated-away"})") << nodeSet << S::NoMatchingKey
        << QStringLiteral(
               "No key with kid \"rotated-away\" in the AS's JWKS (kids: rs-1, ps-1, es-1)");
    QTest::newRow("no kid, no fitting key")
        << a3 << a2Set << S::NoMatchingKey << QStringLiteral("ES256");

    QTest::newRow("alg none") << (b64u(R"({"alg":"none"})") + '.' + b64u(R"({"sub":"x"})") + '.')
                              << nodeSet << S::UnsupportedAlgorithm << QStringLiteral("none");
    QTest::newRow("RFC 7515 A.1 HS256")
        << kRfcA1Hs256 << nodeSet << S::UnsupportedAlgorithm << QStringLiteral("HS256");
    // RFC 8725 §2.1: an RSA public key must never become an HMAC secret.
    QTest::newRow("HS256 naming an RSA kid")
        << withHeader(kRfcA1Hs256, R"({"alg":"HS256","kid":"rs-1"})") << nodeSet
        << S::UnsupportedAlgorithm << QStringLiteral("HS256");
    QTest::newRow("RS512 unsupported")
        << withHeader(rs, R"({"alg":"RS512","kid":"rs-1"})") << nodeSet << S::UnsupportedAlgorithm
        << QStringLiteral("RS256, PS256 and ES256");

    // The alg must fit the key: the key's own "alg" says no, then its kty says no.
    QTest::newRow("ES256 header, RSA key's kid (key alg)")
        << withHeader(es, R"({"alg":"ES256","kid":"rs-1"})") << nodeSet << S::NoMatchingKey
        << QStringLiteral("it is for RS256");
    QTest::newRow("ES256 header, RSA key's kid (kty)")
        << withHeader(es, R"({"alg":"ES256","kid":"rs-1"})") << noAlgSet << S::NoMatchingKey
        << QStringLiteral("needs an EC P-256 key");
    QTest::newRow("RS256 header, EC key's kid (kty)")
        << withHeader(rs, R"({"alg":"RS256","kid":"es-1"})") << noAlgSet << S::NoMatchingKey
        << QStringLiteral("needs an RSA key");
    QTest::newRow("PS256 token, RS256-only key")
        << withHeader(ps, R"({"alg":"PS256","kid":"rs-1"})") << nodeSet << S::NoMatchingKey
        << QStringLiteral("it is for RS256");

    // RFC 7517 §4.2: a "use":"enc" key does not check signatures, with or without kid.
    const auto markEnc
        = [](QJsonObject &k) { k.insert(QLatin1String("use"), QLatin1String("enc")); };
    QTest::newRow("key use enc, by kid")
        << rs << editedSet(nodeSet, markEnc, QStringLiteral("rs-1")) << S::NoMatchingKey
        << QStringLiteral("use \"enc\"");
    QTest::newRow("key use enc, no kid")
        << a2 << editedSet(a2Set, markEnc) << S::NoMatchingKey << QStringLiteral("RS256");

    // Malformed sets.
    QTest::newRow("JWKS not JSON")
        << rs << QByteArray("<html>") << S::BadKeySet << QStringLiteral("not valid JSON");
    QTest::newRow("JWKS array") << rs << QByteArray("[]") << S::BadKeySet
                                << QStringLiteral("\"keys\"");
    QTest::newRow("JWKS keys not array")
        << rs << QByteArray(R"({"keys":{}})") << S::BadKeySet << QStringLiteral("\"keys\"");
    QTest::newRow("JWKS key not object")
        << rs << QByteArray(R"({"keys":[1]})") << S::BadKeySet << QStringLiteral("Entry 1");
    QByteArray huge = nodeSet;
    huge.insert(1, QByteArray(300 * 1024, ' '));
    QTest::newRow("JWKS over 256 KiB") << rs << huge << S::BadKeySet << QStringLiteral("256 KiB");
    QJsonArray many;
    for (int i = 0; i < 101; ++i)
        many.append(QJsonObject { { QStringLiteral("kty"), QStringLiteral("oct") } });
    QTest::newRow("JWKS 101 keys")
        << rs << QJsonDocument(QJsonObject { { QStringLiteral("keys"), many } }).toJson()
        << S::BadKeySet << QStringLiteral("101 keys");
    QTest::newRow("RSA key 1024 bits")
        << rs
        << editedSet(
               nodeSet,
               [](QJsonObject &k) {
                   const QByteArray n
                       = b64uDecode(k.value(QLatin1String("n")).toString().toLatin1());
                   k.insert(QLatin1String("n"), QString::fromLatin1(b64u(n.left(128))));
               },
               QStringLiteral("rs-1"))
        << S::BadKeySet << QStringLiteral("1024 bits");
    QTest::newRow("EC point not on curve")
        << es
        << editedSet(
               nodeSet,
               [](QJsonObject &k) {
                   QByteArray y = b64uDecode(k.value(QLatin1String("y")).toString().toLatin1());
                   y[31] = static_cast<char>(y[31] ^ 0x01);
                   k.insert(QLatin1String("y"), QString::fromLatin1(b64u(y)));
               },
               QStringLiteral("es-1"))
        << S::BadKeySet << QStringLiteral("could not be loaded");

    QTest::newRow("token not a JWS") << QByteArray("2YotnFZFEjr1zCsicMWpAA") << nodeSet
                                     << S::Invalid << QStringLiteral("Not a signed JWT");
}

void TestJose::verify()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, jwks);
    QFETCH(SignatureStatus, expected);
    QFETCH(QString, messageContains);

    const SignatureCheck check = verifyJws(token, jwks);
    QCOMPARE(statusName(check.status), statusName(expected));
    QVERIFY2(check.message.contains(messageContains),
        qPrintable(check.message + QStringLiteral(" | ") + check.detail));
    QVERIFY(!check.message.isEmpty());
}

void TestJose::ps256CrossCheckedWithOpenSslCli()
{
    // A third implementation: the openssl program checks the same PS256 token (salt length 32).
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("no openssl program on PATH");
    const QByteArray token = readData(QStringLiteral("node-ps256.jwt"));
    QCOMPARE(verifyJws(token, readData(QStringLiteral("node.jwks.json"))).status,
        SignatureStatus::Valid);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<QByteArray> parts = token.split('.');
    QFile input(dir.filePath(QStringLiteral("input")));
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write(parts[0] + '.' + parts[1]);
    input.close();
    QFile signature(dir.filePath(QStringLiteral("sig")));
    QVERIFY(signature.open(QIODevice::WriteOnly));
    signature.write(b64uDecode(parts[2]));
    signature.close();

    const auto runOpenSsl = [&](const QString &saltLength) {
        QProcess process;
        process.start(openssl,
            { QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-sigopt"),
                QStringLiteral("rsa_padding_mode:pss"), QStringLiteral("-sigopt"),
                QStringLiteral("rsa_pss_saltlen:") + saltLength, QStringLiteral("-sigopt"),
                QStringLiteral("rsa_mgf1_md:sha256"), QStringLiteral("-verify"),
                dataPath(QStringLiteral("node-ps256.pub.pem")), QStringLiteral("-signature"),
                signature.fileName(), input.fileName() });
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
            ? process.exitCode()
            : -1;
    };
    QCOMPARE(runOpenSsl(QStringLiteral("32")), 0);
    // Proves the check can fail: a different salt length does not verify.
    QVERIFY(runOpenSsl(QStringLiteral("20")) != 0);
}

void TestJose::decodeParts()
{
    const QByteArray a2 = readData(QStringLiteral("rfc7515-a2.jwt"));
    const Result<DecodedJwt> jwt = decodeJwt(a2);
    QVERIFY2(jwt.has_value(), qPrintable(jwt ? QString() : jwt.error().detail));
    QCOMPARE(jwt->alg, QStringLiteral("RS256"));
    QCOMPARE(jwt->kid, QString());
    QCOMPARE(jwt->header.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(jwt->claims.value(QLatin1String("iss")).toString(), QStringLiteral("joe"));
    QCOMPARE(jwt->claims.value(QLatin1String("exp")).toInteger(), 1300819380);
    QCOMPARE(jwt->claims.value(QLatin1String("http://example.com/is_root")).toBool(), true);
    QCOMPARE(jwt->signingInput, a2.left(a2.lastIndexOf('.')));
    QCOMPARE(jwt->signature.size(), 256); // a 2048-bit RSA signature

    const Result<DecodedJwt> ps = decodeJwt(readData(QStringLiteral("node-ps256.jwt")));
    QVERIFY(ps.has_value());
    QCOMPARE(ps->alg, QStringLiteral("PS256"));
    QCOMPARE(ps->kid, QStringLiteral("ps-1"));
    QCOMPARE(ps->header.value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
    QCOMPARE(ps->claims.value(QLatin1String("sub")).toString(), QStringLiteral("orders-client-1"));
}

void TestJose::decodeRejects_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("detailContains");

    const QByteArray a2 = readData(QStringLiteral("rfc7515-a2.jwt"));
    const QList<QByteArray> p = a2.split('.');
    const QByteArray payload = b64u(R"({"sub":"x"})");
    // The A.2 header "eyJhbGciOiJSUzI1NiJ9" is 20 characters: padding would be "==" after 19+1.
    QTest::newRow("padding '='") << (b64u(R"({"alg":"RS256"} )") + "=." + p[1] + '.' + p[2])
                                 << QStringLiteral("padding");
    QTest::newRow("padding in signature") << (a2 + "==") << QStringLiteral("padding");
    QTest::newRow("'+' (standard base64)")
        << (p[0] + '.' + p[1] + '.' + p[2].left(10) + '+' + p[2].mid(11))
        << QStringLiteral("not in the base64url alphabet");
    QTest::newRow("4 parts") << (a2 + ".eyJ9") << QStringLiteral("4 part(s)");
    QTest::newRow("2 parts") << (p[0] + '.' + p[1]) << QStringLiteral("2 part(s)");
    QTest::newRow("5 parts (JWE)") << QByteArray("a.b.c.d.e") << QStringLiteral("5 part(s)");
    QByteArray big = a2;
    big.insert(p[0].size() + 1, QByteArray(64 * 1024, 'A'));
    QTest::newRow("over 64 KiB") << big << QStringLiteral("limit 65536");
    QTest::newRow("header JSON array")
        << (b64u("[1]") + '.' + payload + '.') << QStringLiteral("JSON object");
    QTest::newRow("payload JSON array")
        << (b64u(R"({"alg":"RS256"})") + '.' + b64u("[]") + '.') << QStringLiteral("JSON object");
    QTest::newRow("payload not JSON")
        << (b64u(R"({"alg":"RS256"})") + '.' + b64u("joe") + '.') << QStringLiteral("payload:");
    QTest::newRow("header without alg")
        << (b64u(R"({"typ":"JWT"})") + '.' + payload + '.') << QStringLiteral("\"alg\"");
    QTest::newRow("non-zero trailing bits")
        << (b64u(R"({"alg":"RS256"})") + '.' + payload + ".Zh") << QStringLiteral("trailing bits");
}

void TestJose::decodeRejects()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, detailContains);

    const Result<DecodedJwt> jwt = decodeJwt(token);
    QVERIFY(!jwt.has_value());
    QCOMPARE(jwt.error().code, ErrorCode::InvalidInput);
    QVERIFY(!jwt.error().message.isEmpty());
    QVERIFY2(jwt.error().detail.contains(detailContains), qPrintable(jwt.error().detail));
}

void TestJose::looksLikeJwt_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("expected");

    QTest::newRow("RFC 7515 A.2") << readData(QStringLiteral("rfc7515-a2.jwt")) << true;
    QTest::newRow("Node ES256") << readData(QStringLiteral("node-es256.jwt")) << true;
    QTest::newRow("opaque token (RFC 6749 §4.2.2)")
        << QByteArray("2YotnFZFEjr1zCsicMWpAA") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("three parts, header not JSON") << QByteArray("abc.def.ghi") << false;
    QTest::newRow("header without alg") << (b64u(R"({"typ":"JWT"})") + ".e30.") << false;
    QTest::newRow("JWE, five parts") << QByteArray("eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d") << false;
}

void TestJose::looksLikeJwt()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, expected);
    QCOMPARE(oauthdesk::looksLikeJwt(token), expected);
}

QTEST_GUILESS_MAIN(TestJose)
#include "tst_jose.moc"
