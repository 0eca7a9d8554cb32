// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/AuthorizationRequest.h"
#include "oauth/IdToken.h"
#include "oauth/LoopbackListener.h"
#include "oauth/Pkce.h"
#include "oauth/TokenSession.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace oauthdesk {

class Transport;

/// One "Test sign-in" (or its refresh) and everything the result pane shows about it.
struct SignInResult
{
    /// The token outcome, exchanges (discovery, token, JWKS) and what the token inspector found
    /// (decoded access token, signature, certificate binding, client assertion): the same as
    /// "Get test token". A failed callback is its failure too.
    TokenTestResult token;
    std::optional<IdTokenCheck> idToken; ///< when an ID token came back (or was expected)
    QUrl authorizationUrl;
    QUrl redirectUri;
    bool refreshed = false; ///< a refresh_token grant, not a sign-in
    std::optional<Error> callbackError; ///< the browser's answer was an error or did not check out
    [[nodiscard]] bool ok() const { return token.ok() && (!idToken || idToken->ok()); }
};

/// The authorization code flow with PKCE S256 (RFC 6749 §4.1, RFC 7636) for native, single-page
/// and web clients, with the browser coming back to a loopback listener (RFC 8252 §7.3), the
/// code exchanged with the client's authentication, the access token inspected by the same
/// TokenInspector as "Get test token" (signature, certificate binding, claims), the ID token
/// checked (OIDC Core §3.1.3.7); then refresh (RFC 6749 §6).
class SignInTester final : public TokenSession
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInTester)

public:
    using BrowserOpener = std::function<bool(const QUrl &)>;

    SignInTester(Transport *transport, Environment environment, OAuthClient client,
        ClientCredentials credentials, QObject *parent = nullptr);
    ~SignInTester() override;

    /// Opens the authorization URL (the app passes QDesktopServices::openUrl). Required.
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    /// How long to wait for the browser's answer (default 5 minutes).
    void setCallbackTimeoutMs(int ms) { m_callbackTimeoutMs = ms; }
    /// OIDC login_hint sent with the authorization request; empty: none.
    void setLoginHint(const QString &hint) { m_loginHint = hint; }

    [[nodiscard]] Capabilities capabilities() const override
    {
        return Capability::Interactive | Capability::Refresh;
    }
    /// Discovery, the listener, the authorization URL, the browser; then waits for the callback.
    void start() override;
    /// The refresh_token grant with the refresh token of the last successful result.
    void refresh() override;
    /// Stops waiting (or ignores an exchange in flight): finished() with ErrorCode::Cancelled.
    void cancel() override;

    [[nodiscard]] bool isBusy() const override { return m_phase != Phase::Idle; }
    [[nodiscard]] bool canRefresh() const override
    {
        return m_refreshToken && m_phase == Phase::Idle;
    }
    /// The last result announced by finished().
    [[nodiscard]] const std::optional<SignInResult> &last() const { return m_last; }
    [[nodiscard]] std::optional<TokenTestResult> lastResult() const override;
    [[nodiscard]] const SignInResult *lastSignIn() const override
    {
        return m_last ? &*m_last : nullptr;
    }
    /// The redirect URI the listener serves while waiting (empty otherwise).
    [[nodiscard]] QUrl redirectUri() const override { return m_redirectUri; }
    /// While waiting: what to do when the browser shows an error instead of coming back. A
    /// registered loopback URI without a port gets a port of OAuthDesk's choosing (RFC 8252 §7.3
    /// lets the AS allow any); an AS that compares redirect URIs exactly refuses it, often with a
    /// blank page, and the answer never reaches OAuthDesk. Empty when nothing is worth saying.
    [[nodiscard]] QString waitingHint() const override;

public Q_SLOTS:
    /// The browser the opener started for @p authorizationUrl gave up (no browser installed, no
    /// desktop): still waiting, for the link opened by hand; browserNotOpened() tells the
    /// screens. A report about an earlier attempt's link is ignored.
    void reportBrowserNotOpened(const QUrl &authorizationUrl, const QString &why);

Q_SIGNALS:
    /// The sign-in (or refresh) finished, with what it adds to the token result. Each one is
    /// followed by TokenSession::finished() with its token part, so the result pane shows any
    /// session alike.
    void finished(const oauthdesk::SignInResult &result);

private:
    enum class Phase { Idle, Discovering, Waiting, Exchanging };
    void begin(std::shared_ptr<SignInResult> result);
    void onCallback(const AuthorizationCallback &callback);
    void exchange(TokenRequest request, std::shared_ptr<SignInResult> result);
    void inspect(std::shared_ptr<SignInResult> result);
    void verifyIdToken(SignInResult &result, const QByteArray &idToken, const QByteArray &jwks);
    void finish(std::shared_ptr<SignInResult> result);
    void failWith(std::shared_ptr<SignInResult> result, const Error &error);
    void stopListening();
    [[nodiscard]] CallbackExpectation expectation() const;

    BrowserOpener m_opener;
    int m_callbackTimeoutMs = 300000;
    QString m_loginHint;
    bool m_issParameterSupported = false;

    Phase m_phase = Phase::Idle;
    quint64 m_attempt
        = 0; ///< bumped by start/refresh/cancel: answers for older attempts are ignored
    std::shared_ptr<SignInResult> m_current;
    QPointer<LoopbackListener> m_listener;
    QTimer m_callbackTimer;
    QUrl m_redirectUri;
    QStringList m_scopes;
    QByteArray m_state;
    QByteArray m_nonce;
    std::shared_ptr<const SecretBytes> m_verifier;
    std::shared_ptr<const SecretBytes> m_refreshToken;
    QString m_subject; ///< sub of the sign-in's ID token: a refreshed one must name the same user
    std::optional<SignInResult> m_last;
};

} // namespace oauthdesk
Q_DECLARE_METATYPE(oauthdesk::SignInResult)
