// SPDX-License-Identifier: GPL-3.0-or-later
// Compact JWS decoding and signature verification (lib/jose: decodeJwt, verifyJws).
// Input: "<compact JWS>\n<JWK Set>"; without a newline the token is checked against the
// corpus JWK Set (SeedMaterial.h).
#include "FuzzSupport.h"
#include "SeedMaterial.h"
#include "jose/Jwk.h"
#include "jose/JwsVerifier.h"
#include "jose/Jwt.h"

using namespace oauthdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytesOf(data, size);
    auto [token, jwks] = fuzz::splitFirstLine(input);
    if (jwks.isEmpty())
        jwks = QByteArray(fuzz::kJwks);

    const bool shaped = looksLikeJwt(token);
    const auto decoded = decodeJwt(token);
    if (decoded) {
        // decodeJwt() is the stricter of the two: what it accepts has the compact JWS shape.
        FUZZ_CHECK(shaped);
        FUZZ_CHECK(decoded->signingInput.count('.') == 1);
        FUZZ_CHECK(token.startsWith(decoded->signingInput));
    } else {
        FUZZ_CHECK(!decoded.error().message.isEmpty());
    }
    // Strict base64url is canonical: what decodes re-encodes to the same text.
    for (const QByteArray &part : token.split('.')) {
        if (const auto bytes = decodeBase64UrlStrict(part))
            FUZZ_CHECK(base64Url(*bytes) == part);
    }

    const SignatureCheck check = verifyJws(token, jwks);
    FUZZ_CHECK(!check.message.isEmpty());
    if (check.status == SignatureStatus::Valid) {
        // Only the three algorithms OAuthDesk supports ever verify, and only a decodable token.
        FUZZ_CHECK(decoded.has_value());
        FUZZ_CHECK(check.alg == QLatin1String("RS256") || check.alg == QLatin1String("PS256")
            || check.alg == QLatin1String("ES256"));
    }
    return 0;
}
