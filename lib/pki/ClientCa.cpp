// SPDX-License-Identifier: GPL-3.0-or-later
#include "pki/ClientCa.h"

#include "pki/X509Build.h"

#include <algorithm>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace oauthdesk {

namespace {

/// A DER private key (PKCS#8, traditional RSA/EC) or a PKCS#12 file: the mistakes a binary
/// file loaded into the field may be.
enum class DerSecret { None, PrivateKey, Pkcs12 };

DerSecret derSecret(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    if (EVP_PKEY *key = d2i_AutoPrivateKey(nullptr, &p, long(der.size()))) {
        EVP_PKEY_free(key);
        ERR_clear_error();
        return DerSecret::PrivateKey;
    }
    p = reinterpret_cast<const unsigned char *>(der.constData());
    if (PKCS12 *p12 = d2i_PKCS12(nullptr, &p, long(der.size()))) {
        PKCS12_free(p12);
        ERR_clear_error();
        return DerSecret::Pkcs12;
    }
    ERR_clear_error();
    return DerSecret::None;
}

} // namespace

QString ClientCa::fieldLabel()
{
    return tr("Client CA the AS trusts");
}

Result<QList<ClientCaCertificate>> ClientCa::read(const QByteArray &pemOrDer)
{
    const QString field = fieldLabel();
    // Not trimmed(): that would copy the bytes, and they may hold a key loaded by mistake.
    if (std::all_of(
            pemOrDer.cbegin(), pemOrDer.cend(), [](char ch) { return QChar::isSpace(uchar(ch)); }))
        return fail(ErrorCode::InvalidInput,
            tr("%1: the file is empty. Load the PEM file of the CA certificate(s) the AS trusts "
               "for client certificates.")
                .arg(field));
    // Any PEM private key ("PRIVATE KEY", "RSA PRIVATE KEY", "ENCRYPTED PRIVATE KEY", OpenSSH's):
    // refused as a whole, not skipped, so a key never ends up next to the CA in the store.
    if (pemOrDer.contains("PRIVATE KEY-----"))
        return fail(ErrorCode::InvalidInput,
            tr("%1: the file holds a private key. Only the CA's certificate belongs here, never a "
               "key: load the CA certificate file alone (such as ca.crt). Nothing was saved.")
                .arg(field));
    auto certificates = parseCertificates(pemOrDer);
    if (!certificates) {
        if (!pemOrDer.contains("-----BEGIN")) {
            switch (derSecret(pemOrDer)) {
            case DerSecret::PrivateKey:
                return fail(ErrorCode::InvalidInput,
                    tr("%1: the file is a private key (DER). Only the CA's certificate belongs "
                       "here, never a key: load the CA certificate file alone. Nothing was saved.")
                        .arg(field));
            case DerSecret::Pkcs12:
                return fail(ErrorCode::InvalidInput,
                    tr("%1: the file is a PKCS#12 bundle (.p12/.pfx), which holds a private key. "
                       "Export the CA certificate alone as PEM and load that. Nothing was saved.")
                        .arg(field));
            case DerSecret::None:
                break;
            }
        }
        return fail(ErrorCode::InvalidInput,
            tr("%1: %2 Load the PEM file of the CA certificate(s) the AS trusts for client "
               "certificates.")
                .arg(field, certificates.error().message),
            certificates.error().detail);
    }
    QList<ClientCaCertificate> out;
    for (qsizetype i = 0; i < certificates->size(); ++i) {
        const QByteArray &der = certificates->at(i);
        auto info = certificateInfo(der);
        auto x509 = certificateFromDer(der);
        if (!info || !x509)
            return fail(ErrorCode::InvalidInput,
                tr("%1: certificate %2 in the file cannot be read.").arg(field).arg(i + 1),
                info ? x509.error().detail : info.error().detail);
        // OpenSSL's own test of whether a certificate may issue others (what an OpenSSL-based
        // AS applies): basicConstraints CA:TRUE, or a version-1 self-signed root.
        const int ca = X509_check_ca(x509->get());
        ERR_clear_error();
        if (ca == 0)
            return fail(ErrorCode::InvalidInput,
                tr("%1: certificate %2 (%3) is not a CA certificate, so it cannot have issued "
                   "client certificates. Load the certificate of the CA that issues your client "
                   "certificates (basicConstraints CA:TRUE), not a client or server certificate.")
                    .arg(field)
                    .arg(i + 1)
                    .arg(info->subject));
        const bool seen = std::any_of(out.cbegin(), out.cend(),
            [&der](const ClientCaCertificate &c) { return c.der == der; });
        if (!seen) // the same CA twice in a bundle is kept once
            out.append({ *info, der });
    }
    return out;
}

QByteArray ClientCa::toPem(const QList<ClientCaCertificate> &certificates)
{
    QByteArray pem;
    for (const ClientCaCertificate &c : certificates)
        pem += derToPem(c.der);
    return pem;
}

QList<QByteArray> ClientCa::derOf(const QByteArray &storedPem)
{
    if (storedPem.isEmpty())
        return {};
    auto certificates = parseCertificates(storedPem);
    return certificates ? *certificates : QList<QByteArray> {};
}

} // namespace oauthdesk
