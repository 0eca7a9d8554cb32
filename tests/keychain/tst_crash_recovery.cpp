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

#include <QElapsedTimer>
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
    p.start(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"), QStringLiteral("server"),
            QString::fromLatin1(Keychain::kService), QStringLiteral("user"), key });
    return p.waitForFinished(10000) && p.exitCode() == 0 && !p.readAllStandardOutput().isEmpty();
}

/// The keychain keys of every OAuthDesk entry, as another program lists them.
QStringList keychainKeys()
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
        { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
            QString::fromLatin1(Keychain::kService) });
    if (!p.waitForFinished(10000))
        return { QStringLiteral("<secret-tool did not answer>") };
    QStringList keys;
    const QString all = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    for (const QString &line : all.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("attribute.user = ")))
            keys.append(line.mid(17).trimmed());
    }
    return keys;
}

} // namespace

class TestCrashRecovery final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_writer = qEnvironmentVariable("OAUTHDESK_STORE_WRITER");

    /// Runs store_writer in @p mode. With @p commitsFirst > 0, kills it (SIGKILL: no destructor,
    /// no cleanup) @p thenMs after it reported that many commits, in the middle of the next save;
    /// else lets it end by itself.
    QStringList runWriter(const QString &mode, int commitsFirst = 0, int thenMs = 0)
    {
        QProcess p;
        p.setProgram(m_writer);
        p.setArguments({ m_path, mode });
        p.start();
        if (!p.waitForStarted(10000))
            return {};
        QByteArray out;
        if (commitsFirst > 0) {
            QElapsedTimer waited;
            waited.start();
            while (out.count("committed ") < commitsFirst && p.state() == QProcess::Running
                && waited.elapsed() < 30000) {
                p.waitForReadyRead(100);
                out += p.readAllStandardOutput();
            }
            if (thenMs > 0)
                QTest::qWait(thenMs);
            p.kill();
        }
        p.waitForFinished(15000);
        out += p.readAllStandardOutput();
        return QString::fromLocal8Bit(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
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
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        QVERIFY2(QFileInfo(m_writer).isExecutable(),
            "OAUTHDESK_STORE_WRITER must name the store_writer program");
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("oauthdesk.sqlite"));
    }

    void killedAtRandomMomentsLosesNothingCommitted()
    {
        const quint32 seed = quint32(QDateTime::currentMSecsSinceEpoch());
        qInfo("kill schedule seed %u", seed); // a failing schedule can be replayed
        QRandomGenerator random(seed);
        QSet<QString> committed;
        for (int round = 0; round < 12; ++round) {
            // Killed after 1–4 reported commits, 0–15 ms into the saves after them: anywhere
            // between the journal, the keychain write and the row.
            const int commits = 1 + int(random.bounded(4));
            for (const QString &line :
                runWriter(QStringLiteral("save"), commits, int(random.bounded(16)))) {
                if (line.startsWith(QLatin1String("committed ")))
                    committed.insert(line.mid(10));
            }
        }
        QVERIFY2(committed.size() >= 12, "every round waits for a commit before its kill");

        auto store = Store::open(m_path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        QCOMPARE((*store)->integrityCheck().value(), QStringLiteral("ok"));
        const QList<OAuthClient> clients = (*store)->clients().value();
        QSet<QString> stored;
        for (const OAuthClient &c : clients)
            stored.insert(c.uuid);
        for (const QString &uuid : std::as_const(committed)) {
            QVERIFY2(
                stored.contains(uuid), qPrintable(QStringLiteral("committed but lost: ") + uuid));
            QVERIFY2(keychainHas(Keychain::clientSecretKey(uuid)),
                qPrintable(QStringLiteral("secret lost: ") + uuid));
        }
        // The journal holds what the kills interrupted (and, rarely, a row saved a moment before
        // its journal line was cleared: recovery only clears those).
        const QStringList journal = (*store)->keychainJournal().value();
        store->reset();

        auto removed = recover();
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
        qInfo("%d committed saves, %lld journalled entries, %d orphans removed",
            int(committed.size()), qlonglong(journal.size()), *removed);
        for (const QString &key : journal) {
            if (!stored.contains(key.section(QLatin1Char('/'), 1, 1)))
                QVERIFY2(!keychainHas(key), qPrintable(QStringLiteral("orphan left: ") + key));
        }
        // Committed secrets survive the recovery, and no entry is left without its row: every
        // entry the keychain holds (listed by another program, not through the journal) belongs
        // to a stored client.
        for (const QString &uuid : std::as_const(committed))
            QVERIFY(keychainHas(Keychain::clientSecretKey(uuid)));
        const QStringList entries = keychainKeys();
        QVERIFY(entries.size() >= committed.size());
        for (const QString &key : entries)
            QVERIFY2(stored.contains(key.section(QLatin1Char('/'), 1, 1)),
                qPrintable(QStringLiteral("orphan left in the keychain: ") + key));
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
            secrets.remember(QStringLiteral("crash-secret-%1").arg(n).toUtf8()
                + QByteArray()); // as store_writer spells them
        secrets.remember(QStringLiteral("orphan-secret-"));
        const QStringList hits = secrets.scan({ m_dir.path() });
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    void anOrphanIsFoundAndRemovedAtTheNextStart()
    {
        const QStringList out = runWriter(QStringLiteral("orphan"));
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
