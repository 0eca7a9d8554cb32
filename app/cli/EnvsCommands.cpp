// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli envs list|show|create|edit|delete|discover|set-credential|clear-credential: the
// Environments use case, with the registration credentials through Registrations; create and edit
// take --client-ca FILE, the CA(s) the AS trusts for client certificates (the doctor's chain
// check).
#include "CliContext.h"
#include "CliText.h"
#include "Commands.h"
#include "Lookups.h"
#include "Output.h"
#include "oauth/Discovery.h"
#include "policy/Validation.h"

#include <QFileInfo>

namespace oauthdesk::cli {

namespace {

const QString kIat = QStringLiteral("initial-access-token");
const QString kSsa = QStringLiteral("software-statement");

QJsonObject discoveryJson(const DiscoveryMetadata &m)
{
    QJsonObject aliases;
    for (auto it = m.mtlsEndpointAliases.constBegin(); it != m.mtlsEndpointAliases.constEnd(); ++it)
        aliases.insert(it.key(), it.value().toString());
    auto url = [](const QUrl &u) {
        return u.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(u.toString());
    };
    return { { QStringLiteral("issuer"), m.issuer },
        { QStringLiteral("tokenEndpoint"), url(m.tokenEndpoint) },
        { QStringLiteral("authorizationEndpoint"), url(m.authorizationEndpoint) },
        { QStringLiteral("jwksUri"), url(m.jwksUri) },
        { QStringLiteral("registrationEndpoint"), url(m.registrationEndpoint) },
        { QStringLiteral("introspectionEndpoint"), url(m.introspectionEndpoint) },
        { QStringLiteral("revocationEndpoint"), url(m.revocationEndpoint) },
        { QStringLiteral("userinfoEndpoint"), url(m.userinfoEndpoint) },
        { QStringLiteral("mtlsEndpointAliases"), aliases },
        { QStringLiteral("tokenEndpointAuthMethods"), jsonStrings(m.tokenEndpointAuthMethods) },
        { QStringLiteral("grantTypes"), jsonStrings(m.grantTypes) },
        { QStringLiteral("scopes"), jsonStrings(m.scopes) } };
}

Fields describeDiscovery(const DiscoveryMetadata &m)
{
    QStringList aliases;
    for (auto it = m.mtlsEndpointAliases.constBegin(); it != m.mtlsEndpointAliases.constEnd(); ++it)
        aliases.append(it.key() + QStringLiteral(" → ") + it.value().toString());
    aliases.sort();
    return { { CliText::tr("Token endpoint"), m.tokenEndpoint.toString() },
        { CliText::tr("mTLS aliases"), aliases.join(QLatin1Char('\n')) },
        { CliText::tr("JWKS"), m.jwksUri.toString() },
        { CliText::tr("Registration"),
            m.registrationEndpoint.isEmpty() ? CliText::tr("(not offered)")
                                             : m.registrationEndpoint.toString() },
        { CliText::tr("Introspection"), m.introspectionEndpoint.toString() },
        { CliText::tr("Revocation"), m.revocationEndpoint.toString() },
        { CliText::tr("Authorization"), m.authorizationEndpoint.toString() },
        { CliText::tr("Auth methods"), m.tokenEndpointAuthMethods.join(QLatin1Char(' ')) },
        { CliText::tr("Grant types"), m.grantTypes.join(QLatin1Char(' ')) },
        { CliText::tr("Scopes"), m.scopes.join(QLatin1Char(' ')) } };
}

QString optionFor(const QString &field, bool creating)
{
    if (field == fields::name)
        return creating ? QStringLiteral("NAME") : QStringLiteral("--name");
    if (field == fields::issuer)
        return QStringLiteral("--issuer");
    if (field == fields::apiBaseUrl)
        return QStringLiteral("--api-base");
    if (field.startsWith(fields::headers))
        return QStringLiteral("--header");
    if (field == fields::caBundlePath)
        return QStringLiteral("--ca-bundle");
    if (field == Environments::clientCaField())
        return QStringLiteral("--client-ca");
    return field;
}

/// "Client CA the AS trusts" in words: one line per CA certificate.
QString clientCaText(const Environment &env)
{
    if (env.clientCaPem.isEmpty())
        return CliText::tr(
            "(not recorded; the doctor skips the chain check: set it with --client-ca FILE)");
    auto read = Environments::readClientCa(env.clientCaPem);
    if (!read)
        return read.error().message;
    QStringList lines;
    for (const ClientCaSummary &c : std::as_const(read->certificates))
        lines.append(CliText::tr("%1, valid until %2").arg(c.subject, isoTime(c.notAfter)));
    return lines.join(QLatin1Char('\n'));
}

QJsonArray clientCaJson(const Environment &env)
{
    QJsonArray out;
    if (env.clientCaPem.isEmpty())
        return out;
    auto read = Environments::readClientCa(env.clientCaPem);
    if (!read)
        return out;
    for (const ClientCaSummary &c : std::as_const(read->certificates))
        out.append(QJsonObject { { QStringLiteral("subject"), c.subject },
            { QStringLiteral("issuer"), c.issuer },
            { QStringLiteral("notBefore"), jsonTime(c.notBefore) },
            { QStringLiteral("notAfter"), jsonTime(c.notAfter) },
            { QStringLiteral("sha256Thumbprint"), c.sha256Thumbprint },
            { QStringLiteral("selfSigned"), c.selfSigned } });
    return out;
}

/// An environment's --json shape in the envs commands: the common one plus clientCa, what the
/// client CA the AS trusts holds ([] when not recorded).
QJsonObject envJson(const Environment &env)
{
    QJsonObject o = toJson(env);
    o.insert(QStringLiteral("clientCa"), clientCaJson(env));
    return o;
}

int list(CliContext &ctx, const ParsedArgs &)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto envs = ctx.wait((*ws)->environments().list());
    if (!envs)
        return ctx.fail(envs.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const Environment &e : *envs)
            a.append(envJson(e));
        ctx.printJson(
            QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("environments"), a } });
        return 0;
    }
    if (envs->isEmpty()) {
        ctx.note(CliText::tr(
            "No environments yet: \"oauthdesk-cli envs create NAME --issuer URL\" adds one."));
        return 0;
    }
    Table t({ CliText::tr("ID"), CliText::tr("NAME"), CliText::tr("ISSUER"), CliText::tr("TLS"),
        CliText::tr("DISCOVERY") });
    for (const Environment &e : *envs)
        t.addRow({ QString::number(e.id), e.name, e.issuer.toString(), toWire(e.connectivity),
            e.discoveryFetchedAt ? isoTime(e.discoveryFetchedAt) : CliText::tr("never") });
    ctx.print(t.render());
    return 0;
}

int show(CliContext &ctx, const ParsedArgs &args)
{
    auto env = findEnvironment(ctx, args.positional(0));
    if (!env)
        return ctx.fail(env.error());
    auto ws = ctx.workspace();
    std::optional<DiscoveryMetadata> metadata;
    if (!env->discoveryDocument.isEmpty()) {
        if (auto parsed = parseDiscovery(env->discoveryDocument, env->issuer))
            metadata = *parsed;
    }
    // Only whether there is one: stored credentials are never shown.
    auto credentials = ctx.wait((*ws)->registrations().readCredentials(*env));
    if (!credentials)
        ctx.note(CliText::tr("Registration credentials could not be read: %1")
                     .arg(credentials.error().message));
    if (ctx.json()) {
        QJsonObject o { { QStringLiteral("ok"), true },
            { QStringLiteral("environment"), envJson(*env) } };
        o.insert(QStringLiteral("discovery"),
            metadata ? QJsonValue(discoveryJson(*metadata)) : QJsonValue(QJsonValue::Null));
        if (credentials)
            o.insert(QStringLiteral("registrationCredentials"),
                QJsonObject {
                    { QStringLiteral("initialAccessToken"), bool(credentials->initialAccessToken) },
                    { QStringLiteral("softwareStatement"),
                        bool(credentials->softwareStatement) } });
        ctx.printJson(o);
        return 0;
    }
    Fields f = describe(*env);
    f.append({ CliText::tr("Client CA the AS trusts"), clientCaText(*env) });
    if (credentials) {
        f.append({ CliText::tr("Initial access token"),
            credentials->initialAccessToken ? CliText::tr("stored") : CliText::tr("none") });
        f.append({ CliText::tr("Software statement"),
            credentials->softwareStatement ? CliText::tr("stored") : CliText::tr("none") });
    }
    if (metadata)
        f.append(describeDiscovery(*metadata));
    ctx.print(renderFields(f));
    return 0;
}

int save(CliContext &ctx, const ParsedArgs &args, Environment env, bool creating)
{
    const QUrl previousIssuer = env.issuer;
    if (args.has(QStringLiteral("name")))
        env.name = args.value(QStringLiteral("name")).trimmed();
    if (args.has(QStringLiteral("issuer")))
        env.issuer = QUrl(args.value(QStringLiteral("issuer")).trimmed(), QUrl::StrictMode);
    if (args.has(QStringLiteral("connectivity")))
        env.connectivity = *fromWire<Connectivity>(args.value(QStringLiteral("connectivity")));
    if (args.has(QStringLiteral("api-base")))
        env.apiBaseUrl = QUrl(args.value(QStringLiteral("api-base")).trimmed(), QUrl::StrictMode);
    if (args.has(QStringLiteral("ca-bundle"))) {
        const QString path = args.value(QStringLiteral("ca-bundle"));
        env.caBundlePath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    }
    if (args.has(QStringLiteral("assertion-audience")))
        env.assertionAudience
            = *fromWire<AssertionAudience>(args.value(QStringLiteral("assertion-audience")));
    if (args.has(QStringLiteral("clear-headers")))
        env.headers.clear();
    QStringList lines;
    if (args.has(QStringLiteral("client-ca"))) {
        const QString path = args.value(QStringLiteral("client-ca"));
        if (path.isEmpty()) {
            env.clientCaPem.clear(); // --client-ca "": no longer recorded
        } else {
            auto ws = ctx.workspace();
            if (!ws)
                return ctx.fail(ws.error());
            auto read
                = ctx.wait((*ws)->environments().loadClientCa(path)); // checked: CAs only, no key
            if (read)
                env.clientCaPem = read->pem;
            else
                lines.append(QStringLiteral("--client-ca: ") + read.error().message);
        }
    }
    for (const QString &h : args.all(QStringLiteral("header"))) {
        const qsizetype eq = h.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            lines.append(
                CliText::tr("--header: \"%1\" is not NAME=VALUE; write it as --header X-Region=1.")
                    .arg(h));
            continue;
        }
        const QString name = h.left(eq).trimmed();
        env.headers.removeIf(
            [&](const ExtraHeader &e) { return e.name.compare(name, Qt::CaseInsensitive) == 0; });
        env.headers.append(ExtraHeader { name, h.mid(eq + 1), {} });
    }
    if (!creating && env.issuer != previousIssuer) {
        // Another AS: what was discovered about the old one no longer applies.
        env.discoveryDocument.clear();
        env.discoveryFetchedAt.reset();
    }
    for (const Problem &p : validateEnvironment(env))
        lines.append(optionFor(p.field, creating) + QStringLiteral(": ") + p.message);
    if (!lines.isEmpty())
        return ctx.problems(lines);
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto saved = ctx.wait((*ws)->environments().save(env));
    if (!saved)
        return ctx.fail(saved.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {
            { QStringLiteral("ok"), true }, { QStringLiteral("environment"), envJson(*saved) } });
    else
        ctx.print((creating ? CliText::tr("Created environment \"%1\" (id %2).")
                            : CliText::tr("Saved environment \"%1\" (id %2)."))
                      .arg(saved->name)
                      .arg(saved->id));
    if (creating && !ctx.json())
        ctx.note(CliText::tr("Next: \"oauthdesk-cli envs discover %1\" reads the AS's metadata.")
                     .arg(saved->name));
    return 0;
}

int create(CliContext &ctx, const ParsedArgs &args)
{
    if (!args.has(QStringLiteral("issuer")))
        return ctx.usage(
            CliText::tr("--issuer is required: the authorization server's issuer URL, such as "
                        "https://as.example.com."));
    Environment env;
    env.name = args.positional(0).trimmed();
    return save(ctx, args, env, true);
}

int edit(CliContext &ctx, const ParsedArgs &args)
{
    auto env = findEnvironment(ctx, args.positional(0));
    if (!env)
        return ctx.fail(env.error());
    return save(ctx, args, *env, false);
}

int remove(CliContext &ctx, const ParsedArgs &args)
{
    auto env = findEnvironment(ctx, args.positional(0));
    if (!env)
        return ctx.fail(env.error());
    if (!ctx.confirm(args,
            CliText::tr("Delete environment \"%1\" and its registration credentials? Its clients "
                        "keep their "
                        "settings, without an environment.")
                .arg(env->name)))
        return ctx.usage(CliText::tr("Not deleted. Add --yes to delete \"%1\" without being asked.")
                             .arg(env->name));
    auto ws = ctx.workspace();
    auto removed = ctx.wait((*ws)->environments().remove(env->id));
    if (!removed)
        return ctx.fail(removed.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {
            { QStringLiteral("ok"), true }, { QStringLiteral("deleted"), toJson(*env) } });
    else
        ctx.print(CliText::tr("Deleted environment \"%1\".").arg(env->name));
    return 0;
}

int discover(CliContext &ctx, const ParsedArgs &args)
{
    auto env = findEnvironment(ctx, args.positional(0));
    if (!env)
        return ctx.fail(env.error());
    auto ws = ctx.workspace();
    if (!ctx.json())
        ctx.note(CliText::tr("Fetching %1 (at most %2 s)…")
                     .arg(Environments::discoveryUrl(*env).toString())
                     .arg((*ws)->environments().deadlineSeconds()));
    auto refreshed = ctx.wait((*ws)->environments().refreshDiscovery(env->id));
    if (!refreshed)
        return ctx.fail(refreshed.error());
    const DiscoveryMetadata &m = *refreshed->discovery.metadata;
    if (ctx.json()) {
        QJsonArray exchanges;
        for (const HttpExchange &ex : refreshed->discovery.exchanges)
            exchanges.append(toJson(ex, ctx.options().verbose));
        ctx.printJson(QJsonObject { { QStringLiteral("ok"), true },
            { QStringLiteral("environment"), toJson(refreshed->environment) },
            { QStringLiteral("discovery"), discoveryJson(m) },
            { QStringLiteral("exchanges"), exchanges } });
        return 0;
    }
    if (ctx.options().verbose) {
        for (const HttpExchange &ex : refreshed->discovery.exchanges)
            ctx.note(exchangeText(ex));
    }
    ctx.print(renderFields(Fields { { CliText::tr("Issuer"), m.issuer } } + describeDiscovery(m)));
    return 0;
}

int setCredential(CliContext &ctx, const ParsedArgs &args, bool clear)
{
    const QString kind = args.positional(1);
    if (kind != kIat && kind != kSsa)
        return ctx.usage(CliText::tr("KIND is %1 or %2, not \"%3\".").arg(kIat, kSsa, kind));
    auto env = findEnvironment(ctx, args.positional(0));
    if (!env)
        return ctx.fail(env.error());
    std::shared_ptr<const SecretBytes> value;
    if (!clear) {
        const QString label = kind == kIat ? CliText::tr("Initial access token")
                                           : CliText::tr("Software statement");
        auto secret = ctx.secret(args, QStringLiteral("stdin"), label);
        if (!secret)
            return ctx.fail(secret.error());
        value = std::make_shared<const SecretBytes>(std::move(*secret));
    }
    std::optional<std::shared_ptr<const SecretBytes>> iat, ssa;
    (kind == kIat ? iat : ssa) = value;
    auto ws = ctx.workspace();
    auto stored = ctx.wait((*ws)->registrations().storeCredentials(*env, iat, ssa));
    if (!stored)
        return ctx.fail(stored.error());
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("ok"), true },
            { QStringLiteral("environment"), toJson(*env) }, { QStringLiteral("credential"), kind },
            { QStringLiteral("stored"), !clear } });
    else
        ctx.print(clear
                ? CliText::tr("Removed the %1 of \"%2\" from the keychain.").arg(kind, env->name)
                : CliText::tr("Stored the %1 of \"%2\" in the keychain.").arg(kind, env->name));
    return 0;
}

QList<OptionSpec> envOptions(bool editing)
{
    QList<OptionSpec> o;
    if (editing)
        o.append({ QStringLiteral("name"), QStringLiteral("NAME"), CliText::tr("The new name."),
            false, {} });
    o += QList<OptionSpec> {
        { QStringLiteral("issuer"), QStringLiteral("URL"),
            editing ? CliText::tr("The issuer URL (the cached discovery is dropped).")
                    : CliText::tr("The issuer URL (required)."),
            false, {} },
        { QStringLiteral("connectivity"), QStringLiteral("MODE"),
            CliText::tr("tls, or mtls to call the AS's mTLS endpoint aliases (RFC 8705 §5)."),
            false, { QStringLiteral("tls"), QStringLiteral("mtls") } },
        { QStringLiteral("api-base"), QStringLiteral("URL"),
            CliText::tr("The APIs' base URL (for \"call\")."), false, {} },
        { QStringLiteral("header"), QStringLiteral("NAME=VALUE"),
            CliText::tr("An extra header sent with every request, such as X-Region=1 (repeatable; "
                        "replaces one of that name)."),
            true, {} },
        { QStringLiteral("ca-bundle"), QStringLiteral("FILE"),
            CliText::tr("A PEM file of CA certificates to trust for this AS (\"\" for none)."),
            false, {} },
        { QStringLiteral("client-ca"), QStringLiteral("FILE"),
            CliText::tr("The CA certificate(s) the AS trusts for client certificates "
                        "(tls_client_auth), PEM or DER; the "
                        "doctor checks transport certificates against them. CA certificates only: "
                        "a client certificate "
                        "or a private key is refused. Stored in OAuthDesk's data file (public "
                        "data), not the path "
                        "(\"\" for none)."),
            false, {} },
        { QStringLiteral("assertion-audience"), QStringLiteral("RULE"),
            CliText::tr("What a private_key_jwt assertion's aud names."), false,
            { QStringLiteral("token_endpoint"), QStringLiteral("issuer"),
                QStringLiteral("endpoint_called") } },
    };
    if (editing)
        o.append({ QStringLiteral("clear-headers"), {},
            CliText::tr("Remove every extra header first."), false, {} });
    return o;
}

} // namespace

QList<CommandSpec> environmentCommands()
{
    const QString g = QStringLiteral("envs");
    const QString kinds = CliText::tr(
        "KIND is initial-access-token (RFC 7591 §3) or software-statement (RFC 7591 §2.3).");
    return {
        { g, QStringLiteral("list"), {}, {}, 0, 0, CliText::tr("List the environments."), {}, {},
            list },
        { g, QStringLiteral("show"), {}, QStringLiteral("ENV"), 1, 1,
            CliText::tr("Show an environment and its cached discovery."),
            CliText::tr("Also says whether registration credentials are stored (never what they "
                        "are), and the subjects and "
                        "expiry of the client CA the AS trusts."),
            {}, show },
        { g, QStringLiteral("create"), { QStringLiteral("add") }, QStringLiteral("NAME"), 1, 1,
            CliText::tr("Add an environment: one authorization server and the APIs behind it."), {},
            envOptions(false), create },
        { g, QStringLiteral("edit"), {}, QStringLiteral("ENV"), 1, 1,
            CliText::tr("Change an environment."), {}, envOptions(true), edit },
        { g, QStringLiteral("delete"), { QStringLiteral("remove") }, QStringLiteral("ENV"), 1, 1,
            CliText::tr("Delete an environment and its registration credentials."), {},
            { yesOption() }, remove },
        { g, QStringLiteral("discover"), {}, QStringLiteral("ENV"), 1, 1,
            CliText::tr("Fetch and cache the AS's discovery metadata."),
            CliText::tr("OpenID Connect discovery, then RFC 8414's location. A document whose "
                        "issuer is not identical to the "
                        "configured one, or that names a plain-http endpoint, is refused."),
            {}, discover },
        { g, QStringLiteral("set-credential"), {}, QStringLiteral("ENV KIND"), 2, 2,
            CliText::tr("Store a registration credential in the keychain."),
            kinds + QLatin1Char(' ')
                + CliText::tr("Read from standard input with --stdin, or typed at a prompt that "
                              "does not echo."),
            { { QStringLiteral("stdin"), {}, CliText::tr("Read it from standard input (one line)."),
                false, {} } },
            [](CliContext &c, const ParsedArgs &a) { return setCredential(c, a, false); } },
        { g, QStringLiteral("clear-credential"), {}, QStringLiteral("ENV KIND"), 2, 2,
            CliText::tr("Remove a registration credential from the keychain."), kinds, {},
            [](CliContext &c, const ParsedArgs &a) { return setCredential(c, a, true); } },
    };
}

} // namespace oauthdesk::cli
