// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-off pack's writers, read back: Postman v2.1 JSON with its required fields, the Bruno
// .bru blocks, the .http file's structure, the curl script through `sh -n`; no secret without
// includeSecret, the secret present and marked secret with it; never a private key.
#include "usecases/Handoff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <algorithm>

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
        QVERIFY(token.contains(QStringLiteral("  password: {{client_secret}}\n")));
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
        QVERIFY(file(with, QStringLiteral(".env"))
                    .contains(QByteArray(QByteArray("CLIENT_SECRET=") + kSecret.toUtf8() + '\n')));
        QCOMPARE(file(with, QStringLiteral(".gitignore")), QByteArray(".env\n"));
        // The secret is in .env only (Bruno masks .env values; .gitignore keeps it out of git).
        QByteArray rest;
        for (const HandoffFile &f : with.files)
            if (f.path != QLatin1String(".env"))
                rest += f.bytes;
        QVERIFY(!rest.contains("0123456789"));
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
        QVERIFY(with.contains(QStringLiteral("@client_secret = ") + kSecret + QLatin1Char('\n')));
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
        in.headers = { ExtraHeader { QStringLiteral("X-`touch pwned`$(id)"), QStringLiteral("1"), {} } };
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
};

QTEST_GUILESS_MAIN(TestHandoff)
#include "tst_handoff.moc"
