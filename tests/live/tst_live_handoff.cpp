// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-off pack run by the developers' own tools against the REAL test AS: oauthdesk-cli
// export writes it (from a real data folder and the real keychain), then newman runs the
// Postman collection, bru runs the Bruno collection and bash runs the curl script; each gets a
// token and the sample API call (GET /api/echo) passes. The AS's own log counts the requests.
// Launched by with-keyring.sh + with-as.sh + with-handoff-tools.sh (which puts newman and bru
// in OAUTHDESK_NEWMAN / OAUTHDESK_BRU).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

const QByteArray kBasicSecret = "basic-secret-0123456789abcdef";
const QByteArray kPostSecret = "post-secret-0123456789abcdef";

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

    QProcessEnvironment environment() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("OAUTHDESK_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        e.remove(QStringLiteral("CLIENT_SECRET"));
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
        // The discovery is not cached yet: the first export fetches it (the token endpoint).
        m_tokenPath = QStringLiteral("/token");
    }

    void clients_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("client_secret_basic") << QStringLiteral("basic") << kBasicSecret;
        QTest::newRow("client_secret_post") << QStringLiteral("post") << kPostSecret;
    }

    void newmanRunsThePostmanCollection_data() { clients_data(); }
    void newmanRunsThePostmanCollection()
    {
        QFETCH(QString, client);
        QFETCH(QByteArray, secret);
        const QString without = m_dir.filePath(client + QStringLiteral("-postman"));
        Run r = exportPack(client, QStringLiteral("postman"), without, false);
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY(QFile::exists(without + QStringLiteral("/collection.json")));
        QVERIFY(!everything(without).contains(secret));

        const int tokens = logged(QStringLiteral("POST"), m_tokenPath, 200);
        const int calls = logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200);
        const QStringList args { QStringLiteral("run"), QStringLiteral("collection.json"),
            QStringLiteral("-e"), QStringLiteral("environment.json"),
            QStringLiteral("--ssl-extra-ca-certs"), env("OAUTHDESK_TEST_CA"),
            QStringLiteral("--color"), QStringLiteral("off") };
        // Without the secret filled in, the AS refuses the token request and newman fails.
        r = runProgram(env("OAUTHDESK_NEWMAN"), args, environment(), without);
        QVERIFY2(r.exit != 0, r.why().constData());
        QVERIFY2(
            r.out.contains("401"), r.why().constData()); // refused by the AS, not a usage error
        QCOMPARE(logged(QStringLiteral("POST"), m_tokenPath, 200), tokens);

        const QString with = m_dir.filePath(client + QStringLiteral("-postman-secret"));
        r = exportPack(client, QStringLiteral("postman"), with, true);
        QVERIFY2(r.exit == 0, r.why().constData());
        const QJsonObject environmentFile = QJsonDocument::fromJson([&] {
            QFile f(with + QStringLiteral("/environment.json"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }())
                                                .object();
        QVERIFY(QJsonDocument(environmentFile).toJson().contains(secret));
        r = runProgram(env("OAUTHDESK_NEWMAN"), args, environment(), with);
        QVERIFY2(r.exit == 0, r.why().constData());
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
        const QString without = m_dir.filePath(client + QStringLiteral("-bruno"));
        Run r = exportPack(client, QStringLiteral("bruno"), without, false);
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY(!everything(without).contains(secret));
        const QStringList args { QStringLiteral("run"), QStringLiteral("--env"),
            QStringLiteral("Live-AS"), QStringLiteral("--cacert"), env("OAUTHDESK_TEST_CA") };
        const int tokens = logged(QStringLiteral("POST"), m_tokenPath, 200);
        const int calls = logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200);
        // No secret anywhere: the AS refuses, bru fails.
        r = runProgram(env("OAUTHDESK_BRU"), args, environment(), without);
        QVERIFY2(r.exit != 0, r.why().constData());
        QVERIFY2(r.out.contains("401"), r.why().constData()); // refused by the AS
        // The secret from the process environment (CLIENT_SECRET), as a developer would export it.
        QProcessEnvironment e = environment();
        e.insert(QStringLiteral("CLIENT_SECRET"), QString::fromUtf8(secret));
        r = runProgram(env("OAUTHDESK_BRU"), args, e, without);
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(logged(QStringLiteral("POST"), m_tokenPath, 200), tokens + 1);
        QCOMPARE(logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200), calls + 1);

        // Included: in the collection's .env (which bru reads, and masks in its output).
        const QString with = m_dir.filePath(client + QStringLiteral("-bruno-secret"));
        r = exportPack(client, QStringLiteral("bruno"), with, true);
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY(QFile::exists(with + QStringLiteral("/.env")));
        r = runProgram(env("OAUTHDESK_BRU"), args, environment(), with);
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY2(!r.out.contains(secret), r.why().constData());
        QCOMPARE(logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200), calls + 2);
    }

    void bashRunsTheCurlScript_data() { clients_data(); }
    void bashRunsTheCurlScript()
    {
        QFETCH(QString, client);
        QFETCH(QByteArray, secret);
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
        QCOMPARE(echo.value(QStringLiteral("client_id")).toString(),
            client == QLatin1String("basic") ? QStringLiteral("basic-client")
                                             : QStringLiteral("post-client"));
        QCOMPARE(echo.value(QStringLiteral("x_region")).toString(),
            QStringLiteral("2")); // the environment's header
        QCOMPARE(logged(QStringLiteral("GET"), QStringLiteral("/api/echo"), 200), calls + 1);
        // A wrong secret: curl fails on the 401, set -e stops the script before the API call.
        e.insert(QStringLiteral("CLIENT_SECRET"), QStringLiteral("not-the-secret"));
        r = runProgram(QStringLiteral("sh"), { script }, e);
        QVERIFY2(r.exit == 1 && r.err.contains("invalid_client"), r.why().constData()); // the AS's own words
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
};

QTEST_GUILESS_MAIN(TestLiveHandoff)
#include "tst_live_handoff.moc"
