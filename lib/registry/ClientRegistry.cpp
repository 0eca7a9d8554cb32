// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/ClientRegistry.h"

#include "registry/CertificateRegistry.h"
#include "secrets/Keychain.h"
#include "store/AsyncStore.h"

#include <QUuid>
#include <memory>

namespace oauthdesk {

QStringList keychainKeysOf(const OAuthClient &client)
{
    QStringList keys;
    if (client.uuid.isEmpty())
        return keys;
    if (usesClientSecret(client.authMethod))
        keys.append(Keychain::clientSecretKey(client.uuid));
    if (!client.registrationClientUri.isEmpty())
        keys.append(Keychain::registrationTokenKey(client.uuid));
    return keys;
}

ClientRegistry::ClientRegistry(AsyncStore *store, Keychain *keychain, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keychain(keychain)
{ }

Keychain *ClientRegistry::keychain() const
{
    return m_keychain;
}

bool ClientRegistry::ready(const std::function<void(Error)> &fail) const
{
    if (m_store && m_keychain)
        return true;
    fail({ ErrorCode::Internal, tr("OAuthDesk is shutting down; try again."),
        QStringLiteral("store or keychain gone") });
    return false;
}

void ClientRegistry::removeKeys(const QStringList &keys, std::function<void(Result<void>)> done)
{
    if (keys.isEmpty()) {
        done({});
        return;
    }
    auto remaining = std::make_shared<qsizetype>(keys.size());
    auto firstError = std::make_shared<std::optional<Error>>();
    for (const QString &key : keys) {
        // A removal the keychain confirms only after the timeout is simply done by then.
        m_keychain->remove(key, this, [done, remaining, firstError](Result<void> r) {
            if (!r && !*firstError)
                *firstError = r.error();
            if (--*remaining > 0)
                return;
            if (*firstError)
                done(std::unexpected(**firstError));
            else
                done({});
        });
    }
}

void ClientRegistry::save(OAuthClient client, std::optional<SecretBytes> secret, QObject *context,
    std::function<void(Result<OAuthClient>)> done, std::optional<AuthMethod> previousMethod)
{
    if (!ready([&](Error e) { done(std::unexpected(e)); }))
        return;
    const bool isNew = client.id == 0;
    const bool hadSecret = !isNew && usesClientSecret(previousMethod.value_or(client.authMethod));
    const bool needsSecret = usesClientSecret(client.authMethod) && !hadSecret;
    if (needsSecret && (!secret || secret->isEmpty())) {
        done(fail(ErrorCode::InvalidInput,
            tr("Client secret is required for %1: paste the one your authorization server "
               "issued, or let OAuthDesk generate one.")
                .arg(toWire(client.authMethod))));
        return;
    }
    if (client.uuid.isEmpty())
        client.uuid
            = QUuid::createUuid().toString(QUuid::WithoutBraces); // names the keychain entry
    const QString secretKey = Keychain::clientSecretKey(client.uuid);
    // An edit that moves away from a secret-based method leaves no secret behind.
    const bool dropsSecret = hadSecret && !usesClientSecret(client.authMethod);

    QPointer<QObject> guard(context);
    auto saveClient = [this, guard, done, secretKey, dropsSecret](
                          OAuthClient c, bool removeSecretOnFailure) {
        m_store->run(
            [c, secretKey, removeSecretOnFailure](Store &s) {
                auto saved = s.saveClient(c);
                // The secret written ahead now has its row: it leaves the journal.
                if (saved && removeSecretOnFailure)
                    (void)s.clearKeychainJournal({ secretKey });
                return saved;
            },
            this,
            [this, guard, done, removeSecretOnFailure, secretKey, dropsSecret](
                Result<OAuthClient> saved) {
                if (saved && dropsSecret) {
                    removeKeys({ secretKey }, [this, guard, done, saved](Result<void> removed) {
                        if (!removed)
                            Q_EMIT warning(
                                tr("The client was saved, but its old client secret could not be "
                                   "removed from the keychain: %1")
                                    .arg(removed.error().message));
                        if (guard)
                            done(saved);
                    });
                    return;
                }
                if (saved || !removeSecretOnFailure) {
                    if (guard)
                        done(std::move(saved));
                    return;
                }
                // Not saved: take the secret back out so no orphan is left behind.
                const Error storeError = saved.error();
                removeKeys({ secretKey }, [guard, done, storeError](Result<void> removed) {
                    Error e = storeError;
                    if (!removed)
                        e.detail
                            += QStringLiteral("; the secret written for it could not be removed: ")
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
    // A secret for a client that had none before may be removed again if the save fails; an
    // existing client's secret is only ever replaced by rotateSecret().
    const bool removable = !hadSecret;
    auto value = std::make_shared<SecretBytes>(std::move(*secret));
    auto writeSecret = [this, guard, done, saveClient, client = std::move(client), removable,
                           secretKey, value]() mutable {
        m_keychain->write(
            secretKey, *value, this,
            [guard, done, saveClient, client = std::move(client), removable](
                Result<void> written) mutable {
                if (!written) {
                    if (guard)
                        done(std::unexpected(written.error())); // nothing was saved
                    return;
                }
                saveClient(std::move(client), removable);
            },
            // Timed out, yet stored after all: the client was not saved, so the entry is an orphan.
            [this, secretKey, removable] {
                if (removable)
                    removeKeys({ secretKey }, [](Result<void>) {});
            });
    };
    if (!removable) {
        writeSecret(); // the entry exists already and is only replaced
        return;
    }
    // A new entry is journalled first: a save killed between the keychain and the store leaves
    // a trace, and recoverInterruptedWrites() removes the entry at the next start.
    m_store->run([secretKey](Store &s) { return s.journalKeychainWrite({ secretKey }); }, this,
        [guard, done, writeSecret](Result<void> journalled) mutable {
            if (!journalled) {
                if (guard)
                    done(std::unexpected(journalled.error()));
                return;
            }
            writeSecret();
        });
}

void ClientRegistry::recoverInterruptedWrites(
    QObject *context, std::function<void(Result<int>)> done)
{
    if (!ready([&](Error e) { done(std::unexpected(e)); }))
        return;
    QPointer<QObject> guard(context);
    // Which journalled entries have no owner: their save never reached the store.
    m_store->run(
        [](Store &s) -> Result<QStringList> {
            auto journal = s.keychainJournal();
            if (!journal)
                return std::unexpected(journal.error());
            QStringList orphans;
            QStringList owned;
            for (const QString &key : *journal) {
                const QString uuid = key.section(QLatin1Char('/'), 1, 1);
                auto inUse = s.ownsKeychainUuid(uuid);
                if (!inUse)
                    return std::unexpected(inUse.error());
                (*inUse ? owned : orphans).append(key);
            }
            if (auto cleared = s.clearKeychainJournal(owned); !cleared)
                return std::unexpected(cleared.error());
            return orphans;
        },
        this,
        [this, guard, done](Result<QStringList> orphans) {
            if (!orphans) {
                if (guard)
                    done(std::unexpected(orphans.error()));
                return;
            }
            if (orphans->isEmpty()) {
                if (guard)
                    done(0);
                return;
            }
            const QStringList keys = *orphans;
            removeKeys(keys, [this, guard, done, keys](Result<void> removed) {
                if (!removed) {
                    if (guard)
                        done(std::unexpected(removed.error()));
                    return; // the journal keeps them: tried again at the next start
                }
                m_store->run([keys](Store &s) { return s.clearKeychainJournal(keys); }, this,
                    [guard, done, count = int(keys.size())](Result<void> cleared) {
                        if (!guard)
                            return;
                        if (!cleared)
                            done(std::unexpected(cleared.error()));
                        else
                            done(count);
                    });
            });
        });
}

void ClientRegistry::readSecret(
    const OAuthClient &client, QObject *context, std::function<void(Result<SecretBytes>)> done)
{
    if (client.uuid.isEmpty() || !usesClientSecret(client.authMethod)) {
        done(fail(ErrorCode::SecretNotFound,
            tr("This client authenticates with %1 and has no client secret.")
                .arg(toWire(client.authMethod))));
        return;
    }
    if (!ready([&](Error e) { done(std::unexpected(e)); }))
        return;
    m_keychain->read(Keychain::clientSecretKey(client.uuid), context, std::move(done));
}

void ClientRegistry::rotateSecret(const OAuthClient &client, SecretBytes newSecret,
    QObject *context, std::function<void(Result<void>)> done, std::function<void()> storedLate)
{
    if (client.uuid.isEmpty() || !usesClientSecret(client.authMethod) || newSecret.isEmpty()) {
        done(fail(ErrorCode::InvalidInput,
            tr("Only clients that authenticate with a client secret can rotate it.")));
        return;
    }
    if (!ready([&](Error e) { done(std::unexpected(e)); }))
        return;
    m_keychain->write(Keychain::clientSecretKey(client.uuid), newSecret, context, std::move(done),
        std::move(storedLate));
}

void ClientRegistry::remove(
    const OAuthClient &client, QObject *context, std::function<void(Result<void>)> done)
{
    if (!ready([&](Error e) { done(std::unexpected(e)); }))
        return;
    QPointer<QObject> guard(context);
    const qint64 id = client.id;
    removeKeys(keychainKeysOf(client), [this, guard, done, id](Result<void> removed) {
        if (!removed) {
            Error e = removed.error();
            e.message = tr(
                "The client was not deleted: its secrets could not be removed from the keychain. %1")
                            .arg(e.message);
            if (guard)
                done(std::unexpected(e));
            return;
        }
        m_store->run([id](Store &s) { return s.removeClient(id); }, this,
            [guard, done](Result<void> r) {
                if (guard)
                    done(std::move(r));
            });
    });
}

void ClientRegistry::removeApplication(
    qint64 applicationId, QObject *context, std::function<void(Result<void>)> done)
{
    if (!ready([&](Error e) { done(std::unexpected(e)); }))
        return;
    QPointer<QObject> guard(context);
    // The store would cascade the delete to the clients and certificates; their keychain entries
    // (secrets, registration tokens, private keys) go first, while their UUIDs are still known.
    m_store->run(
        [applicationId](Store &s) -> Result<QStringList> {
            auto all = s.clients();
            if (!all)
                return std::unexpected(all.error());
            QStringList keys;
            for (const auto &c : *all) {
                if (c.applicationId == applicationId)
                    keys += keychainKeysOf(c);
            }
            auto certificates = s.certificates(applicationId);
            if (!certificates)
                return std::unexpected(certificates.error());
            for (const CertificateRecord &r : *certificates)
                keys.append(CertificateRegistry::privateKeyKey(r.uuid));
            return keys;
        },
        this,
        [this, guard, done, applicationId](Result<QStringList> keys_) {
            if (!keys_) {
                if (guard)
                    done(std::unexpected(keys_.error()));
                return;
            }
            const QStringList keys = *keys_;
            removeKeys(keys, [this, guard, done, applicationId](Result<void> removed) {
                if (!removed) {
                    Error e = removed.error();
                    e.message = tr(
                        "The application was not deleted: its clients' secrets or its private keys "
                        "could not be removed from the keychain. %1")
                                    .arg(e.message);
                    if (guard)
                        done(std::unexpected(e));
                    return;
                }
                m_store->run(
                    [applicationId](Store &s) { return s.removeApplication(applicationId); }, this,
                    [guard, done](Result<void> r) {
                        if (guard)
                            done(std::move(r));
                    });
            });
        });
}

} // namespace oauthdesk
