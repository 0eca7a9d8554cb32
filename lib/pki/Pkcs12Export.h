// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/CertificateRecord.h"
#include "pki/OpenSsl.h"
#include "secrets/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace oauthdesk {

/// A PKCS#12 file (RFC 7292) with @p key, its certificate @p certDer and the chain @p chainDer,
/// protected by @p passphrase (required, UTF-8) as @p profile says, the key bag named
/// @p friendlyName. The file is re-opened with verifyPkcs12() before it is returned.
[[nodiscard]] Result<QByteArray> exportPkcs12(EVP_PKEY *key, const QByteArray &certDer,
    const QList<QByteArray> &chainDer, const SecretBytes &passphrase, Pkcs12Profile profile,
    const QString &friendlyName);

/// Opens @p p12 with @p passphrase and checks it holds @p expectedKey (same key pair) and
/// @p expectedCertDer (same bytes), and, when given, exactly the chain @p expectedChainDer in
/// any order. Errors say which part differs; a wrong passphrase says so. Inputs over 1 MiB are
/// refused.
[[nodiscard]] Result<void> verifyPkcs12(const QByteArray &p12, const SecretBytes &passphrase,
    const EVP_PKEY *expectedKey, const QByteArray &expectedCertDer,
    const std::optional<QList<QByteArray>> &expectedChainDer = std::nullopt);

} // namespace oauthdesk
