// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "oauth/Registration.h"
#include "registry/RegistrationService.h"
#include "usecases/UseCase.h"

namespace oauthdesk {

/// What a deletion at the AS answered, with the calls made.
struct DeletionOutcome
{
    Result<void> result;
    QList<HttpExchange> exchanges;
};

/// The outcome, or one that carries the error when the work stopped before answering: screens
/// show an outcome either way.
[[nodiscard]] inline RegistrationOutcome outcomeOrError(Result<RegistrationOutcome> answered)
{
    if (answered)
        return std::move(*answered);
    RegistrationOutcome o;
    o.client = std::unexpected(answered.error());
    return o;
}
[[nodiscard]] inline DeletionOutcome outcomeOrError(Result<DeletionOutcome> answered)
{
    if (answered)
        return std::move(*answered);
    return DeletionOutcome { std::unexpected(answered.error()), {} };
}

/// Registering clients at the AS (RFC 7591) and managing them there (RFC 7592), through
/// RegistrationService; the metadata that comes from keys and certificates is read here.
class Registrations final : public UseCase
{
    Q_OBJECT

public:
    using UseCase::UseCase;

    /// The registration endpoint from the environment's cached discovery (empty: not offered).
    [[nodiscard]] static QUrl endpoint(const Environment &env);
    [[nodiscard]] Later<RegistrationCredentials> readCredentials(const Environment &env);
    /// After an RFC 7592 read: the AS may issue a new registration access token or client
    /// secret with its answer, and the old ones then stop working (§2.1). Stores what changed
    /// in the keychain; answers one line per credential replaced (empty: nothing changed).
    [[nodiscard]] Later<QStringList> keepRotatedCredentials(const OAuthClient &client, const SecretBytes &tokenSent,
                                                            const RegisteredClient &answer);
    [[nodiscard]] Later<void> storeCredentials(const Environment &env,
                                               std::optional<std::shared_ptr<const SecretBytes>> initialAccessToken,
                                               std::optional<std::shared_ptr<const SecretBytes>> softwareStatement);
    /// What to register for @p client beyond its settings: its signing key's public JWKS
    /// (private_key_jwt), its self-signed certificate in x5c (RFC 8705 §2.2) or its transport
    /// certificate's subject DN (tls_client_auth), from the application's certificates.
    [[nodiscard]] Later<RegistrationInput> inputFor(const OAuthClient &client,
                                                    std::optional<AuthMethod> previousMethod = std::nullopt);
    [[nodiscard]] Later<RegistrationOutcome> registerClient(const Environment &env, const RegistrationInput &input);
    [[nodiscard]] Later<RegistrationOutcome> refresh(const Environment &env, const OAuthClient &client);
    [[nodiscard]] Later<RegistrationOutcome> update(const Environment &env, const RegistrationInput &input);
    [[nodiscard]] Later<RegistrationOutcome> rotateSecret(const Environment &env, const OAuthClient &client);
    [[nodiscard]] Later<DeletionOutcome> deleteAtAs(const Environment &env, const OAuthClient &client);
};

} // namespace oauthdesk
