// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace oauthdesk {

/// A key pair and what was built on it: CSR, issued certificate, chain (DESIGN.md
/// "CertificateRecord"). The private key is in the keychain (PKCS#8), never here.
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
    QString kid;              ///< JWK kid the AS sees (RFC 7638 thumbprint by default)
    CertificateState state = CertificateState::KeyOnly;
    QDateTime createdAt;

    friend bool operator==(const CertificateRecord &, const CertificateRecord &) = default;
};

} // namespace oauthdesk
