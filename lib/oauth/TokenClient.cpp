// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/TokenClient.h"

#include "jose/JwsSigner.h"
#include "oauth/Transport.h"
#include "pki/KeyPair.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

#include <openssl/crypto.h>

namespace oauthdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oauthdesk::TokenClient", text);
}

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

Result<HttpRequest> buildClientRequest(const ClientRequest &r)
{
    const ClientAuthentication &c = r.client;
    const AuthMethod method = c.authMethod;
    const bool mtls = method == AuthMethod::TlsClientAuth || method == AuthMethod::SelfSignedTlsClientAuth;
    if ((method == AuthMethod::ClientSecretBasic || method == AuthMethod::ClientSecretPost)
        && (!c.clientSecret || c.clientSecret->isEmpty()))
        return fail(ErrorCode::SecretNotFound, tr("This client has no client secret in the keychain: rotate it or edit the client."));
    const ClientCredentials &cred = c.credentials;
    if (method == AuthMethod::PrivateKeyJwt && (!cred.signingKeyPkcs8Der || cred.signingKeyPkcs8Der->isEmpty()))
        return fail(ErrorCode::SecretNotFound, tr("private_key_jwt needs the client's signing key: pick or generate a signing certificate for it."));
    if (mtls && (cred.transportCertificateChainDer.isEmpty() || !cred.transportKeyPkcs8Der))
        return fail(ErrorCode::SecretNotFound, tr("%1 needs the client's transport certificate and key: pick or generate one for it.").arg(toWire(method)));

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
    if (method == AuthMethod::PrivateKeyJwt) {
        auto key = privateKeyFromPkcs8(*cred.signingKeyPkcs8Der);
        if (!key)
            return std::unexpected(key.error());
        ClientAssertionRequest a;
        a.clientId = c.clientId;
        a.audience = cred.assertionAudience.isEmpty() ? r.tokenEndpoint.toString() : cred.assertionAudience;
        a.kid = cred.signingKid;
        a.alg = cred.signingAlg;
        auto assertion = buildClientAssertion(key->get(), a);
        if (!assertion)
            return std::unexpected(assertion.error());
        form.emplace_back("client_id", c.clientId.toUtf8());
        form.emplace_back("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
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
        return fail(ErrorCode::InvalidInput, tr("The environment has no token endpoint yet: refresh its discovery in Settings → Environments."));
    const bool clientCredentials = r.grantType == "client_credentials";
    if (r.authMethod == AuthMethod::None && clientCredentials)
        return fail(ErrorCode::InvalidInput, tr("A public client cannot use the client credentials grant."));
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
    if (req) // the raw exchange shows the answer without its credentials; decoded views show the claims
        req->secretResponseMembers = { "access_token", "refresh_token", "id_token" };
    return req;
}

QString explainTokenError(const QString &error, AuthMethod method)
{
    if (error == QLatin1String("invalid_client")) {
        if (method == AuthMethod::PrivateKeyJwt) {
            return tr("The authorization server rejected the client assertion (private_key_jwt): check "
                      "that it knows this signing key under the kid sent, that the algorithm is one it "
                      "accepts, and this machine's clock (an expired assertion, or a replayed jti, is "
                      "refused).");
        }
        if (method == AuthMethod::TlsClientAuth || method == AuthMethod::SelfSignedTlsClientAuth) {
            return tr("The authorization server did not accept the client certificate (%1): check that "
                      "the transport certificate was presented (mTLS endpoint), and that its subject DN "
                      "(tls_client_auth) or the registered certificate (self-signed) matches.")
                .arg(toWire(method));
        }
        return tr("The authorization server rejected this client's credentials: check the secret in "
                  "the keychain matches the one at the AS, and the authentication method (%1).")
            .arg(toWire(method));
    }
    if (error == QLatin1String("invalid_scope"))
        return tr("The authorization server refused the requested scopes: ask only for scopes this client is allowed at the AS.");
    if (error == QLatin1String("unauthorized_client"))
        return tr("This client is not allowed to use the client credentials grant at the AS: enable it there.");
    if (error == QLatin1String("unsupported_grant_type"))
        return tr("The authorization server does not support the client credentials grant at this endpoint.");
    if (error == QLatin1String("invalid_grant"))
        return tr("The grant (code or refresh token) is invalid, expired or was issued to another client.");
    if (error == QLatin1String("invalid_request"))
        return tr("The authorization server says the request is malformed: a parameter is missing, repeated or not allowed.");
    if (error == QLatin1String("invalid_target"))
        return tr("The authorization server does not know the requested resource (RFC 8707).");
    return tr("The authorization server answered with the error \"%1\".").arg(error);
}

QString explainBareRefusal(int status, AuthMethod method, const QString &endpointName)
{
    const QString head = tr("The %1 endpoint refused the request with HTTP %2 and no OAuth error.").arg(endpointName).arg(status);
    QString why;
    switch (method) {
    case AuthMethod::ClientSecretBasic:
    case AuthMethod::ClientSecretPost:
        why = tr("With %1 that usually means a wrong client secret: check the secret in the keychain "
                 "matches the one at the AS, that the AS expects %1, and that the client may ask for "
                 "these scopes.")
                  .arg(toWire(method));
        break;
    case AuthMethod::PrivateKeyJwt:
        why = tr("With private_key_jwt that usually means the client assertion was not accepted: check "
                 "the assertion audience this environment sends (Settings → Environments), that the AS "
                 "knows the signing key under its kid, this machine's clock, and the scopes asked for.");
        break;
    case AuthMethod::TlsClientAuth:
    case AuthMethod::SelfSignedTlsClientAuth:
        why = tr("With %1 that usually means the client certificate was not presented or not trusted: "
                 "check that the environment uses the AS's mTLS endpoint, that the AS trusts the "
                 "certificate's issuer (or has the self-signed certificate registered), and the scopes "
                 "asked for.")
                  .arg(toWire(method));
        break;
    case AuthMethod::None:
        why = tr("This is a public client (no client authentication): check that the AS knows this client "
                 "ID as a public client and allows it this grant and these scopes.");
        break;
    }
    return head + QLatin1Char(' ') + why;
}

Result<TokenResponse> parseTokenResponse(const HttpExchange &ex, const QStringList &requestedScopes)
{
    if (ex.transportError)
        return std::unexpected(*ex.transportError);
    const QByteArray contentType = ex.responseHeader("Content-Type").toLower();
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(ex.responseBody, &parseError);
    const bool json = doc.isObject();
    const QJsonObject o = doc.object();

    if (ex.status != 200) {
        const QString code = o.value(QLatin1String("error")).toString();
        if (json && !code.isEmpty()) {
            QString message = explainTokenError(code, AuthMethod::ClientSecretBasic);
            const QString description = o.value(QLatin1String("error_description")).toString();
            QString detail = QStringLiteral("HTTP %1, error=%2").arg(ex.status).arg(code);
            if (!description.isEmpty())
                detail += QStringLiteral(", error_description=") + description.left(300);
            return fail(ErrorCode::Rejected, message, detail);
        }
        if (ex.status >= 300 && ex.status < 400) {
            return fail(ErrorCode::Rejected,
                        tr("The token endpoint redirected (HTTP %1) to %2. OAuthDesk does not send client "
                           "credentials after a redirect: use the final URL as the token endpoint.")
                            .arg(ex.status)
                            .arg(QString::fromUtf8(ex.responseHeader("Location"))));
        }
        return fail(ErrorCode::Rejected,
                    tr("The token endpoint answered HTTP %1 without an OAuth error. Check the token "
                       "endpoint URL and any proxy in between.")
                        .arg(ex.status),
                    QString::fromUtf8(ex.responseBody.left(300)));
    }
    if (!json) {
        const bool html = contentType.contains("html") || ex.responseBody.trimmed().startsWith('<');
        return fail(ErrorCode::ProtocolError,
                    html ? tr("The token endpoint answered 200 with an HTML page, not a token. A proxy or "
                              "login page is probably in the way: check the token endpoint URL.")
                         : tr("The token endpoint answered 200 but not with JSON, so there is no token."),
                    parseError.errorString() + QStringLiteral("; Content-Type: ") + QString::fromUtf8(contentType));
    }
    const QString accessToken = o.value(QLatin1String("access_token")).toString();
    if (accessToken.isEmpty()) {
        return fail(ErrorCode::ProtocolError,
                    tr("The token endpoint answered 200, but the JSON has no access_token (RFC 6749 §5.1): "
                       "this is not a token response."));
    }
    TokenResponse t;
    t.accessToken = std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(accessToken));
    t.tokenType = o.value(QLatin1String("token_type")).toString();
    if (t.tokenType.isEmpty())
        return fail(ErrorCode::ProtocolError, tr("The token response has no token_type (RFC 6749 §5.1)."));
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    // Untrusted input: finite, positive, and at most a year (a longer "lifetime" is nonsense
    // and would overflow the renewal timer).
    if (expires.isDouble() && std::isfinite(expires.toDouble()) && expires.toDouble() > 0)
        t.expiresIn = std::min<qint64>(qint64(std::min(expires.toDouble(), 366.0 * 86400)), 366 * 86400);
    t.requestedScopes = requestedScopes;
    if (o.contains(QLatin1String("scope"))) {
        t.grantedScopes = o.value(QLatin1String("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
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

void requestToken(Transport *transport, const TokenRequest &r, QObject *context,
                  std::function<void(TokenOutcome)> done)
{
    auto built = buildTokenRequest(r);
    if (!built) {
        TokenOutcome outcome;
        outcome.result = std::unexpected(built.error());
        done(std::move(outcome));
        return;
    }
    const AuthMethod method = r.authMethod;
    const QStringList scopes = r.scopes;
    QByteArray assertion;
    for (const QByteArray &part : built->body.split('&')) {
        if (part.startsWith("client_assertion="))
            assertion = QByteArray::fromPercentEncoding(part.mid(17));
    }
    transport->send(*built, r.caBundlePath, context, [done, method, scopes, assertion](HttpExchange ex) {
        TokenOutcome outcome;
        outcome.clientAssertion = assertion;
        outcome.result = parseTokenResponse(ex, scopes);
        if (!outcome.result && outcome.result.error().code == ErrorCode::Rejected
            && outcome.result.error().detail.contains(QLatin1String("error=invalid_client")))
            outcome.result.error().message = explainTokenError(QStringLiteral("invalid_client"), method);
        else if (!outcome.result && (ex.status == 401 || ex.status == 403) && oauthErrorAnswer(ex).code.isEmpty())
            outcome.result.error().message = explainBareRefusal(ex.status, method, tr("token"));
        outcome.exchange = std::move(ex);
        done(std::move(outcome));
    });
}

} // namespace oauthdesk
