// SPDX-License-Identifier: GPL-3.0-or-later
// Private key import (lib/pki/KeyPair.h privateKeyFromPkcs8: PKCS#8 DER or PEM, encrypted or
// not), then what OAuthDesk does with an imported key: describe it, re-export it, publish its
// JWK and thumbprint. Input: the key file; tried without and with the corpus passphrase.
#include "FuzzSupport.h"
#include "SeedMaterial.h"
#include "jose/Jwk.h"
#include "pki/KeyPair.h"

using namespace oauthdesk;

namespace {
void use(EVP_PKEY *key)
{
    (void)keyAlgorithmOf(key);
    FUZZ_CHECK(!keyDescription(key).isEmpty());
    (void)publicKeyPem(key);
    if (const auto der = privateKeyToPkcs8Der(key)) {
        // What the keychain would hold reads back.
        FUZZ_CHECK(privateKeyFromPkcs8(*der).has_value());
    }
    if (const auto jwk = publicJwk(key))
        FUZZ_CHECK(jwkThumbprint(*jwk).has_value());
    (void)defaultJwsAlgorithm(key);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SecretBytes input = SecretBytes::fromBytes(fuzz::bytesOf(data, size));
    if (auto key = privateKeyFromPkcs8(input))
        use(key->get());
    else
        FUZZ_CHECK(!key.error().message.isEmpty());
    const SecretBytes passphrase = SecretBytes::fromBytes(QByteArray(fuzz::kPassphrase));
    if (auto key = privateKeyFromPkcs8(input, &passphrase))
        use(key->get());
    return 0;
}
