// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: `expiring` (the expiry radar) and `bundle` (a support bundle for a client).
#include "CliContext.h"
#include "CliText.h"
#include "Commands.h"
#include "Lookups.h"
#include "Output.h"
#include "TokenRun.h"
#include "usecases/Doctor.h"
#include "usecases/ExpiryRadar.h"
#include "usecases/SupportBundle.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace oauthdesk::cli {

namespace {

int expiring(CliContext &ctx, const ParsedArgs &args)
{
    std::optional<qint64> within;
    if (args.has(QStringLiteral("within"))) {
        auto days = ExpiryRadar::parseDays(
            args.value(QStringLiteral("within")), QStringLiteral("--within"));
        if (!days)
            return ctx.usage(days.error().message);
        within = *days;
    }
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ExpiryRadar radar(**ws);
    auto items = ctx.wait(radar.scan(now));
    if (!items)
        return ctx.fail(items.error());
    const QList<ExpiryItem> shown = within ? ExpiryRadar::within(*items, *within, now) : *items;

    const QString icsPath = args.value(QStringLiteral("ics"));
    if (!icsPath.isEmpty()) {
        QSaveFile file(icsPath);
        const QByteArray ics = ExpiryRadar::toICalendar(shown, now);
        if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
            return ctx.fail({ ErrorCode::InvalidInput,
                CliText::tr(
                    "--ics: %1 cannot be written (%2). Pick a file in a folder you can write to.")
                    .arg(icsPath, file.errorString()),
                {} });
        ctx.note(CliText::tr("%1 written (%2 calendar events).").arg(icsPath).arg(shown.size()));
    }

    if (ctx.json()) {
        QJsonArray list;
        for (const ExpiryItem &i : shown)
            list.append(i.toJson());
        ctx.printJson(
            QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("now"), isoTime(now) },
                { QStringLiteral("withinDays"),
                    within ? QJsonValue(*within) : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("items"), list } });
        return 0;
    }
    if (shown.isEmpty()) {
        ctx.print(within ? CliText::tr("Nothing expires within %1 days.").arg(*within)
                         : CliText::tr("Nothing recorded expires."));
        return 0;
    }
    Table table(
        { CliText::tr("EXPIRES"), CliText::tr("DAYS"), CliText::tr("URGENCY"), CliText::tr("KIND"),
            CliText::tr("WHAT"), CliText::tr("APPLICATION"), CliText::tr("ENVIRONMENT") });
    for (const ExpiryItem &i : shown)
        table.addRow({ isoTime(i.expiresAt), QString::number(i.daysLeft),
            ExpiryRadar::urgencyText(i.urgency), ExpiryRadar::kindText(i.kind), i.what,
            i.application, i.environment });
    ctx.print(table.render());
    return 0;
}

int bundle(CliContext &ctx, const ParsedArgs &args)
{
    const QString output = args.value(QStringLiteral("output"));
    if (output.isEmpty())
        return ctx.usage(
            CliText::tr("--output: name the zip file to write, e.g. --output support.zip."));
    auto client = findClient(ctx, args.positional(0));
    if (!client)
        return ctx.fail(client.error());
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    SupportBundle bundle(**ws);

    for (const char *option : { "timeout", "login-hint", "open-browser" }) {
        if (!args.has(QStringLiteral("sign-in")) && args.has(QString::fromLatin1(option)))
            return ctx.usage(CliText::tr("--%1 is for the sign-in: add --sign-in.")
                                 .arg(QString::fromLatin1(option)));
    }
    SessionRecord session;
    if (args.has(QStringLiteral("sign-in"))) {
        if (!isInteractive(*client))
            return ctx.usage(CliText::tr(
                "--sign-in: \"%1\" gets its test token without a browser; leave --sign-in out.")
                                 .arg(client->name));
        // The sign-in `signin` runs: the link on stderr, the loopback listener waiting for it.
        auto opened = openSession(ctx, args);
        if (!opened)
            return ctx.fail(opened.error());
        const auto result = runSession(ctx, **opened);
        if (!result)
            return ctx.fail({ ErrorCode::Timeout, CliText::tr("The sign-in did not finish."), {} });
        session = SessionRecord::of(**opened, *result);
    } else {
        if (!isInteractive(*client))
            ctx.note(CliText::tr("Getting a test token for \"%1\"…").arg(client->name));
        auto fresh = ctx.wait(bundle.runTestSession(client->id));
        if (!fresh)
            return ctx.fail(fresh.error());
        session = std::move(*fresh);
    }
    ctx.note(CliText::tr("Test session: %1").arg(session.note));

    ctx.note(CliText::tr("Running the doctor…"));
    Doctor doctor(**ws);
    auto report = ctx.wait(doctor.check(client->id, {}));

    auto input = ctx.wait(bundle.gather(client->id));
    if (!input)
        return ctx.fail(input.error());
    input->session = std::move(session);
    if (report)
        input->doctorReport = report->toJson();
    else
        ctx.note(CliText::tr("The doctor could not run (%1); the bundle has no report.")
                     .arg(report.error().message));

    const QByteArray zip = SupportBundle::zip(*input);
    auto saved = ctx.wait(bundle.save(output, zip));
    if (!saved)
        return ctx.fail(saved.error());
    QStringList names;
    for (const SupportBundleFile &f : SupportBundle::files(*input))
        names << f.name;
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("ok"), true },
            { QStringLiteral("path"), QFileInfo(output).absoluteFilePath() },
            { QStringLiteral("bytes"), qint64(zip.size()) },
            { QStringLiteral("session"), input->session.note },
            { QStringLiteral("exchanges"),
                int(input->session.exchanges.size() + input->session.browserSteps.size()) },
            { QStringLiteral("doctor"), bool(input->doctorReport) },
            { QStringLiteral("files"), jsonStrings(names) } });
        return 0;
    }
    ctx.print(CliText::tr(
        "Support bundle written to %1 (%2 bytes): %3. Secrets, tokens and signatures are redacted.")
                  .arg(QFileInfo(output).absoluteFilePath())
                  .arg(zip.size())
                  .arg(names.join(QStringLiteral(", "))));
    return 0;
}

QList<OptionSpec> bundleOptions()
{
    QList<OptionSpec> options { { QStringLiteral("output"), QStringLiteral("FILE.zip"),
                                    CliText::tr("Where to write the bundle (required)."), false,
                                    {} },
        { QStringLiteral("sign-in"), {},
            CliText::tr(
                "Sign in through the browser first (interactive clients) and bundle that session."),
            false, {} } };
    // How the sign-in waits: those of `signin` (its --scope is not offered: the bundle is the
    // client's own).
    for (const OptionSpec &o : sessionOptions(true)) {
        if (o.name != QLatin1String("scope"))
            options.append(o);
    }
    return options;
}

} // namespace

QList<CommandSpec> radarCommands()
{
    return {
        { {}, QStringLiteral("expiring"), {}, {}, 0, 0,
            CliText::tr(
                "List what expires: certificates, the local CA, client secrets, registration "
                "tokens."),
            CliText::tr(
                "Everything with an expiry date across every environment and application, soonest "
                "first, with the "
                "days left and its urgency (expired, within 14 days, within 30 days, later). "
                "--within limits the "
                "list to what expires by then (expired items always show); durations are days (30d "
                "or 30), weeks "
                "(12w), months of 30 days (6m) or years (1y). --ics writes the same list as an "
                "iCalendar file, one "
                "all-day event per item with a reminder 14 days before. A client secret is listed "
                "when "
                "the AS named its expiry at registration (client_secret_expires_at). Exits 0 even "
                "when the list "
                "is empty."),
            { { QStringLiteral("within"), QStringLiteral("DURATION"),
                  CliText::tr("Only what expires within DURATION (30d, 12w, 6m)."), false, {} },
                { QStringLiteral("ics"), QStringLiteral("FILE"),
                    CliText::tr("Also write the list to FILE as iCalendar (.ics)."), false, {} } },
            expiring },
        { {}, QStringLiteral("bundle"), {}, QStringLiteral("CLIENT"), 1, 1,
            CliText::tr("Write a support bundle for a client (zip, secrets redacted)."),
            CliText::tr(
                "Gets a fresh test token for CLIENT and runs the doctor, then writes one zip with "
                "the exchanges "
                "(every secret, token, assertion signature, authorization code, code_verifier and "
                "Authorization header redacted; JWT payloads kept), "
                "the doctor's report, the client's configuration, the AS metadata and the versions "
                "of OAuthDesk, Qt, "
                "OpenSSL and the OS. CLIENT is the client's id, name or client ID. A client that "
                "signs "
                "people in through a browser (native, SPA, web) gets no token without one: its "
                "bundle "
                "says it holds no exchanges, unless --sign-in runs the sign-in as \"signin\" does "
                "(the "
                "link printed on stderr, the browser coming back to the loopback redirect), and "
                "the "
                "bundle holds its authorization request, token exchange and JWKS fetch."),
            bundleOptions(), bundle },
    };
}

} // namespace oauthdesk::cli
