// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli apps list|show|create|edit|delete: the Applications use case.
#include "CliContext.h"
#include "CliText.h"
#include "Commands.h"
#include "Lookups.h"
#include "Output.h"
#include "policy/Validation.h"

#include <algorithm>

namespace oauthdesk::cli {

namespace {

int list(CliContext &ctx, const ParsedArgs &)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto apps = ctx.wait((*ws)->applications().list());
    if (!apps)
        return ctx.fail(apps.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const Application &app : *apps)
            a.append(toJson(app));
        ctx.printJson(
            QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("applications"), a } });
        return 0;
    }
    if (apps->isEmpty()) {
        ctx.note(CliText::tr("No applications yet: \"oauthdesk-cli apps create NAME\" makes one."));
        return 0;
    }
    Table t({ CliText::tr("ID"), CliText::tr("NAME"), CliText::tr("ORGANISATION ID"),
        CliText::tr("DESCRIPTION") });
    for (const Application &app : *apps)
        t.addRow({ QString::number(app.id), app.name, app.organisationId, app.description });
    ctx.print(t.render());
    return 0;
}

int show(CliContext &ctx, const ParsedArgs &args)
{
    auto app = findApplication(ctx, args.positional(0));
    if (!app)
        return ctx.fail(app.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {
            { QStringLiteral("ok"), true }, { QStringLiteral("application"), toJson(*app) } });
    else
        ctx.print(renderFields(describe(*app)));
    return 0;
}

/// Applies --name, --description, --organisation-id; answers the problems in option words.
int saveWith(CliContext &ctx, const ParsedArgs &args, Application app, bool creating)
{
    if (args.has(QStringLiteral("name")))
        app.name = args.value(QStringLiteral("name")).trimmed();
    if (args.has(QStringLiteral("description")))
        app.description = args.value(QStringLiteral("description"));
    if (args.has(QStringLiteral("organisation-id")))
        app.organisationId = args.value(QStringLiteral("organisation-id")).trimmed();
    QStringList lines;
    for (const Problem &p : validateApplication(app))
        lines.append((p.field == fields::name
                             ? (creating ? QStringLiteral("NAME: ") : QStringLiteral("--name: "))
                             : QString())
            + p.message);
    if (!lines.isEmpty())
        return ctx.problems(lines);
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto saved = ctx.wait((*ws)->applications().save(app));
    if (!saved)
        return ctx.fail(saved.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {
            { QStringLiteral("ok"), true }, { QStringLiteral("application"), toJson(*saved) } });
    else
        ctx.print(creating
                ? CliText::tr("Created application \"%1\" (id %2).").arg(saved->name).arg(saved->id)
                : CliText::tr("Saved application \"%1\" (id %2).").arg(saved->name).arg(saved->id));
    return 0;
}

int create(CliContext &ctx, const ParsedArgs &args)
{
    Application app;
    app.name = args.positional(0).trimmed();
    return saveWith(ctx, args, app, true);
}

int edit(CliContext &ctx, const ParsedArgs &args)
{
    auto app = findApplication(ctx, args.positional(0));
    if (!app)
        return ctx.fail(app.error());
    return saveWith(ctx, args, *app, false);
}

int remove(CliContext &ctx, const ParsedArgs &args)
{
    auto app = findApplication(ctx, args.positional(0));
    if (!app)
        return ctx.fail(app.error());
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto clients = ctx.wait((*ws)->clients().list());
    if (!clients)
        return ctx.fail(clients.error());
    const auto count = std::count_if(clients->begin(), clients->end(),
        [&](const OAuthClient &c) { return c.applicationId == app->id; });
    const QString question = count > 0
        ? CliText::tr("Delete application \"%1\" with its %2 client(s), their certificates and "
                      "keychain entries?")
              .arg(app->name)
              .arg(count)
        : CliText::tr("Delete application \"%1\" with its certificates and keychain entries?")
              .arg(app->name);
    if (!ctx.confirm(args, question))
        return ctx.usage(CliText::tr("Not deleted. Add --yes to delete \"%1\" without being asked.")
                             .arg(app->name));
    auto removed = ctx.wait((*ws)->applications().remove(app->id));
    if (!removed)
        return ctx.fail(removed.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {
            { QStringLiteral("ok"), true }, { QStringLiteral("deleted"), toJson(*app) } });
    else
        ctx.print(CliText::tr("Deleted application \"%1\".").arg(app->name));
    return 0;
}

QList<OptionSpec> appOptions(bool withName)
{
    QList<OptionSpec> o;
    if (withName)
        o.append({ QStringLiteral("name"), QStringLiteral("NAME"), CliText::tr("The new name."),
            false, {} });
    o.append({ QStringLiteral("description"), QStringLiteral("TEXT"),
        CliText::tr("What the application is."), false, {} });
    o.append({ QStringLiteral("organisation-id"), QStringLiteral("ID"),
        CliText::tr("The organisation ID the portal knows it by."), false, {} });
    return o;
}

} // namespace

QList<CommandSpec> applicationCommands()
{
    const QString g = QStringLiteral("apps");
    return {
        { g, QStringLiteral("list"), {}, {}, 0, 0, CliText::tr("List the applications."), {}, {},
            list },
        { g, QStringLiteral("show"), {}, QStringLiteral("APP"), 1, 1,
            CliText::tr("Show one application (by id or name)."), {}, {}, show },
        { g, QStringLiteral("create"), { QStringLiteral("add") }, QStringLiteral("NAME"), 1, 1,
            CliText::tr("Create an application."), {}, appOptions(false), create },
        { g, QStringLiteral("edit"), {}, QStringLiteral("APP"), 1, 1,
            CliText::tr("Rename or describe an application."), {}, appOptions(true), edit },
        { g, QStringLiteral("delete"), { QStringLiteral("remove") }, QStringLiteral("APP"), 1, 1,
            CliText::tr("Delete an application with its clients and certificates."),
            CliText::tr("Their keychain entries (client secrets, registration tokens, private "
                        "keys) go first; if the keychain "
                        "refuses, nothing is deleted. Clients registered at an authorization "
                        "server stay registered there."),
            { yesOption() }, remove },
    };
}

} // namespace oauthdesk::cli
