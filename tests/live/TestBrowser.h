// SPDX-License-Identifier: GPL-3.0-or-later
// A headless stand-in for the system browser in live tests (header-only, Qt Network only).
//
// TestBrowser::open(url, caBundlePath, done) GETs `url` and follows redirects by hand (up to
// 20 hops, relative Locations resolved) with its own cookie jar, as a browser would through the
// test AS's login/consent interaction (tests/live/as/server.mjs auto-approves "test-user").
// HTTPS trusts the system CAs plus the certificates in caBundlePath, nothing else: TLS errors
// end the walk and are reported, never ignored. A redirect to plain http on a loopback host
// (127.0.0.1, localhost, ::1) is the application's redirect listener (RFC 8252 §7.3): the
// browser GETs it once and reports that URL, the listener's status and body. Plain http to
// any other host is refused.
//
//   oauthdesk::test::TestBrowser browser;
//   browser.open(authorizationUrl, env("OAUTHDESK_TEST_CA"), [&](TestBrowser::Result r) { ... });
//   // r.ok, r.loopbackUrl (code/state/iss or error/error_description), r.status, r.body,
//   // r.hops / r.hopsText() for failure messages. URLs in hops carry codes: test use only.
//
// The callback runs on the event loop (never inside open()). One open() at a time per object;
// the cookie jar is kept between calls (a second authorization reuses the AS session).
//
// Glewlwyd (tests/live/with-glewlwyd.sh, OAUTHDESK_TEST_AS_KIND=glewlwyd) has no login form
// here: its authorization endpoint redirects to {external_url}/login.html?client_id=...&scope=
// ...&callback_url=<the authorization request>, a JavaScript page. The browser does what that
// page does, through Glewlwyd's login API (OAUTHDESK_TEST_LOGIN_API, OAUTHDESK_TEST_USER,
// OAUTHDESK_TEST_PASSWORD): POST {api}/auth/ {"username","password"} (the password scheme; the
// session cookie goes to the jar), PUT {api}/auth/grant/{client_id}/ {"scope":"<the scopes,
// space-separated>"} (the user's consent), then GET callback_url with "g_continue" added. Each
// of the three is a hop. Any other AS kind: no such step.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <utility>

namespace oauthdesk::test {

class TestBrowser
{
public:
    /// One request of the walk.
    struct Hop
    {
        QUrl url; ///< the URL requested
        int status = 0; ///< HTTP status, 0 if there was no HTTP answer
        QUrl location; ///< resolved Location of a redirect, else empty
        QString error; ///< network/TLS error text, else empty
    };

    struct Result
    {
        /// True when a loopback listener was reached and answered over HTTP (any status).
        bool ok = false;
        /// Why the walk did not reach a listener (TLS error, too many redirects, a page that
        /// does not redirect, a listener that did not answer ...); empty when ok.
        QString error;
        /// The URL handed to the loopback listener (e.g.
        /// http://127.0.0.1:<port>/callback?code=...).
        QUrl loopbackUrl;
        /// Status and body of the last response: the listener's, or the page the walk stopped at.
        int status = 0;
        QByteArray body;
        QList<Hop> hops;

        /// Query item of loopbackUrl, decoded as application/x-www-form-urlencoded ("+" is a
        /// space, as in the AS's redirects), e.g. "code", "state", "error", "error_description".
        QString callbackParam(const QString &name) const
        {
            QString value = QUrlQuery(loopbackUrl).queryItemValue(name, QUrl::FullyEncoded);
            value.replace(QLatin1Char('+'), QLatin1String("%20"));
            return QUrl::fromPercentEncoding(value.toLatin1());
        }

        /// One line per hop, for failure messages: "GET <url> -> <status> [-> <location>] [error]".
        /// Authorization codes and tokens in the URLs are replaced by "<redacted>".
        QString hopsText() const
        {
            QStringList lines;
            for (const Hop &h : hops) {
                QString line = QStringLiteral("GET %1 -> %2")
                                   .arg(redacted(h.url), QString::number(h.status));
                if (!h.location.isEmpty())
                    line += QStringLiteral(" -> %1").arg(redacted(h.location));
                if (!h.error.isEmpty())
                    line += QStringLiteral(" [%1]").arg(h.error);
                lines.append(line);
            }
            if (!error.isEmpty())
                lines.append(QStringLiteral("error: %1").arg(error));
            return lines.join(QLatin1Char('\n'));
        }
    };

    /// The URL as a string with the values of code, token and secret parameters (query and
    /// fragment) replaced by "<redacted>", for logs and failure messages.
    static QString redacted(const QUrl &url)
    {
        static const QStringList secretNames {
            QStringLiteral("code"),
            QStringLiteral("access_token"),
            QStringLiteral("id_token"),
            QStringLiteral("refresh_token"),
            QStringLiteral("client_secret"),
            QStringLiteral("code_verifier"),
        };
        const auto scrub = [](QUrlQuery query) {
            const auto items = query.queryItems(QUrl::FullyEncoded);
            for (const auto &item : items) {
                if (secretNames.contains(item.first)) {
                    query.removeAllQueryItems(item.first);
                    query.addQueryItem(item.first, QStringLiteral("<redacted>"));
                }
            }
            return query;
        };
        QUrl copy = url;
        if (copy.hasQuery())
            copy.setQuery(scrub(QUrlQuery(copy)));
        if (copy.hasFragment())
            copy.setFragment(
                scrub(QUrlQuery(copy.fragment(QUrl::FullyEncoded))).toString(QUrl::FullyEncoded),
                QUrl::TolerantMode);
        return copy.toString();
    }

    static constexpr int kMaxHops = 20;
    static constexpr int kTimeoutMs = 15000;

    /// Glewlwyd's API login (see the top of this file); empty api: none.
    struct ApiLogin
    {
        QUrl api; ///< e.g. https://127.0.0.1:<port>/api
        QString username;
        QString password;
    };

    /// The login from OAUTHDESK_TEST_AS_KIND=glewlwyd, OAUTHDESK_TEST_LOGIN_API,
    /// OAUTHDESK_TEST_USER and OAUTHDESK_TEST_PASSWORD; none for any other AS kind.
    static ApiLogin apiLoginFromEnvironment()
    {
        if (qEnvironmentVariable("OAUTHDESK_TEST_AS_KIND") != QLatin1String("glewlwyd"))
            return {};
        return { QUrl(qEnvironmentVariable("OAUTHDESK_TEST_LOGIN_API")),
            qEnvironmentVariable("OAUTHDESK_TEST_USER"),
            qEnvironmentVariable("OAUTHDESK_TEST_PASSWORD") };
    }

    TestBrowser()
        : m_login(apiLoginFromEnvironment())
    {
        m_nam.setCookieJar(new QNetworkCookieJar(&m_nam));
    }
    TestBrowser(const TestBrowser &) = delete;
    TestBrowser &operator=(const TestBrowser &) = delete;

    QNetworkCookieJar *cookieJar() const { return m_nam.cookieJar(); }

    /// True for a plain-http URL on a loopback host: the application's redirect listener.
    static bool isLoopbackListener(const QUrl &url)
    {
        if (url.scheme() != QLatin1String("http"))
            return false;
        const QString host = url.host();
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
            return true;
        const QHostAddress address(host);
        return !address.isNull() && address.isLoopback();
    }

    void open(const QUrl &url, const QString &caBundlePath, std::function<void(Result)> done)
    {
        auto walk = std::make_shared<Walk>();
        walk->done = std::move(done);

        QSslConfiguration tls = QSslConfiguration::defaultConfiguration(); // system CAs
        if (!caBundlePath.isEmpty()) {
            const QList<QSslCertificate> extra = QSslCertificate::fromPath(caBundlePath, QSsl::Pem);
            if (extra.isEmpty()) {
                walk->result.error
                    = QStringLiteral("no PEM certificate could be read from the CA bundle %1")
                          .arg(caBundlePath);
                finishLater(walk);
                return;
            }
            tls.addCaCertificates(extra);
        }
        walk->tls = tls;
        step(walk, url);
    }

private:
    struct Walk
    {
        std::function<void(Result)> done;
        QSslConfiguration tls;
        Result result;
    };

    QNetworkAccessManager m_nam;
    ApiLogin m_login;

    /// Glewlwyd's login page: same origin as its API, path ending in /login.html, with a
    /// callback_url (the authorization request to continue).
    bool isApiLoginPage(const QUrl &url) const
    {
        return !m_login.api.isEmpty() && url.scheme() == m_login.api.scheme()
            && url.host() == m_login.api.host() && url.port() == m_login.api.port()
            && url.path().endsWith(QLatin1String("/login.html"))
            && QUrlQuery(url).hasQueryItem(QStringLiteral("callback_url"));
    }

    QUrl apiUrl(const QString &path) const
    {
        QUrl url = m_login.api;
        url.setPath(url.path() + path);
        return url;
    }

    /// One JSON call of the API login; next(ok) after it was recorded as a hop.
    void apiCall(const std::shared_ptr<Walk> &walk, const QByteArray &verb, const QUrl &url,
        const QJsonObject &body, std::function<void()> next)
    {
        QNetworkRequest request(url);
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(kTimeoutMs);
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setSslConfiguration(walk->tls);
        QNetworkReply *reply = m_nam.sendCustomRequest(
            request, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
        auto sslErrors = std::make_shared<QStringList>();
        QObject::connect(
            reply, &QNetworkReply::sslErrors, reply, [sslErrors](const QList<QSslError> &errors) {
                for (const QSslError &e : errors)
                    sslErrors->append(e.errorString()); // recorded, not ignored: the reply fails
            });
        QObject::connect(reply, &QNetworkReply::finished, &m_nam,
            [this, walk, reply, url, verb, next = std::move(next), sslErrors] {
                reply->deleteLater();
                Hop hop;
                hop.url = url;
                hop.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray body = reply->readAll();
                if (hop.status == 0) {
                    hop.error = reply->errorString();
                    if (!sslErrors->isEmpty())
                        hop.error += QStringLiteral(" (TLS: %1)")
                                         .arg(sslErrors->join(QStringLiteral("; ")));
                }
                walk->result.hops.append(hop);
                if (hop.status != 200) {
                    walk->result.status = hop.status;
                    walk->result.body = body;
                    walk->result.error
                        = QStringLiteral("the login API refused %1 %2: HTTP %3 %4")
                              .arg(QString::fromLatin1(verb), url.toString(),
                                  QString::number(hop.status),
                                  hop.error.isEmpty() ? QString::fromUtf8(body.left(300))
                                                      : hop.error);
                    finishLater(walk);
                    return;
                }
                next();
            });
    }

    /// What Glewlwyd's login.html does: log in with the password scheme, grant the scopes,
    /// continue the authorization request.
    void apiLogin(const std::shared_ptr<Walk> &walk, const QUrl &loginPage)
    {
        const QUrlQuery query(loginPage);
        const QString clientId
            = query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        QString scope = query.queryItemValue(QStringLiteral("scope"), QUrl::FullyEncoded);
        scope.replace(QLatin1Char('+'), QLatin1String("%20"));
        scope = QUrl::fromPercentEncoding(scope.toLatin1());
        QUrl callback
            = QUrl(query.queryItemValue(QStringLiteral("callback_url"), QUrl::FullyDecoded));
        if (clientId.isEmpty() || !callback.isValid()) {
            walk->result.error
                = QStringLiteral("the login page %1 names no client_id or callback_url")
                      .arg(loginPage.toString());
            finishLater(walk);
            return;
        }
        QUrlQuery callbackQuery(callback);
        callbackQuery.addQueryItem(QStringLiteral("g_continue"), QString());
        callback.setQuery(callbackQuery);
        const QJsonObject credentials { { QStringLiteral("username"), m_login.username },
            { QStringLiteral("password"), m_login.password } };
        apiCall(walk, "POST", apiUrl(QStringLiteral("/auth/")), credentials,
            [this, walk, clientId, scope, callback] {
                apiCall(walk, "PUT",
                    apiUrl(QStringLiteral("/auth/grant/%1/")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(clientId)))),
                    { { QStringLiteral("scope"), scope } },
                    [this, walk, callback] { step(walk, callback); });
            });
    }

    void finishLater(const std::shared_ptr<Walk> &walk)
    {
        // Always asynchronous, also when open() fails at once.
        QMetaObject::invokeMethod(
            &m_nam, [walk] { walk->done(std::move(walk->result)); }, Qt::QueuedConnection);
    }

    void step(const std::shared_ptr<Walk> &walk, const QUrl &url)
    {
        const bool listener = isLoopbackListener(url);
        if (!listener && url.scheme() != QLatin1String("https")) {
            walk->result.error = url.scheme() == QLatin1String("http")
                ? QStringLiteral("refusing plain http to a non-loopback host: %1")
                      .arg(url.toString())
                : QStringLiteral("cannot open a %1: URL: %2").arg(url.scheme(), url.toString());
            finishLater(walk);
            return;
        }
        if (walk->result.hops.size() >= kMaxHops) {
            walk->result.error = QStringLiteral("more than %1 redirects").arg(kMaxHops);
            finishLater(walk);
            return;
        }

        QNetworkRequest request(url);
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(kTimeoutMs);
        request.setRawHeader("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
        if (url.scheme() == QLatin1String("https"))
            request.setSslConfiguration(walk->tls);
        if (listener)
            walk->result.loopbackUrl = url;

        QNetworkReply *reply = m_nam.get(request);
        auto sslErrors = std::make_shared<QStringList>();
        QObject::connect(
            reply, &QNetworkReply::sslErrors, reply, [sslErrors](const QList<QSslError> &errors) {
                for (const QSslError &e : errors)
                    sslErrors->append(e.errorString()); // recorded, not ignored: the reply fails
            });
        QObject::connect(
            reply, &QNetworkReply::finished, &m_nam, [this, walk, reply, url, listener, sslErrors] {
                reply->deleteLater();
                Hop hop;
                hop.url = url;
                hop.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray body = reply->readAll();
                if (hop.status == 0) {
                    hop.error = reply->errorString();
                    if (!sslErrors->isEmpty())
                        hop.error += QStringLiteral(" (TLS: %1)")
                                         .arg(sslErrors->join(QStringLiteral("; ")));
                    walk->result.hops.append(hop);
                    walk->result.error = listener
                        ? QStringLiteral("the loopback listener did not answer: %1").arg(hop.error)
                        : QStringLiteral("request failed: %1").arg(hop.error);
                    finishLater(walk);
                    return;
                }
                walk->result.status = hop.status;
                walk->result.body = body;

                const bool redirect = hop.status == 301 || hop.status == 302 || hop.status == 303
                    || hop.status == 307 || hop.status == 308;
                const QByteArray location = reply->rawHeader("Location");
                if (!listener && redirect && !location.isEmpty()) {
                    hop.location = url.resolved(QUrl::fromEncoded(location));
                    walk->result.hops.append(hop);
                    if (isApiLoginPage(hop.location)) {
                        apiLogin(walk, hop.location);
                        return;
                    }
                    step(walk, hop.location);
                    return;
                }
                walk->result.hops.append(hop);
                if (listener) {
                    walk->result.ok = true;
                } else {
                    walk->result.error = redirect
                        ? QStringLiteral("redirect %1 without a Location from %2")
                              .arg(QString::number(hop.status), url.toString())
                        : QStringLiteral("stopped at %1 (HTTP %2, no redirect)")
                              .arg(url.toString(), QString::number(hop.status));
                }
                finishLater(walk);
            });
    }
};

} // namespace oauthdesk::test
