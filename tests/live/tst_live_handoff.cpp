// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-off pack run by the developers' own tools against the REAL test AS: oauthdesk-cli
// export writes it (from a real data folder and the real keychain), then newman runs the
// Postman collection, bru runs the Bruno collection and bash runs the curl script; each gets a
// token and the sample API call (GET /api/echo) passes. The AS's own log counts the requests.
// client_secret_basic runs too with "weird:client", whose ID and secret ("s3cr3t+/=%&:?") the
// AS only accepts form-encoded before Base64 (RFC 6749 §2.3.1); newman's report shows the
// header it sent, compared with one computed by hand. A private_key_jwt client and a
// self-signed mTLS client are registered at the AS with the CLI: the test signs each assertion
// with the lib's RFC 7523 code and the key from the keychain (newman --env-var, bru from
// CLIENT_ASSERTION, the script from standard input), and gives the runners the transport
// certificate and key as files (newman --ssl-client-cert/--ssl-client-key, bru through
// bruno.json's clientCertificates, curl --cert/--key), the key in a 0600 file of the test's.
// A pack exported as one zip (--output F.zip) is unzipped by Python and run by newman.
// Launched by with-keyring.sh + with-as.sh + with-handoff-tools.sh (which puts newman and bru
// in OAUTHDESK_NEWMAN / OAUTHDESK_BRU).
#include "../support/AwaitLater.h"
#include "jose/JwsSigner.h"
#include "oauth/TokenClient.h"
#include "pki/Certificate.h"
#include "pki/KeyPair.h"
#include "usecases/Workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

using namespace oauthdesk;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

const QByteArray kBasicSecret = "basic-secret-0123456789abcdef";
const QByteArray kPostSecret = "post-secret-0123456789abcdef";
/// tests/live/as: a client_secret_basic client whose ID and secret need form-encoding.
const QByteArray kWeirdSecret = "s3cr3t+/=%&:?";
/// Computed by hand: Base64 of "weird%3Aclient:s3cr3t%2B%2F%3D%25%26%3A%3F".
const QByteArray kWeirdBasic = "Basic d2VpcmQlM0FjbGllbnQ6czNjcjN0JTJCJTJGJTNEJTI1JTI2JTNBJTNG";

struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
    QByteArray why() const
    {
        return "exit " + QByteArray::number(exit) + "\nstdout: " + out.right(4000)
            + "\nstderr: " + err.right(4000);
    }
};

Run runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &e,
    const QString &cwd = {}, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(e);
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    if (input.isEmpty())
        p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = "did not start: " + p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out: " + p.readAllStandardError();
        return r;
    }
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// How many requests the AS logged for @p method @p path with @p status.
int logged(const QString &method, const QString &path, int status)
{
    QFile log(env("OAUTHDESK_TEST_AS_LOG"));
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression line(
        QStringLiteral("^\\S+ %1 %2 %3 ").arg(method, QRegularExpression::escape(path)).arg(status),
        QRegularExpression::MultilineOption);
    int n = 0;
    for (auto m = line.globalMatch(QString::fromUtf8(log.readAll())); m.hasNext(); m.next())
        ++n;
    return n;
}

/// Every file under @p dir, concatenated.
QByteArray everything(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestLiveHandoff final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tokenPath;
    /// The registered clients' IDs ("signed": private_key_jwt, "mtls": self-signed mTLS).
    QString m_signedId;
    QString m_mtlsId;
    /// Over the CLI's data folder and keychain entries: the test's way to the keys.
    std::unique_ptr<Workspace> m_ws;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("OAUTHDESK_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        for (const char *name :
            { "CLIENT_SECRET", "CLIENT_ASSERTION", "CLIENT_CERT", "CLIENT_KEY" })
            e.remove(QLatin1String(name));
        return e;
    }

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        return runProgram(QStringLiteral(OAUTHDESK_CLI_PATH), args, environment(), {}, input);
    }

    /// oauthdesk-cli export CLIENT --format FORMAT --output PATH [--include-secret] --api-path
    /// /echo
    Run exportPack(
        const QString &client, const QString &format, const QString &path, bool includeSecret)
    {
        QStringList args { QStringLiteral("export"), client, QStringLiteral("--format"), format,
            QStringLiteral("--api-path"), QStringLiteral("/echo") };
        if (!path.isEmpty())
            args << QStringLiteral("--output") << path;
        if (includeSecret)
            args << QStringLiteral("--include-secret");
        return cli(args);
    }

    QStringList newmanArgs() const
    {
        return { QStringLiteral("run"), QStringLiteral("collection.json"), QStringLiteral("-e"),
            QStringLiteral("environment.json"), QStringLiteral("--ssl-extra-ca-certs"),
            env("OAUTHDESK_TEST_CA"), QStringLiteral("--color"), QStringLiteral("off") };
    }
    QStringList bruArgs() const
    {
        return { QStringLiteral("run"), QStringLiteral("--env"), QStringLiteral("Live-AS"),
            QStringLiteral("--cacert"), env("OAUTHDESK_TEST_CA") };
    }

    /// The private_key_jwt and mTLS clients, registered at the AS with the CLI as an admin
    /// would (once); the first failing step's output, or nothing.
    std::optional<QByteArray> registerClients()
    {
        if (!m_signedId.isEmpty() && !m_mtlsId.isEmpty() && m_ws)
            return std::nullopt;
        const auto step = [this](const QStringList &args, const QByteArray &input = {}) {
            Run r = cli(args, input);
            if (r.exit != 0)
                r.err.prepend(args.join(QLatin1Char(' ')).toUtf8() + ": ");
            return r;
        };
        Run r = step(
            { QStringLiteral("envs"), QStringLiteral("discover"), QStringLiteral("Live AS") });
        if (r.exit == 0)
            r = step({ QStringLiteral("envs"), QStringLiteral("set-credential"),
                         QStringLiteral("Live AS"), QStringLiteral("initial-access-token"),
                         QStringLiteral("--stdin") },
                env("OAUTHDESK_TEST_IAT").toUtf8() + '\n');
        const auto generate = [&](const QString &purpose) -> QString {
            if (r.exit != 0)
                return {};
            r = step({ QStringLiteral("certs"), QStringLiteral("generate"), QStringLiteral("--app"),
                QStringLiteral("Payments"), QStringLiteral("--purpose"), purpose,
                QStringLiteral("--algorithm"), QStringLiteral("EC-P-256"),
                QStringLiteral("--json") });
            return QString::number(qint64(QJsonDocument::fromJson(r.out)
                                              .object()
                                              .value(QLatin1String("certificate"))
                                              .toObject()
                                              .value(QLatin1String("id"))
                                              .toDouble()));
        };
        const QString signing = generate(QStringLiteral("signing"));
        QString kid;
        if (r.exit == 0) {
            r = step({ QStringLiteral("certs"), QStringLiteral("show"), signing,
                QStringLiteral("--json") });
            kid = QJsonDocument::fromJson(r.out)
                      .object()
                      .value(QLatin1String("certificate"))
                      .toObject()
                      .value(QLatin1String("kid"))
                      .toString();
        }
        const auto registerClient
            = [&](const QString &name, const QStringList &options) -> QString {
            if (r.exit != 0)
                return {};
            r = step(
                QStringList { QStringLiteral("clients"), QStringLiteral("register"), name,
                    QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--env"),
                    QStringLiteral("Live AS"), QStringLiteral("--scope"),
                    QStringLiteral("accounts:read"), QStringLiteral("--json") }
                + options);
            return QJsonDocument::fromJson(r.out)
                .object()
                .value(QLatin1String("client"))
                .toObject()
                .value(QLatin1String("clientId"))
                .toString();
        };
        m_signedId = registerClient(QStringLiteral("signed"),
            { QStringLiteral("--method"), QStringLiteral("private_key_jwt"),
                QStringLiteral("--signing-cert"), kid });
        const QString transport = generate(QStringLiteral("transport"));
        if (r.exit == 0)
            r = step({ QStringLiteral("certs"), QStringLiteral("self-sign"), transport,
                QStringLiteral("--cn"), QStringLiteral("handoff-mtls-client"),
                QStringLiteral("--days"), QStringLiteral("2") });
        m_mtlsId = registerClient(QStringLiteral("mtls"),
            { QStringLiteral("--method"), QStringLiteral("self_signed_tls_client_auth"),
                QStringLiteral("--transport-cert"), transport, QStringLiteral("--bound-tokens") });
        if (r.exit != 0)
            return r.why();
        if (m_signedId.isEmpty() || m_mtlsId.isEmpty())
            return "no client_id in the answers of clients register";
        m_ws = std::make_unique<Workspace>();
        if (auto opened = test::wait(
                m_ws->open(Workspace::resolvePath(m_dir.filePath(QStringLiteral("data")))));
            !opened)
            return "open the data file: " + test::why(opened);
        return std::nullopt;
    }

    /// What client @p name authenticates with, from the keychain, as "Get test token" reads it.
    Result<ClientCredentials> credentials(const QString &name)
    {
        auto client = test::wait(m_ws->clients().find(name));
        if (!client)
            return std::unexpected(client.error());
        return test::wait(m_ws->tokenTests().credentialsFor(*client));
    }

    /// A fresh RFC 7523 assertion of "signed" for the token endpoint, signed by the lib's code
    /// with the key from the keychain (each has its own jti: the AS refuses a replay).
    QByteArray assertion()
    {
        auto c = credentials(QStringLiteral("signed"));
        if (!c || !c->signingKeyPkcs8Der) {
            qWarning("credentials: %s", c ? "no signing key" : test::why(c).constData());
            return {};
        }
        auto key = privateKeyFromPkcs8(*c->signingKeyPkcs8Der);
        if (!key)
            return {};
        const QUrl tokenEndpoint(env("OAUTHDESK_TEST_ISSUER") + m_tokenPath);
        ClientAssertionRequest a;
        a.clientId = m_signedId;
        a.audience = assertionAudienceFor(*c, tokenEndpoint, tokenEndpoint);
        a.kid = c->signingKid;
        a.alg = c->signingAlg;
        return buildClientAssertion(key->get(), a).value_or(QByteArray());
    }

    /// The JSON reporters' header list: its Authorization value ("" when there is none).
    static QByteArray authorizationOf(const QJsonArray &headers)
    {
        for (const QJsonValue &h : headers) {
            if (h[QStringLiteral("key")].toString().compare(
                    QStringLiteral("Authorization"), Qt::CaseInsensitive)
                == 0)
                return h[QStringLiteral("value")].toString().toUtf8();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!env("OAUTHDESK_TEST_ISSUER").isEmpty(),
            "run through tests/live/with-as.sh (ctest does)");
        QVERIFY2(!env("OAUTHDESK_NEWMAN").isEmpty() && !env("OAUTHDESK_BRU").isEmpty(),
            "run through tests/live/with-handoff-tools.sh (ctest does)");
        QVERIFY(m_dir.isValid());
        Run r
            = cli({ QStringLiteral("apps"), QStringLiteral("create"), QStringLiteral("Payments") });
        QVERIFY2(r.exit == 0, r.why().constData());
        r = cli({ QStringLiteral("envs"), QStringLiteral("create"), QStringLiteral("Live AS"),
            QStringLiteral("--issuer"), env("OAUTHDESK_TEST_ISSUER"), QStringLiteral("--ca-bundle"),
            env("OAUTHDESK_TEST_CA"), QStringLiteral("--api-base"), env("OAUTHDESK_TEST_API"),
            QStringLiteral("--header"), QStringLiteral("X-Region=2") });
        QVERIFY2(r.exit == 0, r.why().constData());
        r = cli(
            { QStringLiteral("clients"), QStringLiteral("create"), QStringLiteral("basic"),
                QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--env"),
                QStringLiteral("Live AS"), QStringLiteral("--client-id"),
                QStringLiteral("basic-client"), QStringLiteral("--scope"),
                QStringLiteral("accounts:read payments:write"), QStringLiteral("--secret-stdin") },
            kBasicSecret + '\n');
        QVERIFY2(r.exit == 0, r.why().constData());
        r = cli({ QStringLiteral("clients"), QStringLiteral("create"), QStringLiteral("post"),
                    QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--env"),
                    QStringLiteral("Live AS"), QStringLiteral("--client-id"),
                    QStringLiteral("post-client"), QStringLiteral("--method"),
                    QStringLiteral("client_secret_post"), QStringLiteral("--scope"),
                    QStringLiteral("accounts:read"), QStringLiteral("--secret-stdin") },
            kPostSecret);
        QVERIFY2(r.exit == 0, r.why().constData());
        r = cli({ QStringLiteral("clients"), QStringLiteral("create"), QStringLiteral("weird"),
                    QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--env"),
                    QStringLiteral("Live AS"), QStringLiteral("--client-id"),
                    QStringLiteral("weird:client"), QStringLiteral("--scope"),
                    QStringLiteral("accounts:read"), QStringLiteral("--secret-stdin") },
            kWeirdSecret + '\n');
        QVERIFY2(r.exit == 0, r.why().constData());
        // The discovery is not cached yet: the first export fetches it (the token endpoint).
        m_tokenPath = QStringLiteral("/token");
    }

    void cleanupTestCase() { m_ws.reset(); }

    void clients_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("clientId");
        // Whether the runs without the secret (refused) and, for bru, with it in the process
        // environment are made too: the odd client only needs the runs that get a token (bru
        // starts slowly; the runs it leaves out are the same for every client).
        QTest::addColumn<bool>("everyRun");
        QTest::newRow("client_secret_basic")
            << QStringLiteral("basic") << kBasicSecret << QStringLiteral("basic-client") << true;
        QTest::newRow("client_secret_post")
            << QStringLiteral("post") << kPostSecret << QStringLiteral("post-client") << true;
        QTest::newRow("client_secret_basic, form-encoded")
            << QStringLiteral("weird") << kWeirdSecret << QStringLiteral("weird:client") << false;
    }

    void newmanRunsThePostmanCollection_data() { clients_data(); }
    void newmanRunsThePostmanCollection()
    {
        QFETCH(QString, client);
        QFETCH(QByteArray, secret);
        QFETCH(bool, everyRun);
        const QString without = m_dir.filePath(client + QStringLiteral("-postman"));
        Run r = exportPack(client, QStringLiteral("postman"), without, false);
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY(QFile::exists(without + QStringLiteral("/collection.json")));
        QVERIFY(!everything(without).contains(secret));

        const int tokens = logged(QStringLiteral("POST"), m_tokenPath, 200);
        const int calls = logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200);
        const QStringList args = newmanArgs();
        // Without the secret filled in, the AS refuses the token request and newman fails.
        if (everyRun) {
            r = runProgram(env("OAUTHDESK_NEWMAN"), args, environment(), without);
            QVERIFY2(r.exit != 0, r.why().constData());
            QVERIFY2(
                r.out.contains("401"), r.why().constData()); // refused by the AS, not a usage error
            QCOMPARE(logged(QStringLiteral("POST"), m_tokenPath, 200), tokens);
        }

        const QString with = m_dir.filePath(client + QStringLiteral("-postman-secret"));
        r = exportPack(client, QStringLiteral("postman"), with, true);
        QVERIFY2(r.exit == 0, r.why().constData());
        const QJsonObject environmentFile = QJsonDocument::fromJson([&] {
            QFile f(with + QStringLiteral("/environment.json"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }())
                                                .object();
        QVERIFY(QJsonDocument(environmentFile).toJson().contains(secret));
        // newman's JSON report says what it sent.
        const QString report = m_dir.filePath(client + QStringLiteral("-newman.json"));
        r = runProgram(env("OAUTHDESK_NEWMAN"),
            args
                + QStringList { QStringLiteral("--reporters"), QStringLiteral("cli,json"),
                    QStringLiteral("--reporter-json-export"), report },
            environment(), with);
        QVERIFY2(r.exit == 0, r.why().constData());
        if (client == QLatin1String("weird")) {
            QFile f(report);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonArray executions = QJsonDocument::fromJson(f.readAll())
                                              .object()
                                              .value(QStringLiteral("run"))
                                              .toObject()
                                              .value(QStringLiteral("executions"))
                                              .toArray();
            QVERIFY(!executions.isEmpty());
            QCOMPARE(authorizationOf(
                         executions.at(0)[QStringLiteral("request")][QStringLiteral("header")]
                             .toArray()),
                kWeirdBasic);
        }
        QVERIFY2(r.out.contains("The AS issued an access token")
                && r.out.contains("The API accepted the token"),
            r.why().constData());
        QCOMPARE(logged(QStringLiteral("POST"), m_tokenPath, 200), tokens + 1);
        QCOMPARE(logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200), calls + 1);
    }

    void bruRunsTheBrunoCollection_data() { clients_data(); }
    void bruRunsTheBrunoCollection()
    {
        QFETCH(QString, client);
        QFETCH(QByteArray, secret);
        QFETCH(bool, everyRun);
        const QString without = m_dir.filePath(client + QStringLiteral("-bruno"));
        Run r = exportPack(client, QStringLiteral("bruno"), without, false);
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY(!everything(without).contains(secret));
        const QStringList args = bruArgs();
        const int tokens = logged(QStringLiteral("POST"), m_tokenPath, 200);
        const int calls = logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200);
        if (everyRun) {
            // No secret anywhere: the AS refuses, bru fails.
            r = runProgram(env("OAUTHDESK_BRU"), args, environment(), without);
            QVERIFY2(r.exit != 0, r.why().constData());
            QVERIFY2(r.out.contains("401"), r.why().constData()); // refused by the AS
            // The secret from the process environment (CLIENT_SECRET), as a developer would
            // export it.
            QProcessEnvironment e = environment();
            e.insert(QStringLiteral("CLIENT_SECRET"), QString::fromUtf8(secret));
            r = runProgram(env("OAUTHDESK_BRU"), args, e, without);
            QVERIFY2(r.exit == 0, r.why().constData());
            QCOMPARE(logged(QStringLiteral("POST"), m_tokenPath, 200), tokens + 1);
            QCOMPARE(logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200), calls + 1);
        }
        const int before = everyRun ? 1 : 0;

        // Included: in the collection's .env (which bru reads, and masks in its output).
        const QString with = m_dir.filePath(client + QStringLiteral("-bruno-secret"));
        r = exportPack(client, QStringLiteral("bruno"), with, true);
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY(QFile::exists(with + QStringLiteral("/.env")));
        r = runProgram(env("OAUTHDESK_BRU"), args, environment(), with);
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY2(!r.out.contains(secret), r.why().constData());
        QCOMPARE(logged(QStringLiteral("POST"), m_tokenPath, 200), tokens + before + 1);
        QCOMPARE(
            logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200), calls + before + 1);
    }

    void bashRunsTheCurlScript_data() { clients_data(); }
    void bashRunsTheCurlScript()
    {
        QFETCH(QString, client);
        QFETCH(QByteArray, secret);
        QFETCH(QString, clientId);
        const QString script = m_dir.filePath(client + QStringLiteral(".sh"));
        Run r = exportPack(client, QStringLiteral("curl"), script, false);
        QVERIFY2(r.exit == 0, r.why().constData());
        QFile f(script);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(secret));
        QProcessEnvironment e = environment();
        e.insert(QStringLiteral("CURL_CA_BUNDLE"), env("OAUTHDESK_TEST_CA"));
        // No secret and no terminal to ask at: it says what to set, and stops.
        r = runProgram(QStringLiteral("bash"), { script }, e);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("CLIENT_SECRET"), r.why().constData());
        e.insert(QStringLiteral("CLIENT_SECRET"), QString::fromUtf8(secret));
        const int calls = logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200);
        r = runProgram(QStringLiteral("bash"), { script }, e);
        QVERIFY2(r.exit == 0, r.why().constData());
        const QJsonObject echo = QJsonDocument::fromJson(r.out.trimmed()).object();
        QCOMPARE(echo.value(QStringLiteral("client_id")).toString(), clientId);
        QCOMPARE(echo.value(QStringLiteral("x_region")).toString(),
            QStringLiteral("2")); // the environment's header
        QCOMPARE(logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200), calls + 1);
        // A wrong secret: curl fails on the 401, set -e stops the script before the API call.
        e.insert(QStringLiteral("CLIENT_SECRET"), QStringLiteral("not-the-secret"));
        r = runProgram(QStringLiteral("sh"), { script }, e);
        QVERIFY2(r.exit == 1 && r.err.contains("invalid_client"),
            r.why().constData()); // the AS's own words
        QCOMPARE(logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200), calls + 1);
        // The script with the secret included runs as it is.
        r = exportPack(client, QStringLiteral("curl"), script, true);
        QVERIFY2(r.exit == 0, r.why().constData());
        QProcessEnvironment withCa = environment();
        withCa.insert(QStringLiteral("CURL_CA_BUNDLE"), env("OAUTHDESK_TEST_CA"));
        r = runProgram(QStringLiteral("sh"), { script }, withCa);
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200), calls + 2);
    }

    void httpFileGoesToStandardOutputWithoutTheSecret()
    {
        const Run r = exportPack(QStringLiteral("basic-client"), QStringLiteral("http"), {}, false);
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY(r.out.contains("# @name token\nPOST {{token_endpoint}}\n"));
        QVERIFY(r.out.contains(QByteArray("@token_endpoint = "
            + env("OAUTHDESK_TEST_ISSUER").toUtf8() + m_tokenPath.toUtf8() + '\n')));
        QVERIFY(r.out.contains("@header_x_region = 2\n"));
        QVERIFY(!r.out.contains(kBasicSecret));
        QVERIFY2(r.err.contains("client_secret"), r.why().constData()); // the note: fill it in
    }

    void aFolderFormatWithoutOutputIsAUsageError()
    {
        const Run r = exportPack(QStringLiteral("basic"), QStringLiteral("postman"), {}, false);
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains("--output"), r.why().constData());
    }

    void privateKeyJwtPacksGetTokens()
    {
        const auto failed = registerClients();
        QVERIFY2(!failed, failed ? failed->constData() : "");
        const int tokens = logged(QStringLiteral("POST"), m_tokenPath, 200);
        const int calls = logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200);

        // Postman: the assertion as newman's --env-var client_assertion.
        const QString postman = m_dir.filePath(QStringLiteral("signed-postman"));
        Run r = exportPack(QStringLiteral("signed"), QStringLiteral("postman"), postman, false);
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY(!everything(postman).contains("PRIVATE KEY"));
        // Without one, the AS refuses.
        r = runProgram(env("OAUTHDESK_NEWMAN"), newmanArgs(), environment(), postman);
        QVERIFY2(r.exit != 0 && r.out.contains("40"), r.why().constData());
        QByteArray jwt = assertion();
        QVERIFY(jwt.count('.') == 2);
        r = runProgram(env("OAUTHDESK_NEWMAN"),
            newmanArgs()
                + QStringList { QStringLiteral("--env-var"),
                    QStringLiteral("client_assertion=") + QString::fromLatin1(jwt) },
            environment(), postman);
        QVERIFY2(
            r.exit == 0 && r.out.contains("The AS issued an access token"), r.why().constData());
        QCOMPARE(logged(QStringLiteral("POST"), m_tokenPath, 200), tokens + 1);

        // Bruno: CLIENT_ASSERTION from the environment.
        const QString bruno = m_dir.filePath(QStringLiteral("signed-bruno"));
        r = exportPack(QStringLiteral("signed"), QStringLiteral("bruno"), bruno, false);
        QVERIFY2(r.exit == 0, r.why().constData());
        QProcessEnvironment e = environment();
        e.insert(QStringLiteral("CLIENT_ASSERTION"), QString::fromLatin1(assertion()));
        r = runProgram(env("OAUTHDESK_BRU"), bruArgs(), e, bruno);
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(logged(QStringLiteral("POST"), m_tokenPath, 200), tokens + 2);

        // curl: the assertion on standard input.
        const QString script = m_dir.filePath(QStringLiteral("signed.sh"));
        r = exportPack(QStringLiteral("signed"), QStringLiteral("curl"), script, false);
        QVERIFY2(r.exit == 0, r.why().constData());
        e = environment();
        e.insert(QStringLiteral("CURL_CA_BUNDLE"), env("OAUTHDESK_TEST_CA"));
        r = runProgram(QStringLiteral("sh"), { script }, e, {}, assertion() + '\n');
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(QJsonDocument::fromJson(r.out.trimmed())
                     .object()
                     .value(QStringLiteral("client_id"))
                     .toString(),
            m_signedId);
        QCOMPARE(logged(QStringLiteral("POST"), m_tokenPath, 200), tokens + 3);
        QCOMPARE(logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200), calls + 3);
    }

    void mutualTlsPacksGetTokens()
    {
        const auto failed = registerClients();
        QVERIFY2(!failed, failed ? failed->constData() : "");
        // The certificate and key as the developer would have them: PEM files, the key 0600
        // from its creation (the test's own files; no pack holds them).
        auto c = credentials(QStringLiteral("mtls"));
        QVERIFY2(c, test::why(c).constData());
        QVERIFY(!c->transportCertificateChainDer.isEmpty() && c->transportKeyPkcs8Der);
        auto key = privateKeyFromPkcs8(*c->transportKeyPkcs8Der);
        QVERIFY(key);
        auto keyPem = privateKeyToPkcs8Pem(key->get());
        QVERIFY(keyPem);
        const QString certFile = m_dir.filePath(QStringLiteral("mtls-cert.pem"));
        const QString keyFile = m_dir.filePath(QStringLiteral("mtls-key.pem"));
        QFile cf(certFile);
        QVERIFY(cf.open(QIODevice::WriteOnly));
        cf.write(derToPem(c->transportCertificateChainDer.first()));
        cf.close();
        QFile kf(keyFile);
        QVERIFY(kf.open(QIODevice::WriteOnly | QIODevice::NewOnly,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(kf.write(*keyPem), keyPem->size());
        kf.close();
        QCOMPARE(
            QFileInfo(keyFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions {});
        // The key's base64 body, to look for in the packs.
        const QByteArray keyBody = keyPem->split('\n').value(1);
        QVERIFY(keyBody.size() > 20);
        const int tokens = logged(QStringLiteral("POST"), m_tokenPath, 200);
        const int calls = logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200);

        // Postman: newman --ssl-client-cert / --ssl-client-key.
        const QString postman = m_dir.filePath(QStringLiteral("mtls-postman"));
        Run r = exportPack(QStringLiteral("mtls"), QStringLiteral("postman"), postman, false);
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY(
            !everything(postman).contains(keyBody) && !everything(postman).contains("PRIVATE KEY"));
        // Without the certificate the AS cannot tell who the client is.
        r = runProgram(env("OAUTHDESK_NEWMAN"), newmanArgs(), environment(), postman);
        QVERIFY2(r.exit != 0 && r.out.contains("40"), r.why().constData());
        QCOMPARE(logged(QStringLiteral("POST"), m_tokenPath, 200), tokens);
        r = runProgram(env("OAUTHDESK_NEWMAN"),
            newmanArgs()
                + QStringList { QStringLiteral("--ssl-client-cert"), certFile,
                    QStringLiteral("--ssl-client-key"), keyFile },
            environment(), postman);
        QVERIFY2(r.exit == 0 && r.out.contains("The API accepted the token"), r.why().constData());
        QCOMPARE(logged(QStringLiteral("POST"), m_tokenPath, 200), tokens + 1);

        // Bruno: bruno.json's clientCertificates, the files from CLIENT_CERT and CLIENT_KEY.
        const QString bruno = m_dir.filePath(QStringLiteral("mtls-bruno"));
        r = exportPack(QStringLiteral("mtls"), QStringLiteral("bruno"), bruno, false);
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY(!everything(bruno).contains(keyBody) && !everything(bruno).contains("PRIVATE KEY"));
        QProcessEnvironment e = environment();
        e.insert(QStringLiteral("CLIENT_CERT"), certFile);
        e.insert(QStringLiteral("CLIENT_KEY"), keyFile);
        r = runProgram(env("OAUTHDESK_BRU"), bruArgs(), e, bruno);
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(logged(QStringLiteral("POST"), m_tokenPath, 200), tokens + 2);

        // curl: --cert and --key, on the token request and (bound tokens) the API call.
        const QString script = m_dir.filePath(QStringLiteral("mtls.sh"));
        r = exportPack(QStringLiteral("mtls"), QStringLiteral("curl"), script, false);
        QVERIFY2(r.exit == 0, r.why().constData());
        e.insert(QStringLiteral("CURL_CA_BUNDLE"), env("OAUTHDESK_TEST_CA"));
        r = runProgram(QStringLiteral("sh"), { script }, e);
        QVERIFY2(r.exit == 0, r.why().constData());
        const QJsonObject echo = QJsonDocument::fromJson(r.out.trimmed()).object();
        QCOMPARE(echo.value(QStringLiteral("client_id")).toString(), m_mtlsId);
        QCOMPARE(echo.value(QStringLiteral("cnf_ok")).toBool(false), true); // bound, and presented
        QCOMPARE(logged(QStringLiteral("POST"), m_tokenPath, 200), tokens + 3);
        QCOMPARE(logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200), calls + 3);
    }

    void aZipPackRunsOnceUnzipped()
    {
        const QString zip = m_dir.filePath(QStringLiteral("weird-postman.zip"));
        Run r = cli({ QStringLiteral("export"), QStringLiteral("weird"), QStringLiteral("--format"),
            QStringLiteral("postman"), QStringLiteral("--output"), zip,
            QStringLiteral("--include-secret"), QStringLiteral("--api-path"),
            QStringLiteral("/echo"), QStringLiteral("--json") });
        QVERIFY2(r.exit == 0, r.why().constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(QStringLiteral("zip")).toBool());
        QVERIFY(o.value(QStringLiteral("containsSecret")).toBool());
        QCOMPARE(o.value(QStringLiteral("files")).toArray(), QJsonArray { zip });
        // The secret is in it: its owner's only.
        QCOMPARE(QFileInfo(zip).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions {});
        const QString folder = m_dir.filePath(QStringLiteral("unzipped"));
        const Run py = runProgram(QStandardPaths::findExecutable(QStringLiteral("python3")),
            { QStringLiteral("-c"),
                QStringLiteral(
                    "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); bad = z.testzip(); "
                    "sys.exit('bad member: %s' % bad) if bad else z.extractall(sys.argv[2])"),
                zip, folder },
            environment());
        QVERIFY2(py.exit == 0, py.why().constData());
        const QString pack = folder + QStringLiteral("/weird-live-as-postman");
        const int calls = logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200);
        r = runProgram(env("OAUTHDESK_NEWMAN"), newmanArgs(), environment(), pack);
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200), calls + 1);
    }
};

QTEST_GUILESS_MAIN(TestLiveHandoff)
#include "tst_live_handoff.moc"
