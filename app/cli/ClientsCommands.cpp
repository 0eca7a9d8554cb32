// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli clients list|show|create|edit|delete|secret|rotate-secret: the Clients and
// ClientSubmissions use cases (registration at the AS is in RegistrationCommands.cpp).
#include "CliText.h"
#include "ClientOptions.h"
#include "Commands.h"
#include "Lookups.h"
#include "Output.h"
#include "policy/Validation.h"

namespace oauthdesk::cli {

namespace {

QString clientLabel(const OAuthClient &c)
{
    return c.clientId.isEmpty() ? c.name
                                : c.name + QStringLiteral(" (") + c.clientId + QLatin1Char(')');
}

int list(CliContext &ctx, const ParsedArgs &args)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    std::optional<qint64> appId, envId;
    if (args.has(QStringLiteral("app"))) {
        auto app = findApplication(ctx, args.value(QStringLiteral("app")));
        if (!app)
            return ctx.fail(app.error());
        appId = app->id;
    }
    if (args.has(QStringLiteral("env"))) {
        auto env = findEnvironment(ctx, args.value(QStringLiteral("env")));
        if (!env)
            return ctx.fail(env.error());
        envId = env->id;
    }
    auto clients = ctx.wait((*ws)->clients().list());
    if (!clients)
        return ctx.fail(clients.error());
    auto envs = ctx.wait((*ws)->environments().list());
    QHash<qint64, QString> envNames;
    for (const Environment &e : envs.value_or(QList<Environment> {}))
        envNames.insert(e.id, e.name);
    clients->removeIf([&](const OAuthClient &c) {
        return (appId && c.applicationId != *appId) || (envId && c.environmentId != envId);
    });
    if (ctx.json()) {
        QJsonArray a;
        for (const OAuthClient &c : *clients)
            a.append(toJson(c));
        ctx.printJson(
            QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("clients"), a } });
        return 0;
    }
    if (clients->isEmpty()) {
        ctx.note(CliText::tr(
            "No clients%1. \"oauthdesk-cli clients create NAME --app APP --client-id ID\" records "
            "one, "
            "\"oauthdesk-cli clients register NAME --app APP --env ENV\" registers one at the AS.")
                     .arg(appId || envId ? CliText::tr(" here") : QString()));
        return 0;
    }
    Table t({ CliText::tr("ID"), CliText::tr("NAME"), CliText::tr("CLIENT ID"), CliText::tr("TYPE"),
        CliText::tr("METHOD"), CliText::tr("ENV"), CliText::tr("STATUS") });
    for (const OAuthClient &c : *clients)
        t.addRow({ QString::number(c.id), c.name, c.clientId, toWire(c.applicationType),
            toWire(c.authMethod), c.environmentId ? envNames.value(*c.environmentId) : QString(),
            toWire(c.status) });
    ctx.print(t.render());
    return 0;
}

int show(CliContext &ctx, const ParsedArgs &args)
{
    auto c = findClient(ctx, args.positional(0));
    if (!c)
        return ctx.fail(c.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject {
            { QStringLiteral("ok"), true }, { QStringLiteral("client"), toJson(*c) } });
        return 0;
    }
    ctx.print(renderFields(describe(
        *c, applicationName(ctx, c->applicationId), environmentName(ctx, c->environmentId))));
    return 0;
}

QJsonObject withSecret(CliContext &ctx, QJsonObject o, const SecretBytes &secret)
{
    if (ctx.showSecret() && !secret.isEmpty())
        o.insert(QStringLiteral("clientSecret"), secret.toUtf8String());
    return o;
}

int create(CliContext &ctx, const ParsedArgs &args)
{
    auto draft = clientFromOptions(ctx, args, OAuthClient {}, ClientForm::Add);
    if (!draft)
        return ctx.fail(draft.error());
    ClientSubmission submission;
    submission.client = *draft;
    if (usesClientSecret(draft->authMethod)) {
        auto secret = clientSecretFromOptions(ctx, args);
        if (!secret)
            return ctx.fail(secret.error());
        submission.secret = std::move(*secret);
    } else if (args.has(QStringLiteral("secret-stdin"))
        || args.has(QStringLiteral("generate-secret"))) {
        return ctx.usage(CliText::tr(
            "--method %1 uses no client secret; leave out --secret-stdin and --generate-secret.")
                             .arg(toWire(draft->authMethod)));
    }
    const bool generated = args.has(QStringLiteral("generate-secret"));
    auto ws = ctx.workspace();
    auto outcome = ctx.wait((*ws)->submissions().submit(std::move(submission)));
    if (!outcome)
        return ctx.fail(outcome.error());
    if (!outcome->client)
        return ctx.fail(outcome->client.error());
    const OAuthClient &saved = *outcome->client;
    if (ctx.json()) {
        ctx.printJson(withSecret(ctx,
            QJsonObject {
                { QStringLiteral("ok"), true }, { QStringLiteral("client"), toJson(saved) } },
            outcome->secretToShow));
    } else {
        ctx.print(CliText::tr("Created client \"%1\" (id %2), client ID %3.")
                      .arg(saved.name)
                      .arg(saved.id)
                      .arg(saved.clientId));
    }
    if (generated)
        showSecretOnce(ctx, saved, outcome->secretToShow,
            CliText::tr("Generated client secret (configure it at the AS)"));
    return 0;
}

int edit(CliContext &ctx, const ParsedArgs &args)
{
    auto stored = findClient(ctx, args.positional(0));
    if (!stored)
        return ctx.fail(stored.error());
    auto draft = clientFromOptions(ctx, args, *stored, ClientForm::Edit);
    if (!draft)
        return ctx.fail(draft.error());
    std::optional<SecretBytes> secret;
    const bool toSecret
        = usesClientSecret(draft->authMethod) && !usesClientSecret(stored->authMethod);
    if (toSecret) {
        auto s = clientSecretFromOptions(ctx, args);
        if (!s)
            return ctx.fail(s.error());
        secret = std::move(*s);
    } else if (args.has(QStringLiteral("secret-stdin"))
        || args.has(QStringLiteral("generate-secret"))) {
        return ctx.usage(CliText::tr(
            "A new secret for a client that has one is a rotation: use \"oauthdesk-cli clients "
            "rotate-secret %1\".")
                             .arg(stored->id));
    }
    const bool generated = toSecret && args.has(QStringLiteral("generate-secret"));
    ClientSubmission submission;
    submission.client = *draft;
    submission.secret = std::move(secret);
    submission.editing = true;
    submission.previousMethod = stored->authMethod;
    auto ws = ctx.workspace();
    auto outcome = ctx.wait((*ws)->submissions().submit(std::move(submission)));
    if (!outcome)
        return ctx.fail(outcome.error());
    if (!outcome->client)
        return ctx.fail(outcome->client.error());
    const OAuthClient &saved = *outcome->client;
    if (ctx.json())
        ctx.printJson(withSecret(ctx,
            QJsonObject {
                { QStringLiteral("ok"), true }, { QStringLiteral("client"), toJson(saved) } },
            generated ? outcome->secretToShow.clone() : SecretBytes {}));
    else
        ctx.print(CliText::tr("Saved client %1.").arg(clientLabel(saved)));
    if (generated)
        showSecretOnce(ctx, saved, outcome->secretToShow,
            CliText::tr("Generated client secret (configure it at the AS)"));
    if (!saved.registrationClientUri.isEmpty() && !ctx.json())
        ctx.note(CliText::tr("The AS still has the settings it registered: \"oauthdesk-cli clients "
                             "registration-update %1\" "
                             "sends these.")
                     .arg(saved.id));
    return 0;
}

int remove(CliContext &ctx, const ParsedArgs &args)
{
    auto c = findClient(ctx, args.positional(0));
    if (!c)
        return ctx.fail(c.error());
    if (!ctx.confirm(args,
            CliText::tr("Delete client %1 and its keychain entries here?").arg(clientLabel(*c))))
        return ctx.usage(CliText::tr("Not deleted. Add --yes to delete %1 without being asked.")
                             .arg(clientLabel(*c)));
    auto ws = ctx.workspace();
    auto removed = ctx.wait((*ws)->clients().remove(c->id));
    if (!removed)
        return ctx.fail(removed.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {
            { QStringLiteral("ok"), true }, { QStringLiteral("deleted"), toJson(*c) } });
    else
        ctx.print(CliText::tr("Deleted client %1.").arg(clientLabel(*c)));
    if (!c->registrationClientUri.isEmpty())
        ctx.note(CliText::tr("It is still registered at the AS (this only deleted it here); "
                             "\"clients registration-delete\" "
                             "deletes a registered client there and here."));
    return 0;
}

int secret(CliContext &ctx, const ParsedArgs &args)
{
    if (!ctx.showSecret())
        return ctx.usage(
            CliText::tr("The secret is printed only when you ask for it: add --show-secret."));
    auto c = findClient(ctx, args.positional(0));
    if (!c)
        return ctx.fail(c.error());
    if (!usesClientSecret(c->authMethod))
        return ctx.fail(Error { ErrorCode::NotFound,
            CliText::tr("%1 authenticates with %2, so it has no client secret.")
                .arg(clientLabel(*c), toWire(c->authMethod)),
            {} });
    auto ws = ctx.workspace();
    auto s = ctx.wait((*ws)->clients().readSecret(*c));
    if (!s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(withSecret(ctx,
            QJsonObject {
                { QStringLiteral("ok"), true }, { QStringLiteral("client"), toJson(*c) } },
            *s));
    else
        ctx.print(s->toUtf8String());
    return 0;
}

int rotateAtAs(CliContext &ctx, const OAuthClient &c);

int rotate(CliContext &ctx, const ParsedArgs &args)
{
    auto c = findClient(ctx, args.positional(0));
    if (!c)
        return ctx.fail(c.error());
    if (!usesClientSecret(c->authMethod))
        return ctx.usage(CliText::tr("%1 authenticates with %2, which uses no client secret.")
                             .arg(clientLabel(*c), toWire(c->authMethod)));
    if (args.has(QStringLiteral("at-as"))) {
        if (args.has(QStringLiteral("secret-stdin")) || args.has(QStringLiteral("generate-secret")))
            return ctx.usage(CliText::tr("--at-as asks the AS for a new secret; leave out "
                                         "--secret-stdin and --generate-secret."));
        return rotateAtAs(ctx, *c);
    }
    auto fresh = clientSecretFromOptions(ctx, args);
    if (!fresh)
        return ctx.fail(fresh.error());
    const SecretBytes shown
        = args.has(QStringLiteral("generate-secret")) ? fresh->clone() : SecretBytes {};
    auto ws = ctx.workspace();
    auto rotated = ctx.wait((*ws)->clients().rotateSecret(*c, std::move(*fresh)));
    if (!rotated)
        return ctx.fail(rotated.error());
    if (ctx.json())
        ctx.printJson(withSecret(ctx,
            QJsonObject {
                { QStringLiteral("ok"), true }, { QStringLiteral("client"), toJson(*c) } },
            shown));
    else
        ctx.print(CliText::tr("The new secret of %1 is in the keychain (the AS was not asked).")
                      .arg(clientLabel(*c)));
    showSecretOnce(ctx, *c, shown, CliText::tr("New client secret (configure it at the AS)"));
    return 0;
}

int rotateAtAs(CliContext &ctx, const OAuthClient &c)
{
    if (c.registrationClientUri.isEmpty() || !c.environmentId)
        return ctx.usage(
            CliText::tr("%1 was not registered through OAuthDesk, so the AS cannot be asked; "
                        "rotate it at the AS and "
                        "store the new secret with \"clients rotate-secret %2 --secret-stdin\".")
                .arg(clientLabel(c))
                .arg(c.id));
    auto env = findEnvironment(ctx, QString::number(*c.environmentId));
    if (!env)
        return ctx.fail(env.error());
    auto ws = ctx.workspace();
    auto outcome = ctx.wait((*ws)->registrations().rotateSecret(*env, c));
    if (!outcome)
        return ctx.fail(outcome.error());
    for (const QString &w : outcome->warnings)
        ctx.note(w);
    if (!outcome->client)
        return ctx.fail(outcome->client.error());
    const SecretBytes issued
        = outcome->clientSecret ? outcome->clientSecret->clone() : SecretBytes {};
    if (ctx.json()) {
        QJsonObject o { { QStringLiteral("ok"), true },
            { QStringLiteral("client"), toJson(*outcome->client) },
            { QStringLiteral("secretChanged"), outcome->secretChanged },
            { QStringLiteral("warnings"), jsonStrings(outcome->warnings) } };
        ctx.printJson(withSecret(ctx, o, issued));
    } else {
        ctx.print(outcome->secretChanged
                ? CliText::tr("The AS issued a new secret for %1; it is in the keychain.")
                      .arg(clientLabel(c))
                : CliText::tr("The AS kept the secret of %1.").arg(clientLabel(c)));
    }
    if (outcome->secretChanged)
        showSecretOnce(ctx, *outcome->client, issued, CliText::tr("New client secret"));
    return 0;
}

} // namespace

QList<CommandSpec> clientCommands()
{
    const QString g = QStringLiteral("clients");
    const QString naming = CliText::tr("CLIENT is the client's id, name or client ID.");
    return {
        { g, QStringLiteral("list"), {}, {}, 0, 0, CliText::tr("List the clients."), {},
            { { QStringLiteral("app"), QStringLiteral("APP"),
                  CliText::tr("Only this application's."), false, {} },
                { QStringLiteral("env"), QStringLiteral("ENV"),
                    CliText::tr("Only this environment's."), false, {} } },
            list },
        { g, QStringLiteral("show"), {}, QStringLiteral("CLIENT"), 1, 1,
            CliText::tr("Show everything recorded about a client."), naming, {}, show },
        { g, QStringLiteral("create"), { QStringLiteral("add") }, QStringLiteral("NAME"), 1, 1,
            CliText::tr("Record a client registered elsewhere (its client ID from your AS)."),
            CliText::tr("For client_secret_basic, client_secret_post and client_secret_jwt the "
                        "secret goes to the "
                        "keychain: piped in with "
                        "--secret-stdin, typed at a prompt that does not echo, or "
                        "--generate-secret (shown only with "
                        "--show-secret). The type's recommended settings apply, as in the wizard; "
                        "what the rules reject is "
                        "named by its option."),
            clientOptions(ClientForm::Add), create },
        { g, QStringLiteral("edit"), {}, QStringLiteral("CLIENT"), 1, 1,
            CliText::tr("Change a client here."),
            naming + QLatin1Char(' ')
                + CliText::tr(
                    "Only what is given changes. A client registered at its AS keeps the old "
                    "settings there until \"clients registration-update\"."),
            clientOptions(ClientForm::Edit), edit },
        { g, QStringLiteral("delete"), { QStringLiteral("remove") }, QStringLiteral("CLIENT"), 1, 1,
            CliText::tr("Delete a client here, its keychain entries first."), naming,
            { yesOption() }, remove },
        { g, QStringLiteral("secret"), {}, QStringLiteral("CLIENT"), 1, 1,
            CliText::tr("Print the client secret from the keychain (needs --show-secret)."), naming,
            {}, secret },
        { g, QStringLiteral("rotate-secret"), {}, QStringLiteral("CLIENT"), 1, 1,
            CliText::tr("Replace the client secret."),
            CliText::tr("By default the new secret is one the AS issued elsewhere (piped in with "
                        "--secret-stdin, or typed) or a "
                        "generated one to configure there (--generate-secret); the old one is "
                        "replaced only once the new one is "
                        "stored. --at-as asks the AS for a new one (RFC 7592 PUT without the "
                        "current secret): only an AS that "
                        "then issues one rotates, which is said."),
            { { QStringLiteral("secret-stdin"), {},
                  CliText::tr("Read the new secret from standard input."), false, {} },
                { QStringLiteral("generate-secret"), {},
                    CliText::tr("Generate a strong secret (256 bits)."), false, {} },
                { QStringLiteral("at-as"), {},
                    CliText::tr(
                        "Ask the AS for a new secret (clients registered through OAuthDesk)."),
                    false, {} } },
            rotate },
    };
}

} // namespace oauthdesk::cli
