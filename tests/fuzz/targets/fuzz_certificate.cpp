// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate import (lib/pki/Certificate.h parseCertificates, certificateInfo,
// certificatePublicKey, certificateMatchesKey). Input: a PEM bundle or one DER certificate.
#include "FuzzSupport.h"
#include "SeedMaterial.h"
#include "pki/Certificate.h"
#include "pki/KeyPair.h"

using namespace oauthdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PKey clientKey = [] {
        auto key = privateKeyFromPkcs8(SecretBytes::fromBytes(QByteArray(fuzz::kClientKeyPem)));
        FUZZ_CHECK(key.has_value());
        return std::move(*key);
    }();
    const auto certificates = parseCertificates(fuzz::bytesOf(data, size));
    if (!certificates) {
        FUZZ_CHECK(!certificates.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!certificates->isEmpty() && certificates->size() <= 10);
    for (const QByteArray &der : *certificates) {
        if (const auto info = certificateInfo(der)) {
            FUZZ_CHECK(info->sha256ThumbprintHex.size() == 64);
            FUZZ_CHECK(info->x5tS256.size() == 43);
        }
        if (const auto key = certificatePublicKey(der))
            (void)keyDescription(key->get());
        (void)certificateMatchesKey(der, clientKey.get());
        FUZZ_CHECK(sha256Thumbprint(der).size() == 32);
        // A certificate read is one that PEM-encodes and reads back to the same bytes.
        const auto again = parseCertificates(derToPem(der));
        FUZZ_CHECK(again && again->size() == 1 && again->first() == der);
    }
    return 0;
}
