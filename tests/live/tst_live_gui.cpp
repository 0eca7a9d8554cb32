// SPDX-License-Identifier: GPL-3.0-or-later
// The admin's path end to end, against the real provider (with-as.sh) and the real keyring
// (with-keyring.sh): create a client in the wizard with the secret the AS knows, press
// "Get test token", read a verified, decoded token, call the API; and a clear reason on failure.
#include "../gui/AccessibilityAudit.h"
#include "../gui/GuiTestSupport.h"
#include "../support/SecretScan.h"
#include "dialogs/TokenTestDialog.h"
#include "models/ClientTableModel.h"
#include "oauth/Transport.h"
#include "pki/Certificate.h"
#include "pki/CertificateRequest.h"
#include "pki/KeyPair.h"
#include "pki/LocalCa.h"
#include "registry/CertificateRegistry.h"
#include "widgets/Accessibility.h"
#include "wizard/ClientWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>

using namespace oauthdesk;
using namespace oauthdesk::test;

class TestLiveGui final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_shots
        = qEnvironmentVariable("OAUTHDESK_SCREENSHOTS"); ///< where to save screenshots, if set
    oauthdesk::test::SecretLedger m_secrets; ///< the secrets and tokens this suite handled

    void shot(QWidget *w, const QString &name)
    {
        QTest::qWait(150); // let the layout settle, as a person would see it
        if (!m_shots.isEmpty())
            w->grab().save(m_shots + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    /// Drives the wizard: a machine-to-machine client with a pasted secret.
    void createClient(
        OpenWindow &w, const QString &name, const QString &clientId, const QString &secret)
    {
        m_secrets.remember(secret);
        QTest::mouseClick(w.window->findChild<QPushButton *>(QStringLiteral("createClientButton")),
            Qt::LeftButton);
        ClientWizard *wizard = nullptr;
        QTRY_VERIFY(
            (wizard = w.window->findChild<ClientWizard *>()) != nullptr && wizard->isVisible());
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("clientName")), name);
        wizard->next();
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("scopes")),
            QStringLiteral("accounts:read payments:write"));
        wizard->next();
        wizard->next();
        // Recorded, not registered (the AS has the client already): once the environment's
        // discovery is cached, Review offers registration, on by default; untick it.
        if (auto *registerBox = wizard->findChild<QCheckBox *>(QStringLiteral("registerAtAs"));
            registerBox && registerBox->isVisible())
            registerBox->setChecked(false);
        QTest::keyClicks(
            wizard->findChild<QLineEdit *>(QStringLiteral("reviewClientId")), clientId);
        QTest::mouseClick(wizard->findChild<QRadioButton *>(QStringLiteral("pasteSecret")),
            Qt::LeftButton, {}, QPoint(8, 8));
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("pastedSecret")), secret);
        QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ClientWizard::DonePage), 10000);
        wizard->accept();
    }

    TokenTestDialog *getToken(OpenWindow &w, const QString &clientId)
    {
        QTableView *table = w.window->clientTable();
        int row = -1;
        const bool listed = QTest::qWaitFor(
            [&] {
                for (int r = 0; r < table->model()->rowCount(); ++r) {
                    if (table->model()->index(r, ClientTableModel::ClientIdColumn).data().toString()
                        == clientId)
                        row = r;
                }
                return row >= 0;
            },
            5000);
        if (!listed)
            return nullptr;
        w.window->activateWindow(); // the wizard was the active window until it closed
        if (!QTest::qWaitForWindowActive(w.window.get()))
            return nullptr;
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
        QSignalSpy opened(w.window.get(), &MainWindow::tokenDialogOpened);
        QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier); // "Get test token"
        if (!opened.wait(10000)) {
            if (auto *box = w.window->findChild<QMessageBox *>(QStringLiteral("errorBox")))
                qWarning("error box: %s", qPrintable(box->text()));
            else
                qWarning("no dialog and no error box");
            return nullptr;
        }
        auto *dlg = opened.first().first().value<TokenTestDialog *>();
        QSignalSpy finished(dlg->tester(), &TokenTester::finished);
        if (!finished.wait(20000))
            return nullptr;
        if (dlg->result() && dlg->result()->ok())
            m_secrets.remember(dlg->result()->token.result->accessToken->toByteArray());
        return dlg;
    }

private Q_SLOTS:
    /// Secrets never at rest: no client secret pasted and no token received is in any file the
    /// suite left (the store, its WAL, settings under HOME).
    void cleanupTestCase()
    {
        QVERIFY(m_secrets.size() >= 3);
        const QStringList hits = m_secrets.scan({ m_dir.path(), QDir::homePath() });
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<TokenTestDialog *>();
        AccessibleNamer::install(); // as main() does
        qRegisterMetaType<TokenTestResult>();
        QVERIFY2(!qEnvironmentVariable("OAUTHDESK_TEST_ISSUER").isEmpty(),
            "run through with-keyring.sh and with-as.sh");
        m_path = m_dir.filePath(QStringLiteral("oauthdesk.sqlite"));
        auto s = Store::open(m_path);
        QVERIFY(s);
        QVERIFY((*s)->saveApplication({ 0, QStringLiteral("Card issuing"), {}, {}, {} }));
        Environment env;
        env.name = QStringLiteral("Local AS");
        env.issuer = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_ISSUER"));
        env.apiBaseUrl = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_API"));
        env.caBundlePath = qEnvironmentVariable("OAUTHDESK_TEST_CA");
        env.headers = { { QStringLiteral("X-Region"), QStringLiteral("2"), {} } };
        QVERIFY((*s)->saveEnvironment(env));
    }

    void wizardThenTestTokenThenCallApi()
    {
        OpenWindow w;
        QVERIFY(w.open(m_path));
        w.window->resize(1220, 680);
        createClient(w, QStringLiteral("billing-service"), QStringLiteral("basic-client"),
            QStringLiteral("basic-secret-0123456789abcdef"));
        TokenTestDialog *dlg = getToken(w, QStringLiteral("basic-client"));
        QVERIFY(dlg);
        QVERIFY(QTest::qWaitForWindowExposed(dlg));
        auto *banner = dlg->findChild<QLabel *>(QStringLiteral("tokenBanner"));
        QVERIFY2(banner->text().startsWith(QStringLiteral("Token received")),
            qPrintable(banner->text()));
        const QString facts = dlg->findChild<QLabel *>(QStringLiteral("tokenFacts"))->text();
        QVERIFY2(facts.contains(QStringLiteral("Signature valid")), qPrintable(facts));
        QVERIFY(facts.contains(QStringLiteral("accounts:read payments:write")));
        const QString claims
            = dlg->findChild<QTextBrowser *>(QStringLiteral("tokenClaims"))->toPlainText();
        QVERIFY2(
            claims.contains(QStringLiteral("pmid")) && claims.contains(QStringLiteral("PM-0042")),
            qPrintable(claims));
        QVERIFY(dlg->findChild<QLabel *>(QStringLiteral("tokenCountdown"))
                    ->text()
                    .startsWith(QStringLiteral("Expires in")));
        const QString raw
            = dlg->findChild<QPlainTextEdit *>(QStringLiteral("tokenExchange"))->toPlainText();
        QVERIFY(raw.contains(QStringLiteral("POST /token HTTP/1.1")));
        QVERIFY(raw.contains(QStringLiteral("Authorization: Basic <redacted>")));
        QVERIFY(!raw.contains(QString::fromLatin1(
            QByteArray("basic-client:basic-secret").toBase64().left(32)))); // credentials redacted
        QVERIFY(!raw.contains(QStringLiteral("basic-secret")));
        shot(dlg, QStringLiteral("token-success"));

        // The environment's discovery was cached in the store on the way.
        {
            auto s = Store::open(m_path);
            QVERIFY(!(*s)->environments()->first().discoveryDocument.isEmpty());
        }

        // Call API with the token and the environment's X-Region.
        auto *tabs = dlg->findChild<QTabWidget *>(QStringLiteral("tokenTabs"));
        tabs->setCurrentIndex(2);
        QTest::keyClicks(
            dlg->findChild<QLineEdit *>(QStringLiteral("apiPath")), QStringLiteral("/echo"));
        QSignalSpy api(dlg, &TokenTestDialog::apiAnswered);
        QTest::mouseClick(dlg->findChild<QPushButton *>(QStringLiteral("apiSend")), Qt::LeftButton);
        QVERIFY(api.wait(20000));
        QVERIFY(dlg->findChild<QLabel *>(QStringLiteral("apiStatus"))
                    ->text()
                    .startsWith(QStringLiteral("HTTP 200")));
        // The method and the full URL that was called, base URL and path joined.
        const QString called = dlg->findChild<QLabel *>(QStringLiteral("apiCalled"))->text();
        const QString base = qEnvironmentVariable("OAUTHDESK_TEST_API");
        QVERIFY2(called.startsWith(QStringLiteral("GET https://"))
                && called.endsWith(QStringLiteral("/echo")) && called.contains(QUrl(base).host()),
            qPrintable(called));
        const QString response
            = dlg->findChild<QPlainTextEdit *>(QStringLiteral("apiResponse"))->toPlainText();
        QVERIFY2(response.contains(QStringLiteral("\"x_region\": \"2\"")), qPrintable(response));
        shot(dlg, QStringLiteral("call-api"));

        // What a screen reader sees of the result pane with a real token in it: every tab.
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            const QStringList unnamed = unnamedIn(dlg);
            QVERIFY2(unnamed.isEmpty(),
                qPrintable(QStringLiteral("tab %1: ").arg(tabs->tabText(i))
                    + unnamed.join(QStringLiteral(", "))));
        }
        dlg->close();
    }

    void privateKeyJwtThroughTheWizard()
    {
        OpenWindow w;
        QVERIFY(w.open(m_path));
        const qint64 appId
            = w.window->applicationList()->model()->index(1, 0).data(Qt::UserRole + 1).toLongLong();
        QVERIFY(appId > 0);
        // A signing key made by OAuthDesk (into the keychain), its JWKS registered at the AS.
        std::optional<Result<CertificateRecord>> made;
        w.workspace->certificateRegistry().createKey(appId, CertificatePurpose::Signing,
            KeyAlgorithm::EcP256, std::make_shared<std::atomic_bool>(false), this,
            [&](Result<CertificateRecord> r) { made = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(made.has_value(), 20000);
        QVERIFY(*made);
        const CertificateRecord key = **made;
        std::optional<Result<QByteArray>> jwks;
        w.workspace->certificateRegistry().jwks(
            { key }, this, [&](Result<QByteArray> r) { jwks = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(jwks.has_value(), 20000);
        QVERIFY(*jwks);
        Transport transport;
        HttpRequest reg;
        reg.method = "POST";
        reg.url = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_ISSUER") + QStringLiteral("/reg"));
        reg.headers = { { "Content-Type", "application/json" },
            { "Authorization", "Bearer " + qEnvironmentVariable("OAUTHDESK_TEST_IAT").toUtf8() } };
        reg.body = QJsonDocument(
            QJsonObject {
                { QStringLiteral("token_endpoint_auth_method"), QStringLiteral("private_key_jwt") },
                { QStringLiteral("jwks"), QJsonDocument::fromJson(**jwks).object() },
                { QStringLiteral("grant_types"),
                    QJsonArray { QStringLiteral("client_credentials") } },
                { QStringLiteral("response_types"), QJsonArray {} },
                { QStringLiteral("scope"), QStringLiteral("accounts:read payments:write") } })
                       .toJson(QJsonDocument::Compact);
        std::optional<HttpExchange> registered;
        transport.send(reg, qEnvironmentVariable("OAUTHDESK_TEST_CA"), this,
            [&](HttpExchange ex) { registered = std::move(ex); });
        QTRY_VERIFY_WITH_TIMEOUT(registered.has_value(), 20000);
        QCOMPARE(registered->status, 201);
        const QString clientId = QJsonDocument::fromJson(registered->responseBody)
                                     .object()
                                     .value(QLatin1String("client_id"))
                                     .toString();

        // The wizard: machine to machine, private_key_jwt, the signing key picked.
        w.window->applicationList()->setCurrentIndex(
            w.window->applicationList()->model()->index(1, 0));
        QTest::mouseClick(w.window->findChild<QPushButton *>(QStringLiteral("createClientButton")),
            Qt::LeftButton);
        ClientWizard *wizard = nullptr;
        QTRY_VERIFY(
            (wizard = w.window->findChild<ClientWizard *>()) != nullptr && wizard->isVisible());
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("clientName")),
            QStringLiteral("jwt-service"));
        wizard->next();
        auto *method = wizard->findChild<QComboBox *>(QStringLiteral("authMethod"));
        method->setCurrentIndex(method->findData(QStringLiteral("private_key_jwt")));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no signing key picked yet
        auto *signing = wizard->findChild<QComboBox *>(QStringLiteral("signingCertificate"));
        QTRY_VERIFY(signing->findData(key.id) >= 0);
        signing->setCurrentIndex(signing->findData(key.id));
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("scopes")),
            QStringLiteral("accounts:read"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        wizard->next();
        // Recorded, not registered: the client exists at the AS already (registered above). The
        // environment's cached discovery offers registration (on by default); untick it.
        if (auto *registerBox = wizard->findChild<QCheckBox *>(QStringLiteral("registerAtAs"));
            registerBox && registerBox->isVisible())
            registerBox->setChecked(false);
        QTest::keyClicks(
            wizard->findChild<QLineEdit *>(QStringLiteral("reviewClientId")), clientId);
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ClientWizard::DonePage), 10000);
        wizard->accept();

        TokenTestDialog *dlg = getToken(w, clientId);
        QVERIFY(dlg);
        QVERIFY(QTest::qWaitForWindowExposed(dlg));
        const QString banner = dlg->findChild<QLabel *>(QStringLiteral("tokenBanner"))->text();
        QVERIFY2(banner.startsWith(QStringLiteral("Token received")), qPrintable(banner));
        const QString claims
            = dlg->findChild<QTextBrowser *>(QStringLiteral("tokenClaims"))->toPlainText();
        QVERIFY2(
            claims.contains(QStringLiteral("Client assertion sent")) && claims.contains(key.kid),
            qPrintable(claims));
        shot(dlg, QStringLiteral("token-private-key-jwt"));
        dlg->close();
    }

    void mutualTlsTokenShowsItsBinding()
    {
        // A tls_client_auth client with a transport certificate from the suite's client CA,
        // registered at the AS (RFC 7591), its token shown in the real result pane.
        auto readFile = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        auto caKey = privateKeyFromPkcs8(
            SecretBytes::fromBytes(readFile(qEnvironmentVariable("OAUTHDESK_TEST_CLIENT_CA_KEY"))));
        auto caCert = parseCertificates(readFile(qEnvironmentVariable("OAUTHDESK_TEST_CLIENT_CA")));
        QVERIFY(caKey && caCert);
        LocalCa ca { std::move(*caKey), caCert->first() };
        auto key = generateKey(KeyAlgorithm::EcP256);
        SubjectFields fields;
        fields.commonName = QStringLiteral("settlement-batch");
        fields.organisation = QStringLiteral("Example Org");
        auto cert = issueFromCsr(ca,
            createCsrPem(key->get(), fields, CertificatePurpose::Transport).value(),
            CertificatePurpose::Transport, 1);
        QVERIFY(cert);
        Transport transport;
        HttpRequest reg;
        reg.method = "POST";
        reg.url = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_ISSUER") + QStringLiteral("/reg"));
        reg.headers = { { "Content-Type", "application/json" },
            { "Authorization", "Bearer " + qEnvironmentVariable("OAUTHDESK_TEST_IAT").toUtf8() } };
        reg.body = QJsonDocument(
            QJsonObject {
                { QStringLiteral("token_endpoint_auth_method"), QStringLiteral("tls_client_auth") },
                { QStringLiteral("tls_client_auth_subject_dn"), certificateInfo(*cert)->subject },
                { QStringLiteral("tls_client_certificate_bound_access_tokens"), true },
                { QStringLiteral("grant_types"),
                    QJsonArray { QStringLiteral("client_credentials") } },
                { QStringLiteral("response_types"), QJsonArray {} },
                { QStringLiteral("scope"), QStringLiteral("accounts:read payments:write") } })
                       .toJson(QJsonDocument::Compact);
        std::optional<HttpExchange> registered;
        transport.send(reg, qEnvironmentVariable("OAUTHDESK_TEST_CA"), this,
            [&](HttpExchange ex) { registered = std::move(ex); });
        QTRY_VERIFY_WITH_TIMEOUT(registered.has_value(), 20000);
        QCOMPARE(registered->status, 201);
        OAuthClient client;
        client.id = 99;
        client.name = QStringLiteral("settlement-batch");
        client.clientId = QJsonDocument::fromJson(registered->responseBody)
                              .object()
                              .value(QLatin1String("client_id"))
                              .toString();
        client.grantTypes = { GrantType::ClientCredentials };
        client.authMethod = AuthMethod::TlsClientAuth;
        client.certificateBoundTokens = true;
        client.scopes = { QStringLiteral("accounts:read") };
        Environment env;
        env.name = QStringLiteral("Local AS (mTLS)");
        env.issuer = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_ISSUER"));
        env.apiBaseUrl = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_API"));
        env.caBundlePath = qEnvironmentVariable("OAUTHDESK_TEST_CA");
        env.connectivity = Connectivity::MutualTls;
        ClientCredentials cred;
        cred.transportCertificateChainDer = { *cert };
        cred.transportKeyPkcs8Der
            = std::make_shared<const SecretBytes>(privateKeyToPkcs8Der(key->get()).value());
        auto *tester = new TokenTester(&transport, env, client, cred);
        TokenTestDialog dlg(tester);
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        QSignalSpy finished(tester, &TokenTester::finished);
        tester->start();
        QVERIFY(finished.wait(20000));
        const QString facts = dlg.findChild<QLabel *>(QStringLiteral("tokenFacts"))->text();
        QVERIFY2(facts.contains(QStringLiteral("Certificate-bound"))
                && facts.contains(QStringLiteral("Signature valid")),
            qPrintable(facts));
        QVERIFY(dlg.findChild<QTextBrowser *>(QStringLiteral("tokenClaims"))
                    ->toPlainText()
                    .contains(QStringLiteral("x5t#S256")));
        shot(&dlg, QStringLiteral("token-mtls"));
    }

    void aWrongSecretSaysWhatToCheck()
    {
        OpenWindow w;
        QVERIFY(w.open(m_path));
        createClient(w, QStringLiteral("post-service"), QStringLiteral("post-client"),
            QStringLiteral("wrong-secret"));
        // post-client is registered for client_secret_post at the AS; the wizard chose
        // client_secret_basic, and the secret is wrong too: the AS says invalid_client.
        TokenTestDialog *dlg = getToken(w, QStringLiteral("post-client"));
        QVERIFY(dlg);
        QVERIFY(QTest::qWaitForWindowExposed(dlg));
        const QString banner = dlg->findChild<QLabel *>(QStringLiteral("tokenBanner"))->text();
        QVERIFY2(banner.contains(QStringLiteral("rejected this client's credentials"))
                && banner.contains(QStringLiteral("invalid_client")),
            qPrintable(banner));
        QVERIFY(dlg->findChild<QTextBrowser *>(QStringLiteral("tokenClaims"))
                    ->toPlainText()
                    .contains(QStringLiteral("No token")));
        shot(dlg, QStringLiteral("token-failure"));
        dlg->close();
    }
};

QTEST_MAIN(TestLiveGui)
#include "tst_live_gui.moc"
