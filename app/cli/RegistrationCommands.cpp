// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli clients register (RFC 7591) and registration-read|registration-update|
// registration-delete (RFC 7592): the Registrations use case. The AS's answer is the truth:
// what it registered is what is saved.
#include "CliText.h"
#include "ClientOptions.h"
#include "Commands.h"
#include "Lookups.h"
#include "Output.h"
#include "usecases/Registrations.h"

namespace oauthdesk::cli {

namespace {

QJsonArray differencesJson(const QList<MetadataDifference> &differences)
{
    QJsonArray a;
    for (const MetadataDifference &d : differences)
        a.append(QJsonObject { { QStringLiteral("field"), d.field },
            { QStringLiteral("requested"), d.requested }, { QStringLiteral("granted"), d.granted },
            { QStringLiteral("text"), d.text } });
    return a;
}

/// Prints what the AS answered: the client as saved, what it granted differently, warnings,
/// and (with --verbose) the exchanges; the issued secret only with --show-secret.
int report(
    CliContext &ctx, const RegistrationOutcome &o, const QString &done, bool newClient = false)
{
    for (const QString &w : o.warnings)
        ctx.note(w);
    if (ctx.options().verbose && !ctx.json()) {
        for (const HttpExchange &ex : o.exchanges)
            ctx.note(exchangeText(ex));
    }
    if (!o.client)
        return ctx.fail(o.client.error());
    const OAuthClient &c = *o.client;
    if (ctx.json()) {
        QJsonArray exchanges;
        for (const HttpExchange &ex : o.exchanges)
            exchanges.append(toJson(ex, ctx.options().verbose));
        QJsonObject out { { QStringLiteral("ok"), true }, { QStringLiteral("client"), toJson(c) },
            { QStringLiteral("requested"), o.requested }, { QStringLiteral("granted"), o.granted },
            { QStringLiteral("differences"), differencesJson(o.differences) },
            { QStringLiteral("secretIssued"), bool(o.clientSecret) },
            { QStringLiteral("warnings"), jsonStrings(o.warnings) },
            { QStringLiteral("exchanges"), exchanges } };
        if (ctx.showSecret() && o.clientSecret)
            out.insert(QStringLiteral("clientSecret"), o.clientSecret->toUtf8String());
        ctx.printJson(out);
    } else {
        ctx.print(done.arg(c.name, c.clientId).arg(c.id));
        for (const MetadataDifference &d : o.differences)
            ctx.print(QStringLiteral("  ") + d.text);
    }
    if (o.clientSecret && (o.secretChanged || newClient))
        showSecretOnce(ctx, c, *o.clientSecret, CliText::tr("Client secret issued by the AS"));
    return 0;
}

int registerClient(CliContext &ctx, const ParsedArgs &args)
{
    auto draft = clientFromOptions(ctx, args, OAuthClient {}, ClientForm::Register);
    if (!draft)
        return ctx.fail(draft.error());
    auto env = findEnvironment(ctx, QString::number(*draft->environmentId));
    if (!env)
        return ctx.fail(env.error());
    if (Registrations::endpoint(*env).isEmpty())
        return ctx.fail(Error { ErrorCode::InvalidInput,
            CliText::tr(
                "The AS of \"%1\" offers no registration endpoint in its cached discovery: run "
                "\"oauthdesk-cli envs discover %1\" first, or record a client registered elsewhere "
                "with \"clients create\".")
                .arg(env->name),
            {} });
    auto ws = ctx.workspace();
    auto input = ctx.wait((*ws)->registrations().inputFor(*draft));
    if (!input)
        return ctx.fail(input.error());
    auto outcome = ctx.wait((*ws)->registrations().registerClient(*env, *input));
    if (!outcome)
        return ctx.fail(outcome.error());
    return report(
        ctx, *outcome, CliText::tr("Registered \"%1\" at the AS: client ID %2 (id %3)."), true);
}

/// The client and its environment, for a client registered through OAuthDesk.
Result<std::pair<OAuthClient, Environment>> registeredClient(CliContext &ctx, const QString &name)
{
    auto c = findClient(ctx, name);
    if (!c)
        return std::unexpected(c.error());
    if (c->registrationClientUri.isEmpty() || !c->environmentId)
        return fail(ErrorCode::InvalidInput,
            CliText::tr("\"%1\" was not registered through OAuthDesk (it has no registration "
                        "management URI), so the AS "
                        "cannot be asked about it.")
                .arg(c->name));
    auto env = findEnvironment(ctx, QString::number(*c->environmentId));
    if (!env)
        return std::unexpected(env.error());
    return std::pair { *c, *env };
}

int read(CliContext &ctx, const ParsedArgs &args)
{
    auto found = registeredClient(ctx, args.positional(0));
    if (!found)
        return ctx.fail(found.error());
    auto ws = ctx.workspace();
    auto outcome = ctx.wait((*ws)->registrations().refresh(found->second, found->first));
    if (!outcome)
        return ctx.fail(outcome.error());
    return report(ctx, *outcome,
        CliText::tr("Read \"%1\" (client ID %2, id %3) back from the AS; the local record has its "
                    "values."));
}

int update(CliContext &ctx, const ParsedArgs &args)
{
    auto found = registeredClient(ctx, args.positional(0));
    if (!found)
        return ctx.fail(found.error());
    auto draft = clientFromOptions(ctx, args, found->first, ClientForm::Edit);
    if (!draft)
        return ctx.fail(draft.error());
    auto ws = ctx.workspace();
    auto input = ctx.wait((*ws)->registrations().inputFor(*draft, found->first.authMethod));
    if (!input)
        return ctx.fail(input.error());
    auto outcome = ctx.wait((*ws)->registrations().update(found->second, *input));
    if (!outcome)
        return ctx.fail(outcome.error());
    return report(
        ctx, *outcome, CliText::tr("Updated \"%1\" (client ID %2, id %3) at the AS and here."));
}

int remove(CliContext &ctx, const ParsedArgs &args)
{
    auto found = registeredClient(ctx, args.positional(0));
    if (!found)
        return ctx.fail(found.error());
    const OAuthClient &c = found->first;
    if (!ctx.confirm(args,
            CliText::tr(
                "Delete \"%1\" (client ID %2) at the AS, then here with its keychain entries?")
                .arg(c.name, c.clientId)))
        return ctx.usage(CliText::tr("Not deleted. Add --yes to delete \"%1\" without being asked.")
                             .arg(c.name));
    auto ws = ctx.workspace();
    auto outcome = ctx.wait((*ws)->registrations().deleteAtAs(found->second, c));
    if (!outcome)
        return ctx.fail(outcome.error());
    if (ctx.options().verbose && !ctx.json()) {
        for (const HttpExchange &ex : outcome->exchanges)
            ctx.note(exchangeText(ex));
    }
    if (!outcome->result)
        return ctx.fail(outcome->result.error());
    if (ctx.json()) {
        QJsonArray exchanges;
        for (const HttpExchange &ex : outcome->exchanges)
            exchanges.append(toJson(ex, ctx.options().verbose));
        ctx.printJson(QJsonObject { { QStringLiteral("ok"), true },
            { QStringLiteral("deleted"), toJson(c) }, { QStringLiteral("exchanges"), exchanges } });
    } else {
        ctx.print(CliText::tr("Deleted \"%1\" (client ID %2) at the AS and here.")
                      .arg(c.name, c.clientId));
    }
    return 0;
}

} // namespace

QList<CommandSpec> registrationCommands()
{
    const QString g = QStringLiteral("clients");
    const QString registered = CliText::tr(
        "For a client registered through OAuthDesk (it keeps the registration access token "
        "in the keychain).");
    return {
        { g, QStringLiteral("register"), {}, QStringLiteral("NAME"), 1, 1,
            CliText::tr("Register a new client at the environment's AS (RFC 7591)."),
            CliText::tr("Sends client_name, grant_types, response_types, redirect_uris, "
                        "token_endpoint_auth_method, scope, "
                        "application_type, the signing key's JWKS (private_key_jwt), the "
                        "self-signed certificate "
                        "(self_signed_tls_client_auth) or the certificate's subject DN "
                        "(tls_client_auth) and the environment's "
                        "software statement, with its initial access token. What the AS answers is "
                        "saved: its client ID, and "
                        "the secret and registration access token in the keychain. What it granted "
                        "differently is listed."),
            clientOptions(ClientForm::Register), registerClient },
        { g, QStringLiteral("registration-read"), {}, QStringLiteral("CLIENT"), 1, 1,
            CliText::tr("Read the client's registration back from the AS (RFC 7592 GET)."),
            registered + QLatin1Char(' ')
                + CliText::tr(
                    "The AS's values replace the local ones; the differences are listed."),
            {}, read },
        { g, QStringLiteral("registration-update"), {}, QStringLiteral("CLIENT"), 1, 1,
            CliText::tr(
                "Send the client's settings to the AS (RFC 7592 PUT of the full metadata)."),
            registered + QLatin1Char(' ')
                + CliText::tr(
                    "Takes the same options as \"clients edit\"; they are applied, sent, and "
                    "what the AS answers is saved."),
            clientOptions(ClientForm::Edit).mid(0, clientOptions(ClientForm::Edit).size() - 2),
            update },
        { g, QStringLiteral("registration-delete"), {}, QStringLiteral("CLIENT"), 1, 1,
            CliText::tr("Delete the client at the AS (RFC 7592 DELETE), then here with its "
                        "keychain entries."),
            registered, { yesOption() }, remove },
    };
}

} // namespace oauthdesk::cli
