// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "oauth/Discovery.h"
#include "oauth/Explanation.h"
#include "oauth/TokenClient.h"
#include "oauth/TokenInspector.h"
#include "oauth/TokenIntrospection.h"

#include <QDateTime>
#include <QFlags>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace oauthdesk {

class Transport;
struct SignInResult;

/// The API call with @p result's access token: @p path under the environment's API base URL,
/// with the environment's headers.
[[nodiscard]] Result<HttpRequest> apiRequestFor(const Environment &env,
    const std::optional<TokenTestResult> &result, const QByteArray &method, const QString &path,
    const QByteArray &body);

/// A token test the result pane shows, whatever the client's method: "Get test token"
/// (TokenTester, client credentials) or "Test sign-in" (SignInTester, authorization code +
/// PKCE). It holds the environment, client and credentials, the AS's metadata, the one token
/// inspector (with the JWKS it fetched), and what every test offers once a token came: the API
/// call with it, introspection and revocation. What differs is said by capabilities(), not by
/// the class: the pane asks those.
class TokenSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenSession)

public:
    enum class Capability {
        Interactive = 0x1, ///< the admin signs in in a browser (waitingForBrowser(), redirectUri())
        Refresh = 0x2, ///< a refresh token can be traded for new tokens (canRefresh(), refresh())
        KeepFresh = 0x4, ///< tokens can be renewed before they expire (setKeepFresh())
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    ~TokenSession() override;

    [[nodiscard]] virtual Capabilities capabilities() const = 0;
    [[nodiscard]] bool can(Capability c) const { return capabilities().testFlag(c); }

    /// A new attempt (discovery first when the environment has no cached metadata).
    virtual void start() = 0;
    /// Stops the attempt in flight; finished() tells how (ErrorCode::Cancelled). Does nothing
    /// when idle.
    virtual void cancel() = 0;
    [[nodiscard]] virtual bool isBusy() const = 0;
    /// The token part of the last result announced by finished().
    [[nodiscard]] virtual std::optional<TokenTestResult> lastResult() const = 0;
    /// Interactive sessions: what the last result adds to its token part (the ID token check,
    /// the browser's answer); nullptr otherwise.
    [[nodiscard]] virtual const SignInResult *lastSignIn() const { return nullptr; }

    /// Capability::Refresh: whether refresh() would run now, and running it.
    [[nodiscard]] virtual bool canRefresh() const { return false; }
    virtual void refresh() { }
    /// Capability::KeepFresh: renew the token shortly before it expires, and when next.
    virtual void setKeepFresh(bool on) { Q_UNUSED(on) }
    [[nodiscard]] virtual bool keepFresh() const { return false; }
    [[nodiscard]] virtual std::optional<QDateTime> renewalDueAt() const { return std::nullopt; }
    /// Capability::Interactive: the redirect URI listened on while waiting for the browser, and
    /// what to do when it shows an error instead (empty when nothing is worth saying).
    [[nodiscard]] virtual QUrl redirectUri() const { return {}; }
    [[nodiscard]] virtual QString waitingHint() const { return {}; }

    [[nodiscard]] const Environment &environment() const { return m_env; }
    [[nodiscard]] const OAuthClient &client() const { return m_client; }
    [[nodiscard]] Transport *transport() const;
    [[nodiscard]] const ClientCredentials &credentials() const { return m_credentials; }
    /// The AS's metadata once discovery ran (or came from the cache).
    [[nodiscard]] const std::optional<DiscoveryMetadata> &metadata() const { return m_metadata; }
    /// Who the client is at the AS's back-channel endpoints (token, introspection, revocation):
    /// its method and credentials under the environment's client-assertion audience rule. A
    /// public client's transport certificate still goes along: it binds its tokens (RFC 8705 §4).
    [[nodiscard]] ClientAuthentication clientAuthentication() const;

    /// The API call with the current token: @p path under the environment's API base URL,
    /// with the transport certificate when the client has one (a bound token needs it).
    void callApi(const QByteArray &method, const QString &path, const QByteArray &body,
        QObject *context, std::function<void(HttpExchange)> done);
    /// The API request as it would be sent (for curl export before sending).
    [[nodiscard]] Result<HttpRequest> apiRequest(
        const QByteArray &method, const QString &path, const QByteArray &body) const;

    /// Whether the AS publishes an introspection (RFC 7662) / revocation (RFC 7009) endpoint.
    [[nodiscard]] bool canIntrospect() const;
    [[nodiscard]] bool canRevoke() const;
    /// The call to @p endpoint (introspection or revocation; its mTLS alias when the client
    /// uses mutual TLS) about @p kind's token of @p result, authenticated as the client.
    [[nodiscard]] Result<TokenCall> tokenCall(
        const TokenTestResult &result, TokenKind kind, BackChannelEndpoint endpoint) const;
    void introspect(const TokenTestResult &result, TokenKind kind, QObject *context,
        std::function<void(IntrospectionOutcome)> done);
    void revoke(const TokenTestResult &result, TokenKind kind, QObject *context,
        std::function<void(RevocationOutcome)> done);

Q_SIGNALS:
    void started();
    /// An attempt finished (first token, renewal, sign-in or refresh), successfully or not.
    void finished(const oauthdesk::TokenTestResult &result);
    /// Discovery was fetched and should be cached (document, fetch time) in the store.
    void discovered(const QByteArray &document);
    /// Capability::KeepFresh: cancel() stopped a renewal; the token before it stays current.
    void renewalCancelled();
    /// Capability::Interactive: the browser is (about to be) opened on @p authorizationUrl; the
    /// pane may offer to copy it.
    void waitingForBrowser(const QUrl &authorizationUrl);
    /// Capability::Interactive: no browser could be started, or the one started gave up (@p why,
    /// when known): still waiting, for the link opened by hand.
    void browserNotOpened(const QUrl &authorizationUrl, const QString &why = {});
    /// Capability::Interactive: the browser came back and checked out; tokens are being fetched.
    void exchanging();

protected:
    TokenSession(Transport *transport, Environment environment, OAuthClient client,
        ClientCredentials credentials, QObject *parent);

    /// Every token request starts here: the token endpoint (RFC 8705 §5: its mTLS alias when
    /// the client uses mutual TLS), the client's authentication, the environment's headers
    /// (renewals and refreshes included) and CA bundle.
    [[nodiscard]] TokenRequest baseTokenRequest() const;
    /// Metadata fetched by discovery: taken into use, and announced for the store.
    void adoptDiscovery(const DiscoveryOutcome &outcome);
    /// The token inspector on @p result for this client (TokenInspector::inspect), against the
    /// AS's JWKS; @p done gets the JWKS that has the keys of @p otherJwts too.
    void inspectTokens(TokenTestResult result, const QList<QByteArray> &otherJwts,
        std::function<void(TokenTestResult result, QByteArray jwks)> done);

    QPointer<Transport> m_transport;
    Environment m_env;
    OAuthClient m_client;
    ClientCredentials m_credentials;
    std::optional<DiscoveryMetadata> m_metadata;

private:
    TokenInspector m_inspector;
};

} // namespace oauthdesk
Q_DECLARE_OPERATORS_FOR_FLAGS(oauthdesk::TokenSession::Capabilities)
