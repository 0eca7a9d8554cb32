// SPDX-License-Identifier: GPL-3.0-or-later
// The preflight doctor's screen, offscreen, on a real SQLite file and the real keyring: it runs
// the doctor for a client on opening (a client without environment: the environment failure
// and the skipped checks are shown), shows a given report's findings grouped by area with their
// detail and fix, copies the report and saves it as JSON and as text.
#include "../support/AwaitLater.h"
#include "dialogs/DoctorDialog.h"
#include "usecases/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace oauthdesk;
using oauthdesk::test::wait;
using O = DoctorFinding::Outcome;

namespace {

/// Every finding row of the tree: check id → its title, with the texts of its child rows.
QHash<QString, QStringList> rows(QTreeWidget *tree)
{
    QHash<QString, QStringList> out;
    std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *item) {
        const QString check = item->data(0, Qt::UserRole).toString();
        if (!check.isEmpty()) {
            QStringList texts { item->text(0) };
            for (int i = 0; i < item->childCount(); ++i)
                texts.append(item->child(i)->text(0));
            out.insert(check, texts);
        }
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return out;
}

} // namespace

class TestDoctorDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_clientId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = std::make_unique<Workspace>(
            QStringLiteral("io.github.oauthdesk.tst_doctor_dialog"), nullptr);
        QVERIFY(wait(m_ws->open(m_dir.filePath(QStringLiteral("oauthdesk.sqlite")))));
        auto app = wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Shop"), {}, {}, {} }));
        QVERIFY(app);
        OAuthClient c;
        c.applicationId = app->id;
        c.name = QStringLiteral("orphan");
        c.clientId = QStringLiteral("orphan-client");
        c.grantTypes = { GrantType::ClientCredentials };
        c.authMethod = AuthMethod::ClientSecretBasic;
        auto saved = wait(m_ws->clients().save(
            c, SecretBytes::fromUtf8(QStringLiteral("orphan-secret-0123456789"))));
        QVERIFY(saved);
        m_clientId = saved->id;
    }
    void cleanupTestCase() { m_ws.reset(); }

    void itRunsTheDoctorOnOpeningAndShowsTheFindings()
    {
        DoctorDialog dialog(*m_ws, m_clientId);
        QSignalSpy shown(&dialog, &DoctorDialog::reportsShown);
        dialog.show();
        QVERIFY(shown.wait(20000));
        QCOMPARE(dialog.reports().size(), 1);
        QVERIFY(dialog.reports().first().failed()); // no environment
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("doctorFindings"));
        QVERIFY(tree);
        const auto found = rows(tree);
        QVERIFY(found.contains(QStringLiteral("env.discovery")));
        QVERIFY2(found.value(QStringLiteral("env.discovery"))
                     .join(QLatin1Char('|'))
                     .contains(QStringLiteral("Fix: ")),
            qPrintable(found.value(QStringLiteral("env.discovery")).join(QLatin1Char('|'))));
        QVERIFY(found.contains(QStringLiteral("secret.present"))); // read from the real keyring
        QCOMPARE(dialog.reports().first().findings.size(), found.size());
        // The area rows come in the report's order.
        QCOMPARE(tree->topLevelItem(0)->text(0), tr("Environment"));
        auto *again = dialog.findChild<QPushButton *>(QStringLiteral("doctorRunAgain"));
        QVERIFY(again && again->isEnabled());
        QTest::mouseClick(again, Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(shown.wait(20000));
        QCOMPARE(dialog.reports().size(), 1);
    }

    void aGivenReportIsShownCopiedAndSaved()
    {
        DoctorDialog dialog(*m_ws, m_clientId);
        QSignalSpy shown(&dialog, &DoctorDialog::reportsShown);
        QVERIFY(shown.wait(20000)); // the first run, then ours
        DoctorReport r;
        r.clientId = 42;
        r.clientName = QStringLiteral("billing");
        r.environmentName = QStringLiteral("UAT");
        r.checkedAt = QDateTime::currentDateTimeUtc();
        r.findings = {
            { QStringLiteral("tls.expiry"), doctorarea::environment, O::Warning,
                QStringLiteral("TLS certificate expires in 5 days"),
                QStringLiteral("valid until tomorrow"), QStringLiteral("Renew it") },
            { QStringLiteral("keys.transport.eku"), doctorarea::keys, O::Failure,
                QStringLiteral("Not for TLS client authentication"),
                QStringLiteral("extendedKeyUsage: serverAuth"),
                QStringLiteral("Reissue with clientAuth") },
            { QStringLiteral("live.token"), doctorarea::live, O::Pass,
                QStringLiteral("Token issued"), {}, {} },
        };
        DoctorReport second = r;
        second.clientName = QStringLiteral("ledger");
        dialog.showReports({ r, second });
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("doctorFindings"));
        QCOMPARE(tree->topLevelItemCount(), 2); // one per client when several
        QVERIFY(tree->topLevelItem(0)->text(0).contains(QStringLiteral("billing")));
        const auto found = rows(tree);
        QCOMPARE(found.value(QStringLiteral("keys.transport.eku")),
            (QStringList { QStringLiteral("Not for TLS client authentication"),
                QStringLiteral("extendedKeyUsage: serverAuth"),
                QStringLiteral("Fix: Reissue with clientAuth") }));
        QCOMPARE(found.value(QStringLiteral("live.token")),
            QStringList { QStringLiteral("Token issued") }); // a pass has no fix row
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("doctorSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("2 failed")));

        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("doctorCopy")), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().contains(
            QStringLiteral("✘ Not for TLS client authentication  [keys.transport.eku]")));

        const QString json = m_dir.filePath(QStringLiteral("report.json"));
        QCOMPARE(dialog.saveReportTo(json), QString());
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonArray reports = QJsonDocument::fromJson(jf.readAll())
                                       .object()
                                       .value(QStringLiteral("reports"))
                                       .toArray();
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports.at(1).toObject().value(QStringLiteral("client")).toString(),
            QStringLiteral("ledger"));
        const QString text = m_dir.filePath(QStringLiteral("report.txt"));
        QCOMPARE(dialog.saveReportTo(text), QString());
        QFile tf(text);
        QVERIFY(tf.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(tf.readAll()).contains(QStringLiteral("Fix: Renew it")));
        QVERIFY(!dialog.saveReportTo(m_dir.filePath(QStringLiteral("missing/dir/report.txt")))
                     .isEmpty());
    }

    /// Screenshot mode (README): under tests/live/with-as.sh with OAUTHDESK_DOCTOR_SHOT=<png>, the
    /// dialog checks real clients against the real AS and saves what it shows.
    void screenshot()
    {
        const QString shot = qEnvironmentVariable("OAUTHDESK_DOCTOR_SHOT");
        if (shot.isEmpty() || qEnvironmentVariableIsEmpty("OAUTHDESK_TEST_ISSUER"))
            QSKIP("screenshot mode: set OAUTHDESK_DOCTOR_SHOT and run under with-as.sh");
        Environment e;
        e.name = QStringLiteral("UAT");
        e.issuer = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_ISSUER"));
        e.caBundlePath = qEnvironmentVariable("OAUTHDESK_TEST_CA");
        auto env = wait(m_ws->environments().save(e));
        QVERIFY(env);
        auto apps = wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Payments"), {}, {}, {} }));
        QVERIFY(apps);
        OAuthClient c;
        c.applicationId = apps->id;
        c.environmentId = env->id;
        c.name = QStringLiteral("payments-batch");
        c.clientId = QStringLiteral("post-client");
        c.grantTypes = { GrantType::ClientCredentials };
        c.authMethod = AuthMethod::ClientSecretBasic; // the AS wants client_secret_post for it
        c.scopes = { QStringLiteral("accounts:read"), QStringLiteral("admin:all") };
        auto saved = wait(m_ws->clients().save(
            c, SecretBytes::fromUtf8(QStringLiteral("post-secret-0123456789abcdef"))));
        QVERIFY(saved);
        DoctorDialog dialog(*m_ws, saved->id);
        QSignalSpy shown(&dialog, &DoctorDialog::reportsShown);
        dialog.show();
        QVERIFY(shown.wait(30000));
        QTest::qWait(300);
        QVERIFY(dialog.grab().save(shot));
    }
};

QTEST_MAIN(TestDoctorDialog)
#include "tst_doctor_dialog.moc"
