// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Environments…: validation beside the field, and saving through the real store.
#include "GuiTestSupport.h"
#include "dialogs/EnvironmentsDialog.h"
#include "registry/RegistrationService.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>

using namespace oauthdesk;
using namespace oauthdesk::test;

class TestEnvironmentsDialog final : public QObject
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

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void rejectsBadUrlsNamingTheField_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("apiBase");
        QTest::addColumn<QString>("problemLabel");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("plain http issuer") << "http://auth.example.com"
                                           << ""
                                           << "issuerProblem"
                                           << "Issuer URL";
        QTest::newRow("relative issuer") << "auth.example.com/oauth"
                                         << ""
                                         << "issuerProblem"
                                         << "Issuer URL";
        QTest::newRow("issuer with query") << "https://auth.example.com/?tenant=1"
                                           << ""
                                           << "issuerProblem"
                                           << "query";
        QTest::newRow("empty issuer") << ""
                                      << ""
                                      << "issuerProblem"
                                      << "Issuer URL";
        QTest::newRow("ftp api base") << "https://auth.example.com"
                                      << "ftp://api.example.com"
                                      << "apiBaseUrlProblem"
                                      << "API base URL";
    }

    void rejectsBadUrlsNamingTheField()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, apiBase);
        QFETCH(QString, problemLabel);
        QFETCH(QString, mentions);
        const QString path
            = m_dir.filePath(QStringLiteral("bad-%1/oauthdesk.sqlite")
                                 .arg(QString::fromLatin1(QTest::currentDataTag())
                                          .replace(QLatin1Char(' '), QLatin1Char('-'))));
        OpenWindow w;
        QVERIFY(w.open(path));
        EnvironmentsDialog *dlg = openDialog(w);
        QVERIFY(dlg);
        setText(dlg, "environmentName", QStringLiteral("UAT"));
        setText(dlg, "issuerUrl", issuer);
        setText(dlg, "apiBaseUrl", apiBase);
        QSignalSpy answered(dlg, &EnvironmentsDialog::storeAnswered);
        QTest::mouseClick(
            dlg->findChild<QPushButton *>(QStringLiteral("saveEnvironmentButton")), Qt::LeftButton);
        auto *label = dlg->findChild<QLabel *>(problemLabel);
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(mentions), qPrintable(label->text()));
        QTest::qWait(100);
        QCOMPARE(answered.size(), 0); // nothing was sent to the store
        QVERIFY(storedEnvironments(path).isEmpty());
        // What the admin typed is still there to correct.
        QCOMPARE(dlg->findChild<QLineEdit *>(QStringLiteral("environmentName"))->text(),
            QStringLiteral("UAT"));
    }

    void rejectsBadHeaderName()
    {
        const QString path = m_dir.filePath(QStringLiteral("header/oauthdesk.sqlite"));
        OpenWindow w;
        QVERIFY(w.open(path));
        EnvironmentsDialog *dlg = openDialog(w);
        QVERIFY(dlg);
        setText(dlg, "environmentName", QStringLiteral("UAT"));
        setText(dlg, "issuerUrl", QStringLiteral("https://auth.example.com"));
        QTest::mouseClick(
            dlg->findChild<QPushButton *>(QStringLiteral("addHeaderButton")), Qt::LeftButton);
        auto *headers = dlg->findChild<QTableWidget *>(QStringLiteral("extraHeaders"));
        headers->item(0, 0)->setText(QStringLiteral("X Region:"));
        headers->item(0, 1)->setText(QStringLiteral("1"));
        QTest::mouseClick(
            dlg->findChild<QPushButton *>(QStringLiteral("saveEnvironmentButton")), Qt::LeftButton);
        auto *label = dlg->findChild<QLabel *>(QStringLiteral("headersProblem"));
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QStringLiteral("X Region:"))
                && label->text().contains(QStringLiteral("RFC 9110")),
            qPrintable(label->text()));
        QVERIFY(storedEnvironments(path).isEmpty());
    }

    void registrationSectionShownForASavedEnvironment()
    {
        // Reopened on an environment whose discovery (with a registration endpoint) is cached:
        // the Registration section is there, visible and usable.
        const QString path = m_dir.filePath(QStringLiteral("registration/oauthdesk.sqlite"));
        {
            auto s = Store::open(path);
            QVERIFY(s);
            Environment env;
            env.name = QStringLiteral("UAT");
            env.issuer = QUrl(QStringLiteral("https://auth.uat.example.com"));
            env.discoveryDocument
                = R"({"issuer":"https://auth.uat.example.com","token_endpoint":"https://auth.uat.example.com/token","registration_endpoint":"https://auth.uat.example.com/reg"})";
            env.discoveryFetchedAt = QDateTime::currentDateTimeUtc();
            QVERIFY((*s)->saveEnvironment(env));
        }
        OpenWindow w;
        QVERIFY(w.open(path));
        EnvironmentsDialog *dlg = openDialog(w);
        QVERIFY(dlg);
        auto *box = dlg->findChild<QWidget *>(QStringLiteral("registrationCredentials"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        auto *iat = dlg->findChild<QLineEdit *>(QStringLiteral("initialAccessToken"));
        QVERIFY(iat->isVisible() && iat->isEnabled());
        QVERIFY(!dlg->findChild<QLabel *>(QStringLiteral("registrationCredentialsState"))
                     ->text()
                     .contains(QStringLiteral("publishes no")));
        dlg->close();
        // Opened a second time: the same.
        dlg = openDialog(w);
        QVERIFY(dlg);
        QVERIFY(dlg->findChild<QWidget *>(QStringLiteral("registrationCredentials"))->isVisible());
    }

    void savesAValidEnvironmentWithRegionHeader()
    {
        const QString path = m_dir.filePath(QStringLiteral("good/oauthdesk.sqlite"));
        OpenWindow w;
        QVERIFY(w.open(path));
        EnvironmentsDialog *dlg = openDialog(w);
        QVERIFY(dlg);
        setText(dlg, "environmentName", QStringLiteral("UAT"));
        setText(dlg, "issuerUrl", QStringLiteral("https://auth.uat.example.com"));
        setText(dlg, "apiBaseUrl", QStringLiteral("https://api.uat.example.com/v1"));
        auto *connectivity = dlg->findChild<QComboBox *>(QStringLiteral("connectivity"));
        connectivity->setCurrentIndex(connectivity->findData(toWire(Connectivity::MutualTls)));
        // Three client-assertion audience rules (issue 12): token endpoint, issuer, endpoint
        // called.
        auto *audience = dlg->findChild<QComboBox *>(QStringLiteral("assertionAudience"));
        QVERIFY(audience);
        QCOMPARE(audience->count(), 3);
        QCOMPARE(audience->currentData().toString(), toWire(AssertionAudience::TokenEndpoint));
        audience->setCurrentIndex(audience->findData(toWire(AssertionAudience::EndpointCalled)));
        QCOMPARE(audience->currentText(), QStringLiteral("the endpoint called"));
        QTest::mouseClick(
            dlg->findChild<QPushButton *>(QStringLiteral("addRegionHeaderButton")), Qt::LeftButton);
        auto *headers = dlg->findChild<QTableWidget *>(QStringLiteral("extraHeaders"));
        headers->item(0, 1)->setText(QStringLiteral("2"));
        QSignalSpy answered(dlg, &EnvironmentsDialog::storeAnswered);
        QTest::mouseClick(
            dlg->findChild<QPushButton *>(QStringLiteral("saveEnvironmentButton")), Qt::LeftButton);
        QVERIFY(answered.wait(5000));
        QCOMPARE(answered.first().first().toBool(), true);

        const auto stored = storedEnvironments(path);
        QCOMPARE(stored.size(), 1);
        const Environment &e = stored.first();
        QCOMPARE(e.name, QStringLiteral("UAT"));
        QCOMPARE(e.issuer, QUrl(QStringLiteral("https://auth.uat.example.com")));
        QCOMPARE(e.connectivity, Connectivity::MutualTls);
        QCOMPARE(e.assertionAudience, AssertionAudience::EndpointCalled);
        QCOMPARE(e.headers.size(), 1);
        QCOMPARE(e.headers.first().name, QStringLiteral("X-Region"));
        QCOMPARE(e.headers.first().value, QStringLiteral("2"));
        QCOMPARE(e.headers.first().choices.size(), 3);
        QCOMPARE(e.headers.first().choices.at(1).label, QStringLiteral("EMEA"));
        QTRY_COMPARE(dlg->findChild<QListWidget *>(QStringLiteral("environmentList"))->count(), 1);

        // A second environment with the same name is refused beside the name.
        QTest::mouseClick(
            dlg->findChild<QPushButton *>(QStringLiteral("addEnvironmentButton")), Qt::LeftButton);
        setText(dlg, "environmentName", QStringLiteral("uat"));
        setText(dlg, "issuerUrl", QStringLiteral("https://auth.example.com"));
        QTest::mouseClick(
            dlg->findChild<QPushButton *>(QStringLiteral("saveEnvironmentButton")), Qt::LeftButton);
        auto *nameProblem = dlg->findChild<QLabel *>(QStringLiteral("nameProblem"));
        QVERIFY(nameProblem->isVisible());
        QVERIFY(nameProblem->text().contains(QStringLiteral("already used")));
        QCOMPARE(storedEnvironments(path).size(), 1);
    }
};

QTEST_MAIN(TestEnvironmentsDialog)
#include "tst_environmentsdialog.moc"
