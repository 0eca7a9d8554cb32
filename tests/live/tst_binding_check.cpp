// SPDX-License-Identifier: GPL-3.0-or-later
// The screen of the negative binding test (issue 15), driven for real: the TokenTestDialog of a
// certificate-bound client, Call API on the live AS, then "Check the binding" — green against
// /api/strict/echo, red against /api/lax/echo — and a secret client's pane saying why the check
// is not offered. With OAUTHDESK_SCREENSHOT_DIR set, the red verdict is saved there as
// issue15-binding-check.png (run under xvfb with QT_QPA_PLATFORM=xcb to look at it).
#include "../support/AwaitLater.h"
#include "BindingSetup.h"
#include "dialogs/ApiCallTab.h"
#include "dialogs/TokenTestDialog.h"
#include "usecases/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;
using oauthdesk::test::wait;

class TestBindingCheck final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    /// The pane of @p name with its first token, on the Call API tab.
    std::unique_ptr<TokenTestDialog> pane(const QString &name)
    {
        auto client = wait(m_ws->clients().find(name));
        if (!client)
            return nullptr;
        auto s = wait(m_ws->tokenTests().open(client->id, {}));
        if (!s)
            return nullptr;
        auto dlg = std::make_unique<TokenTestDialog>(s->release());
        dlg->resize(960, 760);
        QSignalSpy finished(dlg->session(), &TokenSession::finished);
        dlg->session()->start();
        if (!finished.wait(20000))
            return nullptr;
        auto *tabs = dlg->findChild<QTabWidget *>(QStringLiteral("tokenTabs"));
        auto *api = dlg->findChild<ApiCallTab *>(QStringLiteral("apiCallTab"));
        if (!tabs || !api)
            return nullptr;
        tabs->setCurrentWidget(api);
        dlg->show();
        return dlg;
    }

    /// Calls @p path from the tab; whether the answer came.
    static bool call(TokenTestDialog &dlg, const QString &path)
    {
        auto *api = dlg.findChild<ApiCallTab *>(QStringLiteral("apiCallTab"));
        dlg.findChild<QLineEdit *>(QStringLiteral("apiPath"))->setText(path);
        QSignalSpy answered(api, &ApiCallTab::answered);
        QTest::mouseClick(dlg.findChild<QPushButton *>(QStringLiteral("apiSend")), Qt::LeftButton);
        return answered.wait(20000);
    }

    /// Clicks "Check the binding"; the verdict label once the report came (empty if it did not).
    static QLabel *check(TokenTestDialog &dlg)
    {
        auto *api = dlg.findChild<ApiCallTab *>(QStringLiteral("apiCallTab"));
        auto *button = dlg.findChild<QPushButton *>(QStringLiteral("apiCheckBinding"));
        if (!button || !button->isVisibleTo(&dlg) || !button->isEnabled())
            return nullptr;
        QSignalSpy checked(api, &ApiCallTab::bindingChecked);
        QTest::mouseClick(button, Qt::LeftButton);
        if (!checked.wait(20000))
            return nullptr;
        return dlg.findChild<QLabel *>(QStringLiteral("apiBindingVerdict"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("OAUTHDESK_TEST_ISSUER"),
            "run through tests/live/with-as.sh (ctest does)");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        qRegisterMetaType<TokenTestResult>();
        qRegisterMetaType<BindingReport>();
        QVERIFY(m_dir.isValid());
        const QString data = m_dir.filePath(QStringLiteral("data"));
        const auto failed = test::setUpBindingClients(data);
        QVERIFY2(!failed, failed ? failed->constData() : "");
        m_ws = std::make_unique<Workspace>();
        QVERIFY(wait(m_ws->open(Workspace::resolvePath(data))));
    }

    void cleanupTestCase() { m_ws.reset(); }

    void theCheckIsOfferedAfterASuccessfulCallAndSaysEnforced()
    {
        auto dlg = pane(QStringLiteral("bound"));
        QVERIFY(dlg);
        auto *button = dlg->findChild<QPushButton *>(QStringLiteral("apiCheckBinding"));
        QVERIFY(button);
        QVERIFY(!button->isVisibleTo(dlg.get())); // nothing to repeat before a call
        QVERIFY(call(*dlg, QStringLiteral("/strict/echo")));
        QVERIFY(button->isVisibleTo(dlg.get()));
        QLabel *verdict = check(*dlg);
        QVERIFY(verdict);
        QVERIFY2(verdict->text().startsWith(QStringLiteral("✔ The API enforces the binding")),
            qPrintable(verdict->text()));
        QVERIFY(
            verdict->text().contains(QStringLiteral("Without the certificate: refused, HTTP 401")));
        QVERIFY(verdict->text().contains(
            QStringLiteral("With another certificate: refused, HTTP 401")));
        QVERIFY(verdict->styleSheet().contains(QLatin1String("#1b5e20")));
        // The exchanges are shown under the answer, the token redacted.
        const QString response
            = dlg->findChild<QPlainTextEdit *>(QStringLiteral("apiResponse"))->toPlainText();
        QVERIFY(response.contains(QStringLiteral("Binding check")));
        QVERIFY(response.contains(QStringLiteral("invalid_token")));
        QVERIFY(!response.contains(QStringLiteral("Bearer eyJ")));
    }

    void aLaxApiIsShownInRed()
    {
        auto dlg = pane(QStringLiteral("bound"));
        QVERIFY(dlg);
        QVERIFY(call(*dlg, QStringLiteral("/lax/echo")));
        QLabel *verdict = check(*dlg);
        QVERIFY(verdict);
        QVERIFY2(verdict->text().startsWith(
                     QStringLiteral("✘ The API accepted a bound token without its certificate")),
            qPrintable(verdict->text()));
        QVERIFY(verdict->text().contains(
            QStringLiteral("✘ The API accepted a bound token with another certificate")));
        QVERIFY(verdict->text().contains(QStringLiteral("accepted, HTTP 200")));
        QVERIFY(verdict->styleSheet().contains(QLatin1String("#b71c1c")));
        if (const QString dir = qEnvironmentVariable("OAUTHDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(300); // let the window manager map and paint it
            QVERIFY(
                dlg->grab().save(QDir(dir).filePath(QStringLiteral("issue15-binding-check.png"))));
        }
    }

    void anUnboundTokenIsNotOfferedTheCheckAndSaysWhy()
    {
        auto dlg = pane(QStringLiteral("plain"));
        QVERIFY(dlg);
        QVERIFY(call(*dlg, QStringLiteral("/strict/echo")));
        QVERIFY(!dlg->findChild<QPushButton *>(QStringLiteral("apiCheckBinding"))
                     ->isVisibleTo(dlg.get()));
        auto *note = dlg->findChild<QLabel *>(QStringLiteral("apiBindingNote"));
        QVERIFY(note && note->isVisibleTo(dlg.get()));
        QVERIFY2(note->text().contains(QStringLiteral("not sender-constrained")),
            qPrintable(note->text()));
    }
};

QTEST_MAIN(TestBindingCheck)
#include "tst_binding_check.moc"
