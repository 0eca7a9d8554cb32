// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lookups.h"

#include <QCoreApplication>

namespace oauthdesk::cli {

Result<Application> findApplication(CliContext &ctx, const QString &idOrName)
{
    auto ws = ctx.workspace();
    if (!ws)
        return std::unexpected(ws.error());
    return ctx.wait((*ws)->applications().find(idOrName));
}

Result<Environment> findEnvironment(CliContext &ctx, const QString &idOrName)
{
    auto ws = ctx.workspace();
    if (!ws)
        return std::unexpected(ws.error());
    return ctx.wait((*ws)->environments().find(idOrName));
}

Result<OAuthClient> findClient(CliContext &ctx, const QString &idNameOrClientId)
{
    auto ws = ctx.workspace();
    if (!ws)
        return std::unexpected(ws.error());
    auto found = ctx.wait((*ws)->clients().find(idNameOrClientId));
    if (!found)
        return found;
    return ctx.wait((*ws)->clients().get(found->id));
}

Result<CertificateRecord> findCertificate(
    CliContext &ctx, const QString &idKidOrSubject, const QString &applicationIdOrName)
{
    auto ws = ctx.workspace();
    if (!ws)
        return std::unexpected(ws.error());
    if (!applicationIdOrName.isEmpty()) {
        auto app = findApplication(ctx, applicationIdOrName);
        if (!app)
            return std::unexpected(app.error());
        return ctx.wait((*ws)->certificates().find(app->id, idKidOrSubject));
    }
    auto apps = ctx.wait((*ws)->applications().list());
    if (!apps)
        return std::unexpected(apps.error());
    QList<CertificateRecord> all;
    for (const Application &a : *apps) {
        auto records = ctx.wait((*ws)->certificates().forApplication(a.id));
        if (!records)
            return std::unexpected(records.error());
        all.append(*records);
    }
    return pickByName(
        all, idKidOrSubject,
        [](const CertificateRecord &r) {
            return QStringList { r.kid, r.subjectDn, r.uuid };
        },
        QCoreApplication::translate("oauthdesk::Cli", "certificate"));
}

QString applicationName(CliContext &ctx, qint64 id)
{
    auto app = findApplication(ctx, QString::number(id));
    return app ? app->name : QString();
}

QString environmentName(CliContext &ctx, std::optional<qint64> id)
{
    if (!id)
        return {};
    auto env = findEnvironment(ctx, QString::number(*id));
    return env ? env->name : QString();
}

} // namespace oauthdesk::cli
