// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks the main window over a generated store (docs/architecture.md "Quality bars"):
//   - load: store open + snapshot on the store thread + models filled, until MainWindow::loaded
//   - filter latency per keystroke over all clients (search field → proxy → view updated)
//   - resident memory with the clients loaded
// Also checks that every filtered count equals an independent count, so a fast wrong filter
// cannot pass. Usage: bench_mainwindow --data-dir DIR [--rounds 5]
#include "BenchStats.h"
#include "MainWindow.h"
#include "models/ClientFilterModel.h"
#include "models/ClientTableModel.h"
#include "oauth/Transport.h"
#include "registry/ClientRegistry.h"
#include "secrets/Keychain.h"
#include "store/AsyncStore.h"
#include "usecases/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace oauthdesk;
using namespace oauthdesk::bench;

namespace {

long rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dirOpt(
        QStringLiteral("data-dir"), QStringLiteral("Store folder"), QStringLiteral("dir"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"), QStringLiteral("Typing rounds"),
        QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({ dirOpt, roundsOpt });
    parser.process(app);
    const long rssBefore = rssKiB();

    QElapsedTimer timer;
    timer.start();
    // As app/main.cpp: one workspace, the window on it.
    Workspace workspace;
    MainWindow window(workspace);
    QSignalSpy loadedSpy(&window, &MainWindow::loaded);
    workspace.open(Workspace::resolvePath(parser.value(dirOpt)))
        .then(&window, [&window](Result<int> r) {
            if (!r)
                window.showStoreError(r.error());
        });
    workspace.snapshot().then(&window, [&window](Result<StoreSnapshot> s) {
        if (s)
            window.loadSnapshot(std::move(*s));
    });
    if (!loadedSpy.wait(10000)) {
        std::fputs("bench_mainwindow: the store did not load\n", stderr);
        return 1;
    }
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const double shownMs = double(timer.nsecsElapsed()) / 1e6;
    const int total = window.clientModel()->rowCount();
    const long rssLoaded = rssKiB();

    // Type queries the way an admin does, one key at a time, and time each keystroke until the
    // view has processed the filter change.
    const QStringList queries { QStringLiteral("billing-service-12"), QStringLiteral("c-0042"),
        QStringLiteral("KYC"), QStringLiteral("zzz-no-match") };
    QLineEdit *search = window.searchField();
    QList<double> perKey;
    const int rounds = parser.value(roundsOpt).toInt();
    for (int round = 0; round < rounds; ++round) {
        for (const QString &q : queries) {
            search->clear();
            QCoreApplication::processEvents();
            for (qsizetype i = 1; i <= q.size(); ++i) {
                QElapsedTimer t;
                t.start();
                QTest::keyClick(search, q.at(i - 1).toLatin1());
                QCoreApplication::processEvents();
                perKey.append(double(t.nsecsElapsed()) / 1e6);
                // Independent check of what the filter must show.
                const QString needle = q.left(i).toLower();
                int expected = 0;
                for (const auto &c : window.clientModel()->clients())
                    expected += (c.name.toLower().contains(needle)
                                    || c.clientId.toLower().contains(needle))
                        ? 1
                        : 0;
                if (window.filterModel()->rowCount() != expected) {
                    std::fprintf(stderr,
                        "bench_mainwindow: filter \"%s\" shows %d rows, expected %d\n",
                        qPrintable(needle), window.filterModel()->rowCount(), expected);
                    return 1;
                }
            }
        }
    }
    search->clear();
    std::printf("clients loaded: %d\n", total);
    std::printf("load (open + read + models filled): %.1f ms; window exposed at %.1f ms\n", loadMs,
        shownMs);
    std::printf(
        "filter per keystroke over %d clients: median %.2f ms, p95 %.2f ms, max %.2f ms (%lld keystrokes)\n",
        total, percentile(perKey, 0.5), percentile(perKey, 0.95), percentile(perKey, 1.0),
        qint64(perKey.size()));
    std::printf("RSS: %.1f MiB before the window, %.1f MiB with %d clients loaded\n",
        double(rssBefore) / 1024.0, double(rssLoaded) / 1024.0, total);
    return 0;
}
