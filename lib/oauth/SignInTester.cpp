// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/SignInTester.h"

#include "oauth/Transport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace oauthdesk {

namespace {

/// RFC 9207 §3: the AS promises "iss" in every authorization response.
bool issParameterSupported(const QByteArray &discoveryDocument)
{
    const QJsonDocument doc = QJsonDocument::fromJson(discoveryDocument);
    return doc.object()
        .value(QLatin1String("authorization_response_iss_parameter_supported"))
        .toBool(false);
}

} // namespace

SignInTester::SignInTester(Transport *transport, Environment environment, OAuthClient client,
    ClientCredentials credentials, QObject *parent)
    : TokenSession(
        transport, std::move(environment), std::move(client), std::move(credentials), parent)
{
    qRegisterMetaType<SignInResult>();
    qRegisterMetaType<AuthorizationCallback>();
    // What is announced is the last result, and the result pane hears every session the same
    // way: the token part follows on TokenSession::finished().
    connect(this, &SignInTester::finished, this, [this](const SignInResult &r) {
        m_last = r;
        Q_EMIT TokenSession::finished(r.token);
    });
    m_callbackTimer.setSingleShot(true);
    connect(&m_callbackTimer, &QTimer::timeout, this, [this] {
        if (m_phase != Phase::Waiting)
            return;
        ++m_attempt;
        stopListening();
        const int seconds = m_callbackTimeoutMs / 1000;
        const QString message = seconds >= 60
            ? tr(
                "No answer came back from the browser within %n minute(s): the sign-in was not completed there, "
                "or the browser could not reach OAuthDesk at %1. Start the test again.",
                nullptr, seconds / 60)
            : tr(
                "No answer came back from the browser within %n second(s): the sign-in was not completed there, "
                "or the browser could not reach OAuthDesk at %1. Start the test again.",
                nullptr, seconds);
        failWith(m_current,
            Error { ErrorCode::Timeout, message.arg(m_redirectUri.toString()),
                QStringLiteral("callback timeout") });
    });
    if (m_metadata)
        m_issParameterSupported = issParameterSupported(m_env.discoveryDocument);
}

SignInTester::~SignInTester() = default;

void SignInTester::start()
{
    if (m_phase != Phase::Idle)
        return;
    ++m_attempt;
    auto result = std::make_shared<SignInResult>();
    m_current = result;
    Q_EMIT started();
    if (!m_transport) {
        failWith(result,
            Error { ErrorCode::Internal,
                tr("There is no network connection object to send requests with."),
                QStringLiteral("no Transport") });
        return;
    }
    if (!m_opener) {
        failWith(result,
            Error { ErrorCode::InvalidInput,
                tr("OAuthDesk has no way to open a web browser here, so the sign-in cannot start."),
                QStringLiteral("no browser opener set") });
        return;
    }
    if (!loopbackRedirectUri(m_client.redirectUris)) {
        failWith(result,
            Error { ErrorCode::InvalidInput,
                tr("This client has no loopback redirect URI, so the browser cannot come back to OAuthDesk. "
                   "Add http://127.0.0.1/callback to the client's redirect URIs, here and at the "
                   "authorization server (any port is allowed for native clients, RFC 8252 §7.3)."),
                QStringLiteral("redirect URIs: ")
                    + m_client.redirectUris.join(QLatin1Char(' ')).left(500) });
        return;
    }
    if (m_metadata) {
        begin(result);
        return;
    }
    m_phase = Phase::Discovering;
    const quint64 attempt = m_attempt;
    fetchDiscovery(m_transport, m_env, this, [this, attempt, result](DiscoveryOutcome d) {
        if (attempt != m_attempt)
            return;
        result->token.exchanges += d.exchanges;
        if (!d.metadata) {
            if (!d.exchanges.isEmpty())
                result->token.token.exchange = d.exchanges.constLast();
            failWith(result, d.metadata.error());
            return;
        }
        m_issParameterSupported = issParameterSupported(d.document);
        adoptDiscovery(d);
        begin(result);
    });
}

void SignInTester::begin(std::shared_ptr<SignInResult> result)
{
    if (m_metadata->authorizationEndpoint.isEmpty()) {
        failWith(result,
            Error { ErrorCode::InvalidInput,
                tr("The authorization server publishes no authorization endpoint, so there is no sign-in page "
                   "to open. It may serve machine-to-machine clients only; check the environment's issuer "
                   "and refresh its discovery."),
                QStringLiteral("discovery has no authorization_endpoint") });
        return;
    }
    // RFC 8414 §2: an AS that lists its PKCE methods without S256 would refuse the request.
    if (!m_metadata->codeChallengeMethods.isEmpty()
        && !m_metadata->codeChallengeMethods.contains(QLatin1String("S256"))) {
        failWith(result,
            Error { ErrorCode::InvalidInput,
                tr("The authorization server does not support PKCE with S256 (it lists only %1), which "
                   "OAuthDesk requires for a sign-in (RFC 7636, RFC 9700 §2.1.1).")
                    .arg(m_metadata->codeChallengeMethods.join(QStringLiteral(", "))),
                QStringLiteral("code_challenge_methods_supported lacks S256") });
        return;
    }
    auto pkce = makePkce();
    m_state = randomUrlToken(32);
    m_scopes
        = m_client.scopes.isEmpty() ? QStringList { QStringLiteral("openid") } : m_client.scopes;
    m_nonce = m_scopes.contains(QLatin1String("openid")) ? randomUrlToken(32) : QByteArray();
    if (!pkce || m_state.isEmpty()
        || (m_scopes.contains(QLatin1String("openid")) && m_nonce.isEmpty())) {
        failWith(result,
            pkce ? Error { ErrorCode::Internal, tr("OpenSSL's random number generator failed."),
                QStringLiteral("RAND_bytes") }
                 : pkce.error());
        return;
    }
    m_verifier = std::make_shared<const SecretBytes>(std::move(pkce->verifier));

    if (m_listener)
        m_listener->deleteLater(); // a previous attempt's, long answered
    m_listener = new LoopbackListener(this);
    m_listener->setPageDecider([this](const AuthorizationCallback &cb) {
        const auto verdict = checkCallback(cb, expectation());
        if (verdict)
            return CallbackPage { true, tr("Signed in"),
                tr("The sign-in finished. You can close this window and return to OAuthDesk."),
                200 };
        // The AS's own error (state checked) is a proper answer; anything else is refused.
        return CallbackPage { false, tr("Sign-in did not complete"), verdict.error().message,
            verdict.error().code == ErrorCode::Rejected ? 200 : 400 };
    });
    connect(m_listener, &LoopbackListener::callbackReceived, this, &SignInTester::onCallback);
    auto redirect = m_listener->listen(*loopbackRedirectUri(m_client.redirectUris));
    if (!redirect) {
        failWith(result, redirect.error());
        return;
    }
    m_redirectUri = *redirect;

    AuthorizationRequest request;
    request.authorizationEndpoint = m_metadata->authorizationEndpoint;
    request.clientId = m_client.clientId;
    request.redirectUri = m_redirectUri;
    request.scopes = m_scopes;
    request.state = m_state;
    request.nonce = m_nonce;
    request.codeChallenge = pkce->challenge;
    request.loginHint = m_loginHint;
    result->authorizationUrl = authorizationUrl(request);
    result->redirectUri = m_redirectUri;

    m_phase = Phase::Waiting;
    m_callbackTimer.start(m_callbackTimeoutMs);
    const quint64 attempt = m_attempt;
    Q_EMIT waitingForBrowser(result->authorizationUrl);
    if (attempt != m_attempt)
        return; // cancelled from a slot
    if (!m_opener(result->authorizationUrl) && attempt == m_attempt) {
        // No browser could be started (none configured, no desktop): keep listening, so the
        // admin can copy the link into a browser by hand; cancel and the timeout still apply.
        Q_EMIT browserNotOpened(result->authorizationUrl);
    }
}

QString SignInTester::waitingHint() const
{
    if (m_phase != Phase::Waiting)
        return {};
    const auto registered = loopbackRedirectUri(m_client.redirectUris);
    if (!registered || registered->port() != -1 || m_redirectUri.port() == -1)
        return {}; // registered with its port: the AS gets exactly what it has
    return tr(
        "If the browser shows an error (often a blank page or HTTP 403) instead of coming back, the "
        "authorization server wants the redirect URI exactly as registered, port included. OAuthDesk "
        "listens on %1 now: register %2 with a fixed port (for example %3) here and at the AS, and "
        "start the test again.")
        .arg(m_redirectUri.toString(), registered->toString(), [&] {
            QUrl fixed = *registered;
            fixed.setPort(m_redirectUri.port());
            return fixed.toString();
        }());
}

void SignInTester::reportBrowserNotOpened(const QUrl &authorizationUrl, const QString &why)
{
    if (m_phase == Phase::Waiting && m_current && m_current->authorizationUrl == authorizationUrl)
        Q_EMIT browserNotOpened(m_current->authorizationUrl, why);
}

CallbackExpectation SignInTester::expectation() const
{
    return { m_state, m_metadata ? m_metadata->issuer : m_env.issuer.toString(),
        m_issParameterSupported };
}

void SignInTester::onCallback(const AuthorizationCallback &callback)
{
    if (m_phase != Phase::Waiting || sender() != m_listener)
        return;
    m_callbackTimer.stop();
    stopListening();
    auto result = m_current;
    auto code = checkCallback(callback, expectation());
    m_state.clear(); // single use
    if (!code) {
        result->callbackError = code.error();
        failWith(result, code.error());
        return;
    }
    m_phase = Phase::Exchanging;
    Q_EMIT exchanging();
    // No scope parameter: the code carries the scopes (RFC 6749 §4.1.3).
    TokenRequest r = baseTokenRequest();
    r.grantType = "authorization_code";
    // RFC 6749 §4.1.3: redirect_uri identical to the one in the authorization request.
    r.grantFields = { { "code", (*code)->toByteArray() },
        { "redirect_uri", m_redirectUri.toString(QUrl::FullyEncoded).toUtf8() },
        { "code_verifier", m_verifier ? m_verifier->toByteArray() : QByteArray() } };
    r.secretGrantFields = { "code", "code_verifier" };
    m_verifier.reset(); // one use (RFC 7636 §4.5)
    exchange(std::move(r), result);
}

std::optional<TokenTestResult> SignInTester::lastResult() const
{
    if (!m_last)
        return std::nullopt;
    return m_last->token;
}

void SignInTester::refresh()
{
    if (m_phase != Phase::Idle)
        return;
    ++m_attempt;
    auto result = std::make_shared<SignInResult>();
    result->refreshed = true;
    m_current = result;
    Q_EMIT started();
    if (!m_refreshToken || !m_metadata || !m_transport) {
        failWith(result,
            Error { ErrorCode::InvalidInput,
                tr("There is no refresh token to use: sign in first. The authorization server issues one "
                   "only if the client has the refresh_token grant (some also want the offline_access scope)."),
                QStringLiteral("no refresh token") });
        return;
    }
    m_phase = Phase::Exchanging;
    // No scope parameter: a refresh without one keeps them (RFC 6749 §6).
    TokenRequest r = baseTokenRequest();
    r.grantType = "refresh_token";
    r.grantFields = { { "refresh_token", m_refreshToken->toByteArray() } };
    r.secretGrantFields = { "refresh_token" };
    exchange(std::move(r), result);
}

void SignInTester::cancel()
{
    if (m_phase == Phase::Idle)
        return;
    ++m_attempt; // whatever is still in flight is ignored when it answers
    m_callbackTimer.stop();
    stopListening();
    failWith(m_current,
        Error { ErrorCode::Cancelled,
            tr("Cancelled: the sign-in test was stopped before it finished."), {} });
}

void SignInTester::exchange(TokenRequest request, std::shared_ptr<SignInResult> result)
{
    const quint64 attempt = m_attempt;
    requestToken(m_transport, request, this, [this, attempt, result](TokenOutcome outcome) {
        if (attempt != m_attempt)
            return;
        result->token.exchanges.append(outcome.exchange);
        if (outcome.result) {
            outcome.result->requestedScopes = m_scopes;
            if (outcome.result->scopeWasOmitted)
                outcome.result->grantedScopes = m_scopes; // RFC 6749 §5.1: as requested
        }
        result->token.token = std::move(outcome);
        inspect(result);
    });
}

void SignInTester::inspect(std::shared_ptr<SignInResult> result)
{
    if (!result->token.ok()) {
        finish(result);
        return;
    }
    const TokenResponse &t = *result->token.token.result;
    const QByteArray idToken = t.idToken ? t.idToken->toByteArray() : QByteArray();
    if (idToken.isEmpty() && !result->refreshed && m_scopes.contains(QLatin1String("openid"))) {
        IdTokenCheck missing;
        missing.checks.append({ QStringLiteral("id_token"), false,
            tr("No ID token came back although the openid scope was requested (OIDC Core §3.1.3.3).") });
        result->idToken = missing;
    }
    // The access token as "Get test token" inspects it (signature, certificate binding, claims,
    // client assertion); the ID token against the same JWKS.
    const quint64 attempt = m_attempt;
    inspectTokens(result->token, { idToken },
        [this, attempt, result, idToken](TokenTestResult inspected, const QByteArray &jwks) {
            if (attempt != m_attempt)
                return; // cancelled while the JWKS was fetched: already answered
            result->token = std::move(inspected);
            if (!idToken.isEmpty())
                verifyIdToken(*result, idToken, jwks);
            finish(result);
        });
}

void SignInTester::verifyIdToken(
    SignInResult &result, const QByteArray &idToken, const QByteArray &jwks)
{
    // OIDC Core §12.2: a refreshed ID token carries no new nonce, but names the same user.
    IdTokenCheck check = checkIdToken(idToken, jwks, m_metadata->issuer, m_client.clientId,
        result.refreshed ? QByteArray() : m_nonce);
    if (jwks.isEmpty() && !result.token.jwksProblem.isEmpty() && !check.checks.isEmpty()
        && check.checks.first().name == QLatin1String("signature"))
        check.checks.first().text = result.token.jwksProblem;
    if (result.refreshed && !m_subject.isEmpty() && check.decoded) {
        const bool same = check.subject() == m_subject;
        check.checks.append({ QStringLiteral("sub-unchanged"), same,
            same ? tr("Same user as at sign-in (%1).").arg(m_subject)
                 : tr("The refreshed ID token names another user (%1, not %2).")
                       .arg(check.subject().left(255), m_subject) });
    }
    if (!result.refreshed && check.ok())
        m_subject = check.subject();
    result.idToken = check;
}

void SignInTester::failWith(std::shared_ptr<SignInResult> result, const Error &error)
{
    result->token.token.result = std::unexpected(error);
    finish(std::move(result));
}

void SignInTester::finish(std::shared_ptr<SignInResult> result)
{
    m_phase = Phase::Idle;
    m_callbackTimer.stop();
    // OIDC Core §3.1.3.7: a response whose ID token is rejected is rejected, its refresh token too.
    if (result->token.ok() && !result->ok()) {
        m_refreshToken.reset();
    } else if (result->token.ok()) {
        TokenResponse &t = *result->token.token.result;
        if (t.refreshToken) {
            m_refreshToken = t.refreshToken; // rotated, or the first one
        } else if (!result->refreshed) {
            m_refreshToken.reset(); // a new sign-in without one: nothing to refresh
        } else if (m_refreshToken) {
            // RFC 6749 §6: not rotated; the one issued before stays valid, and the result shows
            // it so that it can still be introspected and revoked.
            t.refreshToken = m_refreshToken;
            t.refreshTokenKept = true;
        }
    }
    m_state.clear();
    m_verifier.reset();
    m_current.reset();
    Q_EMIT finished(*result); // last() follows it, see the constructor
}

void SignInTester::stopListening()
{
    if (m_listener)
        m_listener->close();
}

} // namespace oauthdesk
