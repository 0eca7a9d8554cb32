// SPDX-License-Identifier: GPL-3.0-or-later
// The admin's path for issue 6, end to end in the GUI against the real provider (with-as.sh)
// and the real keyring (with-keyring.sh):
// - Settings → Environments: fetch discovery, store the initial access token in the keychain;
//   the wizard's Review offers "Register at Local AS"; Submit registers the client at the AS,
//   Done shows the issued client ID and secret and "granted exactly"; the issued secret gets a
//   token; the details' "At the authorization server" panel reads the registration back and
//   deletes it there and here.
// - "Test sign-in" for a native public client: the browser is TestBrowser (it walks the AS's
//   auto-approving test login and comes back to OAuthDesk's loopback listener); the result pane
//   shows the verified ID token; the refresh token is introspected (active), revoked, then
//   introspected again (inactive), and "Refresh now" with it is refused; a new sign-in and
//   "Refresh now" work.
#include "../gui/GuiTestSupport.h"
#include "../support/SecretScan.h"
#include "TestBrowser.h"
#include "dialogs/ClientDetailsDialog.h"
#include "dialogs/EnvironmentsDialog.h"
#include "dialogs/RegistrationPanel.h"
#include "dialogs/TokenTestDialog.h"
#include "models/ClientTableModel.h"
#include "oauth/SignInTester.h"
#include "registry/CertificateRegistry.h"
#include "registry/RegistrationService.h"
#include "wizard/ClientWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>

using namespace oauthdesk;
using namespace oauthdesk::test;

class TestLiveGuiSignIn final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_shots = qEnvironmentVariable("OAUTHDESK_SCREENSHOTS");
    TestBrowser m_browser;
    oauthdesk::test::SecretLedger m_secrets; ///< every secret and token this suite handled

    /// The tokens a result pane holds, for the scan at the end.
    void rememberTokens(TokenTestDialog *dlg)
    {
        if (!dlg || !dlg->result() || !dlg->result()->ok())
            return;
        const TokenResponse &t = *dlg->result()->token.result;
        m_secrets.remember(t.accessToken->toByteArray());
        if (t.refreshToken)
            m_secrets.remember(t.refreshToken->toByteArray());
        if (t.idToken)
            m_secrets.remember(t.idToken->toByteArray());
    }

    void shot(QWidget *w, const QString &name)
    {
        QTest::qWait(150);
        if (!m_shots.isEmpty())
            w->grab().save(m_shots + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    static int rowOf(QTableView *table, const QString &clientId)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, ClientTableModel::ClientIdColumn).data().toString()
                == clientId)
                return r;
        }
        return -1;
    }

    /// Ctrl+T on the client's row; the dialog once its first answer is in.
    TokenTestDialog *test(OpenWindow &w, const QString &clientId)
    {
        QTableView *table = w.window->clientTable();
        int row = -1;
        if (!QTest::qWaitFor([&] { return (row = rowOf(table, clientId)) >= 0; }, 5000))
            return nullptr;
        w.window->activateWindow();
        if (!QTest::qWaitForWindowActive(w.window.get()))
            return nullptr;
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
        QSignalSpy opened(w.window.get(), &MainWindow::tokenDialogOpened);
        QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier);
        if (!opened.wait(10000))
            return nullptr;
        auto *dlg = opened.first().first().value<TokenTestDialog *>();
        const bool answered = dlg->signInTester()
            ? QSignalSpy(dlg->signInTester(), &SignInTester::finished).wait(45000)
            : QSignalSpy(dlg->tester(), &TokenTester::finished).wait(20000);
        return answered || dlg->result() ? dlg : nullptr;
    }

    static QString bannerOf(TokenTestDialog *dlg)
    {
        return dlg->findChild<QLabel *>(QStringLiteral("tokenBanner"))->text();
    }

private Q_SLOTS:
    /// Secrets never at rest: none of what this suite handled is in any file it left (the
    /// store, its WAL, settings under HOME).
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
        qRegisterMetaType<TokenTestResult>();
        qRegisterMetaType<SignInResult>();
        QVERIFY2(!qEnvironmentVariable("OAUTHDESK_TEST_ISSUER").isEmpty(),
            "run through with-keyring.sh and with-as.sh");
        m_path = m_dir.filePath(QStringLiteral("oauthdesk.sqlite"));
        auto s = Store::open(m_path);
        QVERIFY(s);
        auto app = (*s)->saveApplication({ 0, QStringLiteral("Mobile banking"), {}, {}, {} });
        QVERIFY(app);
        Environment env;
        env.name = QStringLiteral("Local AS");
        env.issuer = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_ISSUER"));
        env.apiBaseUrl = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_API"));
        env.caBundlePath = qEnvironmentVariable("OAUTHDESK_TEST_CA");
        auto saved = (*s)->saveEnvironment(env);
        QVERIFY(saved);
        // The AS's static public native client, recorded as an admin would.
        OAuthClient native;
        native.applicationId = app->id;
        native.environmentId = saved->id;
        native.clientId = QStringLiteral("native-client");
        native.name = QStringLiteral("Banking app (iOS)");
        native.applicationType = ApplicationType::Native;
        native.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
        native.pkce = PkcePolicy::Required;
        native.authMethod = AuthMethod::None;
        native.redirectUris = { QStringLiteral("http://127.0.0.1/callback") };
        native.scopes = { QStringLiteral("openid"), QStringLiteral("offline_access"),
            QStringLiteral("profile"), QStringLiteral("accounts:read") };
        native.refreshTokenLifetimeSeconds = 86400;
        QVERIFY((*s)->saveClient(native));
    }

    void registerThroughTheWizardAndManage()
    {
        OpenWindow w;
        QVERIFY(w.open(m_path));
        w.window->resize(1220, 680);

        // Settings → Environments: discovery, then the initial access token into the keychain.
        w.window->openEnvironments();
        EnvironmentsDialog *envs = nullptr;
        QTRY_VERIFY(
            (envs = w.window->findChild<EnvironmentsDialog *>()) != nullptr && envs->isVisible());
        envs->refreshDiscovery();
        QTRY_VERIFY_WITH_TIMEOUT(!envs->environments().isEmpty()
                && !envs->environments().first().discoveryDocument.isEmpty(),
            15000);
        auto *iat = envs->findChild<QLineEdit *>(QStringLiteral("initialAccessToken"));
        QVERIFY(iat && iat->isEnabled());
        QCOMPARE(iat->echoMode(), QLineEdit::Password);
        QTest::keyClicks(iat, qEnvironmentVariable("OAUTHDESK_TEST_IAT"));
        auto *box = envs->findChild<QWidget *>(QStringLiteral("registrationCredentials"));
        QSignalSpy stored(box, SIGNAL(answered(bool)));
        QTest::mouseClick(
            envs->findChild<QPushButton *>(QStringLiteral("storeRegistrationCredentials")),
            Qt::LeftButton);
        QVERIFY(stored.wait(10000));
        QCOMPARE(stored.first().first().toBool(), true);
        QVERIFY(iat->text().isEmpty()); // never shown again
        QTRY_VERIFY(envs->findChild<QLabel *>(QStringLiteral("registrationCredentialsState"))
                        ->text()
                        .contains(QStringLiteral("an initial access token is stored")));
        shot(envs, QStringLiteral("environment-registration"));
        envs->close();

        // The wizard: a machine-to-machine client, registered at the AS on Submit.
        QTest::mouseClick(w.window->findChild<QPushButton *>(QStringLiteral("createClientButton")),
            Qt::LeftButton);
        ClientWizard *wizard = nullptr;
        QTRY_VERIFY(
            (wizard = w.window->findChild<ClientWizard *>()) != nullptr && wizard->isVisible());
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("clientName")),
            QStringLiteral("settlement-batch"));
        wizard->next();
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("scopes")),
            QStringLiteral("accounts:read payments:write"));
        wizard->next();
        wizard->next();
        auto *registerBox = wizard->findChild<QCheckBox *>(QStringLiteral("registerAtAs"));
        QVERIFY(registerBox->isVisible());
        QVERIFY(registerBox->isChecked());
        QVERIFY(registerBox->text().contains(QStringLiteral("Local AS")));
        QVERIFY(!wizard->findChild<QLineEdit *>(QStringLiteral("reviewClientId"))
                     ->isVisible()); // the AS issues it
        QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
        shot(wizard, QStringLiteral("wizard-review-register"));
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ClientWizard::DonePage), 15000);
        const QString clientId
            = wizard->findChild<QLineEdit *>(QStringLiteral("doneClientId"))->text();
        QVERIFY(clientId.size() >= 16);
        QVERIFY(!wizard->findChild<QLineEdit *>(QStringLiteral("shownSecret"))->text().isEmpty());
        m_secrets.remember(wizard->findChild<QLineEdit *>(QStringLiteral("shownSecret"))->text());
        m_secrets.remember(qEnvironmentVariable("OAUTHDESK_TEST_IAT"));
        const QString report
            = wizard->findChild<QLabel *>(QStringLiteral("registrationReport"))->text();
        QVERIFY2(
            report.contains(QStringLiteral("granted exactly what was asked")), qPrintable(report));
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("doneHeadline"))
                    ->text()
                    .contains(QStringLiteral("registered at Local AS")));
        shot(wizard, QStringLiteral("wizard-done-registered"));
        wizard->accept();

        // The secret the AS issued (kept in the keychain) gets a token.
        TokenTestDialog *dlg = test(w, clientId);
        QVERIFY(dlg);
        rememberTokens(dlg);
        QVERIFY2(
            bannerOf(dlg).startsWith(QStringLiteral("Token received")), qPrintable(bannerOf(dlg)));
        dlg->close();

        // Edit it: Review offers to update the registration (RFC 7592 PUT of the full metadata).
        int row = rowOf(w.window->clientTable(), clientId);
        QVERIFY(row >= 0);
        const qint64 rowId = w.window->clientTable()
                                 ->model()
                                 ->index(row, 0)
                                 .data(ClientTableModel::ClientRowIdRole)
                                 .toLongLong();
        w.window->editClient(rowId);
        ClientWizard *edit = nullptr;
        QTRY_VERIFY((edit = w.window->findChild<ClientWizard *>()) != nullptr && edit->isVisible()
            && edit->isEditing());
        edit->next();
        auto *scopes = edit->findChild<QLineEdit *>(QStringLiteral("scopes"));
        scopes->selectAll();
        QTest::keyClicks(scopes, QStringLiteral("accounts:read"));
        edit->next();
        edit->next();
        auto *update = edit->findChild<QCheckBox *>(QStringLiteral("registerAtAs"));
        QVERIFY(update->isVisible() && update->isChecked());
        QVERIFY(update->text().contains(QStringLiteral("Update the registration at Local AS")));
        QVERIFY(edit->findChild<QLabel *>(QStringLiteral("whatSubmitDoes"))
                    ->text()
                    .contains(QStringLiteral("drop fields that are not sent")));
        QVERIFY(edit->findChild<QLineEdit *>(QStringLiteral("reviewClientId"))->isReadOnly());
        QTest::mouseClick(edit->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(edit->currentId(), int(ClientWizard::DonePage), 15000);
        QVERIFY(edit->findChild<QLabel *>(QStringLiteral("doneHeadline"))
                    ->text()
                    .contains(QStringLiteral("updated at Local AS")));
        auto *exchangeView = edit->findChild<QWidget *>(QStringLiteral("doneExchange"));
        QVERIFY(exchangeView && exchangeView->isVisible());
        const QString put
            = exchangeView->findChild<QPlainTextEdit *>(QStringLiteral("exchangeText"))
                  ->toPlainText();
        QVERIFY2(put.contains(QStringLiteral("PUT /reg/"))
                && put.contains(QStringLiteral("\"scope\":\"accounts:read\"")),
            qPrintable(put));
        QVERIFY(put.contains(QStringLiteral("\"client_secret\":\"<redacted>\"")));
        QVERIFY(put.contains(QStringLiteral("\"registration_access_token\":\"<redacted>\"")));
        shot(edit, QStringLiteral("wizard-done-updated"));
        edit->accept();
        {
            auto s = Store::open(m_path);
            QVERIFY(s);
            QCOMPARE((*s)->client(rowId)->scopes, QStringList { QStringLiteral("accounts:read") });
        }

        // Details → "At the authorization server": read back, then delete there and here.
        row = rowOf(w.window->clientTable(), clientId);
        QVERIFY(row >= 0);
        w.window->viewClient(w.window->clientTable()
                                 ->model()
                                 ->index(row, 0)
                                 .data(ClientTableModel::ClientRowIdRole)
                                 .toLongLong());
        ClientDetailsDialog *details = nullptr;
        QTRY_VERIFY((details = w.window->findChild<ClientDetailsDialog *>()) != nullptr
            && details->isVisible());
        RegistrationPanel *panel = details->registrationPanel();
        QVERIFY(panel);
        QSignalSpy answered(panel, &RegistrationPanel::answered);
        QTest::mouseClick(
            panel->findChild<QPushButton *>(QStringLiteral("refreshRegistrationButton")),
            Qt::LeftButton);
        QVERIFY(answered.wait(15000));
        QCOMPARE(answered.first().first().toBool(), true);
        const QString result
            = panel->findChild<QLabel *>(QStringLiteral("registrationResult"))->text();
        QVERIFY2(result.contains(QStringLiteral("same registration")), qPrintable(result));
        const QString exchange
            = panel->findChild<QPlainTextEdit *>(QStringLiteral("registrationExchange"))
                  ->toPlainText();
        QVERIFY(exchange.startsWith(QStringLiteral("GET /reg/")));
        QVERIFY(exchange.contains(QStringLiteral("Authorization: Bearer <redacted>")));
        QVERIFY(exchange.contains(QStringLiteral("\"client_secret\":\"<redacted>\"")));
        shot(details, QStringLiteral("details-registration"));

        answered.clear();
        QTest::mouseClick(
            panel->findChild<QPushButton *>(QStringLiteral("deleteAtAsButton")), Qt::LeftButton);
        QMessageBox *confirm = waitForMessageBox(panel, QStringLiteral("confirmDeleteAtAs"));
        QVERIFY(confirm);
        QTest::mouseClick(
            confirm->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QVERIFY(answered.wait(15000));
        QCOMPARE(answered.first().first().toBool(), true);
        QTRY_COMPARE(rowOf(w.window->clientTable(), clientId), -1);
        details->close();
    }

    /// Regression (issue 12): registering a private_key_jwt client from the wizard crashed the
    /// app right after Submit (the JWKS walk freed its running continuation); Done never came.
    /// Runs after the test above, which stored the initial access token and the discovery.
    void registerAPrivateKeyJwtClientThroughTheWizard()
    {
        OpenWindow w;
        QVERIFY(w.open(m_path));
        w.window->resize(1220, 680);
        const qint64 appId
            = w.window->applicationList()->model()->index(1, 0).data(Qt::UserRole + 1).toLongLong();
        QVERIFY(appId > 0);
        // Two signing keys, so the JWKS walk takes more than one step; the wizard picks one.
        QList<CertificateRecord> keys;
        for (int i = 0; i < 2; ++i) {
            std::optional<Result<CertificateRecord>> made;
            QObject
                answerHere; // the answer's context dies with this frame, even if the wait gives up
            w.workspace->certificateRegistry().createKey(appId, CertificatePurpose::Signing,
                KeyAlgorithm::EcP256, std::make_shared<std::atomic_bool>(false), &answerHere,
                [&](Result<CertificateRecord> r) { made = std::move(r); });
            QTRY_VERIFY_WITH_TIMEOUT(made.has_value(), 20000);
            QVERIFY(*made);
            keys.append(**made);
        }

        w.window->applicationList()->setCurrentIndex(
            w.window->applicationList()->model()->index(1, 0));
        QTest::mouseClick(w.window->findChild<QPushButton *>(QStringLiteral("createClientButton")),
            Qt::LeftButton);
        ClientWizard *wizard = nullptr;
        QTRY_VERIFY(
            (wizard = w.window->findChild<ClientWizard *>()) != nullptr && wizard->isVisible());
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("clientName")),
            QStringLiteral("jwt-settlement"));
        wizard->next();
        auto *method = wizard->findChild<QComboBox *>(QStringLiteral("authMethod"));
        method->setCurrentIndex(method->findData(QStringLiteral("private_key_jwt")));
        auto *signing = wizard->findChild<QComboBox *>(QStringLiteral("signingCertificate"));
        QTRY_VERIFY(signing->findData(keys.last().id) >= 0);
        signing->setCurrentIndex(signing->findData(keys.last().id));
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("scopes")),
            QStringLiteral("accounts:read"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        wizard->next();
        auto *registerBox = wizard->findChild<QCheckBox *>(QStringLiteral("registerAtAs"));
        QVERIFY(registerBox->isVisible() && registerBox->isChecked());
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ClientWizard::DonePage), 15000);
        const QString clientId
            = wizard->findChild<QLineEdit *>(QStringLiteral("doneClientId"))->text();
        QVERIFY(clientId.size() >= 16);
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("doneHeadline"))
                    ->text()
                    .contains(QStringLiteral("registered at Local AS")));
        shot(wizard, QStringLiteral("wizard-done-private-key-jwt"));
        wizard->accept();

        // The AS has the key under its kid: a token with the client assertion.
        TokenTestDialog *dlg = test(w, clientId);
        QVERIFY(dlg);
        rememberTokens(dlg);
        QVERIFY2(
            bannerOf(dlg).startsWith(QStringLiteral("Token received")), qPrintable(bannerOf(dlg)));
        const QString claims
            = dlg->findChild<QTextBrowser *>(QStringLiteral("tokenClaims"))->toPlainText();
        QVERIFY2(claims.contains(QStringLiteral("Client assertion sent"))
                && claims.contains(keys.last().kid),
            qPrintable(claims));
        shot(dlg, QStringLiteral("token-private-key-jwt-registered"));
        dlg->close();
    }

    void signInThenIntrospectRevokeRefresh()
    {
        OpenWindow w;
        QVERIFY(w.open(m_path));
        w.window->resize(1220, 680);
        w.window->setBrowserOpener([this](const QUrl &url) {
            m_browser.open(
                url, qEnvironmentVariable("OAUTHDESK_TEST_CA"), [](TestBrowser::Result r) {
                    if (!r.ok)
                        qWarning("browser: %s\n%s", qPrintable(r.error), qPrintable(r.hopsText()));
                });
            return true;
        });
        TokenTestDialog *dlg = test(w, QStringLiteral("native-client"));
        QVERIFY(dlg);
        rememberTokens(dlg);
        QVERIFY(dlg->signInTester());
        QVERIFY2(bannerOf(dlg).startsWith(QStringLiteral("Signed in")), qPrintable(bannerOf(dlg)));
        const QString facts = dlg->findChild<QLabel *>(QStringLiteral("tokenFacts"))->text();
        QVERIFY2(facts.contains(QStringLiteral("ID token verified"))
                && facts.contains(QStringLiteral("test-user")),
            qPrintable(facts));
        QVERIFY2(facts.contains(QStringLiteral("Signature valid")),
            qPrintable(facts)); // the JWT access token
        const QString claims
            = dlg->findChild<QTextBrowser *>(QStringLiteral("tokenClaims"))->toPlainText();
        QVERIFY2(claims.contains(QStringLiteral("ID token (OpenID Connect)"))
                && claims.contains(QStringLiteral("nonce")),
            qPrintable(claims));
        const QString raw
            = dlg->findChild<QPlainTextEdit *>(QStringLiteral("tokenExchange"))->toPlainText();
        QVERIFY(raw.contains(QStringLiteral("grant_type=authorization_code")));
        QVERIFY(raw.contains(QStringLiteral("code_verifier=<redacted>")));
        QVERIFY(dlg->findChild<QPushButton *>(QStringLiteral("refreshNow"))->isEnabled());
        shot(dlg, QStringLiteral("signin-success"));

        // Introspect the refresh token (active), revoke it (then inactive), and it no longer works.
        auto *tabs = dlg->findChild<QTabWidget *>(QStringLiteral("tokenTabs"));
        tabs->setCurrentIndex(3);
        QSignalSpy introspected(dlg, &TokenTestDialog::introspected);
        QTest::mouseClick(
            dlg->findChild<QPushButton *>(QStringLiteral("introspectRefresh")), Qt::LeftButton);
        QVERIFY(introspected.wait(15000));
        QCOMPARE(introspected.first().at(0).toBool(), true);
        QCOMPARE(introspected.first().at(1).toBool(), true);
        const QString active
            = dlg->findChild<QTextBrowser *>(QStringLiteral("tokenActionResult"))->toPlainText();
        QVERIFY2(
            active.contains(QStringLiteral("Active, issued to native-client")), qPrintable(active));
        QVERIFY(active.contains(QStringLiteral("token=<redacted>")));
        shot(dlg, QStringLiteral("signin-introspect-active"));

        introspected.clear();
        QSignalSpy revoked(dlg, &TokenTestDialog::revoked);
        QTest::mouseClick(
            dlg->findChild<QPushButton *>(QStringLiteral("revokeRefresh")), Qt::LeftButton);
        QVERIFY(revoked.wait(15000));
        QCOMPARE(revoked.first().first().toBool(), true);
        QVERIFY(introspected.wait(15000));
        QCOMPARE(introspected.first().at(1).toBool(), false);
        const QString inactive
            = dlg->findChild<QTextBrowser *>(QStringLiteral("tokenActionResult"))->toPlainText();
        QVERIFY2(inactive.contains(QStringLiteral("Inactive")), qPrintable(inactive));
        shot(dlg, QStringLiteral("signin-revoked-inactive"));

        QSignalSpy finished(dlg->signInTester(), &SignInTester::finished);
        QTest::mouseClick(
            dlg->findChild<QPushButton *>(QStringLiteral("refreshNow")), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY2(bannerOf(dlg).startsWith(QStringLiteral("No token")), qPrintable(bannerOf(dlg)));
        QVERIFY2(
            bannerOf(dlg).contains(QStringLiteral("invalid_grant")), qPrintable(bannerOf(dlg)));

        // Sign in again, then "Refresh now" works.
        finished.clear();
        QTest::mouseClick(
            dlg->findChild<QPushButton *>(QStringLiteral("getTokenAgain")), Qt::LeftButton);
        QVERIFY(finished.wait(45000));
        QVERIFY2(bannerOf(dlg).startsWith(QStringLiteral("Signed in")), qPrintable(bannerOf(dlg)));
        finished.clear();
        QTest::mouseClick(
            dlg->findChild<QPushButton *>(QStringLiteral("refreshNow")), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY2(bannerOf(dlg).startsWith(QStringLiteral("Tokens refreshed")),
            qPrintable(bannerOf(dlg)));
        dlg->close();
    }
};

QTEST_MAIN(TestLiveGuiSignIn)
#include "tst_live_gui_signin.moc"
