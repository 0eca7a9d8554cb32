// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to lib/pki: the pieces CSRs, self-signed and CA-issued certificates share.
#pragma once

#include "core/Result.h"
#include "model/Enums.h"
#include "pki/OpenSsl.h"
#include "policy/SubjectFields.h"

#include <QByteArray>
#include <QList>
#include <utility>

namespace oauthdesk {

/// The subject DN from validated @p fields (C, O, OU, organizationIdentifier, serialNumber, CN).
[[nodiscard]] Result<X509NamePtr> subjectName(const SubjectFields &fields);

/// The SAN extension value; an empty stack when @p fields has no alternative names.
[[nodiscard]] Result<GeneralNamesPtr> subjectAltNames(const SubjectFields &fields);

/// Key usage and extended key usage for a leaf of @p purpose, as (NID, OpenSSL config value):
/// signing → digitalSignature; transport → digitalSignature (+ keyEncipherment for RSA) and
/// clientAuth (RFC 8705 §2 client certificates).
[[nodiscard]] QList<std::pair<int, QByteArray>> purposeExtensions(
    CertificatePurpose purpose, const EVP_PKEY *key);

/// Adds one extension written in OpenSSL's config syntax ("critical,CA:FALSE", "hash").
[[nodiscard]] Result<void> addExtension(
    X509 *cert, X509V3_CTX *ctx, int nid, const QByteArray &value);

/// Validity period in days that lib/pki accepts for anything it makes.
constexpr int kMaxValidityDays = 3650;

/// Version 3, a random positive 128-bit serial (RFC 5280 §4.1.2.2 wants it unpredictable for
/// CA-issued certificates), notBefore now − 5 minutes (clock skew), notAfter + @p days.
[[nodiscard]] Result<void> setSerialAndValidity(X509 *cert, int days);

/// Signs with SHA-256 and returns the DER.
[[nodiscard]] Result<QByteArray> signAndEncode(X509 *cert, EVP_PKEY *signer);

/// The certificate in @p der, which must be exactly one certificate.
[[nodiscard]] Result<X509Ptr> certificateFromDer(const QByteArray &der);

} // namespace oauthdesk
