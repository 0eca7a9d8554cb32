// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Environments… → "Client CA the AS trusts" (issue 15): loaded from a file off the GUI
// thread, shown as the CA subjects and expiry, refused with the reason beside the field (a client
// certificate, a private key) while what was loaded before stays, cleared, and saved through the
// real store. Every widget of the field has an accessible name. With OAUTHDESK_SCREENSHOT_DIR
// set, the loaded field is saved as issue15-env-client-ca.png.
#include "../support/DoctorCerts.h"
#include "GuiTestSupport.h"
#include "dialogs/EnvironmentsDialog.h"
#include "pki/Certificate.h"

#include <QAccessible>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>

using namespace oauthdesk;
using namespace oauthdesk::test;

namespace {

QByteArray caPem(const QByteArray &cn, int days, PKey *keyOut = nullptr, X509Ptr *certOut = nullptr)
{
    PKey key = makeKey(0);
    CertSpec spec;
    spec.ca = true;
    spec.cn = cn;
    spec.notAfterDays = days;
    X509Ptr cert = makeCertificate(key.get(), key.get(), nullptr, spec);
    const QByteArray pem = derToPem(toDer(cert.get()));
    if (keyOut)
        *keyOut = std::move(key);
    if (certOut)
        *certOut = std::move(cert);
    return pem;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestEnvClientCa final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QList<Environment> storedEnvironments(const QString &path)
    {
        auto s = Store::open(path);
        if (!s)
            return {};
        return (*s)->environments().value_or(QList<Environment> {});
    }

    EnvironmentsDialog *openDialog(OpenWindow &w)
    {
        w.window->findChild<QAction *>(QStringLiteral("environmentsAction"))->trigger();
        EnvironmentsDialog *dlg = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                return (dlg = w.window->findChild<EnvironmentsDialog *>()) != nullptr
                    && dlg->isVisible();
            },
            3000);
        return shown ? dlg : nullptr;
    }

    static void setText(QWidget *dlg, const char *name, const QString &text)
    {
        auto *e = dlg->findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY(e);
        e->clear();
        QTest::keyClicks(e, text);
    }

    static bool load(EnvironmentsDialog *dlg, const QString &path)
    {
        QSignalSpy loaded(dlg, &EnvironmentsDialog::clientCaLoaded);
        dlg->loadClientCaFile(path);
        return loaded.wait(5000) && loaded.first().first().toBool();
    }

    static bool save(EnvironmentsDialog *dlg)
    {
        QSignalSpy answered(dlg, &EnvironmentsDialog::storeAnswered);
        QTest::mouseClick(
            dlg->findChild<QPushButton *>(QStringLiteral("saveEnvironmentButton")), Qt::LeftButton);
        return answered.wait(5000) && answered.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void loadShowRefuseClearAndSave()
    {
        const QString path = m_dir.filePath(QStringLiteral("store/oauthdesk.sqlite"));
        PKey caKey;
        X509Ptr caCert;
        const QByteArray partnerCa = caPem("Partner Client CA", 400, &caKey, &caCert);
        const QByteArray issuingCa = caPem("Partner Issuing CA 2", 20);
        const QString caFile
            = writeFile(m_dir, QStringLiteral("partner-ca.pem"), partnerCa + issuingCa);
        PKey leafKey = makeKey(0);
        X509Ptr leaf = makeCertificate(leafKey.get(), caKey.get(), caCert.get(), {});
        const QString leafFile
            = writeFile(m_dir, QStringLiteral("client.pem"), derToPem(toDer(leaf.get())));
        const QString keyFile = writeFile(m_dir, QStringLiteral("ca-and-key.pem"),
            partnerCa + *privateKeyToPkcs8Pem(caKey.get()));
        QVERIFY(!caFile.isEmpty() && !leafFile.isEmpty() && !keyFile.isEmpty());

        OpenWindow w;
        QVERIFY(w.open(path));
        EnvironmentsDialog *dlg = openDialog(w);
        QVERIFY(dlg);
        auto *summary = dlg->findChild<QLabel *>(QStringLiteral("clientCaSummary"));
        auto *loadButton = dlg->findChild<QPushButton *>(QStringLiteral("loadClientCaButton"));
        auto *clearButton = dlg->findChild<QPushButton *>(QStringLiteral("clearClientCaButton"));
        auto *problem = dlg->findChild<QLabel *>(QStringLiteral("clientCaProblem"));
        QVERIFY(summary && loadButton && clearButton && problem);
        QVERIFY(summary->isVisible() && loadButton->isVisible() && clearButton->isVisible());
        QCOMPARE(loadButton->text(), QStringLiteral("&Load from file…"));
        QVERIFY2(
            summary->text().contains(QStringLiteral("Not recorded")), qPrintable(summary->text()));
        QVERIFY(!clearButton->isEnabled()); // nothing to clear yet

        // Every widget of the field has an accessible name, set or from its text.
        QWidget *box = summary->parentWidget();
        QVERIFY(box);
        const QList<QWidget *> widgets = box->findChildren<QWidget *>() << box;
        for (QWidget *widget : widgets) {
            if (widget->objectName() == QStringLiteral("clientCaProblem"))
                continue; // hidden until a problem; it is the field's accessible description then
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(a);
            QVERIFY2(!a->text(QAccessible::Name).isEmpty(), qPrintable(widget->objectName()));
        }

        setText(dlg, "environmentName", QStringLiteral("Partner UAT"));
        setText(dlg, "issuerUrl", QStringLiteral("https://auth.uat.example.com"));

        // Loaded: the subjects and their expiry, soonest-expiring one marked.
        QVERIFY(load(dlg, caFile));
        QVERIFY2(summary->text().contains(QStringLiteral("CN=Partner Client CA")),
            qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("CN=Partner Issuing CA 2")),
            qPrintable(summary->text()));
        const QString expiry
            = QDateTime::currentDateTimeUtc().addDays(400).date().toString(Qt::ISODate);
        const QString expiryNextDay
            = QDateTime::currentDateTimeUtc().addDays(401).date().toString(Qt::ISODate);
        QVERIFY2(summary->text().contains(expiry) || summary->text().contains(expiryNextDay),
            qPrintable(summary->text()));
        QVERIFY2(
            summary->text().contains(QStringLiteral("expires in")), qPrintable(summary->text()));
        QVERIFY(clearButton->isEnabled());
        QVERIFY(!problem->isVisible());
        QCOMPARE(summary->accessibleDescription(), QString()); // no problem described

        // A client certificate loaded by mistake: refused beside the field, the CA stays.
        QVERIFY(!load(dlg, leafFile));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("Client CA the AS trusts"))
                && problem->text().contains(QStringLiteral("not a CA certificate")),
            qPrintable(problem->text()));
        QVERIFY(!summary->accessibleDescription().isEmpty());
        QVERIFY2(summary->text().contains(QStringLiteral("CN=Partner Client CA")),
            qPrintable(summary->text()));
        // A file with the CA's private key: refused, and said so.
        QVERIFY(!load(dlg, keyFile));
        QVERIFY2(
            problem->text().contains(QStringLiteral("private key")), qPrintable(problem->text()));
        QVERIFY(summary->text().contains(QStringLiteral("CN=Partner Client CA")));
        // A file that is not there.
        QVERIFY(!load(dlg, m_dir.filePath(QStringLiteral("missing.pem"))));
        QVERIFY2(
            problem->text().contains(QStringLiteral("missing.pem")), qPrintable(problem->text()));
        const QString shots = qEnvironmentVariable("OAUTHDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(dlg->grab().save(shots + QStringLiteral("/issue15-env-client-ca-refused.png")));
        }

        // Saved with what was loaded (the refusals changed nothing).
        QVERIFY(save(dlg));
        auto stored = storedEnvironments(path);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().clientCaPem, partnerCa + issuingCa);
        QVERIFY(!stored.first().clientCaPem.contains("PRIVATE KEY"));
        QVERIFY(!problem->isVisible()); // the save cleared the refusal shown before
        QVERIFY2(summary->text().contains(QStringLiteral("CN=Partner Client CA")),
            qPrintable(summary->text()));
        if (!shots.isEmpty()) {
            if (auto *scroll = dlg->findChild<QScrollArea *>())
                scroll->ensureWidgetVisible(summary, 10, 200);
            QTest::qWait(300);
            QVERIFY(dlg->grab().save(shots + QStringLiteral("/issue15-env-client-ca.png")));
        }

        // Reopened: the stored CA is shown.
        dlg->close();
        dlg = openDialog(w);
        QVERIFY(dlg);
        summary = dlg->findChild<QLabel *>(QStringLiteral("clientCaSummary"));
        clearButton = dlg->findChild<QPushButton *>(QStringLiteral("clearClientCaButton"));
        QVERIFY2(summary->text().contains(QStringLiteral("CN=Partner Client CA")),
            qPrintable(summary->text()));

        // Cleared and saved: the environment records no client CA any more.
        QTest::mouseClick(clearButton, Qt::LeftButton);
        QVERIFY2(
            summary->text().contains(QStringLiteral("Not recorded")), qPrintable(summary->text()));
        QVERIFY(!clearButton->isEnabled());
        QVERIFY(save(dlg));
        stored = storedEnvironments(path);
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.first().clientCaPem.isEmpty());
    }

    void aLoadForAnotherEnvironmentIsNotApplied()
    {
        // The answer of a load started before the admin switched to another environment does not
        // land in that other environment's form.
        const QString path = m_dir.filePath(QStringLiteral("switch/oauthdesk.sqlite"));
        {
            auto s = Store::open(path);
            QVERIFY(s);
            for (const char *name : { "A", "B" }) {
                Environment env;
                env.name = QString::fromLatin1(name);
                env.issuer = QUrl(QStringLiteral("https://auth.example.com/") + env.name);
                QVERIFY((*s)->saveEnvironment(env));
            }
        }
        const QString caFile
            = writeFile(m_dir, QStringLiteral("switch-ca.pem"), caPem("Switch CA", 100));
        OpenWindow w;
        QVERIFY(w.open(path));
        EnvironmentsDialog *dlg = openDialog(w);
        QVERIFY(dlg);
        auto *list = dlg->findChild<QListWidget *>(QStringLiteral("environmentList"));
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(0);
        QSignalSpy loaded(dlg, &EnvironmentsDialog::clientCaLoaded);
        dlg->loadClientCaFile(caFile);
        list->setCurrentRow(1); // before the answer arrives (it comes through the event loop)
        QTest::qWait(500);
        QCOMPARE(loaded.count(), 0); // dropped: it was for A's form, which is gone
        auto *summary = dlg->findChild<QLabel *>(QStringLiteral("clientCaSummary"));
        QVERIFY2(
            summary->text().contains(QStringLiteral("Not recorded")), qPrintable(summary->text()));
        list->setCurrentRow(0);
        QVERIFY2(
            summary->text().contains(QStringLiteral("Not recorded")), qPrintable(summary->text()));
    }
};

QTEST_MAIN(TestEnvClientCa)
#include "tst_env_client_ca.moc"
