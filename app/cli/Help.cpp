// SPDX-License-Identifier: GPL-3.0-or-later
// The command table, and what is printed from it: --help and the manual page.
#include "CliText.h"
#include "Commands.h"
#include "ExitCodes.h"

#include <QCoreApplication>
#include <algorithm>

namespace oauthdesk::cli {

namespace {

QString optionUsage(const OptionSpec &o)
{
    QString s = QStringLiteral("--") + o.name;
    if (o.takesValue())
        s += QLatin1Char(' ') + o.valueName;
    return s;
}

QString optionLines(const QList<OptionSpec> &options)
{
    qsizetype width = 0;
    for (const OptionSpec &o : options)
        width = std::max(width, optionUsage(o).size());
    QString out;
    for (const OptionSpec &o : options) {
        QString help = o.help;
        if (!o.choices.isEmpty() && !help.contains(o.choices.first()))
            help += QLatin1Char(' ')
                + CliText::tr("One of: %1.").arg(o.choices.join(QStringLiteral(", ")));
        // The help may say so itself, in the language it is shown in.
        const QString repeatable = CliText::tr("(repeatable)");
        if (o.repeatable
            && !help.contains(repeatable.mid(1, repeatable.size() - 2), Qt::CaseInsensitive))
            help += QLatin1Char(' ') + repeatable;
        out += QStringLiteral("  ") + optionUsage(o).leftJustified(width + 2) + help
            + QLatin1Char('\n');
    }
    return out;
}

QString synopsis(const CommandSpec &c)
{
    QString s = QStringLiteral("oauthdesk-cli ") + c.name();
    if (!c.arguments.isEmpty())
        s += QLatin1Char(' ') + c.arguments;
    if (!c.options.isEmpty())
        s += QStringLiteral(" [options]");
    return s;
}

/// man(7) escaping: backslashes, leading dots and quotes, and hyphens in option names.
QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    text.replace(QStringLiteral("--"), QStringLiteral("\\-\\-"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines) {
        if (l.startsWith(QLatin1Char('.')) || l.startsWith(QLatin1Char('\'')))
            l.prepend(QStringLiteral("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString manOptions(const QList<OptionSpec> &options)
{
    QString out;
    for (const OptionSpec &o : options) {
        QString help = o.help;
        if (!o.choices.isEmpty() && !help.contains(o.choices.first()))
            help += QLatin1Char(' ')
                + CliText::tr("One of: %1.").arg(o.choices.join(QStringLiteral(", ")));
        out += QStringLiteral(".TP\n.B ") + roff(optionUsage(o)) + QLatin1Char('\n') + roff(help)
            + QLatin1Char('\n');
    }
    return out;
}

} // namespace

OptionSpec yesOption()
{
    return { QStringLiteral("yes"), {},
        CliText::tr("Do not ask; go ahead (needed when no terminal is attached)."), false, {} };
}

const QList<CommandSpec> &commandTable()
{
    static const QList<CommandSpec> table = [] {
        QList<CommandSpec> t;
        t += applicationCommands();
        t += environmentCommands();
        t += clientCommands();
        t += registrationCommands();
        t += certificateCommands();
        t += tokenCommands();
        t += tokenActionCommands();
        t += doctorCommands();
        t += radarCommands();
        t += promotionCommands();
        t += rotationCommands();
        t += bindingCommands();
        t += handoffCommands();
        return t;
    }();
    return table;
}

QString helpText(const CommandSpec *command, const QString &group)
{
    const QList<CommandSpec> &table = commandTable();
    QString out;
    if (command) {
        out += CliText::tr("Usage: %1\n\n%2\n").arg(synopsis(*command), command->summary);
        if (!command->description.isEmpty())
            out += QLatin1Char('\n') + command->description + QLatin1Char('\n');
        if (!command->aliases.isEmpty())
            out += CliText::tr("\nAlso spelled: %1\n")
                       .arg(command->aliases.join(QStringLiteral(", ")));
        if (!command->options.isEmpty())
            out += CliText::tr("\nOptions:\n") + optionLines(command->options);
        out += CliText::tr("\nGlobal options:\n") + optionLines(globalOptionSpecs());
        return out;
    }
    out += group.isEmpty()
        ? CliText::tr(
            "Usage: oauthdesk-cli COMMAND [arguments] [options]\n\n"
            "The command line of OAuthDesk: the same applications, environments, clients and "
            "certificates as the app (the same data file and keychain entries), and its test "
            "tokens.\n\nCommands:\n")
        : CliText::tr("Usage: oauthdesk-cli %1 COMMAND [arguments] [options]\n\nCommands:\n")
              .arg(group);
    qsizetype width = 0;
    for (const CommandSpec &c : table) {
        if (group.isEmpty() || c.group == group)
            width = std::max(width, QString(c.name() + QLatin1Char(' ') + c.arguments).size());
    }
    for (const CommandSpec &c : table) {
        if (!group.isEmpty() && c.group != group)
            continue;
        out += QStringLiteral("  ")
            + QString(c.name() + QLatin1Char(' ') + c.arguments).leftJustified(width + 2)
            + c.summary + QLatin1Char('\n');
    }
    out += CliText::tr("\nGlobal options:\n") + optionLines(globalOptionSpecs());
    if (group.isEmpty()) {
        out += CliText::tr(
            "\nApplications, environments and clients are named by their id or name (a client also "
            "by its client "
            "ID). Secrets are never arguments: they are read from standard input (--…-stdin) or "
            "typed at a "
            "prompt that does not echo, and printed only with --show-secret.\n\nExit status:\n");
        for (const ExitCodeInfo &e : exitCodeTable())
            out += QStringLiteral("  %1  %2\n")
                       .arg(toInt(e.code), 3)
                       .arg(QString::fromLatin1(e.name));
        out += CliText::tr("\n\"oauthdesk-cli COMMAND --help\" says more about a command; \"man "
                           "oauthdesk-cli\" says everything.\n");
    }
    return out;
}

QString manPage()
{
    QString m;
    m += QStringLiteral(".\\\" Generated by oauthdesk-cli --man; edit app/cli/Help.cpp instead.\n");
    m += QStringLiteral(".TH OAUTHDESK-CLI 1 \"\" \"OAuthDesk %1\" \"User Commands\"\n")
             .arg(QCoreApplication::applicationVersion());
    m += QStringLiteral(
        ".SH NAME\noauthdesk\\-cli \\- OAuth 2.0 client administration from the command line\n");
    m += QStringLiteral(
        ".SH SYNOPSIS\n.B oauthdesk\\-cli\n.I COMMAND\n[\n.I arguments\n] [\n.I options\n]\n");
    m += QStringLiteral(".SH DESCRIPTION\n")
        + roff(CliText::tr("oauthdesk-cli is the second front end of OAuthDesk, over the same use "
                           "cases as the desktop app: the "
                           "same SQLite data file, the same keychain entries, the same test "
                           "tokens. What the app can do for a "
                           "person, this does for a script: human tables by default, --json for a "
                           "stable JSON document, "
                           "documented exit codes, and errors on standard error in the same plain "
                           "words as the app."))
        + QLatin1Char('\n');
    m += QStringLiteral(".PP\n")
        + roff(CliText::tr("Applications, environments and clients are named by their id or their "
                           "exact name; a client also by "
                           "its client ID; a certificate by its id, JWK kid or subject. A name two "
                           "objects share is refused with "
                           "their ids (exit status 10)."))
        + QLatin1Char('\n');
    m += QStringLiteral(".SH GLOBAL OPTIONS\n") + manOptions(globalOptionSpecs());
    m += QStringLiteral(".SH COMMANDS\n");
    for (const CommandSpec &c : commandTable()) {
        m += QStringLiteral(".SS \"")
            + roff(c.name() + (c.arguments.isEmpty() ? QString() : QLatin1Char(' ') + c.arguments))
            + QStringLiteral("\"\n") + roff(c.summary) + QLatin1Char('\n');
        if (!c.description.isEmpty())
            m += QStringLiteral(".PP\n") + roff(c.description) + QLatin1Char('\n');
        if (!c.aliases.isEmpty())
            m += QStringLiteral(".PP\n")
                + roff(CliText::tr("Also spelled: %1.").arg(c.aliases.join(QStringLiteral(", "))))
                + QLatin1Char('\n');
        m += QStringLiteral(".RS\n") + manOptions(c.options) + QStringLiteral(".RE\n");
    }
    m += QStringLiteral(".SH SECRETS\n")
        + roff(CliText::tr(
            "Secrets (client secrets, initial access tokens, software statements, passphrases, "
            "tokens) are never "
            "taken as arguments: other users see arguments in ps(1), and the shell history keeps "
            "them. An option "
            "such as --secret VALUE is refused (exit status 2) with the way to do it: pipe the "
            "secret in with the "
            "command's --...-stdin option, or leave that out to type it at a prompt that does not "
            "echo. Secrets "
            "and tokens are printed only with --show-secret; curl commands and recorded exchanges "
            "show "
            "<redacted> instead. Secrets live in the keychain (Secret Service), under the service "
            "io.github.oauthdesk.OAuthDesk; without a keychain the command fails with exit status "
            "6 and nothing "
            "is written anywhere else."))
        + QLatin1Char('\n');
    m += QStringLiteral(".SH JSON OUTPUT\n")
        + roff(CliText::tr(
            "With --json every command prints one JSON document with \"ok\" (true or false). Lists "
            "are "
            "{\"applications\"|\"environments\"|\"clients\"|\"certificates\": [...]}; one object "
            "is "
            "{\"application\"|\"environment\"|\"client\"|\"certificate\": {...}}. Failures are "
            "{\"ok\": false, \"error\": {\"code\", \"message\", \"detail\", \"exitCode\"}}.\n"
            "A client has id, name, clientId, description, applicationId, environmentId, "
            "applicationType, "
            "grantTypes, pkce, redirectUris, postLogoutRedirectUris, scopes, accessTokenLifetime, "
            "refreshTokenLifetime, authMethod, signingCertificateId, transportCertificateId, "
            "certificateBoundTokens, status, registrationClientUri, clientIdIssuedAt, "
            "clientSecretExpiresAt "
            "(RFC 7591, when the AS named one; else null), createdAt, updatedAt. "
            "An environment has id, name, issuer, connectivity, apiBaseUrl, headers [{name, "
            "value}], caBundle, "
            "assertionAudience, discoveryFetchedAt, createdAt; in the envs commands also clientCa "
            "[{subject, "
            "issuer, notBefore, notAfter, sha256Thumbprint, selfSigned}], the CA certificates the "
            "AS trusts "
            "for client certificates ([] when not recorded). A certificate has id, applicationId, "
            "purpose, "
            "keyAlgorithm, state, subject, subjectAltNames, serialNumber, notBefore, notAfter, "
            "sha256Thumbprint, x5tS256, kid, hasCsr, hasCertificate, createdAt.\n"
            "token and signin print ok, client {id, name, clientId, authMethod}, environment {id, "
            "name, issuer}, "
            "tokenEndpoint, status, latencyMs, tls, clientCertificatePresented, checksFailed "
            "[...], curl "
            "(redacted), and on success tokenType, expiresIn, expiresAt, scopes {requested, "
            "granted, "
            "notGranted, notRequested, omitted}, accessTokenFormat (jwt or opaque), refreshToken "
            "and idToken "
            "(whether issued), jwt {header, claims}, signature {status (valid, invalid, "
            "no_matching_key, "
            "unsupported_algorithm, bad_key_set, not_checked), valid, alg, kid, message}, binding "
            "{verdict "
            "(bound, not_bound, missing, other_certificate, nothing_presented, unknown), good, "
            "bound, expected, "
            "presentedThumbprint, tokenThumbprint, evidence, message}, clientAssertion {header, "
            "claims}; "
            "signin adds authorizationUrl, redirectUri and idTokenCheck {ok, subject, signature, "
            "checks [{name, "
            "passed, text}]}. On failure, error. accessToken (and refreshTokenValue, idTokenValue) "
            "only with "
            "--show-secret. introspect prints introspection {active, summary, expiresAt, claims}; "
            "revoke prints "
            "revoked and the introspection after it."))
        + QLatin1Char('\n');
    m += QStringLiteral(".SH EXIT STATUS\n");
    for (const ExitCodeInfo &e : exitCodeTable())
        m += QStringLiteral(".TP\n.B %1\n").arg(toInt(e.code))
            + roff(
                QString::fromLatin1(e.name) + QStringLiteral(": ") + QString::fromLatin1(e.meaning))
            + QLatin1Char('\n');
    m += QStringLiteral(".SH ENVIRONMENT\n.TP\n.B OAUTHDESK_DATA_DIR\n")
        + roff(CliText::tr(
            "The folder of the data file when --data-dir is not given (as for the app)."))
        + QLatin1Char('\n');
    m += QStringLiteral(".SH FILES\n.TP\n.I ~/.local/share/OAuthDesk/OAuthDesk/oauthdesk.sqlite\n")
        + roff(CliText::tr("The data file (no secrets in it), shared with the app."))
        + QLatin1Char('\n');
    m += QStringLiteral(".SH EXAMPLES\n.nf\n")
        + roff(QStringLiteral(
            "oauthdesk-cli envs create UAT --issuer https://as.example.com --ca-bundle uat-ca.pem\n"
            "oauthdesk-cli envs discover UAT\n"
            "oauthdesk-cli apps create Payments\n"
            "secret-tool lookup server my-as user billing | \\\n"
            "  oauthdesk-cli clients create billing --app Payments --env UAT --client-id billing-7f3a --secret-stdin\n"
            "oauthdesk-cli token billing --scope accounts:read\n"
            "oauthdesk-cli token billing --json | jq .signature.valid\n"
            "oauthdesk-cli call billing /accounts\n"
            "oauthdesk-cli certs generate --app Payments --purpose signing --algorithm EC-P-256\n"
            "oauthdesk-cli clients register ledger --app Payments --env UAT --method private_key_jwt --signing-cert 3\n"))
        + QStringLiteral("\n.fi\n");
    m += QStringLiteral(".SH SEE ALSO\n.BR oauthdesk (1),\n.BR secret-tool (1)\n");
    return m;
}

} // namespace oauthdesk::cli
