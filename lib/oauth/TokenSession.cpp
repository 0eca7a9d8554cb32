// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/TokenSession.h"

#include "oauth/Transport.h"

#include <QCoreApplication>

namespace oauthdesk {

TokenSession::TokenSession(Transport *transport, Environment environment, OAuthClient client,
    ClientCredentials credentials, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_env(std::move(environment))
    , m_client(std::move(client))
    , m_credentials(std::move(credentials))
    , m_inspector(transport, m_env.caBundlePath)
{
    qRegisterMetaType<TokenTestResult>();
    if (!m_env.discoveryDocument.isEmpty()) {
        if (auto cached = parseDiscovery(m_env.discoveryDocument, m_env.issuer))
            m_metadata = *cached;
    }
}

TokenSession::~TokenSession() = default;

Transport *TokenSession::transport() const
{
    return m_transport;
}

ClientAuthentication TokenSession::clientAuthentication() const
{
    ClientCredentials credentials = withAudienceRule(m_credentials, m_env);
    credentials.clientSecretExpiresAt
        = m_client.clientSecretExpiresAt; // explains an expired secret's refusal
    return { m_client.clientId, m_client.authMethod, m_credentials.clientSecret,
        std::move(credentials) };
}

TokenRequest TokenSession::baseTokenRequest() const
{
    TokenRequest r;
    if (m_metadata) {
        r.tokenEndpoint = m_metadata->endpointFor(QStringLiteral("token_endpoint"),
            m_metadata->tokenEndpoint, usesMutualTls(m_env, m_client.authMethod));
    }
    const ClientAuthentication who = clientAuthentication();
    r.clientId = who.clientId;
    r.authMethod = who.authMethod;
    r.clientSecret = who.clientSecret;
    r.credentials = who.credentials;
    r.extraHeaders = m_env.headers;
    r.caBundlePath = m_env.caBundlePath;
    return r;
}

void TokenSession::adoptDiscovery(const DiscoveryOutcome &outcome)
{
    if (!outcome.metadata)
        return;
    m_metadata = *outcome.metadata;
    Q_EMIT discovered(outcome.document);
}

void TokenSession::inspectTokens(TokenTestResult result, const QList<QByteArray> &otherJwts,
    std::function<void(TokenTestResult, QByteArray)> done)
{
    m_inspector.inspect(std::move(result), m_client.certificateBoundTokens,
        m_metadata ? m_metadata->jwksUri : QUrl(), otherJwts, this, std::move(done));
}

Result<HttpRequest> TokenSession::apiRequest(
    const QByteArray &method, const QString &path, const QByteArray &body) const
{
    return apiRequestFor(m_env, lastResult(), method, path, body);
}

void TokenSession::callApi(const QByteArray &method, const QString &path, const QByteArray &body,
    QObject *context, std::function<void(HttpExchange)> done)
{
    auto req = apiRequest(method, path, body);
    if (!req || !m_transport) {
        HttpExchange ex;
        ex.transportError = req ? Error { ErrorCode::Internal,
            tr("There is no network connection object to send requests with."),
            QStringLiteral("no Transport") }
                                : req.error();
        done(ex);
        return;
    }
    if (!m_credentials.transportCertificateChainDer.isEmpty()) {
        // A certificate-bound token is only accepted with the certificate it is bound to.
        req->clientCertificateChainDer = m_credentials.transportCertificateChainDer;
        req->clientKeyPkcs8Der = m_credentials.transportKeyPkcs8Der;
    }
    m_transport->send(*req, m_env.caBundlePath, context, std::move(done));
}

bool TokenSession::canIntrospect() const
{
    return m_metadata && !m_metadata->introspectionEndpoint.isEmpty();
}

bool TokenSession::canRevoke() const
{
    return m_metadata && !m_metadata->revocationEndpoint.isEmpty();
}

Result<TokenCall> TokenSession::tokenCall(
    const TokenTestResult &result, TokenKind kind, BackChannelEndpoint endpoint) const
{
    if (!result.ok() || !m_metadata)
        return fail(ErrorCode::InvalidInput, tr("Get a token first."));
    const DiscoveryMetadata &md = *m_metadata;
    const bool mtls = usesMutualTls(m_env, m_client.authMethod);
    TokenCall call;
    switch (endpoint) {
    case BackChannelEndpoint::Introspection:
        call.endpoint = md.endpointFor(
            QStringLiteral("introspection_endpoint"), md.introspectionEndpoint, mtls);
        break;
    case BackChannelEndpoint::Revocation:
        call.endpoint
            = md.endpointFor(QStringLiteral("revocation_endpoint"), md.revocationEndpoint, mtls);
        break;
    case BackChannelEndpoint::Token:
        return fail(ErrorCode::Internal,
            tr("Tokens are introspected or revoked, not sent to the token endpoint."),
            QStringLiteral("tokenCall(Token)"));
    }
    call.tokenEndpoint = md.tokenEndpoint; // the default audience of a private_key_jwt assertion
    call.client = clientAuthentication();
    call.kind = kind;
    const TokenResponse &t = *result.token.result;
    call.token = kind == TokenKind::RefreshToken ? t.refreshToken : t.accessToken;
    call.extraHeaders = m_env.headers;
    if (!call.token)
        return fail(
            ErrorCode::InvalidInput, tr("There is no refresh token: the AS did not issue one."));
    return call;
}

void TokenSession::introspect(const TokenTestResult &result, TokenKind kind, QObject *context,
    std::function<void(IntrospectionOutcome)> done)
{
    auto call = tokenCall(result, kind, BackChannelEndpoint::Introspection);
    if (!call || !m_transport) {
        IntrospectionOutcome o;
        o.result = std::unexpected(call
                ? Error { ErrorCode::Internal,
                    tr("There is no network connection object to send requests with."),
                    QStringLiteral("no Transport") }
                : call.error());
        done(std::move(o));
        return;
    }
    introspectToken(m_transport, *call, m_env.caBundlePath, context, std::move(done));
}

void TokenSession::revoke(const TokenTestResult &result, TokenKind kind, QObject *context,
    std::function<void(RevocationOutcome)> done)
{
    auto call = tokenCall(result, kind, BackChannelEndpoint::Revocation);
    if (!call || !m_transport) {
        RevocationOutcome o;
        o.result = std::unexpected(call
                ? Error { ErrorCode::Internal,
                    tr("There is no network connection object to send requests with."),
                    QStringLiteral("no Transport") }
                : call.error());
        done(std::move(o));
        return;
    }
    revokeToken(m_transport, *call, m_env.caBundlePath, context, std::move(done));
}

namespace {
struct TokenTesterText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::TokenTester)
};
} // namespace

Result<HttpRequest> apiRequestFor(const Environment &env,
    const std::optional<TokenTestResult> &last, const QByteArray &method, const QString &path,
    const QByteArray &body)
{
    if (!last || !last->token.result)
        return fail(ErrorCode::InvalidInput,
            TokenTesterText::tr("Get a token first: the API call uses it."));
    if (env.apiBaseUrl.isEmpty())
        return fail(ErrorCode::InvalidInput,
            TokenTesterText::tr(
                "The environment has no API base URL: set it in Settings → Environments."));
    QString base = env.apiBaseUrl.toString();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString rel = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    const QUrl url(base + rel, QUrl::StrictMode);
    if (!url.isValid())
        return fail(ErrorCode::InvalidInput,
            TokenTesterText::tr("Path \"%1\" does not make a valid URL under %2.").arg(path, base));
    HttpRequest req;
    req.method = method.toUpper();
    req.url = url;
    req.body = body;
    req.maxResponseBytes = 4 * 1024 * 1024;
    const TokenResponse &t = *last->token.result;
    req.headers.emplace_back("Authorization", "Bearer " + t.accessToken->toByteArray());
    req.secretHeaders.append("Authorization");
    req.headers.emplace_back("Accept", "application/json");
    if (!body.isEmpty())
        req.headers.emplace_back("Content-Type", "application/json");
    if (auto added = appendExtraHeaders(req, env.headers); !added)
        return std::unexpected(added.error());
    return req;
}

} // namespace oauthdesk
