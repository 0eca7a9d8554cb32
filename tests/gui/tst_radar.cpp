// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 screens: the expiry radar dialog (sorted, coloured by urgency, the "within" filter,
// the .ics export) and the main window's status-bar warning that opens it; the support bundle
// dialog (what goes in, Save…). Offscreen, over a real SQLite file seeded through the Store.
// With OAUTHDESK_TEST_ISSUER set (run under tests/live/with-as.sh) the bundle dialog gets a real
// token from the test AS; with OAUTHDESK_SCREENSHOT_DIR set each dialog is saved there as PNG.
#include "../support/AwaitLater.h"
#include "GuiTestSupport.h"
#include "dialogs/ExpiryRadarDialog.h"
#include "dialogs/SupportBundleDialog.h"

#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>

using namespace oauthdesk;

namespace {

CertificateRecord cert(qint64 appId, CertificatePurpose purpose, const QString &subject, int days)
{
    CertificateRecord c;
    c.applicationId = appId;
    c.purpose = purpose;
    c.keyAlgorithm = KeyAlgorithm::EcP256;
    c.subjectDn = subject;
    c.notBefore = QDateTime::currentDateTimeUtc().addDays(-300);
    c.notAfter = QDateTime::currentDateTimeUtc().addDays(days).addSecs(3600);
    c.state = days < 0 ? CertificateState::Expired : CertificateState::Issued;
    c.createdAt = QDateTime::currentDateTimeUtc();
    return c;
}

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OAUTHDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200);
    w->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestRadar final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_appId = 0;
    qint64 m_clientId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("oauthdesk.sqlite"));
        auto s = Store::open(m_path);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        auto app = (*s)->saveApplication(Application { 0, QStringLiteral("Payments"), {}, {}, {} });
        QVERIFY(app);
        m_appId = app->id;
        Environment e;
        e.name = QStringLiteral("UAT");
        e.issuer = QUrl(QStringLiteral("https://uat.as.example"));
        if (qEnvironmentVariableIsSet("OAUTHDESK_TEST_ISSUER")) {
            e.issuer = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_ISSUER"));
            e.caBundlePath = qEnvironmentVariable("OAUTHDESK_TEST_CA");
            e.apiBaseUrl = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_API"));
        }
        auto env = (*s)->saveEnvironment(e);
        QVERIFY(env);
        auto expired = (*s)->saveCertificate(cert(m_appId, CertificatePurpose::Transport,
            QStringLiteral("CN=batch-mtls,O=Example Org"), -3));
        auto soon = (*s)->saveCertificate(
            cert(m_appId, CertificatePurpose::Signing, QStringLiteral("CN=payments-signing"), 9));
        auto month = (*s)->saveCertificate(
            cert(m_appId, CertificatePurpose::Signing, QStringLiteral("CN=reporting-signing"), 25));
        auto later = (*s)->saveCertificate(cert(m_appId, CertificatePurpose::Transport,
            QStringLiteral("CN=ledger-mtls,O=Example Org"), 200));
        QVERIFY(expired && soon && month && later);
        OAuthClient c = test::makeClient(
            m_appId, QStringLiteral("Batch payments"), QStringLiteral("batch-payments"));
        c.environmentId = env->id;
        c.authMethod = AuthMethod::TlsClientAuth;
        c.transportCertificateId = expired->id;
        c.scopes = { QStringLiteral("accounts:read") };
        QVERIFY((*s)->saveClient(c));
    }

    void theStatusBarWarnsAndOpensTheRadar()
    {
        test::OpenWindow w;
        QVERIFY(w.open(m_path));
        // The scan runs after the snapshot loaded, off the GUI thread; the warning follows.
        QTRY_VERIFY_WITH_TIMEOUT(
            w.window->expiryWarning() && w.window->expiryWarning()->isVisible(), 10000);
        QPushButton *warning = w.window->expiryWarning();
        QCOMPARE(warning->text(), QStringLiteral("2 items expire within 14 days — View…"));
        QVERIFY(w.window->statusBar()->isAncestorOf(warning));
        QTest::mouseClick(warning, Qt::LeftButton);
        ExpiryRadarDialog *radar = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                radar = w.window->findChild<ExpiryRadarDialog *>();
                return radar && radar->isVisible();
            },
            3000));
        QSignalSpy done(radar, &ExpiryRadarDialog::scanned);
        QVERIFY(!radar->shownItems().isEmpty() || done.wait(10000));
        QCOMPARE(radar->table()->model()->rowCount(), 4);
        radar->close();
    }

    void theRadarIsSortedColouredAndFiltered()
    {
        Workspace ws;
        QVERIFY(test::wait(ws.open(m_path)));
        ExpiryRadarDialog dialog(ws);
        QSignalSpy scanned(&dialog, &ExpiryRadarDialog::scanned);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(scanned.count() > 0 || scanned.wait(10000));
        QAbstractItemModel *m = dialog.table()->model();
        QCOMPARE(m->rowCount(), 4);
        const QStringList expected { QStringLiteral("CN=batch-mtls,O=Example Org"),
            QStringLiteral("CN=payments-signing"), QStringLiteral("CN=reporting-signing"),
            QStringLiteral("CN=ledger-mtls,O=Example Org") };
        const QList<QColor> colours { QColor(0xf2, 0x9c, 0x9c), QColor(0xfb, 0xc0, 0x7a),
            QColor(0xfa, 0xe8, 0x8a), QColor() };
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(m->index(row, 4).data().toString(), expected.at(row));
            const QVariant bg = m->index(row, 0).data(Qt::BackgroundRole);
            QCOMPARE(bg.isValid() ? bg.value<QBrush>().color() : QColor(), colours.at(row));
        }
        QCOMPARE(m->index(0, 2).data().toString(), QStringLiteral("Expired"));
        QCOMPARE(m->index(0, 7).data().toString(), QStringLiteral("Batch payments"));
        QCOMPARE(
            dialog.statusText(), QStringLiteral("4 shown; 2 expired or expiring within 14 days."));
        shoot(&dialog, QStringLiteral("issue15-expiry-radar.png"));

        auto *within = dialog.findChild<QComboBox *>(QStringLiteral("expiryWithin"));
        QVERIFY(within);
        within->setCurrentIndex(within->findData(30));
        QCOMPARE(m->rowCount(), 3);
        within->setCurrentIndex(within->findData(14));
        QCOMPARE(m->rowCount(), 2);

        QSignalSpy exported(&dialog, &ExpiryRadarDialog::exported);
        const QString ics = m_dir.filePath(QStringLiteral("radar.ics"));
        dialog.exportTo(ics);
        QVERIFY(exported.wait(5000));
        QFile f(ics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray cal = f.readAll();
        QCOMPARE(cal.count("BEGIN:VEVENT\r\n"), 2); // what the filter shows
        QVERIFY(
            cal.contains("SUMMARY:Transport certificate expires: CN=batch-mtls\\,O=Example Org"));
    }

    void theBundleDialogSaysWhatGoesInAndSaves()
    {
        Workspace ws;
        QVERIFY(test::wait(ws.open(m_path)));
        qint64 clientRowId = 0;
        if (qEnvironmentVariableIsSet("OAUTHDESK_TEST_ISSUER")) {
            // The AS's basic-client, its secret in the (private) keyring: a real token session.
            auto envs = test::wait(ws.environments().list());
            QVERIFY(envs && !envs->isEmpty());
            OAuthClient c = test::makeClient(
                m_appId, QStringLiteral("Reporting service"), QStringLiteral("basic-client"));
            c.environmentId = envs->constFirst().id;
            c.authMethod = AuthMethod::ClientSecretBasic;
            c.scopes = { QStringLiteral("accounts:read") };
            auto saved = test::wait(ws.clients().save(
                c, SecretBytes::fromUtf8(QStringLiteral("basic-secret-0123456789abcdef"))));
            QVERIFY2(saved, test::why(saved).constData());
            clientRowId = saved->id;
        } else {
            auto list = test::wait(ws.clients().list());
            QVERIFY(list && !list->isEmpty());
            clientRowId = list->constFirst().id;
        }
        SupportBundleDialog dialog(ws, clientRowId);
        QSignalSpy ready(&dialog, &SupportBundleDialog::ready);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("bundleSave"));
        QVERIFY(save);
        QVERIFY(!save->isEnabled());
        QVERIFY(ready.count() > 0 || ready.wait(60000));
        QVERIFY(save->isEnabled());
        const QStringList files = dialog.fileNames();
        for (const char *name : { "README.txt", "manifest.json", "versions.json", "client.json",
                 "environment.json", "exchanges.json" })
            QVERIFY2(files.contains(QLatin1String(name)), name);
        if (qEnvironmentVariableIsSet("OAUTHDESK_TEST_ISSUER")) {
            QVERIFY(files.contains(QStringLiteral("doctor.json")));
            QVERIFY(
                dialog.previewText().contains(QStringLiteral("Authorization: Basic «redacted»")));
            const QString basic = QString::fromLatin1(
                QByteArray("basic-client:basic-secret-0123456789abcdef").toBase64());
            QVERIFY(!dialog.previewText().contains(basic));
            QVERIFY(
                !dialog.previewText().contains(QStringLiteral("basic-secret-0123456789abcdef")));
        }
        shoot(&dialog, QStringLiteral("issue15-support-bundle.png"));
        QSignalSpy saved(&dialog, &SupportBundleDialog::saved);
        const QString zip = m_dir.filePath(QStringLiteral("bundle.zip"));
        dialog.saveTo(zip);
        QVERIFY(saved.wait(5000));
        QProcess test;
        test.start(QStandardPaths::findExecutable(QStringLiteral("python3")),
            { QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-t"), zip });
        QVERIFY(test.waitForFinished(30000));
        QCOMPARE(test.exitCode(), 0);
        QVERIFY(dialog.statusText().startsWith(QStringLiteral("Saved to ")));
    }
};

QTEST_MAIN(TestRadar)
#include "tst_radar.moc"
