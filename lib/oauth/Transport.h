// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/HttpExchange.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <algorithm>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace oauthdesk {

/// The one way OAuthDesk talks HTTP: one owned QNetworkAccessManager (so repeated requests
/// reuse connections), a timeout and a size cap on every request, the environment's CA bundle
/// added to the trusted CAs, and SSL errors reported with the certificate's subject, issuer and
/// the reason, never ignored. Every request answers once with the recorded exchange.
class Transport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transport)

public:
    explicit Transport(QObject *parent = nullptr);
    ~Transport() override;

    /// Identifies a request in flight, for cancel().
    using RequestId = quint64;

    /// Sends @p request, trusting the system CAs plus the certificates in @p caBundlePath
    /// (a PEM file; empty for none), and calls @p done on this object's thread unless
    /// @p context is gone by then. Two clocks end a request that does not finish: the
    /// inactivity timeout (HttpRequest::timeoutMs) and the overall deadline
    /// (HttpRequest::deadlineMs, else deadline()); the error names the one that ran out.
    RequestId send(HttpRequest request, const QString &caBundlePath, QObject *context,
        std::function<void(HttpExchange)> done);

    /// Ends the request @p id if it is still in flight: it answers once, with
    /// ErrorCode::Cancelled. Unknown or finished ids are ignored.
    void cancel(RequestId id);

    /// The overall deadline of a request that sets none (30 s by default).
    [[nodiscard]] int deadlineMs() const { return m_deadlineMs; }
    void setDeadlineMs(int ms) { m_deadlineMs = std::max(1, ms); }

    /// The certificates of a CA bundle (cached by path and modification time).
    [[nodiscard]] Result<QList<QSslCertificate>> caBundle(const QString &path);

private:
    /// One access manager per trust setting and client certificate: connections are reused within
    /// an environment, but a connection verified under one CA bundle, or authenticated with one
    /// client certificate, is never handed to a request made under another.
    [[nodiscard]] QNetworkAccessManager *managerFor(const QString &trustKey);
    void answerLater(RequestId id, std::shared_ptr<HttpExchange> exchange, QPointer<QObject> guard,
        std::function<void(HttpExchange)> done);

    QHash<QString, QNetworkAccessManager *> m_nams;
    int m_deadlineMs = 30000;
    RequestId m_lastId = 0;
    struct InFlight
    {
        QPointer<QNetworkReply> reply;
        std::shared_ptr<bool> cancelled;
    };
    QHash<RequestId, InFlight> m_inFlight;
    struct CachedBundle
    {
        qint64 modified = 0;
        QList<QSslCertificate> certificates;
    };
    QHash<QString, CachedBundle> m_bundles;
};

} // namespace oauthdesk
