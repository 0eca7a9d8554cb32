// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/TokenClient.h"

#include "jose/JwsSigner.h"
#include "oauth/Transport.h"
#include "pki/KeyPair.h"
#include "policy/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <openssl/crypto.h>

namespace oauthdesk {

namespace {

struct TokenClientText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::TokenClient)
};

// Secrets cross into QByteArray only here, at the wire.
QByteArray wire(const SecretBytes &s)
{
    return s.toByteArray();
}

} // namespace

std::optional<QDateTime> TokenResponse::expiresAt() const
{
    if (!expiresIn)
        return std::nullopt;
    return receivedAt.addSecs(*expiresIn);
}

QStringList TokenResponse::scopesNotGranted() const
{
    QStringList out;
    for (const QString &s : requestedScopes) {
        if (!grantedScopes.contains(s))
            out.append(s);
    }
    return out;
}

QStringList TokenResponse::scopesNotRequested() const
{
    QStringList out;
    for (const QString &s : grantedScopes) {
        if (!requestedScopes.contains(s))
            out.append(s);
    }
    return out;
}

ClientCredentials withAudienceRule(ClientCredentials credentials, const Environment &environment)
{
    credentials.audienceRule = environment.assertionAudience;
    credentials.issuer = environment.issuer;
    // RFC 8414 token_endpoint_auth_signing_alg_values_supported: HS256 unless the AS lists
    // HMAC algorithms without it.
    const QJsonArray algs
        = QJsonDocument::fromJson(environment.discoveryDocument)
              .object()
              .value(QLatin1String("token_endpoint_auth_signing_alg_values_supported"))
              .toArray();
    QStringList hmac;
    for (const QJsonValue &a : algs)
        if (const QString alg = a.toString(); alg == QLatin1String("HS256")
            || alg == QLatin1String("HS384") || alg == QLatin1String("HS512"))
            hmac.append(alg);
    credentials.macAlg = hmac.isEmpty() || hmac.contains(QLatin1String("HS256"))
        ? QStringLiteral("HS256")
        : hmac.first();
    return credentials;
}

QString assertionAudienceFor(
    const ClientCredentials &credentials, const QUrl &endpoint, const QUrl &tokenEndpoint)
{
    switch (credentials.audienceRule) {
    case AssertionAudience::Issuer:
        if (!credentials.issuer.isEmpty())
            return credentials.issuer.toString();
        break;
    case AssertionAudience::EndpointCalled:
        if (!endpoint.isEmpty())
            return endpoint.toString();
        break;
    case AssertionAudience::TokenEndpoint:
        break;
    }
    return tokenEndpoint.toString();
}

Result<HttpRequest> buildClientRequest(const ClientRequest &r)
{
    const ClientAuthentication &c = r.client;
    const AuthMethod method = c.authMethod;
    const bool mtls = authenticatesWithCertificate(method);
    if (usesClientSecret(method) && (!c.clientSecret || c.clientSecret->isEmpty()))
        return fail(ErrorCode::SecretNotFound,
            TokenClientText::tr(
                "This client has no client secret in the keychain: rotate it or edit the client."));
    const ClientCredentials &cred = c.credentials;
    if (method == AuthMethod::PrivateKeyJwt
        && (!cred.signingKeyPkcs8Der || cred.signingKeyPkcs8Der->isEmpty()))
        return fail(ErrorCode::SecretNotFound,
            TokenClientText::tr("private_key_jwt needs the client's signing key: pick or generate "
                                "a signing certificate for it."));
    if (mtls && (cred.transportCertificateChainDer.isEmpty() || !cred.transportKeyPkcs8Der))
        return fail(ErrorCode::SecretNotFound,
            TokenClientText::tr(
                "%1 needs the client's transport certificate and key: pick or generate one for it.")
                .arg(toWire(method)));

    HttpRequest req;
    req.method = "POST";
    req.url = r.endpoint;
    req.timeoutMs = r.timeoutMs;
    req.maxResponseBytes = r.maxResponseBytes;
    req.secretFormFields = r.secretFormFields;
    FormFields form = r.form;
    if (!cred.transportCertificateChainDer.isEmpty() && cred.transportKeyPkcs8Der) {
        // Presented whenever the client has one: required by the mTLS methods, and what binds
        // the token to the certificate (RFC 8705 §3) for the others too.
        req.clientCertificateChainDer = cred.transportCertificateChainDer;
        req.clientKeyPkcs8Der = cred.transportKeyPkcs8Der;
    }
    if (method == AuthMethod::PrivateKeyJwt || method == AuthMethod::ClientSecretJwt) {
        // RFC 7523 §2.2: signed with the signing key, or MACed with the client secret.
        ClientAssertionRequest a;
        a.clientId = c.clientId;
        a.audience = assertionAudienceFor(cred, r.endpoint, r.tokenEndpoint);
        Result<QByteArray> assertion;
        if (method == AuthMethod::PrivateKeyJwt) {
            auto key = privateKeyFromPkcs8(*cred.signingKeyPkcs8Der);
            if (!key)
                return std::unexpected(key.error());
            a.kid = cred.signingKid;
            a.alg = cred.signingAlg;
            assertion = buildClientAssertion(key->get(), a);
        } else {
            a.alg = cred.macAlg;
            QByteArray secret = wire(*c.clientSecret);
            assertion = buildClientSecretAssertion(secret, a);
            OPENSSL_cleanse(secret.data(), size_t(secret.size()));
        }
        if (!assertion)
            return std::unexpected(assertion.error());
        form.emplace_back("client_id", c.clientId.toUtf8());
        form.emplace_back(
            "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.emplace_back("client_assertion", *assertion);
        req.secretFormFields.append("client_assertion"); // a credential for its lifetime
    } else if (mtls || method == AuthMethod::None) {
        form.emplace_back("client_id", c.clientId.toUtf8());
    } else if (method == AuthMethod::ClientSecretBasic) {
        // RFC 6749 §2.3.1: id and secret are form-encoded (Appendix B) before Base64.
        QByteArray secret = wire(*c.clientSecret);
        QByteArray credentials = formEncode(c.clientId.toUtf8()) + ':' + formEncode(secret);
        req.headers.emplace_back("Authorization", "Basic " + credentials.toBase64());
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
        OPENSSL_cleanse(credentials.data(), size_t(credentials.size()));
        req.secretHeaders.append("Authorization");
    } else {
        form.emplace_back("client_id", c.clientId.toUtf8());
        form.emplace_back("client_secret", wire(*c.clientSecret));
        req.secretFormFields.append("client_secret");
    }
    req.body = formBody(form);
    req.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    req.headers.emplace_back("Accept", "application/json");
    if (auto added = appendExtraHeaders(req, r.extraHeaders); !added)
        return std::unexpected(added.error());
    return req;
}

Result<HttpRequest> buildTokenRequest(const TokenRequest &r)
{
    if (r.tokenEndpoint.isEmpty())
        return fail(ErrorCode::InvalidInput,
            TokenClientText::tr("The environment has no token endpoint yet: refresh its discovery "
                                "in Settings → Environments."));
    const bool clientCredentials = r.grantType == "client_credentials";
    if (r.authMethod == AuthMethod::None && clientCredentials)
        return fail(ErrorCode::InvalidInput,
            TokenClientText::tr("A public client cannot use the client credentials grant."));
    ClientRequest c;
    c.endpoint = r.tokenEndpoint;
    c.tokenEndpoint = r.tokenEndpoint;
    c.client = { r.clientId, r.authMethod, r.clientSecret, r.credentials };
    c.form = { { "grant_type", r.grantType } };
    c.form.append(r.grantFields);
    c.secretFormFields = r.secretGrantFields;
    if (!r.scopes.isEmpty())
        c.form.emplace_back("scope", r.scopes.join(QLatin1Char(' ')).toUtf8());
    c.extraHeaders = r.extraHeaders;
    c.timeoutMs = r.timeoutMs;
    auto req = buildClientRequest(c);
    if (req) // the raw exchange shows the answer without its credentials; decoded views show the
             // claims
        req->secretResponseMembers = { "access_token", "refresh_token", "id_token" };
    return req;
}

RefusalContext refusalContextFor(BackChannelEndpoint endpoint, const ClientAuthentication &client,
    const QUrl &url, const QUrl &tokenEndpoint, const QByteArray &grantType)
{
    RefusalContext c;
    c.endpoint = endpoint;
    if (endpoint == BackChannelEndpoint::Token && !grantType.isEmpty())
        c.grantType = grantType;
    c.method = client.authMethod;
    c.audienceRule = client.credentials.audienceRule;
    if (client.authMethod == AuthMethod::PrivateKeyJwt
        || client.authMethod == AuthMethod::ClientSecretJwt) // the aud the assertion named
        c.assertionAudience = assertionAudienceFor(client.credentials, url, tokenEndpoint);
    if (usesClientSecret(client.authMethod))
        c.clientSecretExpiresAt = client.credentials.clientSecretExpiresAt;
    return c;
}

RefusalContext refusalContext(const TokenRequest &r)
{
    return refusalContextFor(BackChannelEndpoint::Token,
        { r.clientId, r.authMethod, r.clientSecret, r.credentials }, r.tokenEndpoint,
        r.tokenEndpoint, r.grantType);
}

Result<TokenResponse> parseTokenResponse(
    const HttpExchange &ex, const QStringList &requestedScopes, const RefusalContext &context)
{
    if (ex.transportError)
        return std::unexpected(*ex.transportError);
    const QByteArray contentType = ex.responseHeader("Content-Type").toLower();
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(ex.responseBody, &parseError);
    const bool json = doc.isObject();
    const QJsonObject o = doc.object();

    if (ex.status != 200)
        return std::unexpected(refusalError(ex, context));
    if (!json) {
        const bool html = contentType.contains("html") || ex.responseBody.trimmed().startsWith('<');
        return fail(ErrorCode::ProtocolError,
            html ? TokenClientText::tr(
                "The token endpoint answered 200 with an HTML page, not a token. A proxy or "
                "login page is probably in the way: check the token endpoint URL.")
                 : TokenClientText::tr(
                     "The token endpoint answered 200 but not with JSON, so there is no token."),
            parseError.errorString() + QStringLiteral("; Content-Type: ")
                + QString::fromUtf8(contentType));
    }
    const QString accessToken = o.value(QLatin1String("access_token")).toString();
    if (accessToken.isEmpty()) {
        return fail(ErrorCode::ProtocolError,
            TokenClientText::tr("The token endpoint answered 200, but the JSON has no access_token "
                                "(RFC 6749 §5.1): "
                                "this is not a token response."));
    }
    TokenResponse t;
    t.accessToken = std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(accessToken));
    t.tokenType = o.value(QLatin1String("token_type")).toString();
    if (t.tokenType.isEmpty())
        return fail(ErrorCode::ProtocolError,
            TokenClientText::tr("The token response has no token_type (RFC 6749 §5.1)."));
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    // Untrusted input: finite, positive, and at most a year (a longer "lifetime" is nonsense
    // and would overflow the renewal timer).
    if (expires.isDouble() && std::isfinite(expires.toDouble()) && expires.toDouble() > 0)
        // Rounded up: a positive lifetime under a second is one second, not an expired token.
        t.expiresIn = std::min<qint64>(
            qint64(std::ceil(std::min(expires.toDouble(), 366.0 * 86400))), 366 * 86400);
    t.requestedScopes = requestedScopes;
    if (o.contains(QLatin1String("scope"))) {
        t.grantedScopes = o.value(QLatin1String("scope"))
                              .toString()
                              .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    } else {
        t.grantedScopes = requestedScopes; // §5.1: omitted means "as requested"
        t.scopeWasOmitted = true;
    }
    const QString refresh = o.value(QLatin1String("refresh_token")).toString();
    if (!refresh.isEmpty())
        t.refreshToken = std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(refresh));
    const QString idToken = o.value(QLatin1String("id_token")).toString();
    if (!idToken.isEmpty())
        t.idToken = std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(idToken));
    t.receivedAt = QDateTime::currentDateTimeUtc();
    return t;
}

quint64 requestToken(Transport *transport, const TokenRequest &r, QObject *context,
    std::function<void(TokenOutcome)> done)
{
    auto built = buildTokenRequest(r);
    if (!built) {
        TokenOutcome outcome;
        outcome.result = std::unexpected(built.error());
        done(std::move(outcome));
        return 0;
    }
    const RefusalContext refusal = refusalContext(r);
    const QStringList scopes = r.scopes;
    QByteArray assertion;
    for (const QByteArray &part : built->body.split('&')) {
        if (part.startsWith("client_assertion="))
            assertion = QByteArray::fromPercentEncoding(part.mid(17));
    }
    return transport->send(
        *built, r.caBundlePath, context, [done, refusal, scopes, assertion](HttpExchange ex) {
            TokenOutcome outcome;
            outcome.clientAssertion = assertion;
            outcome.result = parseTokenResponse(ex, scopes, refusal);
            outcome.exchange = std::move(ex);
            done(std::move(outcome));
        });
}

} // namespace oauthdesk
