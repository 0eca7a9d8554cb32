// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/Explanation.h"

#include <QCoreApplication>

namespace oauthdesk {

namespace {

struct ExplanationText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Explanation)
};

constexpr unsigned bit(AuthMethod m)
{
    return 1u << unsigned(m);
}
constexpr unsigned bit(BackChannelEndpoint e)
{
    return 1u << unsigned(e);
}

constexpr unsigned kSecret = bit(AuthMethod::ClientSecretBasic) | bit(AuthMethod::ClientSecretPost);
constexpr unsigned kJwt = bit(AuthMethod::PrivateKeyJwt);
constexpr unsigned kSecretJwt = bit(AuthMethod::ClientSecretJwt);
constexpr unsigned kMtls
    = bit(AuthMethod::TlsClientAuth) | bit(AuthMethod::SelfSignedTlsClientAuth);
constexpr unsigned kPublic = bit(AuthMethod::None);
constexpr unsigned kAnyMethod = kSecret | kSecretJwt | kJwt | kMtls | kPublic;
constexpr unsigned kToken = bit(BackChannelEndpoint::Token);
constexpr unsigned kTokenCalls
    = bit(BackChannelEndpoint::Introspection) | bit(BackChannelEndpoint::Revocation);
constexpr unsigned kAnyEndpoint = kToken | kTokenCalls;

using S = BodyShape;

// clang-format off
const QList<ExplanationRow> kTable = {
    // invalid_client (RFC 6749 §5.2), by the method used
    { "invalid-client-jwt", 400, 499, S::OAuthError, "invalid_client", kAnyEndpoint, nullptr, kJwt,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint rejected the client assertion (private_key_jwt, invalid_client) for {request}: "
        "check that the AS knows this signing key under the kid sent and accepts its algorithm, and this "
        "machine's clock (an expired assertion or a reused jti is refused). The assertion's audience was {aud} "
        "({rule}); if this AS wants another, change \"Client assertion audience\" in Settings → Environments.") },
    { "invalid-client-mtls", 400, 499, S::OAuthError, "invalid_client", kAnyEndpoint, nullptr, kMtls,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint did not accept the client certificate ({method}, invalid_client) for {request}: "
        "check that the transport certificate was presented at the AS's mTLS endpoint, and that its subject DN "
        "(tls_client_auth) or the registered certificate (self_signed_tls_client_auth) matches the registration.") },
    { "invalid-client-public", 400, 499, S::OAuthError, "invalid_client", kAnyEndpoint, nullptr, kPublic,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint does not accept this client as a public client (none, invalid_client) for "
        "{request}: check that the AS has this client ID registered with the method \"none\".{publicCalls}") },
    { "invalid-client-secret-expired", 400, 499, S::OAuthError, "invalid_client", kAnyEndpoint, nullptr, kSecret | kSecretJwt,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint refused this client's secret ({method}, invalid_client) for {request}: the secret "
        "expired on {secretExpiry}, the date the AS gave it when it issued it (client_secret_expires_at). A new "
        "secret is needed: for a client registered through OAuthDesk, \"Ask AS for a new secret\" (oauthdesk-cli "
        "clients rotate-secret CLIENT --at-as); otherwise get one in the AS's console and store it here."),
      true },
    { "invalid-client-secret-jwt", 400, 499, S::OAuthError, "invalid_client", kAnyEndpoint, nullptr, kSecretJwt,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint rejected the client assertion (client_secret_jwt, invalid_client) for {request}: "
        "check that the secret in the keychain matches the one at the AS (the assertion is MACed with it), that "
        "the AS expects client_secret_jwt for this client, and this machine's clock (an expired assertion or a "
        "reused jti is refused). The assertion's audience was {aud} ({rule}); if this AS wants another, change "
        "\"Client assertion audience\" in Settings → Environments.") },
    { "invalid-client-secret", 400, 499, S::OAuthError, "invalid_client", kAnyEndpoint, nullptr, kSecret,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint rejected this client's credentials ({method}, invalid_client) for {request}: "
        "check that the secret in the keychain matches the one at the AS and has not expired there, and that the "
        "AS expects {method} for this client.") },

    // 401 or 403 without an OAuth error: some ASs answer bad credentials that way
    { "bare-refusal-secret", 401, 403, S::NoOAuthError, nullptr, kAnyEndpoint, nullptr, kSecret,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint refused {request} with HTTP {status} and no OAuth error. With {method} that "
        "usually means a wrong client secret: check that the secret in the keychain matches the one at the AS "
        "and that the AS expects {method}{scopeCheck}.") },
    { "bare-refusal-jwt", 401, 403, S::NoOAuthError, nullptr, kAnyEndpoint, nullptr, kJwt,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint refused {request} with HTTP {status} and no OAuth error. With private_key_jwt "
        "that usually means the client assertion was not accepted: its audience was {aud} ({rule}; change "
        "\"Client assertion audience\" in Settings → Environments if this AS wants another); also check that "
        "the AS knows the signing key under its kid and this machine's clock{scopeCheck}.") },
    { "bare-refusal-secret-jwt", 401, 403, S::NoOAuthError, nullptr, kAnyEndpoint, nullptr, kSecretJwt,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint refused {request} with HTTP {status} and no OAuth error. With client_secret_jwt "
        "that usually means the assertion was not accepted: check that the secret in the keychain matches the "
        "one at the AS; its audience was {aud} ({rule}){scopeCheck}.") },
    { "bare-refusal-mtls", 401, 403, S::NoOAuthError, nullptr, kAnyEndpoint, nullptr, kMtls,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint refused {request} with HTTP {status} and no OAuth error. With {method} that "
        "usually means the client certificate was not presented or not trusted: check that the environment "
        "uses the AS's mTLS endpoint and that the AS trusts the certificate's issuer (or has the self-signed "
        "certificate registered){scopeCheck}.") },
    { "bare-refusal-public", 401, 403, S::NoOAuthError, nullptr, kAnyEndpoint, nullptr, kPublic,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint refused {request} with HTTP {status} and no OAuth error. This is a public "
        "client (method \"none\": it sends only its client ID): check that the AS knows this client ID as a public client and "
        "allows it what {request} asks for.") },

    // the other RFC 6749 §5.2 codes, by grant
    { "unauthorized-client-public-code", 400, 499, S::OAuthError, "unauthorized_client", kToken, "authorization_code", kPublic,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The authorization server refused the code exchange of this public client (unauthorized_client): "
        "either the authorization code grant is not enabled for it there, or the AS holds it as a "
        "confidential client that must authenticate (some ASs make a client registered with "
        "token_endpoint_auth_method \"none\" confidential anyway). Check both at the AS.") },
    { "unauthorized-client-token", 400, 499, S::OAuthError, "unauthorized_client", kToken, nullptr, kAnyMethod,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "This client is not allowed {grant} at the authorization server (unauthorized_client): enable the "
        "grant type \"{grantWire}\" for it there.") },
    { "unauthorized-client-call", 400, 499, S::OAuthError, "unauthorized_client", kTokenCalls, nullptr, kAnyMethod,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "This client is not allowed to use the {endpoint} endpoint at the authorization server "
        "(unauthorized_client, {method}): allow it there, or call it as a client that may.") },
    { "invalid-scope", 400, 499, S::OAuthError, "invalid_scope", kToken, nullptr, kAnyMethod,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The authorization server refused the scopes of {request} (invalid_scope): ask only for scopes this "
        "client is allowed at the AS.") },
    { "scope-invalid", 400, 499, S::OAuthError, "scope_invalid", kToken, nullptr, kAnyMethod,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The authorization server refused the scopes of {request} (it answered \"scope_invalid\", which is "
        "not an RFC 6749 error code; read as invalid_scope): ask only for scopes this client is allowed at "
        "the AS.") },
    { "unsupported-grant-type", 400, 499, S::OAuthError, "unsupported_grant_type", kToken, nullptr, kAnyMethod,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The authorization server does not support {grant} at its token endpoint (unsupported_grant_type).") },
    { "invalid-grant-code", 400, 499, S::OAuthError, "invalid_grant", kToken, "authorization_code", kAnyMethod,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The authorization code was refused (invalid_grant): it expired or was already used, or the "
        "redirect_uri or the PKCE code_verifier does not match the authorization request. Sign in again.") },
    { "invalid-grant-refresh", 400, 499, S::OAuthError, "invalid_grant", kToken, "refresh_token", kAnyMethod,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The refresh token was refused (invalid_grant): it was revoked, expired, or replaced by a newer one "
        "(refresh token rotation). Sign in again.") },
    { "invalid-grant", 400, 499, S::OAuthError, "invalid_grant", kToken, nullptr, kAnyMethod,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The authorization server refused {request} (invalid_grant): the grant is invalid, expired or was "
        "issued to another client.") },
    { "invalid-request", 400, 499, S::OAuthError, "invalid_request", kAnyEndpoint, nullptr, kAnyMethod,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint says {request} is malformed (invalid_request): a parameter is missing, "
        "repeated or not allowed; the AS's error_description names it.") },
    { "invalid-target", 400, 499, S::OAuthError, "invalid_target", kToken, nullptr, kAnyMethod,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The authorization server does not know the resource {request} asked for (invalid_target, RFC 8707).") },
    { "unsupported-token-type", 400, 499, S::OAuthError, "unsupported_token_type", kTokenCalls, nullptr, kAnyMethod,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint does not handle this kind of token (unsupported_token_type): many ASs accept "
        "only refresh tokens there, or only opaque access tokens.") },

    // whatever else
    { "redirect", 300, 399, S::Any, nullptr, kAnyEndpoint, nullptr, kAnyMethod,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint redirected (HTTP {status}) to {location}. OAuthDesk does not send client "
        "credentials after a redirect: use the final URL as the {endpoint} endpoint.") },
    { "server-error", 500, 599, S::Any, nullptr, kAnyEndpoint, nullptr, kAnyMethod,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint failed with HTTP {status}, a server error rather than a refusal of this "
        "client: try again later, or look at the AS's logs.") },
    { "other-error", 100, 599, S::OAuthError, nullptr, kAnyEndpoint, nullptr, kAnyMethod,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint refused {request} ({method}) with the error \"{code}\", which OAuthDesk has "
        "no explanation for; the AS's error_description may say more.") },
    { "no-oauth-error", 100, 599, S::Any, nullptr, kAnyEndpoint, nullptr, kAnyMethod,
      QT_TRANSLATE_NOOP("oauthdesk::Explanation",
        "The {endpoint} endpoint answered HTTP {status} without an OAuth error: check the {endpoint} endpoint "
        "URL and any proxy in between.") },
};
// clang-format on

bool rowMatches(const ExplanationRow &row, int status, const QString &code, const RefusalContext &c)
{
    if (status < row.statusLow || status > row.statusHigh)
        return false;
    if (row.shape == BodyShape::OAuthError && code.isEmpty())
        return false;
    if (row.shape == BodyShape::NoOAuthError && !code.isEmpty())
        return false;
    if (row.codes && !QString::fromLatin1(row.codes).split(QLatin1Char(' ')).contains(code))
        return false;
    if (!(row.endpoints & bit(c.endpoint)) || !(row.methods & bit(c.method)))
        return false;
    if (row.grantType && (c.endpoint != BackChannelEndpoint::Token || c.grantType != row.grantType))
        return false;
    if (row.secretExpired
        && !(
            c.clientSecretExpiresAt && *c.clientSecretExpiresAt <= QDateTime::currentDateTimeUtc()))
        return false;
    return true;
}

QString grantName(const QByteArray &grant)
{
    if (grant == "client_credentials")
        return ExplanationText::tr("the client credentials grant");
    if (grant == "authorization_code")
        return ExplanationText::tr("the authorization code grant");
    if (grant == "refresh_token")
        return ExplanationText::tr("the refresh token grant");
    return ExplanationText::tr("the grant \"%1\"").arg(QString::fromUtf8(grant));
}

QString requestName(const RefusalContext &c)
{
    switch (c.endpoint) {
    case BackChannelEndpoint::Token:
        if (c.grantType == "client_credentials")
            return ExplanationText::tr("the client credentials request");
        if (c.grantType == "authorization_code")
            return ExplanationText::tr("the code exchange (authorization code grant)");
        if (c.grantType == "refresh_token")
            return ExplanationText::tr("the refresh (refresh token grant)");
        return ExplanationText::tr("the token request (grant \"%1\")")
            .arg(QString::fromUtf8(c.grantType));
    case BackChannelEndpoint::Introspection:
        return ExplanationText::tr("the introspection request");
    case BackChannelEndpoint::Revocation:
        return ExplanationText::tr("the revocation request");
    }
    return {};
}

} // namespace

QString endpointName(BackChannelEndpoint endpoint)
{
    switch (endpoint) {
    case BackChannelEndpoint::Token:
        return ExplanationText::tr("token");
    case BackChannelEndpoint::Introspection:
        return ExplanationText::tr("introspection");
    case BackChannelEndpoint::Revocation:
        return ExplanationText::tr("revocation");
    }
    return {};
}

const QList<ExplanationRow> &explanationTable()
{
    return kTable;
}

const ExplanationRow &explanationRowFor(
    int status, const QString &code, const RefusalContext &context)
{
    for (const ExplanationRow &row : kTable) {
        if (rowMatches(row, status, code, context))
            return row;
    }
    // Statuses outside 100–599 match no row: read by the body's shape.
    if (!code.isEmpty()) {
        for (const ExplanationRow &row : kTable) {
            if (qstrcmp(row.id, "other-error") == 0)
                return row;
        }
    }
    return kTable.constLast();
}

QString explainRefusal(
    int status, const QString &code, const RefusalContext &c, const QString &location)
{
    QString text = ExplanationText::tr(explanationRowFor(status, code, c).text);
    const QString aud
        = c.assertionAudience.isEmpty() ? ExplanationText::tr("(none)") : c.assertionAudience;
    const QString rule
        = ExplanationText::tr("this environment's rule: %1").arg(displayName(c.audienceRule));
    const QList<QPair<QString, QString>> fills {
        { QStringLiteral("{endpoint}"), endpointName(c.endpoint) },
        { QStringLiteral("{request}"), requestName(c) },
        { QStringLiteral("{grantWire}"), QString::fromUtf8(c.grantType) },
        { QStringLiteral("{grant}"), grantName(c.grantType) },
        { QStringLiteral("{method}"), toWire(c.method) },
        { QStringLiteral("{status}"), QString::number(status) },
        { QStringLiteral("{code}"), code.left(80) },
        { QStringLiteral("{aud}"), aud },
        { QStringLiteral("{rule}"), rule },
        { QStringLiteral("{location}"),
            location.isEmpty() ? ExplanationText::tr("(no Location)") : location.left(300) },
        { QStringLiteral("{scopeCheck}"),
            c.endpoint == BackChannelEndpoint::Token
                ? ExplanationText::tr(", and that the client may ask for these scopes")
                : QString() },
        { QStringLiteral("{secretExpiry}"),
            c.clientSecretExpiresAt ? c.clientSecretExpiresAt->toUTC().toString(
                QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                    : ExplanationText::tr("(unknown)") },
        { QStringLiteral("{publicCalls}"),
            c.endpoint == BackChannelEndpoint::Token
                ? QString()
                : ExplanationText::tr(
                    " Many ASs let only confidential clients call introspection and revocation.") },
    };
    // One pass per placeholder over the template only: a filled-in value (a server's error code, a
    // Location) is never read as a placeholder itself.
    QString out;
    out.reserve(text.size() + 200);
    for (qsizetype i = 0; i < text.size();) {
        bool filled = false;
        if (text.at(i) == QLatin1Char('{')) {
            for (const auto &[key, value] : fills) {
                if (QStringView(text).mid(i).startsWith(key)) {
                    out += value;
                    i += key.size();
                    filled = true;
                    break;
                }
            }
        }
        if (!filled)
            out += text.at(i++);
    }
    return out;
}

Error refusalError(const HttpExchange &ex, const RefusalContext &context)
{
    if (ex.transportError)
        return *ex.transportError;
    const OAuthErrorAnswer answer = oauthErrorAnswer(ex);
    QString detail = answer.detail;
    if (answer.code.isEmpty() && !ex.responseBody.isEmpty())
        detail += QStringLiteral(": ") + QString::fromUtf8(ex.responseBody.left(300));
    return { ErrorCode::Rejected,
        explainRefusal(
            ex.status, answer.code, context, QString::fromUtf8(ex.responseHeader("Location"))),
        detail };
}

} // namespace oauthdesk
