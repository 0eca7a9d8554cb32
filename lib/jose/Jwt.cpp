// SPDX-License-Identifier: GPL-3.0-or-later
#include "jose/Jwt.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>

namespace oauthdesk {

namespace {

// -1 for a character outside the URL-safe alphabet (RFC 4648 §5).
int base64UrlValue(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-')
        return 62;
    if (c == '_')
        return 63;
    return -1;
}

struct Base64UrlDecode
{
    QByteArray bytes;
    QString problem; // empty on success; the technical reason otherwise
};

Base64UrlDecode decodeBase64Url(QByteArrayView text)
{
    Base64UrlDecode out;
    // A single leftover character carries only 6 bits: not a whole byte (RFC 4648 §4).
    if (text.size() % 4 == 1) {
        out.problem
            = QStringLiteral("length %1 is not a possible base64url length").arg(text.size());
        return out;
    }
    out.bytes.reserve(text.size() * 3 / 4);
    quint32 buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const int v = base64UrlValue(c);
        if (v < 0) {
            // RFC 7515 §2: base64url "with all trailing '=' characters omitted".
            out.problem = c == '='
                ? QStringLiteral("'=' padding at offset %1 (RFC 7515 §2 omits padding)").arg(i)
                : QStringLiteral("character 0x%1 at offset %2 is not in the base64url "
                                 "alphabet")
                      .arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'))
                      .arg(i);
            out.bytes.clear();
            return out;
        }
        buffer = (buffer << 6) | static_cast<quint32>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.bytes.append(static_cast<char>((buffer >> bits) & 0xFF));
        }
    }
    // The unused low bits of the last character must be zero, so each byte string has exactly
    // one encoding (RFC 4648 §3.5).
    if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0) {
        out.problem = QStringLiteral("non-zero trailing bits in the last character");
        out.bytes.clear();
    }
    return out;
}

const char *partName(int index)
{
    static const char *const names[] = { "header", "payload", "signature" };
    return names[index];
}

Result<QJsonObject> parseJsonObject(const QByteArray &json, int partIndex)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QString part = QString::fromLatin1(partName(partIndex));
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput,
            QStringLiteral("The token's %1 is not valid JSON.").arg(part),
            QStringLiteral("%1: %2 at offset %3")
                .arg(part, parseError.errorString())
                .arg(parseError.offset));
    if (!doc.isObject())
        return fail(ErrorCode::InvalidInput,
            QStringLiteral("The token's %1 is JSON but not a JSON object.").arg(part),
            QStringLiteral("%1: RFC 7519 §7.2 wants a JSON object").arg(part));
    return doc.object();
}

} // namespace

std::optional<QByteArray> decodeBase64UrlStrict(QByteArrayView text)
{
    Base64UrlDecode decoded = decodeBase64Url(text);
    if (!decoded.problem.isEmpty())
        return std::nullopt;
    return std::move(decoded.bytes);
}

bool looksLikeJwt(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > kMaxJwtSize)
        return false;
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return false;
    for (const QByteArray &part : parts) {
        if (!decodeBase64Url(part).problem.isEmpty())
            return false;
    }
    const std::optional<QByteArray> header = decodeBase64UrlStrict(parts[0]);
    const QJsonDocument doc = QJsonDocument::fromJson(header.value_or(QByteArray()));
    return doc.isObject() && doc.object().value(QLatin1String("alg")).isString();
}

Result<DecodedJwt> decodeJwt(const QByteArray &compact)
{
    if (compact.size() > kMaxJwtSize)
        return fail(ErrorCode::InvalidInput,
            QStringLiteral("The token is larger than 64 KiB; that is not a token an "
                           "authorization server issues, so it was not decoded."),
            QStringLiteral("%1 bytes, limit %2").arg(compact.size()).arg(kMaxJwtSize));

    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3) {
        // RFC 7516 §7.1: the compact JWE has five parts.
        const QString hint = parts.size() == 5
            ? QStringLiteral(" It has five, like an encrypted token (JWE), which OAuthDesk "
                             "cannot read.")
            : QString();
        return fail(ErrorCode::InvalidInput,
            QStringLiteral("The token does not have the three dot-separated parts of a "
                           "signed JWT (header.payload.signature).")
                + hint,
            QStringLiteral("%1 part(s), RFC 7515 §7.1 wants 3").arg(parts.size()));
    }

    QByteArray decoded[3];
    for (int i = 0; i < 3; ++i) {
        Base64UrlDecode part = decodeBase64Url(parts[i]);
        if (!part.problem.isEmpty())
            return fail(ErrorCode::InvalidInput,
                QStringLiteral("The token's %1 is not valid base64url; the token was "
                               "probably truncated or changed in transit.")
                    .arg(QString::fromLatin1(partName(i))),
                QStringLiteral("%1: %2").arg(QString::fromLatin1(partName(i)), part.problem));
        decoded[i] = std::move(part.bytes);
    }

    DecodedJwt jwt;
    Result<QJsonObject> header = parseJsonObject(decoded[0], 0);
    if (!header)
        return std::unexpected(header.error());
    jwt.header = std::move(*header);
    const QJsonValue alg = jwt.header.value(QLatin1String("alg"));
    if (!alg.isString())
        return fail(ErrorCode::InvalidInput,
            QStringLiteral("The token's header does not say how it was signed (no "
                           "\"alg\")."),
            QStringLiteral("header: \"alg\" missing or not a string (RFC 7515 §4.1.1)"));
    jwt.alg = alg.toString();
    jwt.kid = jwt.header.value(QLatin1String("kid")).toString();

    Result<QJsonObject> claims = parseJsonObject(decoded[1], 1);
    if (!claims)
        return std::unexpected(claims.error());
    jwt.claims = std::move(*claims);

    jwt.signingInput = compact.left(parts[0].size() + 1 + parts[1].size());
    jwt.signature = std::move(decoded[2]);
    return jwt;
}

} // namespace oauthdesk
