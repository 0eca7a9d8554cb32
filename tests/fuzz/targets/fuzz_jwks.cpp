// SPDX-License-Identifier: GPL-3.0-or-later
// JWK Set documents (RFC 7517 §5) as verifyJws() reads them, and the JWK thumbprint
// (RFC 7638) of every key in them. Input: the JWK Set; it is checked against fixed RS256,
// PS256 and ES256 tokens signed with the corpus keys, so key selection and import are reached.
#include "FuzzSupport.h"
#include "SeedMaterial.h"
#include "jose/Jwk.h"
#include "jose/JwsVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace oauthdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray jwks = fuzz::bytesOf(data, size);
    for (const char *token : fuzz::kSignedTokens) {
        const SignatureCheck check = verifyJws(QByteArray(token), jwks);
        FUZZ_CHECK(!check.message.isEmpty());
    }
    const QJsonArray keys
        = QJsonDocument::fromJson(jwks).object().value(QLatin1String("keys")).toArray();
    qsizetype n = 0;
    for (const QJsonValue &key : keys) {
        if (++n > kMaxJwksKeys)
            break;
        (void)jwkThumbprint(key.toObject());
    }
    return 0;
}
