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

/// A JWK Set read from a client's jwks_uri.
struct JwkSet
{
    QUrl url;
    QJsonObject document; ///< as served: a JSON object with a "keys" array
    QStringList kids; ///< each key's "kid", in order (an empty string for a key without one)
};

/// What a jwks_uri answered, with the call made (also when it failed).
struct JwksFetch
{
    /// The keys, or why not in plain words naming the URL; ErrorCode::NotFound: HTTP 404
    /// (nothing is published there).
    Result<JwkSet> keys = fail(ErrorCode::Internal, QString());
    QList<HttpExchange> exchanges;
};

/// What an RFC 7592 read answered, with the calls made. It changes nothing here, except that a
/// credential the AS rotated with its answer is kept in the keychain (said in notes).
struct RegistrationRead
{
    /// What the AS has registered, or why it could not be read (the keychain's error when
    /// tokenRead is false, else the AS's answer in plain words).
    Result<RegisteredClient> registered = fail(ErrorCode::Internal, QString());
    bool tokenRead = false; ///< the registration access token was in the keychain
    QStringList notes; ///< one line per credential the AS replaced on this read
    QList<HttpExchange> exchanges;
};

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
    [[nodiscard]] Later<QStringList> keepRotatedCredentials(
        const OAuthClient &client, const SecretBytes &tokenSent, const RegisteredClient &answer);
    [[nodiscard]] Later<void> storeCredentials(const Environment &env,
        std::optional<std::shared_ptr<const SecretBytes>> initialAccessToken,
        std::optional<std::shared_ptr<const SecretBytes>> softwareStatement);
    /// What to register for @p client beyond its settings: its signing key's public JWKS
    /// (private_key_jwt), its self-signed certificate in x5c (RFC 8705 §2.2) or its transport
    /// certificate's subject DN (tls_client_auth), from the application's certificates.
    [[nodiscard]] Later<RegistrationInput> inputFor(
        const OAuthClient &client, std::optional<AuthMethod> previousMethod = std::nullopt);
    [[nodiscard]] Later<RegistrationOutcome> registerClient(
        const Environment &env, const RegistrationInput &input);
    [[nodiscard]] Later<RegistrationOutcome> refresh(
        const Environment &env, const OAuthClient &client);
    [[nodiscard]] Later<RegistrationOutcome> update(
        const Environment &env, const RegistrationInput &input);
    [[nodiscard]] Later<RegistrationOutcome> rotateSecret(
        const Environment &env, const OAuthClient &client);
    [[nodiscard]] Later<DeletionOutcome> deleteAtAs(
        const Environment &env, const OAuthClient &client);

    /// The most a client's JWK Set may be (a few dozen keys are a few KiB).
    static constexpr qint64 kMaxJwksBytes = 256 * 1024;
    /// GETs the JWK Set at @p url (a client's jwks_uri) with @p env's TLS trust; answers its keys
    /// and the call, never fails (the error is in JwksFetch::keys).
    [[nodiscard]] Later<JwksFetch> fetchJwks(const QUrl &url, const Environment &env);
    /// RFC 7592 read (GET) of what the AS has registered for @p client, with its registration
    /// access token from the keychain and @p env's headers and TLS trust; never fails (the
    /// error is in RegistrationRead::registered). A credential the AS rotated with its answer is
    /// stored before it answers (keepRotatedCredentials).
    [[nodiscard]] Later<RegistrationRead> read(const Environment &env, const OAuthClient &client);
};

} // namespace oauthdesk
