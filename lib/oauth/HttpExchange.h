// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "secrets/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

namespace oauthdesk {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP request as OAuthDesk sends it. Secrets travel in it (Authorization, client_secret in
/// a form body, a bearer token) and are named, so that every rendering for a person or a file
/// redacts them unless explicitly asked not to.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    QList<QByteArray> secretHeaders; ///< header names whose values are secret
    QList<QByteArray>
        secretFormFields; ///< form fields (or JSON body members) whose values are secret
    /// JSON members of the answer shown redacted in responseText() (a registration's client_secret)
    QList<QByteArray> secretResponseMembers;
    int timeoutMs = 15000; ///< inactivity: no byte for this long ends the request
    /// Overall: the whole exchange, however it trickles, ends by then (0: the Transport's
    /// deadline, 30 s by default).
    int deadlineMs = 0;
    qint64 maxResponseBytes = 1024 * 1024; ///< larger answers are cut off and reported
    /// Mutual TLS (RFC 8705): the client certificate (DER, leaf first) and its PKCS#8 private
    /// key, presented in the handshake. Empty: no client certificate.
    QList<QByteArray> clientCertificateChainDer;
    std::shared_ptr<const SecretBytes> clientKeyPkcs8Der;
};

/// A request and what came back, recorded for display: the raw exchange in the result pane and
/// the equivalent curl command. Lives in memory only.
struct HttpExchange
{
    HttpRequest request;
    int status = 0; ///< 0 when no HTTP answer arrived
    QByteArray reason;
    HttpHeaders responseHeaders;
    QByteArray responseBody;
    bool oversized = false;
    qint64 elapsedMs = 0;
    QString tls; ///< protocol, cipher and the server certificate's subject, when TLS was used
    QList<QByteArray> peerCertificateChainDer; ///< the server's certificate chain as it presented
                                               ///< it (DER, leaf first)
    std::optional<Error> transportError; ///< TLS, timeout, connection: no usable HTTP answer

    [[nodiscard]] QByteArray responseHeader(const QByteArray &name) const;
    /// The request as text ("POST /token HTTP/1.1", headers, body), secrets redacted unless asked.
    [[nodiscard]] QString requestText(bool includeSecrets = false) const;
    [[nodiscard]] QString responseText() const;
    /// The same request as a curl command line (POSIX shell quoting), secrets redacted as
    /// "<redacted>" unless @p includeSecrets; @p caBundle adds --cacert.
    [[nodiscard]] QString curl(bool includeSecrets = false, const QString &caBundle = {}) const;
};

/// An answer in the OAuth error shape: its "error" (at most 100 characters), its
/// "error_description" and "error_uri" (at most 300 each), and all of them as one line for
/// Error::detail ("HTTP 400, error=…, error_description=…"). Empty members when absent. The one
/// reader of OAuth error answers, back channel and front channel alike.
struct OAuthErrorAnswer
{
    QString code;
    QString description;
    QString uri;
    QString detail;
};
/// A back-channel answer's JSON body (RFC 6749 §5.2, RFC 7591 §3.2.2), with its HTTP status.
[[nodiscard]] OAuthErrorAnswer oauthErrorAnswer(const HttpExchange &exchange);
/// An error sent back through the browser (RFC 6749 §4.1.2.1): the redirect's parameters.
[[nodiscard]] OAuthErrorAnswer oauthErrorAnswer(
    const QString &error, const QString &description, const QString &uri);

struct ExtraHeader;
/// Adds an environment's extra headers to @p request, each checked again (the store is input
/// too): a bad name or value is refused with the header named, never sent.
[[nodiscard]] Result<void> appendExtraHeaders(
    HttpRequest &request, const QList<ExtraHeader> &headers);

/// application/x-www-form-urlencoded (WHATWG / RFC 6749 Appendix B): space as '+', everything
/// outside ALPHA / DIGIT / "-._*" percent-encoded.
[[nodiscard]] QByteArray formEncode(const QByteArray &value);
[[nodiscard]] QByteArray formBody(const QList<QPair<QByteArray, QByteArray>> &fields);

} // namespace oauthdesk
