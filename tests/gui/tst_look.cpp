// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, "text must fit; checked in a dark palette and at 2x": the wizard's pages, the result
// pane and the main window, in the language ($OAUTHDESK_LANG), palette ($OAUTHDESK_LOOK_DARK=1)
// and scale ($QT_SCALE_FACTOR) ctest runs them in, have no label, button or choice narrower than
// its own minimum: no German word cut off, nothing squeezed at 2x. With $OAUTHDESK_SCREENSHOTS
// set, each screen is saved there to be looked at.
#include "GuiTestSupport.h"
#include "Language.h"
#include "SignInResults.h"
#include "dialogs/TokenTestDialog.h"
#include "oauth/Transport.h"
#include "wizard/ClientWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStyleFactory>
#include <QTabWidget>

using namespace oauthdesk;
using namespace oauthdesk::test;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

/// "objectName (class): width W < minimum M" for each visible label, button or combo box that
/// is narrower than its own minimum size hint: its text is cut off.
QStringList clipped(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() == 0)
            continue;
        auto *label = qobject_cast<QLabel *>(w);
        if (!label && !qobject_cast<QAbstractButton *>(w) && !qobject_cast<QComboBox *>(w))
            continue;
        if (label && (label->wordWrap() || label->text().isEmpty()))
            continue;
        if (w->inherits("QLineEditIconButton") || w->inherits("QTabBar")
            || w->objectName().startsWith(QLatin1String("qt_")))
            continue; // Qt's own: a line edit's icon buttons, tabs that elide by design
        const int minimum = w->minimumSizeHint().width();
        if (w->width() + 1 < minimum)
            out.append(QStringLiteral("%1 (%2) \"%3\": width %4 < minimum %5")
                           .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()),
                               label ? label->text().left(60) : QString(),
                               QString::number(w->width()), QString::number(minimum)));
    }
    // The window fits a 1280-pixel-wide screen (2560 at 2x: the same in logical pixels).
    if (const int minimum = root->minimumSizeHint().width(); minimum > 1280)
        out.append(
            QStringLiteral("the window needs %1 logical pixels; a 1280-wide screen has fewer")
                .arg(minimum));
    return out;
}

QString variant()
{
    QString v = qEnvironmentVariable("OAUTHDESK_LANG", QStringLiteral("en"));
    if (qEnvironmentVariableIntValue("OAUTHDESK_LOOK_DARK"))
        v += QStringLiteral("-dark");
    if (const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR"); !scale.isEmpty())
        v += QStringLiteral("-%1x").arg(scale);
    return v;
}

void shot(QWidget *w, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("OAUTHDESK_SCREENSHOTS"); !dir.isEmpty()) {
        QTest::qWait(150);
        w->grab().save(QStringLiteral("%1/look-%2-%3.png").arg(dir, variant(), name));
    }
}

} // namespace

class TestLook final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Transport m_transport;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qInfo("variant: %s", qPrintable(variant()));
    }

    void wizardPagesFit()
    {
        const QString path = m_dir.filePath(QStringLiteral("wizard/oauthdesk.sqlite"));
        Application app;
        Environment env;
        {
            auto s = Store::open(path);
            QVERIFY(s);
            auto a = (*s)->saveApplication({ 0, QStringLiteral("Card issuing"), {}, {}, {} });
            Environment e;
            e.name = QStringLiteral("UAT");
            e.issuer = QUrl(QStringLiteral("https://auth.uat.example.com"));
            e.discoveryDocument
                = R"({"issuer":"https://auth.uat.example.com","scopes_supported":["openid","accounts:read"]})";
            auto saved = (*s)->saveEnvironment(e);
            QVERIFY(a && saved);
            app = *a;
            env = *saved;
        }
        Workspace workspace;
        QFuture<Result<int>> opened = workspace.open(path).future();
        QTRY_VERIFY(opened.isFinished());
        QVERIFY(opened.result());
        workspace.environments().adopt({ env });
        ClientWizard wizard(workspace, { app }, std::nullopt);
        wizard.draft().client.applicationId = app.id;
        wizard.draft().client.environmentId = env.id;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QLineEdit *>(QStringLiteral("clientName"))
            ->setText(QStringLiteral("billing-service"));
        auto *web = wizard.findChild<QAbstractButton *>(QStringLiteral("type_web"));
        QVERIFY(web);
        web->click(); // the type with the most on its pages: redirect URIs, refresh tokens
        QStringList problems;
        for (int page = ClientWizard::BasicPage; page <= ClientWizard::ReviewPage; ++page) {
            QTRY_COMPARE(wizard.currentId(), page);
            QCoreApplication::processEvents();
            for (const QString &c : clipped(&wizard))
                problems.append(QStringLiteral("page %1: %2").arg(page).arg(c));
            shot(&wizard, QStringLiteral("wizard-%1").arg(page));
            if (page == ClientWizard::AuthenticationPage) {
                auto *input = wizard.findChild<QLineEdit *>(QStringLiteral("redirectUrisInput"));
                QVERIFY(input);
                input->setText(QStringLiteral("https://billing.example.com/callback"));
                QTest::keyClick(input, Qt::Key_Return);
            }
            if (page < ClientWizard::ReviewPage) {
                QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(),
                    qPrintable(QStringLiteral("page %1").arg(page)));
                wizard.next();
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void resultPaneFits()
    {
        auto *tester = new SignInTester(&m_transport, environment(), client(true), {});
        TokenTestDialog dlg(tester);
        SignInResult r;
        r.token = tokenResult(true);
        r.idToken = idCheck(true);
        QVERIFY(r.ok());
        Q_EMIT tester->finished(r);
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        auto *tabs = dlg.findChild<QTabWidget *>(QStringLiteral("tokenTabs"));
        QVERIFY(tabs);
        QStringList problems;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            for (const QString &c : clipped(&dlg))
                problems.append(QStringLiteral("tab %1: %2").arg(tabs->tabText(i), c));
            shot(&dlg, QStringLiteral("result-%1").arg(i));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void mainWindowFits()
    {
        const QString path = m_dir.filePath(QStringLiteral("main/oauthdesk.sqlite"));
        {
            auto s = Store::open(path);
            QVERIFY(s);
            auto a = (*s)->saveApplication(
                { 0, QStringLiteral("Billing"), QStringLiteral("Invoices"), {}, {} });
            QVERIFY(a);
            QVERIFY((*s)->saveClients({ makeClient(a->id, QStringLiteral("billing-service"),
                                            QStringLiteral("bill-svc-001")),
                makeClient(a->id, QStringLiteral("Partner portal"),
                    QStringLiteral("partner-web-004"), ApplicationType::Web) }));
        }
        OpenWindow w;
        QVERIFY(w.open(path));
        QCoreApplication::processEvents();
        const QStringList problems = clipped(w.window.get());
        shot(w.window.get(), QStringLiteral("main"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIntValue("OAUTHDESK_LOOK_DARK")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    const QString lang = qEnvironmentVariable("OAUTHDESK_LANG");
    if (!lang.isEmpty() && lang != QLatin1String("en") && language::install(app, lang).isEmpty()) {
        qCritical("no translation for %s", qPrintable(lang));
        return 1;
    }
    TestLook test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_look.moc"
