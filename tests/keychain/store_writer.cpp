// SPDX-License-Identifier: GPL-3.0-or-later
// The victim of tst_crash_recovery: saves clients with new secrets through the real
// ClientRegistry (journal → keychain → store) as fast as it can, and prints one line
// "committed <uuid>" to stdout for each save that reported success, until it is killed.
//
//   store_writer <store path> save     keep saving until killed
//   store_writer <store path> orphan   journal and write one secret, then die before its row
#include "registry/ClientRegistry.h"
#include "secrets/Keychain.h"
#include "store/AsyncStore.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QUuid>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace oauthdesk;

namespace {

OAuthClient newClient(qint64 applicationId, int n)
{
    OAuthClient c;
    c.applicationId = applicationId;
    c.clientId = QStringLiteral("crash-%1-%2").arg(QCoreApplication::applicationPid()).arg(n);
    c.name = c.clientId;
    c.applicationType = ApplicationType::MachineToMachine;
    c.grantTypes = { GrantType::ClientCredentials };
    c.authMethod = AuthMethod::ClientSecretBasic;
    c.scopes = { QStringLiteral("accounts:read") };
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    const QString path = args.at(1);
    const bool orphan = args.at(2) == QLatin1String("orphan");

    qint64 applicationId = 0;
    {
        auto s = Store::open(path);
        if (!s)
            return 3;
        auto apps = (*s)->applications();
        if (!apps)
            return 3;
        if (apps->isEmpty()) {
            auto app = (*s)->saveApplication({ 0, QStringLiteral("Crash recovery"), {}, {}, {} });
            if (!app)
                return 3;
            applicationId = app->id;
        } else {
            applicationId = apps->first().id;
        }
    }

    AsyncStore store;
    Keychain keychain;
    ClientRegistry registry(&store, &keychain);
    store.open(path, &app, [](Result<int> opened) {
        if (!opened)
            std::exit(3);
    });

    if (orphan) {
        // What a kill between the keychain write and the store write leaves behind.
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString key = Keychain::clientSecretKey(uuid);
        store.run([key](Store &s) { return s.journalKeychainWrite({ key }); }, &app,
            [&, key, uuid](Result<void> j) {
                if (!j)
                    std::exit(4);
                keychain.write(key, SecretBytes::fromUtf8(QStringLiteral("orphan-secret-") + uuid),
                    &app, [uuid](Result<void> w) {
                        if (!w)
                            std::exit(5);
                        std::printf("written %s\n", qPrintable(uuid));
                        std::fflush(stdout);
                        std::_Exit(9); // no store write, no cleanup: as if killed
                    });
            });
        return QCoreApplication::exec();
    }

    int n = 0;
    std::function<void()> next = [&] {
        OAuthClient c = newClient(applicationId, ++n);
        registry.save(c, SecretBytes::fromUtf8(QStringLiteral("crash-secret-%1").arg(n)), &app,
            [&](Result<OAuthClient> saved) {
                if (!saved) {
                    std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().message));
                    std::exit(6);
                }
                std::printf("committed %s\n", qPrintable(saved->uuid));
                std::fflush(stdout);
                QMetaObject::invokeMethod(&app, next, Qt::QueuedConnection);
            });
    };
    QMetaObject::invokeMethod(&app, next, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
