// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "dialogs/ApplicationDialog.h"
#include "dialogs/CertificatesDialog.h"
#include "dialogs/ClientDetailsDialog.h"
#include "dialogs/EnvironmentsDialog.h"
#include "dialogs/ExpiryRadarDialog.h"
#include "dialogs/TokenTestDialog.h"
#include "models/ApplicationListModel.h"
#include "models/ClientFilterModel.h"
#include "models/ClientTableModel.h"
#include "usecases/Workspace.h"
#include "widgets/ApplicationDelegate.h"
#include "widgets/BrowserLauncher.h"
#include "widgets/ClientTableDelegates.h"
#include "widgets/Tones.h"
#include "wizard/ClientWizard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace oauthdesk {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OAuthDesk — OAuth clients"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/oauthdesk.svg")));
    m_clients = new ClientTableModel(this);
    m_filter = new ClientFilterModel(this);
    m_filter->setSourceModel(m_clients);
    m_apps = new ApplicationListModel(m_clients, this);
    buildUi();
    buildMenus();
    connectStore();
    updateEmptyState();
    resize(1220, 680);
}

MainWindow::~MainWindow() = default;
void MainWindow::connectStore()
{
    Workspace *ws = &m_workspace;
    connect(ws, &Workspace::warning, this, [this](const QString &message) {
        reportFailure({ ErrorCode::KeychainUnavailable, message, {} });
    });
    connect(ws, &Workspace::certificateSaved, this, &MainWindow::scanExpiries);
    connect(ws, &Workspace::certificateRemoved, this, &MainWindow::scanExpiries);
    connect(ws, &Workspace::clientsSaved, this, [this](const QList<OAuthClient> &clients) {
        m_clients->upsertClients(clients);
        updateEmptyState();
    });
    connect(ws, &Workspace::clientRemoved, this, [this](qint64 id) {
        m_clients->removeClient(id);
        updateEmptyState();
    });
    connect(ws, &Workspace::applicationSaved, this, [this](const Application &app) {
        m_apps->upsertApplication(app);
        updateEmptyState();
    });
    connect(ws, &Workspace::applicationRemoved, this, [this](qint64 id) {
        // The store cascaded the delete to the application's clients; mirror it.
        const bool wasSelected = selectedApplicationId() == id;
        m_clients->removeApplicationClients(id);
        m_apps->removeApplication(id);
        if (wasSelected) {
            // The model's reset may not report a change of the current row: the filter follows
            // the selection here, else it keeps the deleted application and shows nothing.
            m_appList->setCurrentIndex(m_apps->index(0));
            followSelectedApplication();
        } else {
            updateEmptyState();
        }
    });
    // The environments themselves are kept by the use case; the window shows their count.
    connect(&ws->environments(), &Environments::changed, this, [this] { updateEmptyState(); });
    connect(ws, &Workspace::environmentRemoved, this, [this](qint64 id) {
        // The store set these clients' environment to none; mirror it without a reload.
        QList<OAuthClient> changed;
        for (const auto &c : m_clients->clients()) {
            if (c.environmentId == id) {
                changed.append(c);
                changed.last().environmentId.reset();
            }
        }
        if (!changed.isEmpty())
            m_clients->upsertClients(changed);
        updateEmptyState();
    });
}

void MainWindow::loadSnapshot(StoreSnapshot snapshot)
{
    m_clients->setClients(std::move(snapshot.clients));
    m_apps->setApplications(std::move(snapshot.applications));
    m_appList->setCurrentIndex(m_apps->index(0));
    m_loaded = true;
    updateEmptyState();
    Q_EMIT loaded();
    scanExpiries();
}

void MainWindow::scanExpiries()
{
    // Saves come in bursts (a promotion saves two or three certificates): one scan for them.
    if (m_expiryScanQueued)
        return;
    m_expiryScanQueued = true;
    QTimer::singleShot(200, this, &MainWindow::runExpiryScan);
}

void MainWindow::runExpiryScan()
{
    m_expiryScanQueued = false;
    if (!m_radar)
        m_radar = std::make_unique<ExpiryRadar>(m_workspace);
    // Certificates and the local CA only: no keychain read (and no unlock prompt) at start-up.
    m_radar->scan(QDateTime::currentDateTimeUtc(), ExpiryRadar::KeychainReads::None)
        .then(this, [this](Result<QList<ExpiryItem>> items) {
            const qsizetype urgent = items ? ExpiryRadar::urgentCount(*items) : 0;
            if (urgent > 0 && !m_expiryWarning) {
                m_expiryWarning = new QPushButton(this);
                m_expiryWarning->setObjectName(QStringLiteral("expiryWarning"));
                m_expiryWarning->setFlat(true);
                m_expiryWarning->setStyleSheet(
                    tones::labelStyle(tones::Tone::Bad, palette(), true));
                connect(m_expiryWarning, &QPushButton::clicked, this, &MainWindow::openExpiryRadar);
                statusBar()->addPermanentWidget(m_expiryWarning);
            }
            if (m_expiryWarning) {
                m_expiryWarning->setText(urgent == 1
                        ? tr("1 item expires within 14 days — View…")
                        : tr("%1 items expire within 14 days — View…").arg(urgent));
                m_expiryWarning->setVisible(urgent > 0);
            }
            Q_EMIT expiriesScanned();
        });
}

void MainWindow::showStoreError(const Error &error)
{
    m_storeBroken = true;
    m_loaded = true;
    m_stack->setCurrentIndex(EmptyPage);
    m_emptyTitle->setText(tr("The data file could not be opened"));
    m_emptyBody->setText(error.message);
    m_emptyBody->setToolTip(error.detail);
    for (auto *w : std::initializer_list<QWidget *> {
             m_emptyCreateApp, m_emptyAddEnv, m_emptyRecord, m_recordButton, m_search })
        w->setEnabled(false);
    centralWidget()
        ->findChild<QWidget *>(QStringLiteral("newApplicationButton"))
        ->setEnabled(false);
    menuBar()->setEnabled(false);
    statusBar()->showMessage(error.message);
    Q_EMIT loaded();
}

void MainWindow::followSelectedApplication()
{
    m_filter->setApplicationFilter(selectedApplicationId());
    const bool app = selectedApplicationId().has_value();
    m_renameApp->setEnabled(app);
    m_deleteApp->setEnabled(app);
    m_certificatesButton->setEnabled(app);
    updateEmptyState();
}

void MainWindow::updateEmptyState()
{
    updateCounts();
    if (m_storeBroken)
        return;
    if (!m_loaded) {
        m_stack->setCurrentIndex(EmptyPage);
        m_emptyTitle->setText(tr("Opening your clients…"));
        m_emptyBody->clear();
        for (auto *b : { m_emptyCreateApp, m_emptyAddEnv, m_emptyRecord })
            b->hide();
        return;
    }
    const bool haveApps = !m_apps->applications().isEmpty();
    m_recordButton->setEnabled(haveApps);
    if (m_filter->rowCount() > 0) {
        m_stack->setCurrentIndex(TablePage);
        return;
    }
    m_stack->setCurrentIndex(EmptyPage);
    const bool searching = !m_filter->searchText().isEmpty();
    const auto appId = selectedApplicationId();
    m_emptyCreateApp->setVisible(!searching && !appId);
    // Until an environment exists, step 2 stays offered, also inside an application.
    m_emptyAddEnv->setVisible(
        !searching && (!appId || m_workspace.environments().current().isEmpty()));
    m_emptyRecord->setVisible(!searching);
    m_emptyRecord->setEnabled(haveApps);
    if (searching) {
        m_emptyTitle->setText(tr("No client matches \"%1\"").arg(m_search->text().trimmed()));
        m_emptyBody->setText(tr("The search looks at client names and client IDs. Clear it "
                                "(Esc in the search field) to see every client."));
    } else if (appId) {
        const auto *app = m_apps->applicationById(*appId);
        m_emptyTitle->setText(tr("No clients in %1 yet").arg(app ? app->name : QString()));
        m_emptyBody->setText(m_workspace.environments().current().isEmpty()
                ? tr(
                    "Add the <b>environment</b> (UAT, Production) whose authorization server issues the "
                    "clients, then create a client with the wizard.")
                : tr("Create a client with the wizard: it applies the right security "
                     "settings for the kind of application and keeps the secret in "
                     "the system keychain."));
    } else {
        m_emptyTitle->setText(tr("No OAuth clients yet"));
        m_emptyBody->setText(haveApps
                ? tr(
                    "Pick an application on the left, or create a client with the wizard: it applies "
                    "the right security settings for the kind of application.")
                : tr(
                    "Start by creating an <b>application</b>: the system your clients belong to. Then "
                    "add the <b>environment</b> (UAT, Production) whose authorization server issues "
                    "them, and create your first <b>client</b>."));
        m_emptyCreateApp->setDefault(!haveApps);
        m_emptyRecord->setToolTip(haveApps ? QString() : tr("Create an application first"));
    }
}

void MainWindow::updateCounts()
{
    const QLocale locale;
    m_counts->setText(
        tr("Clients: %1 · Applications: %2 · Environments: %3")
            .arg(locale.toString(m_clients->rowCount()),
                locale.toString(qsizetype(m_apps->applications().size())),
                locale.toString(qsizetype(m_workspace.environments().current().size()))));
}

std::optional<qint64> MainWindow::selectedApplicationId() const
{
    const QModelIndex idx = m_appList->currentIndex();
    const qint64 id
        = idx.isValid() ? idx.data(ApplicationListModel::ApplicationIdRole).toLongLong() : 0;
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

qint64 MainWindow::currentClientRowId() const
{
    const QModelIndex idx = m_table->currentIndex();
    return idx.isValid() ? idx.data(ClientTableModel::ClientRowIdRole).toLongLong() : 0;
}

QString MainWindow::environmentName(std::optional<qint64> id) const
{
    if (!id)
        return {};
    const auto env = m_workspace.environments().byId(*id);
    return env ? env->name : QString();
}

void MainWindow::reportFailure(const Error &error)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("OAuthDesk"), error.message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace oauthdesk
