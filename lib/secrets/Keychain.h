// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "secrets/SecretBytes.h"

#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace oauthdesk {

/// Secrets in the operating system's keychain through QtKeychain (the Secret Service on Linux).
///
/// Naming scheme (one place, here): every entry is stored under the service name
/// "io.github.oauthdesk.OAuthDesk" with a key "<kind>/<local uuid>/<what>", where the local
/// UUID is the store's stable id of the owning object (OAuthClient::uuid), never a row number
/// that SQLite could hand out again:
///   client/<uuid>/client_secret               the client secret (client_secret_basic/_post)
///   client/<uuid>/registration_access_token   RFC 7592 management token
///   environment/<uuid>/initial_access_token   RFC 7591 §3: lets OAuthDesk register clients
///   environment/<uuid>/software_statement     RFC 7591 §2.3: sent with every registration
///   certificate/<uuid>/private_key            a signing or transport key (PKCS#8 DER)
///   local-ca/<uuid>/private_key               the workspace's local development CA's key
///
/// Every call is asynchronous and answers exactly once through its callback, on this object's
/// thread, unless the callback's context object is gone. QtKeychain has no timeout of its own (a
/// locked keyring with an unseen unlock prompt waits forever), so each call has one: when it
/// fires the caller hears KeychainTimeout and the late answer is dropped. The plaintext fallback
/// of QtKeychain stays off: no keychain means a clear error, never a secret in a file.
class Keychain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Keychain)

public:
    static constexpr char kService[] = "io.github.oauthdesk.OAuthDesk";

    explicit Keychain(QObject *parent = nullptr);
    /// A different service name, for tests that must not touch the app's entries.
    Keychain(QString service, QObject *parent);

    [[nodiscard]] QString service() const { return m_service; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    [[nodiscard]] static QString clientSecretKey(const QString &clientUuid);
    [[nodiscard]] static QString registrationTokenKey(const QString &clientUuid);
    [[nodiscard]] static QString initialAccessTokenKey(const QString &environmentUuid);
    [[nodiscard]] static QString softwareStatementKey(const QString &environmentUuid);
    [[nodiscard]] static QString privateKeyKey(const QString &certificateUuid);
    [[nodiscard]] static QString localCaKeyKey(const QString &caUuid);

    /// Stores (or replaces) @p secret under @p key. When the call timed out but the keychain
    /// stored the secret after all, @p lateSuccess runs (on this object's thread) so the caller
    /// can undo or finish what the timeout left unknown.
    void write(const QString &key, const SecretBytes &secret, QObject *context,
        std::function<void(Result<void>)> done, std::function<void()> lateSuccess = {});
    /// Reads the secret under @p key; SecretNotFound when there is none.
    void read(const QString &key, QObject *context, std::function<void(Result<SecretBytes>)> done);
    /// Removes the entry under @p key; an entry that was not there counts as removed.
    void remove(const QString &key, QObject *context, std::function<void(Result<void>)> done,
        std::function<void()> lateSuccess = {});

    /// QtKeychain's error (code + its text) as an Error an admin can act on. The one mapping
    /// of that error space (docs/architecture.md "Errors are values").
    [[nodiscard]] static Error mapError(
        int keychainError, const QString &errorString, const QString &operation);

private:
    /// Starts @p job, arms the timeout, and calls @p onFinished(job) once, or the timeout path.
    void start(QKeychain::Job *job, const QString &operation, QObject *context,
        std::function<void(QKeychain::Job *)> onFinished, std::function<void(Error)> onFailure,
        std::function<void()> lateSuccess = {});

    QString m_service;
    std::chrono::milliseconds m_timeout { 10000 };
};

} // namespace oauthdesk
