// SPDX-License-Identifier: GPL-3.0-or-later
// Support bundle and expiry radar (issue 15) against the REAL local AS (oidc-provider,
// with-as.sh) and the real keyring: a fresh token session for a secret-based, a registered
// private_key_jwt and a registered self-signed mTLS client, each made into a bundle, unzipped
// by Python and scanned (tests/support/SecretScan.h) for every secret the session used — the
// client secret, the access token and its signature, the assertion's signature, the private key
// (PKCS#8 DER and PEM), the registration access token: none is found, and the JWT payloads are
// still there. Then the radar over the seeded store (an expired and a soon-expiring transport
// certificate: sorted, urgency right), and the CLI's `expiring --within 30d`, `--ics` and `bundle`.
// Sign-in clients (TestBrowser signs the test user in): the public native-client's last session
// remembered by TokenTests (sign-in and refresh, sealed) and a confidential web client's sign-in
// run for the bundle, each bundled and scanned for the authorization code, the code_verifier,
// every token and signature and the client secret; the browser's authorization request sits
// between the exchanges, JWT payloads kept. The CLI's `bundle --sign-in`, and without it the
// README saying there are no exchanges.
#include "../support/AwaitLater.h"
#include "../support/DoctorCerts.h"
#include "../support/SecretScan.h"
#include "TestBrowser.h"
#include "jose/Jwt.h"
#include "oauth/Redaction.h"
#include "pki/Certificate.h"
#include "secrets/Keychain.h"
#include "usecases/Doctor.h"
#include "usecases/ExpiryRadar.h"
#include "usecases/SupportBundle.h"
#include "usecases/Workspace.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace oauthdesk;
using oauthdesk::test::wait;
using oauthdesk::test::why;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

QByteArray allText(const QString &root)
{
    QByteArray out;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            out += f.readAll();
    }
    return out;
}

} // namespace

class TestLiveBundle final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_appId = 0;
    Environment m_env;
    int m_bundles = 0;

    Result<SecretBytes> readKey(const QString &key)
    {
        std::optional<Result<SecretBytes>> out;
        QObject ctx;
        m_ws->keychain().read(key, &ctx, [&out](Result<SecretBytes> r) { out = std::move(r); });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
        return out ? std::move(*out)
                   : Result<SecretBytes>(fail(ErrorCode::Timeout, QStringLiteral("keychain read")));
    }

    OAuthClient baseClient(const QString &name)
    {
        OAuthClient c;
        c.applicationId = m_appId;
        c.environmentId = m_env.id;
        c.name = name;
        c.clientId = name;
        c.applicationType = ApplicationType::MachineToMachine;
        c.grantTypes = { GrantType::ClientCredentials };
        c.scopes = { QStringLiteral("accounts:read") };
        return c;
    }

    Result<OAuthClient> registerClient(OAuthClient c)
    {
        c.clientId.clear();
        auto input = wait(m_ws->registrations().inputFor(c));
        if (!input)
            return std::unexpected(input.error());
        auto outcome = wait(m_ws->registrations().registerClient(m_env, *input), 60000);
        if (!outcome)
            return std::unexpected(outcome.error());
        return outcome->client;
    }

    struct Made
    {
        QString folder; ///< the unzipped bundle
        SessionRecord session; ///< what the session used (before redaction)
        QByteArray text; ///< every file's bytes, concatenated
    };

    /// A fresh session, the doctor, the bundle, written and unzipped by Python.
    std::optional<Made> makeBundle(qint64 clientRowId)
    {
        SupportBundle bundle(*m_ws);
        auto session = wait(bundle.runTestSession(clientRowId), 60000);
        if (!session) {
            qWarning("session: %s", why(session).constData());
            return std::nullopt;
        }
        return bundleOf(clientRowId, std::move(*session));
    }

    /// The doctor and the bundle with @p session, written and unzipped by Python.
    std::optional<Made> bundleOf(qint64 clientRowId, SessionRecord session)
    {
        SupportBundle bundle(*m_ws);
        Doctor doctor(*m_ws);
        auto report = wait(doctor.check(clientRowId, {}), 60000);
        auto input = wait(bundle.gather(clientRowId));
        if (!input || !report)
            return std::nullopt;
        SessionRecord record;
        record.exchanges = session.exchanges;
        record.secrets = session.secrets;
        record.note = session.note;
        input->session = std::move(session);
        input->doctorReport = report->toJson();
        const QString zip = m_dir.filePath(QStringLiteral("bundle-%1.zip").arg(++m_bundles));
        if (!wait(bundle.save(zip, SupportBundle::zip(*input))))
            return std::nullopt;
        const QString folder = m_dir.filePath(QStringLiteral("unzipped-%1").arg(m_bundles));
        QProcess py;
        py.start(QStandardPaths::findExecutable(QStringLiteral("python3")),
            { QStringLiteral("-c"),
                QStringLiteral(
                    "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); bad = z.testzip(); "
                    "sys.exit('bad member: %s' % bad) if bad else z.extractall(sys.argv[2])"),
                zip, folder });
        if (!py.waitForFinished(30000) || py.exitCode() != 0) {
            qWarning("python: %s", py.readAllStandardError().constData());
            return std::nullopt;
        }
        return Made { folder, std::move(record), allText(folder) };
    }

    /// The secrets of @p made plus @p extra, in every spelling, in none of its files.
    void verifyNoSecret(const Made &made, QList<QByteArray> extra)
    {
        for (const auto &s : made.session.secrets)
            extra.append(s->toByteArray());
        QVERIFY(extra.size() >= 2);
        const QStringList hits = test::filesHoldingSecrets({ made.folder }, extra);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    /// The access token of @p made: a JWT whose header and payload are in the bundle, not its
    /// signature.
    void verifyAccessTokenPayloadKept(const Made &made)
    {
        QByteArray access;
        for (const auto &s : made.session.secrets) {
            const QByteArray b = s->toByteArray();
            if (b.count('.') == 2 && b.startsWith("eyJ"))
                access = b;
        }
        QVERIFY2(!access.isEmpty(), "the AS issues JWT access tokens");
        const QByteArray kept = access.left(access.lastIndexOf('.') + 1) + sharingMarker();
        QVERIFY(made.text.contains(kept));
        QVERIFY(!made.text.contains(access));
    }

    int runCli(const QStringList &args, QByteArray *out, const QString &dataDir,
        const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("OAUTHDESK_DATA_DIR"), dataDir);
        p.setProcessEnvironment(e);
        if (input.isEmpty())
            p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(OAUTHDESK_CLI_PATH), args);
        if (!p.waitForStarted(10000))
            return -1;
        if (!input.isEmpty()) {
            p.write(input);
            p.closeWriteChannel();
        }
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return -2;
        }
        *out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        if (p.exitCode() != 0)
            qWarning("cli stderr: %s", err.constData());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
    }

    oauthdesk::test::TestBrowser m_browser;
    std::optional<oauthdesk::test::TestBrowser::Result> m_walk;
    QUrl m_authorizationUrl;

    static int freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

    /// The system browser for a sign-in: TestBrowser walks the AS's login for test-user and
    /// comes back to the session's loopback listener.
    TokenTests::BrowserOpener testBrowser()
    {
        return [this](const QUrl &url, std::function<void(const QString &)>) {
            m_walk.reset();
            m_authorizationUrl = url;
            m_browser.open(url, env("OAUTHDESK_TEST_CA"),
                [this](oauthdesk::test::TestBrowser::Result r) { m_walk = std::move(r); });
            return true;
        };
    }

    /// Starts (or refreshes) @p session and waits for its finished(); @p record gets what
    /// SessionRecord::of() makes of it in the slot, as the dialog and the CLI do.
    std::optional<TokenTestResult> run(
        TokenSession &session, bool refresh = false, SessionRecord *record = nullptr)
    {
        std::optional<TokenTestResult> out;
        QObject ctx;
        connect(&session, &TokenSession::finished, &ctx, [&](const TokenTestResult &r) {
            out = r;
            if (record)
                *record = SessionRecord::of(session, r);
        });
        refresh ? session.refresh() : session.start();
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 60000);
        return out;
    }

    QByteArray walked() const
    {
        return m_walk ? m_walk->hopsText().toUtf8() : QByteArray("the browser did not finish");
    }

    /// Every secret a sign-in (or refresh) used, found here, not by the code under test: the
    /// code the browser brought back, the form values sent (code, code_verifier,
    /// refresh_token), the tokens answered and their signatures.
    QList<QByteArray> signInSecrets(const TokenTestResult &r) const
    {
        QList<QByteArray> out;
        if (m_walk && !r.token.exchange.request.body.contains("grant_type=refresh_token"))
            out.append(m_walk->callbackParam(QStringLiteral("code")).toUtf8());
        for (const HttpExchange &ex : r.exchanges) {
            const QUrlQuery form(QString::fromUtf8(ex.request.body));
            for (const char *name : { "code", "code_verifier", "refresh_token" }) {
                const QString v
                    = form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
                if (!v.isEmpty())
                    out.append(v.toUtf8());
            }
        }
        if (r.token.result) {
            for (const auto &t : { r.token.result->accessToken, r.token.result->refreshToken,
                     r.token.result->idToken }) {
                if (!t)
                    continue;
                const QByteArray b = t->toByteArray();
                out.append(b);
                if (looksLikeJwt(b))
                    out.append(b.mid(b.lastIndexOf('.') + 1));
            }
        }
        return out;
    }

    /// The file of @p made whose name ends with @p suffix.
    static QByteArray fileOf(const Made &made, const QString &suffix)
    {
        QDirIterator it(made.folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(suffix)) {
                QFile f(path);
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }
        }
        return {};
    }

    /// exchanges.json of @p made.
    static QJsonArray exchangeList(const Made &made)
    {
        return QJsonDocument::fromJson(fileOf(made, QStringLiteral("/exchanges.json"))).array();
    }

    /// The text of the exchange file of @p made that holds @p needle.
    static QByteArray exchangeHolding(const Made &made, const QByteArray &needle)
    {
        for (const QJsonValue &v : exchangeList(made)) {
            const QByteArray text = fileOf(
                made, QLatin1Char('/') + v.toObject().value(QLatin1String("file")).toString());
            if (text.contains(needle))
                return text;
        }
        return {};
    }

    /// Runs the CLI and follows the sign-in link it prints on stderr with TestBrowser, as a
    /// person would (tst_live_cli does the same).
    int runCliSigningIn(
        const QStringList &args, QByteArray *out, const QString &dataDir, QByteArray *code)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("OAUTHDESK_DATA_DIR"), dataDir);
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(OAUTHDESK_CLI_PATH), args);
        if (!p.waitForStarted(10000))
            return -1;
        QByteArray err;
        QUrl link;
        (void)QTest::qWaitFor(
            [&] {
                err += p.readAllStandardError();
                const auto m = QRegularExpression(QStringLiteral("\\n  (https://\\S+)\\n"))
                                   .match(QString::fromUtf8(err));
                if (m.hasMatch())
                    link = QUrl(m.captured(1), QUrl::StrictMode);
                return link.isValid() || p.state() == QProcess::NotRunning;
            },
            30000);
        if (link.isValid()) {
            m_walk.reset();
            m_browser.open(link, env("OAUTHDESK_TEST_CA"),
                [this](oauthdesk::test::TestBrowser::Result r) { m_walk = std::move(r); });
            if (!QTest::qWaitFor([&] { return m_walk.has_value(); }, 30000) || !m_walk->ok)
                qWarning("the browser did not get through: %s", walked().constData());
            else
                *code = m_walk->callbackParam(QStringLiteral("code")).toUtf8();
        }
        if (p.state() != QProcess::NotRunning && !p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return -2;
        }
        *out = p.readAllStandardOutput();
        err += p.readAllStandardError();
        if (p.exitCode() != 0)
            qWarning("cli stderr: %s", err.constData());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!env("OAUTHDESK_TEST_ISSUER").isEmpty(),
            "run through tests/live/with-as.sh (ctest does)");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty(),
            "python3 reads the zip back");
        qRegisterMetaType<TokenTestResult>();
        m_ws = std::make_unique<Workspace>(
            QStringLiteral("io.github.oauthdesk.tst_live_bundle"), nullptr);
        QVERIFY(wait(m_ws->open(m_dir.filePath(QStringLiteral("oauthdesk.sqlite")))));
        auto app = wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Bundle"), {}, {}, {} }));
        QVERIFY(app);
        m_appId = app->id;
        Environment e;
        e.name = QStringLiteral("Live AS");
        e.issuer = QUrl(env("OAUTHDESK_TEST_ISSUER"));
        e.apiBaseUrl = QUrl(env("OAUTHDESK_TEST_API"));
        e.caBundlePath = env("OAUTHDESK_TEST_CA");
        auto saved = wait(m_ws->environments().save(e));
        QVERIFY2(saved, why(saved).constData());
        auto refreshed = wait(m_ws->environments().refreshDiscovery(saved->id));
        QVERIFY2(refreshed, why(refreshed).constData());
        m_env = refreshed->environment;
        QVERIFY(wait(m_ws->registrations().storeCredentials(m_env,
            std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(env("OAUTHDESK_TEST_IAT"))),
            std::nullopt)));
    }

    void cleanupTestCase() { m_ws.reset(); }

    void aSecretClientsBundleHoldsNoSecret()
    {
        const QByteArray secret = "basic-secret-0123456789abcdef";
        OAuthClient c = baseClient(QStringLiteral("basic-client"));
        c.authMethod = AuthMethod::ClientSecretBasic;
        auto saved = wait(m_ws->clients().save(c, SecretBytes::fromBytes(secret)));
        QVERIFY2(saved, why(saved).constData());
        const auto made = makeBundle(saved->id);
        QVERIFY(made);
        QCOMPARE(made->session.note, QStringLiteral("Token received."));
        QVERIFY(!made->session.exchanges.isEmpty());
        // The session really sent the secret (HTTP Basic): the scan has something to miss.
        bool sentBasic = false;
        for (const HttpExchange &ex : made->session.exchanges) {
            for (const auto &h : ex.request.headers)
                sentBasic
                    = sentBasic || (h.first == "Authorization" && h.second.startsWith("Basic "));
        }
        QVERIFY(sentBasic);
        verifyNoSecret(*made, { secret });
        verifyAccessTokenPayloadKept(*made);
        QVERIFY(made->text.contains(QByteArray("Authorization: Basic " + sharingMarker())));
        for (const char *file : { "README.txt", "manifest.json", "versions.json", "client.json",
                 "environment.json", "as-metadata.json", "doctor.json", "exchanges.json" }) {
            QDirIterator it(made->folder, { QString::fromLatin1(file) }, QDir::Files,
                QDirIterator::Subdirectories);
            QVERIFY2(it.hasNext(), file);
        }
        QVERIFY(made->text.contains("\"token_endpoint\"")); // the AS metadata
        QVERIFY(made->text.contains("\"live.token\"")); // the doctor's report
        QVERIFY(made->text.contains(qVersion()));
    }

    void aPrivateKeyJwtClientsBundleHoldsNoKeyNorSignature()
    {
        auto record = wait(m_ws->certificates().createKey(
            m_appId, CertificatePurpose::Signing, KeyAlgorithm::EcP256));
        QVERIFY(record);
        OAuthClient c = baseClient(QStringLiteral("bundle-jwt"));
        c.authMethod = AuthMethod::PrivateKeyJwt;
        c.signingCertificateId = record->id;
        auto registered = registerClient(c);
        QVERIFY2(registered, why(registered).constData());
        auto key = readKey(Keychain::privateKeyKey(record->uuid));
        QVERIFY(key);
        auto token = readKey(Keychain::registrationTokenKey(registered->uuid));
        QVERIFY2(token, why(token).constData());

        const auto made = makeBundle(registered->id);
        QVERIFY(made);
        QCOMPARE(made->session.note, QStringLiteral("Token received."));
        // The assertion sent: its header and payload are in the bundle, its signature is not.
        QByteArray assertion;
        for (const HttpExchange &ex : made->session.exchanges) {
            const QUrlQuery form(QString::fromUtf8(ex.request.body));
            if (form.hasQueryItem(QStringLiteral("client_assertion")))
                assertion
                    = form.queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded)
                          .toUtf8();
        }
        QVERIFY(looksLikeJwt(assertion));
        const QByteArray signature = assertion.mid(assertion.lastIndexOf('.') + 1);
        QVERIFY(made->text.contains(QByteArray("client_assertion="
            + assertion.left(assertion.lastIndexOf('.') + 1) + sharingMarker())));
        verifyNoSecret(*made,
            { key->toByteArray(), key->toByteArray().toBase64().left(64), signature,
                token->toByteArray(), assertion });
        QVERIFY(!made->text.contains("PRIVATE KEY"));
        verifyAccessTokenPayloadKept(*made);
    }

    void aMutualTlsClientsBundleHoldsNoTransportKey()
    {
        auto record = wait(m_ws->certificates().createKey(
            m_appId, CertificatePurpose::Transport, KeyAlgorithm::EcP256));
        QVERIFY(record);
        SubjectFields subject;
        subject.commonName = QStringLiteral("bundle-mtls");
        auto cert = wait(m_ws->certificates().selfSign(*record, subject, 90));
        QVERIFY2(cert, why(cert).constData());
        OAuthClient c = baseClient(QStringLiteral("bundle-mtls"));
        c.authMethod = AuthMethod::SelfSignedTlsClientAuth;
        c.transportCertificateId = cert->id;
        c.certificateBoundTokens = true;
        auto registered = registerClient(c);
        QVERIFY2(registered, why(registered).constData());
        auto key = readKey(Keychain::privateKeyKey(record->uuid));
        QVERIFY(key);
        auto token = readKey(Keychain::registrationTokenKey(registered->uuid));
        QVERIFY(token);
        const auto made = makeBundle(registered->id);
        QVERIFY(made);
        QCOMPARE(made->session.note, QStringLiteral("Token received."));
        bool presented = false;
        for (const HttpExchange &ex : made->session.exchanges)
            presented = presented || !ex.request.clientCertificateChainDer.isEmpty();
        QVERIFY(presented); // the handshake carried the certificate (and the key was used)
        QVERIFY(made->text.contains("\"clientCertificate\": true"));
        verifyNoSecret(*made, { key->toByteArray(), token->toByteArray() });
        verifyAccessTokenPayloadKept(*made);
    }

    void theRadarSortsWhatExpiresAndGradesIt()
    {
        // Two transport certificates made here from keychain keys: one expired yesterday, one
        // that expires in 10 days (the mTLS one above runs 90 days).
        QList<qint64> ids;
        for (const int days : { 10, -1 }) {
            auto record = wait(m_ws->certificates().createKey(
                m_appId, CertificatePurpose::Transport, KeyAlgorithm::EcP256));
            QVERIFY(record);
            auto pkcs8 = readKey(Keychain::privateKeyKey(record->uuid));
            QVERIFY(pkcs8);
            auto key = privateKeyFromPkcs8(*pkcs8);
            QVERIFY(key);
            test::CertSpec spec;
            spec.cn = days < 0 ? "radar-expired" : "radar-soon";
            spec.notBeforeDays = -30;
            spec.notAfterDays = days;
            auto imported = wait(m_ws->certificates().importCertificate(
                *record, derToPem(test::selfSigned(key->get(), spec))));
            QVERIFY2(imported, why(imported).constData());
            ids.append(imported->id);
        }
        ExpiryRadar radar(*m_ws);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto items = wait(radar.scan(now));
        QVERIFY2(items, why(items).constData());
        QVERIFY(items->size() >= 3);
        for (qsizetype i = 1; i < items->size(); ++i)
            QVERIFY(items->at(i - 1).expiresAt <= items->at(i).expiresAt);
        QCOMPARE(items->at(0).certificateId, ids.at(1));
        QCOMPARE(items->at(0).urgency, ExpiryItem::Urgency::Expired);
        QVERIFY(items->at(0).what.contains(QStringLiteral("radar-expired")));
        QCOMPARE(items->at(0).application, QStringLiteral("Bundle"));
        QCOMPARE(items->at(1).certificateId, ids.at(0));
        QCOMPARE(items->at(1).urgency, ExpiryItem::Urgency::Within14Days);
        QVERIFY(items->at(1).daysLeft == 9 || items->at(1).daysLeft == 10);
        bool mtls = false;
        for (const ExpiryItem &i : *items) {
            if (i.usedBy == QStringLiteral("bundle-mtls")) {
                mtls = true;
                QCOMPARE(i.urgency, ExpiryItem::Urgency::Later);
                QCOMPARE(i.environment, QStringLiteral("Live AS"));
                QCOMPARE(i.kind, ExpiryItem::Kind::TransportCertificate);
            }
        }
        QVERIFY(mtls);
        QCOMPARE(ExpiryRadar::urgentCount(*items), 2);
    }

    void aSecretExpiryFromRegistrationIsOnTheRadar()
    {
        // The date the AS named at registration (RFC 7591 client_secret_expires_at) is stored
        // with the client and read back by the radar's scan. 60 days: outside the CLI's 30.
        OAuthClient c = baseClient(QStringLiteral("expiring-secret"));
        c.clientId = QStringLiteral("expiring-secret-id");
        c.authMethod = AuthMethod::ClientSecretBasic;
        const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(60);
        c.clientSecretExpiresAt
            = QDateTime::fromSecsSinceEpoch(expires.toSecsSinceEpoch(), Qt::UTC);
        auto saved = wait(
            m_ws->clients().save(c, SecretBytes::fromUtf8(QStringLiteral("s3cret-for-the-radar"))));
        QVERIFY2(saved, why(saved).constData());
        ExpiryRadar radar(*m_ws);
        auto items = wait(radar.scan(QDateTime::currentDateTimeUtc()));
        QVERIFY2(items, why(items).constData());
        const ExpiryItem *found = nullptr;
        for (const ExpiryItem &i : *items) {
            if (i.kind == ExpiryItem::Kind::ClientSecret && i.clientRowId == saved->id)
                found = &i;
        }
        QVERIFY(found);
        QCOMPARE(found->expiresAt, *c.clientSecretExpiresAt);
        QCOMPARE(found->urgency, ExpiryItem::Urgency::Later);
    }

    void theCliListsWhatExpiresAndWritesACalendar()
    {
        QByteArray out;
        const QString ics = m_dir.filePath(QStringLiteral("radar.ics"));
        QCOMPARE(
            runCli({ QStringLiteral("expiring"), QStringLiteral("--within"), QStringLiteral("30d"),
                       QStringLiteral("--ics"), ics, QStringLiteral("--json") },
                &out, m_dir.path()),
            0);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QVERIFY2(json.value(QStringLiteral("ok")).toBool(), out.constData());
        QCOMPARE(json.value(QStringLiteral("withinDays")).toInt(), 30);
        const QJsonArray items = json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2); // expired and 10 days; the 90-day certificate is later
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("urgency")).toString(),
            QStringLiteral("expired"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("urgency")).toString(),
            QStringLiteral("14d"));
        QFile f(ics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray cal = f.readAll();
        QVERIFY(cal.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(cal.count("BEGIN:VEVENT\r\n"), 2);
        QVERIFY(
            cal.contains(items.at(0).toObject().value(QStringLiteral("uid")).toString().toUtf8()));

        // The human table, and a duration it does not know.
        QCOMPARE(runCli({ QStringLiteral("expiring") }, &out, m_dir.path()), 0);
        QVERIFY(out.contains("radar-expired") && out.contains("bundle-mtls"));
        QCOMPARE(runCli({ QStringLiteral("expiring"), QStringLiteral("--within"),
                            QStringLiteral("soon") },
                     &out, m_dir.path()),
            2);
    }

    void theCliWritesABundle()
    {
        // Its own data folder and the app's keychain entries (in this test's private keyring).
        const QString data = m_dir.filePath(QStringLiteral("cli"));
        const QByteArray secret = "post-secret-0123456789abcdef";
        QByteArray out;
        QCOMPARE(
            runCli({ QStringLiteral("apps"), QStringLiteral("create"), QStringLiteral("Payments") },
                &out, data),
            0);
        QCOMPARE(
            runCli({ QStringLiteral("envs"), QStringLiteral("create"), QStringLiteral("Live AS"),
                       QStringLiteral("--issuer"), env("OAUTHDESK_TEST_ISSUER"),
                       QStringLiteral("--ca-bundle"), env("OAUTHDESK_TEST_CA") },
                &out, data),
            0);
        QCOMPARE(
            runCli({ QStringLiteral("clients"), QStringLiteral("create"), QStringLiteral("post"),
                       QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--env"),
                       QStringLiteral("Live AS"), QStringLiteral("--client-id"),
                       QStringLiteral("post-client"), QStringLiteral("--method"),
                       QStringLiteral("client_secret_post"), QStringLiteral("--grant"),
                       QStringLiteral("client_credentials"), QStringLiteral("--scope"),
                       QStringLiteral("accounts:read"), QStringLiteral("--secret-stdin") },
                &out, data, secret + '\n'),
            0);
        const QString zip = m_dir.filePath(QStringLiteral("cli-bundle.zip"));
        QCOMPARE(runCli({ QStringLiteral("bundle"), QStringLiteral("post"),
                            QStringLiteral("--output"), zip, QStringLiteral("--json") },
                     &out, data),
            0);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QVERIFY2(json.value(QStringLiteral("ok")).toBool(), out.constData());
        QCOMPARE(
            json.value(QStringLiteral("session")).toString(), QStringLiteral("Token received."));
        QVERIFY(json.value(QStringLiteral("doctor")).toBool());
        QVERIFY(QFile::exists(zip));
        QProcess py;
        py.start(QStandardPaths::findExecutable(QStringLiteral("python3")),
            { QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-e"), zip,
                m_dir.filePath(QStringLiteral("cli-unzipped")) });
        QVERIFY(py.waitForFinished(30000));
        QCOMPARE(py.exitCode(), 0);
        const QByteArray text = allText(m_dir.filePath(QStringLiteral("cli-unzipped")));
        QVERIFY(text.contains(QByteArray(
            "client_secret=" + sharingMarker()))); // client_secret_post: redacted in the body
        const QStringList hits = test::filesHoldingSecrets(
            { m_dir.filePath(QStringLiteral("cli-unzipped")) }, { secret });
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        // Without --output: a usage error naming the option.
        QCOMPARE(runCli({ QStringLiteral("bundle"), QStringLiteral("post") }, &out, data), 2);
    }

    void aSignInsLastSessionIsBundledWithoutASecret()
    {
        OAuthClient c = baseClient(QStringLiteral("native-bundle"));
        c.clientId = QStringLiteral("native-client");
        c.applicationType = ApplicationType::Native;
        c.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
        c.pkce = PkcePolicy::Required;
        c.authMethod = AuthMethod::None;
        c.redirectUris = { QStringLiteral("http://127.0.0.1/callback") };
        c.scopes = { QStringLiteral("openid"), QStringLiteral("offline_access"),
            QStringLiteral("accounts:read") };
        auto saved = wait(m_ws->clients().save(c, std::nullopt));
        QVERIFY2(saved, why(saved).constData());
        SupportBundle bundle(*m_ws);
        QVERIFY(!bundle.lastSession(*saved));
        // No session yet: a bundle of it runs nothing and says how to get one.
        auto none = wait(bundle.runTestSession(saved->id));
        QVERIFY(none);
        QVERIFY(!none->hasExchanges());
        QVERIFY(none->note.contains(QStringLiteral("--sign-in")));

        // Test sign-in as the main window runs it (remembered), then a refresh in it.
        TokenTests::Options options;
        options.remember = true;
        options.openBrowser = testBrowser();
        auto session = wait(m_ws->tokenTests().open(saved->id, options));
        QVERIFY2(session, why(session).constData());
        const auto signedIn = run(**session);
        QVERIFY2(signedIn && signedIn->ok(), walked().constData());
        const QUrl authorizationUrl = m_authorizationUrl;
        QList<QByteArray> secrets = signInSecrets(*signedIn);
        const auto refreshed = run(**session, true);
        QVERIFY(refreshed && refreshed->ok());
        secrets += signInSecrets(*refreshed);
        // The code, the verifier, the ID token and its signature, the access token, the refresh
        // token (sent again in the refresh), each seen here: the scan has them to miss.
        QVERIFY2(secrets.size() >= 8, QByteArray::number(secrets.size()).constData());
        session->reset(); // the result pane closed; the remembered session stays

        auto last = bundle.lastSession(*saved);
        QVERIFY(last);
        QVERIFY(last->isSealed);
        QVERIFY(last->secrets.isEmpty());
        QCOMPARE(last->kind, QStringLiteral("Test sign-in"));
        QCOMPARE(last->browserSteps.size(), 1);
        int codeGrants = 0, refreshGrants = 0;
        for (const HttpExchange &ex : last->exchanges) {
            codeGrants += ex.request.body.contains("grant_type=authorization_code");
            refreshGrants += ex.request.body.contains("grant_type=refresh_token");
        }
        QCOMPARE(codeGrants, 1);
        QCOMPARE(refreshGrants, 1);

        const auto made = bundleOf(saved->id, std::move(*last));
        QVERIFY(made);
        const QStringList hits = test::filesHoldingSecrets({ made->folder }, secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        const QByteArray marker = sharingMarker();
        // The browser's step between discovery (if fetched) and the code exchange.
        const QJsonArray list = exchangeList(*made);
        qsizetype front = -1;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).toObject().value(QLatin1String("channel")).toString()
                == QLatin1String("front"))
                front = i;
        }
        QVERIFY(front >= 0 && front + 1 < list.size());
        QVERIFY(list.at(front + 1)
                    .toObject()
                    .value(QLatin1String("file"))
                    .toString()
                    .endsWith(QLatin1String("-token.txt")));
        const QByteArray step = fileOf(*made, QStringLiteral("-authorization-request.txt"));
        const QString state = QUrlQuery(authorizationUrl)
                                  .queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        QVERIFY(!state.isEmpty());
        QVERIFY(step.contains(
            QStringLiteral("  state = %1").arg(state).toUtf8())); // kept: spent, and no secret
        QVERIFY(step.contains("  code_challenge_method = S256"));
        QVERIFY(QByteArray(step).replace('\n', ' ').contains(
            "with an authorization code (redacted here)"));
        const QByteArray code = exchangeHolding(*made, "grant_type=authorization_code");
        QVERIFY(code.contains(QByteArray("code=" + marker)));
        QVERIFY(code.contains(QByteArray("code_verifier=" + marker)));
        const QByteArray refresh = exchangeHolding(*made, "grant_type=refresh_token");
        QVERIFY(refresh.contains(QByteArray("refresh_token=" + marker)));
        // JWT payloads kept: the ID tokens' claims (and a JWT access token's) are readable.
        for (const auto &r : { *signedIn, *refreshed }) {
            for (const auto &t : { r.token.result->idToken, r.token.result->accessToken }) {
                const QByteArray b = t ? t->toByteArray() : QByteArray();
                if (looksLikeJwt(b))
                    QVERIFY(
                        made->text.contains(QByteArray(b.left(b.lastIndexOf('.') + 1) + marker)));
            }
        }
        QVERIFY(signedIn->token.result->idToken);
    }

    void aConfidentialSignInForTheBundleHoldsNoSecret()
    {
        // A web client with a secret, registered at the AS, its redirect URI on a fixed port.
        const int port = freePort();
        QVERIFY(port > 0);
        OAuthClient c = baseClient(QStringLiteral("bundle-web"));
        c.applicationType = ApplicationType::Web;
        c.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
        c.pkce = PkcePolicy::Required;
        c.authMethod = AuthMethod::ClientSecretBasic;
        c.redirectUris = { QStringLiteral("http://127.0.0.1:%1/callback").arg(port) };
        c.scopes = { QStringLiteral("openid"), QStringLiteral("accounts:read") };
        auto registered = registerClient(c);
        QVERIFY2(registered, why(registered).constData());
        auto secret = readKey(Keychain::clientSecretKey(registered->uuid));
        QVERIFY2(secret, why(secret).constData());

        // As "Sign in now…" and `bundle --sign-in` run it: the session's own record.
        TokenTests::Options options;
        options.openBrowser = testBrowser();
        auto session = wait(m_ws->tokenTests().open(registered->id, options));
        QVERIFY2(session, why(session).constData());
        SessionRecord record;
        const auto r = run(**session, false, &record);
        QVERIFY2(r && r->ok(), walked().constData());
        QVERIFY(!record.isSealed);
        QCOMPARE(record.browserSteps.size(), 1);
        QCOMPARE(record.note, QStringLiteral("Token received."));
        QVERIFY(!SupportBundle(*m_ws).lastSession(*registered)); // not asked to remember
        QList<QByteArray> secrets = signInSecrets(*r);
        secrets.append(secret->toByteArray());
        bool basic = false;
        for (const HttpExchange &ex : r->exchanges) {
            for (const auto &h : ex.request.headers) {
                if (h.first == "Authorization" && h.second.startsWith("Basic ")) {
                    secrets.append(h.second.mid(6));
                    basic = true;
                }
            }
        }
        QVERIFY(basic); // the secret really went out: the scan has it to miss

        const auto made = bundleOf(registered->id, std::move(record));
        QVERIFY(made);
        const QStringList hits = test::filesHoldingSecrets({ made->folder }, secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        QVERIFY(made->text.contains(QByteArray("Authorization: Basic " + sharingMarker())));
        QVERIFY(exchangeHolding(*made, "grant_type=authorization_code")
                    .contains(QByteArray("code_verifier=" + sharingMarker())));
        QVERIFY(made->text.contains(
            QStringLiteral("redirect_uri = http://127.0.0.1:%1/callback").arg(port).toUtf8()));
        const QByteArray id = r->token.result->idToken->toByteArray();
        QVERIFY(
            made->text.contains(QByteArray(id.left(id.lastIndexOf('.') + 1) + sharingMarker())));
    }

    void theCliBundlesASignIn()
    {
        // The data folder of theCliWritesABundle, a native client added.
        const QString data = m_dir.filePath(QStringLiteral("cli"));
        QByteArray out;
        QCOMPARE(
            runCli(
                { QStringLiteral("clients"), QStringLiteral("create"), QStringLiteral("teller"),
                    QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--env"),
                    QStringLiteral("Live AS"), QStringLiteral("--type"), QStringLiteral("native"),
                    QStringLiteral("--client-id"), QStringLiteral("native-client"),
                    QStringLiteral("--redirect-uri"), QStringLiteral("http://127.0.0.1/callback"),
                    QStringLiteral("--scope"), QStringLiteral("openid accounts:read") },
                &out, data),
            0);
        // Without --sign-in: written, no exchanges, and the README says how to get them.
        const QString plain = m_dir.filePath(QStringLiteral("teller-plain.zip"));
        QCOMPARE(runCli({ QStringLiteral("bundle"), QStringLiteral("teller"),
                            QStringLiteral("--output"), plain, QStringLiteral("--json") },
                     &out, data),
            0);
        QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QLatin1String("exchanges")).toInt(), 0);
        QVERIFY(
            json.value(QLatin1String("session")).toString().contains(QStringLiteral("--sign-in")));
        QProcess py;
        py.start(QStandardPaths::findExecutable(QStringLiteral("python3")),
            { QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-e"), plain,
                m_dir.filePath(QStringLiteral("teller-plain")) });
        QVERIFY(py.waitForFinished(30000));
        QCOMPARE(py.exitCode(), 0);
        QVERIFY(allText(m_dir.filePath(QStringLiteral("teller-plain")))
                    .contains("This bundle holds no exchanges."));

        // --sign-in: the link on stderr, the browser through the AS and back.
        const QString zip = m_dir.filePath(QStringLiteral("teller.zip"));
        QByteArray code;
        QCOMPARE(runCliSigningIn({ QStringLiteral("bundle"), QStringLiteral("teller"),
                                     QStringLiteral("--output"), zip, QStringLiteral("--sign-in"),
                                     QStringLiteral("--timeout"), QStringLiteral("60"),
                                     QStringLiteral("--json") },
                     &out, data, &code),
            0);
        json = QJsonDocument::fromJson(out).object();
        QVERIFY2(json.value(QLatin1String("ok")).toBool(), out.constData());
        QCOMPARE(
            json.value(QLatin1String("session")).toString(), QStringLiteral("Token received."));
        QVERIFY(json.value(QLatin1String("exchanges")).toInt() >= 3); // browser, token, JWKS
        QVERIFY(!code.isEmpty());
        py.start(QStandardPaths::findExecutable(QStringLiteral("python3")),
            { QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-e"), zip,
                m_dir.filePath(QStringLiteral("teller")) });
        QVERIFY(py.waitForFinished(30000));
        QCOMPARE(py.exitCode(), 0);
        const QByteArray text = allText(m_dir.filePath(QStringLiteral("teller")));
        QVERIFY(text.contains(QByteArray("code_verifier=" + sharingMarker())));
        QVERIFY(text.contains("Authorization request (RFC 6749 §4.1.1)"));
        const QStringList hits
            = test::filesHoldingSecrets({ m_dir.filePath(QStringLiteral("teller")) }, { code });
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));

        // --sign-in for a client that needs no browser, and the sign-in's options without it.
        QCOMPARE(runCli({ QStringLiteral("bundle"), QStringLiteral("post"),
                            QStringLiteral("--output"), zip, QStringLiteral("--sign-in") },
                     &out, data),
            2);
        QCOMPARE(
            runCli({ QStringLiteral("bundle"), QStringLiteral("teller"), QStringLiteral("--output"),
                       zip, QStringLiteral("--timeout"), QStringLiteral("5") },
                &out, data),
            2);
        // clients show --json has the secret's expiry (null: the AS named none).
        QCOMPARE(runCli({ QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("post"),
                            QStringLiteral("--json") },
                     &out, data),
            0);
        const QJsonObject client
            = QJsonDocument::fromJson(out).object().value(QLatin1String("client")).toObject();
        QVERIFY2(client.contains(QLatin1String("clientSecretExpiresAt")), out.constData());
        QVERIFY(client.value(QLatin1String("clientSecretExpiresAt")).isNull());
        QCOMPARE(client.value(QLatin1String("clientId")).toString(), QStringLiteral("post-client"));
    }
};

QTEST_GUILESS_MAIN(TestLiveBundle)
#include "tst_live_bundle.moc"
