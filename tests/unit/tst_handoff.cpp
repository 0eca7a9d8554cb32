// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-off pack's writers, read back: Postman v2.1 JSON with its required fields, the Bruno
// .bru blocks, the .http file's structure, the curl script through `sh -n`; no secret without
// includeSecret, the secret present and marked secret with it; never a private key.
// client_secret_basic with an ID and secret full of ':' '+' '%' ' ' '&' (RFC 6749 §2.3.1: form-
// encoded before Base64) against a header computed by hand: the curl script run for real (sh,
// od, curl) against a loopback server that keeps what it got, the Postman and Bruno pre-request
// scripts run by node, the .http variables as the REST Client's "Basic USER PASSWORD" sends them.
// The zip of a pack read back entry by entry (names, CRC-32, data, 0600), and by Python/unzip.
#include "core/ZipWriter.h"
#include "usecases/Handoff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>
#include <QtEndian>
#include <algorithm>
#include <memory>

using namespace oauthdesk;

namespace {

const QString kSecret = QStringLiteral("s3cr3t-'quoted'-\"value\"-0123456789");

HandoffInput input(AuthMethod method, bool withSecret)
{
    HandoffInput in;
    in.clientName = QStringLiteral("Payments backend");
    in.clientId = QStringLiteral("payments-backend");
    in.authMethod = method;
    in.scopes = { QStringLiteral("accounts:read"), QStringLiteral("payments:write") };
    in.environmentName = QStringLiteral("UAT");
    in.issuer = QUrl(QStringLiteral("https://as.example.test"));
    in.tokenEndpoint = QUrl(QStringLiteral("https://as.example.test/oauth/token"));
    in.apiBaseUrl = QUrl(QStringLiteral("https://api.example.test/v1/"));
    in.apiPath = QStringLiteral("/accounts");
    in.headers = { ExtraHeader { QStringLiteral("X-Region"), QStringLiteral("1"), {} } };
    in.assertionAudience = in.tokenEndpoint.toString();
    if (withSecret)
        in.secret = kSecret;
    return in;
}

QByteArray file(const HandoffPack &pack, const QString &path)
{
    for (const HandoffFile &f : pack.files) {
        if (f.path == path)
            return f.bytes;
    }
    return {};
}

QByteArray all(const HandoffPack &pack)
{
    QByteArray out;
    for (const HandoffFile &f : pack.files)
        out += f.bytes;
    return out;
}

QJsonObject parse(const QByteArray &bytes)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        qWarning() << err.errorString();
    return doc.object();
}

QJsonObject item(const QJsonObject &collection, int i)
{
    return collection.value(QStringLiteral("item")).toArray().at(i).toObject();
}

/// key → value of a Postman key/value list.
QHash<QString, QString> keyValues(const QJsonArray &a)
{
    QHash<QString, QString> out;
    for (const QJsonValue &v : a)
        out.insert(v[QStringLiteral("key")].toString(), v[QStringLiteral("value")].toString());
    return out;
}

QJsonObject envVar(const QJsonObject &env, const QString &key)
{
    for (const QJsonValue &v : env.value(QStringLiteral("values")).toArray()) {
        if (v[QStringLiteral("key")].toString() == key)
            return v.toObject();
    }
    return {};
}

/// An ID and a secret that only survive Basic authentication form-encoded (RFC 6749 §2.3.1).
const QString kOddId = QStringLiteral("weird:client id");
const QString kOddSecret = QStringLiteral("s3cr3t +/=%&:?\u00e9");
/// Computed by hand: Base64 of "weird%3Aclient+id:s3cr3t+%2B%2F%3D%25%26%3A%3F%C3%A9" (each
/// byte but ALPHA DIGIT - . _ as %XX, a space as '+', é as its UTF-8 bytes).
const QByteArray kOddBasic
    = "Basic d2VpcmQlM0FjbGllbnQraWQ6czNjcjN0KyUyQiUyRiUzRCUyNSUyNiUzQSUzRiVDMyVBOQ==";

/// A loopback HTTP/1.1 server that answers a token request (POST) with an access token and
/// anything else with {"ok":true}, keeping each request as it arrived (header names lowered).
class CaptureServer final : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
    };
    QList<Request> requests;

    CaptureServer() { connect(this, &QTcpServer::newConnection, this, &CaptureServer::accept); }

private:
    void accept()
    {
        while (QTcpSocket *socket = nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            auto continued = std::make_shared<bool>(false);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer, continued] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                Request r;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> start = lines.first().trimmed().split(' ');
                r.method = start.value(0);
                r.path = start.value(1);
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    if (colon > 0)
                        r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                            lines.at(i).mid(colon + 1).trimmed());
                }
                const qsizetype length = r.headers.value("content-length", "0").toLongLong();
                if (buffer->size() < end + 4 + length) {
                    if (!*continued && r.headers.value("expect").toLower() == "100-continue") {
                        *continued = true;
                        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                    }
                    return;
                }
                r.body = buffer->mid(end + 4, length);
                const QByteArray body = r.method == "POST"
                    ? QByteArray(
                        R"({"access_token":"tok-123","token_type":"Bearer","expires_in":300})")
                    : QByteArray(R"({"ok":true})");
                requests.append(std::move(r));
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        }
    }
};

/// @p in pointed at @p server: token endpoint /oauth/token, API base /v1.
HandoffInput atServer(HandoffInput in, const CaptureServer &server)
{
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
    in.tokenEndpoint = QUrl(base + QStringLiteral("/oauth/token"));
    in.apiBaseUrl = QUrl(base + QStringLiteral("/v1"));
    in.assertionAudience = in.tokenEndpoint.toString();
    return in;
}

struct ScriptRun
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs @p script with sh, @p env added to the environment and @p input on standard input,
/// with the event loop turning (the capture server answers meanwhile).
ScriptRun runScript(
    const HandoffPack &pack, const QProcessEnvironment &env, const QByteArray &input)
{
    ScriptRun r;
    QTemporaryDir dir;
    const QString path = dir.filePath(pack.suggestedName);
    if (!Handoff::save(pack, path))
        return r;
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &k : env.keys())
        e.insert(k, env.value(k));
    for (const char *unset : { "CLIENT_SECRET", "CLIENT_ASSERTION", "CURL_CA_BUNDLE" })
        if (!env.contains(QLatin1String(unset)))
            e.remove(QLatin1String(unset));
    p.setProcessEnvironment(e);
    if (input.isEmpty())
        p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral("sh"), { path });
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// Runs @p js with node; its standard output. Empty when node could not run it.
QByteArray runNode(const QString &js)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("node")), { QStringLiteral("-") });
    if (!p.waitForStarted(10000))
        return {};
    p.write(js.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("node: %s", p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput();
}

/// A JavaScript string literal for @p s.
QString jsString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

/// The lines of the .bru block @p name in @p bru, unindented (empty when there is none).
QStringList bruBlockLines(const QString &bru, const QString &name)
{
    QStringList out;
    bool inside = false;
    for (const QString &l : bru.split(QLatin1Char('\n'))) {
        if (!inside) {
            inside = l == name + QStringLiteral(" {");
            continue;
        }
        if (l == QLatin1String("}"))
            break;
        out << l.mid(2);
    }
    return out;
}

/// One entry of a zip as its central directory and local header describe it.
struct ZipEntry
{
    QString name;
    quint32 crc = 0;
    quint32 mode = 0; ///< the Unix mode in the external attributes
    QByteArray data;
};

quint16 le16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 le32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

/// Reads a store-only zip (PKWARE APPNOTE 4.3) through its end record and central directory;
/// std::nullopt when a signature, a size or a local header does not agree.
std::optional<QList<ZipEntry>> readZip(const QByteArray &zip)
{
    const qsizetype eocd = zip.size() - 22; // no archive comment
    if (eocd < 0 || le32(zip, eocd) != 0x06054b50)
        return std::nullopt;
    const int count = le16(zip, eocd + 10);
    qsizetype at = le32(zip, eocd + 16);
    QList<ZipEntry> out;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > zip.size() || le32(zip, at) != 0x02014b50 || le16(zip, at + 10) != 0)
            return std::nullopt;
        ZipEntry e;
        e.crc = le32(zip, at + 16);
        const quint32 size = le32(zip, at + 20);
        if (size != le32(zip, at + 24))
            return std::nullopt; // stored: compressed = uncompressed
        const int nameLength = le16(zip, at + 28);
        const int skip = nameLength + le16(zip, at + 30) + le16(zip, at + 32);
        e.mode = le32(zip, at + 38) >> 16;
        const qsizetype local = le32(zip, at + 42);
        e.name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        if (local + 30 > zip.size() || le32(zip, local) != 0x04034b50
            || le32(zip, local + 14) != e.crc
            || QString::fromUtf8(zip.mid(local + 30, le16(zip, local + 26))) != e.name)
            return std::nullopt;
        const qsizetype data = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        if (data + size > zip.size())
            return std::nullopt;
        e.data = zip.mid(data, size);
        out.append(std::move(e));
        at += 46 + skip;
    }
    return out;
}
} // namespace

class TestHandoff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsHaveOneWireName()
    {
        for (HandoffFormat f : allHandoffFormats())
            QCOMPARE(handoffFormatFromWire(toWire(f)), std::optional<HandoffFormat>(f));
        QVERIFY(!handoffFormatFromWire(QStringLiteral("insomnia")));
        QCOMPARE(handoffFileName(QStringLiteral("Payments API (UAT)")),
            QStringLiteral("payments-api-uat"));
        QCOMPARE(handoffFileName(QStringLiteral("///")), QStringLiteral("client"));
        QCOMPARE(
            handoffHeaderVariable(QStringLiteral("X-Region")), QStringLiteral("header_x_region"));
    }

    void postmanCollectionHasTheV21Fields_data()
    {
        QTest::addColumn<AuthMethod>("method");
        QTest::addColumn<QString>("authType");
        QTest::newRow("client_secret_basic")
            << AuthMethod::ClientSecretBasic << QStringLiteral("basic");
        QTest::newRow("client_secret_post")
            << AuthMethod::ClientSecretPost << QStringLiteral("noauth");
        QTest::newRow("private_key_jwt") << AuthMethod::PrivateKeyJwt << QStringLiteral("noauth");
        QTest::newRow("tls_client_auth") << AuthMethod::TlsClientAuth << QStringLiteral("noauth");
    }
    void postmanCollectionHasTheV21Fields()
    {
        QFETCH(AuthMethod, method);
        QFETCH(QString, authType);
        const HandoffPack pack = writePostman(input(method, false));
        QCOMPARE(pack.files.size(), 2);
        const QJsonObject c = parse(file(pack, QStringLiteral("collection.json")));
        const QJsonObject info = c.value(QStringLiteral("info")).toObject();
        QVERIFY(!QUuid::fromString(info.value(QStringLiteral("_postman_id")).toString()).isNull());
        QCOMPARE(info.value(QStringLiteral("name")).toString(),
            QStringLiteral("Payments backend (UAT)"));
        QCOMPARE(info.value(QStringLiteral("schema")).toString(),
            QStringLiteral("https://schema.getpostman.com/json/collection/v2.1.0/collection.json"));
        QCOMPARE(c.value(QStringLiteral("item")).toArray().size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject r = item(c, i).value(QStringLiteral("request")).toObject();
            for (const char *field : { "method", "url", "header", "body", "auth" })
                QVERIFY2(r.contains(QLatin1String(field)), field);
            QVERIFY(!r.value(QStringLiteral("url"))
                         .toObject()
                         .value(QStringLiteral("raw"))
                         .toString()
                         .isEmpty());
            QCOMPARE(keyValues(r.value(QStringLiteral("header")).toArray())
                         .value(QStringLiteral("X-Region")),
                QStringLiteral("{{header_x_region}}"));
        }
        const QJsonObject token = item(c, 0).value(QStringLiteral("request")).toObject();
        QCOMPARE(token.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(
            token.value(QStringLiteral("auth")).toObject().value(QStringLiteral("type")).toString(),
            authType);
        const QJsonObject body = token.value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("mode")).toString(), QStringLiteral("urlencoded"));
        const auto form = keyValues(body.value(QStringLiteral("urlencoded")).toArray());
        QCOMPARE(form.value(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
        QCOMPARE(form.value(QStringLiteral("scope")), QStringLiteral("{{scope}}"));
        QCOMPARE(
            form.contains(QStringLiteral("client_secret")), method == AuthMethod::ClientSecretPost);
        QCOMPARE(
            form.contains(QStringLiteral("client_assertion")), method == AuthMethod::PrivateKeyJwt);
        const QString description = token.value(QStringLiteral("description")).toString();
        if (method == AuthMethod::PrivateKeyJwt)
            QVERIFY2(
                description.contains(QStringLiteral("client_assertion")), qPrintable(description));
        if (method == AuthMethod::TlsClientAuth)
            QVERIFY2(description.contains(QStringLiteral("Certificates"))
                    && description.contains(QStringLiteral("as.example.test")),
                qPrintable(description));
        // The token request's test stores access_token; the API call uses it.
        const QString script = item(c, 0)
                                   .value(QStringLiteral("event"))
                                   .toArray()
                                   .at(0)[QStringLiteral("script")][QStringLiteral("exec")]
                                   .toArray()
                                   .at(4)
                                   .toString();
        QVERIFY2(script.contains(QStringLiteral("set(\"access_token\"")), qPrintable(script));
        const QJsonObject api = item(c, 1).value(QStringLiteral("request")).toObject();
        QCOMPARE(
            api.value(QStringLiteral("url")).toObject().value(QStringLiteral("raw")).toString(),
            QStringLiteral("{{api_base_url}}/accounts"));
        QCOMPARE(
            api.value(QStringLiteral("auth")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("bearer"));

        const QJsonObject env = parse(file(pack, QStringLiteral("environment.json")));
        QCOMPARE(env.value(QStringLiteral("_postman_variable_scope")).toString(),
            QStringLiteral("environment"));
        QCOMPARE(
            envVar(env, QStringLiteral("token_endpoint")).value(QStringLiteral("value")).toString(),
            QStringLiteral("https://as.example.test/oauth/token"));
        QCOMPARE(
            envVar(env, QStringLiteral("api_base_url")).value(QStringLiteral("value")).toString(),
            QStringLiteral("https://api.example.test/v1"));
        QCOMPARE(envVar(env, QStringLiteral("header_x_region"))
                     .value(QStringLiteral("value"))
                     .toString(),
            QStringLiteral("1"));
        QCOMPARE(envVar(env, QStringLiteral("scope")).value(QStringLiteral("value")).toString(),
            QStringLiteral("accounts:read payments:write"));
    }

    void postmanSecretOnlyWhenAskedAndMarkedSecret()
    {
        const HandoffPack without = writePostman(input(AuthMethod::ClientSecretBasic, false));
        QVERIFY(!without.containsSecret);
        QVERIFY(!all(without).contains(kSecret.toUtf8()));
        QJsonObject var = envVar(parse(file(without, QStringLiteral("environment.json"))),
            QStringLiteral("client_secret"));
        QCOMPARE(var.value(QStringLiteral("value")).toString(), QString());

        const HandoffPack with = writePostman(input(AuthMethod::ClientSecretBasic, true));
        QVERIFY(with.containsSecret);
        var = envVar(
            parse(file(with, QStringLiteral("environment.json"))), QStringLiteral("client_secret"));
        QCOMPARE(var.value(QStringLiteral("value")).toString(), kSecret);
        QCOMPARE(var.value(QStringLiteral("type")).toString(), QStringLiteral("secret"));
        // Only in the environment, not in the collection that gets shared more widely.
        QVERIFY(!file(with, QStringLiteral("collection.json")).contains("0123456789"));
    }

    void brunoCollectionIsBruFiles()
    {
        const HandoffPack pack = writeBruno(input(AuthMethod::ClientSecretBasic, false));
        const QJsonObject bruno = parse(file(pack, QStringLiteral("bruno.json")));
        QCOMPARE(bruno.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
        QCOMPARE(bruno.value(QStringLiteral("version")).toString(), QStringLiteral("1"));
        const QString token = QString::fromUtf8(file(pack, QStringLiteral("01-get-token.bru")));
        for (const char *block : { "meta {", "post {", "headers {", "auth:basic {",
                 "body:form-urlencoded {", "script:post-response {", "tests {" })
            QVERIFY2(token.contains(QLatin1String(block)), block);
        QVERIFY(token.contains(QStringLiteral("  X-Region: {{header_x_region}}\n")));
        // Form-encoded by the pre-request script (RFC 6749 §2.3.1), then Bruno's Basic auth.
        QVERIFY(token.contains(QStringLiteral("  username: {{client_id_form}}\n")));
        QVERIFY(token.contains(QStringLiteral("  password: {{client_secret_form}}\n")));
        QVERIFY(token.contains(QStringLiteral("script:pre-request {\n")));
        // Every top-level block is closed: as many lines "}" as unindented lines ending in " {".
        const QStringList lines = token.split(QLatin1Char('\n'));
        QCOMPARE(lines.count(QStringLiteral("}")),
            int(std::count_if(lines.begin(), lines.end(), [](const QString &l) {
                return !l.startsWith(QLatin1Char(' ')) && l.endsWith(QStringLiteral(" {"));
            })));
        const QString api = QString::fromUtf8(file(pack, QStringLiteral("02-sample-api-call.bru")));
        QVERIFY(api.contains(QStringLiteral("  url: {{api_base_url}}/accounts\n")));
        QVERIFY(api.contains(QStringLiteral("  token: {{access_token}}\n")));
        const QString env = QString::fromUtf8(file(pack, QStringLiteral("environments/UAT.bru")));
        QVERIFY2(env.startsWith(QStringLiteral("vars {\n")), qPrintable(env));
        QVERIFY(env.contains(QStringLiteral("  client_secret: {{process.env.CLIENT_SECRET}}\n")));
        QVERIFY(env.contains(
            QStringLiteral("  token_endpoint: https://as.example.test/oauth/token\n")));
        QVERIFY(!file(pack, QStringLiteral(".env.sample")).isEmpty());
        QVERIFY(file(pack, QStringLiteral(".env")).isEmpty());
        QVERIFY(!all(pack).contains("0123456789"));

        const HandoffPack with = writeBruno(input(AuthMethod::ClientSecretBasic, true));
        // Quoted so that dotenv takes it as it is: kSecret has ' and ", so in backquotes.
        QVERIFY(file(with, QStringLiteral(".env"))
                    .contains(QByteArray("CLIENT_SECRET=`" + kSecret.toUtf8() + "`\n")));
        QCOMPARE(file(with, QStringLiteral(".gitignore")), QByteArray(".env\n"));
        // The secret is in .env only (Bruno masks .env values; .gitignore keeps it out of git).
        QByteArray rest;
        for (const HandoffFile &f : with.files)
            if (f.path != QLatin1String(".env"))
                rest += f.bytes;
        QVERIFY(!rest.contains("0123456789"));

        // A secret that no .env quoting keeps (', ` and "): left out, said so, not "secret".
        HandoffInput odd = input(AuthMethod::ClientSecretBasic, true);
        odd.secret = QStringLiteral("a'b`c\"d-0123456789");
        const HandoffPack unquotable = writeBruno(odd);
        QVERIFY(!unquotable.containsSecret);
        QVERIFY(file(unquotable, QStringLiteral(".env")).isEmpty());
        QVERIFY(!all(unquotable).contains("0123456789"));
        QVERIFY(unquotable.notes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("export CLIENT_SECRET")));
    }

    void httpFileHasVariablesSeparatorsAndANamedTokenRequest()
    {
        const HandoffPack pack = writeHttpFile(input(AuthMethod::ClientSecretPost, false));
        QCOMPARE(pack.files.size(), 1);
        const QString text = QString::fromUtf8(pack.files.first().bytes);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.count(QStringLiteral("###")), 2);
        QVERIFY(lines.contains(QStringLiteral("# @name token")));
        QVERIFY(lines.contains(
            QStringLiteral("@token_endpoint = https://as.example.test/oauth/token")));
        QVERIFY(lines.contains(QStringLiteral("@scope = accounts%3Aread+payments%3Awrite")));
        QVERIFY(lines.contains(QStringLiteral("@client_secret = ")));
        QVERIFY(lines.contains(QStringLiteral("POST {{token_endpoint}}")));
        QVERIFY(lines.contains(
            QStringLiteral("Authorization: Bearer {{token.response.body.$.access_token}}")));
        QVERIFY(
            lines.contains(QStringLiteral("grant_type=client_credentials&scope={{scope}}&client_id="
                                          "{{client_id}}&client_secret={{client_secret}}")));
        QCOMPARE(lines.count(QStringLiteral("X-Region: {{header_x_region}}")), 2);
        // Every {{variable}} used is defined (or is the named request's response).
        static const QRegularExpression use(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
        for (auto m = use.globalMatch(text); m.hasNext();) {
            const QString name = m.next().captured(1);
            QVERIFY2(std::any_of(lines.begin(), lines.end(),
                         [&](const QString &l) {
                             return l.startsWith(QLatin1Char('@') + name + QStringLiteral(" = "));
                         }),
                qPrintable(name));
        }
        // A request line follows each separator's comments.
        static const QRegularExpression request(
            QStringLiteral("^(GET|POST) \\S+$"), QRegularExpression::MultilineOption);
        int requests = 0;
        for (auto m = request.globalMatch(text); m.hasNext(); m.next())
            ++requests;
        QCOMPARE(requests, 2);
        QVERIFY(!text.contains(kSecret));
        const QString with = QString::fromUtf8(
            writeHttpFile(input(AuthMethod::ClientSecretPost, true)).files.first().bytes);
        // Form-encoded, as client_secret_post sends it.
        QVERIFY(with.contains(
            QStringLiteral("@client_secret = s3cr3t-%27quoted%27-%22value%22-0123456789\n")));
        QVERIFY(with.contains(QStringLiteral("# Secret:")));
    }

    void curlScriptPassesShDashN_data()
    {
        QTest::addColumn<AuthMethod>("method");
        QTest::addColumn<bool>("withSecret");
        QTest::newRow("basic") << AuthMethod::ClientSecretBasic << false;
        QTest::newRow("basic+secret") << AuthMethod::ClientSecretBasic << true;
        QTest::newRow("post") << AuthMethod::ClientSecretPost << false;
        QTest::newRow("post+secret") << AuthMethod::ClientSecretPost << true;
        QTest::newRow("private_key_jwt") << AuthMethod::PrivateKeyJwt << false;
        QTest::newRow("tls_client_auth") << AuthMethod::TlsClientAuth << false;
    }
    void curlScriptPassesShDashN()
    {
        QFETCH(AuthMethod, method);
        QFETCH(bool, withSecret);
        const HandoffPack pack = writeCurlScript(input(method, withSecret));
        const QByteArray script = pack.files.first().bytes;
        QVERIFY(script.startsWith("#!/bin/sh\n"));
        QVERIFY(script.contains("\nset -eu\n"));
        QVERIFY(!script.contains("| jq")); // sed does the parsing
        QTemporaryDir dir;
        const QString path = dir.filePath(pack.suggestedName);
        auto saved = Handoff::save(pack, path);
        QVERIFY(saved);
        QVERIFY(QFileInfo(path).isExecutable());
        for (const QString &shell : { QStringLiteral("sh"), QStringLiteral("bash") }) {
            QProcess sh;
            sh.start(shell, { QStringLiteral("-n"), path });
            QVERIFY(sh.waitForFinished(10000));
            QVERIFY2(sh.exitCode() == 0, sh.readAllStandardError().constData());
        }
        QCOMPARE(script.contains(kSecret.toUtf8().mid(0, 6)), withSecret);
        if (withSecret) {
            // Single-quoted so the shell takes it literally: run the assignment and read it back.
            QCOMPARE(
                QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                QFileDevice::Permissions {});
            QByteArray line;
            for (const QByteArray &l : script.split('\n')) {
                if (l.startsWith("CLIENT_SECRET=${CLIENT_SECRET:-"))
                    line = l;
            }
            QProcess sh;
            sh.start(QStringLiteral("sh"),
                { QStringLiteral("-c"),
                    QString::fromUtf8(line) + QStringLiteral("; printf %s \"$CLIENT_SECRET\"") });
            QVERIFY(sh.waitForFinished(10000));
            QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), kSecret);
        } else if (method == AuthMethod::ClientSecretBasic
            || method == AuthMethod::ClientSecretPost) {
            QVERIFY(script.contains("read -r CLIENT_SECRET"));
        }
        // The secret and the token never as curl arguments: they go in on standard input.
        QVERIFY(!script.contains("-u \""));
        QVERIFY(!script.contains("Bearer $ACCESS_TOKEN\" "));
        if (method == AuthMethod::TlsClientAuth)
            QVERIFY(script.contains("--cert \"$CLIENT_CERT\" --key \"$CLIENT_KEY\""));
    }

    void aHeaderNameIsDataInTheCurlScript()
    {
        HandoffInput in = input(AuthMethod::ClientSecretBasic, false);
        in.headers
            = { ExtraHeader { QStringLiteral("X-`touch pwned`$(id)"), QStringLiteral("1"), {} } };
        const QByteArray script = writeCurlScript(in).files.first().bytes;
        // Single-quoted: the shell neither runs the backquotes nor expands $(…).
        QVERIFY2(script.contains("-H 'X-`touch pwned`$(id)'\": $"), script.constData());
        QVERIFY(!script.contains("-H \"X-`touch"));
    }

    void noPrivateKeyInAnyFormat()
    {
        for (AuthMethod m : { AuthMethod::PrivateKeyJwt, AuthMethod::TlsClientAuth,
                 AuthMethod::SelfSignedTlsClientAuth }) {
            for (HandoffFormat f : allHandoffFormats()) {
                const QByteArray bytes = all(writeHandoff(input(m, false), f));
                QVERIFY(!bytes.contains("PRIVATE KEY"));
                QVERIFY(!bytes.contains("client_secret"));
            }
        }
    }

    void savingAFolderPackWritesEveryFile()
    {
        QTemporaryDir dir;
        const HandoffPack pack = writeBruno(input(AuthMethod::ClientSecretBasic, false));
        auto written = Handoff::save(pack, dir.filePath(QStringLiteral("pack")));
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(written->size(), pack.files.size());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("pack/environments/UAT.bru"))));
        // A folder pack onto an existing file is refused, naming the path.
        QFile f(dir.filePath(QStringLiteral("file")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto refused = Handoff::save(pack, f.fileName());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(f.fileName()));
    }

    void curlScriptFormEncodesBasicCredentials()
    {
        CaptureServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        HandoffInput in = atServer(input(AuthMethod::ClientSecretBasic, false), server);
        in.clientId = kOddId;
        QProcessEnvironment e;
        e.insert(QStringLiteral("CLIENT_SECRET"), kOddSecret);
        const ScriptRun r = runScript(writeCurlScript(in), e, {});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(server.requests.size(), 2);
        const CaptureServer::Request &token = server.requests.at(0);
        QCOMPARE(token.method, QByteArray("POST"));
        QCOMPARE(token.path, QByteArray("/oauth/token"));
        QCOMPARE(token.headers.value("authorization"), kOddBasic);
        QCOMPARE(token.headers.value("x-region"), QByteArray("1"));
        QCOMPARE(token.body,
            QByteArray("grant_type=client_credentials&scope=accounts%3Aread+payments%3Awrite"));
        const CaptureServer::Request &api = server.requests.at(1);
        QCOMPARE(api.path, QByteArray("/v1/accounts"));
        QCOMPARE(api.headers.value("authorization"), QByteArray("Bearer tok-123"));
        QCOMPARE(r.out.trimmed(), QByteArray(R"({"ok":true})"));

        // Included in the script: the same header.
        in.secret = kOddSecret;
        const ScriptRun included = runScript(writeCurlScript(in), {}, {});
        QVERIFY2(included.exit == 0, included.err.constData());
        QCOMPARE(server.requests.size(), 4);
        QCOMPARE(server.requests.at(2).headers.value("authorization"), kOddBasic);
    }

    void postmanAndBrunoScriptsFormEncodeBasicCredentials()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            QSKIP("node is needed to run the pre-request scripts");
        HandoffInput in = input(AuthMethod::ClientSecretBasic, false);
        in.clientId = kOddId;
        const QString vars = QStringLiteral("const vars = { client_id: %1, client_secret: %2 };\n")
                                 .arg(jsString(kOddId), jsString(kOddSecret));
        const QString resolve
            = QStringLiteral("const resolve = (t) => t.replace(/\\{\\{(\\w+)\\}\\}/g, (_, n) => "
                             "vars[n] ?? \"\");\n");

        // Postman: the "prerequest" event, then Basic Auth with its username and password.
        const HandoffPack postman = writePostman(in);
        const QJsonObject token = item(parse(file(postman, QStringLiteral("collection.json"))), 0);
        QStringList prerequest;
        for (const QJsonValue &ev : token.value(QStringLiteral("event")).toArray()) {
            if (ev[QStringLiteral("listen")].toString() == QLatin1String("prerequest"))
                for (const QJsonValue &l :
                    ev[QStringLiteral("script")][QStringLiteral("exec")].toArray())
                    prerequest << l.toString();
        }
        QVERIFY(!prerequest.isEmpty());
        const QJsonObject auth = token.value(QStringLiteral("request"))
                                     .toObject()
                                     .value(QStringLiteral("auth"))
                                     .toObject();
        QCOMPARE(auth.value(QStringLiteral("type")).toString(), QStringLiteral("basic"));
        const auto basic = keyValues(auth.value(QStringLiteral("basic")).toArray());
        QByteArray header = runNode(vars + resolve
            + QStringLiteral("const pm = { variables: { get: (k) => vars[k], set: (k, v) => { "
                             "vars[k] = v; } } };\n")
            + prerequest.join(QLatin1Char('\n'))
            + QStringLiteral("\n// Postman's Basic Auth: Base64 of username:password.\n"
                             "process.stdout.write(\"Basic \" + Buffer.from(resolve(%1) + \":\" + "
                             "resolve(%2)).toString(\"base64\"));\n")
                  .arg(jsString(basic.value(QStringLiteral("username"))),
                      jsString(basic.value(QStringLiteral("password")))));
        QCOMPARE(header, kOddBasic);

        // Bruno: script:pre-request, then auth:basic (interpolate-vars.js: Base64 of user:pass).
        const QString bru
            = QString::fromUtf8(file(writeBruno(in), QStringLiteral("01-get-token.bru")));
        const QStringList script = bruBlockLines(bru, QStringLiteral("script:pre-request"));
        QVERIFY(!script.isEmpty());
        QHash<QString, QString> basicBlock;
        for (const QString &l : bruBlockLines(bru, QStringLiteral("auth:basic")))
            basicBlock.insert(
                l.section(QStringLiteral(": "), 0, 0), l.section(QStringLiteral(": "), 1));
        header = runNode(vars + resolve
            + QStringLiteral(
                "const bru = { getEnvVar: (k) => vars[k], setVar: (k, v) => { vars[k] = v; } };\n")
            + script.join(QLatin1Char('\n'))
            + QStringLiteral(
                "\nprocess.stdout.write(\"Basic \" + Buffer.from(resolve(%1) + \":\" + "
                "resolve(%2)).toString(\"base64\"));\n")
                  .arg(jsString(basicBlock.value(QStringLiteral("username"))),
                      jsString(basicBlock.value(QStringLiteral("password")))));
        QCOMPARE(header, kOddBasic);
    }

    void httpFileHoldsFormEncodedCredentials()
    {
        HandoffInput in = input(AuthMethod::ClientSecretBasic, true);
        in.clientId = kOddId;
        in.secret = kOddSecret;
        const QString text = QString::fromUtf8(writeHttpFile(in).files.first().bytes);
        QHash<QString, QString> vars;
        for (const QString &l : text.split(QLatin1Char('\n'))) {
            if (l.startsWith(QLatin1Char('@')))
                vars.insert(l.mid(1).section(QStringLiteral(" = "), 0, 0),
                    l.section(QStringLiteral(" = "), 1));
        }
        QCOMPARE(vars.value(QStringLiteral("client_id")), QStringLiteral("weird%3Aclient+id"));
        QVERIFY(text.contains(
            QStringLiteral("\nAuthorization: Basic {{client_id}} {{client_secret}}\n")));
        // The REST Client and the JetBrains client send "Basic USER PASSWORD" as Base64 of
        // "USER:PASSWORD", with the variables' values as they are.
        const QByteArray sent = "Basic "
            + (vars.value(QStringLiteral("client_id")) + QLatin1Char(':')
                + vars.value(QStringLiteral("client_secret")))
                  .toUtf8()
                  .toBase64();
        QCOMPARE(sent, kOddBasic);
    }

    void curlScriptTakesTheAssertionFromStandardInput()
    {
        CaptureServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        HandoffInput in = atServer(input(AuthMethod::PrivateKeyJwt, false), server);
        const HandoffPack pack = writeCurlScript(in);
        const QByteArray jwt = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJwYXltZW50cyJ9.c2lnbmF0dXJl";
        // Piped in, as a signing tool's output would be.
        ScriptRun r = runScript(pack, {}, jwt + '\n');
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(server.requests.size(), 2);
        QUrlQuery form(QString::fromUtf8(server.requests.at(0).body));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded),
            QString::fromLatin1(jwt));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_assertion_type"), QUrl::FullyDecoded),
            QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        QCOMPARE(
            form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("payments-backend"));
        QVERIFY(!server.requests.at(0).headers.contains("authorization"));
        // From the environment.
        QProcessEnvironment e;
        e.insert(QStringLiteral("CLIENT_ASSERTION"), QString::fromLatin1(jwt));
        r = runScript(pack, e, {});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(server.requests.size(), 4);
        // Neither: it says what to do, and sends nothing.
        r = runScript(pack, {}, {});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("CLIENT_ASSERTION"), r.err.constData());
        QCOMPARE(server.requests.size(), 4);
    }

    void mutualTlsPacksNameTheCertificateFiles()
    {
        HandoffInput in = input(AuthMethod::SelfSignedTlsClientAuth, false);
        in.tokenEndpoint = QUrl(QStringLiteral("https://mtls.as.example.test:8443/oauth/token"));
        in.certificateBoundTokens = true;
        // Bruno: bruno.json's clientCertificates, for the token endpoint and the API host.
        const HandoffPack bruno = writeBruno(in);
        const QJsonArray certs = parse(file(bruno, QStringLiteral("bruno.json")))
                                     .value(QStringLiteral("clientCertificates"))
                                     .toObject()
                                     .value(QStringLiteral("certs"))
                                     .toArray();
        QCOMPARE(certs.size(), 2);
        QCOMPARE(certs.at(0)[QStringLiteral("domain")].toString(),
            QStringLiteral("mtls.as.example.test:8443"));
        QCOMPARE(
            certs.at(1)[QStringLiteral("domain")].toString(), QStringLiteral("api.example.test"));
        QCOMPARE(certs.at(0)[QStringLiteral("certFilePath")].toString(),
            QStringLiteral("{{process.env.CLIENT_CERT}}"));
        QCOMPARE(certs.at(0)[QStringLiteral("keyFilePath")].toString(),
            QStringLiteral("{{process.env.CLIENT_KEY}}"));
        QCOMPARE(file(bruno, QStringLiteral(".env.sample")).count("\nCLIENT_"), 2);
        // Postman: newman's options in the notes and the request's description.
        const HandoffPack postman = writePostman(in);
        QVERIFY(
            postman.notes.join(QLatin1Char('\n')).contains(QStringLiteral("--ssl-client-cert")));
        QVERIFY(
            file(postman, QStringLiteral("collection.json")).contains("mtls.as.example.test:8443"));
        // The script: --cert and --key on the token request and the API call (bound tokens).
        const QByteArray script = writeCurlScript(in).files.first().bytes;
        QCOMPARE(script.count("--cert \"$CLIENT_CERT\" --key \"$CLIENT_KEY\""), 2);
        // .http: where each client takes them from.
        QVERIFY(writeHttpFile(in).files.first().bytes.contains("rest-client.certificates"));
        for (HandoffFormat f : allHandoffFormats())
            QVERIFY(!all(writeHandoff(in, f)).contains("PRIVATE KEY"));
    }

    void zipHoldsEveryFileOfThePack_data()
    {
        QTest::addColumn<HandoffFormat>("format");
        QTest::addColumn<bool>("withSecret");
        for (HandoffFormat f : allHandoffFormats()) {
            QTest::addRow("%s", qPrintable(toWire(f))) << f << false;
            QTest::addRow("%s+secret", qPrintable(toWire(f))) << f << true;
        }
    }
    void zipHoldsEveryFileOfThePack()
    {
        QFETCH(HandoffFormat, format);
        QFETCH(bool, withSecret);
        const HandoffPack pack
            = writeHandoff(input(AuthMethod::ClientSecretBasic, withSecret), format);
        QCOMPARE(pack.containsSecret, withSecret);
        const bool folder = pack.files.size() > 1;
        QCOMPARE(Handoff::zipName(pack),
            folder ? QString(pack.suggestedName + QStringLiteral(".zip"))
                   : QString(QStringLiteral("payments-backend-uat-") + toWire(format)
                       + QStringLiteral(".zip")));
        const auto entries = readZip(Handoff::zip(pack));
        QVERIFY(entries);
        QCOMPARE(entries->size(), pack.files.size());
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const ZipEntry &e = entries->at(i);
            QCOMPARE(e.name,
                (folder ? pack.suggestedName + QLatin1Char('/') : QString())
                    + pack.files.at(i).path);
            QCOMPARE(e.data, pack.files.at(i).bytes);
            QCOMPARE(e.crc, crc32(e.data));
            QCOMPARE(e.mode, 0100600u); // a regular file, its owner's only, when unzipped
        }

        QTemporaryDir dir;
        const QString path = dir.filePath(Handoff::zipName(pack));
        QVERIFY(Handoff::isZipPath(path));
        auto saved = Handoff::saveZip(pack, path);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther
            | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        QCOMPARE(QFileInfo(path).permissions() & others,
            withSecret ? QFileDevice::Permissions {}
                       : QFileDevice::ReadGroup | QFileDevice::ReadOther);
        // Read back by tools that did not write it: Python's zipfile checks every CRC, and so
        // does unzip -t.
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!python.isEmpty(), "python3 is needed to read the zip back");
        QProcess test;
        test.start(python,
            { QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-t"), path });
        QVERIFY(test.waitForFinished(30000));
        QVERIFY2(test.exitCode() == 0, test.readAllStandardError().constData());
        QVERIFY(test.readAllStandardOutput().contains("Done testing"));
        if (const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
            !unzip.isEmpty()) {
            QProcess t;
            t.start(unzip, { QStringLiteral("-t"), path });
            QVERIFY(t.waitForFinished(30000));
            const QByteArray said = t.readAllStandardOutput();
            QVERIFY2(t.exitCode() == 0 && said.contains("No errors detected"), said.constData());
        }
        // A folder is no zip file: refused, naming a file to write instead.
        auto refused = Handoff::saveZip(pack, dir.path());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(Handoff::zipName(pack)));
        QVERIFY(!Handoff::isZipPath(dir.filePath(QStringLiteral("pack"))));
        QVERIFY(Handoff::isZipPath(QStringLiteral("PACK.ZIP")));
    }
};

QTEST_GUILESS_MAIN(TestHandoff)
#include "tst_handoff.moc"
