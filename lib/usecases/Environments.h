// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Environment.h"
#include "oauth/Discovery.h"
#include "usecases/UseCase.h"

#include <optional>

namespace oauthdesk {

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
    [[nodiscard]] Later<Environment> save(Environment env);
    /// Removes the row (its clients keep their settings, without an environment), then its
    /// registration credentials from the keychain. The row first: if it cannot go, the
    /// environment keeps its credentials (the error). If the keychain then fails, the row is
    /// gone all the same and the answer is a note saying what is left where (empty: nothing).
    [[nodiscard]] Later<QString> remove(qint64 id);

    /// Caches a discovery document fetched for @p fetchedFor (the one writer of the cache):
    /// written only while the environment's issuer is still the one it was fetched from.
    [[nodiscard]] Later<Environment> cacheDiscovery(const Environment &fetchedFor, const QByteArray &document);
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
