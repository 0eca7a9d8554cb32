// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <memory>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace oauthdesk {

/// RAII owners for every OpenSSL object lib/pki and lib/jose touch: nothing is freed by hand
/// on each return path (docs/architecture.md "OpenSSL ownership").
struct OpenSslFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(X509_REQ *p) const { X509_REQ_free(p); }
    void operator()(X509_NAME *p) const { X509_NAME_free(p); }
    void operator()(BIO *p) const { BIO_free_all(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
    /// ASN1_INTEGER, ASN1_OCTET_STRING, ASN1_BIT_STRING… are all one C type.
    void operator()(ASN1_STRING *p) const { ASN1_STRING_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
    void operator()(STACK_OF(X509_EXTENSION) * p) const
    {
        sk_X509_EXTENSION_pop_free(p, X509_EXTENSION_free);
    }
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
    void operator()(GENERAL_NAMES *p) const { GENERAL_NAMES_free(p); }
    void operator()(EXTENDED_KEY_USAGE *p) const { EXTENDED_KEY_USAGE_free(p); }
    void operator()(BASIC_CONSTRAINTS *p) const { BASIC_CONSTRAINTS_free(p); }
    void operator()(X509_SIG *p) const { X509_SIG_free(p); }
    void operator()(PKCS8_PRIV_KEY_INFO *p) const { PKCS8_PRIV_KEY_INFO_free(p); }
    void operator()(PKCS12 *p) const { PKCS12_free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, OpenSslFree>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, OpenSslFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, OpenSslFree>;
using X509Ptr = std::unique_ptr<X509, OpenSslFree>;
using X509ReqPtr = std::unique_ptr<X509_REQ, OpenSslFree>;
using X509NamePtr = std::unique_ptr<X509_NAME, OpenSslFree>;
using BioPtr = std::unique_ptr<BIO, OpenSslFree>;
using BigNumPtr = std::unique_ptr<BIGNUM, OpenSslFree>;
using Asn1StringPtr = std::unique_ptr<ASN1_STRING, OpenSslFree>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslFree>;
using X509ExtensionsPtr = std::unique_ptr<STACK_OF(X509_EXTENSION), OpenSslFree>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), OpenSslFree>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslFree>;
using ExtendedKeyUsagePtr = std::unique_ptr<EXTENDED_KEY_USAGE, OpenSslFree>;
using BasicConstraintsPtr = std::unique_ptr<BASIC_CONSTRAINTS, OpenSslFree>;
using X509SigPtr = std::unique_ptr<X509_SIG, OpenSslFree>;
using Pkcs8InfoPtr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, OpenSslFree>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, OpenSslFree>;

/// The OpenSSL error queue as text (and cleared): the technical detail of an Error.
[[nodiscard]] QString openSslErrors();

/// An Error whose detail is the OpenSSL error queue: the one mapping of that error space.
[[nodiscard]] Error openSslError(ErrorCode code, const QString &message);

} // namespace oauthdesk
