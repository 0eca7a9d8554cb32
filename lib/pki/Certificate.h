// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Enums.h"
#include "pki/OpenSsl.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace oauthdesk {

/// What an admin (and the store's CertificateRecord) needs to know about one certificate.
struct CertificateInfo
{
    QString subject; ///< RFC 2253 string, UTF-8 ("CN=client,O=Example,C=DE")
    QString issuer; ///< likewise
    QString serialHex; ///< uppercase hex, no separators
    QDateTime notBefore; ///< UTC
    QDateTime notAfter; ///< UTC
    QStringList keyUsage; ///< RFC 5280 names: "digitalSignature", "keyCertSign"…
    QStringList extendedKeyUsage; ///< OpenSSL short names ("clientAuth") or dotted OIDs
    QStringList subjectAltNames; ///< "DNS:…", "IP:…", "URI:…", "email:…"
    QString sha256ThumbprintHex; ///< lowercase hex of SHA-256 over the DER, no separators
    QString
        x5tS256; ///< the same digest, base64url without padding (RFC 7515 §4.1.8, RFC 8705 §3.1)
    std::optional<KeyAlgorithm> keyAlgorithm; ///< std::nullopt when not one we make
    QString keyDescription; ///< "RSA 2048", "EC P-256", "ED25519"
    int keyBits = 0;
    bool selfSigned = false; ///< issuer == subject and the signature verifies with its own key
    bool ca = false; ///< basicConstraints CA:TRUE
};

/// Certificates in @p pemOrDer: a PEM bundle (other PEM blocks, e.g. keys, are skipped) or one
/// DER certificate. Returned as DER, in file order (usually leaf first, then its chain).
/// Refuses inputs over 1 MiB, more than 10 certificates, and anything that is not a certificate.
[[nodiscard]] Result<QList<QByteArray>> parseCertificates(const QByteArray &pemOrDer);

/// Reads the fields of the DER certificate @p der.
[[nodiscard]] Result<CertificateInfo> certificateInfo(const QByteArray &der);

/// Succeeds when the certificate @p der certifies @p key's public key; otherwise an
/// InvalidInput error saying the certificate belongs to another key.
[[nodiscard]] Result<void> certificateMatchesKey(const QByteArray &der, const EVP_PKEY *key);

/// The public key the DER certificate @p der certifies.
[[nodiscard]] Result<PKey> certificatePublicKey(const QByteArray &der);

/// SHA-256 over the DER bytes: the certificate thumbprint (RFC 8705 §3.1).
[[nodiscard]] QByteArray sha256Thumbprint(const QByteArray &der);

/// @p der as a PEM "CERTIFICATE" block (64-column base64, RFC 7468 §5).
[[nodiscard]] QByteArray derToPem(const QByteArray &der);

} // namespace oauthdesk
