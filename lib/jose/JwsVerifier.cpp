// SPDX-License-Identifier: GPL-3.0-or-later
#include "jose/JwsVerifier.h"

#include "jose/Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>
#include <cjose/header.h>
#include <cjose/jwk.h>
#include <cjose/jws.h>
#include <memory>
#include <openssl/err.h>
#include <optional>

namespace oauthdesk {

namespace {

// cjose objects have one owner each (docs/architecture.md "OpenSSL ownership").
using CjoseJwk = std::unique_ptr<cjose_jwk_t, decltype(&cjose_jwk_release)>;
using CjoseJws = std::unique_ptr<cjose_jws_t, decltype(&cjose_jws_release)>;

const QString kSetName = QStringLiteral("the AS's JWKS");

enum class KeyFamily { Rsa, EcP256 };

// RFC 7518 §3.1: the algs OAuthDesk checks, and the key type each needs.
std::optional<KeyFamily> keyFamilyFor(const QString &alg)
{
    if (alg == QLatin1String("RS256") || alg == QLatin1String("PS256"))
        return KeyFamily::Rsa;
    if (alg == QLatin1String("ES256"))
        return KeyFamily::EcP256;
    return std::nullopt;
}

// The one mapping of cjose's error and the OpenSSL queue behind it into detail text. cjose calls
// libcrypto on this thread, so the queue holds OpenSSL's own reason for a failure.
QString cjoseErrorText(const cjose_err &err)
{
    QString text = QStringLiteral("cjose: %1 in %2")
                       .arg(QString::fromUtf8(err.message ? err.message : "no message"),
                           QString::fromUtf8(err.function ? err.function : "<unknown>"));
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256] = {};
        ERR_error_string_n(code, buffer, sizeof buffer);
        text += QStringLiteral("; OpenSSL: ") + QString::fromUtf8(buffer);
    }
    return text;
}

SignatureCheck makeCheck(
    SignatureStatus status, const DecodedJwt &jwt, QString message, QString detail = {})
{
    return SignatureCheck { status, jwt.alg, jwt.kid, std::move(message), std::move(detail) };
}

struct SetKey
{
    QJsonObject json;
    qsizetype index = 0;
    QString kid;

    QString label() const
    {
        return kid.isEmpty() ? QStringLiteral("#%1 (no kid)").arg(index + 1) : kid;
    }
};

QString kidList(const QList<SetKey> &keys)
{
    QStringList kids;
    for (const SetKey &key : keys) {
        if (!key.kid.isEmpty())
            kids.append(key.kid);
    }
    if (keys.isEmpty())
        return QStringLiteral("it has no keys");
    if (kids.isEmpty())
        return QStringLiteral("its keys have no kid");
    return QStringLiteral("kids: ") + kids.join(QStringLiteral(", "));
}

// Why @p key may not check a token signed with @p alg; empty when it may.
QString unfitReason(const QJsonObject &key, const QString &alg, KeyFamily family)
{
    // RFC 7517 §4.2: "use" says what the key is for; only "sig" keys check signatures.
    const QJsonValue use = key.value(QLatin1String("use"));
    if (!use.isUndefined() && use.toString() != QLatin1String("sig"))
        return QStringLiteral("it is marked use \"%1\", not \"sig\"").arg(use.toString());
    // RFC 7517 §4.4: a key that names its alg is for that alg only.
    const QJsonValue keyAlg = key.value(QLatin1String("alg"));
    if (!keyAlg.isUndefined() && keyAlg.toString() != alg)
        return QStringLiteral("it is for %1, not %2").arg(keyAlg.toString(), alg);
    // RFC 8725 §3.1: the alg must fit the key type, or a key could be used against its design.
    const QString kty = key.value(QLatin1String("kty")).toString();
    if (family == KeyFamily::Rsa && kty != QLatin1String("RSA"))
        return QStringLiteral("it is a \"%1\" key; %2 needs an RSA key").arg(kty, alg);
    if (family == KeyFamily::EcP256
        && (kty != QLatin1String("EC")
            || key.value(QLatin1String("crv")).toString() != QLatin1String("P-256")))
        return QStringLiteral("it is a \"%1\" key; %2 needs an EC P-256 key")
            .arg(kty == QLatin1String("EC")
                    ? kty + QLatin1Char(' ') + key.value(QLatin1String("crv")).toString()
                    : kty,
                alg);
    return {};
}

std::optional<QByteArray> memberBytes(const QJsonObject &key, const char *name)
{
    const QJsonValue value = key.value(QLatin1String(name));
    if (!value.isString())
        return std::nullopt;
    return decodeBase64UrlStrict(value.toString().toLatin1());
}

// Checks the public members ourselves (sizes, strict base64url), then hands cjose only those:
// no "d", "x5c" or other member reaches its parser.
Result<CjoseJwk> importKey(const QJsonObject &key, KeyFamily family)
{
    QJsonObject minimal;
    if (family == KeyFamily::Rsa) {
        const std::optional<QByteArray> n = memberBytes(key, "n");
        const std::optional<QByteArray> e = memberBytes(key, "e");
        if (!n || !e || e->isEmpty())
            return fail(ErrorCode::InvalidInput,
                QStringLiteral("the RSA key's \"n\" or \"e\" is missing or not base64url"),
                QStringLiteral("RFC 7518 §6.3.1"));
        qsizetype first = 0;
        while (first < n->size() && n->at(first) == '\0')
            ++first;
        qsizetype bits = (n->size() - first) * 8;
        if (first < n->size()) {
            for (auto top = static_cast<unsigned char>(n->at(first)); !(top & 0x80); top <<= 1)
                --bits;
        }
        if (bits < 2048 || bits > 8192)
            return fail(ErrorCode::InvalidInput,
                QStringLiteral("the RSA key is %1 bits; OAuthDesk accepts 2048 to 8192").arg(bits),
                QStringLiteral("modulus %1 bits").arg(bits));
        minimal.insert(QLatin1String("kty"), QLatin1String("RSA"));
        minimal.insert(QLatin1String("n"), key.value(QLatin1String("n")));
        minimal.insert(QLatin1String("e"), key.value(QLatin1String("e")));
    } else {
        const std::optional<QByteArray> x = memberBytes(key, "x");
        const std::optional<QByteArray> y = memberBytes(key, "y");
        // RFC 7518 §6.2.1.2: for P-256 each coordinate is exactly 32 octets.
        if (!x || !y || x->size() != 32 || y->size() != 32)
            return fail(ErrorCode::InvalidInput,
                QStringLiteral("the EC key's \"x\" or \"y\" is missing or not a 32-byte "
                               "P-256 coordinate"),
                QStringLiteral("RFC 7518 §6.2.1.2"));
        minimal.insert(QLatin1String("kty"), QLatin1String("EC"));
        minimal.insert(QLatin1String("crv"), QLatin1String("P-256"));
        minimal.insert(QLatin1String("x"), key.value(QLatin1String("x")));
        minimal.insert(QLatin1String("y"), key.value(QLatin1String("y")));
    }
    const QByteArray json = QJsonDocument(minimal).toJson(QJsonDocument::Compact);
    ERR_clear_error();
    cjose_err err {};
    CjoseJwk jwk(cjose_jwk_import(json.constData(), static_cast<size_t>(json.size()), &err),
        &cjose_jwk_release);
    if (!jwk)
        return fail(ErrorCode::InvalidInput,
            QStringLiteral("the key could not be loaded (a point not on the curve, or "
                           "numbers OpenSSL rejects)"),
            cjoseErrorText(err));
    return jwk;
}

struct KeySet
{
    QList<SetKey> keys;
    QString problem; // plain words; empty when the set is usable
    QString detail;
};

KeySet parseKeySet(const QByteArray &jwksJson)
{
    KeySet set;
    if (jwksJson.size() > kMaxJwksSize) {
        set.problem = QStringLiteral("The AS's JWKS is larger than 256 KiB; it was not read.");
        set.detail = QStringLiteral("%1 bytes, limit %2").arg(jwksJson.size()).arg(kMaxJwksSize);
        return set;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(jwksJson, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        set.problem = QStringLiteral("The AS's JWKS is not valid JSON; check the jwks_uri.");
        set.detail = QStringLiteral("%1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return set;
    }
    // RFC 7517 §5: a JSON object whose "keys" member is an array of JWK objects.
    const QJsonValue keys = doc.object().value(QLatin1String("keys"));
    if (!doc.isObject() || !keys.isArray()) {
        set.problem = QStringLiteral("The AS's JWKS has no \"keys\" array; check the jwks_uri.");
        set.detail = QStringLiteral("RFC 7517 §5");
        return set;
    }
    const QJsonArray array = keys.toArray();
    if (array.size() > kMaxJwksKeys) {
        set.problem = QStringLiteral("The AS's JWKS holds %1 keys; OAuthDesk reads at most %2.")
                          .arg(array.size())
                          .arg(kMaxJwksKeys);
        return set;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject()) {
            set.problem
                = QStringLiteral("Entry %1 of the AS's JWKS is not a key object.").arg(i + 1);
            set.detail = QStringLiteral("RFC 7517 §5: \"keys\" is an array of JWK objects");
            set.keys.clear();
            return set;
        }
        const QJsonObject key = array[i].toObject();
        set.keys.append(SetKey { key, i, key.value(QLatin1String("kid")).toString() });
    }
    return set;
}

} // namespace

SignatureCheck verifyJws(const QByteArray &compact, const QByteArray &jwksJson)
{
    const Result<DecodedJwt> decoded = decodeJwt(compact);
    if (!decoded)
        return SignatureCheck { SignatureStatus::Invalid, {}, {},
            QStringLiteral("Not a signed JWT: ") + decoded.error().message,
            decoded.error().detail };
    const DecodedJwt &jwt = *decoded;

    // RFC 8725 §3.1/§3.2: never accept "none", and never treat a public key as an HMAC secret.
    if (jwt.alg == QLatin1String("none"))
        return makeCheck(SignatureStatus::UnsupportedAlgorithm, jwt,
            QStringLiteral("The token is not signed (alg \"none\"); OAuthDesk never "
                           "accepts unsigned tokens."));
    if (jwt.alg.startsWith(QLatin1String("HS")))
        return makeCheck(SignatureStatus::UnsupportedAlgorithm, jwt,
            QStringLiteral("The token uses %1, a shared-secret MAC, not a signature; "
                           "it cannot be checked with the AS's public keys.")
                .arg(jwt.alg));
    const std::optional<KeyFamily> family = keyFamilyFor(jwt.alg);
    if (!family)
        return makeCheck(SignatureStatus::UnsupportedAlgorithm, jwt,
            QStringLiteral("The token is signed with %1; OAuthDesk checks RS256, "
                           "PS256 and ES256.")
                .arg(jwt.alg));

    // RFC 7518 §3.4: ES256 signatures are R||S, 32 octets each; DER (ASN.1) is not JOSE.
    if (*family == KeyFamily::EcP256 && jwt.signature.size() != 64) {
        const bool looksDer = !jwt.signature.isEmpty() && jwt.signature.at(0) == '\x30';
        return makeCheck(SignatureStatus::Invalid, jwt,
            QStringLiteral("Signature does not match: an ES256 signature is 64 bytes "
                           "(R||S) and this one is %1%2.")
                .arg(jwt.signature.size())
                .arg(looksDer ? QStringLiteral(", DER-encoded: the signer did not "
                                               "convert it to the JOSE form")
                              : QString()),
            QStringLiteral("RFC 7518 §3.4"));
    }

    const KeySet set = parseKeySet(jwksJson);
    if (!set.problem.isEmpty())
        return makeCheck(SignatureStatus::BadKeySet, jwt, set.problem, set.detail);

    QList<SetKey> candidates;
    if (!jwt.kid.isEmpty()) {
        QStringList reasons;
        bool kidFound = false;
        for (const SetKey &key : set.keys) {
            if (key.kid != jwt.kid)
                continue;
            kidFound = true;
            const QString reason = unfitReason(key.json, jwt.alg, *family);
            if (reason.isEmpty())
                candidates.append(key);
            else
                reasons.append(reason);
        }
        if (!kidFound)
            return makeCheck(SignatureStatus::NoMatchingKey, jwt,
                QStringLiteral("No key with kid \"%1\" in %2 (%3).")
                    .arg(jwt.kid, kSetName, kidList(set.keys)));
        if (candidates.isEmpty())
            return makeCheck(SignatureStatus::NoMatchingKey, jwt,
                QStringLiteral("The key with kid \"%1\" in %2 cannot check this %3 "
                               "token: %4.")
                    .arg(jwt.kid, kSetName, jwt.alg, reasons.join(QStringLiteral("; "))));
    } else {
        for (const SetKey &key : set.keys) {
            if (unfitReason(key.json, jwt.alg, *family).isEmpty())
                candidates.append(key);
        }
        if (candidates.isEmpty())
            return makeCheck(SignatureStatus::NoMatchingKey, jwt,
                QStringLiteral("The token names no kid and no key in %1 can check "
                               "%2 (%3).")
                    .arg(kSetName, jwt.alg, kidList(set.keys)));
    }

    ERR_clear_error();
    cjose_err err {};
    const CjoseJws jws(
        cjose_jws_import(compact.constData(), static_cast<size_t>(compact.size()), &err),
        &cjose_jws_release);
    if (!jws)
        return makeCheck(SignatureStatus::Invalid, jwt,
            QStringLiteral("The token could not be read for verification."), cjoseErrorText(err));
    // cjose parses the header again (with Jansson): both parsers must see the same alg, or a
    // header with duplicate members could mean one thing to us and another to the verifier.
    const char *cjoseAlg
        = cjose_header_get(cjose_jws_get_protected(jws.get()), CJOSE_HDR_ALG, &err);
    if (!cjoseAlg || QString::fromUtf8(cjoseAlg) != jwt.alg)
        return makeCheck(SignatureStatus::Invalid, jwt,
            QStringLiteral("The token's header is ambiguous (duplicate members?); "
                           "it is not trusted."),
            QStringLiteral("alg %1 vs cjose's %2")
                .arg(jwt.alg, QString::fromUtf8(cjoseAlg ? cjoseAlg : "")));

    QStringList failures;
    QStringList tried;
    for (const SetKey &key : candidates) {
        Result<CjoseJwk> jwk = importKey(key.json, *family);
        if (!jwk) {
            // The header named this key: a broken key is the set's fault, not the token's.
            if (!jwt.kid.isEmpty())
                return makeCheck(SignatureStatus::BadKeySet, jwt,
                    QStringLiteral("The key with kid \"%1\" in %2 cannot be used: "
                                   "%3.")
                        .arg(jwt.kid, kSetName, jwk.error().message),
                    jwk.error().detail);
            // RFC 7517 §5: keys a reader cannot use are ignored.
            failures.append(key.label() + QStringLiteral(": ") + jwk.error().message
                + QStringLiteral(" / ") + jwk.error().detail);
            continue;
        }
        tried.append(key.label());
        ERR_clear_error();
        cjose_err verifyErr {};
        if (cjose_jws_verify(jws.get(), jwk->get(), &verifyErr)) {
            SignatureCheck check = makeCheck(SignatureStatus::Valid, jwt,
                QStringLiteral("Signature valid (%1, key %2 from %3)")
                    .arg(jwt.alg, key.label(), kSetName));
            check.kid = key.kid;
            return check;
        }
        failures.append(key.label() + QStringLiteral(": ") + cjoseErrorText(verifyErr));
    }

    if (tried.isEmpty())
        return makeCheck(SignatureStatus::BadKeySet, jwt,
            QStringLiteral("None of the keys in %1 that fit %2 could be loaded.")
                .arg(kSetName, jwt.alg),
            failures.join(QStringLiteral("\n")));
    const QString which = jwt.kid.isEmpty()
        ? QStringLiteral(" (tried %1)").arg(tried.join(QStringLiteral(", ")))
        : QString();
    return makeCheck(SignatureStatus::Invalid, jwt,
        QStringLiteral("Signature does not match: the token was altered or signed "
                       "by another key")
            + which,
        failures.join(QStringLiteral("\n")));
}

} // namespace oauthdesk
