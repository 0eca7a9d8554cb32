// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/OAuthClient.h"
#include "secrets/SecretBytes.h"
#include "usecases/UseCase.h"

#include <functional>
#include <optional>

namespace oauthdesk {

/// Clients with their secrets (the order of store and keychain writes is ClientRegistry's).
class Clients final : public UseCase
{
    Q_OBJECT

public:
    using UseCase::UseCase;

    /// The whole row (the main window's table holds only the list columns).
    [[nodiscard]] Later<OAuthClient> get(qint64 id);
    [[nodiscard]] Later<QList<OAuthClient>> list();
    /// By row id, exact name or client ID (the CLI's CLIENT argument); a name two clients share
    /// is refused with both client IDs.
    [[nodiscard]] Later<OAuthClient> find(const QString &idNameOrClientId);
    /// Saves a new or edited client; a client that moves to a secret-based method needs
    /// @p secret (see ClientRegistry::save).
    [[nodiscard]] Later<OAuthClient> save(OAuthClient client, std::optional<SecretBytes> secret,
        std::optional<AuthMethod> previousMethod = std::nullopt);
    /// Its keychain entries first, then the row.
    [[nodiscard]] Later<void> remove(qint64 id);
    [[nodiscard]] Later<SecretBytes> readSecret(const OAuthClient &client);
    /// Replaces the secret in the keychain (the AS is not asked: a secret issued elsewhere).
    [[nodiscard]] Later<void> rotateSecret(
        const OAuthClient &client, SecretBytes newSecret, std::function<void()> storedLate = {});
};

} // namespace oauthdesk
