// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-off pack's writers: pure functions from HandoffInput to files. Each writes the token
// request with the client's own auth method, the environment's extra headers on every request
// (Environment.h: they go with token requests too) and a sample API call with the token the
// first request got. The secret is a variable unless HandoffInput::secret holds it; the
// private key is never an input, so it cannot be written.
#include "usecases/Handoff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace oauthdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oauthdesk::Handoff", text);
}

const QString kSchema
    = QStringLiteral("https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
const QString kAssertionType
    = QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
/// The shell variable the curl script and the Bruno collection read the secret from.
const QString kSecretEnv = QStringLiteral("CLIENT_SECRET");

/// "{{name}}": a variable reference in Postman, Bruno and .http files.
QString braces(const QString &name)
{
    return QStringLiteral("{{") + name + QStringLiteral("}}");
}

bool usesSecret(AuthMethod m)
{
    return m == AuthMethod::ClientSecretBasic || m == AuthMethod::ClientSecretPost;
}

bool usesCertificate(AuthMethod m)
{
    return m == AuthMethod::TlsClientAuth || m == AuthMethod::SelfSignedTlsClientAuth;
}

QString title(const HandoffInput &in)
{
    return in.environmentName.isEmpty()
        ? in.clientName
        : in.clientName + QStringLiteral(" (") + in.environmentName + QLatin1Char(')');
}

QString scopeValue(const HandoffInput &in)
{
    return in.scopes.join(QLatin1Char(' '));
}

QString apiPath(const HandoffInput &in)
{
    QString p = in.apiPath.trimmed();
    if (!p.startsWith(QLatin1Char('/')))
        p.prepend(QLatin1Char('/'));
    return p;
}

QString apiBase(const HandoffInput &in)
{
    QString base = in.apiBaseUrl.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

/// The notes every format carries: what the developer must set up themselves.
QStringList commonNotes(const HandoffInput &in)
{
    QStringList notes;
    if (usesSecret(in.authMethod) && !in.secret)
        notes << tr("The client secret is not in these files: fill in client_secret (the curl "
                    "script and the Bruno "
                    "collection read it from the CLIENT_SECRET environment variable).");
    if (in.secret)
        notes << tr("These files contain the client secret. Hand them over the way you would hand "
                    "over a password, "
                    "and never commit them.");
    if (in.authMethod == AuthMethod::PrivateKeyJwt)
        notes << tr("private_key_jwt: the token request needs a client assertion (RFC 7523): a JWT "
                    "with iss and sub "
                    "\"%1\", aud \"%2\", a unique jti and a short exp, signed with the client's "
                    "signing key. The key "
                    "is not in these files; sign the assertion with your own tooling and put it in "
                    "client_assertion.")
                     .arg(in.clientId, in.assertionAudience);
    if (usesCertificate(in.authMethod))
        notes << tr(
            "Mutual TLS (%1): the token request must present the client's transport certificate "
            "and its "
            "private key, which are not in these files. Configure them in your tool for host %2.")
                     .arg(toWire(in.authMethod), in.tokenEndpoint.host());
    if (in.certificateBoundTokens)
        notes << tr("The tokens are bound to the client certificate (RFC 8705): API calls must "
                    "present the same "
                    "certificate.");
    if (in.apiBaseUrl.isEmpty())
        notes << tr(
            "The environment has no API base URL: fill in api_base_url for the sample API call.");
    return notes;
}

/// The variables all formats share, in the order they are listed.
struct Variable
{
    QString name;
    QString value;
    bool secret = false;
};

QList<Variable> variables(const HandoffInput &in)
{
    QList<Variable> v;
    v.append({ QStringLiteral("token_endpoint"), in.tokenEndpoint.toString() });
    v.append({ QStringLiteral("client_id"), in.clientId });
    v.append({ QStringLiteral("scope"), scopeValue(in) });
    v.append({ QStringLiteral("api_base_url"),
        in.apiBaseUrl.isEmpty() ? QStringLiteral("https://api.example.invalid") : apiBase(in) });
    for (const ExtraHeader &h : in.headers)
        v.append({ handoffHeaderVariable(h.name), h.value });
    if (usesSecret(in.authMethod))
        v.append({ QStringLiteral("client_secret"), in.secret.value_or(QString()), true });
    if (in.authMethod == AuthMethod::PrivateKeyJwt)
        v.append({ QStringLiteral("client_assertion"), QString() });
    return v;
}

/// The token request's form fields (besides Basic authentication), as name → value template.
QList<QPair<QString, QString>> tokenForm(
    const HandoffInput &in, const QString &open, const QString &close)
{
    const auto var = [&](const QString &n) -> QString { return open + n + close; };
    QList<QPair<QString, QString>> f;
    f.append({ QStringLiteral("grant_type"), QStringLiteral("client_credentials") });
    if (!in.scopes.isEmpty())
        f.append({ QStringLiteral("scope"), var(QStringLiteral("scope")) });
    switch (in.authMethod) {
    case AuthMethod::ClientSecretBasic:
        break;
    case AuthMethod::ClientSecretPost:
        f.append({ QStringLiteral("client_id"), var(QStringLiteral("client_id")) });
        f.append({ QStringLiteral("client_secret"), var(QStringLiteral("client_secret")) });
        break;
    case AuthMethod::PrivateKeyJwt:
        f.append({ QStringLiteral("client_id"), var(QStringLiteral("client_id")) });
        f.append({ QStringLiteral("client_assertion_type"), kAssertionType });
        f.append({ QStringLiteral("client_assertion"), var(QStringLiteral("client_assertion")) });
        break;
    case AuthMethod::None:
    case AuthMethod::TlsClientAuth:
    case AuthMethod::SelfSignedTlsClientAuth:
        f.append({ QStringLiteral("client_id"), var(QStringLiteral("client_id")) });
        break;
    }
    return f;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// ---- Postman ---------------------------------------------------------------------------------

QJsonArray lines(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l)
        a.append(s);
    return a;
}

QJsonObject postmanUrl(const QString &hostVar, const QString &path)
{
    QJsonArray segments;
    for (const QString &s : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        segments.append(s);
    const QString raw = braces(hostVar) + (path == QLatin1String("/") ? QString() : path);
    QJsonObject url { { QStringLiteral("raw"), raw },
        { QStringLiteral("host"), QJsonArray { braces(hostVar) } } };
    if (!segments.isEmpty())
        url.insert(QStringLiteral("path"), segments);
    return url;
}

QJsonArray postmanHeaders(const HandoffInput &in)
{
    QJsonArray a;
    for (const ExtraHeader &h : in.headers)
        a.append(QJsonObject { { QStringLiteral("key"), h.name },
            { QStringLiteral("value"), braces(handoffHeaderVariable(h.name)) },
            { QStringLiteral("type"), QStringLiteral("text") } });
    return a;
}

QJsonObject postmanKeyValues(const QString &type, const QList<QPair<QString, QString>> &pairs)
{
    QJsonArray a;
    for (const auto &[k, v] : pairs)
        a.append(QJsonObject { { QStringLiteral("key"), k }, { QStringLiteral("value"), v },
            { QStringLiteral("type"), QStringLiteral("string") } });
    return QJsonObject { { QStringLiteral("type"), type }, { type, a } };
}

QString postmanTokenDescription(const HandoffInput &in)
{
    QString d = tr("Client credentials token request for %1, authenticated with %2.")
                    .arg(in.clientId, toWire(in.authMethod));
    if (in.authMethod == AuthMethod::PrivateKeyJwt)
        d += QLatin1Char(' ')
            + tr("Postman cannot sign the client assertion without a pre-request script: create "
                 "the RFC 7523 JWT "
                 "(iss and sub %1, aud %2, jti, exp) with the client's signing key and paste it "
                 "into the "
                 "client_assertion variable before sending.")
                  .arg(in.clientId, in.assertionAudience);
    if (usesCertificate(in.authMethod))
        d += QLatin1Char(' ')
            + tr("Mutual TLS: in Postman, Settings → Certificates → Add Certificate, host %1, with "
                 "the client's "
                 "transport certificate (CRT file) and its private key (KEY file). The key is not "
                 "part of this "
                 "collection.")
                  .arg(in.tokenEndpoint.host()
                      + (in.tokenEndpoint.port() > 0
                              ? QLatin1Char(':') + QString::number(in.tokenEndpoint.port())
                              : QString()));
    return d;
}

} // namespace

QString handoffFileName(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("client") : out;
}

QString handoffHeaderVariable(const QString &headerName)
{
    QString out = handoffFileName(headerName);
    out.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QStringLiteral("header_") + out;
}

HandoffPack writePostman(const HandoffInput &in)
{
    HandoffPack pack;
    pack.format = HandoffFormat::Postman;
    pack.suggestedName = handoffFileName(title(in)) + QStringLiteral("-postman");
    pack.notes = commonNotes(in);
    pack.containsSecret = in.secret.has_value();

    const QString exporter = QStringLiteral("OAuthDesk");
    // The token request: stores access_token in a collection variable for the next request.
    QJsonObject tokenRequest { { QStringLiteral("method"), QStringLiteral("POST") },
        { QStringLiteral("header"), postmanHeaders(in) },
        { QStringLiteral("url"),
            postmanUrl(QStringLiteral("token_endpoint"), QStringLiteral("/")) },
        { QStringLiteral("body"), QJsonObject {} },
        { QStringLiteral("description"), postmanTokenDescription(in) } };
    QJsonArray form;
    for (const auto &[k, v] : tokenForm(in, QStringLiteral("{{"), QStringLiteral("}}")))
        form.append(QJsonObject { { QStringLiteral("key"), k }, { QStringLiteral("value"), v },
            { QStringLiteral("type"), QStringLiteral("text") } });
    tokenRequest.insert(QStringLiteral("body"),
        QJsonObject { { QStringLiteral("mode"), QStringLiteral("urlencoded") },
            { QStringLiteral("urlencoded"), form } });
    if (in.authMethod == AuthMethod::ClientSecretBasic)
        tokenRequest.insert(QStringLiteral("auth"),
            postmanKeyValues(QStringLiteral("basic"),
                { { QStringLiteral("username"), QStringLiteral("{{client_id}}") },
                    { QStringLiteral("password"), QStringLiteral("{{client_secret}}") } }));
    else
        tokenRequest.insert(QStringLiteral("auth"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("noauth") } });

    const QStringList tokenTest {
        QStringLiteral("pm.test(\"The AS issued an access token\", function () {"),
        QStringLiteral("    pm.response.to.have.status(200);"),
        QStringLiteral("    const body = pm.response.json();"),
        QStringLiteral("    pm.expect(body.access_token).to.be.a(\"string\");"),
        QStringLiteral("    pm.collectionVariables.set(\"access_token\", body.access_token);"),
        QStringLiteral("});"),
    };
    const QStringList apiTest {
        QStringLiteral("pm.test(\"The API accepted the token\", function () {"),
        QStringLiteral("    pm.response.to.be.success;"),
        QStringLiteral("});"),
    };
    const auto event = [](const QStringList &exec) {
        return QJsonArray { QJsonObject { { QStringLiteral("listen"), QStringLiteral("test") },
            { QStringLiteral("script"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("text/javascript") },
                    { QStringLiteral("exec"), lines(exec) } } } } };
    };
    QJsonObject apiRequest { { QStringLiteral("method"), QStringLiteral("GET") },
        { QStringLiteral("header"), postmanHeaders(in) },
        { QStringLiteral("url"), postmanUrl(QStringLiteral("api_base_url"), apiPath(in)) },
        { QStringLiteral("body"),
            QJsonObject { { QStringLiteral("mode"), QStringLiteral("raw") },
                { QStringLiteral("raw"), QString() } } },
        { QStringLiteral("auth"),
            postmanKeyValues(QStringLiteral("bearer"),
                { { QStringLiteral("token"), QStringLiteral("{{access_token}}") } }) },
        { QStringLiteral("description"),
            tr("A sample API call with the access token of \"Get token\" (run that first).") } };

    QJsonObject collection {
        { QStringLiteral("info"),
            QJsonObject { { QStringLiteral("_postman_id"),
                              QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral("name"), title(in) },
                { QStringLiteral("description"), pack.notes.join(QLatin1Char('\n')) },
                { QStringLiteral("schema"), kSchema } } },
        { QStringLiteral("item"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), tr("Get token") },
                             { QStringLiteral("event"), event(tokenTest) },
                             { QStringLiteral("request"), tokenRequest } },
                QJsonObject { { QStringLiteral("name"), tr("Sample API call") },
                    { QStringLiteral("event"), event(apiTest) },
                    { QStringLiteral("request"), apiRequest } } } },
        { QStringLiteral("variable"),
            QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("access_token") },
                { QStringLiteral("value"), QString() },
                { QStringLiteral("type"), QStringLiteral("string") } } } },
    };

    QJsonArray values;
    for (const Variable &v : variables(in))
        values.append(
            QJsonObject { { QStringLiteral("key"), v.name }, { QStringLiteral("value"), v.value },
                { QStringLiteral("type"),
                    v.secret ? QStringLiteral("secret") : QStringLiteral("default") },
                { QStringLiteral("enabled"), true } });
    QJsonObject environment { { QStringLiteral("id"),
                                  QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("name"), title(in) }, { QStringLiteral("values"), values },
        { QStringLiteral("_postman_variable_scope"), QStringLiteral("environment") },
        { QStringLiteral("_postman_exported_using"), exporter } };
    pack.files.append({ QStringLiteral("collection.json"), json(collection) });
    pack.files.append({ QStringLiteral("environment.json"), json(environment) });
    return pack;
}

// ---- Bruno -----------------------------------------------------------------------------------

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
        h.append({ e.name,
            QStringLiteral("{{") + handoffHeaderVariable(e.name) + QStringLiteral("}}") });
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

} // namespace

HandoffPack writeBruno(const HandoffInput &in)
{
    HandoffPack pack;
    pack.format = HandoffFormat::Bruno;
    pack.suggestedName = handoffFileName(title(in)) + QStringLiteral("-bruno");
    pack.notes = commonNotes(in);
    pack.containsSecret = in.secret.has_value();
    const QString envName = bruEnvironmentName(in.environmentName);

    QJsonObject bruno { { QStringLiteral("version"), QStringLiteral("1") },
        { QStringLiteral("name"), title(in) },
        { QStringLiteral("type"), QStringLiteral("collection") },
        { QStringLiteral("ignore"),
            QJsonArray { QStringLiteral("node_modules"), QStringLiteral(".git") } } };
    pack.files.append({ QStringLiteral("bruno.json"), json(bruno) });

    QString docs = tr("Generated by OAuthDesk for %1.").arg(title(in)) + QLatin1Char('\n');
    for (const QString &n : pack.notes)
        docs += QLatin1Char('\n') + n + QLatin1Char('\n');
    docs += QLatin1Char('\n') + tr("Run: bru run --env %1").arg(envName);
    pack.files.append({ QStringLiteral("collection.bru"),
        bruText(QStringLiteral("docs"), docs).trimmed().toUtf8() + '\n' });

    QString token = bruBlock(QStringLiteral("meta"),
        { { QStringLiteral("name"), tr("Get token") },
            { QStringLiteral("type"), QStringLiteral("http") },
            { QStringLiteral("seq"), QStringLiteral("1") } });
    const bool basic = in.authMethod == AuthMethod::ClientSecretBasic;
    token += bruBlock(QStringLiteral("post"),
        { { QStringLiteral("url"), QStringLiteral("{{token_endpoint}}") },
            { QStringLiteral("body"), QStringLiteral("formUrlEncoded") },
            { QStringLiteral("auth"), basic ? QStringLiteral("basic") : QStringLiteral("none") } });
    if (!in.headers.isEmpty())
        token += bruBlock(QStringLiteral("headers"), bruHeaders(in));
    if (basic)
        token += bruBlock(QStringLiteral("auth:basic"),
            { { QStringLiteral("username"), QStringLiteral("{{client_id}}") },
                { QStringLiteral("password"), QStringLiteral("{{client_secret}}") } });
    token += bruBlock(QStringLiteral("body:form-urlencoded"),
        tokenForm(in, QStringLiteral("{{"), QStringLiteral("}}")));
    token += bruText(QStringLiteral("script:post-response"),
        QStringLiteral("bru.setVar(\"access_token\", res.body.access_token);"));
    token += bruText(QStringLiteral("tests"),
        QStringLiteral("test(\"the AS issued an access token\", function () {\n"
                       "  expect(res.getStatus()).to.equal(200);\n"
                       "  expect(res.body.access_token).to.be.a(\"string\");\n"
                       "});"));
    QString docToken
        = tr("Client credentials token request, authenticated with %1.").arg(toWire(in.authMethod));
    token += bruText(QStringLiteral("docs"), docToken);
    pack.files.append({ QStringLiteral("01-get-token.bru"), token.trimmed().toUtf8() + '\n' });

    QString api = bruBlock(QStringLiteral("meta"),
        { { QStringLiteral("name"), tr("Sample API call") },
            { QStringLiteral("type"), QStringLiteral("http") },
            { QStringLiteral("seq"), QStringLiteral("2") } });
    api += bruBlock(QStringLiteral("get"),
        { { QStringLiteral("url"),
              QStringLiteral("{{api_base_url}}")
                  + (apiPath(in) == QLatin1String("/") ? QString() : apiPath(in)) },
            { QStringLiteral("body"), QStringLiteral("none") },
            { QStringLiteral("auth"), QStringLiteral("bearer") } });
    if (!in.headers.isEmpty())
        api += bruBlock(QStringLiteral("headers"), bruHeaders(in));
    api += bruBlock(QStringLiteral("auth:bearer"),
        { { QStringLiteral("token"), QStringLiteral("{{access_token}}") } });
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
            vars.append(
                { v.name, QStringLiteral("{{process.env.") + kSecretEnv + QStringLiteral("}}") });
        else
            vars.append({ v.name, v.value });
    }
    pack.files.append({ QStringLiteral("environments/") + envName + QStringLiteral(".bru"),
        bruBlock(QStringLiteral("vars"), vars).trimmed().toUtf8() + '\n' });
    if (usesSecret(in.authMethod)) {
        pack.files.append({ QStringLiteral(".gitignore"), QByteArrayLiteral(".env\n") });
        const QByteArray line = kSecretEnv.toUtf8() + '=';
        if (in.secret)
            pack.files.append({ QStringLiteral(".env"),
                "# " + tr("The client secret (secret: never commit this file).").toUtf8() + '\n'
                    + line + in.secret->toUtf8() + '\n' });
        else
            pack.files.append({ QStringLiteral(".env.sample"),
                "# "
                    + tr("Copy to .env and fill in the client secret, or export CLIENT_SECRET.")
                          .toUtf8()
                    + '\n' + line + '\n' });
    }
    return pack;
}

// ---- .http -----------------------------------------------------------------------------------

HandoffPack writeHttpFile(const HandoffInput &in)
{
    HandoffPack pack;
    pack.format = HandoffFormat::Http;
    pack.suggestedName = handoffFileName(title(in)) + QStringLiteral(".http");
    pack.notes = commonNotes(in);
    pack.containsSecret = in.secret.has_value();

    QString s;
    s += QStringLiteral("# ")
        + tr(
            "%1: generated by OAuthDesk for the VS Code REST Client and the JetBrains HTTP Client.")
              .arg(title(in))
        + QLatin1Char('\n');
    for (const QString &n : pack.notes)
        s += QStringLiteral("# ") + n + QLatin1Char('\n');
    s += QLatin1Char('\n');
    for (const Variable &v : variables(in)) {
        if (v.name == QLatin1String("scope")) {
            // Sent as a form field: percent-encoded here (RFC 6749 Appendix B), spaces as '+'.
            QStringList encoded;
            for (const QString &sc : in.scopes)
                encoded << QString::fromLatin1(QUrl::toPercentEncoding(sc));
            s += QStringLiteral("@scope = ") + encoded.join(QLatin1Char('+')) + QLatin1Char('\n');
            continue;
        }
        if (v.secret && !in.secret)
            s += QStringLiteral("# ")
                + tr("Fill in the client secret (form-encoded for client_secret_post):")
                + QLatin1Char('\n');
        if (v.secret && in.secret)
            s += QStringLiteral("# ") + tr("Secret: delete this line before sharing the file.")
                + QLatin1Char('\n');
        if (v.name == QLatin1String("client_assertion"))
            s += QStringLiteral("# ")
                + tr("Paste a client assertion signed with the client's key (RFC 7523):")
                + QLatin1Char('\n');
        s += QLatin1Char('@') + v.name + QStringLiteral(" = ") + v.value + QLatin1Char('\n');
    }
    s += QStringLiteral("\n###\n# ")
        + tr("Get a token (client credentials, %1)").arg(toWire(in.authMethod)) + QLatin1Char('\n');
    s += QStringLiteral("# @name token\nPOST {{token_endpoint}}\nContent-Type: "
                        "application/x-www-form-urlencoded\nAccept: application/json\n");
    if (in.authMethod == AuthMethod::ClientSecretBasic)
        s += QStringLiteral("Authorization: Basic {{client_id}} {{client_secret}}\n");
    for (const ExtraHeader &h : in.headers)
        s += h.name + QStringLiteral(": {{") + handoffHeaderVariable(h.name)
            + QStringLiteral("}}\n");
    QStringList form;
    for (const auto &[k, v] : tokenForm(in, QStringLiteral("{{"), QStringLiteral("}}")))
        form << k + QLatin1Char('=')
                + (k == QLatin1String("client_assertion_type")
                        ? QString::fromLatin1(QUrl::toPercentEncoding(v))
                        : v);
    s += QLatin1Char('\n') + form.join(QLatin1Char('&')) + QLatin1Char('\n');
    s += QStringLiteral("\n###\n# ") + tr("A sample API call with the token of the request above")
        + QLatin1Char('\n');
    s += QStringLiteral("# @name api\nGET {{api_base_url}}")
        + (apiPath(in) == QLatin1String("/") ? QString() : apiPath(in)) + QLatin1Char('\n');
    s += QStringLiteral("Authorization: Bearer {{token.response.body.$.access_token}}\n");
    for (const ExtraHeader &h : in.headers)
        s += h.name + QStringLiteral(": {{") + handoffHeaderVariable(h.name)
            + QStringLiteral("}}\n");
    pack.files.append({ pack.suggestedName, s.toUtf8() });
    return pack;
}

// ---- curl ------------------------------------------------------------------------------------

namespace {

/// A POSIX shell single-quoted word ('it'\''s').
QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

/// A message for "${VAR:?message}": no quotes, backslashes, $, backquotes or braces (a
/// translation must not end the expansion or start another).
QString plainWord(QString s)
{
    static const QRegularExpression unsafe(QStringLiteral("[\"'`$\\\\{}]"));
    return s.remove(unsafe);
}

QString shellVar(const QString &name)
{
    return name.toUpper();
}

} // namespace

HandoffPack writeCurlScript(const HandoffInput &in)
{
    HandoffPack pack;
    pack.format = HandoffFormat::Curl;
    pack.suggestedName = handoffFileName(title(in)) + QStringLiteral(".sh");
    pack.notes = commonNotes(in);
    pack.containsSecret = in.secret.has_value();

    QString s = QStringLiteral("#!/bin/sh\n");
    s += QStringLiteral("# ")
        + tr("%1: a token and a sample API call with curl, generated by OAuthDesk.").arg(title(in))
        + QLatin1Char('\n');
    for (const QString &n : pack.notes)
        s += QStringLiteral("# ") + n + QLatin1Char('\n');
    s += QStringLiteral("# ")
        + tr("Needs only sh, curl, sed and base64 (no jq): the token is taken from the JSON answer "
             "with sed, "
             "which expects the access_token string without escaped characters, as ASs issue them.")
        + QLatin1Char('\n');
    s += QStringLiteral("# ")
        + tr("A private CA: export CURL_CA_BUNDLE=/path/to/ca.pem (curl reads it).")
        + QLatin1Char('\n');
    s += QStringLiteral("# ")
        + tr("The secret and the token go to curl on standard input, never as arguments (ps shows "
             "those).")
        + QLatin1Char('\n');
    s += QStringLiteral("set -eu\n\n");
    for (const Variable &v : variables(in)) {
        const QString name = shellVar(v.name);
        if (v.secret) {
            if (in.secret) {
                s += QStringLiteral("# ")
                    + tr("Secret: delete this line before sharing the script.") + QLatin1Char('\n');
                s += name + QStringLiteral("=${") + name + QStringLiteral(":-")
                    + shellQuote(v.value) + QStringLiteral("}\n");
            }
            continue;
        }
        if (v.name == QLatin1String("client_assertion")) {
            s += QStringLiteral(": \"${CLIENT_ASSERTION:?")
                + plainWord(
                    tr("export CLIENT_ASSERTION: a JWT signed with the client's key (RFC 7523)"))
                + QStringLiteral("}\"\n");
            continue;
        }
        s += name + QStringLiteral("=${") + name + QStringLiteral(":-") + shellQuote(v.value)
            + QStringLiteral("}\n");
    }
    if (usesSecret(in.authMethod) && !in.secret) {
        s += QStringLiteral("if [ -z \"${CLIENT_SECRET:-}\" ]; then\n"
                            "  if [ -t 0 ]; then\n"
                            "    printf '%s' ")
            + shellQuote(tr("Client secret of %1: ").arg(in.clientId))
            + QStringLiteral(
                " >&2\n"
                "    stty -echo; IFS= read -r CLIENT_SECRET || true; stty echo; printf '\\n' >&2\n"
                "  else\n"
                "    echo ")
            + shellQuote(tr(
                "Set CLIENT_SECRET (export CLIENT_SECRET=...) or run this script in a terminal."))
            + QStringLiteral(" >&2; exit 1\n"
                             "  fi\n"
                             "fi\n");
    }
    if (usesCertificate(in.authMethod))
        s += QStringLiteral(": \"${CLIENT_CERT:?")
            + plainWord(tr(
                "export CLIENT_CERT and CLIENT_KEY: the transport certificate and key files (PEM)"))
            + QStringLiteral("}\" \"${CLIENT_KEY:?")
            + plainWord(tr("export CLIENT_KEY: the transport key file (PEM)"))
            + QStringLiteral("}\"\n");

    QString headers;
    for (const ExtraHeader &h : in.headers)
        // The name quoted for the shell too: a stored name is data, never a command.
        headers += QStringLiteral(" -H ") + shellQuote(h.name) + QStringLiteral("\": $")
            + shellVar(handoffHeaderVariable(h.name)) + QLatin1Char('"');
    const QString cert = usesCertificate(in.authMethod)
        ? QStringLiteral(" --cert \"$CLIENT_CERT\" --key \"$CLIENT_KEY\"")
        : QString();

    // The AS's error answer (RFC 6749 §5.2) is what the developer needs to see when it refuses.
    s += QStringLiteral("\ntokenFailed() {\n  echo ")
        + shellQuote(tr("The token request failed; the AS answered:"))
        + QStringLiteral(" >&2; printf '%s\\n' \"${TOKEN_RESPONSE:-}\" >&2; exit 1\n}\n");
    s += QStringLiteral("\n# ")
        + tr("1. The token request (client credentials, %1).").arg(toWire(in.authMethod))
        + QLatin1Char('\n');
    QString form = QStringLiteral(" --data-urlencode grant_type=client_credentials");
    if (!in.scopes.isEmpty())
        form += QStringLiteral(" --data-urlencode \"scope=$SCOPE\"");
    switch (in.authMethod) {
    case AuthMethod::ClientSecretBasic:
        s += QStringLiteral(
            "BASIC=$(printf '%s:%s' \"$CLIENT_ID\" \"$CLIENT_SECRET\" | base64 | tr -d '\\n')\n");
        s += QStringLiteral("TOKEN_RESPONSE=$(printf 'Authorization: Basic %s\\n' \"$BASIC\" | "
                            "curl -sS --fail-with-body -H @-")
            + headers + form + QStringLiteral(" \"$TOKEN_ENDPOINT\") || tokenFailed\n");
        break;
    case AuthMethod::ClientSecretPost:
        s += QStringLiteral(
                 "TOKEN_RESPONSE=$(printf '%s' \"$CLIENT_SECRET\" | curl -sS --fail-with-body")
            + headers + form
            + QStringLiteral(" --data-urlencode \"client_id=$CLIENT_ID\" --data-urlencode "
                             "client_secret@- \"$TOKEN_ENDPOINT\") || tokenFailed\n");
        break;
    case AuthMethod::PrivateKeyJwt:
        s += QStringLiteral(
                 "TOKEN_RESPONSE=$(printf '%s' \"$CLIENT_ASSERTION\" | curl -sS --fail-with-body")
            + headers + form
            + QStringLiteral(" --data-urlencode \"client_id=$CLIENT_ID\" --data-urlencode "
                             "client_assertion_type=")
            + kAssertionType
            + QStringLiteral(
                " --data-urlencode client_assertion@- \"$TOKEN_ENDPOINT\") || tokenFailed\n");
        break;
    case AuthMethod::None:
    case AuthMethod::TlsClientAuth:
    case AuthMethod::SelfSignedTlsClientAuth:
        s += QStringLiteral("TOKEN_RESPONSE=$(curl -sS --fail-with-body") + cert + headers + form
            + QStringLiteral(
                " --data-urlencode \"client_id=$CLIENT_ID\" \"$TOKEN_ENDPOINT\") || tokenFailed\n");
        break;
    }
    s += QStringLiteral(
        "ACCESS_TOKEN=$(printf '%s' \"$TOKEN_RESPONSE\" | sed -n "
        "'s/.*\"access_token\"[[:space:]]*:[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p')\n");
    s += QStringLiteral("if [ -z \"$ACCESS_TOKEN\" ]; then\n  echo ")
        + shellQuote(tr("No access_token in the answer:"))
        + QStringLiteral(" >&2; printf '%s\\n' \"$TOKEN_RESPONSE\" >&2; exit 1\nfi\n");
    s += QStringLiteral("echo ") + shellQuote(tr("Got an access token."))
        + QStringLiteral(" >&2\n");
    s += QStringLiteral("\n# ") + tr("2. A sample API call with the token.") + QLatin1Char('\n');
    s += QStringLiteral("printf 'Authorization: Bearer %s\\n' \"$ACCESS_TOKEN\" | curl -sS "
                        "--fail-with-body -H @-")
        + (in.certificateBoundTokens ? cert : QString()) + headers
        + QStringLiteral(" \"$API_BASE_URL")
        + (apiPath(in) == QLatin1String("/") ? QString() : apiPath(in))
        + QStringLiteral("\"\necho\n");
    pack.files.append({ pack.suggestedName, s.toUtf8() });
    return pack;
}

HandoffPack writeHandoff(const HandoffInput &input, HandoffFormat format)
{
    switch (format) {
    case HandoffFormat::Postman:
        return writePostman(input);
    case HandoffFormat::Bruno:
        return writeBruno(input);
    case HandoffFormat::Http:
        return writeHttpFile(input);
    case HandoffFormat::Curl:
        return writeCurlScript(input);
    }
    return writePostman(input);
}

QString toWire(HandoffFormat format)
{
    switch (format) {
    case HandoffFormat::Postman:
        return QStringLiteral("postman");
    case HandoffFormat::Bruno:
        return QStringLiteral("bruno");
    case HandoffFormat::Http:
        return QStringLiteral("http");
    case HandoffFormat::Curl:
        return QStringLiteral("curl");
    }
    return {};
}

QList<HandoffFormat> allHandoffFormats()
{
    return { HandoffFormat::Postman, HandoffFormat::Bruno, HandoffFormat::Http,
        HandoffFormat::Curl };
}

std::optional<HandoffFormat> handoffFormatFromWire(const QString &wire)
{
    for (HandoffFormat f : allHandoffFormats()) {
        if (toWire(f) == wire)
            return f;
    }
    return std::nullopt;
}

} // namespace oauthdesk
