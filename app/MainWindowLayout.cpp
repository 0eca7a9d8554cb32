// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"
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
#include "widgets/ApplicationDelegate.h"
#include "widgets/BrowserLauncher.h"
#include "widgets/ClientTableDelegates.h"
#include "wizard/ClientWizard.h"

#include <QAction>
#include <QActionGroup>
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
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace oauthdesk {

namespace {
QToolButton *toolButton(
    const QString &icon, const QString &text, const QString &name, QWidget *parent)
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
    auto *newApp = toolButton(QStringLiteral(":/icons/add.svg"), tr("New application"),
        QStringLiteral("newApplicationButton"), left);
    m_renameApp = toolButton(QStringLiteral(":/icons/edit.svg"), tr("Rename application"),
        QStringLiteral("renameApplicationButton"), left);
    m_deleteApp = toolButton(QStringLiteral(":/icons/delete.svg"), tr("Delete application"),
        QStringLiteral("deleteApplicationButton"), left);
    m_certificatesButton = toolButton(QStringLiteral(":/icons/view.svg"),
        tr("Certificates of this application"), QStringLiteral("certificatesButton"), left);
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
    connect(m_appList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::followSelectedApplication);
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
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition)
        ->setToolTip(tr("Search clients"));
    bar->addWidget(m_search, 1);
    m_recordButton
        = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Create client…"), middle);
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
    // Fixed sizes: nothing measures 10,000 rows (docs/architecture.md "Quality bars": start-up).
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
    // The row actions act on the current row. Assistive technology selects a row without moving
    // the current index (QItemSelectionModel::select), so follow the selection here.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QItemSelectionModel *selection = m_table->selectionModel();
        const QModelIndexList rows = selection->selectedRows();
        if (rows.isEmpty()
            || selection->isRowSelected(
                selection->currentIndex().row(), selection->currentIndex().parent()))
            return;
        selection->setCurrentIndex(rows.first(), QItemSelectionModel::NoUpdate);
    });
    m_table->sortByColumn(ClientTableModel::ClientColumn, Qt::AscendingOrder);
    m_table->setItemDelegateForColumn(
        ClientTableModel::GrantTypesColumn, new GrantBadgeDelegate(m_table));
    m_table->setItemDelegateForColumn(ClientTableModel::StatusColumn, new StatusDelegate(m_table));
    m_idDelegate = new ButtonCellDelegate({ ButtonCellDelegate::Copy }, true, m_table);
    m_actionsDelegate = new ButtonCellDelegate(
        { ButtonCellDelegate::View, ButtonCellDelegate::Edit, ButtonCellDelegate::Delete }, false,
        m_table);
    m_table->setItemDelegateForColumn(ClientTableModel::ClientIdColumn, m_idDelegate);
    m_table->setItemDelegateForColumn(ClientTableModel::ActionsColumn, m_actionsDelegate);
    auto onButton = [this](const QModelIndex &index, ButtonCellDelegate::Button button) {
        const qint64 id = index.data(ClientTableModel::ClientRowIdRole).toLongLong();
        switch (button) {
        case ButtonCellDelegate::Copy:
            copyClientId(id);
            break;
        case ButtonCellDelegate::View:
            viewClient(id);
            break;
        case ButtonCellDelegate::Edit:
            editClient(id);
            break;
        case ButtonCellDelegate::Delete:
            deleteClient(id);
            break;
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
    // Some platforms (offscreen, plain X11 without a theme) have no standard Quit key: Ctrl+Q then.
    const QKeySequence quitKey(QKeySequence::Quit);
    quit->setShortcut(quitKey.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : quitKey);

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    auto *find = edit->addAction(tr("&Find client"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("findAction"));

    // Row actions: in the Edit menu, the table's context menu, and on the keyboard.
    auto rowAction = [this, edit](const QString &text, const QKeySequence &key, const char *name,
                         void (MainWindow::*slot)(qint64)) {
        return addClientAction(edit, text, key, name ? QString::fromLatin1(name) : QString(),
            [this, slot](qint64 id) { (this->*slot)(id); });
    };
    rowAction(tr("Get test &token or sign in"), QKeySequence(Qt::CTRL | Qt::Key_T),
        "getTestTokenAction", &MainWindow::getTestToken);
    rowAction(
        tr("&Copy client ID"), QKeySequence::Copy, "copyClientIdAction", &MainWindow::copyClientId);
    rowAction(tr("&View client"), QKeySequence(Qt::Key_Return), "viewClientAction",
        &MainWindow::viewClient);
    rowAction(
        tr("E&dit client…"), QKeySequence(Qt::Key_F2), "editClientAction", &MainWindow::editClient);
    rowAction(tr("De&lete client…"), QKeySequence::Delete, "deleteClientAction",
        &MainWindow::deleteClient);

    auto *settings = menuBar()->addMenu(tr("&Settings"));
    auto *envs = settings->addAction(QIcon(QStringLiteral(":/icons/environment.svg")),
        tr("&Environments…"), this, &MainWindow::openEnvironments);
    envs->setObjectName(QStringLiteral("environmentsAction"));
    const QKeySequence settingsKey(QKeySequence::Preferences); // Ctrl+, where the platform has none
    envs->setShortcut(settingsKey.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : settingsKey);
    // Stored in QSettings and applied at the next start (app/Language.h), as the menu says.
    auto *languageMenu = settings->addMenu(tr("&Language (applies at next start)"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(languageMenu);
    const QString stored = QSettings().value(QLatin1String(language::kSettingsKey)).toString();
    const std::pair<QString, QString> choices[] = { { QString(), tr("&System default") },
        { QStringLiteral("en"), tr("&English") }, { QStringLiteral("de"), tr("&Deutsch") } };
    for (const auto &[code, label] : choices) {
        QAction *choice = languageMenu->addAction(label);
        choice->setCheckable(true);
        choice->setChecked(code == stored);
        choice->setData(code);
        languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code] {
            language::store(code);
            statusBar()->showMessage(tr("The language changes the next time OAuthDesk starts."));
        });
    }

    buildToolsMenu();

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About OAuthDesk"), this, [this] {
        QMessageBox::about(this, tr("About OAuthDesk"),
            tr("<b>OAuthDesk %1</b><p>A desktop portal for the admins who set up "
               "OAuth 2.0 clients.</p><p>Data file: %2</p>")
                .arg(QApplication::applicationVersion(), m_dataPath.toHtmlEscaped()));
    });
}

} // namespace oauthdesk
