// SPDX-License-Identifier: GPL-3.0-or-later
// OpenID Connect ID token checks (lib/oauth/IdToken.h checkIdToken).
// Input: "<ID token>\n<JWK Set>"; without a newline, the corpus JWK Set.
#include "FuzzSupport.h"
#include "SeedMaterial.h"
#include "oauth/IdToken.h"

using namespace oauthdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytesOf(data, size);
    auto [token, jwks] = fuzz::splitFirstLine(input);
    if (jwks.isEmpty())
        jwks = QByteArray(fuzz::kJwks);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(fuzz::kIdTokenNow, Qt::UTC);
    const QString issuer = QString::fromLatin1(fuzz::kIssuer);
    const QString client = QString::fromLatin1(fuzz::kClientId);

    const IdTokenCheck withNonce
        = checkIdToken(token, jwks, issuer, client, QByteArray(fuzz::kNonce), now);
    FUZZ_CHECK(!withNonce.checks.isEmpty());
    if (withNonce.ok())
        FUZZ_CHECK(withNonce.decoded && withNonce.signature.status == SignatureStatus::Valid);
    (void)withNonce.subject();
    // A refreshed ID token carries no nonce (OIDC Core §12.2); no JWK Set: the check must fail.
    (void)checkIdToken(token, jwks, issuer, client, QByteArray(), now);
    FUZZ_CHECK(!checkIdToken(token, QByteArray(), issuer, client, QByteArray(), now).ok());
    return 0;
}
