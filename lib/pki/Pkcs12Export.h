// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "pki/OpenSsl.h"
#include "secrets/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace oauthdesk {

/// How a PKCS#12 file is protected (DESIGN.md lesson: AES files are rejected by older Windows
/// servers and appliances, 3DES ones by careful admins, so the admin picks).
enum class Pkcs12Profile {
    /// PBES2: PBKDF2-HMAC-SHA256 + AES-256-CBC for key and certificates, HMAC-SHA256 MAC,
    /// 10,000 iterations. OpenSSL 3, Windows Server 2019 / Windows 10 1709 and later, Java 12+.
    Modern,
    /// pbeWithSHA1And3-KeyTripleDES-CBC for key and certificates, HMAC-SHA1 MAC, 2,048
    /// iterations: what older Windows, Java 8 and appliances read.
    Compatible,
};

/// A PKCS#12 file (RFC 7292) with @p key, its certificate @p certDer and the chain @p chainDer,
/// protected by @p passphrase (required, UTF-8) as @p profile says, the key bag named
/// @p friendlyName. The file is re-opened with verifyPkcs12() before it is returned.
[[nodiscard]] Result<QByteArray> exportPkcs12(EVP_PKEY *key, const QByteArray &certDer,
                                              const QList<QByteArray> &chainDer,
                                              const SecretBytes &passphrase,
                                              Pkcs12Profile profile,
                                              const QString &friendlyName);

/// Opens @p p12 with @p passphrase and checks it holds @p expectedKey (same key pair) and
/// @p expectedCertDer (same bytes), and, when given, exactly the chain @p expectedChainDer in
/// any order. Errors say which part differs; a wrong passphrase says so. Inputs over 1 MiB are
/// refused.
[[nodiscard]] Result<void> verifyPkcs12(const QByteArray &p12, const SecretBytes &passphrase,
                                        const EVP_PKEY *expectedKey,
                                        const QByteArray &expectedCertDer,
                                        const std::optional<QList<QByteArray>> &expectedChainDer
                                        = std::nullopt);

} // namespace oauthdesk
