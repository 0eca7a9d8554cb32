// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Enums.h"
#include "model/Environment.h"
#include "oauth/Explanation.h"
#include "oauth/HttpExchange.h"
#include "secrets/SecretBytes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace oauthdesk {

class Transport;

/// How a client proves who it is, whatever its method: a secret, a signing key (private_key_jwt,
/// RFC 7523) or a transport certificate (mutual TLS, RFC 8705). Shared so renewals reuse them.
struct ClientCredentials
{
    std::shared_ptr<const SecretBytes> clientSecret;
    std::shared_ptr<const SecretBytes> signingKeyPkcs8Der;
    QString signingKid; ///< the kid the AS knows the signing key by
    QString signingAlg; ///< RS256, PS256 or ES256; empty: the key's default
    /// client_secret_jwt: HS256, or HS384/HS512 when the AS's metadata lists only those.
    QString macAlg = QStringLiteral("HS256");
    /// private_key_jwt: what the assertion's aud names (the environment's rule) and the issuer
    /// it names under AssertionAudience::Issuer.
    AssertionAudience audienceRule = AssertionAudience::TokenEndpoint;
    QUrl issuer;
    QList<QByteArray> transportCertificateChainDer;
    std::shared_ptr<const SecretBytes> transportKeyPkcs8Der;
    /// When the AS said the client secret expires (the client's client_secret_expires_at): not
    /// sent, it explains a refusal of an expired secret (RefusalContext).
    std::optional<QDateTime> clientSecretExpiresAt;
};

using FormFields = QList<QPair<QByteArray, QByteArray>>;

/// @p credentials with the environment's client-assertion audience rule and issuer, and the HMAC
/// algorithm its metadata asks client_secret_jwt for: the one place an environment's rules
/// reach a request.
[[nodiscard]] ClientCredentials withAudienceRule(
    ClientCredentials credentials, const Environment &environment);

/// The aud of a private_key_jwt assertion sent to @p endpoint under @p credentials' rule.
[[nodiscard]] QString assertionAudienceFor(
    const ClientCredentials &credentials, const QUrl &endpoint, const QUrl &tokenEndpoint);

/// Who a client is when it calls the AS's back-channel endpoints (token, introspection,
/// revocation): its id, its method and what that method needs.
struct ClientAuthentication
{
    QString clientId;
    AuthMethod authMethod = AuthMethod::ClientSecretBasic;
    std::shared_ptr<const SecretBytes> clientSecret;
    ClientCredentials credentials;
};

/// A form POST to one of the AS's endpoints, authenticated as the client.
struct ClientRequest
{
    QUrl endpoint;
    QUrl tokenEndpoint; ///< the default audience of a private_key_jwt assertion
    ClientAuthentication client;
    FormFields form; ///< the endpoint's own parameters
    QList<QByteArray> secretFormFields; ///< which of them are secret (tokens, codes)
    QList<ExtraHeader> extraHeaders;
    int timeoutMs = 15000;
    qint64 maxResponseBytes = 256 * 1024;
};

/// Builds @p r with the client's authentication: client_secret_basic puts the form-encoded id
/// and secret in HTTP Basic (RFC 6749 §2.3.1), client_secret_post in the body, private_key_jwt
/// a fresh signed assertion (RFC 7523 §2.2), the mutual-TLS methods the client_id with the
/// transport certificate in the handshake (RFC 8705 §2), and none (a public client) only the
/// client_id. A transport certificate, when the client has one, is presented for every method.
[[nodiscard]] Result<HttpRequest> buildClientRequest(const ClientRequest &r);

/// A token request (RFC 6749 §4.4 client_credentials by default; authorization_code and
/// refresh_token through @ref grantType and @ref grantFields) as a value.
struct TokenRequest
{
    QUrl tokenEndpoint;
    QString clientId;
    AuthMethod authMethod = AuthMethod::ClientSecretBasic;
    std::shared_ptr<const SecretBytes>
        clientSecret; ///< shared so renewals reuse it, never copied around
    ClientCredentials credentials; ///< keys and certificates for the other methods (and mTLS)
    QStringList scopes;
    QByteArray grantType = "client_credentials";
    FormFields grantFields; ///< e.g. code, redirect_uri, code_verifier; refresh_token
    QList<QByteArray> secretGrantFields; ///< which grant fields are secret (code, refresh_token, …)
    QList<ExtraHeader> extraHeaders; ///< the environment's headers: on every request, renewals too
    QString caBundlePath;
    int timeoutMs = 15000;
};

/// A successful token response (RFC 6749 §5.1), tokens kept as secrets in memory only.
struct TokenResponse
{
    std::shared_ptr<const SecretBytes> accessToken;
    QString tokenType;
    std::optional<qint64> expiresIn;
    QStringList requestedScopes;
    QStringList grantedScopes; ///< the "scope" answered, or the requested ones when omitted (§5.1)
    bool scopeWasOmitted = false;
    std::shared_ptr<const SecretBytes> refreshToken;
    /// A refresh answered without a refresh_token: refreshToken is the one issued before, kept
    /// (RFC 6749 §6: the AS did not rotate it).
    bool refreshTokenKept = false;
    std::shared_ptr<const SecretBytes> idToken; ///< OpenID Connect: with the openid scope
    QDateTime receivedAt;
    [[nodiscard]] std::optional<QDateTime> expiresAt() const;
    /// Requested scopes the AS did not grant, and granted ones not asked for.
    [[nodiscard]] QStringList scopesNotGranted() const;
    [[nodiscard]] QStringList scopesNotRequested() const;
};

struct TokenOutcome
{
    Result<TokenResponse> result = fail(ErrorCode::Internal, QString());
    HttpExchange exchange;
    QByteArray clientAssertion; ///< the private_key_jwt assertion sent, for display
};

/// Builds the HTTP request for @p r with the client's authentication (see buildClientRequest).
[[nodiscard]] Result<HttpRequest> buildTokenRequest(const TokenRequest &r);

/// Reads a token endpoint's answer: a token, or an Error in plain words (the explanation table,
/// for the grant and method in @p context) beside the RFC 6749 §5.2 code. A 200 that is not a
/// token response (an HTML page from a proxy, JSON without access_token) is a failure, never a
/// success.
[[nodiscard]] Result<TokenResponse> parseTokenResponse(const HttpExchange &exchange,
    const QStringList &requestedScopes, const RefusalContext &context = {});

/// What was sent to @p endpoint (at @p url) as @p client, for explaining a refusal of it: the
/// method, and for private_key_jwt the audience rule and the aud the assertion named.
/// @p grantType: the token endpoint's grant.
[[nodiscard]] RefusalContext refusalContextFor(BackChannelEndpoint endpoint,
    const ClientAuthentication &client, const QUrl &url, const QUrl &tokenEndpoint,
    const QByteArray &grantType = {});

/// What was sent in @p r, for explaining a refusal of it.
[[nodiscard]] RefusalContext refusalContext(const TokenRequest &r);

/// Sends @p r and answers once with the outcome and the recorded exchange. Returns the
/// transport's id of the request (for Transport::cancel), 0 when nothing was sent.
quint64 requestToken(Transport *transport, const TokenRequest &r, QObject *context,
    std::function<void(TokenOutcome)> done);

} // namespace oauthdesk
