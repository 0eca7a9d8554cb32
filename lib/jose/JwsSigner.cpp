// SPDX-License-Identifier: GPL-3.0-or-later
#include "jose/JwsSigner.h"

#include "jose/Jwk.h"
#include "pki/OpenSsl.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <array>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

namespace oauthdesk {

namespace {

struct JwsSignerText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::JwsSigner)
};

struct EcdsaSigFree
{
    void operator()(ECDSA_SIG *s) const { ECDSA_SIG_free(s); }
};

/// DER ECDSA-Sig-Value → JOSE R||S, each left-padded to @p size bytes (RFC 7518 §3.4).
Result<QByteArray> derToJose(const QByteArray &der, int size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<ECDSA_SIG, EcdsaSigFree> sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (!sig)
        return std::unexpected(openSslError(
            ErrorCode::Internal, JwsSignerText::tr("The ECDSA signature could not be read.")));
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray out(2 * size, '\0');
    auto *buf = reinterpret_cast<unsigned char *>(out.data());
    if (BN_bn2binpad(r, buf, size) != size || BN_bn2binpad(s, buf + size, size) != size)
        return std::unexpected(openSslError(
            ErrorCode::Internal, JwsSignerText::tr("The ECDSA signature does not fit the curve.")));
    return out;
}

} // namespace

Result<QByteArray> signJws(
    EVP_PKEY *key, const QString &alg, QJsonObject header, const QByteArray &payload)
{
    if (!key)
        return fail(ErrorCode::InvalidInput, JwsSignerText::tr("No signing key."));
    const int type = EVP_PKEY_get_base_id(key);
    const bool rsa = alg == QLatin1String("RS256") || alg == QLatin1String("PS256");
    const bool es256 = alg == QLatin1String("ES256");
    const bool es384 = alg == QLatin1String("ES384");
    if (!rsa && !es256 && !es384)
        return fail(ErrorCode::InvalidInput,
            JwsSignerText::tr("OAuthDesk signs with RS256, PS256, ES256 or ES384, not %1.")
                .arg(alg));
    if ((rsa && type != EVP_PKEY_RSA) || ((es256 || es384) && type != EVP_PKEY_EC))
        return fail(ErrorCode::InvalidInput,
            JwsSignerText::tr("A %1 signature needs %2 key; this signing key is another type.")
                .arg(alg, rsa ? JwsSignerText::tr("an RSA") : JwsSignerText::tr("an EC")));
    if ((es256 && EVP_PKEY_get_bits(key) != 256) || (es384 && EVP_PKEY_get_bits(key) != 384))
        return fail(ErrorCode::InvalidInput,
            JwsSignerText::tr("%1 needs a key on %2.")
                .arg(alg, es256 ? QStringLiteral("P-256") : QStringLiteral("P-384")));

    header.insert(QStringLiteral("alg"), alg);
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact))
        + '.' + base64Url(payload);

    MdCtx md(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by md
    const EVP_MD *digest = es384 ? EVP_sha384() : EVP_sha256();
    if (!md || EVP_DigestSignInit(md.get(), &pctx, digest, nullptr, key) != 1)
        return std::unexpected(
            openSslError(ErrorCode::Internal, JwsSignerText::tr("Signing could not start.")));
    if (alg == QLatin1String("PS256")
        && (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, 32) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, EVP_sha256()) != 1))
        return std::unexpected(openSslError(
            ErrorCode::Internal, JwsSignerText::tr("RSASSA-PSS could not be set up.")));
    size_t len = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(signingInput.constData());
    if (EVP_DigestSign(md.get(), nullptr, &len, in, size_t(signingInput.size())) != 1)
        return std::unexpected(
            openSslError(ErrorCode::Internal, JwsSignerText::tr("Signing failed.")));
    QByteArray sig(qsizetype(len), '\0');
    if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char *>(sig.data()), &len, in,
            size_t(signingInput.size()))
        != 1)
        return std::unexpected(
            openSslError(ErrorCode::Internal, JwsSignerText::tr("Signing failed.")));
    sig.truncate(qsizetype(len));
    if (es256 || es384) {
        auto jose = derToJose(sig, es256 ? 32 : 48);
        if (!jose)
            return std::unexpected(jose.error());
        sig = *jose;
    }
    return signingInput + '.' + base64Url(sig);
}

namespace {

/// The claims of a client assertion (RFC 7523 §3): iss and sub the client, aud, jti, iat, exp.
Result<QByteArray> assertionClaims(const ClientAssertionRequest &r)
{
    if (r.clientId.isEmpty() || r.audience.isEmpty())
        return fail(ErrorCode::InvalidInput,
            JwsSignerText::tr(
                "A client assertion needs the client ID and the audience (token endpoint)."));
    QString jti = r.jti;
    if (jti.isEmpty()) {
        std::array<unsigned char, 16> raw {};
        if (RAND_bytes(raw.data(), int(raw.size())) != 1)
            return std::unexpected(openSslError(ErrorCode::Internal,
                JwsSignerText::tr("No random bytes for the assertion's jti.")));
        jti = QString::fromLatin1(base64Url(
            QByteArray(reinterpret_cast<const char *>(raw.data()), qsizetype(raw.size()))));
    }
    const QDateTime now = r.now.isValid() ? r.now : QDateTime::currentDateTimeUtc();
    const QJsonObject claims { { QStringLiteral("iss"), r.clientId },
        { QStringLiteral("sub"), r.clientId }, { QStringLiteral("aud"), r.audience },
        { QStringLiteral("jti"), jti }, { QStringLiteral("iat"), now.toSecsSinceEpoch() },
        { QStringLiteral("exp"), now.toSecsSinceEpoch() + r.lifetimeSeconds } };
    return QJsonDocument(claims).toJson(QJsonDocument::Compact);
}

} // namespace

Result<QByteArray> buildClientAssertion(EVP_PKEY *key, const ClientAssertionRequest &r)
{
    if (r.kid.isEmpty())
        return fail(ErrorCode::InvalidInput,
            JwsSignerText::tr(
                "The signing key has no kid: the AS could not find it (\"kid null\")."));
    auto claims = assertionClaims(r);
    if (!claims)
        return std::unexpected(claims.error());
    const QString alg = r.alg.isEmpty() ? defaultJwsAlgorithm(key) : r.alg;
    const QJsonObject header { { QStringLiteral("kid"), r.kid },
        { QStringLiteral("typ"), QStringLiteral("JWT") } };
    return signJws(key, alg, header, *claims);
}

Result<QByteArray> macJws(
    const QByteArray &secret, const QString &alg, QJsonObject header, const QByteArray &payload)
{
    const char *digest = alg == QLatin1String("HS256") ? "SHA256"
        : alg == QLatin1String("HS384")                ? "SHA384"
        : alg == QLatin1String("HS512")                ? "SHA512"
                                                       : nullptr;
    if (!digest)
        return fail(ErrorCode::InvalidInput,
            JwsSignerText::tr("%1 is not an HMAC algorithm OAuthDesk signs with (HS256, HS384, "
                              "HS512).")
                .arg(alg));
    const qsizetype need = alg.mid(2).toInt() / 8;
    if (secret.size() < need)
        return fail(ErrorCode::InvalidInput,
            JwsSignerText::tr("%1 needs a client secret of at least %2 bytes (RFC 7518 §3.2); this "
                              "one has %3. Rotate the secret to a longer one, or use "
                              "client_secret_basic.")
                .arg(alg)
                .arg(need)
                .arg(secret.size()));
    header.insert(QStringLiteral("alg"), alg);
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(payload);
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac {};
    size_t macLength = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, digest, nullptr, secret.constData(),
            size_t(secret.size()), reinterpret_cast<const unsigned char *>(input.constData()),
            size_t(input.size()), mac.data(), mac.size(), &macLength))
        return std::unexpected(openSslError(
            ErrorCode::Internal, JwsSignerText::tr("The %1 MAC could not be computed.").arg(alg)));
    const QByteArray signature(reinterpret_cast<const char *>(mac.data()), qsizetype(macLength));
    OPENSSL_cleanse(mac.data(), mac.size());
    return input + '.' + base64Url(signature);
}

Result<QByteArray> buildClientSecretAssertion(
    const QByteArray &secret, const ClientAssertionRequest &r)
{
    auto claims = assertionClaims(r);
    if (!claims)
        return std::unexpected(claims.error());
    const QJsonObject header { { QStringLiteral("typ"), QStringLiteral("JWT") } };
    return macJws(secret, r.alg.isEmpty() ? QStringLiteral("HS256") : r.alg, header, *claims);
}

} // namespace oauthdesk
