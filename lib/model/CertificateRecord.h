// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace oauthdesk {

/// How a PKCS#12 file is protected (docs/architecture.md "Lessons from peer tools": older Windows
/// servers and appliances reject AES files, careful admins reject 3DES ones, so the admin picks).
enum class Pkcs12Profile {
    /// PBES2: PBKDF2-HMAC-SHA256 + AES-256-CBC for key and certificates, HMAC-SHA256 MAC,
    /// 10,000 iterations. OpenSSL 3, Windows Server 2019 / Windows 10 1709 and later, Java 12+.
    Modern,
    /// pbeWithSHA1And3-KeyTripleDES-CBC for key and certificates, HMAC-SHA1 MAC, 2,048
    /// iterations: what older Windows, Java 8 and appliances read.
    Compatible,
};

/// A key pair and what was built on it: CSR, issued certificate, chain (docs/architecture.md
/// "Certificate record"). The private key is in the keychain (PKCS#8), never here.
struct CertificateRecord
{
    qint64 id = 0;
    QString uuid; ///< stable local id, never reused; names the key's keychain entry
    qint64 applicationId = 0;
    CertificatePurpose purpose = CertificatePurpose::Signing;
    KeyAlgorithm keyAlgorithm = KeyAlgorithm::Rsa2048;
    QString subjectDn;
    QStringList subjectAltNames;
    QByteArray csrPem;
    QByteArray certificatePem;
    QByteArray chainPem;
    QString serialNumber;
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> notAfter;
    QString sha256Thumbprint; ///< hex of SHA-256 over the DER certificate
    QString kid; ///< JWK kid the AS sees (RFC 7638 thumbprint by default)
    CertificateState state = CertificateState::KeyOnly;
    QDateTime createdAt;

    friend bool operator==(const CertificateRecord &, const CertificateRecord &) = default;
};

} // namespace oauthdesk
