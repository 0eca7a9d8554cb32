// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/HttpExchange.h"

#include "model/Environment.h"
#include "oauth/Redaction.h"
#include "policy/Validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace oauthdesk {

namespace {

const QByteArray kRedacted = "<redacted>";

// The one redaction (oauth/Redaction.h): on screen and in curl a secret is blanked whole.
QByteArray redactJson(const QByteArray &body, const QList<QByteArray> &secretMembers)
{
    return redactedJsonMembers(body, secretMembers, kRedacted, JwtRedaction::Whole);
}

QByteArray redactForm(const QByteArray &body, const QList<QByteArray> &secretFields)
{
    return redactedFormFields(body, secretFields, kRedacted, JwtRedaction::Whole);
}

QByteArray headerValue(
    const HttpRequest &r, const QPair<QByteArray, QByteArray> &h, bool includeSecrets)
{
    for (const QByteArray &secret : r.secretHeaders) {
        if (!includeSecrets && h.first.compare(secret, Qt::CaseInsensitive) == 0)
            return redactedHeaderValue(h.second, kRedacted, JwtRedaction::Whole);
    }
    return h.second;
}

QString shellQuote(const QByteArray &s)
{
    QByteArray q = s;
    q.replace('\'', "'\\''");
    return QString::fromUtf8("'" + q + "'");
}

} // namespace

QByteArray HttpExchange::responseHeader(const QByteArray &name) const
{
    for (const auto &h : responseHeaders) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString HttpExchange::requestText(bool includeSecrets) const
{
    const QUrl &u = request.url;
    QByteArray path = u.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    if (u.hasQuery())
        path += '?' + u.query(QUrl::FullyEncoded).toUtf8();
    QByteArray text
        = request.method + ' ' + path + " HTTP/1.1\nHost: " + u.authority().toUtf8() + '\n';
    for (const auto &h : request.headers)
        text += h.first + ": " + headerValue(request, h, includeSecrets) + '\n';
    if (!request.body.isEmpty())
        text += '\n'
            + (includeSecrets ? request.body : redactForm(request.body, request.secretFormFields));
    return QString::fromUtf8(text);
}

QString HttpExchange::responseText() const
{
    if (status == 0)
        return transportError ? transportError->message : QString();
    QByteArray text = "HTTP " + QByteArray::number(status) + ' ' + reason + '\n';
    for (const auto &h : responseHeaders)
        text += h.first + ": " + h.second + '\n';
    text += '\n'
        + (request.secretResponseMembers.isEmpty()
                ? responseBody
                : redactJson(responseBody, request.secretResponseMembers));
    if (oversized)
        text += "\n… (cut off: the answer was larger than OAuthDesk accepts)";
    return QString::fromUtf8(text);
}

QString HttpExchange::curl(bool includeSecrets, const QString &caBundle) const
{
    QStringList parts { QStringLiteral("curl") };
    if (request.method != "GET" || !request.body.isEmpty())
        parts << QStringLiteral("-X") << QString::fromLatin1(request.method);
    if (!caBundle.isEmpty())
        parts << QStringLiteral("--cacert") << shellQuote(caBundle.toUtf8());
    for (const auto &h : request.headers)
        parts << QStringLiteral("-H")
              << shellQuote(h.first + ": " + headerValue(request, h, includeSecrets));
    if (!request.body.isEmpty()) {
        const QByteArray body
            = includeSecrets ? request.body : redactForm(request.body, request.secretFormFields);
        parts << QStringLiteral("--data-raw") << shellQuote(body);
    }
    parts << shellQuote(request.url.toString(QUrl::FullyEncoded).toUtf8());
    return parts.join(QLatin1Char(' '));
}

namespace {

OAuthErrorAnswer errorAnswer(
    QString prefix, const QString &code, const QString &description, const QString &uri)
{
    OAuthErrorAnswer a;
    a.code = code.left(100);
    a.description = description.left(300);
    a.uri = uri.left(300);
    QStringList parts;
    if (!prefix.isEmpty())
        parts.append(std::move(prefix));
    if (!a.code.isEmpty())
        parts.append(QStringLiteral("error=") + a.code);
    if (!a.description.isEmpty())
        parts.append(QStringLiteral("error_description=") + a.description);
    if (!a.uri.isEmpty())
        parts.append(QStringLiteral("error_uri=") + a.uri);
    a.detail = parts.join(QStringLiteral(", "));
    return a;
}

} // namespace

OAuthErrorAnswer oauthErrorAnswer(const HttpExchange &ex)
{
    const QJsonObject o = QJsonDocument::fromJson(ex.responseBody).object();
    return errorAnswer(QStringLiteral("HTTP %1").arg(ex.status),
        o.value(QLatin1String("error")).toString(),
        o.value(QLatin1String("error_description")).toString(),
        o.value(QLatin1String("error_uri")).toString());
}

OAuthErrorAnswer oauthErrorAnswer(
    const QString &error, const QString &description, const QString &uri)
{
    return errorAnswer({}, error, description, uri);
}

Result<void> appendExtraHeaders(HttpRequest &request, const QList<ExtraHeader> &headers)
{
    for (const ExtraHeader &h : headers) {
        const QString field = QStringLiteral("headers");
        if (auto p = checkHeaderName(h.name, field))
            return fail(ErrorCode::InvalidInput,
                p->message + QLatin1Char(' ')
                    + QCoreApplication::translate(
                        "oauthdesk::HttpExchange", "Fix it in Settings → Environments."));
        if (auto p = checkHeaderValue(h.value, field))
            return fail(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(h.name, p->message));
        request.headers.emplace_back(h.name.toUtf8(), h.value.toUtf8());
    }
    return {};
}

QByteArray formEncode(const QByteArray &value)
{
    // RFC 6749 Appendix B: the application/x-www-form-urlencoded serialisation.
    QByteArray out = value.toPercentEncoding(QByteArrayLiteral(" "), QByteArrayLiteral("~"));
    out.replace(' ', '+');
    return out;
}

QByteArray formBody(const QList<QPair<QByteArray, QByteArray>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += formEncode(name) + '=' + formEncode(value);
    }
    return out;
}

} // namespace oauthdesk
