// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/Transport.h"

#include "pki/KeyPair.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QTimer>
#include <memory>

namespace oauthdesk {

namespace {

QString describe(const QSslCertificate &c)
{
    return c.subjectDisplayName().isEmpty()
        ? c.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "))
        : c.subjectDisplayName();
}

QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList lines;
    for (const QSslError &e : errors) {
        const QSslCertificate cert = e.certificate();
        if (cert.isNull())
            lines.append(e.errorString());
        else
            lines.append(QCoreApplication::translate(
                "oauthdesk::Transport", "%1 (certificate subject: %2; issuer: %3)")
                             .arg(e.errorString(), describe(cert),
                                 cert.issuerDisplayName().isEmpty()
                                     ? cert.issuerInfo(QSslCertificate::CommonName)
                                           .join(QStringLiteral(", "))
                                     : cert.issuerDisplayName()));
    }
    return lines.join(QLatin1Char('\n'));
}

namespace {
struct TransportText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Transport)
};
} // namespace

Error transportError(QNetworkReply::NetworkError code, const QString &errorString,
    const QString &sslErrors, int inactivityMs, const QUrl &url)
{
    const QString host = url.host()
        + (url.port() > 0 ? QLatin1Char(':') + QString::number(url.port()) : QString());
    if (!sslErrors.isEmpty()) {
        return { ErrorCode::TlsFailure,
            TransportText::tr(
                "The TLS certificate of %1 is not trusted:\n%2\nIf this is a test authorization "
                "server, add its CA certificate as the environment's CA bundle.")
                .arg(host, sslErrors),
            errorString };
    }
    if (code == QNetworkReply::TimeoutError || code == QNetworkReply::OperationCanceledError) {
        // Qt's transfer timeout: nothing arrived for that long (the inactivity clock).
        return { ErrorCode::Timeout,
            TransportText::tr(
                "%1 sent nothing for %2 s (the inactivity timeout). Check that the URL is right and the "
                "server is reachable from this machine.")
                .arg(host)
                .arg(inactivityMs / 1000.0, 0, 'g', 3),
            errorString };
    }
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return { ErrorCode::NetworkFailure,
            TransportText::tr(
                "%1 refused the connection: nothing listens there. Check the URL and port.")
                .arg(host),
            errorString };
    case QNetworkReply::HostNotFoundError:
        return { ErrorCode::NetworkFailure,
            TransportText::tr("The host name %1 could not be resolved. Check the URL.")
                .arg(url.host()),
            errorString };
    case QNetworkReply::SslHandshakeFailedError:
        return { ErrorCode::TlsFailure,
            TransportText::tr(
                "The TLS handshake with %1 failed. If the server asks for a client certificate "
                "(mutual TLS), one is needed; otherwise check the server's TLS setup.")
                .arg(host),
            errorString };
    default:
        // TLS 1.3 reports a rejected client certificate after the handshake (docs/architecture.md
        // "Late mTLS rejection").
        if (errorString.contains(QLatin1String("alert"), Qt::CaseInsensitive)) {
            return { ErrorCode::TlsFailure,
                TransportText::tr(
                    "%1 ended the TLS connection (%2). With mutual TLS this usually means the "
                    "client certificate was missing or not accepted.")
                    .arg(host, errorString),
                errorString };
        }
        return { ErrorCode::NetworkFailure,
            TransportText::tr("The request to %1 failed: %2").arg(host, errorString), errorString };
    }
}

} // namespace

Transport::Transport(QObject *parent)
    : QObject(parent)
{ }

QNetworkAccessManager *Transport::managerFor(const QString &trustKey)
{
    QNetworkAccessManager *&nam = m_nams[trustKey];
    if (!nam) {
        nam = new QNetworkAccessManager(this);
        // Never follow a redirect: a 307/308 would re-send client credentials or a bearer token
        // to wherever it points. A 3xx is reported as the answer, with its Location.
        nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return nam;
}

Transport::~Transport() = default;

Result<QList<QSslCertificate>> Transport::caBundle(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return fail(ErrorCode::InvalidInput,
            tr("The CA bundle %1 cannot be read; pick it again in Settings → Environments.")
                .arg(path));
    if (info.size() > 4 * 1024 * 1024) // the same bound the environment form checks
        return fail(ErrorCode::InvalidInput,
            tr("The CA bundle %1 is larger than 4 MiB; pick the file with just the CA certificates.")
                .arg(path));
    const qint64 modified = info.lastModified().toMSecsSinceEpoch();
    auto it = m_bundles.constFind(path);
    if (it != m_bundles.cend() && it->modified == modified)
        return it->certificates;
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certs.isEmpty())
        return fail(
            ErrorCode::InvalidInput, tr("The CA bundle %1 holds no PEM certificate.").arg(path));
    m_bundles.insert(path, { modified, certs });
    return certs;
}

void Transport::answerLater(RequestId id, std::shared_ptr<HttpExchange> exchange,
    QPointer<QObject> guard, std::function<void(HttpExchange)> done)
{
    // Answered on the next turn of the event loop, like a network answer; cancel() meanwhile
    // turns it into a cancellation.
    auto cancelled = std::make_shared<bool>(false);
    m_inFlight.insert(id, { nullptr, cancelled });
    QMetaObject::invokeMethod(
        this,
        [this, id, exchange, cancelled, guard, done] {
            m_inFlight.remove(id);
            if (*cancelled)
                exchange->transportError = Error { ErrorCode::Cancelled,
                    QCoreApplication::translate("oauthdesk::Transport", "Cancelled."), QString() };
            if (guard)
                done(*exchange);
        },
        Qt::QueuedConnection);
}

void Transport::cancel(RequestId id)
{
    const auto it = m_inFlight.constFind(id);
    if (it == m_inFlight.cend())
        return;
    *it->cancelled = true;
    if (it->reply)
        it->reply->abort(); // finished() follows, and reports the cancel
}

Transport::RequestId Transport::send(HttpRequest request, const QString &caBundlePath,
    QObject *context, std::function<void(HttpExchange)> done)
{
    const RequestId id = ++m_lastId;
    auto exchange = std::make_shared<HttpExchange>();
    exchange->request = request;
    QPointer<QObject> guard(context);

    QNetworkRequest nr(request.url);
    for (const auto &[name, value] : request.headers)
        nr.setRawHeader(name, value);
    // No cookies, either way: a cookie one AS sets must not go with requests to another on the
    // same host, and nothing in OAuth needs one on the back channel.
    nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    nr.setTransferTimeout(request.timeoutMs);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!caBundlePath.isEmpty()) {
        auto bundle = caBundle(caBundlePath);
        if (!bundle) {
            exchange->transportError = bundle.error();
            answerLater(id, exchange, guard, done);
            return id;
        }
        // Added to, not instead of, the system CAs: the bundle is how a test AS is trusted.
        ssl.addCaCertificates(*bundle);
    }
    QString trustKey = caBundlePath;
    if (!request.clientCertificateChainDer.isEmpty()) {
        // RFC 8705: the transport certificate and key in the handshake. The key goes to Qt as an
        // OpenSSL handle (QSslKey takes ownership), never through a file.
        auto key = request.clientKeyPkcs8Der ? privateKeyFromPkcs8(*request.clientKeyPkcs8Der)
                                             : Result<PKey>(fail(ErrorCode::SecretNotFound,
                                                 tr("The client certificate has no private key.")));
        if (!key) {
            exchange->transportError = key.error();
            answerLater(id, exchange, guard, done);
            return id;
        }
        QList<QSslCertificate> chain;
        for (const QByteArray &der : request.clientCertificateChainDer)
            chain.append(QSslCertificate(der, QSsl::Der));
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(QSslKey(Qt::HANDLE(key->release()), QSsl::PrivateKey));
        trustKey += QLatin1Char('\n')
            + QString::fromLatin1(chain.first().digest(QCryptographicHash::Sha256).toHex());
    }
    nr.setSslConfiguration(ssl);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply
        = managerFor(trustKey)->sendCustomRequest(nr, request.method, request.body);
    auto sslErrors = std::make_shared<QString>();
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        *sslErrors = describeSslErrors(errors); // reported, never ignored
    });
    const qint64 cap = request.maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, this,
        [reply, exchange, cap](qint64 received, qint64 total) {
            if (received > cap || total > cap) {
                exchange->oversized = true;
                reply->abort();
            }
        });
    // The overall deadline: a server that trickles one byte at a time never trips the
    // inactivity timeout, so a second clock ends the whole exchange.
    const int deadline = std::max(1, request.deadlineMs > 0 ? request.deadlineMs : m_deadlineMs);
    auto deadlineHit = std::make_shared<bool>(false);
    auto cancelled = std::make_shared<bool>(false);
    auto *clock = new QTimer(reply);
    clock->setSingleShot(true);
    connect(clock, &QTimer::timeout, reply, [reply, deadlineHit] {
        *deadlineHit = true;
        reply->abort();
    });
    clock->start(deadline);
    m_inFlight.insert(id, { reply, cancelled });
    const int inactivity = request.timeoutMs;
    connect(reply, &QNetworkReply::finished, this,
        [this, id, reply, clock, exchange, timer, sslErrors, deadlineHit, cancelled, deadline,
            inactivity, guard, done] {
            m_inFlight.remove(id);
            clock->stop();
            reply->deleteLater();
            exchange->elapsedMs = timer->elapsed();
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (status.isValid()) {
                exchange->status = status.toInt();
                exchange->reason
                    = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
                for (const auto &pair : reply->rawHeaderPairs())
                    exchange->responseHeaders.append(pair);
            }
            if (reply->isOpen()) // an aborted reply is closed: reading it only warns
                exchange->responseBody = reply->read(exchange->request.maxResponseBytes);
            const QSslConfiguration used = reply->sslConfiguration();
            if (!used.peerCertificate().isNull()) {
                exchange->tls
                    = QStringLiteral("%1, %2, server certificate: %3")
                          .arg(used.sessionCipher().protocolString(), used.sessionCipher().name(),
                              describe(used.peerCertificate()));
                for (const QSslCertificate &c : used.peerCertificateChain())
                    exchange->peerCertificateChainDer.append(c.toDer());
            }
            const QUrl &url = exchange->request.url;
            const QString host = url.host()
                + (url.port() > 0 ? QLatin1Char(':') + QString::number(url.port()) : QString());
            if (*cancelled) {
                exchange->transportError = Error { ErrorCode::Cancelled,
                    TransportText::tr("Cancelled: the request to %1 was stopped.").arg(host),
                    QString() };
                exchange->status = 0; // what arrived before the cancel is not an answer
            } else if (*deadlineHit) {
                exchange->transportError = Error { ErrorCode::Timeout,
                    TransportText::tr(
                        "%1 did not finish answering within %2 s (the overall deadline of a request): it was still "
                        "sending after that, or sending very slowly. Check the server, or any proxy in between.")
                        .arg(host)
                        .arg(deadline / 1000.0, 0, 'g', 3),
                    QStringLiteral("deadline %1 ms; %2 bytes received")
                        .arg(deadline)
                        .arg(exchange->responseBody.size()) };
                exchange->status = 0; // a half-received answer is not an answer
            } else if (exchange->oversized) {
                exchange->transportError = Error { ErrorCode::ResponseTooLarge,
                    QCoreApplication::translate("oauthdesk::Transport",
                        "The answer was larger than %1 KiB, far more than an OAuth "
                        "response needs; it was cut off and not used.")
                        .arg(exchange->request.maxResponseBytes / 1024),
                    QString() };
            } else if (status.isValid()
                && (reply->error() == QNetworkReply::OperationCanceledError
                    || reply->error() == QNetworkReply::TimeoutError)) {
                // The inactivity timeout after the headers: the body never came.
                exchange->transportError = transportError(
                    reply->error(), reply->errorString(), *sslErrors, inactivity, url);
                exchange->status = 0;
            } else if (status.isValid() && reply->error() > QNetworkReply::NoError
                && reply->error() < QNetworkReply::ContentAccessDenied) {
                // A network or proxy failure after the status line (Qt's codes 1–199; 201 and up
                // only mirror the HTTP status): the answer is cut off, not an answer.
                exchange->transportError = Error { ErrorCode::NetworkFailure,
                    TransportText::tr(
                        "%1 closed the connection before its answer was complete (HTTP %2, %3 bytes of the body "
                        "received): nothing of it is used. Try again; if it keeps happening, check the server or any "
                        "proxy in between.")
                        .arg(host)
                        .arg(status.toInt())
                        .arg(exchange->responseBody.size()),
                    reply->errorString() };
                exchange->status = 0;
            } else if (reply->error() != QNetworkReply::NoError && !status.isValid()) {
                exchange->transportError = transportError(reply->error(), reply->errorString(),
                    *sslErrors, inactivity, exchange->request.url);
            }
            if (guard)
                done(*exchange);
        });
    return id;
}

} // namespace oauthdesk
