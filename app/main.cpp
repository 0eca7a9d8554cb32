// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"
#include "MainWindow.h"
#include "usecases/Workspace.h"
#include "widgets/Accessibility.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLockFile>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

using namespace oauthdesk;

namespace {
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Main)
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OAuthDesk"));
    QApplication::setOrganizationName(QStringLiteral("OAuthDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("oauthdesk.github.io"));
    QApplication::setApplicationVersion(QStringLiteral(OAUTHDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(OAUTHDESK_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/oauthdesk.svg")));
    AccessibleNamer::install(); // names the clear buttons Qt adds to line edits

    // The system locale's language, or the one chosen in Settings → Language / $OAUTHDESK_LANG.
    language::install(app, language::chosen());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        MainText::tr("Desktop portal for OAuth 2.0 client administrators"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        MainText::tr("Keep the data file in <dir> (also: $OAUTHDESK_DATA_DIR)."),
        QStringLiteral("dir"));
    const QCommandLineOption quitWhenLoaded(QStringLiteral("quit-when-loaded"),
        MainText::tr("Quit as soon as the window shows the loaded data (benchmarks)."));
    parser.addOption(dataDir);
    parser.addOption(quitWhenLoaded);
    parser.process(app);

    // The one object the screens are handed: the store, the keychain, the network and the use
    // cases over them (docs/architecture.md "The use-case layer").
    Workspace workspace;
    MainWindow window(workspace);
    const QString path = Workspace::resolvePath(parser.value(dataDir));
    window.setDataPath(path);

    // Open and read on the store's thread while the widgets are built here. The window is shown
    // with its data as soon as it arrives, or empty ("Opening…") if that takes longer than 200 ms.
    workspace.open(path).then(&window, [&window](Result<int> opened) {
        if (!opened)
            window.showStoreError(opened.error());
    });
    // A second after the window shows its data (off the start-up path), the one OAuthDesk that
    // holds the data file's lock recovers interrupted saves; only that one, because another one
    // running on the same file may be between its keychain write and its row right now.
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(
        0); // held for the app's lifetime; a crashed holder's lock is stale by its PID
    auto recover = [&window, &workspace, &lock] {
        if (lock.isLocked() || !lock.tryLock(0))
            return;
        // Keychain entries of a save that was killed before its row was stored (journalled).
        workspace.recoverInterruptedWrites().then(&window, [&window](Result<int> removed) {
            if (!removed)
                window.statusBar()->showMessage(
                    MainText::tr("Keychain entries left by an interrupted save "
                                 "could not be removed yet: %1")
                        .arg(removed.error().message));
            else if (*removed == 1)
                window.statusBar()->showMessage(
                    MainText::tr("Removed a keychain entry left by a save that "
                                 "was interrupted."));
            else if (*removed > 1)
                window.statusBar()->showMessage(
                    MainText::tr("Removed %1 keychain entries left by saves that "
                                 "were interrupted.")
                        .arg(*removed));
        });
    };
    QObject::connect(&window, &MainWindow::loaded, &window,
        [&window, recover] { QTimer::singleShot(1000, &window, recover); });
    workspace.snapshot().then(&window, [&window](Result<StoreSnapshot> snapshot) {
        if (snapshot)
            window.loadSnapshot(std::move(*snapshot));
        // an open failure was already reported; a read failure after a good open is reported here
        else if (!window.isLoaded())
            window.showStoreError(snapshot.error());
    });
    QObject::connect(&window, &MainWindow::loaded, &window, [&window] {
        if (!window.isVisible())
            window.show();
    });
    QTimer::singleShot(200, &window, [&window] {
        if (!window.isVisible())
            window.show();
    });
    if (parser.isSet(quitWhenLoaded)) {
        QObject::connect(&window, &MainWindow::loaded, &app,
            [] { QTimer::singleShot(0, qApp, &QCoreApplication::quit); });
    }
    return QApplication::exec();
}
