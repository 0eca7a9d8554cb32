// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jose/JwsVerifier.h"
#include "jose/Jwt.h"
#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "oauth/Discovery.h"
#include "oauth/TokenClient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace oauthdesk {

class Transport;

/// Where a token's cnf.x5t#S256 was read: from the token itself (a JWT), nowhere yet (an opaque
/// token: only the AS knows), or from the AS's introspection of it (RFC 7662, RFC 8705 §3.2).
enum class BindingEvidence { Token, NotVisible, Introspection };

/// RFC 8705 §3: is the token bound to the certificate that was presented?
struct CertificateBinding
{
    enum class Verdict {
        Bound,            ///< cnf.x5t#S256 matches the certificate presented
        NotBound,         ///< no cnf, and none expected: fine
        Missing,          ///< no cnf, but the client is set up for bound tokens
        OtherCertificate, ///< bound, to another certificate
        NothingPresented, ///< bound, but no certificate was presented
        Unknown,          ///< opaque and not introspected yet
    };
    QString presentedThumbprint; ///< x5t#S256 of the transport certificate sent (empty: none sent)
    QString tokenThumbprint;     ///< cnf.x5t#S256 of the token (empty: not bound, or not visible)
    bool expected = false;       ///< the client is set up for certificate-bound tokens
    BindingEvidence evidence = BindingEvidence::Token;
    [[nodiscard]] bool bound() const { return !tokenThumbprint.isEmpty() && tokenThumbprint == presentedThumbprint; }
    [[nodiscard]] Verdict verdict() const;
    /// Bound, or unbound as expected: nothing for the admin to fix.
    [[nodiscard]] bool good() const { return verdict() == Verdict::Bound || verdict() == Verdict::NotBound; }
    [[nodiscard]] QString message() const;
    /// Settles an opaque token's binding from the AS's introspection answer (its cnf member);
    /// an inactive answer settles nothing.
    void settleFromIntrospection(const QJsonObject &introspection);
};

/// One "Get test token" attempt and everything the result pane shows about it.
struct TokenTestResult
{
    TokenOutcome token;
    QList<HttpExchange> exchanges;         ///< discovery (if fetched), token, JWKS (if fetched)
    std::optional<DecodedJwt> jwt;         ///< when the access token is a JWT
    std::optional<SignatureCheck> signature;
    std::optional<DecodedJwt> clientAssertion; ///< the private_key_jwt assertion sent, decoded
    std::optional<CertificateBinding> binding; ///< when a certificate was presented or expected
    QString jwksProblem;                   ///< why the signature could not be checked, if so
    int renewal = 0;                       ///< 0 for the first token, then 1, 2, … when kept fresh
    [[nodiscard]] bool ok() const { return token.result.has_value(); }
};

/// The API call with @p result's access token: @p path under the environment's API base URL,
/// with the environment's headers.
[[nodiscard]] Result<HttpRequest> apiRequestFor(const Environment &env, const std::optional<TokenTestResult> &result,
                                                const QByteArray &method, const QString &path, const QByteArray &body);

/// The one-click test token for a client in an environment (DESIGN.md "One-click test token"):
/// discovery when the environment has no cached metadata, the token request with the client's
/// authentication and the environment's headers, the JWT decoded and its signature checked
/// against the AS's JWKS (by kid). With keep-fresh on, the token is requested again shortly
/// before it expires, with the same headers, and each renewal is announced.
class TokenTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenTester)

public:
    TokenTester(Transport *transport, Environment environment, OAuthClient client,
                std::shared_ptr<const SecretBytes> secret, QObject *parent = nullptr);
    TokenTester(Transport *transport, Environment environment, OAuthClient client,
                ClientCredentials credentials, QObject *parent = nullptr);
    ~TokenTester() override;

    void start();
    /// Stops the attempt in flight (its request is aborted): finished() with
    /// ErrorCode::Cancelled, or, when a token was received before (a renewal was cancelled),
    /// renewalCancelled() and that token stays the current one. Does nothing when idle.
    void cancel();
    [[nodiscard]] bool isBusy() const { return m_busy; }
    void setKeepFresh(bool on);
    [[nodiscard]] bool keepFresh() const { return m_keepFresh; }
    [[nodiscard]] const Environment &environment() const { return m_env; }
    [[nodiscard]] const OAuthClient &client() const { return m_client; }
    [[nodiscard]] Transport *transport() const { return m_transport; }
    [[nodiscard]] const ClientCredentials &credentials() const { return m_credentials; }
    /// The AS's metadata once discovery ran (or came from the cache).
    [[nodiscard]] const std::optional<DiscoveryMetadata> &metadata() const { return m_metadata; }
    [[nodiscard]] const std::optional<TokenTestResult> &last() const { return m_last; }
    /// When the next renewal is due (keep-fresh on and a token with a lifetime).
    [[nodiscard]] std::optional<QDateTime> renewalDueAt() const { return m_renewAt; }
    /// How long before expiry a token is renewed: 20% of its lifetime, at most 60 s, at least 1 s.
    [[nodiscard]] static qint64 renewalLeadMs(qint64 lifetimeSeconds);
    /// Keep-fresh renews a token this long after it came at the soonest, whatever its lifetime.
    static constexpr qint64 kMinRenewalIntervalMs = 1000;

    /// The API call with the current token: @p path under the environment's API base URL.
    void callApi(const QByteArray &method, const QString &path, const QByteArray &body,
                 QObject *context, std::function<void(HttpExchange)> done);
    /// The API request as it would be sent (for curl export before sending).
    [[nodiscard]] Result<HttpRequest> apiRequest(const QByteArray &method, const QString &path,
                                                 const QByteArray &body) const;

Q_SIGNALS:
    void started();
    /// A token attempt finished (first or renewal), successfully or not.
    void finished(const oauthdesk::TokenTestResult &result);
    /// cancel() stopped a renewal; last() is still the token received before.
    void renewalCancelled();
    /// Discovery was fetched and should be cached (document, fetch time) in the store.
    void discovered(const QByteArray &document);

private:
    void requestNow();
    void inspect(TokenTestResult result);
    void scheduleRenewal();

    QPointer<Transport> m_transport;
    Environment m_env;
    OAuthClient m_client;
    ClientCredentials m_credentials;
    std::optional<DiscoveryMetadata> m_metadata;
    QByteArray m_jwks;
    bool m_keepFresh = false;
    int m_renewals = 0;
    bool m_busy = false;
    quint64 m_attempt = 0;      ///< bumped by cancel: answers for older attempts are ignored
    quint64 m_pendingToken = 0; ///< the token request in flight (Transport id)
    std::optional<TokenTestResult> m_last;
    std::optional<QDateTime> m_renewAt;
    QTimer m_renewTimer;
};

} // namespace oauthdesk
Q_DECLARE_METATYPE(oauthdesk::TokenTestResult)
