// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Enums.h"
#include "pki/OpenSsl.h"
#include "policy/SubjectFields.h"

#include <QByteArray>
#include <QString>

namespace oauthdesk {

/// A self-signed certificate for @p key, DER: for self_signed_tls_client_auth (RFC 8705 §2.2,
/// @p purpose Transport: extended key usage clientAuth) or for a signing key an AS wants as a
/// certificate (Signing: digitalSignature only). CA:FALSE; @p days from 1 to 3650.
[[nodiscard]] Result<QByteArray> createSelfSigned(
    EVP_PKEY *key, const SubjectFields &fields, CertificatePurpose purpose, int days);

/// A certificate authority for development and test environments only: its key lives in memory
/// (or wherever the caller puts it) and its certificate must be added to the test AS's trust.
struct LocalCa
{
    PKey key;
    QByteArray certificateDer;
};

/// Makes a local CA: EC P-256 key, subject CN = @p name, CA:TRUE (pathlen 0),
/// keyCertSign/cRLSign, subject and authority key identifiers; @p days from 1 to 3650.
[[nodiscard]] Result<LocalCa> createLocalCa(const QString &name, int days);

/// Issues a certificate from the PKCS#10 request @p csr (PEM or DER) after verifying its
/// signature. Subject and SANs come from the CSR (its other requested extensions are ignored);
/// the CA decides the rest: CA:FALSE, random 128-bit serial, SKI/AKI, and for @p purpose
/// Transport clientAuth + digitalSignature (+ keyEncipherment for RSA), for Signing
/// digitalSignature. Refuses a validity that would end after the CA's own, and keys other than
/// RSA 2048–4096 and EC P-256/P-384.
[[nodiscard]] Result<QByteArray> issueFromCsr(
    const LocalCa &ca, const QByteArray &csr, CertificatePurpose purpose, int days);

} // namespace oauthdesk
