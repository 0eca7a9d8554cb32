// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientOptions.h"

#include "CliText.h"
#include "Lookups.h"
#include "policy/ApplicationTypePreset.h"
#include "policy/Validation.h"

#include <QRegularExpression>

namespace oauthdesk::cli {

namespace {

QStringList wireNames(const QList<AuthMethod> &methods)
{
    QStringList out;
    for (AuthMethod m : methods)
        out.append(toWire(m));
    return out;
}

QString optionFor(const QString &field, ClientForm form)
{
    const QString base = field.section(QLatin1Char('['), 0, 0);
    if (base == fields::name)
        return form == ClientForm::Edit ? QStringLiteral("--name") : QStringLiteral("NAME");
    if (base == fields::clientId)
        return QStringLiteral("--client-id");
    if (base == fields::applicationId)
        return QStringLiteral("--app");
    if (base == fields::grantTypes)
        return QStringLiteral("--grant");
    if (base == fields::authMethod)
        return QStringLiteral("--method");
    if (base == fields::pkce)
        return QStringLiteral("--type");
    if (base == fields::redirectUris)
        return QStringLiteral("--redirect-uri");
    if (base == fields::postLogoutRedirectUris)
        return QStringLiteral("--post-logout-redirect-uri");
    if (base == fields::scopes)
        return QStringLiteral("--scope");
    if (base == fields::accessTokenLifetime)
        return QStringLiteral("--access-token-lifetime");
    if (base == fields::refreshTokenLifetime)
        return QStringLiteral("--refresh-token-lifetime");
    if (base == fields::signingCertificate)
        return QStringLiteral("--signing-cert");
    if (base == fields::transportCertificate)
        return QStringLiteral("--transport-cert");
    if (base == fields::clientSecret)
        return QStringLiteral("--secret-stdin");
    return field;
}

std::optional<int> seconds(const ParsedArgs &args, const QString &option, QStringList &problems)
{
    bool ok = false;
    const int n = args.value(option).toInt(&ok);
    if (!ok) {
        problems.append(CliText::tr("--%1: \"%2\" is not a whole number of seconds.")
                            .arg(option, args.value(option)));
        return std::nullopt;
    }
    return n;
}

/// A certificate option (--signing-cert, --transport-cert): its id among the application's,
/// of the right purpose; "" or "none" clears it.
std::optional<qint64> certificateOption(CliContext &ctx, const ParsedArgs &args,
    const QString &option, qint64 applicationId, CertificatePurpose purpose, QStringList &problems,
    bool &given)
{
    given = args.has(option);
    const QString wanted = args.value(option);
    if (!given || wanted.isEmpty() || wanted == QLatin1String("none"))
        return std::nullopt;
    auto cert = findCertificate(ctx, wanted, QString::number(applicationId));
    if (!cert) {
        problems.append(QStringLiteral("--%1: ").arg(option) + cert.error().message);
        return std::nullopt;
    }
    if (cert->purpose != purpose) {
        problems.append(CliText::tr(
            "--%1: certificate %2 is a %3 key; pick a %4 one (\"oauthdesk-cli certs list\").")
                            .arg(option)
                            .arg(cert->id)
                            .arg(toWire(cert->purpose), toWire(purpose)));
        return std::nullopt;
    }
    return cert->id;
}

} // namespace

QList<OptionSpec> clientOptions(ClientForm form)
{
    QStringList types;
    for (ApplicationType t : allValues<ApplicationType>())
        types.append(toWire(t));
    QStringList methods = wireNames(allValues<AuthMethod>());
    QStringList grants { toWire(GrantType::AuthorizationCode), toWire(GrantType::RefreshToken),
        toWire(GrantType::ClientCredentials) };
    QList<OptionSpec> o;
    if (form == ClientForm::Edit)
        o.append({ QStringLiteral("name"), QStringLiteral("NAME"), CliText::tr("The new name."),
            false, {} });
    o.append({ QStringLiteral("app"), QStringLiteral("APP"),
        form == ClientForm::Edit ? CliText::tr("Move it to another application.")
                                 : CliText::tr("The application it belongs to (required)."),
        false, {} });
    o.append({ QStringLiteral("env"), QStringLiteral("ENV"),
        form == ClientForm::Register
            ? CliText::tr("The environment whose AS registers it (required).")
            : CliText::tr("Its environment (\"none\" for none)."),
        false, {} });
    if (form == ClientForm::Add)
        o.append({ QStringLiteral("client-id"), QStringLiteral("ID"),
            CliText::tr("The client ID the AS issued (required)."), false, {} });
    if (form == ClientForm::Edit)
        o.append({ QStringLiteral("client-id"), QStringLiteral("ID"),
            CliText::tr("Correct the client ID."), false, {} });
    o += QList<OptionSpec> {
        { QStringLiteral("type"), QStringLiteral("TYPE"),
            CliText::tr("The kind of application; its recommended settings are applied (default: "
                        "machine_to_machine)."),
            false, types },
        { QStringLiteral("description"), QStringLiteral("TEXT"),
            CliText::tr("What the client is for."), false, {} },
        { QStringLiteral("method"), QStringLiteral("METHOD"),
            CliText::tr("Client authentication at the token endpoint (default: the type's "
                        "recommendation)."),
            false, methods },
        { QStringLiteral("grant"), QStringLiteral("GRANT"),
            CliText::tr("A grant type (repeatable; default: the type's)."), true, grants },
        { QStringLiteral("scope"), QStringLiteral("SCOPE"),
            CliText::tr("A scope to ask for (repeatable, or space-separated)."), true, {} },
        { QStringLiteral("redirect-uri"), QStringLiteral("URI"),
            CliText::tr("A redirect URI (repeatable)."), true, {} },
        { QStringLiteral("post-logout-redirect-uri"), QStringLiteral("URI"),
            CliText::tr("A post-logout redirect URI (repeatable)."), true, {} },
        { QStringLiteral("access-token-lifetime"), QStringLiteral("SECONDS"),
            CliText::tr("60 to 86400 (default 3600)."), false, {} },
        { QStringLiteral("refresh-token-lifetime"), QStringLiteral("SECONDS"),
            CliText::tr("300 to 7776000, with the refresh_token grant."), false, {} },
        { QStringLiteral("signing-cert"), QStringLiteral("CERT"),
            CliText::tr("The application's signing key for private_key_jwt (id, kid or subject)."),
            false, {} },
        { QStringLiteral("transport-cert"), QStringLiteral("CERT"),
            CliText::tr("The application's transport certificate for mutual TLS."), false, {} },
        { QStringLiteral("bound-tokens"), {},
            CliText::tr("Ask for certificate-bound access tokens (RFC 8705 §3)."), false, {} },
        { QStringLiteral("no-bound-tokens"), {},
            CliText::tr("Do not ask for certificate-bound tokens."), false, {} },
    };
    if (form == ClientForm::Edit) {
        QStringList statuses;
        for (ClientStatus s : allValues<ClientStatus>())
            statuses.append(toWire(s));
        o.append({ QStringLiteral("status"), QStringLiteral("STATUS"),
            CliText::tr("Mark it active or disabled (and so on)."), false, statuses });
    }
    if (form != ClientForm::Register) {
        o.append({ QStringLiteral("secret-stdin"), {},
            CliText::tr(
                "Read the client secret from standard input (for client_secret_basic/post)."),
            false, {} });
        o.append({ QStringLiteral("generate-secret"), {},
            CliText::tr("Generate a strong secret (256 bits) to configure at the AS instead."),
            false, {} });
    }
    return o;
}

Result<OAuthClient> clientFromOptions(
    CliContext &ctx, const ParsedArgs &args, OAuthClient c, ClientForm form)
{
    QStringList problems;
    const bool creating = form != ClientForm::Edit;
    if (creating)
        c.name = args.positional(0).trimmed();
    if (args.has(QStringLiteral("name")))
        c.name = args.value(QStringLiteral("name")).trimmed();
    if (args.has(QStringLiteral("app"))) {
        auto app = findApplication(ctx, args.value(QStringLiteral("app")));
        if (!app)
            problems.append(QStringLiteral("--app: ") + app.error().message);
        else
            c.applicationId = app->id;
    } else if (creating) {
        problems.append(CliText::tr(
            "--app: name the application the client belongs to (\"oauthdesk-cli apps list\")."));
    }
    if (args.has(QStringLiteral("env"))) {
        const QString wanted = args.value(QStringLiteral("env"));
        if (wanted.isEmpty() || wanted == QLatin1String("none")) {
            c.environmentId.reset();
        } else if (auto env = findEnvironment(ctx, wanted); !env) {
            problems.append(QStringLiteral("--env: ") + env.error().message);
        } else {
            c.environmentId = env->id;
        }
    } else if (form == ClientForm::Register) {
        problems.append(CliText::tr(
            "--env: name the environment whose authorization server registers the client."));
    }
    if (args.has(QStringLiteral("client-id")))
        c.clientId = args.value(QStringLiteral("client-id")).trimmed();
    if (args.has(QStringLiteral("description")))
        c.description = args.value(QStringLiteral("description"));

    // The type's recommended configuration, as the wizard applies it.
    const std::optional<ApplicationType> type = args.has(QStringLiteral("type"))
        ? fromWire<ApplicationType>(args.value(QStringLiteral("type")))
        : std::optional<ApplicationType>(
            creating ? ApplicationType::MachineToMachine : c.applicationType);
    if (creating || *type != c.applicationType) {
        const ApplicationTypePreset &preset = presetFor(*type);
        c.applicationType = *type;
        c.grantTypes = preset.grantTypes;
        c.pkce = preset.pkce;
        if (creating || !preset.allowedAuthMethods.contains(c.authMethod))
            c.authMethod = preset.defaultAuthMethod;
        if (preset.redirectRule == RedirectRule::NoRedirects) {
            c.redirectUris.clear();
            c.postLogoutRedirectUris.clear();
        }
    }
    if (args.has(QStringLiteral("method")))
        c.authMethod = *fromWire<AuthMethod>(args.value(QStringLiteral("method")));
    if (args.has(QStringLiteral("grant"))) {
        c.grantTypes.clear();
        for (const QString &g : args.all(QStringLiteral("grant")))
            c.grantTypes.append(*fromWire<GrantType>(g));
    }
    if (args.has(QStringLiteral("scope"))) {
        c.scopes.clear();
        for (const QString &s : args.all(QStringLiteral("scope")))
            c.scopes += s.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    }
    if (args.has(QStringLiteral("redirect-uri")))
        c.redirectUris = args.all(QStringLiteral("redirect-uri"));
    if (args.has(QStringLiteral("post-logout-redirect-uri")))
        c.postLogoutRedirectUris = args.all(QStringLiteral("post-logout-redirect-uri"));
    if (args.has(QStringLiteral("access-token-lifetime"))) {
        if (auto n = seconds(args, QStringLiteral("access-token-lifetime"), problems))
            c.accessTokenLifetimeSeconds = *n;
    }
    if (args.has(QStringLiteral("refresh-token-lifetime"))) {
        if (auto n = seconds(args, QStringLiteral("refresh-token-lifetime"), problems))
            c.refreshTokenLifetimeSeconds = *n;
    }
    if (c.applicationId > 0) {
        bool given = false;
        auto signing = certificateOption(ctx, args, QStringLiteral("signing-cert"), c.applicationId,
            CertificatePurpose::Signing, problems, given);
        if (given)
            c.signingCertificateId = signing;
        auto transport = certificateOption(ctx, args, QStringLiteral("transport-cert"),
            c.applicationId, CertificatePurpose::Transport, problems, given);
        if (given)
            c.transportCertificateId = transport;
    }
    if (args.has(QStringLiteral("bound-tokens")) && args.has(QStringLiteral("no-bound-tokens")))
        problems.append(
            CliText::tr("--bound-tokens and --no-bound-tokens contradict each other; give one."));
    else if (args.has(QStringLiteral("bound-tokens")))
        c.certificateBoundTokens = true;
    else if (args.has(QStringLiteral("no-bound-tokens")))
        c.certificateBoundTokens = false;
    if (args.has(QStringLiteral("status")))
        c.status = *fromWire<ClientStatus>(args.value(QStringLiteral("status")));
    if (args.has(QStringLiteral("secret-stdin")) && args.has(QStringLiteral("generate-secret")))
        problems.append(
            CliText::tr("--secret-stdin and --generate-secret contradict each other; give one."));

    for (const Problem &p : validateClient(c)) {
        // The AS issues the client ID of a client registered now.
        if (form == ClientForm::Register && p.field == fields::clientId && c.clientId.isEmpty())
            continue;
        if (p.field == fields::applicationId
            && problems.join(QString()).contains(QLatin1String("--app")))
            continue;
        problems.append(optionFor(p.field, form) + QStringLiteral(": ") + p.message);
    }
    if (!problems.isEmpty()) {
        QString message = problems.size() == 1 ? problems.first()
                                               : CliText::tr("Nothing was changed:")
                + QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "));
        return fail(ErrorCode::InvalidInput, message);
    }
    return c;
}

Result<SecretBytes> clientSecretFromOptions(CliContext &ctx, const ParsedArgs &args)
{
    if (args.has(QStringLiteral("generate-secret")))
        return generateClientSecret();
    auto secret = ctx.secret(args, QStringLiteral("secret-stdin"), CliText::tr("Client secret"));
    if (!secret)
        return secret;
    if (auto problem = checkClientSecret(secret->toUtf8String()))
        return fail(ErrorCode::InvalidInput, QStringLiteral("--secret-stdin: ") + problem->message);
    return secret;
}

void showSecretOnce(
    CliContext &ctx, const OAuthClient &client, const SecretBytes &secret, const QString &what)
{
    if (secret.isEmpty())
        return;
    if (ctx.json()) { // the caller puts it in the document, with --show-secret
        if (!ctx.showSecret())
            ctx.note(
                CliText::tr("%1 is in the keychain, not shown (add --show-secret).").arg(what));
        return;
    }
    if (ctx.showSecret()) {
        ctx.print(CliText::tr("%1: %2").arg(what, secret.toUtf8String()));
        return;
    }
    ctx.note(
        CliText::tr("%1 is in the keychain, not shown. \"oauthdesk-cli clients secret %2 "
                    "--show-secret\" prints it.")
            .arg(what, client.clientId.isEmpty() ? QString::number(client.id) : client.clientId));
}

} // namespace oauthdesk::cli
