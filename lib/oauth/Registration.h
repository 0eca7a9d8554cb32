// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "oauth/HttpExchange.h"
#include "secrets/SecretBytes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace oauthdesk {

class Transport;

/// What a client asks the AS for at registration (RFC 7591 §2), beyond the client itself.
struct RegistrationInput
{
    OAuthClient client;
    QByteArray jwks; ///< private_key_jwt: the signing key's public JWK Set, sent inline;
                     ///< self_signed_tls_client_auth: the certificate in x5c (RFC 8705 §2.2)
    QString tlsClientAuthSubjectDn; ///< tls_client_auth: the transport certificate's subject (RFC
                                    ///< 8705 §2.1.2)
    /// Updates: the method the stored client had before the edit (its keychain holds a secret
    /// or not accordingly); unset means unchanged.
    std::optional<AuthMethod> previousMethod;
};

/// The RFC 7591 §2 metadata for @p input: client_name, grant_types, response_types,
/// redirect_uris, token_endpoint_auth_method, scope, application_type (OIDC), jwks,
/// tls_client_auth_subject_dn and tls_client_certificate_bound_access_tokens.
[[nodiscard]] QJsonObject registrationMetadata(const RegistrationInput &input);

/// One call to the registration endpoint (POST, RFC 7591 §3.1) or the client configuration
/// endpoint (GET, PUT, DELETE; RFC 7592 §2), with its bearer token.
struct RegistrationCall
{
    QByteArray method = "POST";
    QUrl url;
    std::shared_ptr<const SecretBytes>
        bearer; ///< initial access token, or registration access token
    QJsonObject body; ///< POST and PUT only
    std::shared_ptr<const SecretBytes> softwareStatement; ///< POST: sent as software_statement
    std::shared_ptr<const SecretBytes>
        clientSecret; ///< PUT: RFC 7592 §2.2 includes the current secret
    QList<ExtraHeader> extraHeaders;
    int timeoutMs = 20000;
};
[[nodiscard]] Result<HttpRequest> buildRegistrationRequest(const RegistrationCall &call);

/// What the AS answered for a client (RFC 7591 §3.2.1, RFC 7592 §2.1): the truth to store.
struct RegisteredClient
{
    QString clientId;
    std::optional<QDateTime> clientIdIssuedAt;
    std::optional<QDateTime> clientSecretExpiresAt; ///< unset: never expires (0) or not said
    std::shared_ptr<const SecretBytes> clientSecret;
    std::shared_ptr<const SecretBytes> registrationAccessToken;
    QUrl registrationClientUri;
    QJsonObject metadata; ///< everything else the AS returned, secrets removed
};

/// Which call an answer belongs to: the same HTTP status means different things for each.
enum class RegistrationStep {
    Register,
    Read,
    Update,
    Delete,
};

/// Reads the answer to a registration (201), read or update (200): a client, or an Error in
/// plain words naming the field the AS objected to (invalid_redirect_uri → "Redirect URIs").
[[nodiscard]] Result<RegisteredClient> parseRegistrationResponse(
    const HttpExchange &exchange, RegistrationStep step);
/// Reads the answer to a DELETE (204, RFC 7592 §2.3).
[[nodiscard]] Result<void> parseRegistrationDelete(const HttpExchange &exchange);
/// A failed answer in plain words.
[[nodiscard]] Error registrationError(const HttpExchange &exchange, RegistrationStep step);

/// One difference between what was asked and what the AS granted (or holds now).
struct MetadataDifference
{
    QString field; ///< the metadata name, e.g. "scope"
    QString requested; ///< as sent, for display ("" when not sent)
    QString granted; ///< as answered ("" when not returned)
    QString text; ///< in plain words
};
/// The fields where @p granted differs from @p requested (order-insensitive for lists and scopes).
/// Fields the AS added that were not asked for are listed only when they change behaviour
/// (auth method, grant types, scope, redirect URIs).
[[nodiscard]] QList<MetadataDifference> compareMetadata(
    const QJsonObject &requested, const QJsonObject &granted);

/// @p client as the AS has it: the issued client_id, the registration URI and date, and the
/// granted grant types, scopes, redirect URIs and authentication method.
[[nodiscard]] OAuthClient applyRegistration(OAuthClient client, const RegisteredClient &registered);

/// Sends @p call and answers once with the recorded exchange.
void sendRegistrationCall(Transport *transport, const RegistrationCall &call,
    const QString &caBundlePath, QObject *context, std::function<void(HttpExchange)> done);

} // namespace oauthdesk
