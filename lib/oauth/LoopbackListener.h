// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "secrets/SecretBytes.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace oauthdesk {

/// What the browser brought back to the redirect URI (RFC 6749 §4.1.2, §4.1.2.1, RFC 9207).
/// Nothing here is checked yet: see checkCallback().
struct AuthorizationCallback
{
    std::shared_ptr<const SecretBytes>
        code; ///< the authorization code (a secret); null when absent
    QString state;
    bool hasState = false;
    QString iss; ///< RFC 9207 issuer identification
    bool hasIss = false;
    QString error; ///< e.g. access_denied
    QString errorDescription;
    QString errorUri;
    QStringList
        queryKeys; ///< every parameter name received, in order (values of unknown ones are dropped)
    [[nodiscard]] bool isError() const { return !error.isEmpty(); }
};

/// The page the browser shows after the callback: decided by the flow, rendered by the listener
/// as a small self-contained UTF-8 HTML page (no scripts, no external resources).
struct CallbackPage
{
    bool success = false;
    QString title; ///< plain text (escaped when rendered)
    QString message; ///< plain text (escaped when rendered)
    int status = 200;
};

/// Largest request head (request line plus headers) the listener reads, in bytes.
inline constexpr qsizetype kMaxCallbackRequestBytes = 8 * 1024;

/// The loopback redirect listener of a native app (RFC 8252 §7.3): a one-shot HTTP server on
/// the loopback interface only (127.0.0.1, or ::1 when that is what is registered), never on all
/// interfaces. It accepts exactly one callback: a GET on the redirect path with a query. Other
/// paths (e.g. /favicon.ico) get 404 and do not count; other methods get 405; a request head
/// over 8 KiB gets 431; a connection silent for the read timeout is closed. After the callback
/// the server stops listening. One request per connection ("Connection: close").
class LoopbackListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackListener)

public:
    /// Decides the page shown for a callback, before callbackReceived() is emitted; e.g. the
    /// flow checks state first so that a forged or stale answer never reads "signed in".
    using PageDecider = std::function<CallbackPage(const AuthorizationCallback &)>;

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    /// Starts listening for the redirect registered as @p registeredRedirect (http, a loopback
    /// host: 127.0.0.1, [::1] or localhost). Binds the loopback address only (127.0.0.1 for
    /// "localhost", RFC 8252 §8.3), on the registered port if it has one, else an ephemeral
    /// port (RFC 8252 §7.3 lets the AS accept any port). Answers the redirect URI to send: the
    /// registered one with the actual port.
    [[nodiscard]] Result<QUrl> listen(const QUrl &registeredRedirect);
    /// Stops listening; a callback arriving later on an open connection is refused.
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] QUrl redirectUri() const { return m_redirect; }
    [[nodiscard]] QHostAddress boundAddress() const;
    [[nodiscard]] quint16 port() const;

    void setPageDecider(PageDecider decider) { m_decide = std::move(decider); }
    /// How long a connection may take to send its request head (default 10 s).
    void setReadTimeoutMs(int ms) { m_readTimeoutMs = ms; }

    /// The HTML page for @p page (UTF-8, escaped, inline style only). Public for tests.
    [[nodiscard]] static QByteArray renderPage(const CallbackPage &page);

Q_SIGNALS:
    /// The one callback arrived and was answered with the decided page.
    void callbackReceived(const oauthdesk::AuthorizationCallback &callback);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &head);
    void respond(QTcpSocket *socket, int status, const QByteArray &body,
        const QByteArray &extraHeaders = {});

    QTcpServer *m_server = nullptr;
    QUrl m_redirect;
    QString m_path;
    PageDecider m_decide;
    int m_readTimeoutMs = 10000;
    bool m_done = false;
};

/// Parses a redirect query (application/x-www-form-urlencoded, RFC 6749 §4.1.2). A parameter
/// repeated (RFC 6749 §3.1 forbids it) makes the whole query invalid.
[[nodiscard]] Result<AuthorizationCallback> parseCallbackQuery(const QByteArray &query);

} // namespace oauthdesk
Q_DECLARE_METATYPE(oauthdesk::AuthorizationCallback)
