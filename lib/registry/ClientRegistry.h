// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/OAuthClient.h"
#include "policy/Validation.h" // usesClientSecret(), the rule's one home
#include "secrets/SecretBytes.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace oauthdesk {

class AsyncStore;
class Keychain;

/// The keychain entries a client can have (its secret, its registration access token).
[[nodiscard]] QStringList keychainKeysOf(const OAuthClient &client);

/// Clients and their secrets together, so that neither is ever left half-saved: the store holds
/// the client, the keychain its secret, and every operation here orders the two so that a
/// failure leaves the previous state (or a clear report of what is left where).
///
/// - record(): the secret is written first; only then is the client saved. If the keychain
///   fails, nothing is saved. If the store then fails, the secret is removed again.
/// - rotateSecret(): one keychain write replaces the old secret only once the new one is stored
///   (the Secret Service replaces an item atomically); if it fails the old secret still works.
/// - remove(): the keychain entries go first; if that fails the client stays, so the admin can
///   retry, and is told why. An entry that was already gone counts as removed.
class ClientRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientRegistry)

public:
    ClientRegistry(AsyncStore *store, Keychain *keychain, QObject *parent = nullptr);

    /// Saves a new or edited client. A client that moves to a secret-based method needs @p secret
    /// (new clients, and edits from a method without one, per @p previousMethod); an edit that
    /// moves away from a secret removes it from the keychain.
    void save(OAuthClient client, std::optional<SecretBytes> secret, QObject *context,
        std::function<void(Result<OAuthClient>)> done,
        std::optional<AuthMethod> previousMethod = std::nullopt);
    void readSecret(
        const OAuthClient &client, QObject *context, std::function<void(Result<SecretBytes>)> done);
    /// @p storedLate runs if the keychain timed out but then stored the new secret after all.
    void rotateSecret(const OAuthClient &client, SecretBytes newSecret, QObject *context,
        std::function<void(Result<void>)> done, std::function<void()> storedLate = {});
    void remove(
        const OAuthClient &client, QObject *context, std::function<void(Result<void>)> done);
    [[nodiscard]] Keychain *keychain() const;
    /// Deletes an application with its clients, their keychain entries first.
    void removeApplication(
        qint64 applicationId, QObject *context, std::function<void(Result<void>)> done);
    /// At start: keychain entries journalled by a save that was interrupted before its row was
    /// stored (a crash, a kill) are removed, and their count answered. Entries whose row exists
    /// only leave the journal. The keychain cannot list its entries; the journal is how such
    /// entries are found.
    void recoverInterruptedWrites(QObject *context, std::function<void(Result<int>)> done);

Q_SIGNALS:
    /// Something the admin should know that did not stop the operation.
    void warning(const QString &message);

private:
    [[nodiscard]] bool ready(const std::function<void(Error)> &fail) const;
    void removeKeys(const QStringList &keys, std::function<void(Result<void>)> done);

    QPointer<AsyncStore> m_store;
    QPointer<Keychain> m_keychain;
};

} // namespace oauthdesk
