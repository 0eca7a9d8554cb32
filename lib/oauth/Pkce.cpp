// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/Pkce.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <vector>

namespace oauthdesk {

QByteArray randomUrlToken(int bytes)
{
    if (bytes < 1)
        return {};
    std::vector<unsigned char> raw(size_t(bytes), 0);
    if (RAND_bytes(raw.data(), bytes) != 1)
        return {};
    const QByteArray token
        = QByteArray(reinterpret_cast<const char *>(raw.data()), bytes)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    OPENSSL_cleanse(raw.data(), raw.size());
    return token;
}

Result<PkcePair> makePkce()
{
    // The verifier is a secret: it must not linger in a shared QByteArray longer than needed.
    QByteArray verifier = randomUrlToken(32);
    if (verifier.size() != 43) {
        return fail(ErrorCode::Internal,
            QCoreApplication::translate("oauthdesk::SignInTester",
                "OpenSSL's random number generator failed, so no PKCE code verifier could be made."),
            QStringLiteral("RAND_bytes failed"));
    }
    PkcePair pair;
    pair.challenge = pkceChallengeS256(verifier);
    pair.verifier = SecretBytes::fromBytes(verifier);
    OPENSSL_cleanse(verifier.data(), size_t(verifier.size()));
    return pair;
}

QByteArray pkceChallengeS256(QByteArrayView verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace oauthdesk
