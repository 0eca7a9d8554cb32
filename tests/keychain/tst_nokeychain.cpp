// SPDX-License-Identifier: GPL-3.0-or-later
// No keychain reachable (no D-Bus session, no display): one clear error, and nothing written
// anywhere, not even by QtKeychain's plaintext fallback (which must stay off).
#include "policy/ApplicationTypePreset.h"
#include "registry/ClientRegistry.h"
#include "secrets/Keychain.h"
#include "store/AsyncStore.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;

class TestNoKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeFailsClearlyAndWritesNothing()
    {
        QVERIFY2(!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")
                && !qEnvironmentVariableIsSet("DISPLAY"),
            "run without a session bus and without a display (ctest does)");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toUtf8());

        const QByteArray secret = "no-keychain-secret-8f1c2b";
        Keychain k;
        QObject context;
        int calls = 0;
        std::optional<Result<void>> answer;
        k.write(Keychain::clientSecretKey(QStringLiteral("c0ffee00-0000-4000-8000-000000000001")),
            SecretBytes::fromBytes(secret), &context, [&](Result<void> r) {
                ++calls;
                answer = r;
            });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 15000);
        QVERIFY(!*answer);
        QCOMPARE(answer->error().code, ErrorCode::KeychainUnavailable);
        QVERIFY2(answer->error().message.contains(QStringLiteral("Secret Service")),
            qPrintable(answer->error().message));
        QVERIFY2(answer->error().detail.contains(QStringLiteral("D-Bus")),
            qPrintable(answer->error().detail));

        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains(secret) && !content.contains(secret.toBase64()),
                qPrintable(f.fileName()));
        }
    }

    void aClientWhoseSecretCannotBeStoredIsNotSaved()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("oauthdesk.sqlite"));
        qint64 appId = 0;
        {
            auto s = Store::open(path);
            QVERIFY(s);
            appId = (*s)->saveApplication({ 0, QStringLiteral("Billing"), {}, {}, {} })->id;
        }
        AsyncStore store;
        auto opened = store.open(path);
        QTRY_VERIFY(opened.isFinished());
        Keychain keychain;
        ClientRegistry registry(&store, &keychain);

        OAuthClient c;
        c.applicationId = appId;
        c.name = QStringLiteral("billing-service");
        c.clientId = QStringLiteral("billing-svc-1");
        c.grantTypes = presetFor(ApplicationType::MachineToMachine).grantTypes;
        c.authMethod = AuthMethod::ClientSecretBasic;
        std::optional<Result<OAuthClient>> answer;
        QObject context;
        registry.save(c, SecretBytes::fromUtf8(QStringLiteral("s3cr3t")), &context,
            [&answer](Result<OAuthClient> r) { answer = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QVERIFY(!*answer);
        QCOMPARE(answer->error().code, ErrorCode::KeychainUnavailable);
        QVERIFY(answer->error().message.contains(QStringLiteral("Nothing was saved")));
        auto clients = store.run([](Store &s) { return s.clients(); });
        QTRY_VERIFY(clients.isFinished());
        QVERIFY(clients.result()->isEmpty()); // not left looking complete without its secret
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
