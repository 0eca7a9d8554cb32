// SPDX-License-Identifier: GPL-3.0-or-later
// The scan the suites run for secrets at rest (tests/support/SecretScan.h) finds a planted
// secret in every spelling, including inside a real SQLite store and its WAL, and finds nothing
// where there is nothing: so its "none found" in the suites means something.
#include "../support/SecretScan.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;
using namespace oauthdesk::test;

class TestSecretScan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsAPlantedSecretInEverySpelling_data()
    {
        QTest::addColumn<QByteArray>("content");
        const QByteArray secret = "s3cr3t-Pl4nted-9f8e7d6c5b4a";
        QTest::newRow("raw") << (QByteArray("prefix ") + secret + " suffix");
        QTest::newRow("base64") << (QByteArray("Basic ") + secret.toBase64());
        QTest::newRow("base64url")
            << secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QTest::newRow("base64 inside a longer value")
            << QByteArray(QByteArray("id:") + secret).toBase64();
        QTest::newRow("base64, shifted by one") << QByteArray(QByteArray("c:") + secret).toBase64();
        QTest::newRow("base64, shifted by two")
            << QByteArray(QByteArray("c1:") + secret + "x").toBase64();
        QTest::newRow("base64, shifted by three")
            << QByteArray(QByteArray("cl1:") + secret).toBase64();
        QTest::newRow("hex") << secret.toHex();
        QTest::newRow("percent") << (QByteArray("client_secret=") + secret.toPercentEncoding());
        QByteArray utf16;
        for (char c : secret) {
            utf16.append(c);
            utf16.append('\0');
        }
        QTest::newRow("utf-16") << utf16;
    }

    void findsAPlantedSecretInEverySpelling()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile clean(dir.filePath(QStringLiteral("clean.txt")));
        QVERIFY(clean.open(QIODevice::WriteOnly));
        clean.write("nothing to see here, not even s3cr3t-Pl4nted");
        clean.close();
        QVERIFY(filesHoldingSecrets({ dir.path() }, { "s3cr3t-Pl4nted-9f8e7d6c5b4a" }).isEmpty());

        QDir().mkpath(dir.filePath(QStringLiteral("deep/.hidden")));
        QFile planted(dir.filePath(QStringLiteral("deep/.hidden/planted.bin")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write(content);
        planted.close();
        const QStringList hits
            = filesHoldingSecrets({ dir.path() }, { "s3cr3t-Pl4nted-9f8e7d6c5b4a" });
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().contains(QStringLiteral("planted.bin")));
        // An export the test asked for is not a leak.
        QVERIFY(filesHoldingSecrets(
            { dir.path() }, { "s3cr3t-Pl4nted-9f8e7d6c5b4a" }, { planted.fileName() })
                    .isEmpty());
    }

    void findsASecretInARealStoreAndItsWal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("oauthdesk.sqlite"));
        auto store = Store::open(path);
        QVERIFY(store);
        SecretLedger ledger;
        ledger.remember(QStringLiteral("leaked-into-a-name-7c1e"));
        ledger.remember(QStringLiteral("short")); // too short to scan for: ignored
        QCOMPARE(ledger.size(), 1);
        QVERIFY(ledger.scan({ dir.path() }).isEmpty());
        // A secret typed where a name goes ends up in the WAL (the store is still open).
        QVERIFY((*store)->saveApplication(
            { 0, QStringLiteral("leaked-into-a-name-7c1e"), {}, {}, {} }));
        const QStringList hits = ledger.scan({ dir.path() });
        QVERIFY2(!hits.isEmpty(), "the scan must see a secret inside SQLite's files");
        QVERIFY(hits.join(QLatin1Char(' ')).contains(QStringLiteral("oauthdesk.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secret_scan.moc"
