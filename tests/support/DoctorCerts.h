// SPDX-License-Identifier: GPL-3.0-or-later
// Keys and certificates made in-process with OpenSSL's EVP/X509 APIs, with the defects the
// preflight doctor must name: expired, wrong EKU, RSA 1024, SHA-1, another key's certificate.
#pragma once

#include "pki/KeyPair.h"
#include "pki/OpenSsl.h"
#include "secrets/SecretBytes.h"

#include <QByteArray>
#include <QString>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace oauthdesk::test {

/// An RSA key of @p bits, or EC P-256 when @p bits is 0.
inline PKey makeKey(int bits)
{
    EVP_PKEY *key = bits > 0 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits))
                             : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    return PKey(key);
}

struct CertSpec
{
    QByteArray cn = "doctor-test";
    int notBeforeDays = -1; ///< relative to now
    int notAfterDays = 365;
    QByteArray eku = "clientAuth"; ///< empty: no EKU extension
    QByteArray keyUsage = "critical,digitalSignature";
    const EVP_MD *md = nullptr; ///< nullptr: SHA-256
    bool ca = false;
};

/// A certificate for @p subjectKey signed by @p issuerKey (self-signed when @p issuerCert is null).
inline X509Ptr makeCertificate(
    EVP_PKEY *subjectKey, EVP_PKEY *issuerKey, X509 *issuerCert, const CertSpec &spec)
{
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    static long serial = 1000;
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), long(spec.notBeforeDays) * 86400);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(spec.notAfterDays) * 86400);
    X509_set_pubkey(cert.get(), subjectKey);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
        reinterpret_cast<const unsigned char *>(spec.cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuerCert ? X509_get_subject_name(issuerCert) : name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuerCert ? issuerCert : cert.get(), cert.get(), nullptr, nullptr, 0);
    auto add = [&](int nid, const QByteArray &value) {
        if (value.isEmpty())
            return;
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
        X509_add_ext(cert.get(), ext, -1);
        X509_EXTENSION_free(ext);
    };
    add(NID_basic_constraints, spec.ca ? QByteArray("critical,CA:TRUE") : QByteArray("CA:FALSE"));
    add(NID_key_usage, spec.ca ? QByteArray("critical,keyCertSign,cRLSign") : spec.keyUsage);
    if (!spec.ca)
        add(NID_ext_key_usage, spec.eku);
    X509_sign(cert.get(), issuerKey, spec.md ? spec.md : EVP_sha256());
    return cert;
}

inline QByteArray toDer(X509 *cert)
{
    unsigned char *out = nullptr;
    const int n = i2d_X509(cert, &out);
    QByteArray der(reinterpret_cast<const char *>(out), n);
    OPENSSL_free(out);
    return der;
}

inline QByteArray selfSigned(EVP_PKEY *key, const CertSpec &spec = {})
{
    return toDer(makeCertificate(key, key, nullptr, spec).get());
}

inline SecretBytes pkcs8(EVP_PKEY *key)
{
    return std::move(*privateKeyToPkcs8Der(key));
}

} // namespace oauthdesk::test
