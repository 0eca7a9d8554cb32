// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Environment.h"
#include "model/Snapshot.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QKeySequence;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace oauthdesk {

class ApplicationListModel;
class ButtonCellDelegate;
class ClientFilterModel;
class ExpiryRadar;
class TokenTestDialog;
class Workspace;

class ClientTableModel;

/// The portal's "OAuth Clients" page: applications on the left, the client table in the middle.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Every job goes through @p workspace's use cases (it outlives the window).
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Fills the window from the store (called once the store answered).
    void loadSnapshot(StoreSnapshot snapshot);
    /// The store could not be opened: say why, and offer nothing that would write.
    void showStoreError(const Error &error);
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    /// Shown in Help → About, so an admin can find (and back up) the data file.
    void setDataPath(const QString &path) { m_dataPath = path; }
    /// How "Test sign-in" opens the system browser (default QDesktopServices::openUrl; tests
    /// pass a headless browser).
    void setBrowserOpener(std::function<bool(const QUrl &)> opener)
    {
        m_browserOpener = std::move(opener);
    }

    // For tests and benchmarks: the pieces a person sees.
    [[nodiscard]] QTableView *clientTable() const { return m_table; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] ClientTableModel *clientModel() const { return m_clients; }
    [[nodiscard]] ClientFilterModel *filterModel() const { return m_filter; }
    [[nodiscard]] ButtonCellDelegate *clientIdDelegate() const { return m_idDelegate; }
    [[nodiscard]] ButtonCellDelegate *actionsDelegate() const { return m_actionsDelegate; }
    [[nodiscard]] QListView *applicationList() const { return m_appList; }
    /// The status bar's "N items expire within 14 days — View…" (hidden when nothing does).
    [[nodiscard]] QPushButton *expiryWarning() const { return m_expiryWarning; }

public Q_SLOTS:
    void createClient();
    void newApplication();
    void renameApplication();
    void deleteApplication();
    void openEnvironments();
    /// The selected application's signing and transport keys and certificates.
    void openCertificates();
    void copyClientId(qint64 clientRowId);
    void viewClient(qint64 clientRowId);
    void editClient(qint64 clientRowId);
    void deleteClient(qint64 clientRowId);
    /// "Get test token" (Ctrl+T): a real token from the client's environment, in a result pane.
    void getTestToken(qint64 clientRowId);

Q_SIGNALS:
    /// A write reached the store and came back (tests wait for it).
    void storeAnswered(bool ok);
    void loaded();
    void tokenDialogOpened(oauthdesk::TokenTestDialog *dialog);
    /// The expiry radar answered (the status bar's warning is up to date).
    void expiriesScanned();

private:
    enum StackPage { EmptyPage, TablePage };
    static constexpr int kStatusMs = 4000;

    void buildUi();
    void buildMenus();
    void connectStore();
    /// The client table, the buttons and the empty view follow the selected application.
    void followSelectedApplication();
    void updateEmptyState();
    void updateCounts();
    void reportFailure(const Error &error);
    void withStoredClient(qint64 clientRowId, std::function<void(const OAuthClient &)> use);
    void openWizard(std::optional<OAuthClient> existing);
    /// Selects @p client's row and scrolls to it, switching the application or clearing the
    /// search when they hide it (after the wizard's Finish).
    void revealClient(const OAuthClient &client);
    [[nodiscard]] std::optional<qint64> selectedApplicationId() const;
    [[nodiscard]] qint64 currentClientRowId() const;
    /// An action on the current client: added to `menu` and to the table (its context menu and
    /// keyboard); `run` gets the client's row id, and nothing happens when no client is current.
    QAction *addClientAction(QMenu *menu, const QString &text, const QKeySequence &key,
        const QString &objectName, std::function<void(qint64)> run);
    [[nodiscard]] QString environmentName(std::optional<qint64> id) const;
    /// Issue 15: scans the expiry radar off the GUI thread and warns in the status bar.
    void scanExpiries();
    void runExpiryScan();
    // The Tools menu (MainWindowTools.cpp, issue 15).
    void buildToolsMenu();
    void runDoctor(std::optional<qint64> clientRowId);
    void openExpiryRadar();
    void saveSupportBundle(qint64 clientRowId);

    Workspace &m_workspace;
    std::function<bool(const QUrl &)> m_browserOpener;
    QString m_dataPath;
    bool m_loaded = false;
    bool m_storeBroken = false;

    ClientTableModel *m_clients = nullptr;
    ClientFilterModel *m_filter = nullptr;
    ApplicationListModel *m_apps = nullptr;

    QListView *m_appList = nullptr;
    QToolButton *m_renameApp = nullptr;
    QToolButton *m_deleteApp = nullptr;
    QToolButton *m_certificatesButton = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_recordButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyBody = nullptr;
    QPushButton *m_emptyCreateApp = nullptr;
    QPushButton *m_emptyAddEnv = nullptr;
    QPushButton *m_emptyRecord = nullptr;
    QLabel *m_counts = nullptr;
    ButtonCellDelegate *m_idDelegate = nullptr;
    ButtonCellDelegate *m_actionsDelegate = nullptr;
    std::unique_ptr<ExpiryRadar> m_radar;
    QPushButton *m_expiryWarning = nullptr;
    bool m_expiryScanQueued = false;
};

} // namespace oauthdesk
