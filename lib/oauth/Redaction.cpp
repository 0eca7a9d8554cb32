// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/Redaction.h"

#include "jose/Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace oauthdesk {

namespace {

QJsonValue redactJsonValue(const QJsonValue &v, const QList<QByteArray> &members,
    const QByteArray &marker, JwtRedaction jwt, bool &changed)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (members.contains(it.key().toUtf8())) {
                const QByteArray old
                    = it.value().isString() ? it.value().toString().toUtf8() : QByteArray();
                it.value() = QString::fromUtf8(redactedValue(old, marker, jwt));
                changed = true;
            } else if (it.value().isObject() || it.value().isArray()) {
                it.value() = redactJsonValue(it.value(), members, marker, jwt, changed);
            }
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = redactJsonValue(*it, members, marker, jwt, changed);
        return a;
    }
    return v;
}

bool isAlwaysSecretHeader(const QByteArray &name)
{
    static const QList<QByteArray> kNames { "authorization", "proxy-authorization", "cookie",
        "set-cookie", "dpop" };
    return kNames.contains(name.toLower());
}

QList<QByteArray> unite(QList<QByteArray> a, const QList<QByteArray> &b)
{
    for (const QByteArray &x : b) {
        if (!a.contains(x))
            a.append(x);
    }
    return a;
}

} // namespace

QByteArray sharingMarker()
{
    return QByteArrayLiteral("\xC2\xABredacted\xC2\xBB"); // «redacted»
}

QByteArray redactedValue(const QByteArray &value, const QByteArray &marker, JwtRedaction jwt)
{
    if (jwt == JwtRedaction::KeepPayload && value.count('.') == 2 && looksLikeJwt(value))
        return value.left(value.lastIndexOf('.') + 1) + marker;
    return marker;
}

QByteArray redactedHeaderValue(const QByteArray &value, const QByteArray &marker, JwtRedaction jwt)
{
    // Keep the scheme ("Basic", "Bearer") visible: it tells the admin what was sent.
    const qsizetype space = value.indexOf(' ');
    if (space <= 0)
        return redactedValue(value, marker, jwt);
    return value.left(space + 1) + redactedValue(value.mid(space + 1).trimmed(), marker, jwt);
}

QByteArray redactedJsonMembers(const QByteArray &body, const QList<QByteArray> &members,
    const QByteArray &marker, JwtRedaction jwt)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || members.isEmpty())
        return body;
    bool changed = false;
    const QJsonValue out = redactJsonValue(doc.object(), members, marker, jwt, changed);
    return changed ? QJsonDocument(out.toObject()).toJson(QJsonDocument::Compact) : body;
}

QByteArray redactedFormFields(const QByteArray &body, const QList<QByteArray> &fields,
    const QByteArray &marker, JwtRedaction jwt)
{
    if (fields.isEmpty())
        return body;
    if (body.startsWith('{'))
        return redactedJsonMembers(body, fields, marker, jwt);
    QList<QByteArray> parts = body.split('&');
    for (QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        if (fields.contains(QByteArray::fromPercentEncoding(QByteArray(name).replace('+', ' ')))) {
            const QByteArray value = eq < 0
                ? QByteArray()
                : QByteArray::fromPercentEncoding(part.mid(eq + 1).replace('+', ' '));
            part = name + '=' + redactedValue(value, marker, jwt);
        }
    }
    return parts.join('&');
}

const QList<QByteArray> &wellKnownSecretFields()
{
    static const QList<QByteArray> kFields { "client_secret", "client_assertion", "assertion",
        "token", "access_token", "refresh_token", "id_token", "code", "code_verifier",
        "registration_access_token", "software_statement", "subject_token", "actor_token",
        "device_code", "password" };
    return kFields;
}

HttpExchange redactedForSharing(const HttpExchange &exchange)
{
    const QByteArray marker = sharingMarker();
    constexpr JwtRedaction keep = JwtRedaction::KeepPayload;
    HttpExchange ex = exchange;
    HttpRequest &r = ex.request;
    for (auto &h : r.headers) {
        bool secret = isAlwaysSecretHeader(h.first);
        for (const QByteArray &name : std::as_const(r.secretHeaders))
            secret = secret || h.first.compare(name, Qt::CaseInsensitive) == 0;
        if (secret)
            h.second = redactedHeaderValue(h.second, marker, keep);
    }
    const QList<QByteArray> fields
        = unite(unite(r.secretFormFields, r.secretResponseMembers), wellKnownSecretFields());
    r.body = redactedFormFields(r.body, fields, marker, keep);
    if (r.url.hasQuery()) {
        QUrlQuery query(r.url);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
        for (auto &item : items) {
            if (fields.contains(item.first.toUtf8()))
                item.second = QString::fromUtf8(redactedValue(item.second.toUtf8(), marker, keep));
        }
        query.setQueryItems(items);
        r.url.setQuery(query);
    }
    r.secretHeaders.clear();
    r.secretFormFields.clear();
    r.secretResponseMembers.clear();
    r.clientKeyPkcs8Der.reset();
    for (auto &h : ex.responseHeaders) {
        if (isAlwaysSecretHeader(h.first))
            h.second = marker;
    }
    ex.responseBody = redactedJsonMembers(ex.responseBody, fields, marker, keep);
    return ex;
}

QByteArray scrubSecrets(QByteArray text, const QList<QByteArray> &secrets, const QByteArray &marker)
{
    for (const QByteArray &secret : secrets) {
        if (secret.size() < 8)
            continue;
        QList<QByteArray> spellings { secret, secret.toBase64(),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            secret.toHex(), secret.toPercentEncoding(), formEncode(secret) };
        for (const QByteArray &s : std::as_const(spellings)) {
            if (!s.isEmpty())
                text.replace(s, marker);
        }
    }
    return text;
}

} // namespace oauthdesk
