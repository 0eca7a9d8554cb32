// SPDX-License-Identifier: GPL-3.0-or-later
#include "jose/Jwk.h"

#include "pki/OpenSsl.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <memory>
#include <openssl/bn.h>
#include <openssl/core_names.h>

namespace oauthdesk {

namespace {

struct BnFree
{
    void operator()(BIGNUM *b) const { BN_free(b); }
};
using Bn = std::unique_ptr<BIGNUM, BnFree>;

struct JwkText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Jwk)
};

Result<QByteArray> bnParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return std::unexpected(openSslError(ErrorCode::Internal,
            JwkText::tr("The key's %1 could not be read.").arg(QString::fromLatin1(name))));
    Bn bn(raw);
    QByteArray out(BN_num_bytes(bn.get()), '\0');
    BN_bn2bin(bn.get(), reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QJsonObject> publicJwk(EVP_PKEY *key)
{
    if (!key)
        return fail(ErrorCode::InvalidInput, JwkText::tr("No key."));
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA: {
        auto n = bnParam(key, OSSL_PKEY_PARAM_RSA_N);
        auto e = bnParam(key, OSSL_PKEY_PARAM_RSA_E);
        if (!n || !e)
            return std::unexpected(n ? e.error() : n.error());
        return QJsonObject { { QStringLiteral("kty"), QStringLiteral("RSA") },
            { QStringLiteral("n"), QString::fromLatin1(base64Url(*n)) },
            { QStringLiteral("e"), QString::fromLatin1(base64Url(*e)) } };
    }
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t groupLen = 0;
        if (EVP_PKEY_get_utf8_string_param(
                key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &groupLen)
            != 1)
            return std::unexpected(openSslError(
                ErrorCode::Internal, JwkText::tr("The EC key's curve could not be read.")));
        const QByteArray name(group, qsizetype(groupLen));
        QString crv;
        int size = 0;
        if (name == "prime256v1" || name == "P-256") {
            crv = QStringLiteral("P-256");
            size = 32;
        } else if (name == "secp384r1" || name == "P-384") {
            crv = QStringLiteral("P-384");
            size = 48;
        } else {
            return fail(ErrorCode::InvalidInput,
                JwkText::tr("EC keys on %1 have no JOSE name; use P-256 or P-384.")
                    .arg(QString::fromLatin1(name)));
        }
        unsigned char point[1 + 2 * 66] = {};
        size_t pointLen = 0;
        if (EVP_PKEY_get_octet_string_param(
                key, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point, sizeof point, &pointLen)
                != 1
            || pointLen != size_t(1 + 2 * size) || point[0] != 0x04)
            return std::unexpected(openSslError(ErrorCode::Internal,
                JwkText::tr("The EC public point could not be read uncompressed.")));
        const QByteArray x(reinterpret_cast<const char *>(point + 1), size);
        const QByteArray y(reinterpret_cast<const char *>(point + 1 + size), size);
        return QJsonObject { { QStringLiteral("kty"), QStringLiteral("EC") },
            { QStringLiteral("crv"), crv },
            { QStringLiteral("x"), QString::fromLatin1(base64Url(x)) },
            { QStringLiteral("y"), QString::fromLatin1(base64Url(y)) } };
    }
    default:
        return fail(
            ErrorCode::InvalidInput, JwkText::tr("Only RSA and EC keys can be published as JWKs."));
    }
}

Result<QString> jwkThumbprint(const QJsonObject &jwk)
{
    // RFC 7638 §3.2: the required members only, lexicographic order, no whitespace. QJsonObject
    // keeps keys sorted and compact JSON has no whitespace, so a new object of just those members
    // serialises canonically (the values are base64url or fixed names: nothing to escape).
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    QStringList members;
    if (kty == QLatin1String("RSA"))
        members = { QStringLiteral("e"), QStringLiteral("kty"), QStringLiteral("n") };
    else if (kty == QLatin1String("EC"))
        members = { QStringLiteral("crv"), QStringLiteral("kty"), QStringLiteral("x"),
            QStringLiteral("y") };
    else
        return fail(ErrorCode::InvalidInput,
            JwkText::tr("No RFC 7638 thumbprint for key type \"%1\".").arg(kty));
    QJsonObject canonical;
    for (const QString &m : members) {
        if (!jwk.value(m).isString())
            return fail(ErrorCode::InvalidInput, JwkText::tr("The JWK has no \"%1\".").arg(m));
        canonical.insert(m, jwk.value(m));
    }
    const QByteArray json = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        base64Url(QCryptographicHash::hash(json, QCryptographicHash::Sha256)));
}

QString defaultJwsAlgorithm(EVP_PKEY *key)
{
    if (!key)
        return {};
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA)
        return QStringLiteral("RS256");
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_EC)
        return EVP_PKEY_get_bits(key) > 256 ? QStringLiteral("ES384") : QStringLiteral("ES256");
    return {};
}

QByteArray jwksDocument(const QList<JwksEntry> &entries)
{
    QJsonArray keys;
    for (const JwksEntry &e : entries) {
        QJsonObject k = e.publicJwk;
        k.insert(QStringLiteral("kid"), e.kid);
        if (!e.use.isEmpty())
            k.insert(QStringLiteral("use"), e.use);
        if (!e.alg.isEmpty())
            k.insert(QStringLiteral("alg"), e.alg);
        if (!e.certificateChainDer.isEmpty()) {
            QJsonArray x5c;
            for (const QByteArray &der : e.certificateChainDer)
                x5c.append(
                    QString::fromLatin1(der.toBase64())); // x5c is standard base64 (RFC 7517 §4.7)
            k.insert(QStringLiteral("x5c"), x5c);
            k.insert(QStringLiteral("x5t#S256"),
                QString::fromLatin1(base64Url(QCryptographicHash::hash(
                    e.certificateChainDer.first(), QCryptographicHash::Sha256))));
        }
        keys.append(k);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("keys"), keys } })
        .toJson(QJsonDocument::Compact);
}

} // namespace oauthdesk
