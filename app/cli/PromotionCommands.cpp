// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli diff|promote: issue 15 "UAT → Production", through the Promotion use case.
#include "CliContext.h"
#include "CliText.h"
#include "ClientOptions.h"
#include "Commands.h"
#include "Lookups.h"
#include "Output.h"
#include "usecases/Promotion.h"

namespace oauthdesk::cli {

namespace {

QJsonObject toJson(const ClientPairDiff &p)
{
    QJsonArray fields;
    for (const FieldDifference &f : p.fields)
        fields.append(QJsonObject { { QStringLiteral("field"), f.field },
            { QStringLiteral("label"), f.label }, { QStringLiteral("a"), f.a },
            { QStringLiteral("b"), f.b }, { QStringLiteral("differs"), f.differs },
            { QStringLiteral("informational"), f.informational } });
    QJsonObject o { { QStringLiteral("applicationId"), p.applicationId },
        { QStringLiteral("name"), p.name },
        { QStringLiteral("onlyIn"),
            p.onlyInA()       ? QStringLiteral("a")
                : p.onlyInB() ? QStringLiteral("b")
                              : QString() },
        { QStringLiteral("differences"), p.differenceCount() },
        { QStringLiteral("differs"), p.differs() }, { QStringLiteral("fields"), fields } };
    if (p.a)
        o.insert(QStringLiteral("aId"), p.a->id);
    if (p.b)
        o.insert(QStringLiteral("bId"), p.b->id);
    return o;
}

int diffCommand(CliContext &ctx, const ParsedArgs &args)
{
    auto a = findEnvironment(ctx, args.positional(0));
    if (!a)
        return ctx.fail(a.error());
    auto b = findEnvironment(ctx, args.positional(1));
    if (!b)
        return ctx.fail(b.error());
    qint64 appId = 0;
    if (args.has(QStringLiteral("app"))) {
        auto app = findApplication(ctx, args.value(QStringLiteral("app")));
        if (!app)
            return ctx.fail(app.error());
        appId = app->id;
    }
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Promotion promotion(**ws);
    auto d = ctx.wait(promotion.diff(appId, a->id, b->id));
    if (!d)
        return ctx.fail(d.error());
    const int status = args.has(QStringLiteral("exit-code")) && !d->identical() ? 1 : 0;
    if (ctx.json()) {
        QJsonArray pairs;
        for (const ClientPairDiff &p : d->pairs)
            pairs.append(toJson(p));
        ctx.printJson(
            QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("a"), d->a.name },
                { QStringLiteral("b"), d->b.name }, { QStringLiteral("identical"), d->identical() },
                { QStringLiteral("differingClients"), d->differingPairs() },
                { QStringLiteral("pairs"), pairs } });
        return status;
    }
    const bool all = args.has(QStringLiteral("all-fields"));
    // Markers as well as words, so the output reads without colour: = same, ≠ differs,
    // < only in the first environment, > only in the second.
    Table t({ QString(), CliText::tr("Client / field"), d->a.name, d->b.name });
    for (const ClientPairDiff &p : d->pairs) {
        const QString app = applicationName(ctx, p.applicationId);
        const QString title = p.name
            + (app.isEmpty() || appId ? QString() : QStringLiteral(" [") + app + QLatin1Char(']'));
        if (p.onlyInA()) {
            t.addRow({ QStringLiteral("<"), title,
                p.a->clientId.isEmpty() ? CliText::tr("present") : p.a->clientId,
                CliText::tr("(missing)") });
            continue;
        }
        if (p.onlyInB()) {
            t.addRow({ QStringLiteral(">"), title, CliText::tr("(missing)"),
                p.b->clientId.isEmpty() ? CliText::tr("present") : p.b->clientId });
            continue;
        }
        t.addRow({ p.differs() ? QStringLiteral("≠") : QStringLiteral("="), title,
            p.differs() ? CliText::tr("%n difference(s)", nullptr, p.differenceCount())
                        : CliText::tr("identical"),
            QString() });
        for (const FieldDifference &f : p.fields) {
            if (!f.differs && !f.informational && !all)
                continue;
            t.addRow({ QString(),
                QStringLiteral("  ")
                    + (f.differs && !f.informational ? QStringLiteral("≠ ") : QStringLiteral("  "))
                    + f.label,
                f.a, f.b });
        }
    }
    if (t.isEmpty())
        ctx.print(CliText::tr("Neither %1 nor %2 has clients%3.")
                      .arg(d->a.name, d->b.name,
                          appId ? CliText::tr(" in this application") : QString()));
    else
        ctx.print(t.render());
    ctx.print(d->identical()
            ? CliText::tr("%1 and %2 have the same clients with the same settings.")
                  .arg(d->a.name, d->b.name)
            : CliText::tr("%n client(s) differ.", nullptr, d->differingPairs()));
    return status;
}

QString marker(PromotionItem::Kind kind)
{
    switch (kind) {
    case PromotionItem::Kind::Copied:
        return QStringLiteral("=");
    case PromotionItem::Kind::Fresh:
        return QStringLiteral("+");
    case PromotionItem::Kind::NotCopied:
        return QStringLiteral("-");
    case PromotionItem::Kind::Warning:
        return QStringLiteral("!");
    case PromotionItem::Kind::Refused:
        return QStringLiteral("✘");
    }
    return {};
}

QString kindText(PromotionItem::Kind kind)
{
    switch (kind) {
    case PromotionItem::Kind::Copied:
        return CliText::tr("copied");
    case PromotionItem::Kind::Fresh:
        return CliText::tr("fresh");
    case PromotionItem::Kind::NotCopied:
        return CliText::tr("not copied");
    case PromotionItem::Kind::Warning:
        return CliText::tr("warning");
    case PromotionItem::Kind::Refused:
        return CliText::tr("refused");
    }
    return {};
}

QJsonObject toJson(const PromotionPlan &plan)
{
    QJsonArray items;
    for (const PromotionItem &i : plan.items)
        items.append(QJsonObject { { QStringLiteral("kind"), toWire(i.kind) },
            { QStringLiteral("field"), i.field }, { QStringLiteral("label"), i.label },
            { QStringLiteral("value"), i.value }, { QStringLiteral("text"), i.text } });
    return { { QStringLiteral("client"), plan.source.id },
        { QStringLiteral("name"), plan.source.name },
        { QStringLiteral("target"), plan.target.name },
        { QStringLiteral("targetCanRegister"), plan.targetCanRegister },
        { QStringLiteral("targetMetadataKnown"), plan.targetMetadataKnown },
        { QStringLiteral("blocked"), plan.blocked() }, { QStringLiteral("items"), items } };
}

QString planText(const PromotionPlan &plan)
{
    QStringList lines;
    lines.append(CliText::tr("Promote \"%1\" to %2:").arg(plan.source.name, plan.target.name));
    // Grouped in the order an admin decides by: refused first, then what needs a look.
    for (PromotionItem::Kind kind : { PromotionItem::Kind::Refused, PromotionItem::Kind::Warning,
             PromotionItem::Kind::NotCopied, PromotionItem::Kind::Fresh,
             PromotionItem::Kind::Copied }) {
        for (const PromotionItem &i : plan.itemsOf(kind)) {
            QString line = QStringLiteral("%1 %2  %3")
                               .arg(marker(kind), kindText(kind).leftJustified(10), i.label);
            if (!i.value.isEmpty())
                line += QStringLiteral(": ") + i.value;
            if (!i.text.isEmpty())
                line += QStringLiteral(" — ") + i.text;
            lines.append(line);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

int promoteCommand(CliContext &ctx, const ParsedArgs &args)
{
    auto client = findClient(ctx, args.positional(0));
    if (!client)
        return ctx.fail(client.error());
    auto target = findEnvironment(ctx, args.value(QStringLiteral("to")));
    if (!target)
        return ctx.fail(target.error());
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Promotion promotion(**ws);
    auto plan = ctx.wait(promotion.plan(client->id, target->id));
    if (!plan)
        return ctx.fail(plan.error());
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    if (dryRun || !ctx.json() || plan->blocked()) {
        if (ctx.json())
            ctx.printJson(QJsonObject { { QStringLiteral("ok"), !plan->blocked() },
                { QStringLiteral("plan"), toJson(*plan) } });
        else
            ctx.print(planText(*plan));
    }
    if (plan->blocked()) {
        Error e { ErrorCode::InvalidInput,
            CliText::tr("Not promoted: %1 refuses what the client needs (the ✘ lines above).")
                .arg(target->name),
            {} };
        return ctx.json() ? ctx.failOnStderr(e) : ctx.fail(e);
    }
    if (dryRun)
        return 0;
    PromoteOptions options;
    options.registerAtAs = args.has(QStringLiteral("register"));
    options.clientId = args.value(QStringLiteral("client-id"));
    if (!options.registerAtAs && options.clientId.isEmpty())
        return ctx.usage(plan->targetCanRegister
                ? CliText::tr(
                    "Add --register to register the client at %1's AS, or --client-id with the ID "
                    "it issued.")
                      .arg(target->name)
                : CliText::tr(
                    "%1's AS offers no registration: add --client-id with the client ID it issued.")
                      .arg(target->name));
    if (!ctx.confirm(args,
            CliText::tr("Create \"%1\" in %2 with fresh credentials%3?")
                .arg(plan->source.name, target->name,
                    options.registerAtAs ? CliText::tr(" and register it there") : QString())))
        return ctx.usage(CliText::tr("Not promoted. Add --yes to promote without being asked."));
    auto result = ctx.wait(promotion.promote(*plan, options));
    if (!result)
        return ctx.fail(result.error());
    const OAuthClient &c = result->client;
    if (ctx.json()) {
        QJsonObject o { { QStringLiteral("ok"), true },
            { QStringLiteral("client"), oauthdesk::cli::toJson(c) } };
        if (result->signing)
            o.insert(QStringLiteral("signingKey"), oauthdesk::cli::toJson(*result->signing));
        if (result->transport)
            o.insert(QStringLiteral("transportKey"), oauthdesk::cli::toJson(*result->transport));
        o.insert(QStringLiteral("nextSteps"), jsonStrings(result->nextSteps));
        if (ctx.showSecret() && !result->secretToShow.isEmpty())
            o.insert(QStringLiteral("clientSecret"), result->secretToShow.toUtf8String());
        ctx.printJson(o);
    } else {
        ctx.print(CliText::tr("Created \"%1\" in %2 (id %3), client ID %4%5.")
                      .arg(c.name, target->name)
                      .arg(c.id)
                      .arg(c.clientId,
                          c.registrationClientUri.isEmpty() ? QString()
                                                            : CliText::tr(", registered there")));
        if (result->signing)
            ctx.print(CliText::tr("New signing key: %1, kid %2.")
                          .arg(toWire(result->signing->keyAlgorithm), result->signing->kid));
        if (result->transport)
            ctx.print(
                CliText::tr("New transport key: %1, %2.")
                    .arg(toWire(result->transport->keyAlgorithm), result->transport->subjectDn));
        if (result->registration)
            for (const MetadataDifference &m : result->registration->differences)
                ctx.note(CliText::tr("The AS granted differently: %1").arg(m.text));
        for (const QString &step : result->nextSteps)
            ctx.print(CliText::tr("Next: %1").arg(step));
    }
    showSecretOnce(ctx, c, result->secretToShow, CliText::tr("New client secret"));
    return 0;
}

} // namespace

QList<CommandSpec> promotionCommands()
{
    return {
        { {}, QStringLiteral("diff"), {}, QStringLiteral("ENV_A ENV_B"), 2, 2,
            CliText::tr(
                "Compare two environments' clients side by side (same application, same name)."),
            CliText::tr(
                "Pairs the clients of ENV_A and ENV_B by application and name and compares grant "
                "types, scopes, "
                "authentication method, redirect URIs, token lifetimes, the assertion audience, "
                "certificates (subject, "
                "key algorithm, expiry, state; never a key) and registration state. Lines start "
                "with = (same), ≠ "
                "(differs), < (only in ENV_A) or > (only in ENV_B). The exit status is 0 whether "
                "or "
                "not they differ; "
                "with --exit-code it is 1 when they differ, as git diff --exit-code."),
            { { QStringLiteral("app"), QStringLiteral("APP"),
                  CliText::tr("Only the clients of this application."), false, {} },
                { QStringLiteral("all-fields"), {}, CliText::tr("List equal fields too."), false,
                    {} },
                { QStringLiteral("exit-code"), {},
                    CliText::tr("Exit with 1 when the environments differ."), false, {} } },
            diffCommand },
        { {}, QStringLiteral("promote"), {}, QStringLiteral("CLIENT"), 1, 1,
            CliText::tr("Create CLIENT in another environment with the same settings and fresh "
                        "credentials."),
            CliText::tr(
                "Prints the plan first: what is copied, what is made fresh (a new secret, new keys "
                "and CSRs: never "
                "CLIENT's key or certificate), what cannot be copied (the client ID the target AS "
                "assigns, a "
                "certificate its CA must issue, environment headers), and what the target AS does "
                "not support "
                "(refused: nothing is made). --dry-run stops after the plan (exit status 2 when "
                "refused). --register "
                "registers the client at the target AS (RFC 7591); without it give --client-id. If "
                "the registration "
                "fails, the fresh keys are removed again."),
            { { QStringLiteral("to"), QStringLiteral("ENV"),
                  CliText::tr("The target environment (required)."), false, {} },
                { QStringLiteral("register"), {},
                    CliText::tr("Register the new client at the target's AS."), false, {} },
                { QStringLiteral("client-id"), QStringLiteral("ID"),
                    CliText::tr("Without --register: the client ID the target AS issued."), false,
                    {} },
                { QStringLiteral("dry-run"), {}, CliText::tr("Print the plan only."), false, {} },
                yesOption() },
            [](CliContext &ctx, const ParsedArgs &args) {
                if (args.value(QStringLiteral("to")).isEmpty())
                    return ctx.usage(CliText::tr("Name the target environment with --to ENV."));
                return promoteCommand(ctx, args);
            } },
    };
}

} // namespace oauthdesk::cli
