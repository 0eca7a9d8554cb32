// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli against the REAL provider (with-as.sh) and the REAL keychain (with-keyring.sh),
// as a script would run it: the built binary in a QProcess, a fresh data folder through
// OAUTHDESK_DATA_DIR, secrets on standard input. A test token for every client authentication
// method (client_secret_basic, client_secret_post, private_key_jwt with a key it generated,
// tls_client_auth with a certificate issued for its CSR, self_signed_tls_client_auth) with the
// signature and binding checks read from --json; registration (RFC 7591) and management
// (RFC 7592); introspection and revocation; sign-in through the loopback listener; the exit
// codes for usage, not found, AS refused, TLS failure and no keychain; a secret passed as an
// argument refused; and no secret in --json output or in any file the CLI left behind.
#include "../support/SecretScan.h"
#include "TestBrowser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

const QByteArray kBasicSecret = "basic-secret-0123456789abcdef";
const QByteArray kPostSecret = "post-secret-0123456789abcdef";

/// One run of the CLI: exit status, standard output and error, and stdout as JSON.
struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QByteArray why() const
    {
        return "exit " + QByteArray::number(exit) + "\nstdout: " + out + "\nstderr: " + err;
    }
};

} // namespace

class TestLiveCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    oauthdesk::test::SecretLedger m_secrets;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("OAUTHDESK_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        return e;
    }

    Run run(const QStringList &args, const QByteArray &input = {},
        std::optional<QProcessEnvironment> env = std::nullopt, int timeoutMs = 60000)
    {
        QProcess p;
        p.setProcessEnvironment(env.value_or(environment()));
        if (input.isEmpty())
            p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(OAUTHDESK_CLI_PATH), args);
        if (!p.waitForStarted(10000))
            qFatal("oauthdesk-cli did not start: %s", qPrintable(p.errorString()));
        if (!input.isEmpty()) {
            p.write(input);
            p.closeWriteChannel();
        }
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
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

    /// Fails the test when @p text holds any spelling of any secret handled so far.
    static QString holdsSecret(const QByteArray &text, const QList<QByteArray> &secrets)
    {
        for (const QByteArray &s : secrets) {
            for (const QByteArray &spelling : oauthdesk::test::secretSpellings(s)) {
                if (text.contains(spelling))
                    return QString::fromLatin1("a spelling of secret \"%1…\"")
                        .arg(QString::fromLatin1(s.left(6)));
            }
        }
        return {};
    }

    qint64 generateKey(const QString &purpose, const QString &algorithm)
    {
        const Run r = run({ QStringLiteral("certs"), QStringLiteral("generate"),
            QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--purpose"),
            purpose, QStringLiteral("--algorithm"), algorithm, QStringLiteral("--json") });
        if (r.exit != 0)
            qWarning("certs generate: %s", r.why().constData());
        return qint64(r.json()
                          .value(QLatin1String("certificate"))
                          .toObject()
                          .value(QLatin1String("id"))
                          .toDouble());
    }

    /// A token for @p client with --format json; checks it came and both checks passed.
    QJsonObject token(const QString &client, const QList<QByteArray> &mustNotContain = {})
    {
        const Run r = run({ QStringLiteral("token"), client, QStringLiteral("--format"),
            QStringLiteral("json") });
        const QString leak = holdsSecret(r.out + r.err, mustNotContain);
        if (!leak.isEmpty())
            qWarning("token output holds %s", qPrintable(leak));
        if (r.exit != 0 || !leak.isEmpty())
            return QJsonObject { { QStringLiteral("failed"),
                QString::fromUtf8(r.why().constData()) } };
        return r.json();
    }

    static QString str(const QJsonObject &o, const char *path)
    {
        QJsonValue v = o;
        for (const QString &key : QString::fromLatin1(path).split(QLatin1Char('.')))
            v = v.toObject().value(key);
        return v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                          : v.toVariant().toString();
    }

    /// Registers @p name at the AS through the CLI; returns the --json document.
    QJsonObject registerClient(const QString &name, const QStringList &options)
    {
        const Run r
            = run(QStringList { QStringLiteral("clients"), QStringLiteral("register"), name,
                      QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--env"),
                      QStringLiteral("Live AS"), QStringLiteral("--scope"),
                      QStringLiteral("accounts:read payments:write"), QStringLiteral("--json") }
                + options);
        if (r.exit != 0)
            qWarning("register %s: %s", qPrintable(name), r.why().constData());
        return r.json();
    }

    /// Runs a command that signs in (signin, or introspect/revoke of an interactive client): reads
    /// the link it prints on stderr and follows it with the headless browser, as a person would.
    Run withBrowser(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(OAUTHDESK_CLI_PATH), args);
        Run r;
        QUrl link;
        [[maybe_unused]] const bool seen = QTest::qWaitFor(
            [&] {
                r.err += p.readAllStandardError();
                const auto m = QRegularExpression(QStringLiteral("\\n  (https://\\S+)\\n"))
                                   .match(QString::fromUtf8(r.err));
                if (m.hasMatch())
                    link = QUrl(m.captured(1), QUrl::StrictMode);
                return link.isValid() || p.state() == QProcess::NotRunning;
            },
            30000);
        if (link.isValid()) {
            oauthdesk::test::TestBrowser browser;
            std::optional<oauthdesk::test::TestBrowser::Result> walked;
            browser.open(link, env("OAUTHDESK_TEST_CA"),
                [&](oauthdesk::test::TestBrowser::Result w) { walked = std::move(w); });
            if (!QTest::qWaitFor([&] { return walked.has_value(); }, 30000) || !walked->ok)
                r.err += "\nthe browser did not get through: "
                    + (walked ? walked->hopsText().toUtf8() : QByteArray("no answer"));
        }
        // It may well have finished while the browser walked (waitForFinished() is false then).
        if (p.state() != QProcess::NotRunning && !p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            r.err += "\ntimed out";
            return r;
        }
        r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err += p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!env("OAUTHDESK_TEST_ISSUER").isEmpty(),
            "run through tests/live/with-as.sh (ctest does)");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        QVERIFY(QFile::exists(QStringLiteral(OAUTHDESK_CLI_PATH)));
        QVERIFY(m_dir.isValid());
        m_secrets.remember(kBasicSecret);
        m_secrets.remember(kPostSecret);
        m_secrets.remember(env("OAUTHDESK_TEST_IAT"));

        Run r
            = run({ QStringLiteral("apps"), QStringLiteral("create"), QStringLiteral("Payments") });
        QVERIFY2(r.exit == 0, r.why().constData());
        r = run({ QStringLiteral("envs"), QStringLiteral("create"), QStringLiteral("Live AS"),
            QStringLiteral("--issuer"), env("OAUTHDESK_TEST_ISSUER"), QStringLiteral("--ca-bundle"),
            env("OAUTHDESK_TEST_CA"), QStringLiteral("--api-base"), env("OAUTHDESK_TEST_API"),
            QStringLiteral("--header"), QStringLiteral("X-Region=1") });
        QVERIFY2(r.exit == 0, r.why().constData());
        r = run({ QStringLiteral("envs"), QStringLiteral("discover"), QStringLiteral("Live AS"),
            QStringLiteral("--json") });
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(str(r.json(), "discovery.registrationEndpoint"),
            env("OAUTHDESK_TEST_ISSUER") + QStringLiteral("/reg"));
    }

    void secretAsArgumentIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("--secret VALUE") << QStringList { QStringLiteral("clients"),
            QStringLiteral("create"), QStringLiteral("leaky"), QStringLiteral("--app"),
            QStringLiteral("Payments"), QStringLiteral("--client-id"), QStringLiteral("leaky"),
            QStringLiteral("--secret"), QStringLiteral("hunter2-hunter2") }
                                        << "--secret-stdin";
        QTest::newRow("--secret=VALUE") << QStringList { QStringLiteral("clients"),
            QStringLiteral("create"), QStringLiteral("leaky"), QStringLiteral("--app"),
            QStringLiteral("Payments"), QStringLiteral("--client-id"), QStringLiteral("leaky"),
            QStringLiteral("--secret=hunter2-hunter2") }
                                        << "--secret-stdin";
        QTest::newRow("--client-secret") << QStringList { QStringLiteral("clients"),
            QStringLiteral("rotate-secret"), QStringLiteral("leaky"),
            QStringLiteral("--client-secret"), QStringLiteral("hunter2-hunter2") }
                                         << "--secret-stdin";
        QTest::newRow("--initial-access-token") << QStringList { QStringLiteral("envs"),
            QStringLiteral("set-credential"), QStringLiteral("Live AS"),
            QStringLiteral("initial-access-token"), QStringLiteral("--initial-access-token"),
            QStringLiteral("hunter2-hunter2") } << "--stdin";
        QTest::newRow("--passphrase")
            << QStringList { QStringLiteral("certs"), QStringLiteral("export"), QStringLiteral("1"),
                   QStringLiteral("--format"), QStringLiteral("pkcs12"),
                   QStringLiteral("--passphrase"), QStringLiteral("hunter2-hunter2") }
            << "--passphrase-stdin";
    }
    void secretAsArgumentIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = run(args);
        QCOMPARE(r.exit, 2); // usage
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QLatin1String("never taken as a command-line argument"))
                && err.contains(says) && err.contains(QLatin1String("stdin")),
            r.why().constData());
        QVERIFY2(!r.err.contains("hunter2") && !r.out.contains("hunter2"),
            r.why().constData()); // not even echoed back
        const Run list
            = run({ QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.exit, 0);
        QVERIFY(list.json().value(QLatin1String("clients")).toArray().isEmpty()
            || !list.out.contains("leaky"));
    }

    void exitCodes()
    {
        QCOMPARE(run({ QStringLiteral("frobnicate") }).exit, 2);
        QCOMPARE(run({ QStringLiteral("clients"), QStringLiteral("show") }).exit, 2);
        QCOMPARE(
            run({ QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--colour") })
                .exit,
            2);
        Run r = run({ QStringLiteral("clients"), QStringLiteral("show"),
            QStringLiteral("no-such-client") });
        QCOMPARE(r.exit, 3);
        QVERIFY2(r.err.contains("There is no client \"no-such-client\""), r.why().constData());
        r = run({ QStringLiteral("token"), QStringLiteral("no-such-client"),
            QStringLiteral("--json") });
        QCOMPARE(r.exit, 3);
        QCOMPARE(str(r.json(), "error.code"), QStringLiteral("not_found"));
        QCOMPARE(str(r.json(), "error.exitCode"), QStringLiteral("3"));
        // A field the rules reject is named by its option.
        r = run({ QStringLiteral("envs"), QStringLiteral("create"), QStringLiteral("Plain"),
            QStringLiteral("--issuer"), QStringLiteral("http://as.example.com") });
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains("--issuer: ") && r.err.contains("https"), r.why().constData());
    }

    void tlsFailureIsReportedNotIgnored()
    {
        Run r = run({ QStringLiteral("envs"), QStringLiteral("create"), QStringLiteral("Wrong CA"),
            QStringLiteral("--issuer"), env("OAUTHDESK_TEST_ISSUER"), QStringLiteral("--ca-bundle"),
            env("OAUTHDESK_TEST_WRONG_CA") });
        QVERIFY2(r.exit == 0, r.why().constData());
        r = run({ QStringLiteral("envs"), QStringLiteral("discover"), QStringLiteral("Wrong CA") });
        QCOMPARE(r.exit, 5);
        QVERIFY2(r.err.contains("not trusted"), r.why().constData());
        QCOMPARE(run({ QStringLiteral("envs"), QStringLiteral("delete"), QStringLiteral("Wrong CA"),
                         QStringLiteral("--yes") })
                     .exit,
            0);
    }

    void noKeychainIsAClearErrorNotAFallback()
    {
        QProcessEnvironment e = environment();
        e.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        e.remove(QStringLiteral("DISPLAY"));
        e.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const Run r = run(
            { QStringLiteral("clients"), QStringLiteral("create"), QStringLiteral("nokeychain"),
                QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--client-id"),
                QStringLiteral("nokeychain"), QStringLiteral("--secret-stdin") },
            "nokeychain-secret-0123456789", e);
        QCOMPARE(r.exit, 6);
        QVERIFY2(
            r.err.contains("keychain") || r.err.contains("Secret Service"), r.why().constData());
        m_secrets.remember(QByteArray("nokeychain-secret-0123456789"));
        const Run list = run(
            { QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("nokeychain") });
        QCOMPARE(list.exit, 3); // nothing was saved
    }

    void clientSecretBasic()
    {
        Run r = run(
            { QStringLiteral("clients"), QStringLiteral("create"), QStringLiteral("basic"),
                QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--env"),
                QStringLiteral("Live AS"), QStringLiteral("--client-id"),
                QStringLiteral("basic-client"), QStringLiteral("--scope"),
                QStringLiteral("accounts:read payments:write"), QStringLiteral("--secret-stdin") },
            kBasicSecret + '\n');
        QVERIFY2(r.exit == 0, r.why().constData());
        const QJsonObject t = token(QStringLiteral("basic"), { kBasicSecret });
        QVERIFY2(t.value(QLatin1String("ok")).toBool(), qPrintable(str(t, "failed")));
        QCOMPARE(str(t, "client.authMethod"), QStringLiteral("client_secret_basic"));
        QCOMPARE(str(t, "signature.status"), QStringLiteral("valid"));
        QCOMPARE(str(t, "jwt.claims.pmid"), QStringLiteral("PM-0042"));
        QCOMPARE(str(t, "jwt.claims.client_id"), QStringLiteral("basic-client"));
        QCOMPARE(t.value(QLatin1String("scopes"))
                     .toObject()
                     .value(QLatin1String("granted"))
                     .toArray()
                     .size(),
            2);
        QVERIFY(!t.contains(
            QLatin1String("accessToken"))); // a token is printed only with --show-secret
        QVERIFY(str(t, "curl").contains(QLatin1String("Basic <redacted>")));

        // The same token as a header line, asked for on purpose; without --show-secret, refused.
        QCOMPARE(run({ QStringLiteral("token"), QStringLiteral("basic"), QStringLiteral("--format"),
                         QStringLiteral("header") })
                     .exit,
            2);
        r = run({ QStringLiteral("token"), QStringLiteral("basic"), QStringLiteral("--format"),
            QStringLiteral("header"), QStringLiteral("--show-secret") });
        QVERIFY2(r.exit == 0 && r.out.startsWith("Authorization: Bearer ey"), r.why().constData());
        r = run({ QStringLiteral("token"), QStringLiteral("basic"), QStringLiteral("--format"),
            QStringLiteral("curl") });
        QVERIFY2(r.exit == 0 && r.out.contains("Basic <redacted>"), r.why().constData());
        QVERIFY(holdsSecret(r.out, { kBasicSecret }).isEmpty());
        // The human view says the same in words.
        r = run({ QStringLiteral("token"), QStringLiteral("basic") });
        QVERIFY2(r.exit == 0 && r.out.contains("Signature valid") && r.out.contains("pmid"),
            r.why().constData());

        // Call API with it: the environment's header went along.
        r = run({ QStringLiteral("call"), QStringLiteral("basic"), QStringLiteral("/echo"),
            QStringLiteral("--json") });
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(str(r.json(), "body.x_region"), QStringLiteral("1"));

        // A refusal: the AS's answer, in plain words, with its own exit status.
        r = run({ QStringLiteral("token"), QStringLiteral("basic"), QStringLiteral("--scope"),
            QStringLiteral("admin:all"), QStringLiteral("--json") });
        QCOMPARE(r.exit, 4);
        QCOMPARE(str(r.json(), "error.code"), QStringLiteral("rejected"));
        QVERIFY2(r.err.contains("invalid_scope"), r.why().constData());
    }

    void clientSecretPost()
    {
        Run r
            = run({ QStringLiteral("clients"), QStringLiteral("create"), QStringLiteral("post"),
                      QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--env"),
                      QStringLiteral("Live AS"), QStringLiteral("--client-id"),
                      QStringLiteral("post-client"), QStringLiteral("--method"),
                      QStringLiteral("client_secret_post"), QStringLiteral("--scope"),
                      QStringLiteral("accounts:read"), QStringLiteral("--secret-stdin") },
                kPostSecret);
        QVERIFY2(r.exit == 0, r.why().constData());
        const QJsonObject t
            = token(QStringLiteral("post-client"), { kPostSecret }); // named by its client ID
        QVERIFY2(t.value(QLatin1String("ok")).toBool(), qPrintable(str(t, "failed")));
        QCOMPARE(str(t, "client.authMethod"), QStringLiteral("client_secret_post"));
        QCOMPARE(str(t, "signature.valid"), QStringLiteral("true"));
        QVERIFY(str(t, "curl").contains(QLatin1String("client_secret=<redacted>")));
        // Verbose JSON carries the raw exchanges: still no secret.
        r = run({ QStringLiteral("token"), QStringLiteral("post"), QStringLiteral("--json"),
            QStringLiteral("--verbose") });
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY(!r.json().value(QLatin1String("exchanges")).toArray().isEmpty());
        QVERIFY2(holdsSecret(r.out + r.err, { kPostSecret }).isEmpty(), r.why().constData());
    }

    void storeInitialAccessToken()
    {
        // Without it, this AS refuses to register: said in plain words, with the AS-refused status.
        Run r = run({ QStringLiteral("clients"), QStringLiteral("register"),
            QStringLiteral("too-early"), QStringLiteral("--app"), QStringLiteral("Payments"),
            QStringLiteral("--env"), QStringLiteral("Live AS") });
        QVERIFY2(r.exit == 4 && r.err.contains("Initial access token"), r.why().constData());
        r = run(
            { QStringLiteral("envs"), QStringLiteral("set-credential"), QStringLiteral("Live AS"),
                QStringLiteral("initial-access-token"), QStringLiteral("--stdin") },
            env("OAUTHDESK_TEST_IAT").toUtf8() + '\n');
        QVERIFY2(r.exit == 0, r.why().constData());
        r = run({ QStringLiteral("envs"), QStringLiteral("show"), QStringLiteral("Live AS"),
            QStringLiteral("--json") });
        QCOMPARE(
            str(r.json(), "registrationCredentials.initialAccessToken"), QStringLiteral("true"));
        QVERIFY(holdsSecret(r.out, { env("OAUTHDESK_TEST_IAT").toUtf8() }).isEmpty());
    }

    void registerAndManage()
    {
        QJsonObject o = registerClient(QStringLiteral("registered"), {});
        QVERIFY(o.value(QLatin1String("ok")).toBool());
        const QString clientId = str(o, "client.clientId");
        QVERIFY(!clientId.isEmpty());
        QCOMPARE(str(o, "secretIssued"), QStringLiteral("true"));
        QVERIFY(!o.contains(QLatin1String("clientSecret"))); // only with --show-secret
        QVERIFY(o.value(QLatin1String("differences")).toArray().isEmpty());
        Run r = run({ QStringLiteral("clients"), QStringLiteral("secret"), clientId,
            QStringLiteral("--show-secret") });
        QVERIFY2(r.exit == 0 && r.out.trimmed().size() >= 16, r.why().constData());
        const QByteArray issued = r.out.trimmed();
        m_secrets.remember(issued);

        // The secret the AS issued, from the keychain, gets a token.
        const QJsonObject t = token(clientId, { issued });
        QVERIFY2(t.value(QLatin1String("ok")).toBool(), qPrintable(str(t, "failed")));

        r = run({ QStringLiteral("clients"), QStringLiteral("registration-read"), clientId,
            QStringLiteral("--json") });
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(str(r.json(), "client.clientId"), clientId);
        r = run({ QStringLiteral("clients"), QStringLiteral("registration-update"), clientId,
            QStringLiteral("--name"), QStringLiteral("Renamed at the AS"),
            QStringLiteral("--scope"), QStringLiteral("accounts:read"), QStringLiteral("--json") });
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(str(r.json(), "client.name"), QStringLiteral("Renamed at the AS"));
        QCOMPARE(str(r.json(), "granted.client_name"), QStringLiteral("Renamed at the AS"));
        // oidc-provider keeps the secret on a PUT: said, and the secret is untouched.
        r = run({ QStringLiteral("clients"), QStringLiteral("rotate-secret"), clientId,
            QStringLiteral("--at-as"), QStringLiteral("--json") });
        QVERIFY2(r.exit == 0 && str(r.json(), "secretChanged") == QLatin1String("false"),
            r.why().constData());
        QVERIFY2(r.err.contains("does not rotate"), r.why().constData());
        // Deleted there and here; named by its new name.
        QCOMPARE(run({ QStringLiteral("clients"), QStringLiteral("registration-delete"),
                         QStringLiteral("Renamed at the AS") })
                     .exit,
            2);
        r = run({ QStringLiteral("clients"), QStringLiteral("registration-delete"),
            QStringLiteral("Renamed at the AS"), QStringLiteral("--yes") });
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(run({ QStringLiteral("clients"), QStringLiteral("show"), clientId }).exit, 3);
        QCOMPARE(run({ QStringLiteral("token"), QStringLiteral("Renamed at the AS") }).exit, 3);
    }

    void privateKeyJwt()
    {
        const qint64 key = generateKey(QStringLiteral("signing"), QStringLiteral("EC-P-256"));
        QVERIFY(key > 0);
        const Run shown = run({ QStringLiteral("certs"), QStringLiteral("show"),
            QString::number(key), QStringLiteral("--json") });
        const QString kid = str(shown.json(), "certificate.kid");
        QVERIFY(!kid.isEmpty());
        const QJsonObject o = registerClient(QStringLiteral("signed"),
            { QStringLiteral("--method"), QStringLiteral("private_key_jwt"),
                QStringLiteral("--signing-cert"), kid });
        QVERIFY(o.value(QLatin1String("ok")).toBool());
        QCOMPARE(str(o, "secretIssued"), QStringLiteral("false"));
        const QJsonObject t = token(QStringLiteral("signed"));
        QVERIFY2(t.value(QLatin1String("ok")).toBool(), qPrintable(str(t, "failed")));
        QCOMPARE(str(t, "client.authMethod"), QStringLiteral("private_key_jwt"));
        QCOMPARE(str(t, "clientAssertion.header.kid"), kid);
        QCOMPARE(str(t, "clientAssertion.header.alg"), QStringLiteral("ES256"));
        QCOMPARE(str(t, "clientAssertion.claims.iss"), str(o, "client.clientId"));
        QCOMPARE(str(t, "signature.status"), QStringLiteral("valid"));
        QVERIFY(str(t, "curl").contains(QLatin1String("client_assertion=<redacted>")));
        // The public JWK Set it registered, printed for a jwks_uri.
        const Run jwks
            = run({ QStringLiteral("certs"), QStringLiteral("jwks"), QStringLiteral("--"), kid });
        QVERIFY2(jwks.exit == 0 && jwks.out.contains(kid.toUtf8()) && !jwks.out.contains("\"d\""),
            jwks.why().constData());
    }

    // client_secret_jwt (RFC 7523 §2.2): registered at the AS, which issues the secret; the token
    // request carries an HS256 assertion MACed with it, and the AS accepts it.
    void clientSecretJwt()
    {
        const QJsonObject o = registerClient(QStringLiteral("hmac"),
            { QStringLiteral("--method"), QStringLiteral("client_secret_jwt") });
        QVERIFY(o.value(QLatin1String("ok")).toBool());
        QCOMPARE(str(o, "secretIssued"), QStringLiteral("true"));
        QCOMPARE(str(o, "client.authMethod"), QStringLiteral("client_secret_jwt"));
        const QJsonObject t = token(QStringLiteral("hmac"));
        QVERIFY2(t.value(QLatin1String("ok")).toBool(), qPrintable(str(t, "failed")));
        QCOMPARE(str(t, "client.authMethod"), QStringLiteral("client_secret_jwt"));
        QCOMPARE(str(t, "clientAssertion.header.alg"), QStringLiteral("HS256"));
        QVERIFY(str(t, "clientAssertion.header.kid").isEmpty());
        QCOMPARE(str(t, "clientAssertion.claims.iss"), str(o, "client.clientId"));
        QVERIFY(str(t, "curl").contains(QLatin1String("client_assertion=<redacted>")));
    }

    void tlsClientAuth()
    {
        const qint64 key = generateKey(QStringLiteral("transport"), QStringLiteral("EC-P-256"));
        QVERIFY(key > 0);
        const QString csr = m_dir.filePath(QStringLiteral("transport.csr"));
        Run r = run({ QStringLiteral("certs"), QStringLiteral("csr"), QString::number(key),
            QStringLiteral("--cn"), QStringLiteral("billing-service"), QStringLiteral("--org"),
            QStringLiteral("Example Org"), QStringLiteral("--out"), csr });
        QVERIFY2(r.exit == 0, r.why().constData());
        // The CA's part, by the test harness: the suite's client CA signs the CSR (openssl CLI).
        const QString ext = m_dir.filePath(QStringLiteral("client.ext"));
        QFile extFile(ext);
        QVERIFY(extFile.open(QIODevice::WriteOnly));
        extFile.write(
            "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n");
        extFile.close();
        const QString cert = m_dir.filePath(QStringLiteral("transport.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                QStringLiteral("-CA"), env("OAUTHDESK_TEST_CLIENT_CA"), QStringLiteral("-CAkey"),
                env("OAUTHDESK_TEST_CLIENT_CA_KEY"), QStringLiteral("-CAcreateserial"),
                QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-extfile"), ext,
                QStringLiteral("-out"), cert });
        QVERIFY(openssl.waitForFinished(20000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        r = run({ QStringLiteral("certs"), QStringLiteral("import"), QString::number(key), cert,
            QStringLiteral("--json") });
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(str(r.json(), "certificate.state"), QStringLiteral("issued"));
        const QString x5t = str(r.json(), "certificate.x5tS256");

        const QJsonObject o = registerClient(QStringLiteral("mtls"),
            { QStringLiteral("--method"), QStringLiteral("tls_client_auth"),
                QStringLiteral("--transport-cert"), QString::number(key),
                QStringLiteral("--bound-tokens") });
        QVERIFY(o.value(QLatin1String("ok")).toBool());
        const QJsonObject t = token(QStringLiteral("mtls"));
        QVERIFY2(t.value(QLatin1String("ok")).toBool(), qPrintable(str(t, "failed")));
        QCOMPARE(str(t, "clientCertificatePresented"), QStringLiteral("true"));
        QCOMPARE(str(t, "binding.verdict"), QStringLiteral("bound"));
        QCOMPARE(str(t, "binding.good"), QStringLiteral("true"));
        QCOMPARE(str(t, "binding.presentedThumbprint"), x5t);
        QCOMPARE(str(t, "jwt.claims.cnf.x5t#S256"), x5t);
        // The API takes the bound token with the same certificate.
        r = run({ QStringLiteral("call"), QStringLiteral("mtls"), QStringLiteral("/echo"),
            QStringLiteral("--json") });
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(str(r.json(), "body.cnf_ok"), QStringLiteral("true"));
    }

    void selfSignedTlsClientAuth()
    {
        const qint64 key = generateKey(QStringLiteral("transport"), QStringLiteral("RSA-2048"));
        QVERIFY(key > 0);
        Run r = run({ QStringLiteral("certs"), QStringLiteral("self-sign"), QString::number(key),
            QStringLiteral("--cn"), QStringLiteral("statement-sync"), QStringLiteral("--days"),
            QStringLiteral("30") });
        QVERIFY2(r.exit == 0, r.why().constData());
        const QJsonObject o = registerClient(QStringLiteral("self-signed"),
            { QStringLiteral("--method"), QStringLiteral("self_signed_tls_client_auth"),
                QStringLiteral("--transport-cert"), QString::number(key),
                QStringLiteral("--bound-tokens") });
        QVERIFY(o.value(QLatin1String("ok")).toBool());
        const QJsonObject t = token(QStringLiteral("self-signed"));
        QVERIFY2(t.value(QLatin1String("ok")).toBool(), qPrintable(str(t, "failed")));
        QCOMPARE(str(t, "client.authMethod"), QStringLiteral("self_signed_tls_client_auth"));
        QCOMPARE(str(t, "binding.verdict"), QStringLiteral("bound"));
        QCOMPARE(str(t, "signature.valid"), QStringLiteral("true"));
    }

    void introspectionAndRevocation()
    {
        // An opaque access token (the AS keeps those; oidc-provider calls its JWTs inactive),
        // fetched by the harness with curl: the secret on curl's command line is the test's own.
        QProcess curl;
        curl.start(QStringLiteral("curl"),
            { QStringLiteral("-sS"), QStringLiteral("--cacert"), env("OAUTHDESK_TEST_CA"),
                QStringLiteral("-u"),
                QStringLiteral("basic-client:") + QString::fromLatin1(kBasicSecret),
                QStringLiteral("-d"), QStringLiteral("grant_type=client_credentials"),
                QStringLiteral("-d"), QStringLiteral("scope=accounts:read"), QStringLiteral("-d"),
                QStringLiteral("resource=https://opaque.oauthdesk.test"),
                env("OAUTHDESK_TEST_ISSUER") + QStringLiteral("/token") });
        QVERIFY(curl.waitForFinished(20000));
        const QByteArray opaque = QJsonDocument::fromJson(curl.readAllStandardOutput())
                                      .object()
                                      .value(QLatin1String("access_token"))
                                      .toString()
                                      .toUtf8();
        QVERIFY(!opaque.isEmpty());
        m_secrets.remember(opaque);

        Run r = run({ QStringLiteral("introspect"), QStringLiteral("basic"),
                        QStringLiteral("--token-stdin"), QStringLiteral("--json") },
            opaque + '\n');
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(str(r.json(), "introspection.active"), QStringLiteral("true"));
        QCOMPARE(str(r.json(), "introspection.claims.client_id"), QStringLiteral("basic-client"));
        QVERIFY(holdsSecret(r.out + r.err, { opaque, kBasicSecret }).isEmpty());

        r = run({ QStringLiteral("revoke"), QStringLiteral("basic"),
                    QStringLiteral("--token-stdin"), QStringLiteral("--json") },
            opaque);
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(str(r.json(), "revoked"), QStringLiteral("true"));
        QCOMPARE(str(r.json(), "introspection.active"), QStringLiteral("false"));

        // Without --token-stdin: a fresh test token, as the GUI's button (a JWT here: inactive).
        r = run({ QStringLiteral("introspect"), QStringLiteral("post"), QStringLiteral("--json") });
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY(r.json()
                    .value(QLatin1String("introspection"))
                    .toObject()
                    .contains(QLatin1String("active")));
        // A wrong secret in the keychain: the AS refuses the client, in plain words.
        m_secrets.remember(QByteArray("wrong-secret-0123456789abcdef"));
        r = run({ QStringLiteral("clients"), QStringLiteral("rotate-secret"),
                    QStringLiteral("post"), QStringLiteral("--secret-stdin") },
            "wrong-secret-0123456789abcdef");
        QVERIFY2(r.exit == 0, r.why().constData());
        r = run({ QStringLiteral("introspect"), QStringLiteral("post") });
        QCOMPARE(r.exit, 4);
        QVERIFY2(r.err.contains("invalid_client"), r.why().constData());
    }

    void signIn()
    {
        Run r = run({ QStringLiteral("clients"), QStringLiteral("create"), QStringLiteral("native"),
            QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--env"),
            QStringLiteral("Live AS"), QStringLiteral("--type"), QStringLiteral("native"),
            QStringLiteral("--client-id"), QStringLiteral("native-client"),
            QStringLiteral("--redirect-uri"), QStringLiteral("http://127.0.0.1/callback"),
            QStringLiteral("--scope"), QStringLiteral("openid offline_access accounts:read") });
        QVERIFY2(r.exit == 0, r.why().constData());
        const Run signedIn = withBrowser({ QStringLiteral("signin"), QStringLiteral("native"),
            QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("60") });
        QVERIFY2(signedIn.exit == 0, signedIn.why().constData());
        const QJsonObject o = signedIn.json();
        QCOMPARE(str(o, "ok"), QStringLiteral("true"));
        QCOMPARE(str(o, "idTokenCheck.ok"), QStringLiteral("true"));
        QCOMPARE(str(o, "idTokenCheck.subject"), QStringLiteral("test-user"));
        QCOMPARE(str(o, "refreshToken"), QStringLiteral("true"));
        QVERIFY(!o.contains(QLatin1String("refreshTokenValue")));
        QVERIFY(str(o, "authorizationUrl").contains(QLatin1String("code_challenge_method=S256")));

        // The refresh token of a sign-in is one the AS keeps: active, then revoked and inactive.
        Run r2 = withBrowser({ QStringLiteral("introspect"), QStringLiteral("native"),
            QStringLiteral("--refresh"), QStringLiteral("--json") });
        QVERIFY2(r2.exit == 0, r2.why().constData());
        QCOMPARE(str(r2.json(), "introspection.active"), QStringLiteral("true"));
        QCOMPARE(str(r2.json(), "introspection.claims.client_id"), QStringLiteral("native-client"));
        r2 = withBrowser({ QStringLiteral("revoke"), QStringLiteral("native"),
            QStringLiteral("--refresh"), QStringLiteral("--json") });
        QVERIFY2(r2.exit == 0, r2.why().constData());
        QCOMPARE(str(r2.json(), "revoked"), QStringLiteral("true"));
        QCOMPARE(str(r2.json(), "introspection.active"), QStringLiteral("false"));
    }

    void cleanupTestCase()
    {
        // No secret the CLI handled is in any file it left: the store, its WAL, settings.
        const QStringList leaks = m_secrets.scan({ m_dir.filePath(QStringLiteral("data")) });
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLiveCli)
#include "tst_live_cli.moc"
