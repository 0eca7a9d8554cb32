// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/TokenTester.h"

#include "oauth/Transport.h"

#include "jose/Jwk.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace oauthdesk {

namespace {
ClientCredentials withSecret(std::shared_ptr<const SecretBytes> secret)
{
    ClientCredentials c;
    c.clientSecret = std::move(secret);
    return c;
}
} // namespace

CertificateBinding::Verdict CertificateBinding::verdict() const
{
    if (bound())
        return Verdict::Bound;
    if (tokenThumbprint.isEmpty()) {
        if (evidence == BindingEvidence::NotVisible)
            return Verdict::Unknown;
        return expected ? Verdict::Missing : Verdict::NotBound;
    }
    return presentedThumbprint.isEmpty() ? Verdict::NothingPresented : Verdict::OtherCertificate;
}

QString CertificateBinding::message() const
{
    auto tr = [](const char *s) { return QCoreApplication::translate("oauthdesk::TokenTester", s); };
    const bool introspected = evidence == BindingEvidence::Introspection;
    switch (verdict()) {
    case Verdict::Bound:
        return introspected ? tr("Certificate-bound (from the AS's introspection): cnf.x5t#S256 matches the transport "
                                 "certificate presented (RFC 8705 §3).")
                            : tr("Certificate-bound: cnf.x5t#S256 matches the transport certificate presented (RFC 8705 §3).");
    case Verdict::Unknown:
        return tr("Certificate binding unknown until introspected: the access token is opaque, so only the AS knows "
                  "its cnf.x5t#S256. Introspect the access token to settle it.");
    case Verdict::Missing:
        return introspected ? tr("NOT certificate-bound: the client is set up for certificate-bound tokens, but the "
                                 "AS's introspection of the token has no cnf.x5t#S256. Check the AS's "
                                 "certificate-bound tokens setting.")
                            : tr("NOT certificate-bound: the client is set up for certificate-bound tokens, but the "
                                 "token has no cnf.x5t#S256. Check the AS's certificate-bound tokens setting.");
    case Verdict::NotBound:
        return introspected ? tr("Not certificate-bound (the AS's introspection has no cnf.x5t#S256).")
                            : tr("Not certificate-bound (no cnf.x5t#S256 in the token).");
    case Verdict::NothingPresented:
        return tr("The token is bound to a certificate (cnf.x5t#S256), but none was presented.");
    case Verdict::OtherCertificate:
        return tr("Bound to ANOTHER certificate: cnf.x5t#S256 is %1, the presented certificate's is %2.")
            .arg(tokenThumbprint, presentedThumbprint);
    }
    return {};
}

void CertificateBinding::settleFromIntrospection(const QJsonObject &introspection)
{
    if (evidence == BindingEvidence::Token || introspection.value(QLatin1String("active")) != QJsonValue(true))
        return;
    tokenThumbprint = introspection.value(QLatin1String("cnf")).toObject().value(QLatin1String("x5t#S256")).toString();
    evidence = BindingEvidence::Introspection;
}

TokenTester::TokenTester(Transport *transport, Environment environment, OAuthClient client,
                         std::shared_ptr<const SecretBytes> secret, QObject *parent)
    : TokenTester(transport, std::move(environment), std::move(client), withSecret(std::move(secret)), parent)
{
}

TokenTester::TokenTester(Transport *transport, Environment environment, OAuthClient client,
                         ClientCredentials credentials, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_env(std::move(environment))
    , m_client(std::move(client))
    , m_credentials(std::move(credentials))
{
    m_renewTimer.setSingleShot(true);
    m_renewTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_renewTimer, &QTimer::timeout, this, [this] {
        ++m_renewals;
        requestNow();
    });
    if (!m_env.discoveryDocument.isEmpty()) {
        if (auto cached = parseDiscovery(m_env.discoveryDocument, m_env.issuer))
            m_metadata = *cached;
    }
}

TokenTester::~TokenTester() = default;

qint64 TokenTester::renewalLeadMs(qint64 lifetimeSeconds)
{
    const qint64 lifetimeMs = lifetimeSeconds * 1000;
    return std::clamp<qint64>(lifetimeMs / 5, 1000, 60000);
}

void TokenTester::start()
{
    m_renewals = 0;
    requestNow();
}

void TokenTester::setKeepFresh(bool on)
{
    m_keepFresh = on;
    if (!on) {
        m_renewTimer.stop();
        m_renewAt.reset();
    } else {
        scheduleRenewal();
    }
}

void TokenTester::requestNow()
{
    if (m_busy || !m_transport)
        return;
    m_busy = true;
    const quint64 attempt = ++m_attempt;
    Q_EMIT started();
    auto result = std::make_shared<TokenTestResult>();
    result->renewal = m_renewals;
    auto sendToken = [this, result, attempt] {
        TokenRequest r;
        r.tokenEndpoint = m_metadata ? m_metadata->tokenEndpoint : QUrl();
        // RFC 8705 §5: with mutual TLS, the token endpoint's mTLS alias, when the AS has one.
        if (m_metadata)
            r.tokenEndpoint = m_metadata->endpointFor(QStringLiteral("token_endpoint"), r.tokenEndpoint, usesMutualTls(m_env, m_client.authMethod));
        r.clientId = m_client.clientId;
        r.authMethod = m_client.authMethod;
        r.clientSecret = m_credentials.clientSecret;
        r.credentials = withAudienceRule(m_credentials, m_env);
        r.scopes = m_client.scopes;
        r.extraHeaders = m_env.headers; // on every request, renewals included
        r.caBundlePath = m_env.caBundlePath;
        m_pendingToken = requestToken(m_transport, r, this, [this, result, attempt](TokenOutcome outcome) {
            if (attempt != m_attempt)
                return; // cancelled: already answered
            m_pendingToken = 0;
            result->exchanges.append(outcome.exchange);
            result->token = std::move(outcome);
            inspect(std::move(*result));
        });
    };
    if (m_metadata) {
        sendToken();
        return;
    }
    fetchDiscovery(m_transport, m_env, this, [this, result, sendToken, attempt](DiscoveryOutcome d) {
        if (attempt != m_attempt)
            return;
        result->exchanges += d.exchanges;
        if (!d.metadata) {
            result->token.result = std::unexpected(d.metadata.error());
            if (!d.exchanges.isEmpty())
                result->token.exchange = d.exchanges.constLast();
            m_busy = false;
            m_last = *result;
            Q_EMIT finished(*result);
            return;
        }
        m_metadata = *d.metadata;
        Q_EMIT discovered(d.document);
        sendToken();
    });
}

void TokenTester::cancel()
{
    if (!m_busy)
        return;
    ++m_attempt; // what is still on its way is ignored
    if (m_transport && m_pendingToken)
        m_transport->cancel(m_pendingToken);
    m_pendingToken = 0;
    m_busy = false;
    if (m_last && m_last->ok()) {
        // A renewal was cancelled: the token before it stays the current one, and keep-fresh
        // tries again when it is due.
        scheduleRenewal();
        Q_EMIT renewalCancelled();
        return;
    }
    TokenTestResult r;
    r.renewal = m_renewals;
    r.token.result = fail(ErrorCode::Cancelled, tr("Cancelled: the request was stopped before the authorization server "
                                                   "answered. Get token again when ready."));
    m_last = r;
    Q_EMIT finished(r);
}

void TokenTester::inspect(TokenTestResult result)
{
    const quint64 attempt = m_attempt;
    auto finish = [this, attempt](TokenTestResult r) {
        if (attempt != m_attempt)
            return; // cancelled while the JWKS was fetched
        m_busy = false;
        m_last = r;
        scheduleRenewal();
        Q_EMIT finished(r);
    };
    if (!result.token.result) {
        finish(std::move(result));
        return;
    }
    if (!result.token.clientAssertion.isEmpty()) {
        if (auto a = decodeJwt(result.token.clientAssertion))
            result.clientAssertion = *a;
    }
    const QByteArray token = result.token.result->accessToken->toByteArray();
    const QList<QByteArray> &presented = result.token.exchange.request.clientCertificateChainDer;
    if (!presented.isEmpty() || m_client.certificateBoundTokens) {
        CertificateBinding b;
        b.expected = m_client.certificateBoundTokens;
        if (!presented.isEmpty())
            b.presentedThumbprint = QString::fromLatin1(base64Url(QCryptographicHash::hash(presented.first(), QCryptographicHash::Sha256)));
        result.binding = b;
    }
    if (!looksLikeJwt(token)) {
        // Opaque: shown as opaque, not as an error; its binding only the AS can tell.
        if (result.binding)
            result.binding->evidence = BindingEvidence::NotVisible;
        finish(std::move(result));
        return;
    }
    auto decoded = decodeJwt(token);
    if (!decoded) {
        result.jwksProblem = decoded.error().message;
        finish(std::move(result));
        return;
    }
    result.jwt = *decoded;
    if (result.binding) // RFC 8705 §3.1: cnf.x5t#S256 in the token
        result.binding->tokenThumbprint = decoded->claims.value(QLatin1String("cnf")).toObject().value(QLatin1String("x5t#S256")).toString();
    auto verify = [finish, token](TokenTestResult r, const QByteArray &jwks) {
        r.signature = verifyJws(token, jwks);
        finish(std::move(r));
    };
    const bool kidKnown = !m_jwks.isEmpty() && verifyJws(token, m_jwks).status != SignatureStatus::NoMatchingKey;
    if (kidKnown) {
        verify(std::move(result), m_jwks);
        return;
    }
    if (!m_metadata || m_metadata->jwksUri.isEmpty()) {
        result.jwksProblem = tr("The AS publishes no jwks_uri, so the signature cannot be checked.");
        finish(std::move(result));
        return;
    }
    // Fetch (or re-fetch, after a key rotation) the AS's JWKS.
    HttpRequest req;
    req.url = m_metadata->jwksUri;
    req.headers = { { "Accept", "application/json" } };
    req.maxResponseBytes = 256 * 1024;
    auto pending = std::make_shared<TokenTestResult>(std::move(result));
    m_transport->send(req, m_env.caBundlePath, this, [this, pending, verify, finish](HttpExchange ex) {
        pending->exchanges.append(ex);
        if (ex.transportError || ex.status != 200) {
            pending->jwksProblem = ex.transportError ? ex.transportError->message
                                                     : tr("The JWKS at %1 answered HTTP %2.").arg(ex.request.url.toString()).arg(ex.status);
            finish(std::move(*pending));
            return;
        }
        m_jwks = ex.responseBody;
        verify(std::move(*pending), m_jwks);
    });
}

void TokenTester::scheduleRenewal()
{
    m_renewTimer.stop();
    m_renewAt.reset();
    if (!m_keepFresh || !m_last || !m_last->token.result || !m_last->token.result->expiresIn)
        return;
    const TokenResponse &t = *m_last->token.result;
    // Never sooner than kMinRenewalIntervalMs after the token came: a token that lives a second
    // (or that an AS says expires at once) must not turn keep-fresh into a request loop.
    const qint64 lead = renewalLeadMs(*t.expiresIn);
    const QDateTime due = t.receivedAt.addMSecs(std::max<qint64>(*t.expiresIn * 1000 - lead, kMinRenewalIntervalMs));
    m_renewAt = due;
    m_renewTimer.start(int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(due), 0, std::numeric_limits<int>::max())));
}

Result<HttpRequest> TokenTester::apiRequest(const QByteArray &method, const QString &path, const QByteArray &body) const
{
    return apiRequestFor(m_env, m_last, method, path, body);
}

Result<HttpRequest> apiRequestFor(const Environment &env, const std::optional<TokenTestResult> &last,
                                  const QByteArray &method, const QString &path, const QByteArray &body)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("oauthdesk::TokenTester", s); };
    if (!last || !last->token.result)
        return fail(ErrorCode::InvalidInput, tr("Get a token first: the API call uses it."));
    if (env.apiBaseUrl.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The environment has no API base URL: set it in Settings → Environments."));
    QString base = env.apiBaseUrl.toString();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString rel = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    const QUrl url(base + rel, QUrl::StrictMode);
    if (!url.isValid())
        return fail(ErrorCode::InvalidInput, tr("Path \"%1\" does not make a valid URL under %2.").arg(path, base));
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

void TokenTester::callApi(const QByteArray &method, const QString &path, const QByteArray &body,
                          QObject *context, std::function<void(HttpExchange)> done)
{
    auto req = apiRequest(method, path, body);
    if (!req) {
        HttpExchange ex;
        ex.transportError = req.error();
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

} // namespace oauthdesk
