// SPDX-License-Identifier: GPL-3.0-or-later
#include "jose/Dpop.h"

#include "jose/Jwk.h"
#include "jose/JwsSigner.h"
#include "pki/OpenSsl.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>
#include <openssl/rand.h>

namespace oauthdesk {

namespace {

struct DpopText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Dpop)
};

} // namespace

QString dpopHtu(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

QByteArray dpopAccessTokenHash(const QByteArray &accessToken)
{
    return base64Url(QCryptographicHash::hash(accessToken, QCryptographicHash::Sha256));
}

Result<QByteArray> buildDpopProof(EVP_PKEY *key, const DpopProofRequest &r)
{
    if (r.method.isEmpty() || !r.url.isValid() || r.url.scheme().isEmpty()
        || r.url.host().isEmpty())
        return fail(ErrorCode::InvalidInput,
            DpopText::tr("A DPoP proof needs the request's method and absolute URL."));
    auto jwk = publicJwk(key);
    if (!jwk)
        return std::unexpected(jwk.error());
    QString jti = r.jti;
    if (jti.isEmpty()) {
        std::array<unsigned char, 16> raw {};
        if (RAND_bytes(raw.data(), int(raw.size())) != 1)
            return std::unexpected(openSslError(
                ErrorCode::Internal, DpopText::tr("No random bytes for the DPoP proof's jti.")));
        jti = QString::fromLatin1(base64Url(
            QByteArray(reinterpret_cast<const char *>(raw.data()), qsizetype(raw.size()))));
    }
    const QDateTime now = r.now.isValid() ? r.now : QDateTime::currentDateTimeUtc();
    QJsonObject claims { { QStringLiteral("jti"), jti },
        { QStringLiteral("htm"), QString::fromLatin1(r.method) },
        { QStringLiteral("htu"), dpopHtu(r.url) },
        { QStringLiteral("iat"), now.toSecsSinceEpoch() } };
    if (!r.accessToken.isEmpty())
        claims.insert(
            QStringLiteral("ath"), QString::fromLatin1(dpopAccessTokenHash(r.accessToken)));
    if (!r.nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), r.nonce);
    QJsonObject header { { QStringLiteral("typ"), QStringLiteral("dpop+jwt") },
        { QStringLiteral("jwk"), *jwk } };
    const QString alg = r.alg.isEmpty() ? defaultJwsAlgorithm(key) : r.alg;
    return signJws(key, alg, header, QJsonDocument(claims).toJson(QJsonDocument::Compact));
}

} // namespace oauthdesk
