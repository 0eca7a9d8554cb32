// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against a real SQLite file: table, search, copy, delete, empty state.
#include "GuiTestSupport.h"
#include "dialogs/ApplicationDialog.h"
#include "models/ClientFilterModel.h"
#include "models/ClientTableModel.h"
#include "widgets/ClientTableDelegates.h"
#include "wizard/ClientWizard.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

using namespace oauthdesk;
using namespace oauthdesk::test;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_billingApp = 0;
    qint64 m_mobileApp = 0;

    /// Reads the file through a second connection, as another process would.
    QList<OAuthClient> storedClients()
    {
        auto s = Store::open(m_path);
        if (!s)
            return {};
        return (*s)->clients().value_or(QList<OAuthClient> {});
    }

    int rowOfClientId(QTableView *table, const QString &clientId)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, ClientTableModel::ClientIdColumn).data().toString()
                == clientId)
                return r;
        }
        return -1;
    }

    void clickCellButton(QTableView *table, ButtonCellDelegate *delegate, int row, int column,
        ButtonCellDelegate::Button button)
    {
        const QModelIndex idx = table->model()->index(row, column);
        table->scrollTo(idx);
        const QRect cell = table->visualRect(idx);
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {}, delegate->buttonRect(cell, button).center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        // A fresh store per test: two applications, four clients.
        m_path = m_dir.filePath(QStringLiteral("%1/oauthdesk.sqlite")
                                    .arg(QString::fromLatin1(QTest::currentTestFunction())));
        auto opened = Store::open(m_path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Store &s = **opened;
        auto billing = s.saveApplication(
            { 0, QStringLiteral("Billing"), QStringLiteral("Invoices and statements"), {}, {} });
        auto mobile = s.saveApplication({ 0, QStringLiteral("Mobile banking"), QString(), {}, {} });
        QVERIFY(billing && mobile);
        m_billingApp = billing->id;
        m_mobileApp = mobile->id;
        auto saved = s.saveClients({
            makeClient(
                m_billingApp, QStringLiteral("billing-service"), QStringLiteral("bill-svc-001")),
            makeClient(
                m_billingApp, QStringLiteral("statement-sync"), QStringLiteral("stmt-sync-002")),
            makeClient(m_mobileApp, QStringLiteral("Mobile App iOS"),
                QStringLiteral("mobile-ios-003"), ApplicationType::Native),
            makeClient(m_mobileApp, QStringLiteral("Partner portal"),
                QStringLiteral("partner-web-004"), ApplicationType::Web),
        });
        QVERIFY(saved);
    }

    void tableShowsStoredClients()
    {
        OpenWindow w;
        QVERIFY(w.open(m_path));
        QTableView *table = w.window->clientTable();
        QAbstractItemModelTester tester(
            table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 4);
        const int row = rowOfClientId(table, QStringLiteral("mobile-ios-003"));
        QVERIFY(row >= 0);
        auto *m = table->model();
        QCOMPARE(m->index(row, ClientTableModel::ClientColumn).data().toString(),
            QStringLiteral("Mobile App iOS"));
        QCOMPARE(m->index(row, ClientTableModel::GrantTypesColumn)
                     .data(ClientTableModel::GrantTypesRole)
                     .toStringList(),
            QStringList({ displayName(GrantType::AuthorizationCode),
                displayName(GrantType::RefreshToken) }));
        QCOMPARE(m->index(row, ClientTableModel::StatusColumn).data().toString(),
            displayName(ClientStatus::Active));
        // One time format across panes: the local date, and the full time with its zone named.
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"))
                    .match(m->index(row, ClientTableModel::CreatedColumn).data().toString())
                    .hasMatch());
        const QString createdTip
            = m->index(row, ClientTableModel::CreatedColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(
            createdTip.startsWith(
                m->index(row, ClientTableModel::CreatedColumn).data().toString() + QLatin1Char(' '))
                && QRegularExpression(QStringLiteral("^\\S+ \\d{2}:\\d{2}:\\d{2} \\S+$"))
                       .match(createdTip)
                       .hasMatch(),
            qPrintable(createdTip));
        QCOMPARE(m->headerData(ClientTableModel::ClientIdColumn, Qt::Horizontal).toString(),
            QStringLiteral("Client ID"));
        // Sorted by client name, case-insensitively, as the header shows.
        QCOMPARE(m->index(0, ClientTableModel::ClientColumn).data().toString(),
            QStringLiteral("billing-service"));
        QCOMPARE(w.window->findChild<QStackedWidget *>()->currentWidget(),
            static_cast<QWidget *>(table));

        // Picking an application narrows the table to its clients.
        QListView *apps = w.window->applicationList();
        QCOMPARE(apps->model()->rowCount(), 3); // All clients + 2
        QCOMPARE(apps->model()->index(0, 0).data().toString(), QStringLiteral("All clients"));
        apps->setCurrentIndex(apps->model()->index(2, 0)); // "Mobile banking" sorts after "Billing"
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(rowOfClientId(table, QStringLiteral("bill-svc-001")) < 0);
    }

    void searchFiltersByNameAndClientId()
    {
        OpenWindow w;
        QVERIFY(w.open(m_path));
        QTableView *table = w.window->clientTable();
        QLineEdit *search = w.window->searchField();

        // Ctrl+F focuses the search field from the table.
        table->setFocus();
        QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());

        QTest::keyClicks(search, QStringLiteral("SYNC"));
        QCOMPARE(table->model()->rowCount(), 1); // by name, case-insensitive
        QCOMPARE(table->model()->index(0, ClientTableModel::ClientIdColumn).data().toString(),
            QStringLiteral("stmt-sync-002"));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("web-004"));
        QCOMPARE(table->model()->rowCount(), 1); // by client ID
        QCOMPARE(table->model()->index(0, ClientTableModel::ClientColumn).data().toString(),
            QStringLiteral("Partner portal"));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("no-such-client"));
        QCOMPARE(table->model()->rowCount(), 0);
        auto *title = w.window->findChild<QLabel *>(QStringLiteral("emptyTitle"));
        QVERIFY(title->isVisible());
        QVERIFY2(
            title->text().contains(QStringLiteral("no-such-client")), qPrintable(title->text()));

        search->clear();
        QCOMPARE(table->model()->rowCount(), 4);
        QVERIFY(table->isVisible());
    }

    void copyButtonPutsClientIdOnClipboard()
    {
        OpenWindow w;
        QVERIFY(w.open(m_path));
        QApplication::clipboard()->setText(QStringLiteral("something else"));
        QTableView *table = w.window->clientTable();
        const int row = rowOfClientId(table, QStringLiteral("partner-web-004"));
        QVERIFY(row >= 0);
        clickCellButton(table, w.window->clientIdDelegate(), row, ClientTableModel::ClientIdColumn,
            ButtonCellDelegate::Copy);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("partner-web-004"));
        QCOMPARE(w.window->statusBar()->currentMessage(), QStringLiteral("Client ID copied"));

        // Ctrl+C on a selected row copies its client ID too.
        const int other = rowOfClientId(table, QStringLiteral("bill-svc-001"));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(other, 0));
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("bill-svc-001"));
    }

    void deleteAsksThenRemoves()
    {
        OpenWindow w;
        QVERIFY(w.open(m_path));
        QTableView *table = w.window->clientTable();
        int row = rowOfClientId(table, QStringLiteral("stmt-sync-002"));
        QVERIFY(row >= 0);

        // Cancel keeps it.
        clickCellButton(table, w.window->actionsDelegate(), row, ClientTableModel::ActionsColumn,
            ButtonCellDelegate::Delete);
        QMessageBox *box = waitForMessageBox(w.window.get(), QStringLiteral("confirmDeleteClient"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("statement-sync")), qPrintable(box->text()));
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_VERIFY(!w.window->findChild<QMessageBox *>(QStringLiteral("confirmDeleteClient")));
        QTest::qWait(50);
        QCOMPARE(table->model()->rowCount(), 4);
        QCOMPARE(storedClients().size(), 4);

        // Confirm removes it from the table and from the file.
        row = rowOfClientId(table, QStringLiteral("stmt-sync-002"));
        QSignalSpy answered(w.window.get(), &MainWindow::storeAnswered);
        clickCellButton(table, w.window->actionsDelegate(), row, ClientTableModel::ActionsColumn,
            ButtonCellDelegate::Delete);
        box = waitForMessageBox(w.window.get(), QStringLiteral("confirmDeleteClient"));
        QVERIFY(box);
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QVERIFY(answered.wait(5000));
        QCOMPARE(answered.first().first().toBool(), true);
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QCOMPARE(rowOfClientId(table, QStringLiteral("stmt-sync-002")), -1);
        const auto stored = storedClients();
        QCOMPARE(stored.size(), 3);
        for (const auto &c : stored)
            QVERIFY(c.clientId != QStringLiteral("stmt-sync-002"));
        QVERIFY(w.window->statusBar()->currentMessage().contains(QStringLiteral("statement-sync")));
    }

    void deletingAnApplicationWithClientsSaysHowMany()
    {
        OpenWindow w;
        QVERIFY(w.open(m_path));
        QListView *apps = w.window->applicationList();
        apps->setCurrentIndex(apps->model()->index(1, 0)); // Billing: 2 clients
        QTest::mouseClick(w.window->findChild<QWidget *>(QStringLiteral("deleteApplicationButton")),
            Qt::LeftButton);
        QMessageBox *box
            = waitForMessageBox(w.window.get(), QStringLiteral("confirmDeleteApplication"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("Billing"))
                && box->text().contains(QStringLiteral("(2)")),
            qPrintable(box->text()));
        QSignalSpy answered(w.window.get(), &MainWindow::storeAnswered);
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QVERIFY(answered.wait(5000));
        QTRY_COMPARE(apps->model()->rowCount(), 2);
        QCOMPARE(apps->currentIndex().row(), 0); // back on "All clients"
        QCOMPARE(w.window->clientTable()->model()->rowCount(), 2);
        QCOMPARE(storedClients().size(), 2);
    }

    // Regression (issue 12): after deleting the selected application the view said "Start by
    // creating an application" although others (and their clients) exist.
    void deletingTheSelectedApplicationShowsTheOthers()
    {
        OpenWindow w;
        QVERIFY(w.open(m_path));
        QListView *apps = w.window->applicationList();
        apps->setCurrentIndex(apps->model()->index(2, 0)); // Mobile banking, the last row
        QCOMPARE(w.window->clientTable()->model()->rowCount(), 2);
        QTest::mouseClick(w.window->findChild<QWidget *>(QStringLiteral("deleteApplicationButton")),
            Qt::LeftButton);
        QMessageBox *box
            = waitForMessageBox(w.window.get(), QStringLiteral("confirmDeleteApplication"));
        QVERIFY(box);
        QSignalSpy answered(w.window.get(), &MainWindow::storeAnswered);
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QVERIFY(answered.wait(5000));
        QTRY_COMPARE(apps->model()->rowCount(), 2);
        QCOMPARE(apps->currentIndex().row(), 0);
        QTRY_COMPARE(w.window->clientTable()->model()->rowCount(), 2); // Billing's clients
        QCOMPARE(w.window->findChild<QStackedWidget *>()->currentWidget(),
            static_cast<QWidget *>(w.window->clientTable()));
        QVERIFY(!w.window->findChild<QWidget *>(QStringLiteral("deleteApplicationButton"))
                     ->isEnabled());
    }

    void emptyStoreShowsWhatToDoFirst()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty/oauthdesk.sqlite"));
        OpenWindow w;
        QVERIFY(w.open(path));
        auto *stack = w.window->findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState"));
        auto *title = w.window->findChild<QLabel *>(QStringLiteral("emptyTitle"));
        QCOMPARE(title->text(), QStringLiteral("No OAuth clients yet"));
        auto *createApp
            = w.window->findChild<QPushButton *>(QStringLiteral("emptyCreateApplication"));
        QVERIFY(createApp->isVisible());
        QVERIFY(
            !w.window->findChild<QPushButton *>(QStringLiteral("emptyCreateClient"))->isEnabled());

        // The first step from the empty state: create an application.
        QTest::mouseClick(createApp, Qt::LeftButton);
        ApplicationDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = w.window->findChild<ApplicationDialog *>()) != nullptr);
        auto *ok = dlg->findChild<QPushButton *>(QStringLiteral("okButton"));
        QTest::mouseClick(ok, Qt::LeftButton); // empty name: refused beside the field
        auto *problem = dlg->findChild<QLabel *>(QStringLiteral("nameProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("Application name")));
        QTest::keyClicks(dlg->findChild<QLineEdit *>(QStringLiteral("applicationName")),
            QStringLiteral("Card issuing"));
        QSignalSpy answered(w.window.get(), &MainWindow::storeAnswered);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(answered.wait(5000));
        QTRY_COMPARE(w.window->applicationList()->model()->rowCount(), 2);
        QVERIFY(
            w.window->findChild<QPushButton *>(QStringLiteral("emptyCreateClient"))->isEnabled());
        QVERIFY(title->text().contains(QStringLiteral("Card issuing")));
    }

    void createClientOpensTheWizardAndLandsInTheTable()
    {
        OpenWindow w;
        QVERIFY(w.open(m_path));
        w.window->applicationList()->setCurrentIndex(
            w.window->applicationList()->model()->index(2, 0)); // Mobile banking
        // A search that hides every row: after Finish the new client is shown anyway.
        w.window->findChild<QLineEdit *>(QStringLiteral("searchField"))
            ->setText(QStringLiteral("no-such-client"));
        QCOMPARE(w.window->clientTable()->model()->rowCount(), 0);
        QTest::mouseClick(w.window->findChild<QPushButton *>(QStringLiteral("createClientButton")),
            Qt::LeftButton);
        ClientWizard *wizard = nullptr;
        QTRY_VERIFY(
            (wizard = w.window->findChild<ClientWizard *>()) != nullptr && wizard->isVisible());
        // The selected application is preselected.
        QCOMPARE(wizard->draft().client.applicationId, m_mobileApp);
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("clientName")),
            QStringLiteral("ledger-spa"));
        QTest::mouseClick(wizard->findChild<QRadioButton *>(QStringLiteral("type_spa")),
            Qt::LeftButton, {}, QPoint(8, 8));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ClientWizard::AuthenticationPage));
        auto *redirects = wizard->findChild<QLineEdit *>(QStringLiteral("redirectUrisInput"));
        QTest::keyClicks(redirects, QStringLiteral("https://spa.example.com/cb"));
        QTest::keyClick(redirects, Qt::Key_Return);
        wizard->next();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ClientWizard::ReviewPage));
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("reviewClientId")),
            QStringLiteral("ledger-spa-005"));
        QSignalSpy answered(w.window.get(), &MainWindow::storeAnswered);
        wizard->next(); // Submit
        QVERIFY(answered.wait(5000));
        QTRY_COMPARE(wizard->currentId(), int(ClientWizard::DonePage));
        QTRY_COMPARE(w.window->clientTable()->model()->rowCount(), 3); // Mobile banking: 2 + 1
        const int newRow = rowOfClientId(w.window->clientTable(), QStringLiteral("ledger-spa-005"));
        QVERIFY(newRow >= 0);
        // The new client is the selected, current row, so Ctrl+T or Edit act on it at once.
        QVERIFY(w.window->findChild<QLineEdit *>(QStringLiteral("searchField"))->text().isEmpty());
        QCOMPARE(w.window->clientTable()->currentIndex().row(), newRow);
        QVERIFY(w.window->clientTable()->selectionModel()->isRowSelected(newRow, {}));
        bool found = false;
        for (const auto &c : storedClients()) {
            if (c.clientId == QStringLiteral("ledger-spa-005")) {
                found = true;
                QCOMPARE(c.applicationId, m_mobileApp);
                QCOMPARE(c.applicationType, ApplicationType::SinglePage);
                QCOMPARE(c.pkce, PkcePolicy::Required);
                QCOMPARE(c.authMethod, AuthMethod::None);
                QCOMPARE(
                    c.redirectUris, QStringList { QStringLiteral("https://spa.example.com/cb") });
            }
        }
        QVERIFY(found);
    }

    void newerStoreIsReportedAndNotTouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer/oauthdesk.sqlite"));
        {
            auto s = Store::open(path);
            QVERIFY(s);
        }
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raise"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 0)")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raise"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();

        OpenWindow w;
        QVERIFY(w.open(path));
        auto *title = w.window->findChild<QLabel *>(QStringLiteral("emptyTitle"));
        auto *body = w.window->findChild<QLabel *>(QStringLiteral("emptyBody"));
        QCOMPARE(title->text(), QStringLiteral("The data file could not be opened"));
        QVERIFY2(
            body->text().contains(QStringLiteral("newer OAuthDesk")), qPrintable(body->text()));
        QVERIFY(
            !w.window->findChild<QPushButton *>(QStringLiteral("createClientButton"))->isEnabled());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
