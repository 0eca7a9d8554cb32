// SPDX-License-Identifier: GPL-3.0-or-later
// The Bruno pack: a collection folder (bruno.json, the requests and the environment as .bru
// files) that the Bruno app opens and `bru run --env NAME` runs.
#include "usecases/HandoffInternal.h"

#include <QJsonArray>
#include <QJsonObject>

namespace oauthdesk {

using namespace handoff;

namespace {

QString bruBlock(const QString &name, const QList<QPair<QString, QString>> &pairs)
{
    QString s = name + QStringLiteral(" {\n");
    for (const auto &[k, v] : pairs)
        s += QStringLiteral("  ") + k + QStringLiteral(": ") + v + QLatin1Char('\n');
    return s + QStringLiteral("}\n\n");
}

QString bruText(const QString &name, const QString &text)
{
    QString s = name + QStringLiteral(" {\n");
    for (const QString &l : text.split(QLatin1Char('\n')))
        s += (l.isEmpty() ? QString() : QStringLiteral("  ") + l) + QLatin1Char('\n');
    return s + QStringLiteral("}\n\n");
}

QList<QPair<QString, QString>> bruHeaders(const HandoffInput &in)
{
    QList<QPair<QString, QString>> h;
    for (const ExtraHeader &e : in.headers)
        h.append({ e.name, braces(handoffHeaderVariable(e.name)) });
    return h;
}

/// An environment's file name: Bruno names the environment after it (bru run --env NAME).
QString bruEnvironmentName(const QString &name)
{
    QString out;
    for (const QChar c : name)
        out.append(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
                ? c
                : QLatin1Char('-'));
    return out.isEmpty() ? QStringLiteral("default") : out;
}

QString processEnv(const QString &name)
{
    return braces(QStringLiteral("process.env.") + name);
}

/// @p value quoted for a .env file as Bruno reads it (dotenv: single quotes and backquotes
/// are taken literally; in double quotes "\n" becomes a line break). Empty when no quoting
/// keeps it intact.
std::optional<QString> dotenvQuoted(const QString &value)
{
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
        return std::nullopt;
    for (const QChar q : { QLatin1Char('\''), QLatin1Char('`') }) {
        if (!value.contains(q))
            return q + value + q;
    }
    if (!value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\\')))
        return QLatin1Char('"') + value + QLatin1Char('"');
    return std::nullopt;
}

/// bruno.json's clientCertificates: the files named by CLIENT_CERT and CLIENT_KEY, for the
/// token endpoint's host (and the API's, when tokens are bound to the certificate).
QJsonObject clientCertificates(const HandoffInput &in)
{
    QStringList domains { hostAndPort(in.tokenEndpoint) };
    if (in.certificateBoundTokens && !in.apiBaseUrl.isEmpty()
        && !domains.contains(hostAndPort(in.apiBaseUrl)))
        domains << hostAndPort(in.apiBaseUrl);
    QJsonArray certs;
    for (const QString &d : domains)
        certs.append(QJsonObject { { QStringLiteral("domain"), d },
            { QStringLiteral("type"), QStringLiteral("cert") },
            { QStringLiteral("certFilePath"), processEnv(kCertEnv) },
            { QStringLiteral("keyFilePath"), processEnv(kKeyEnv) },
            { QStringLiteral("passphrase"), QString() } });
    return { { QStringLiteral("enabled"), true }, { QStringLiteral("certs"), certs } };
}

} // namespace

HandoffPack writeBruno(const HandoffInput &given)
{
    // A secret that no .env quoting keeps intact stays out: the developer exports it instead.
    HandoffInput in = given;
    std::optional<QString> quoted;
    if (in.secret) {
        quoted = dotenvQuoted(*in.secret);
        if (!quoted)
            in.secret.reset();
    }
    HandoffPack pack = startPack(in, HandoffFormat::Bruno, QStringLiteral("-bruno"));
    if (given.secret && !quoted)
        pack.notes << Handoff::tr("The client secret has characters a .env file cannot hold, so "
                                  "it is not in these files: export %1 instead.")
                          .arg(kSecretEnv);
    const QString envName = bruEnvironmentName(in.environmentName);
    const bool basic = in.authMethod == AuthMethod::ClientSecretBasic;
    const bool mtls = usesCertificate(in.authMethod) || in.certificateBoundTokens;

    // What the developer sets in the collection's .env (or the process environment).
    QStringList fromEnv;
    if (usesSecret(in.authMethod))
        fromEnv << kSecretEnv;
    if (usesAssertion(in.authMethod))
        fromEnv << kAssertionEnv;
    if (mtls)
        fromEnv << kCertEnv << kKeyEnv;
    if (mtls)
        pack.notes << Handoff::tr("Bruno presents the certificate and key files named by %1 and "
                                  "%2 (paths, in .env or the environment): bruno.json's "
                                  "clientCertificates.")
                          .arg(kCertEnv, kKeyEnv);
    if (usesAssertion(in.authMethod))
        pack.notes << Handoff::tr("Bruno reads the client assertion from %1 (in .env or the "
                                  "environment).")
                          .arg(kAssertionEnv);

    QJsonObject bruno { { QStringLiteral("version"), QStringLiteral("1") },
        { QStringLiteral("name"), title(in) },
        { QStringLiteral("type"), QStringLiteral("collection") },
        { QStringLiteral("ignore"),
            QJsonArray { QStringLiteral("node_modules"), QStringLiteral(".git") } } };
    if (mtls)
        bruno.insert(QStringLiteral("clientCertificates"), clientCertificates(in));
    pack.files.append({ QStringLiteral("bruno.json"), json(bruno) });

    QString docs = Handoff::tr("Generated by OAuthDesk for %1.").arg(title(in)) + QLatin1Char('\n');
    for (const QString &n : pack.notes)
        docs += QLatin1Char('\n') + n + QLatin1Char('\n');
    docs += QLatin1Char('\n') + Handoff::tr("Run: bru run --env %1").arg(envName);
    pack.files.append({ QStringLiteral("collection.bru"),
        bruText(QStringLiteral("docs"), docs).trimmed().toUtf8() + '\n' });

    QString token = bruBlock(QStringLiteral("meta"),
        { { QStringLiteral("name"), Handoff::tr("Get token") },
            { QStringLiteral("type"), QStringLiteral("http") },
            { QStringLiteral("seq"), QStringLiteral("1") } });
    token += bruBlock(QStringLiteral("post"),
        { { QStringLiteral("url"), braces(QStringLiteral("token_endpoint")) },
            { QStringLiteral("body"), QStringLiteral("formUrlEncoded") },
            { QStringLiteral("auth"), basic ? QStringLiteral("basic") : QStringLiteral("none") } });
    if (!in.headers.isEmpty())
        token += bruBlock(QStringLiteral("headers"), bruHeaders(in));
    // Bruno's basic auth does not form-encode (RFC 6749 §2.3.1 wants it): it gets the encoded
    // copies the pre-request script makes.
    if (basic)
        token += bruBlock(QStringLiteral("auth:basic"),
            { { QStringLiteral("username"), braces(kIdFormVar) },
                { QStringLiteral("password"), braces(kSecretFormVar) } });
    token += bruBlock(QStringLiteral("body:form-urlencoded"),
        tokenForm(in, QStringLiteral("{{"), QStringLiteral("}}")));
    if (basic) {
        QStringList script = formEncodeScript();
        script << QStringLiteral(
            "bru.setVar(\"%1\", formEncode(bru.getEnvVar(\"client_id\") || \"\"));")
                      .arg(kIdFormVar)
               << QStringLiteral(
                      "bru.setVar(\"%1\", formEncode(bru.getEnvVar(\"client_secret\") || \"\"));")
                      .arg(kSecretFormVar);
        token += bruText(QStringLiteral("script:pre-request"), script.join(QLatin1Char('\n')));
    }
    token += bruText(QStringLiteral("script:post-response"),
        QStringLiteral("bru.setVar(\"access_token\", res.body.access_token);"));
    token += bruText(QStringLiteral("tests"),
        QStringLiteral("test(\"the AS issued an access token\", function () {\n"
                       "  expect(res.getStatus()).to.equal(200);\n"
                       "  expect(res.body.access_token).to.be.a(\"string\");\n"
                       "});"));
    token += bruText(QStringLiteral("docs"),
        Handoff::tr("Client credentials token request, authenticated with %1.")
            .arg(toWire(in.authMethod)));
    pack.files.append({ QStringLiteral("01-get-token.bru"), token.trimmed().toUtf8() + '\n' });

    QString api = bruBlock(QStringLiteral("meta"),
        { { QStringLiteral("name"), Handoff::tr("Sample API call") },
            { QStringLiteral("type"), QStringLiteral("http") },
            { QStringLiteral("seq"), QStringLiteral("2") } });
    api += bruBlock(QStringLiteral("get"),
        { { QStringLiteral("url"), braces(QStringLiteral("api_base_url")) + apiSuffix(in) },
            { QStringLiteral("body"), QStringLiteral("none") },
            { QStringLiteral("auth"), QStringLiteral("bearer") } });
    if (!in.headers.isEmpty())
        api += bruBlock(QStringLiteral("headers"), bruHeaders(in));
    api += bruBlock(QStringLiteral("auth:bearer"),
        { { QStringLiteral("token"), braces(QStringLiteral("access_token")) } });
    api += bruText(QStringLiteral("tests"),
        QStringLiteral("test(\"the API accepted the token\", function () {\n"
                       "  expect(res.getStatus()).to.be.within(200, 299);\n"
                       "});"));
    pack.files.append({ QStringLiteral("02-sample-api-call.bru"), api.trimmed().toUtf8() + '\n' });

    // The environment. The secret is never in it: Bruno reads it from the collection's .env file
    // (or the process environment) as process.env.CLIENT_SECRET, and masks .env values in its
    // output; the .gitignore keeps .env out of the developer's repository.
    QList<QPair<QString, QString>> vars;
    for (const Variable &v : variables(in)) {
        if (v.secret)
            vars.append({ v.name, processEnv(kSecretEnv) });
        else if (v.name == QLatin1String("client_assertion"))
            vars.append({ v.name, processEnv(kAssertionEnv) });
        else
            vars.append({ v.name, v.value });
    }
    pack.files.append({ QStringLiteral("environments/") + envName + QStringLiteral(".bru"),
        bruBlock(QStringLiteral("vars"), vars).trimmed().toUtf8() + '\n' });
    if (fromEnv.isEmpty())
        return pack;
    pack.files.append({ QStringLiteral(".gitignore"), QByteArrayLiteral(".env\n") });
    QByteArray sample = "# "
        + Handoff::tr("Copy to .env and fill in, or export these variables.").toUtf8() + '\n';
    for (const QString &name : fromEnv)
        sample += name.toUtf8() + "=\n";
    pack.files.append({ QStringLiteral(".env.sample"), sample });
    if (!quoted)
        return pack;
    // Only the secret goes into .env: an empty line there would hide the variable's value in
    // the process environment.
    pack.files.append({ QStringLiteral(".env"),
        "# " + Handoff::tr("The client secret (secret: never commit this file).").toUtf8() + '\n'
            + kSecretEnv.toUtf8() + '=' + quoted->toUtf8() + '\n' });
    return pack;
}

} // namespace oauthdesk
