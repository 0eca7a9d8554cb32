// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's jobs: each goes down through one use case and comes back once.
#include "MainWindow.h"
#include "dialogs/ApplicationDialog.h"
#include "dialogs/CertificatesDialog.h"
#include "dialogs/ClientDetailsDialog.h"
#include "dialogs/EnvironmentsDialog.h"
#include "dialogs/TokenTestDialog.h"
#include "models/ApplicationListModel.h"
#include "models/ClientFilterModel.h"
#include "models/ClientTableModel.h"
#include "usecases/Workspace.h"
#include "widgets/BrowserLauncher.h"
#include "wizard/ClientWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

namespace oauthdesk {

void MainWindow::copyClientId(qint64 clientRowId)
{
    const auto *c = m_clients->clientById(clientRowId);
    if (!c)
        return;
    // A client ID is public: a plain copy (a secret gets a hint, docs/architecture.md "Secrets").
    QApplication::clipboard()->setText(c->clientId);
    statusBar()->showMessage(tr("Client ID copied"), kStatusMs);
}

void MainWindow::withStoredClient(qint64 clientRowId, std::function<void(const OAuthClient &)> use)
{
    // The table holds the list columns only; views and edits read the whole row, fresh.
    m_workspace.clients()
        .get(clientRowId)
        .then(
            this, [use = std::move(use)](const OAuthClient &c) { use(c); },
            [this](const Error &e) { reportFailure(e); });
}

void MainWindow::viewClient(qint64 clientRowId)
{
    withStoredClient(clientRowId, [this](const OAuthClient &c) {
        const auto *app = m_apps->applicationById(c.applicationId);
        auto *dlg = new ClientDetailsDialog(
            c, app ? app->name : QString(), environmentName(c.environmentId), m_workspace, this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        connect(dlg, &ClientDetailsDialog::copyClientIdRequested, this,
            [this, id = c.id] { copyClientId(id); });
        connect(dlg, &ClientDetailsDialog::testTokenRequested, this, &MainWindow::getTestToken);
        if (!c.registrationClientUri.isEmpty() && c.environmentId) {
            if (const auto env = m_workspace.environments().byId(*c.environmentId))
                dlg->addRegistrationPanel(*env);
        }
        dlg->open();
    });
}

void MainWindow::openWizard(std::optional<OAuthClient> existing)
{
    auto *wizard = new ClientWizard(m_workspace, m_apps->applications(), std::move(existing), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!wizard->isEditing()) {
        ClientDraft &d = wizard->draft();
        if (auto app = selectedApplicationId())
            d.client.applicationId = *app;
        else if (!m_apps->applications().isEmpty())
            d.client.applicationId = m_apps->applications().constFirst().id;
        if (!m_workspace.environments().current().isEmpty())
            d.client.environmentId = m_workspace.environments().current().constFirst().id;
    }
    connect(wizard, &ClientWizard::submitted, this, [this](const OAuthClient &saved) {
        statusBar()->showMessage(tr("Client \"%1\" saved").arg(saved.name), kStatusMs);
        revealClient(saved);
        Q_EMIT storeAnswered(true);
    });
    wizard->open();
}

void MainWindow::revealClient(const OAuthClient &client)
{
    // The store's clientsSaved may arrive after the wizard's answer: the row is there either way.
    m_clients->upsertClients({ client });
    if (selectedApplicationId() && *selectedApplicationId() != client.applicationId) {
        const QModelIndex app = m_apps->indexOfApplication(client.applicationId);
        m_appList->setCurrentIndex(app.isValid() ? app : m_apps->index(0));
        followSelectedApplication();
    }
    const auto proxyIndex = [this, &client] {
        return m_filter->mapFromSource(m_clients->index(m_clients->rowOf(client.id), 0));
    };
    if (!proxyIndex().isValid() && !m_search->text().isEmpty())
        m_search->clear(); // the search hid it
    updateEmptyState();
    const QModelIndex row = proxyIndex();
    if (!row.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(row);
}

void MainWindow::createClient()
{
    openWizard(std::nullopt);
}

void MainWindow::editClient(qint64 clientRowId)
{
    withStoredClient(clientRowId, [this](const OAuthClient &c) { openWizard(c); });
}

void MainWindow::deleteClient(qint64 clientRowId)
{
    const auto *c = m_clients->clientById(clientRowId);
    if (!c)
        return;
    const QString name = c->name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete client"),
        tr("Delete the client \"%1\" (%2) from OAuthDesk?").arg(name, c->clientId),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteClient"));
    box->setInformativeText(tr("This removes it and its secret (from the system keychain) from "
                               "OAuthDesk; the registration at the authorization server is not "
                               "changed."));
    auto *yes = box->addButton(tr("&Delete client"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, clientRowId, name] {
        if (box->clickedButton() != yes)
            return;
        // Its keychain entries go first; if they cannot, the client stays and the admin is told.
        m_workspace.clients().remove(clientRowId).then(this, [this, name](Result<void> removed) {
            if (!removed)
                reportFailure(removed.error());
            else
                statusBar()->showMessage(tr("Client \"%1\" deleted").arg(name), kStatusMs);
            Q_EMIT storeAnswered(bool(removed));
        });
    });
    box->open();
}

void MainWindow::newApplication()
{
    auto *dlg = new ApplicationDialog(Application {}, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg] {
        m_workspace.applications()
            .save(dlg->application())
            .then(this, [this](Result<Application> saved) {
                if (!saved) {
                    reportFailure(saved.error());
                } else {
                    m_appList->setCurrentIndex(m_apps->indexOfApplication(saved->id));
                    statusBar()->showMessage(
                        tr("Application \"%1\" created").arg(saved->name), kStatusMs);
                }
                Q_EMIT storeAnswered(bool(saved));
            });
    });
    dlg->open();
}

void MainWindow::renameApplication()
{
    const auto id = selectedApplicationId();
    const Application *app = id ? m_apps->applicationById(*id) : nullptr;
    if (!app)
        return;
    auto *dlg = new ApplicationDialog(*app, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg] {
        m_workspace.applications()
            .save(dlg->application())
            .then(this, [this](Result<Application> saved) {
                if (!saved)
                    reportFailure(saved.error());
                else
                    statusBar()->showMessage(
                        tr("Application \"%1\" saved").arg(saved->name), kStatusMs);
                Q_EMIT storeAnswered(bool(saved));
            });
    });
    dlg->open();
}

void MainWindow::deleteApplication()
{
    const auto id = selectedApplicationId();
    const Application *app = id ? m_apps->applicationById(*id) : nullptr;
    if (!app)
        return;
    const qint64 appId = app->id;
    const QString name = app->name;
    auto remove = [this, appId, name] {
        // The clients' and certificates' keychain entries go first, while they can be found.
        m_workspace.applications().remove(appId).then(this, [this, name](Result<void> removed) {
            if (!removed)
                reportFailure(removed.error());
            else
                statusBar()->showMessage(tr("Application \"%1\" deleted").arg(name), kStatusMs);
            Q_EMIT storeAnswered(bool(removed));
        });
    };
    const int clients = m_clients->countForApplication(appId);
    if (clients == 0) {
        remove();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete application"),
        tr("Delete the application \"%1\" and its clients (%2)?")
            .arg(name, QLocale().toString(clients)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteApplication"));
    box->setInformativeText(tr("Its clients are removed from OAuthDesk too. Registrations at the "
                               "authorization server are not changed."));
    auto *yes = box->addButton(tr("&Delete application and clients"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, yes, remove] {
        if (box->clickedButton() == yes)
            remove();
    });
    box->open();
}

void MainWindow::getTestToken(qint64 clientRowId)
{
    // One use case for every auth method: it reads the client, its environment and what it
    // authenticates with, and hands back a session; the pane shows whichever it is.
    TokenTests::Options options;
    options.remember = true; // the client's last session for a support bundle (memory only)
    options.openBrowser = signInBrowser(this, m_browserOpener);
    m_workspace.tokenTests()
        .open(clientRowId, std::move(options))
        .then(
            this,
            [this](std::unique_ptr<TokenSession> session) {
                TokenSession *s = session.release();
                auto *dlg = new TokenTestDialog(s, this); // takes the session
                dlg->setAttribute(Qt::WA_DeleteOnClose);
                dlg->show();
                s->start();
                Q_EMIT tokenDialogOpened(dlg);
            },
            [this](const Error &e) { reportFailure(e); });
}

void MainWindow::openCertificates()
{
    const auto id = selectedApplicationId();
    const Application *app = id ? m_apps->applicationById(*id) : nullptr;
    if (!app)
        return;
    auto *dlg = new CertificatesDialog(m_workspace, *app, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

void MainWindow::openEnvironments()
{
    auto *dlg = new EnvironmentsDialog(m_workspace, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

} // namespace oauthdesk
