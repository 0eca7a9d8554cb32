// SPDX-License-Identifier: GPL-3.0-or-later
// The Tools menu (issue 15): the operations no portal has, for the current client or for
// everything. Each opens its own dialog over the use cases; none blocks the window.
#include "MainWindow.h"
#include "dialogs/DoctorDialog.h"
#include "dialogs/EnvironmentDiffDialog.h"
#include "dialogs/ExpiryRadarDialog.h"
#include "dialogs/HandoffDialog.h"
#include "dialogs/KeyRotationDialog.h"
#include "dialogs/PromoteDialog.h"
#include "dialogs/SupportBundleDialog.h"
#include "usecases/Workspace.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>

namespace oauthdesk {

namespace {

void openOwned(QDialog *dlg)
{
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

} // namespace

void MainWindow::buildToolsMenu()
{
    auto *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));

    // Client actions: in the Tools menu, the table's context menu, and on the keyboard.
    auto clientAction = [this, tools](const QString &text, const QKeySequence &key,
                            const QString &name, std::function<void(qint64)> run) {
        return addClientAction(tools, text, key, name, std::move(run));
    };
    clientAction(tr("Run preflight &doctor…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
        QStringLiteral("doctorAction"), [this](qint64 id) { runDoctor(id); });
    clientAction(tr("&Rotate key…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        QStringLiteral("rotateKeyAction"),
        [this](qint64 id) { openOwned(new KeyRotationDialog(m_workspace, id, this)); });
    clientAction(tr("&Promote to another environment…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QStringLiteral("promoteAction"),
        [this](qint64 id) {
            withStoredClient(id, [this](const OAuthClient &c) {
                openOwned(new PromoteDialog(m_workspace, c, this));
            });
        });
    clientAction(tr("&Export for developers…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        QStringLiteral("handoffAction"), [this](qint64 id) {
            withStoredClient(id, [this](const OAuthClient &c) {
                openOwned(new HandoffDialog(c, m_workspace, this));
            });
        });
    clientAction(tr("Save &support bundle…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
        QStringLiteral("supportBundleAction"), [this](qint64 id) { saveSupportBundle(id); });
    tools->addSeparator();
    auto *all = tools->addAction(
        tr("Preflight doctor for &all clients…"), this, [this] { runDoctor(std::nullopt); });
    all->setObjectName(QStringLiteral("doctorAllAction"));
    auto *radar = tools->addAction(tr("E&xpiry radar…"), this, &MainWindow::openExpiryRadar);
    radar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    radar->setObjectName(QStringLiteral("expiryRadarAction"));
    auto *diff = tools->addAction(tr("&Compare environments…"), this, [this] {
        openOwned(new EnvironmentDiffDialog(
            m_workspace, selectedApplicationId().value_or(0), 0, 0, this));
    });
    diff->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    diff->setObjectName(QStringLiteral("compareEnvironmentsAction"));
}

QAction *MainWindow::addClientAction(QMenu *menu, const QString &text, const QKeySequence &key,
    const QString &objectName, std::function<void(qint64)> run)
{
    auto *a = new QAction(text, this);
    if (!objectName.isEmpty())
        a->setObjectName(objectName);
    if (!key.isEmpty()) {
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    connect(a, &QAction::triggered, this, [this, run = std::move(run)] {
        if (const qint64 id = currentClientRowId())
            run(id);
    });
    m_table->addAction(a);
    menu->addAction(a);
    return a;
}

void MainWindow::runDoctor(std::optional<qint64> clientRowId)
{
    openOwned(new DoctorDialog(m_workspace, clientRowId, this));
}

void MainWindow::openExpiryRadar()
{
    auto *radar = new ExpiryRadarDialog(m_workspace, this);
    radar->setAttribute(Qt::WA_DeleteOnClose);
    radar->show();
}

void MainWindow::saveSupportBundle(qint64 clientRowId)
{
    auto *dialog = new SupportBundleDialog(m_workspace, clientRowId, this);
    if (m_browserOpener)
        dialog->setBrowserOpener(m_browserOpener); // "Sign in now…" opens what Test sign-in opens
    openOwned(dialog);
}

} // namespace oauthdesk
