// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/TokenTester.h"

#include "oauth/Transport.h"

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

TokenTester::TokenTester(Transport *transport, Environment environment, OAuthClient client,
    std::shared_ptr<const SecretBytes> secret, QObject *parent)
    : TokenTester(
        transport, std::move(environment), std::move(client), withSecret(std::move(secret)), parent)
{ }

TokenTester::TokenTester(Transport *transport, Environment environment, OAuthClient client,
    ClientCredentials credentials, QObject *parent)
    : TokenSession(
        transport, std::move(environment), std::move(client), std::move(credentials), parent)
{
    m_renewTimer.setSingleShot(true);
    m_renewTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_renewTimer, &QTimer::timeout, this, [this] {
        ++m_renewals;
        requestNow();
    });
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
        TokenRequest r
            = baseTokenRequest(); // the environment's headers on every request, renewals included
        r.scopes = m_client.scopes;
        m_pendingToken
            = requestToken(m_transport, r, this, [this, result, attempt](TokenOutcome outcome) {
                  if (attempt != m_attempt)
                      return; // cancelled: already answered
                  m_pendingToken = 0;
                  result->exchanges.append(outcome.exchange);
                  result->token = std::move(outcome);
                  inspectTokens(std::move(*result), {},
                      [this, attempt](TokenTestResult inspected, const QByteArray &) {
                          if (attempt == m_attempt) // else cancelled while the JWKS was fetched
                              finish(std::move(inspected));
                      });
              });
    };
    if (m_metadata) {
        sendToken();
        return;
    }
    fetchDiscovery(
        m_transport, m_env, this, [this, result, sendToken, attempt](DiscoveryOutcome d) {
            if (attempt != m_attempt)
                return;
            result->exchanges += d.exchanges;
            if (!d.metadata) {
                result->token.result = std::unexpected(d.metadata.error());
                if (!d.exchanges.isEmpty())
                    result->token.exchange = d.exchanges.constLast();
                finish(std::move(*result));
                return;
            }
            adoptDiscovery(d);
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
    r.token.result = fail(ErrorCode::Cancelled,
        tr("Cancelled: the request was stopped before the authorization server "
           "answered. Get token again when ready."));
    m_last = r;
    Q_EMIT finished(r);
}

void TokenTester::finish(TokenTestResult result)
{
    m_busy = false;
    m_last = result;
    scheduleRenewal();
    Q_EMIT finished(result);
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
    const QDateTime due = t.receivedAt.addMSecs(
        std::max<qint64>(*t.expiresIn * 1000 - lead, kMinRenewalIntervalMs));
    m_renewAt = due;
    m_renewTimer.start(int(std::clamp<qint64>(
        QDateTime::currentDateTimeUtc().msecsTo(due), 0, std::numeric_limits<int>::max())));
}

} // namespace oauthdesk
