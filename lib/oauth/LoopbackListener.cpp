// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/LoopbackListener.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace oauthdesk {

namespace {

struct LoopbackListenerText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::LoopbackListener)
};

/// More simultaneous connections than a browser opens for one page: anything beyond is refused.
constexpr int kMaxConnections = 16;

const char kStyle[]
    = "body{font-family:system-ui,sans-serif;margin:3em auto;max-width:36em;padding:0 1em;"
      "color:#222;background:#fff}h1{font-size:1.4em}.ok{color:#1a7f37}.err{color:#b42318}";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 410:
        return "Gone";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

bool isLoopbackHostName(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

/// The host of a Host header value: "127.0.0.1:5000" → "127.0.0.1", "[::1]:5000" → "::1".
QString hostOf(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.startsWith('[')) {
        const qsizetype end = v.indexOf(']');
        return end < 0 ? QString() : QString::fromLatin1(v.mid(1, end - 1));
    }
    const qsizetype colon = v.indexOf(':');
    return QString::fromLatin1(colon < 0 ? v : v.left(colon));
}

} // namespace

Result<AuthorizationCallback> parseCallbackQuery(const QByteArray &query)
{
    AuthorizationCallback cb;
    if (query.isEmpty())
        return fail(ErrorCode::ProtocolError,
            LoopbackListenerText::tr("The browser came back without any parameters."));
    QStringList seen;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray rawKey = eq < 0 ? pair : pair.left(eq);
        QByteArray rawValue = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        // application/x-www-form-urlencoded: '+' is a space (RFC 6749 Appendix B).
        rawKey.replace('+', ' ');
        rawValue.replace('+', ' ');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(rawKey));
        if (seen.contains(key)) {
            return fail(ErrorCode::ProtocolError,
                LoopbackListenerText::tr("The browser came back with the parameter \"%1\" more "
                                         "than once, which OAuth forbids "
                                         "(RFC 6749 §3.1).")
                    .arg(key.left(40)));
        }
        seen.append(key);
        cb.queryKeys.append(key);
        QByteArray value = QByteArray::fromPercentEncoding(rawValue);
        if (key == QLatin1String("code")) {
            cb.code = std::make_shared<const SecretBytes>(SecretBytes::fromBytes(value));
        } else if (key == QLatin1String("state")) {
            cb.state = QString::fromUtf8(value);
            cb.hasState = true;
        } else if (key == QLatin1String("iss")) {
            cb.iss = QString::fromUtf8(value);
            cb.hasIss = true;
        } else if (key == QLatin1String("error")) {
            cb.error = QString::fromUtf8(value);
        } else if (key == QLatin1String("error_description")) {
            cb.errorDescription = QString::fromUtf8(value);
        } else if (key == QLatin1String("error_uri")) {
            cb.errorUri = QString::fromUtf8(value);
        }
        value.fill('\0'); // the code's transient copy
    }
    return cb;
}

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(kMaxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
}

LoopbackListener::~LoopbackListener() = default;

Result<QUrl> LoopbackListener::listen(const QUrl &registered)
{
    if (m_server->isListening() || m_done)
        return fail(ErrorCode::Internal,
            LoopbackListenerText::tr("This listener was already used; make a new one."));
    if (!registered.isValid() || registered.scheme() != QLatin1String("http")
        || !isLoopbackHostName(registered.host())) {
        return fail(ErrorCode::InvalidInput,
            LoopbackListenerText::tr("\"%1\" is not a loopback redirect URI: it must be http on "
                                     "127.0.0.1, [::1] or localhost "
                                     "(RFC 8252 §7.3).")
                .arg(registered.toString()));
    }
    // RFC 8252 §8.3: listen on the loopback IP literal, never on all interfaces; "localhost"
    // is bound as 127.0.0.1 (the name may resolve elsewhere, so it is not looked up).
    QHostAddress address(QHostAddress::LocalHost);
    if (registered.host() != QLatin1String("localhost")
        && QHostAddress(registered.host()).protocol() == QAbstractSocket::IPv6Protocol)
        address = QHostAddress(QHostAddress::LocalHostIPv6);
    const int wanted = registered.port(); // -1: none registered, so an ephemeral one
    if (!m_server->listen(address, quint16(wanted > 0 ? wanted : 0))) {
        return fail(ErrorCode::NetworkFailure,
            wanted > 0 ? LoopbackListenerText::tr(
                "OAuthDesk could not listen on %1 port %2 for the browser's answer: another "
                "program "
                "probably uses that port. Close it, or register a redirect URI without a port "
                "(e.g. http://127.0.0.1/callback) so any free port can be used.")
                             .arg(address.toString())
                             .arg(wanted)
                       : LoopbackListenerText::tr(
                           "OAuthDesk could not listen on %1 for the browser's answer.")
                             .arg(address.toString()),
            m_server->errorString());
    }
    m_redirect = registered;
    m_redirect.setPort(m_server->serverPort());
    m_path = registered.path(QUrl::FullyEncoded);
    if (m_path.isEmpty())
        m_path = QStringLiteral("/");
    return m_redirect;
}

void LoopbackListener::close()
{
    m_done = true;
    m_server->close();
}

bool LoopbackListener::isListening() const
{
    return m_server->isListening();
}

QHostAddress LoopbackListener::boundAddress() const
{
    return m_server->serverAddress();
}

quint16 LoopbackListener::port() const
{
    return m_server->serverPort();
}

void LoopbackListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly).size() > kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, socket, [this, socket] {
            if (!socket->property("answered").toBool())
                respond(socket, 408,
                    renderPage({ false, LoopbackListenerText::tr("Request timeout"),
                        LoopbackListenerText::tr("The request took too long."), 408 }));
        });
        timer->start(m_readTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void LoopbackListener::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll(); // one request per connection: the rest is ignored
        return;
    }
    QByteArray buffer = socket->property("head").toByteArray();
    buffer += socket->read(kMaxCallbackRequestBytes + 4 - buffer.size());
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0 || end > kMaxCallbackRequestBytes) {
        if (buffer.size() > kMaxCallbackRequestBytes || end > kMaxCallbackRequestBytes) {
            respond(socket, 431,
                renderPage({ false, LoopbackListenerText::tr("Request too large"),
                    LoopbackListenerText::tr("The request head is larger than 8 KiB."), 431 }));
            return;
        }
        socket->setProperty("head", buffer);
        return;
    }
    socket->setProperty("head", QVariant());
    handleRequest(socket, buffer.left(end));
    buffer.fill('\0'); // it held the code
}

void LoopbackListener::handleRequest(QTcpSocket *socket, const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")
        || !requestLine[1].startsWith('/')) {
        respond(socket, 400,
            renderPage({ false, LoopbackListenerText::tr("Bad request"),
                LoopbackListenerText::tr("This is not an HTTP request OAuthDesk understands."),
                400 }));
        return;
    }
    if (requestLine[0] != "GET") {
        respond(socket, 405,
            renderPage({ false, LoopbackListenerText::tr("Method not allowed"),
                LoopbackListenerText::tr("Only GET is accepted here."), 405 }),
            "Allow: GET\r\n");
        return;
    }
    // A page on another site could make the browser send requests here (DNS rebinding); the
    // browser then names that site in Host. Only loopback names are answered.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.left(5).toLower() == "host:" && !isLoopbackHostName(hostOf(line.mid(5)))) {
            respond(socket, 400,
                renderPage({ false, LoopbackListenerText::tr("Bad request"),
                    LoopbackListenerText::tr(
                        "This address answers only requests for the loopback interface."),
                    400 }));
            return;
        }
    }
    const QByteArray target = requestLine[1];
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    const QByteArray query = question < 0 ? QByteArray() : target.mid(question + 1);
    if (QString::fromLatin1(path) != m_path) { // e.g. /favicon.ico: not the callback
        respond(socket, 404,
            renderPage({ false, LoopbackListenerText::tr("Not found"),
                LoopbackListenerText::tr("Nothing here."), 404 }));
        return;
    }
    if (m_done) {
        respond(socket, 410,
            renderPage({ false, LoopbackListenerText::tr("Sign-in no longer waiting"),
                LoopbackListenerText::tr("OAuthDesk is not waiting for a sign-in answer any more. "
                                         "Start the test again from OAuthDesk."),
                410 }));
        return;
    }
    auto callback = parseCallbackQuery(query);
    if (!callback) {
        respond(socket, 400,
            renderPage({ false, LoopbackListenerText::tr("Not a sign-in answer"),
                callback.error().message, 400 }));
        return;
    }
    m_done = true;
    CallbackPage page;
    if (m_decide) {
        page = m_decide(*callback);
    } else if (callback->isError()) {
        page
            = { false, LoopbackListenerText::tr("Sign-in did not complete"), callback->error, 200 };
    } else {
        page = { true, LoopbackListenerText::tr("Sign-in finished"),
            LoopbackListenerText::tr("You can close this window and return to OAuthDesk."), 200 };
    }
    respond(socket, page.status, renderPage(page));
    m_server->close(); // exactly one callback
    Q_EMIT callbackReceived(*callback);
}

void LoopbackListener::respond(
    QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    if (socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    static const QByteArray styleHash
        = QCryptographicHash::hash(QByteArray(kStyle), QCryptographicHash::Sha256).toBase64();
    QByteArray response
        = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n"
                "Content-Length: "
        + QByteArray::number(body.size())
        + "\r\n"
          "Cache-Control: no-store\r\n"
          "Pragma: no-cache\r\n"
          "Connection: close\r\n"
          // No scripts, no external resources, no framing, and the URL (it carried the
          // code) never leaves as a Referer.
          "Content-Security-Policy: default-src 'none'; style-src 'sha256-"
        + styleHash
        + "'; base-uri 'none'; "
          "form-action 'none'; frame-ancestors 'none'\r\n"
          "X-Content-Type-Options: nosniff\r\n"
          "Referrer-Policy: no-referrer\r\n";
    response += extraHeaders;
    response += "\r\n";
    response += body;
    socket->write(response);
    socket->flush();
    socket->disconnectFromHost();
}

QByteArray LoopbackListener::renderPage(const CallbackPage &page)
{
    const QString html
        = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                         "<title>%1 – OAuthDesk</title><style>%2</style></head>\n"
                         "<body><h1 class=\"%3\">%1</h1><p>%4</p></body></html>\n")
              .arg(page.title.toHtmlEscaped(), QString::fromLatin1(kStyle),
                  page.success ? QStringLiteral("ok") : QStringLiteral("err"),
                  page.message.toHtmlEscaped());
    return html.toUtf8();
}

} // namespace oauthdesk
