// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace oauthdesk {

/// RAII owners for every OpenSSL object lib/pki and lib/jose touch (STYLE.md "OpenSSL"):
/// nothing is freed by hand on each return path.
struct OpenSslFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(X509_REQ *p) const { X509_REQ_free(p); }
    void operator()(X509_NAME *p) const { X509_NAME_free(p); }
    void operator()(BIO *p) const { BIO_free_all(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, OpenSslFree>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, OpenSslFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, OpenSslFree>;
using X509Ptr = std::unique_ptr<X509, OpenSslFree>;
using X509ReqPtr = std::unique_ptr<X509_REQ, OpenSslFree>;
using X509NamePtr = std::unique_ptr<X509_NAME, OpenSslFree>;
using BioPtr = std::unique_ptr<BIO, OpenSslFree>;

/// The OpenSSL error queue as text (and cleared): the technical detail of an Error.
[[nodiscard]] QString openSslErrors();

/// An Error whose detail is the OpenSSL error queue: the one mapping of that error space.
[[nodiscard]] Error openSslError(ErrorCode code, const QString &message);

} // namespace oauthdesk
