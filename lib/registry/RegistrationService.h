// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "oauth/Registration.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

namespace oauthdesk {

class ClientRegistry;
class Transport;

/// What an environment holds for registering clients (both secrets, in the keychain).
struct RegistrationCredentials
{
    std::shared_ptr<const SecretBytes> initialAccessToken; ///< RFC 7591 §3
    std::shared_ptr<const SecretBytes> softwareStatement; ///< RFC 7591 §2.3, a signed JWT
};

/// The result of registering or changing a client at the AS.
struct RegistrationOutcome
{
    Result<OAuthClient> client = fail(ErrorCode::Internal, QString()); ///< as saved locally
    std::shared_ptr<const SecretBytes> clientSecret; ///< issued (or rotated) by the AS: shown once
    bool secretChanged = false; ///< the AS issued a different secret
    QJsonObject requested; ///< metadata sent (no secrets)
    QJsonObject granted; ///< metadata answered (no secrets)
    QList<MetadataDifference> differences; ///< requested vs granted, in plain words
    QList<HttpExchange> exchanges; ///< discovery (if fetched), the calls made
    QStringList warnings; ///< what went wrong after the AS said yes
};

/// Registering clients at the AS (RFC 7591) and managing them there (RFC 7592), keeping the
/// store and the keychain in line with what the AS answered: the AS's answer is the truth.
///
/// - registerClient(): POST with the environment's initial access token and software
///   statement; the returned client_id, client_id_issued_at and registration_client_uri go to
///   the store, the client_secret and registration_access_token to the keychain. If the client
///   cannot be saved locally, it is deleted at the AS again, so no unknown client is left there.
/// - refresh(): GET; the local record takes the AS's values.
/// - update(): PUT of the full metadata (RFC 7592 §2.2: fields not sent may be dropped).
/// - rotateSecret(): PUT without the current secret; only an AS that then issues a new one
///   rotates (RFC 7592 defines no rotation); one that keeps it is reported as not supporting it.
/// - deleteAtAs(): DELETE, then the local client and its keychain entries.
/// A registration access token the AS rotates in any answer replaces the stored one.
class RegistrationService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationService)

public:
    RegistrationService(Transport *transport, ClientRegistry *clients, QObject *parent = nullptr);

    /// The registration endpoint from the environment's cached discovery, if any.
    [[nodiscard]] static QUrl registrationEndpoint(const Environment &env);

    void readCredentials(const Environment &env, QObject *context,
        std::function<void(Result<RegistrationCredentials>)> done);
    /// Stores each credential that is given: a non-empty one is written, an empty one (or
    /// nullptr) removed; std::nullopt leaves it as it is.
    void storeCredentials(const Environment &env,
        std::optional<std::shared_ptr<const SecretBytes>> initialAccessToken,
        std::optional<std::shared_ptr<const SecretBytes>> softwareStatement, QObject *context,
        std::function<void(Result<void>)> done);

    void registerClient(const Environment &env, const RegistrationInput &input, QObject *context,
        std::function<void(RegistrationOutcome)> done);
    void refresh(const Environment &env, const OAuthClient &client, QObject *context,
        std::function<void(RegistrationOutcome)> done);
    void update(const Environment &env, const RegistrationInput &input, QObject *context,
        std::function<void(RegistrationOutcome)> done);
    void rotateSecret(const Environment &env, const RegistrationInput &input, QObject *context,
        std::function<void(RegistrationOutcome)> done);
    void deleteAtAs(const Environment &env, const OAuthClient &client, QObject *context,
        std::function<void(Result<void>, QList<HttpExchange>)> done);

private:
    enum class Change {
        Update,
        Rotate,
    };
    void change(const Environment &env, const RegistrationInput &input, Change kind,
        QObject *context, std::function<void(RegistrationOutcome)> done);
    void readToken(const OAuthClient &client,
        std::function<void(Result<std::shared_ptr<const SecretBytes>>)> done);
    /// Saves @p client as the AS answered @p registered; stores a rotated secret and token.
    void adopt(OAuthClient client, const RegisteredClient &registered,
        std::shared_ptr<const SecretBytes> previousSecret,
        std::shared_ptr<RegistrationOutcome> outcome, std::function<void()> finish,
        std::optional<AuthMethod> previousMethod = std::nullopt);

    QPointer<Transport> m_transport;
    QPointer<ClientRegistry> m_clients;
};

} // namespace oauthdesk
