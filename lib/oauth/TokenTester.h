// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/TokenSession.h"

#include <QTimer>
#include <memory>
#include <optional>

namespace oauthdesk {

class Transport;

/// The one-click test token for a client in an environment (docs/architecture.md "Test token"):
/// discovery when the environment has no cached metadata, the token request with the client's
/// authentication and the environment's headers, the access token inspected (TokenInspector:
/// decoded, its signature checked against the AS's JWKS by kid, its certificate binding). With
/// keep-fresh on, the token is requested again shortly before it expires, with the same
/// headers, and each renewal is announced.
class TokenTester final : public TokenSession
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenTester)

public:
    TokenTester(Transport *transport, Environment environment, OAuthClient client,
        std::shared_ptr<const SecretBytes> secret, QObject *parent = nullptr);
    TokenTester(Transport *transport, Environment environment, OAuthClient client,
        ClientCredentials credentials, QObject *parent = nullptr);
    ~TokenTester() override;

    [[nodiscard]] Capabilities capabilities() const override { return Capability::KeepFresh; }
    void start() override;
    /// Stops the attempt in flight (its request is aborted): finished() with
    /// ErrorCode::Cancelled, or, when a token was received before (a renewal was cancelled),
    /// renewalCancelled() and that token stays the current one. Does nothing when idle.
    void cancel() override;
    [[nodiscard]] bool isBusy() const override { return m_busy; }
    void setKeepFresh(bool on) override;
    [[nodiscard]] bool keepFresh() const override { return m_keepFresh; }
    [[nodiscard]] const std::optional<TokenTestResult> &last() const { return m_last; }
    [[nodiscard]] std::optional<TokenTestResult> lastResult() const override { return m_last; }
    /// When the next renewal is due (keep-fresh on and a token with a lifetime).
    [[nodiscard]] std::optional<QDateTime> renewalDueAt() const override { return m_renewAt; }
    /// How long before expiry a token is renewed: 20% of its lifetime, at most 60 s, at least 1 s.
    [[nodiscard]] static qint64 renewalLeadMs(qint64 lifetimeSeconds);
    /// Keep-fresh renews a token this long after it came at the soonest, whatever its lifetime.
    static constexpr qint64 kMinRenewalIntervalMs = 1000;

private:
    void requestNow();
    void finish(TokenTestResult result);
    void scheduleRenewal();

    bool m_keepFresh = false;
    int m_renewals = 0;
    bool m_busy = false;
    quint64 m_attempt = 0; ///< bumped by cancel: answers for older attempts are ignored
    quint64 m_pendingToken = 0; ///< the token request in flight (Transport id)
    std::optional<TokenTestResult> m_last;
    std::optional<QDateTime> m_renewAt;
    QTimer m_renewTimer;
};

} // namespace oauthdesk
