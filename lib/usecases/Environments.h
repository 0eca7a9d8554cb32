// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Environment.h"
#include "oauth/Discovery.h"
#include "usecases/UseCase.h"

#include <QDateTime>
#include <optional>

namespace oauthdesk {

/// One CA certificate of an environment's "Client CA the AS trusts", as the screens show it.
struct ClientCaSummary
{
    QString subject; ///< RFC 2253
    QString issuer;
    QDateTime notBefore; ///< UTC
    QDateTime notAfter; ///< UTC
    QString sha256Thumbprint; ///< lowercase hex of SHA-256 over the DER
    bool selfSigned = false; ///< a root
};

/// A client CA read from a file or from an environment: the PEM to store and what it holds.
struct ClientCaRead
{
    QByteArray
        pem; ///< the certificates only, one PEM block each (what Environment::clientCaPem keeps)
    QList<ClientCaSummary> certificates; ///< in file order
};

/// Environments (one AS each): saved and removed with their registration credentials, and the
/// one discovery cache: every discovery fetched anywhere (test token, sign-in, refresh,
/// registration) is written here, only while the environment's issuer is unchanged.
class Environments final : public UseCase
{
    Q_OBJECT

public:
    explicit Environments(Workspace &workspace);

    /// The environments as the store last announced them (loaded with the snapshot, then kept
    /// current by every save and removal): what screens show without asking the store.
    [[nodiscard]] const QList<Environment> &current() const { return m_current; }
    [[nodiscard]] std::optional<Environment> byId(qint64 id) const;

    [[nodiscard]] Later<QList<Environment>> list();
    /// By row id or exact name (the CLI's ENV argument).
    [[nodiscard]] Later<Environment> find(const QString &idOrName);
    /// Saves @p env. A client CA that is set (clientCaPem) is checked first, off the GUI thread
    /// (readClientCa(): a refusal names the field and nothing is written), and stored as its
    /// certificates' PEM.
    [[nodiscard]] Later<Environment> save(Environment env);

    /// The "Client CA the AS trusts" field: its name in Problems (FieldProblems), and its label.
    [[nodiscard]] static QString clientCaField();
    [[nodiscard]] static QString clientCaLabel();
    /// Reads a client CA (a PEM bundle or one DER certificate): CA certificates only. A client
    /// or server certificate, a private key (PEM or DER), a PKCS#12 file, damaged PEM or an empty
    /// file is refused with a message naming the field and what to do (lib/pki/ClientCa). Pure;
    /// a few certificates' worth of work.
    [[nodiscard]] static Result<ClientCaRead> readClientCa(const QByteArray &pemOrDer);
    /// Reads the file at @p path (at most 1 MiB) and then readClientCa(), off the GUI thread.
    /// The file's bytes are wiped after reading (a key loaded by mistake does not linger).
    [[nodiscard]] Later<ClientCaRead> loadClientCa(const QString &path);
    /// Removes the row (its clients keep their settings, without an environment), then its
    /// registration credentials from the keychain. The row first: if it cannot go, the
    /// environment keeps its credentials (the error). If the keychain then fails, the row is
    /// gone all the same and the answer is a note saying what is left where (empty: nothing).
    [[nodiscard]] Later<QString> remove(qint64 id);

    /// Caches a discovery document fetched for @p fetchedFor (the one writer of the cache):
    /// written only while the environment's issuer is still the one it was fetched from.
    [[nodiscard]] Later<Environment> cacheDiscovery(
        const Environment &fetchedFor, const QByteArray &document);
    /// Fetches the environment's discovery now and caches it: the environment as saved, or
    /// the fetch's error (the exchanges are in @p outcome when asked).
    struct Refreshed
    {
        Environment environment;
        DiscoveryOutcome discovery;
    };
    [[nodiscard]] Later<Refreshed> refreshDiscovery(qint64 environmentId);
    /// How long a discovery fetch may take before it gives up (shown while fetching).
    [[nodiscard]] int deadlineSeconds() const;
    /// The first URL a discovery fetch asks (shown while fetching).
    [[nodiscard]] static QUrl discoveryUrl(const Environment &env);

    /// Called with the snapshot that filled the screens.
    void adopt(const QList<Environment> &environments) { m_current = environments; }

Q_SIGNALS:
    void changed();

private:
    QList<Environment> m_current;
};

} // namespace oauthdesk
