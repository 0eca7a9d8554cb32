// SPDX-License-Identifier: GPL-3.0-or-later
// CSR import (lib/pki/CertificateRequest.h verifiedCsr: PEM or DER, self-signature checked).
// Input: the CSR file.
#include "FuzzSupport.h"
#include "pki/CertificateRequest.h"

using namespace oauthdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto csr = verifiedCsr(fuzz::bytesOf(data, size));
    if (!csr)
        FUZZ_CHECK(!csr.error().message.isEmpty());
    else
        FUZZ_CHECK(csr->get() != nullptr);
    return 0;
}
