// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/ClientRegistry.h"

#include "secrets/Keychain.h"
#include "store/AsyncStore.h"

#include <QUuid>

#include <memory>

namespace oauthdesk {

bool usesClientSecret(AuthMethod method)
{
    return method == AuthMethod::ClientSecretBasic || method == AuthMethod::ClientSecretPost;
}

ClientRegistry::ClientRegistry(AsyncStore *store, Keychain *keychain, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keychain(keychain)
{
}

Keychain *ClientRegistry::keychain() const
{
    return m_keychain;
}

void ClientRegistry::save(OAuthClient client, std::optional<SecretBytes> secret, QObject *context,
                          std::function<void(Result<OAuthClient>)> done)
{
    const bool isNew = client.id == 0;
    if (isNew && usesClientSecret(client.authMethod) && (!secret || secret->isEmpty())) {
        done(fail(ErrorCode::InvalidInput,
                  tr("Client secret is required for %1: paste the one your authorization server "
                     "issued, or let OAuthDesk generate one.")
                      .arg(toWire(client.authMethod))));
        return;
    }
    if (client.uuid.isEmpty())
        client.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces); // names the keychain entry

    QPointer<QObject> guard(context);
    auto saveClient = [this, guard, done](OAuthClient c, bool removeSecretOnFailure) {
        m_store->run([c](Store &s) { return s.saveClient(c); }, this,
                     [this, guard, done, removeSecretOnFailure, uuid = c.uuid](Result<OAuthClient> saved) {
                         if (saved || !removeSecretOnFailure) {
                             if (guard)
                                 done(std::move(saved));
                             return;
                         }
                         // Not saved: take the secret back out so no orphan is left behind.
                         const Error storeError = saved.error();
                         m_keychain->remove(Keychain::clientSecretKey(uuid), this,
                                            [guard, done, storeError](Result<void> removed) {
                                                Error e = storeError;
                                                if (!removed)
                                                    e.detail += QStringLiteral("; the secret written for it "
                                                                               "could not be removed: ")
                                                        + removed.error().message;
                                                if (guard)
                                                    done(std::unexpected(e));
                                            });
                     });
    };

    if (!secret || !usesClientSecret(client.authMethod)) {
        saveClient(std::move(client), false);
        return;
    }
    const QString key = Keychain::clientSecretKey(client.uuid);
    m_keychain->write(key, *secret, this,
                      [guard, done, saveClient, client = std::move(client), isNew](Result<void> written) mutable {
                          if (!written) {
                              if (guard)
                                  done(std::unexpected(written.error())); // nothing was saved
                              return;
                          }
                          saveClient(std::move(client), isNew);
                      });
}

void ClientRegistry::readSecret(const OAuthClient &client, QObject *context,
                                std::function<void(Result<SecretBytes>)> done)
{
    if (client.uuid.isEmpty() || !usesClientSecret(client.authMethod)) {
        done(fail(ErrorCode::SecretNotFound,
                  tr("This client authenticates with %1 and has no client secret.").arg(toWire(client.authMethod))));
        return;
    }
    m_keychain->read(Keychain::clientSecretKey(client.uuid), context, std::move(done));
}

void ClientRegistry::rotateSecret(const OAuthClient &client, SecretBytes newSecret, QObject *context,
                                  std::function<void(Result<void>)> done)
{
    if (client.uuid.isEmpty() || !usesClientSecret(client.authMethod) || newSecret.isEmpty()) {
        done(fail(ErrorCode::InvalidInput,
                  tr("Only clients that authenticate with a client secret can rotate it.")));
        return;
    }
    m_keychain->write(Keychain::clientSecretKey(client.uuid), newSecret, context, std::move(done));
}

void ClientRegistry::remove(const OAuthClient &client, QObject *context, std::function<void(Result<void>)> done)
{
    QPointer<QObject> guard(context);
    auto removeRow = [this, guard, done, id = client.id] {
        m_store->run([id](Store &s) { return s.removeClient(id); }, this, [guard, done](Result<void> r) {
            if (guard)
                done(std::move(r));
        });
    };
    // Only the entries this client can have: a secret for secret-based methods, a registration
    // token when it was registered with RFC 7591. A public client needs no keychain at all.
    QStringList keys;
    if (!client.uuid.isEmpty() && usesClientSecret(client.authMethod))
        keys.append(Keychain::clientSecretKey(client.uuid));
    if (!client.uuid.isEmpty() && !client.registrationClientUri.isEmpty())
        keys.append(Keychain::registrationTokenKey(client.uuid));
    if (keys.isEmpty()) {
        removeRow();
        return;
    }
    auto remaining = std::make_shared<qsizetype>(keys.size());
    auto firstError = std::make_shared<std::optional<Error>>();
    auto afterOne = [guard, done, remaining, firstError, removeRow](Result<void> r) {
        if (!r && !*firstError)
            *firstError = r.error();
        if (--*remaining > 0)
            return;
        if (*firstError) {
            Error e = **firstError;
            e.message = tr("The client was not deleted: its secrets could not be removed from the "
                           "keychain. %1")
                            .arg(e.message);
            if (guard)
                done(std::unexpected(e));
            return;
        }
        removeRow();
    };
    for (const QString &key : keys)
        m_keychain->remove(key, this, afterOne);
}

} // namespace oauthdesk
