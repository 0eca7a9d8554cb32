// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"
#include "policy/SubjectFields.h"

namespace oauthdesk::cli {

// What the certificate commands share: the subject options of csr/issue/self-sign, files in and
// out, and the export and jwks commands.

[[nodiscard]] QList<OptionSpec> subjectOptions();
/// The subject from --cn, --org, …, checked by lib/policy; a problem names its option.
[[nodiscard]] Result<SubjectFields> subjectFromOptions(const ParsedArgs &args);

/// Writes @p bytes to @p path atomically (QSaveFile); @p privateFile: readable by the owner only.
[[nodiscard]] Result<void> writeOutputFile(
    const QString &path, const QByteArray &bytes, bool privateFile);
/// Reads @p path ("-": standard input), at most 1 MiB.
[[nodiscard]] Result<QByteArray> readInputFile(
    CliContext &ctx, const QString &path, const QString &what);
/// DER as PEM ("-----BEGIN @p label-----", base64 in 64-character lines).
[[nodiscard]] QByteArray pemOf(const QByteArray &der, const char *label);

[[nodiscard]] QList<OptionSpec> exportOptions();
int exportCertificate(CliContext &ctx, const ParsedArgs &args);
int jwks(CliContext &ctx, const ParsedArgs &args);

} // namespace oauthdesk::cli
