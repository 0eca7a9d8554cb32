// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"
#include "model/Application.h"
#include "model/CertificateRecord.h"
#include "model/Environment.h"
#include "model/OAuthClient.h"

namespace oauthdesk::cli {

// The objects a command names, by what the admin types: the row id or the name (for clients
// also the client ID; for certificates the kid or subject). The use cases' find() decide; a
// name two objects share is refused with their ids.

[[nodiscard]] Result<Application> findApplication(CliContext &ctx, const QString &idOrName);
[[nodiscard]] Result<Environment> findEnvironment(CliContext &ctx, const QString &idOrName);
/// The whole row (find() matches on the list; get() reads every column).
[[nodiscard]] Result<OAuthClient> findClient(CliContext &ctx, const QString &idNameOrClientId);
/// Among @p applicationIdOrName's certificates when given, else among every application's.
[[nodiscard]] Result<CertificateRecord> findCertificate(
    CliContext &ctx, const QString &idKidOrSubject, const QString &applicationIdOrName = {});
/// The names to show next to ids ("" when the id is unknown).
[[nodiscard]] QString applicationName(CliContext &ctx, qint64 id);
[[nodiscard]] QString environmentName(CliContext &ctx, std::optional<qint64> id);

} // namespace oauthdesk::cli
