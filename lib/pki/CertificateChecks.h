// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "pki/Certificate.h"
#include "secrets/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace oauthdesk {

/// What the preflight doctor needs to know about a key and its certificate chain (read only).
struct CertificateFacts
{
    std::optional<CertificateInfo> leaf; ///< unset when only a key was given
    QString signatureAlgorithm; ///< the leaf's, OpenSSL long name ("sha256WithRSAEncryption")
    bool sha1Signature = false; ///< the leaf (or a chain certificate) is signed with SHA-1
    QString keyType; ///< "RSA", "EC", … of the certificate's (or the key's) public key
    int keyBits = 0; ///< its size in bits
    /// The private key certifies the certificate's public key; unset when one of them is missing.
    std::optional<bool> keyMatchesCertificate;
    QString keyProblem; ///< why the private key could not be read, if so
    /// The chain verifies up to one of the trusted CAs (clientAuth purpose not enforced here);
    /// unset when no trusted CAs were given.
    std::optional<bool> chainVerifies;
    QString chainProblem; ///< OpenSSL's reason when it does not
    QStringList trustedCaSubjects; ///< the subjects of the trusted CAs checked against, in order
    QByteArray publicKeyPem; ///< of the private key (else the certificate), for JWKS checks
};

/// Reads @p chainDer (leaf first; may be empty when there is only a key) and @p privateKeyPkcs8
/// (may be null) without changing anything; @p trustedCaDer are the CAs the AS trusts for
/// client certificates (empty: unknown).
[[nodiscard]] Result<CertificateFacts> inspectCertificate(const QList<QByteArray> &chainDer,
    const SecretBytes *privateKeyPkcs8, const QList<QByteArray> &trustedCaDer);

} // namespace oauthdesk
