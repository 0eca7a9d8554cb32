// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Enums.h"
#include "pki/OpenSsl.h"
#include "policy/SubjectFields.h"

#include <QByteArray>
#include <QString>

namespace oauthdesk {

/// A PKCS#10 certificate signing request (RFC 2986) for @p key, signed with SHA-256, PEM
/// ("CERTIFICATE REQUEST"). Its extension request carries the SANs of @p fields, key usage for
/// @p purpose and, for transport, extended key usage clientAuth — the CA may or may not honour
/// them. @p fields are validated first (validateSubjectFields()).
[[nodiscard]] Result<QByteArray> createCsrPem(
    EVP_PKEY *key, const SubjectFields &fields, CertificatePurpose purpose);

/// The `openssl req` command that would make an equivalent key and CSR, for an admin who wants
/// to see or repeat what OAuthDesk does. It is shown, never run. Arguments are quoted for a
/// POSIX shell; the key is written unencrypted to @p keyFile, the CSR to "request.csr".
[[nodiscard]] QString opensslReqCommand(const SubjectFields &fields, KeyAlgorithm algorithm,
    CertificatePurpose purpose, const QString &keyFile);

/// The CSR in @p pem (or DER) after checking its self-signature (proof of possession). Inputs
/// over 64 KiB are refused.
[[nodiscard]] Result<X509ReqPtr> verifiedCsr(const QByteArray &pemOrDer);

} // namespace oauthdesk
