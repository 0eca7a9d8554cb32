// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 "UAT → Production" screens, driven for real: EnvironmentDiffDialog over a real SQLite
// file, and PromoteDialog planning against a cached discovery document and promoting into the
// store and the keychain (with-keyring.sh). With OAUTHDESK_SCREENSHOT_DIR set, each dialog is
// saved there as a PNG (docs/screenshots/issue15-*.png are made that way).
#include "../support/AwaitLater.h"
#include "dialogs/EnvironmentDiffDialog.h"
#include "dialogs/PromoteDialog.h"
#include "usecases/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;
using oauthdesk::test::wait;
using oauthdesk::test::why;

namespace {

QByteArray discovery(const QString &issuer, const QStringList &methods, const QStringList &scopes)
{
    QJsonObject o { { QStringLiteral("issuer"), issuer },
        { QStringLiteral("token_endpoint"), QString(issuer + QStringLiteral("/token")) },
        { QStringLiteral("jwks_uri"), QString(issuer + QStringLiteral("/jwks")) },
        { QStringLiteral("token_endpoint_auth_methods_supported"),
            QJsonArray::fromStringList(methods) },
        { QStringLiteral("grant_types_supported"),
            QJsonArray::fromStringList({ QStringLiteral("client_credentials"),
                QStringLiteral("authorization_code"), QStringLiteral("refresh_token") }) },
        { QStringLiteral("scopes_supported"), QJsonArray::fromStringList(scopes) } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OAUTHDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // let the window manager map and paint it
    w->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestPromotionDialogs final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_appId = 0;
    Environment m_uat;
    Environment m_prod;

    OAuthClient save(const QString &name, qint64 envId, AuthMethod method,
        const QStringList &scopes, const QString &clientId)
    {
        OAuthClient c;
        c.applicationId = m_appId;
        c.environmentId = envId;
        c.name = name;
        c.clientId = clientId;
        c.applicationType = ApplicationType::MachineToMachine;
        c.grantTypes = { GrantType::ClientCredentials };
        c.authMethod = method;
        c.scopes = scopes;
        auto saved = wait(
            m_ws->clients().save(c, SecretBytes::fromUtf8(QStringLiteral("secret-") + clientId)));
        return saved ? *saved : OAuthClient {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        m_ws = std::make_unique<Workspace>(
            QStringLiteral("io.github.oauthdesk.tst_promotion_dialogs"), nullptr);
        QVERIFY(wait(m_ws->open(m_dir.filePath(QStringLiteral("oauthdesk.sqlite")))));
        auto app = wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Billing"), {}, {}, {} }));
        QVERIFY(app);
        m_appId = app->id;
        Environment uat;
        uat.name = QStringLiteral("UAT");
        uat.issuer = QUrl(QStringLiteral("https://uat.as.example.com"));
        uat.headers = { ExtraHeader { QStringLiteral("X-Region"), QStringLiteral("1"), {} } };
        uat.discoveryDocument = discovery(uat.issuer.toString(),
            { QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post") },
            { QStringLiteral("accounts:read"), QStringLiteral("payments:write") });
        auto u = wait(m_ws->environments().save(uat));
        QVERIFY2(u, why(u).constData());
        m_uat = *u;
        Environment prod;
        prod.name = QStringLiteral("Production");
        prod.issuer = QUrl(QStringLiteral("https://as.example.com"));
        prod.discoveryDocument = discovery(prod.issuer.toString(),
            { QStringLiteral("client_secret_basic") }, { QStringLiteral("accounts:read") });
        auto p = wait(m_ws->environments().save(prod));
        QVERIFY2(p, why(p).constData());
        m_prod = *p;
        auto snapshot = wait(m_ws->snapshot()); // the screens read the announced environments
        QVERIFY(snapshot);
        QTRY_COMPARE(m_ws->environments().current().size(), 2);

        save(QStringLiteral("billing-service"), m_uat.id, AuthMethod::ClientSecretBasic,
            { QStringLiteral("accounts:read"), QStringLiteral("payments:write") },
            QStringLiteral("uat-billing"));
        save(QStringLiteral("billing-service"), m_prod.id, AuthMethod::ClientSecretBasic,
            { QStringLiteral("accounts:read") }, QStringLiteral("prod-billing"));
        save(QStringLiteral("payments-gateway"), m_uat.id, AuthMethod::ClientSecretPost,
            { QStringLiteral("payments:write") }, QStringLiteral("uat-payments"));
        save(QStringLiteral("reporting"), m_uat.id, AuthMethod::ClientSecretBasic,
            { QStringLiteral("accounts:read") }, QStringLiteral("uat-reporting"));
    }

    void cleanupTestCase() { m_ws.reset(); }

    void theDiffMarksDifferencesByColourAndSign()
    {
        EnvironmentDiffDialog dialog(*m_ws, m_appId, m_uat.id, m_prod.id);
        QSignalSpy shown(&dialog, &EnvironmentDiffDialog::diffShown);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(
            !shown.isEmpty() && shown.last().first().toBool() && dialog.shown(), 5000);
        QTableWidget *t = dialog.table();
        QCOMPARE(t->horizontalHeaderItem(EnvironmentDiffDialog::LeftColumn)->text(),
            QStringLiteral("UAT"));
        QCOMPARE(t->horizontalHeaderItem(EnvironmentDiffDialog::RightColumn)->text(),
            QStringLiteral("Production"));
        int scopesRow = -1;
        int onlyLeftRow = -1;
        int sameRow = -1;
        for (int r = 0; r < t->rowCount(); ++r) {
            const QString field = t->item(r, EnvironmentDiffDialog::FieldColumn)->text().trimmed();
            if (field == QStringLiteral("Scopes") && scopesRow < 0)
                scopesRow = r;
            if (field == QStringLiteral("reporting"))
                onlyLeftRow = r;
            if (field == QStringLiteral("Grant types") && sameRow < 0)
                sameRow = r;
        }
        QVERIFY(scopesRow >= 0 && onlyLeftRow >= 0 && sameRow >= 0);
        QCOMPARE(
            t->item(scopesRow, EnvironmentDiffDialog::MarkerColumn)->text(), QStringLiteral("≠"));
        QCOMPARE(t->item(scopesRow, EnvironmentDiffDialog::LeftColumn)->text(),
            QStringLiteral("accounts:read payments:write"));
        QCOMPARE(t->item(scopesRow, EnvironmentDiffDialog::RightColumn)->text(),
            QStringLiteral("accounts:read"));
        QVERIFY(t->item(scopesRow, EnvironmentDiffDialog::FieldColumn)->background().style()
            != Qt::NoBrush);
        QVERIFY(t->item(sameRow, EnvironmentDiffDialog::MarkerColumn)->text().isEmpty());
        QCOMPARE(t->item(sameRow, EnvironmentDiffDialog::FieldColumn)->background().style(),
            Qt::NoBrush);
        QCOMPARE(
            t->item(onlyLeftRow, EnvironmentDiffDialog::MarkerColumn)->text(), QStringLiteral("<"));
        QCOMPARE(t->item(onlyLeftRow, EnvironmentDiffDialog::RightColumn)->text(),
            QStringLiteral("(missing)"));
        screenshot(&dialog, QStringLiteral("issue15-environment-diff.png"));
        // Both sides the same environment: nothing compared, said so.
        dialog.rightEnvironment()->setCurrentIndex(dialog.leftEnvironment()->currentIndex());
        QCOMPARE(t->rowCount(), 0);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("status"))
                    ->text()
                    .contains(QStringLiteral("two different")));
    }

    void thePlanShowsWhatProductionRefusesAndPromoteStaysOff()
    {
        auto clients = wait(m_ws->clients().find(QStringLiteral("uat-payments")));
        QVERIFY(clients);
        PromoteDialog dialog(*m_ws, *clients);
        QSignalSpy planned(&dialog, &PromoteDialog::planShown);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.target()->count(), 1); // the client's own environment is not offered
        QTRY_VERIFY_WITH_TIMEOUT(!planned.isEmpty(), 5000);
        QVERIFY(planned.last().first().toBool());
        QVERIFY(dialog.plan() && dialog.plan()->blocked());
        QVERIFY(!dialog.promoteButton()->isEnabled());
        QStringList refused;
        for (int r = 0; r < dialog.planTable()->rowCount(); ++r) {
            if (dialog.planTable()->item(r, PromoteDialog::MarkerColumn)->text()
                == QStringLiteral("✘"))
                refused.append(dialog.planTable()->item(r, PromoteDialog::TextColumn)->text());
        }
        QCOMPARE(refused.size(), 2);
        QVERIFY(refused.join(QLatin1Char(' ')).contains(QStringLiteral("client_secret_post")));
        QVERIFY(refused.join(QLatin1Char(' ')).contains(QStringLiteral("payments:write")));
        dialog.clientIdEdit()->setText(QStringLiteral("typed-anyway"));
        QVERIFY(!dialog.promoteButton()->isEnabled()); // a refused plan is never promoted
        screenshot(&dialog, QStringLiteral("issue15-promote-refused.png"));
    }

    void promotingRecordsTheClientWithAFreshSecret()
    {
        auto source = wait(m_ws->clients().find(QStringLiteral("uat-reporting")));
        QVERIFY(source);
        PromoteDialog dialog(*m_ws, *source);
        QSignalSpy planned(&dialog, &PromoteDialog::planShown);
        QSignalSpy promoted(&dialog, &PromoteDialog::promoted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!planned.isEmpty(), 5000);
        QVERIFY(dialog.plan() && !dialog.plan()->blocked());
        // Production offers no registration (no registration_endpoint): the client ID is typed in.
        QVERIFY(!dialog.registerBox()->isEnabled());
        QVERIFY(!dialog.promoteButton()->isEnabled());
        QTest::keyClicks(dialog.clientIdEdit(), QStringLiteral("prod-reporting"));
        QVERIFY(dialog.promoteButton()->isEnabled());
        screenshot(&dialog, QStringLiteral("issue15-promote-plan.png"));
        dialog.setSecretShownMs(2000);
        QTest::mouseClick(dialog.promoteButton(), Qt::LeftButton);
        // Closing half-way would leave fresh keys behind: refused while it runs.
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("still running")));
        QVERIFY(promoted.wait(10000));
        QVERIFY2(promoted.first().first().toBool(), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("prod-reporting")));
        auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("newSecret"));
        QVERIFY(secret && secret->isVisible());
        QVERIFY(!secret->text().isEmpty());
        QVERIFY(
            secret->text() != QStringLiteral("secret-uat-reporting")); // fresh, never the UAT one
        auto made = wait(m_ws->clients().find(QStringLiteral("prod-reporting")));
        QVERIFY2(made, why(made).constData());
        QCOMPARE(made->environmentId, std::optional<qint64>(m_prod.id));
        QCOMPARE(made->scopes, source->scopes);
        auto stored = wait(m_ws->clients().readSecret(*made));
        QVERIFY(stored);
        QCOMPARE(stored->toUtf8String(), secret->text());
        QVERIFY(!dialog.promoteButton()->isEnabled()); // done: not twice
        // Shown once, then gone from the screen (it stays in the keychain).
        QTRY_VERIFY_WITH_TIMEOUT(!secret->isVisible() && secret->text().isEmpty(), 5000);
        dialog.reject();
        QVERIFY(!dialog.isVisible()); // finished: Close works again
    }
};

QTEST_MAIN(TestPromotionDialogs)
#include "tst_promotion_dialogs.moc"
