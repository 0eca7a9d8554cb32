// SPDX-License-Identifier: GPL-3.0-or-later
// PKCS#12 files (lib/pki/Pkcs12Export.h verifyPkcs12): opened with the corpus passphrase and
// compared with the corpus key, certificate and chain. Input: the .p12 file.
#include "FuzzSupport.h"
#include "SeedMaterial.h"
#include "pki/Certificate.h"
#include "pki/KeyPair.h"
#include "pki/Pkcs12Export.h"

using namespace oauthdesk;

namespace {
QByteArray onlyCertificate(const char *pem)
{
    const auto certs = parseCertificates(QByteArray(pem));
    FUZZ_CHECK(certs && certs->size() == 1);
    return certs->first();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PKey key = [] {
        auto k = privateKeyFromPkcs8(SecretBytes::fromBytes(QByteArray(fuzz::kClientKeyPem)));
        FUZZ_CHECK(k.has_value());
        return std::move(*k);
    }();
    static const QByteArray certDer = onlyCertificate(fuzz::kClientCertPem);
    static const QList<QByteArray> chain = { onlyCertificate(fuzz::kCaCertPem) };
    const QByteArray p12 = fuzz::bytesOf(data, size);
    const SecretBytes passphrase = SecretBytes::fromBytes(QByteArray(fuzz::kPassphrase));

    const auto opened = verifyPkcs12(p12, passphrase, key.get(), certDer);
    if (!opened)
        FUZZ_CHECK(!opened.error().message.isEmpty());
    if (opened)
        (void)verifyPkcs12(p12, passphrase, key.get(), certDer, chain);
    const SecretBytes wrong = SecretBytes::fromBytes(QByteArrayLiteral("not the passphrase"));
    if ((size & 7)
        == 0) // the wrong-passphrase path on some inputs: each attempt costs PBKDF2 rounds
        (void)verifyPkcs12(p12, wrong, key.get(), certDer);
    return 0;
}
