// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "dialogs/ApplicationDialog.h"
#include "dialogs/CertificatesDialog.h"
#include "dialogs/ClientDetailsDialog.h"
#include "dialogs/EnvironmentsDialog.h"
#include "dialogs/TokenTestDialog.h"
#include "models/ApplicationListModel.h"
#include "models/ClientFilterModel.h"
#include "models/ClientTableModel.h"
#include "registry/CertificateRegistry.h"
#include "registry/ClientRegistry.h"
#include "oauth/SignInTester.h"
#include "registry/RegistrationService.h"
#include "store/AsyncStore.h"
#include "widgets/ApplicationDelegate.h"
#include "widgets/BrowserLauncher.h"
#include "widgets/ClientTableDelegates.h"
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
#include <QToolButton>
#include <QVBoxLayout>

namespace oauthdesk {

namespace {
enum StackPage { EmptyPage, TablePage };
constexpr int kStatusMs = 4000;

QToolButton *toolButton(const QString &icon, const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setIcon(QIcon(icon));
    b->setText(text);
    b->setToolTip(text);
    b->setAccessibleName(text);
    b->setObjectName(name);
    b->setAutoRaise(true);
    return b;
}
} // namespace

MainWindow::MainWindow(AsyncStore *store, ClientRegistry *registry, Transport *transport, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_registry(registry)
    , m_transport(transport)
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

void MainWindow::buildUi()
{
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    setCentralWidget(splitter);

    // Left: applications.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 8);
    auto *appHeader = new QHBoxLayout;
    auto *appTitle = new QLabel(tr("<b>Applications</b>"), left);
    appHeader->addWidget(appTitle, 1);
    auto *newApp = toolButton(QStringLiteral(":/icons/add.svg"), tr("New application"), QStringLiteral("newApplicationButton"), left);
    m_renameApp = toolButton(QStringLiteral(":/icons/edit.svg"), tr("Rename application"), QStringLiteral("renameApplicationButton"), left);
    m_deleteApp = toolButton(QStringLiteral(":/icons/delete.svg"), tr("Delete application"), QStringLiteral("deleteApplicationButton"), left);
    m_certificatesButton = toolButton(QStringLiteral(":/icons/view.svg"), tr("Certificates of this application"),
                                      QStringLiteral("certificatesButton"), left);
    m_certificatesButton->setText(tr("Certificates…"));
    m_certificatesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_certificatesButton->setAutoRaise(false);
    appHeader->addWidget(newApp);
    appHeader->addWidget(m_renameApp);
    appHeader->addWidget(m_deleteApp);
    connect(m_certificatesButton, &QToolButton::clicked, this, &MainWindow::openCertificates);
    leftLayout->addLayout(appHeader);
    m_appList = new QListView(left);
    m_appList->setObjectName(QStringLiteral("applicationList"));
    m_appList->setAccessibleName(tr("Applications"));
    m_appList->setModel(m_apps);
    m_appList->setItemDelegate(new ApplicationDelegate(m_appList));
    m_appList->setUniformItemSizes(true);
    m_appList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_appList->setCurrentIndex(m_apps->index(0));
    appTitle->setBuddy(m_appList);
    leftLayout->addWidget(m_appList, 1);
    leftLayout->addWidget(m_certificatesButton);
    connect(newApp, &QToolButton::clicked, this, &MainWindow::newApplication);
    connect(m_renameApp, &QToolButton::clicked, this, &MainWindow::renameApplication);
    connect(m_deleteApp, &QToolButton::clicked, this, &MainWindow::deleteApplication);
    connect(m_appList, &QListView::doubleClicked, this, [this](const QModelIndex &idx) {
        if (idx.row() > 0)
            renameApplication();
    });
    connect(m_appList->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::followSelectedApplication);
    m_renameApp->setEnabled(false);
    m_deleteApp->setEnabled(false);
    m_certificatesButton->setEnabled(false);

    // Middle: search, table, empty state.
    auto *middle = new QWidget(splitter);
    auto *midLayout = new QVBoxLayout(middle);
    midLayout->setContentsMargins(0, 8, 8, 8);
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>OAuth clients</b>"), middle);
    bar->addWidget(title);
    bar->addSpacing(12);
    m_search = new QLineEdit(middle);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search clients"));
    m_search->setPlaceholderText(tr("Search by name or client ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    bar->addWidget(m_search, 1);
    m_recordButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Create client…"), middle);
    m_recordButton->setObjectName(QStringLiteral("createClientButton"));
    bar->addWidget(m_recordButton);
    midLayout->addLayout(bar);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateEmptyState();
    });
    connect(m_recordButton, &QPushButton::clicked, this, &MainWindow::createClient);

    m_stack = new QStackedWidget(middle);
    midLayout->addWidget(m_stack, 1);

    auto *empty = new QWidget(m_stack);
    empty->setObjectName(QStringLiteral("emptyState"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    auto *emptyIcon = new QLabel(empty);
    emptyIcon->setPixmap(QIcon(QStringLiteral(":/icons/oauthdesk.svg")).pixmap(72, 72));
    emptyIcon->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(emptyIcon);
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont tf = m_emptyTitle->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.35);
    tf.setBold(true);
    m_emptyTitle->setFont(tf);
    emptyLayout->addWidget(m_emptyTitle);
    m_emptyBody = new QLabel(empty);
    m_emptyBody->setObjectName(QStringLiteral("emptyBody"));
    m_emptyBody->setAlignment(Qt::AlignCenter);
    m_emptyBody->setWordWrap(true);
    m_emptyBody->setMinimumWidth(460);
    m_emptyBody->setMaximumWidth(560);
    auto *bodyRow = new QHBoxLayout;
    bodyRow->addStretch(1);
    bodyRow->addWidget(m_emptyBody);
    bodyRow->addStretch(1);
    emptyLayout->addLayout(bodyRow);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    m_emptyCreateApp = new QPushButton(tr("1. Create an &application"), empty);
    m_emptyCreateApp->setObjectName(QStringLiteral("emptyCreateApplication"));
    m_emptyAddEnv = new QPushButton(tr("2. Add an &environment"), empty);
    m_emptyAddEnv->setObjectName(QStringLiteral("emptyAddEnvironment"));
    m_emptyRecord = new QPushButton(tr("3. Create a &client"), empty);
    m_emptyRecord->setObjectName(QStringLiteral("emptyCreateClient"));
    for (auto *b : { m_emptyCreateApp, m_emptyAddEnv, m_emptyRecord })
        emptyButtons->addWidget(b);
    emptyButtons->addStretch(1);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    connect(m_emptyCreateApp, &QPushButton::clicked, this, &MainWindow::newApplication);
    connect(m_emptyAddEnv, &QPushButton::clicked, this, &MainWindow::openEnvironments);
    connect(m_emptyRecord, &QPushButton::clicked, this, &MainWindow::createClient);
    m_stack->insertWidget(EmptyPage, empty);

    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setAccessibleName(tr("OAuth clients"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setMouseTracking(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Fixed sizes: nothing measures 10,000 rows (DESIGN.md: start-up well under a second).
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(34);
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setHighlightSections(false);
    header->resizeSection(ClientTableModel::ClientColumn, 210);
    header->resizeSection(ClientTableModel::ClientIdColumn, 230);
    header->resizeSection(ClientTableModel::GrantTypesColumn, 235);
    header->resizeSection(ClientTableModel::StatusColumn, 80);
    header->resizeSection(ClientTableModel::CreatedColumn, 125);
    header->setSectionResizeMode(ClientTableModel::ClientColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->setSectionResizeMode(ClientTableModel::ActionsColumn, QHeaderView::Fixed);
    header->resizeSection(ClientTableModel::ActionsColumn, 3 * 26 + 10);
    header->setStretchLastSection(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClientTableModel::ClientColumn, Qt::AscendingOrder);
    m_table->setItemDelegateForColumn(ClientTableModel::GrantTypesColumn, new GrantBadgeDelegate(m_table));
    m_table->setItemDelegateForColumn(ClientTableModel::StatusColumn, new StatusDelegate(m_table));
    m_idDelegate = new ButtonCellDelegate({ ButtonCellDelegate::Copy }, true, m_table);
    m_actionsDelegate = new ButtonCellDelegate(
        { ButtonCellDelegate::View, ButtonCellDelegate::Edit, ButtonCellDelegate::Delete }, false, m_table);
    m_table->setItemDelegateForColumn(ClientTableModel::ClientIdColumn, m_idDelegate);
    m_table->setItemDelegateForColumn(ClientTableModel::ActionsColumn, m_actionsDelegate);
    auto onButton = [this](const QModelIndex &index, ButtonCellDelegate::Button button) {
        const qint64 id = index.data(ClientTableModel::ClientRowIdRole).toLongLong();
        switch (button) {
        case ButtonCellDelegate::Copy: copyClientId(id); break;
        case ButtonCellDelegate::View: viewClient(id); break;
        case ButtonCellDelegate::Edit: editClient(id); break;
        case ButtonCellDelegate::Delete: deleteClient(id); break;
        }
    };
    connect(m_idDelegate, &ButtonCellDelegate::buttonClicked, this, onButton);
    connect(m_actionsDelegate, &ButtonCellDelegate::buttonClicked, this, onButton);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != ClientTableModel::ActionsColumn)
            viewClient(index.data(ClientTableModel::ClientRowIdRole).toLongLong());
    });
    m_stack->insertWidget(TablePage, m_table);

    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 240, 980 });

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("clientCounts"));
    statusBar()->addPermanentWidget(m_counts);
}

void MainWindow::buildMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *record = file->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New client…"),
                                   this, &MainWindow::createClient);
    record->setShortcut(QKeySequence::New);
    file->addAction(tr("New &application…"), this, &MainWindow::newApplication);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    auto *find = edit->addAction(tr("&Find client"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("findAction"));

    // Row actions: in the Edit menu, the table's context menu, and on the keyboard.
    auto rowAction = [this, edit](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, [this, slot] {
            if (const qint64 id = currentClientRowId())
                (this->*slot)(id);
        });
        m_table->addAction(a);
        edit->addAction(a);
        return a;
    };
    rowAction(tr("Get test &token or sign in"), QKeySequence(Qt::CTRL | Qt::Key_T), &MainWindow::getTestToken)
        ->setObjectName(QStringLiteral("getTestTokenAction"));
    rowAction(tr("&Copy client ID"), QKeySequence::Copy, &MainWindow::copyClientId);
    rowAction(tr("&View client"), QKeySequence(Qt::Key_Return), &MainWindow::viewClient);
    rowAction(tr("E&dit client…"), QKeySequence(Qt::Key_F2), &MainWindow::editClient);
    rowAction(tr("De&lete client…"), QKeySequence::Delete, &MainWindow::deleteClient);

    auto *settings = menuBar()->addMenu(tr("&Settings"));
    auto *envs = settings->addAction(QIcon(QStringLiteral(":/icons/environment.svg")), tr("&Environments…"),
                                     this, &MainWindow::openEnvironments);
    envs->setObjectName(QStringLiteral("environmentsAction"));

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About OAuthDesk"), this, [this] {
        QMessageBox::about(this, tr("About OAuthDesk"),
                           tr("<b>OAuthDesk %1</b><p>A desktop portal for the admins who set up "
                              "OAuth 2.0 clients.</p><p>Data file: %2</p>")
                               .arg(QApplication::applicationVersion(), m_dataPath.toHtmlEscaped()));
    });
}

void MainWindow::connectStore()
{
    if (m_registry) {
        connect(m_registry, &ClientRegistry::warning, this, [this](const QString &message) {
            reportFailure({ ErrorCode::KeychainUnavailable, message, {} });
        });
    }
    if (!m_store)
        return;
    connect(m_store, &AsyncStore::clientsSaved, this, [this](const QList<OAuthClient> &clients) {
        m_clients->upsertClients(clients);
        updateEmptyState();
    });
    connect(m_store, &AsyncStore::clientRemoved, this, [this](qint64 id) {
        m_clients->removeClient(id);
        updateEmptyState();
    });
    connect(m_store, &AsyncStore::applicationSaved, this, [this](const Application &app) {
        m_apps->upsertApplication(app);
        updateEmptyState();
    });
    connect(m_store, &AsyncStore::applicationRemoved, this, [this](qint64 id) {
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
    connect(m_store, &AsyncStore::environmentSaved, this, [this](const Environment &env) {
        for (auto &e : m_environments) {
            if (e.id == env.id) {
                e = env;
                return;
            }
        }
        m_environments.append(env);
        updateEmptyState();
    });
    connect(m_store, &AsyncStore::environmentRemoved, this, [this](qint64 id) {
        m_environments.removeIf([id](const Environment &e) { return e.id == id; });
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
    m_environments = std::move(snapshot.environments);
    m_clients->setClients(std::move(snapshot.clients));
    m_apps->setApplications(std::move(snapshot.applications));
    m_appList->setCurrentIndex(m_apps->index(0));
    m_loaded = true;
    updateEmptyState();
    Q_EMIT loaded();
}

void MainWindow::showStoreError(const Error &error)
{
    m_storeBroken = true;
    m_loaded = true;
    m_stack->setCurrentIndex(EmptyPage);
    m_emptyTitle->setText(tr("The data file could not be opened"));
    m_emptyBody->setText(error.message);
    m_emptyBody->setToolTip(error.detail);
    for (auto *w : std::initializer_list<QWidget *> { m_emptyCreateApp, m_emptyAddEnv, m_emptyRecord,
                                                      m_recordButton, m_search })
        w->setEnabled(false);
    centralWidget()->findChild<QWidget *>(QStringLiteral("newApplicationButton"))->setEnabled(false);
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
    m_certificatesButton->setEnabled(app && m_certificates);
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
    m_emptyAddEnv->setVisible(!searching && (!appId || m_environments.isEmpty()));
    m_emptyRecord->setVisible(!searching);
    m_emptyRecord->setEnabled(haveApps);
    if (searching) {
        m_emptyTitle->setText(tr("No client matches \"%1\"").arg(m_search->text().trimmed()));
        m_emptyBody->setText(tr("The search looks at client names and client IDs. Clear it "
                                "(Esc in the search field) to see every client."));
    } else if (appId) {
        const auto *app = m_apps->applicationById(*appId);
        m_emptyTitle->setText(tr("No clients in %1 yet").arg(app ? app->name : QString()));
        m_emptyBody->setText(m_environments.isEmpty()
                                 ? tr("Add the <b>environment</b> (UAT, Production) whose authorization server issues the "
                                      "clients, then create a client with the wizard.")
                                 : tr("Create a client with the wizard: it applies the right security "
                                      "settings for the kind of application and keeps the secret in "
                                      "the system keychain."));
    } else {
        m_emptyTitle->setText(tr("No OAuth clients yet"));
        m_emptyBody->setText(
            haveApps ? tr("Pick an application on the left, or create a client with the wizard: it applies "
                          "the right security settings for the kind of application.")
                     : tr("Start by creating an <b>application</b>: the system your clients belong to. Then "
                          "add the <b>environment</b> (UAT, Production) whose authorization server issues "
                          "them, and create your first <b>client</b>."));
        m_emptyCreateApp->setDefault(!haveApps);
        m_emptyRecord->setToolTip(haveApps ? QString() : tr("Create an application first"));
    }
}

void MainWindow::updateCounts()
{
    const QLocale locale;
    m_counts->setText(tr("Clients: %1 · Applications: %2 · Environments: %3")
                          .arg(locale.toString(m_clients->rowCount()),
                               locale.toString(qsizetype(m_apps->applications().size())),
                               locale.toString(qsizetype(m_environments.size()))));
}

std::optional<qint64> MainWindow::selectedApplicationId() const
{
    const QModelIndex idx = m_appList->currentIndex();
    const qint64 id = idx.isValid() ? idx.data(ApplicationListModel::ApplicationIdRole).toLongLong() : 0;
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
    for (const auto &e : m_environments) {
        if (e.id == *id)
            return e.name;
    }
    return {};
}

void MainWindow::reportFailure(const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("OAuthDesk"), error.message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::copyClientId(qint64 clientRowId)
{
    const auto *c = m_clients->clientById(clientRowId);
    if (!c)
        return;
    // A client ID is public: a plain copy (secrets get the password-manager hint, see STYLE.md).
    QApplication::clipboard()->setText(c->clientId);
    statusBar()->showMessage(tr("Client ID copied"), kStatusMs);
}

void MainWindow::withStoredClient(qint64 clientRowId, std::function<void(const OAuthClient &)> use)
{
    // The table holds the list columns only (Store::clientList()); views and edits read the
    // whole row, fresh from the store.
    m_store->run([clientRowId](Store &s) { return s.client(clientRowId); }, this,
                 [this, use = std::move(use)](Result<OAuthClient> client) {
                     if (!client)
                         reportFailure(client.error());
                     else
                         use(*client);
                 });
}

void MainWindow::viewClient(qint64 clientRowId)
{
    withStoredClient(clientRowId, [this](const OAuthClient &c) {
        const auto *app = m_apps->applicationById(c.applicationId);
        auto *dlg = new ClientDetailsDialog(c, app ? app->name : QString(), environmentName(c.environmentId),
                                            m_registry, this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        connect(dlg, &ClientDetailsDialog::copyClientIdRequested, this, [this, id = c.id] { copyClientId(id); });
        connect(dlg, &ClientDetailsDialog::testTokenRequested, this, &MainWindow::getTestToken);
        if (m_registration && !c.registrationClientUri.isEmpty()) {
            for (const Environment &e : m_environments) {
                if (c.environmentId == e.id)
                    dlg->addRegistrationPanel(m_registration, e);
            }
        }
        dlg->open();
    });
}

void MainWindow::openWizard(std::optional<OAuthClient> existing)
{
    auto *wizard = new ClientWizard(m_registry, m_store, m_apps->applications(), m_environments,
                                    std::move(existing), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setCertificateRegistry(m_certificates);
    wizard->setRegistrationService(m_registration);
    if (!wizard->isEditing()) {
        ClientDraft &d = wizard->draft();
        if (auto app = selectedApplicationId())
            d.client.applicationId = *app;
        else if (!m_apps->applications().isEmpty())
            d.client.applicationId = m_apps->applications().constFirst().id;
        if (!m_environments.isEmpty())
            d.client.environmentId = m_environments.constFirst().id;
    }
    connect(wizard, &ClientWizard::submitted, this, [this](const OAuthClient &saved) {
        statusBar()->showMessage(tr("Client \"%1\" saved").arg(saved.name), kStatusMs);
        Q_EMIT storeAnswered(true);
    });
    wizard->open();
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
        withStoredClient(clientRowId, [this, name](const OAuthClient &full) {
            m_registry->remove(full, this, [this, name](Result<void> removed) {
                if (!removed)
                    reportFailure(removed.error());
                else
                    statusBar()->showMessage(tr("Client \"%1\" deleted").arg(name), kStatusMs);
                Q_EMIT storeAnswered(bool(removed));
            });
        });
    });
    box->open();
}

void MainWindow::newApplication()
{
    auto *dlg = new ApplicationDialog(Application {}, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg] {
        const Application app = dlg->application();
        m_store->run([app](Store &s) { return s.saveApplication(app); }, this, [this](Result<Application> saved) {
                if (!saved) {
                    reportFailure(saved.error());
                } else {
                    m_appList->setCurrentIndex(m_apps->indexOfApplication(saved->id));
                    statusBar()->showMessage(tr("Application \"%1\" created").arg(saved->name), kStatusMs);
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
        const Application changed = dlg->application();
        m_store->run([changed](Store &s) { return s.saveApplication(changed); }, this, [this](Result<Application> saved) {
                if (!saved)
                    reportFailure(saved.error());
                else
                    statusBar()->showMessage(tr("Application \"%1\" saved").arg(saved->name), kStatusMs);
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
        // Through the registry: the clients' keychain entries go first, while they can be found.
        m_registry->removeApplication(appId, this, [this, name](Result<void> removed) {
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
                                tr("Delete the application \"%1\" and its clients (%2)?").arg(name, QLocale().toString(clients)),
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

void MainWindow::cacheDiscovery(qint64 environmentId, const QByteArray &document)
{
    for (const auto &e : std::as_const(m_environments)) {
        if (e.id != environmentId)
            continue;
        m_store->run([id = e.id, issuer = e.issuer, document](Store &s) {
            return s.saveDiscovery(id, issuer, document, QDateTime::currentDateTimeUtc());
        }, this, [](Result<Environment>) {}); // a cache: when it cannot be written, the next test fetches again
    }
}

void MainWindow::getTestToken(qint64 clientRowId)
{
    withStoredClient(clientRowId, [this](const OAuthClient &c) {
        const Environment *env = nullptr;
        for (const auto &e : std::as_const(m_environments)) {
            if (c.environmentId == e.id)
                env = &e;
        }
        if (!env) {
            reportFailure({ ErrorCode::InvalidInput,
                            tr("\"%1\" has no environment, so there is no authorization server to ask. "
                               "Edit the client and pick its environment.")
                                .arg(c.name),
                            {} });
            return;
        }
        const Environment environment = *env;
        // Interactive clients (Native, SPA, Web) are tested by signing in through the browser.
        const bool signIn = isInteractive(c);
        auto open = [this, c, environment, signIn](Result<ClientCredentials> credentials) {
            if (!credentials) {
                reportFailure(credentials.error());
                return;
            }
            // One dialog for both: it shows whichever tester's results, and the discovery each
            // fetches is cached for the environment.
            auto show = [this, id = environment.id](auto *tester) {
                connect(tester, &std::remove_pointer_t<decltype(tester)>::discovered, this,
                        [this, id](const QByteArray &doc) { cacheDiscovery(id, doc); });
                auto *dlg = new TokenTestDialog(tester, this);
                dlg->setAttribute(Qt::WA_DeleteOnClose);
                dlg->show();
                tester->start();
                Q_EMIT tokenDialogOpened(dlg);
            };
            if (signIn) {
                auto *tester = new SignInTester(m_transport, environment, c, std::move(*credentials));
                if (m_browserOpener) {
                    tester->setBrowserOpener(m_browserOpener);
                } else {
                    tester->setBrowserOpener([tester](const QUrl &url) {
                        return openInBrowser(url, tester, [tester, url](const QString &why) { tester->reportBrowserNotOpened(url, why); });
                    });
                }
                show(tester);
                return;
            }
            show(new TokenTester(m_transport, environment, c, std::move(*credentials)));
        };
        const bool needsCertificates = c.signingCertificateId || c.transportCertificateId;
        if (c.authMethod == AuthMethod::None) {
            open(ClientCredentials {}); // a public client proves nothing but PKCE
            return;
        }
        if (!needsCertificates || !m_certificates) {
            // A secret client: its secret from the keychain.
            m_registry->readSecret(c, this, [open](Result<SecretBytes> secret) {
                if (!secret) {
                    open(std::unexpected(secret.error()));
                    return;
                }
                ClientCredentials cred;
                cred.clientSecret = std::make_shared<const SecretBytes>(std::move(*secret));
                open(std::move(cred));
            });
            return;
        }
        // Keys and certificates: the records from the store, the keys from the keychain.
        m_store->run([appId = c.applicationId](Store &s) { return s.certificates(appId); }, this,
                     [this, c, open](Result<QList<CertificateRecord>> certs) {
                         if (!certs) {
                             reportFailure(certs.error());
                             return;
                         }
                         std::optional<CertificateRecord> signing, transport;
                         for (const CertificateRecord &r : *certs) {
                             if (c.signingCertificateId == r.id)
                                 signing = r;
                             if (c.transportCertificateId == r.id)
                                 transport = r;
                         }
                         m_certificates->credentialsFor(c, signing, transport, this, open);
                     });
    });
}

void MainWindow::setRegistrationService(RegistrationService *service)
{
    m_registration = service;
}

void MainWindow::setCertificateRegistry(CertificateRegistry *registry)
{
    m_certificates = registry;
}

void MainWindow::openCertificates()
{
    const auto id = selectedApplicationId();
    const Application *app = id ? m_apps->applicationById(*id) : nullptr;
    if (!app || !m_certificates)
        return;
    auto *dlg = new CertificatesDialog(m_certificates, m_store, *app, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

void MainWindow::openEnvironments()
{
    auto *dlg = new EnvironmentsDialog(m_store, m_transport, m_environments, this);
    dlg->setRegistrationService(m_registration);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

} // namespace oauthdesk
