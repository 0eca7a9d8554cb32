// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli doctor: the preflight doctor (issue 15) for one client, an environment's clients
// or everything, as text grouped by area or as JSON; exit status 9 when a check failed (for CI).
#include "CliContext.h"
#include "CliText.h"
#include "Commands.h"
#include "Lookups.h"
#include "usecases/Doctor.h"

#include <QElapsedTimer>

namespace oauthdesk::cli {

namespace {

int doctorCommand(CliContext &ctx, const ParsedArgs &args)
{
    const bool all = args.has(QStringLiteral("all"));
    const QString envName = args.value(QStringLiteral("env"));
    const QString clientName = args.positional(0);
    if (clientName.isEmpty() && !all && envName.isEmpty())
        return ctx.usage(
            CliText::tr("Name a CLIENT, or give --env ENV for an environment's clients, or "
                        "--all for every client."));
    if (!clientName.isEmpty() && (all || !envName.isEmpty()))
        return ctx.usage(CliText::tr("Give either a CLIENT or --all / --env, not both."));
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Doctor doctor(**ws);
    Doctor::Options options;
    options.live = !args.has(QStringLiteral("no-live"));
    options.clientCaBundlePath = args.value(QStringLiteral("client-ca"));

    QList<DoctorReport> reports;
    QElapsedTimer timer;
    timer.start();
    if (!clientName.isEmpty()) {
        auto client = findClient(ctx, clientName);
        if (!client)
            return ctx.fail(client.error());
        auto report = ctx.wait(doctor.check(client->id, options));
        if (!report)
            return ctx.fail(report.error());
        reports.append(*report);
    } else {
        std::optional<qint64> envId;
        if (!envName.isEmpty()) {
            auto env = findEnvironment(ctx, envName);
            if (!env)
                return ctx.fail(env.error());
            envId = env->id;
        }
        auto answered = ctx.wait(doctor.checkAll(envId, options));
        if (!answered)
            return ctx.fail(answered.error());
        reports = *answered;
    }
    const bool failed = std::any_of(
        reports.cbegin(), reports.cend(), [](const DoctorReport &r) { return r.failed(); });
    if (ctx.json()) {
        QJsonArray list;
        for (const DoctorReport &r : reports)
            list.append(r.toJson());
        ctx.printJson(QJsonObject { { QStringLiteral("ok"), !failed },
            { QStringLiteral("clients"), int(reports.size()) },
            { QStringLiteral("elapsed_ms"), timer.elapsed() },
            { QStringLiteral("reports"), list } });
    } else {
        QStringList texts;
        for (const DoctorReport &r : reports)
            texts.append(r.toText());
        if (texts.isEmpty())
            ctx.note(CliText::tr("No clients to check."));
        else
            ctx.print(texts.join(QStringLiteral("\n")));
        if (reports.size() > 1) {
            const auto failedCount = std::count_if(
                reports.cbegin(), reports.cend(), [](const DoctorReport &r) { return r.failed(); });
            ctx.note(CliText::tr("%1 client(s) checked in %2 ms, %3 with failures.")
                         .arg(reports.size())
                         .arg(timer.elapsed())
                         .arg(failedCount));
        }
    }
    return toInt(failed ? ExitCode::CheckFailed : ExitCode::Ok);
}

} // namespace

QList<CommandSpec> doctorCommands()
{
    return {
        { {}, QStringLiteral("doctor"), {}, QStringLiteral("[CLIENT]"), 0, 1,
            CliText::tr("Check a client's whole chain and say what to fix (changes nothing)."),
            CliText::tr(
                "The preflight doctor checks the environment (discovery, issuer, TLS chain and "
                "expiry, clock skew), the "
                "client against the AS's metadata (auth method, grant and response types, PKCE, "
                "signing algorithm, "
                "scopes, redirect URIs), its keys and certificates (key matches certificate, key "
                "usage, EKU, chain, "
                "validity, RSA size, SHA-1, the JWKS the AS has), its secrets, and a live test "
                "token with its "
                "certificate binding. Each finding is a pass (✔), warning (!), failure (✘) or "
                "skipped (–) with the fix. "
                "It never changes anything. The exit status is 9 when any check failed, 0 "
                "otherwise."),
            { { QStringLiteral("all"), {}, CliText::tr("Check every client."), false, {} },
                { QStringLiteral("env"), QStringLiteral("ENV"),
                    CliText::tr("Check every client of environment ENV."), false, {} },
                { QStringLiteral("no-live"), {},
                    CliText::tr("Do not ask the AS for a test token (faster; offline)."), false,
                    {} },
                { QStringLiteral("client-ca"), QStringLiteral("FILE"),
                    CliText::tr(
                        "PEM bundle of the CAs the AS trusts for client certificates: transport "
                        "certificates are checked against it. Default: the environment's client CA "
                        "(envs edit ENV --client-ca FILE); with neither, that check is skipped."),
                    false, {} } },
            doctorCommand },
    };
}

} // namespace oauthdesk::cli
