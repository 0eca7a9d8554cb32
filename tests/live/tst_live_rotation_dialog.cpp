// SPDX-License-Identifier: GPL-3.0-or-later
// The key rotation dialog (issue 15) for tls_client_auth clients against the REAL provider
// (with-as.sh), the REAL keychain and a real SQLite file, offscreen: with the proposed new subject
// (the CSR saved with "Save CSR…", issued by the client CA the AS trusts, taken back with
// "Import certificate…", then steps 2–6 by "Next step": after step 5 the checks say the AS
// refuses the old certificate), and with the same subject chosen in the dialog (step 5's ⚠ says
// the old certificate stays valid until its expiry). With OAUTHDESK_SHOT_DIR set, the dialog
// after step 5 is saved there as issue15-rotation-tls.png and issue15-rotation-tls-same.png.
#include "../support/AwaitLater.h"
#include "TlsRotationSetup.h"
#include "dialogs/KeyRotationDialog.h"

#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;
using oauthdesk::test::wait;
using oauthdesk::test::why;

class TestLiveRotationDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_appId = 0;
    Environment m_env;

    static bool waitShown(KeyRotationDialog &d, bool expectOk, int ms = 60000)
    {
        QSignalSpy shown(&d, &KeyRotationDialog::stateShown);
        if (!shown.wait(ms))
            return false;
        return shown.constLast().constFirst().toBool() == expectOk;
    }
    static QString text(KeyRotationDialog &d, const char *name)
    {
        if (auto *l = d.findChild<QLabel *>(QLatin1String(name)))
            return l->text();
        if (auto *p = d.findChild<QPlainTextEdit *>(QLatin1String(name)))
            return p->toPlainText();
        return {};
    }
    /// Presses "Next step" and waits for the state after it.
    static bool next(KeyRotationDialog &d)
    {
        QSignalSpy shown(&d, &KeyRotationDialog::stateShown);
        QTest::mouseClick(
            d.findChild<QPushButton *>(QStringLiteral("rotationNextStep")), Qt::LeftButton);
        if (!shown.wait(60000))
            return false;
        if (!shown.constLast().constFirst().toBool()) {
            qWarning("step failed: %s", qPrintable(text(d, "rotationError")));
            return false;
        }
        return true;
    }
    void shot(KeyRotationDialog &d, const QString &name)
    {
        if (!qEnvironmentVariableIsSet("OAUTHDESK_SHOT_DIR"))
            return;
        QTest::qWait(300);
        const QString path = QDir(qEnvironmentVariable("OAUTHDESK_SHOT_DIR")).filePath(name);
        QVERIFY2(d.grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    /// A tls_client_auth client registered as @p name, its rotation dialog shown with its state.
    std::unique_ptr<KeyRotationDialog> openFor(const QString &name)
    {
        auto client = oauthdesk::test::registerTlsClientAuth(*m_ws, m_appId, m_env, name);
        if (!client) {
            qWarning("%s", why(client).constData());
            return nullptr;
        }
        auto d = std::make_unique<KeyRotationDialog>(*m_ws, client->id);
        d->resize(900, 720);
        d->show();
        if (!waitShown(*d, true))
            return nullptr;
        return d;
    }

    /// Step 1 from the dialog, then the CA's certificate through Save CSR… / Import certificate….
    void startAndImport(KeyRotationDialog &d)
    {
        QVERIFY(next(d));
        QVERIFY2(
            text(d, "rotationSummary").contains(QStringLiteral("certificate is not issued yet")),
            qPrintable(text(d, "rotationSummary")));
        auto *saveCsr = d.findChild<QPushButton *>(QStringLiteral("rotationSaveCsr"));
        auto *import = d.findChild<QPushButton *>(QStringLiteral("rotationImportCertificate"));
        QVERIFY(saveCsr && import && saveCsr->isVisible() && import->isVisible());
        QVERIFY(!d.findChild<QGroupBox *>(QStringLiteral("rotationSubjectBox"))->isVisible());
        const QString csrPath = m_dir.filePath(QStringLiteral("rotation.csr.pem"));
        QVERIFY(d.saveCsrTo(csrPath));
        auto der = oauthdesk::test::issueForCsr(oauthdesk::test::readAll(csrPath));
        QVERIFY2(der, why(der).constData());
        const QString certPath = m_dir.filePath(QStringLiteral("rotation.cert.der"));
        QFile out(certPath);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(*der) == der->size());
        out.close();
        QSignalSpy shown(&d, &KeyRotationDialog::stateShown);
        d.importCertificateFrom(certPath);
        QVERIFY(shown.wait(30000));
        QVERIFY2(shown.constLast().constFirst().toBool(), qPrintable(text(d, "rotationError")));
        QVERIFY2(text(d, "rotationSummary").contains(QStringLiteral("step 2 of 6")),
            qPrintable(text(d, "rotationSummary")));
        QVERIFY(!saveCsr->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("OAUTHDESK_TEST_ISSUER"),
            "run through tests/live/with-as.sh (ctest does)");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        qRegisterMetaType<TokenTestResult>();
        m_ws = std::make_unique<Workspace>();
        QVERIFY(wait(m_ws->open(m_dir.filePath(QStringLiteral("oauthdesk.sqlite")))));
        auto app = wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Settlement"), {}, {}, {} }));
        QVERIFY(app);
        m_appId = app->id;
        auto env = oauthdesk::test::liveEnvironment(*m_ws);
        QVERIFY2(env, why(env).constData());
        m_env = *env;
    }

    void cleanupTestCase() { m_ws.reset(); }

    void aNewSubjectEndsWithTheOldCertificateRefused()
    {
        auto dialog = openFor(QStringLiteral("settlement-batch"));
        QVERIFY(dialog);
        KeyRotationDialog &d = *dialog;
        auto *box = d.findChild<QGroupBox *>(QStringLiteral("rotationSubjectBox"));
        auto *subject = d.findChild<QLineEdit *>(QStringLiteral("rotationSubject"));
        QVERIFY(box && box->isVisible() && subject);
        QCOMPARE(subject->text(), QStringLiteral("CN=settlement-batch-r2,O=Example Org"));
        QVERIFY2(
            text(d, "rotationSubjectNote").contains(QStringLiteral("refuses the old certificate")),
            qPrintable(text(d, "rotationSubjectNote")));
        startAndImport(d);
        for (int step = 2; step <= 5; ++step)
            QVERIFY2(next(d), qPrintable(QStringLiteral("step %1").arg(step)));
        QVERIFY2(text(d, "rotationSummary").contains(QStringLiteral("step 6 of 6")),
            qPrintable(text(d, "rotationSummary")));
        const QString checks = text(d, "rotationChecks");
        QVERIFY2(
            checks.contains(QStringLiteral("✔ Step 5: A token request with the old certificate"))
                && checks.contains(QStringLiteral("was refused")),
            qPrintable(checks));
        QVERIFY2(!checks.contains(QStringLiteral("⚠")), qPrintable(checks));
        QVERIFY2(text(d, "rotationKeys")
                     .contains(
                         QStringLiteral("At the AS: subject CN=settlement-batch-r2,O=Example Org")),
            qPrintable(text(d, "rotationKeys")));
        shot(d, QStringLiteral("issue15-rotation-tls.png"));
        d.setRemovalConfirmation([](const QString &) { return true; });
        QVERIFY(next(d));
        QVERIFY2(text(d, "rotationSummary").contains(QStringLiteral("Rotation finished"))
                || text(d, "rotationSummary").contains(QStringLiteral("No rotation")),
            qPrintable(text(d, "rotationSummary")));
    }

    void theSameSubjectIsSaidToStayValid()
    {
        auto dialog = openFor(QStringLiteral("settlement-batch-same"));
        QVERIFY(dialog);
        KeyRotationDialog &d = *dialog;
        QTest::mouseClick(
            d.findChild<QRadioButton *>(QStringLiteral("rotationSameSubject")), Qt::LeftButton);
        QVERIFY(d.findChild<QRadioButton *>(QStringLiteral("rotationSameSubject"))->isChecked());
        QVERIFY2(
            text(d, "rotationSubjectNote").contains(QStringLiteral("stays valid until it expires")),
            qPrintable(text(d, "rotationSubjectNote")));
        const std::optional<RotationState> before = d.rotationState();
        QVERIFY(before && before->oldKey);
        startAndImport(d);
        QVERIFY(d.rotationState()->newKey
            && d.rotationState()->newKey->subjectDn == before->oldKey->subjectDn);
        for (int step = 2; step <= 5; ++step)
            QVERIFY2(next(d), qPrintable(QStringLiteral("step %1").arg(step)));
        const QString checks = text(d, "rotationChecks");
        QVERIFY2(
            checks.contains(QStringLiteral("⚠ Step 5: The AS still accepts the old certificate"))
                && checks.contains(QStringLiteral("stays valid until it expires on "))
                && checks.contains(before->oldKey->notAfter->toUTC().toString(Qt::ISODate)),
            qPrintable(checks));
        shot(d, QStringLiteral("issue15-rotation-tls-same.png"));
        QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("rotationAbandon"))
                     ->isEnabled()); // after the switch
        d.setRemovalConfirmation([](const QString &) { return true; });
        QVERIFY(next(d));
    }
};

QTEST_MAIN(TestLiveRotationDialog)
#include "tst_live_rotation_dialog.moc"
