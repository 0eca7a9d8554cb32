// SPDX-License-Identifier: GPL-3.0-or-later
// Crash recovery against a real SQLite file and a real gnome-keyring (with-keyring.sh):
// store_writer saves clients through ClientRegistry (journal → keychain → store) and is killed
// with SIGKILL at random moments, a bounded number of times. Afterwards the store passes
// integrity_check and holds every save that was reported committed, with its secret in the
// keychain; the keychain entries of saves that never reached the store are found through the
// journal and removed at the next start, and an orphan made on purpose (keychain written, row
// never) is removed too.
#include "../support/SecretScan.h"
#include "registry/ClientRegistry.h"
#include "secrets/Keychain.h"
#include "store/AsyncStore.h"
#include "store/Store.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;

namespace {

bool keychainHas(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), { QStringLiteral("lookup"), QStringLiteral("server"),
                                             QString::fromLatin1(Keychain::kService), QStringLiteral("user"), key });
    return p.waitForFinished(10000) && p.exitCode() == 0 && !p.readAllStandardOutput().isEmpty();
}

} // namespace

class TestCrashRecovery final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_writer = qEnvironmentVariable("OAUTHDESK_STORE_WRITER");

    /// Runs store_writer in @p mode; kills it after @p killAfterMs (0: lets it end by itself).
    QStringList runWriter(const QString &mode, int killAfterMs)
    {
        QProcess p;
        p.setProgram(m_writer);
        p.setArguments({ m_path, mode });
        p.start();
        if (!p.waitForStarted(10000))
            return {};
        if (killAfterMs > 0) {
            QTest::qWait(killAfterMs);
            p.kill(); // SIGKILL: no destructor, no flush but what was already written
        }
        p.waitForFinished(15000);
        return QString::fromLocal8Bit(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    /// ClientRegistry::recoverInterruptedWrites as the app runs it at start.
    Result<int> recover()
    {
        AsyncStore store;
        Keychain keychain;
        ClientRegistry registry(&store, &keychain);
        QFuture<Result<int>> opened = store.open(m_path);
        if (!QTest::qWaitFor([&] { return opened.isFinished(); }, 10000) || !opened.result())
            return fail(ErrorCode::StoreUnavailable, QStringLiteral("store did not open"));
        std::optional<Result<int>> removed;
        registry.recoverInterruptedWrites(this, [&](Result<int> r) { removed = std::move(r); });
        if (!QTest::qWaitFor([&] { return removed.has_value(); }, 20000))
            return fail(ErrorCode::Timeout, QStringLiteral("recovery did not answer"));
        return *removed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/keychain/with-keyring.sh");
        QVERIFY2(QFileInfo(m_writer).isExecutable(), "OAUTHDESK_STORE_WRITER must name the store_writer program");
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("oauthdesk.sqlite"));
    }

    void killedAtRandomMomentsLosesNothingCommitted()
    {
        const quint32 seed = quint32(QDateTime::currentMSecsSinceEpoch());
        qInfo("kill schedule seed %u", seed); // a failing schedule can be replayed
        QRandomGenerator random(seed);
        QSet<QString> committed;
        int kills = 0;
        for (int round = 0; round < 12; ++round) {
            // The first rounds die early (during open and migration), the later ones mid-stream.
            const int after = round < 2 ? 20 + int(random.bounded(40)) : 80 + int(random.bounded(400));
            for (const QString &line : runWriter(QStringLiteral("save"), after)) {
                if (line.startsWith(QLatin1String("committed ")))
                    committed.insert(line.mid(10));
            }
            ++kills;
        }
        QCOMPARE(kills, 12);
        QVERIFY2(committed.size() >= 5, "the writer must have committed a few saves between the kills");

        auto store = Store::open(m_path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        QCOMPARE((*store)->integrityCheck().value(), QStringLiteral("ok"));
        const QList<OAuthClient> clients = (*store)->clients().value();
        QSet<QString> stored;
        for (const OAuthClient &c : clients)
            stored.insert(c.uuid);
        for (const QString &uuid : std::as_const(committed)) {
            QVERIFY2(stored.contains(uuid), qPrintable(QStringLiteral("committed but lost: ") + uuid));
            QVERIFY2(keychainHas(Keychain::clientSecretKey(uuid)), qPrintable(QStringLiteral("secret lost: ") + uuid));
        }
        // The journal holds what the kills interrupted (and, rarely, a row saved a moment before
        // its journal line was cleared: recovery only clears those).
        const QStringList journal = (*store)->keychainJournal().value();
        store->reset();

        auto removed = recover();
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
        qInfo("%d committed saves, %lld journalled entries, %d orphans removed", int(committed.size()),
              qlonglong(journal.size()), *removed);
        for (const QString &key : journal) {
            if (!stored.contains(key.section(QLatin1Char('/'), 1, 1)))
                QVERIFY2(!keychainHas(key), qPrintable(QStringLiteral("orphan left: ") + key));
        }
        // Committed secrets survive the recovery.
        for (const QString &uuid : std::as_const(committed))
            QVERIFY(keychainHas(Keychain::clientSecretKey(uuid)));
        auto again = Store::open(m_path);
        QVERIFY(again);
        QVERIFY((*again)->keychainJournal().value().isEmpty());
    }

    /// Secrets never at rest: the secrets the writer saved (it numbers them from 1 in each
    /// run) are in the keychain only, never in the store, its WAL or its journal.
    void cleanupTestCase()
    {
        oauthdesk::test::SecretLedger secrets;
        for (int n = 1; n <= 200; ++n)
            secrets.remember(QStringLiteral("crash-secret-%1").arg(n).toUtf8() + QByteArray()); // as store_writer spells them
        secrets.remember(QStringLiteral("orphan-secret-"));
        const QStringList hits = secrets.scan({ m_dir.path() });
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    void anOrphanIsFoundAndRemovedAtTheNextStart()
    {
        const QStringList out = runWriter(QStringLiteral("orphan"), 0);
        QCOMPARE(out.size(), 1);
        QVERIFY(out.first().startsWith(QLatin1String("written ")));
        const QString uuid = out.first().mid(8);
        const QString key = Keychain::clientSecretKey(uuid);
        QVERIFY(keychainHas(key)); // in the keychain ...
        {
            auto store = Store::open(m_path);
            QVERIFY(store);
            const QList<OAuthClient> clients = (*store)->clients().value();
            for (const OAuthClient &c : clients)
                QVERIFY(c.uuid != uuid); // ... with no row
            QVERIFY((*store)->keychainJournal().value().contains(key));
        }
        auto removed = recover();
        QVERIFY(removed);
        QCOMPARE(*removed, 1);
        QVERIFY(!keychainHas(key));
        auto store = Store::open(m_path);
        QVERIFY(store);
        QVERIFY((*store)->keychainJournal().value().isEmpty());
        QCOMPARE(recover().value(), 0); // nothing left to do
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
