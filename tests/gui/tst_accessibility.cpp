// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: what a screen reader sees. Every visible interactive element of every window it
// can reach offscreen has an accessible name; a row selected through the accessibility API is
// the row the Edit menu acts on; menu items are pressed through their action interface.
#include "AccessibilityAudit.h"
#include "GuiTestSupport.h"
#include "dialogs/ApplicationDialog.h"
#include "dialogs/CertificatesDialog.h"
#include "dialogs/ClientDetailsDialog.h"
#include "dialogs/DoctorDialog.h"
#include "dialogs/EnvironmentDiffDialog.h"
#include "dialogs/EnvironmentsDialog.h"
#include "dialogs/ExpiryRadarDialog.h"
#include "dialogs/ExportPassphraseDialog.h"
#include "dialogs/HandoffDialog.h"
#include "dialogs/KeyRotationDialog.h"
#include "dialogs/PromoteDialog.h"
#include "dialogs/SubjectFieldsDialog.h"
#include "dialogs/SupportBundleDialog.h"
#include "models/ClientTableModel.h"
#include "widgets/Accessibility.h"
#include "wizard/ClientWizard.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QAccessibleInterface>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QTableView>
#include <QToolButton>

using namespace oauthdesk;
using namespace oauthdesk::test;

class TestAccessibility final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_billingApp = 0;
    qint64 m_uat = 0;
    qint64 m_prod = 0;
    OAuthClient m_billingClient; ///< as saved: in UAT, with its row id

    static bool showAndWait(QWidget *w)
    {
        w->show();
        return QTest::qWaitForWindowExposed(w);
    }

    static QList<QAction *> menuActions(QMenu *menu)
    {
        QList<QAction *> all;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (a->menu())
                all += menuActions(a->menu());
            else
                all.append(a);
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        AccessibleNamer::install();
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1-%2/oauthdesk.sqlite")
                                    .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                        QString::fromLatin1(QTest::currentDataTag())));
        auto opened = Store::open(m_path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Store &s = **opened;
        auto billing = s.saveApplication(
            { 0, QStringLiteral("Billing"), QStringLiteral("Invoices"), {}, {} });
        QVERIFY(billing);
        m_billingApp = billing->id;
        // Two environments, so promotion and the environment diff have something to show.
        Environment uat;
        uat.name = QStringLiteral("UAT");
        uat.issuer = QUrl(QStringLiteral("https://uat.as.example.com"));
        auto u = s.saveEnvironment(uat);
        QVERIFY(u);
        m_uat = u->id;
        Environment prod;
        prod.name = QStringLiteral("Production");
        prod.issuer = QUrl(QStringLiteral("https://as.example.com"));
        auto p = s.saveEnvironment(prod);
        QVERIFY(p);
        m_prod = p->id;
        OAuthClient billingClient = makeClient(
            m_billingApp, QStringLiteral("billing-service"), QStringLiteral("bill-svc-001"));
        billingClient.environmentId = m_uat;
        auto saved = s.saveClients({
            billingClient,
            makeClient(
                m_billingApp, QStringLiteral("statement-sync"), QStringLiteral("stmt-sync-002")),
            makeClient(m_billingApp, QStringLiteral("Partner portal"),
                QStringLiteral("partner-web-004"), ApplicationType::Web),
        });
        QVERIFY(saved);
        m_billingClient = saved->first();
    }

    void everyInteractiveElementIsNamed_data()
    {
        QTest::addColumn<QString>("window");
        for (const char *name : { "MainWindow", "EnvironmentsDialog", "ClientWizard",
                 "ClientDetailsDialog", "ApplicationDialog", "ExportPassphraseDialog",
                 "SubjectFieldsDialog", "ExpiryRadarDialog", "DoctorDialog", "CertificatesDialog",
                 "HandoffDialog", "SupportBundleDialog", "PromoteDialog", "EnvironmentDiffDialog",
                 "KeyRotationDialog" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyInteractiveElementIsNamed()
    {
        QFETCH(QString, window);
        OpenWindow w;
        QVERIFY(w.open(m_path));
        QWidget *parent = w.window.get();
        const Application billing { m_billingApp, QStringLiteral("Billing"),
            QStringLiteral("Invoices"), {}, {} };
        OAuthClient client = makeClient(
            m_billingApp, QStringLiteral("billing-service"), QStringLiteral("bill-svc-001"));

        QStringList unnamed;
        if (window == QLatin1String("MainWindow")) {
            unnamed = unnamedIn(w.window.get());
        } else if (window == QLatin1String("EnvironmentsDialog")) {
            w.window->findChild<QAction *>(QStringLiteral("environmentsAction"))->trigger();
            EnvironmentsDialog *dlg = nullptr;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return (dlg = w.window->findChild<EnvironmentsDialog *>()) && dlg->isVisible();
                },
                3000));
            unnamed = unnamedIn(dlg);
            dlg->reject();
        } else if (window == QLatin1String("ClientWizard")) {
            ClientWizard wizard(*w.workspace, { billing }, std::nullopt, parent);
            wizard.draft().client.applicationId = m_billingApp;
            QVERIFY(showAndWait(&wizard));
            // Each page the wizard reaches with a name filled in and the defaults kept.
            auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("clientName"));
            if (name)
                name->setText(QStringLiteral("audit-client"));
            QSet<int> seen;
            while (!seen.contains(wizard.currentId())) {
                seen.insert(wizard.currentId());
                for (const QString &u : unnamedIn(&wizard))
                    unnamed.append(QStringLiteral("page %1: %2").arg(wizard.currentId()).arg(u));
                if (wizard.currentId() >= ClientWizard::ReviewPage)
                    break;
                wizard.next();
                QCoreApplication::processEvents();
            }
            qInfo("wizard pages audited: %lld", qlonglong(seen.size()));
        } else {
            std::unique_ptr<QDialog> dlg;
            if (window == QLatin1String("ClientDetailsDialog"))
                dlg = std::make_unique<ClientDetailsDialog>(
                    client, billing.name, QString(), *w.workspace, parent);
            else if (window == QLatin1String("ApplicationDialog"))
                dlg = std::make_unique<ApplicationDialog>(billing, parent);
            else if (window == QLatin1String("ExportPassphraseDialog"))
                dlg = std::make_unique<ExportPassphraseDialog>(
                    ExportPassphraseDialog::Kind::Pkcs12, QStringLiteral("key"), parent);
            else if (window == QLatin1String("SubjectFieldsDialog"))
                dlg = std::make_unique<SubjectFieldsDialog>(QStringLiteral("New"),
                    QStringLiteral("Create"), CertificatePurpose::Transport, parent);
            else if (window == QLatin1String("ExpiryRadarDialog"))
                dlg = std::make_unique<ExpiryRadarDialog>(*w.workspace, parent);
            else if (window == QLatin1String("DoctorDialog"))
                dlg = std::make_unique<DoctorDialog>(*w.workspace, std::nullopt, parent);
            else if (window == QLatin1String("CertificatesDialog"))
                dlg = std::make_unique<CertificatesDialog>(*w.workspace, billing, parent);
            else if (window == QLatin1String("HandoffDialog"))
                dlg = std::make_unique<HandoffDialog>(m_billingClient, *w.workspace, parent);
            else if (window == QLatin1String("SupportBundleDialog"))
                dlg = std::make_unique<SupportBundleDialog>(
                    *w.workspace, m_billingClient.id, parent);
            else if (window == QLatin1String("PromoteDialog"))
                dlg = std::make_unique<PromoteDialog>(*w.workspace, m_billingClient, parent);
            else if (window == QLatin1String("EnvironmentDiffDialog"))
                dlg = std::make_unique<EnvironmentDiffDialog>(
                    *w.workspace, m_billingApp, m_uat, m_prod, parent);
            else if (window == QLatin1String("KeyRotationDialog"))
                dlg = std::make_unique<KeyRotationDialog>(*w.workspace, m_billingClient.id, parent);
            QVERIFY(dlg);
            QVERIFY(showAndWait(dlg.get()));
            QTest::qWait(300); // the dialogs load from the store asynchronously
            unnamed = unnamedIn(dlg.get());
        }
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(QStringLiteral("unnamed in %1:\n  %2")
                           .arg(window, unnamed.join(QStringLiteral("\n  ")))));
    }

    // A row selected the way the AT-SPI bridge selects it (QAccessibleTableInterface::selectRow) is
    // the row the Edit menu's actions act on, and a menu item pressed through its accessible action
    // runs.
    void selectionThroughAccessibilityDrivesTheEditMenu()
    {
        OpenWindow w;
        QVERIFY(w.open(m_path));
        QTableView *table = w.window->clientTable();
        QCOMPARE(table->model()->rowCount(), 3);
        table->setCurrentIndex(table->model()->index(0, 0));
        const QString wanted
            = table->model()->index(2, ClientTableModel::ClientIdColumn).data().toString();
        QVERIFY(!wanted.isEmpty());
        QVERIFY(
            wanted != table->model()->index(0, ClientTableModel::ClientIdColumn).data().toString());

        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(table);
        QVERIFY(iface && iface->tableInterface());
        QVERIFY(iface->tableInterface()->selectRow(2)); // what the AT-SPI bridge's Selection calls
        QVERIFY(table->selectionModel()->isRowSelected(2, {}));
        QCOMPARE(table->currentIndex().row(), 2);

        // Edit ▸ Copy client ID, pressed through the menu's accessible interface.
        QAction *copy = w.window->findChild<QAction *>(QStringLiteral("copyClientIdAction"));
        QVERIFY(copy);
        QMenu *edit = nullptr;
        for (QObject *o : copy->associatedObjects())
            if (auto *m = qobject_cast<QMenu *>(o))
                edit = m;
        QVERIFY(edit);
        QVERIFY(copy->isEnabled());
        QAccessibleInterface *menu = QAccessible::queryAccessibleInterface(edit);
        QVERIFY(menu);
        QAccessibleInterface *item = nullptr;
        for (int i = 0; i < menu->childCount(); ++i)
            if (menu->child(i) && menu->child(i)->object() == copy)
                item = menu->child(i);
        QVERIFY(item && item->actionInterface());
        QVERIFY(item->actionInterface()->actionNames().contains(
            QAccessibleActionInterface::pressAction()));
        QApplication::clipboard()->clear();
        QSignalSpy triggered(copy, &QAction::triggered);
        item->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QTRY_COMPARE(triggered.size(), 1);
        QTRY_COMPARE(QApplication::clipboard()->text(), wanted);
    }

    // Every menu action can be reached without the menu: by a shortcut or a visible button.
    void everyMenuActionHasAShortcutOrButton()
    {
        OpenWindow w;
        QVERIFY(w.open(m_path));
        auto plain = [](QString t) {
            return t.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
        };
        QStringList missing;
        const auto buttons = w.window->findChildren<QAbstractButton *>();
        for (QAction *menuAction : w.window->menuBar()->actions()) {
            if (!menuAction->menu())
                continue;
            for (QAction *a : menuActions(menuAction->menu())) {
                if (!a->shortcut().isEmpty())
                    continue;
                if (a->actionGroup() && a->isCheckable())
                    continue; // a choice among several (the language): chosen in its submenu
                const QString text = plain(a->text());
                const bool hasButton
                    = std::any_of(buttons.begin(), buttons.end(), [&](QAbstractButton *b) {
                          auto *tool = qobject_cast<QToolButton *>(b);
                          return b->isVisible()
                              && ((tool && tool->defaultAction() == a) || plain(b->text()) == text
                                  || plain(b->toolTip()) == text
                                  || plain(b->accessibleName()) == text);
                      });
                if (!hasButton)
                    missing.append(text);
            }
        }
        qInfo("menu actions without a shortcut or button: %s",
            qPrintable(missing.join(QStringLiteral(", "))));
        // Reached only through the menu, on purpose: no standard key exists for them and they are
        // rare. A new menu action needs a shortcut, a button or a line here.
        const QStringList menuOnly { QStringLiteral("Preflight doctor for all clients"),
            QStringLiteral("About OAuthDesk") };
        for (const QString &m : menuOnly)
            missing.removeAll(m);
        QVERIFY2(missing.isEmpty(),
            qPrintable(
                QStringLiteral("no shortcut or button: ") + missing.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
