// SPDX-License-Identifier: GPL-3.0-or-later
// The Postman pack: collection.json and environment.json in the Postman v2.1 formats, which
// the Postman app imports and newman runs as they are.
#include "usecases/HandoffInternal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace oauthdesk {

using namespace handoff;

namespace {

const QString kSchema
    = QStringLiteral("https://schema.getpostman.com/json/collection/v2.1.0/collection.json");

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
    QString d = Handoff::tr("Client credentials token request for %1, authenticated with %2.")
                    .arg(in.clientId, toWire(in.authMethod));
    if (in.authMethod == AuthMethod::ClientSecretBasic)
        d += QLatin1Char(' ')
            + Handoff::tr("The pre-request script form-encodes client_id and client_secret into "
                          "client_id_form and client_secret_form, which Basic Auth sends (RFC "
                          "6749 §2.3.1).");
    if (in.authMethod == AuthMethod::PrivateKeyJwt)
        d += QLatin1Char(' ')
            + Handoff::tr("Postman cannot sign the client assertion without a pre-request "
                          "script: create the RFC 7523 JWT (iss and sub %1, aud %2, jti, exp) "
                          "with the client's signing key and put it into the client_assertion "
                          "variable before sending (newman: --env-var client_assertion=JWT).")
                  .arg(in.clientId, in.assertionAudience);
    if (in.authMethod == AuthMethod::ClientSecretJwt)
        d += QLatin1Char(' ')
            + Handoff::tr("Postman cannot MAC the client assertion without a pre-request "
                          "script: create the RFC 7523 JWT (iss and sub %1, aud %2, jti, exp) "
                          "with HS256 under the client secret and put it into the "
                          "client_assertion variable before sending (newman: --env-var "
                          "client_assertion=JWT).")
                  .arg(in.clientId, in.assertionAudience);
    if (usesCertificate(in.authMethod))
        d += QLatin1Char(' ')
            + Handoff::tr("Mutual TLS: in Postman, Settings → Certificates → Add Certificate, "
                          "host %1, with the client's transport certificate (CRT file) and its "
                          "private key (KEY file); newman: --ssl-client-cert CRT "
                          "--ssl-client-key KEY. The key is not part of this collection.")
                  .arg(hostAndPort(in.tokenEndpoint));
    return d;
}

QJsonArray event(const QString &listen, const QStringList &exec)
{
    return QJsonArray { QJsonObject { { QStringLiteral("listen"), listen },
        { QStringLiteral("script"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("text/javascript") },
                { QStringLiteral("exec"), lines(exec) } } } } };
}

} // namespace

HandoffPack writePostman(const HandoffInput &in)
{
    HandoffPack pack = startPack(in, HandoffFormat::Postman, QStringLiteral("-postman"));
    const bool basic = in.authMethod == AuthMethod::ClientSecretBasic;
    QStringList run { QStringLiteral("newman run collection.json -e environment.json") };
    if (usesAssertion(in.authMethod))
        run << QStringLiteral("--env-var client_assertion=JWT");
    if (usesCertificate(in.authMethod) || in.certificateBoundTokens)
        run << QStringLiteral("--ssl-client-cert CERT.pem --ssl-client-key KEY.pem");
    pack.notes << Handoff::tr("Run it with: %1").arg(run.join(QLatin1Char(' ')));

    // The token request: stores access_token in a collection variable for the next request.
    QJsonObject tokenRequest { { QStringLiteral("method"), QStringLiteral("POST") },
        { QStringLiteral("header"), postmanHeaders(in) },
        { QStringLiteral("url"),
            postmanUrl(QStringLiteral("token_endpoint"), QStringLiteral("/")) },
        { QStringLiteral("description"), postmanTokenDescription(in) } };
    QJsonArray form;
    for (const auto &[k, v] : tokenForm(in, QStringLiteral("{{"), QStringLiteral("}}")))
        form.append(QJsonObject { { QStringLiteral("key"), k }, { QStringLiteral("value"), v },
            { QStringLiteral("type"), QStringLiteral("text") } });
    tokenRequest.insert(QStringLiteral("body"),
        QJsonObject { { QStringLiteral("mode"), QStringLiteral("urlencoded") },
            { QStringLiteral("urlencoded"), form } });
    // Postman's Basic Auth does not form-encode (RFC 6749 §2.3.1 wants it): it gets the
    // encoded copies the pre-request script makes.
    if (basic)
        tokenRequest.insert(QStringLiteral("auth"),
            postmanKeyValues(QStringLiteral("basic"),
                { { QStringLiteral("username"), braces(kIdFormVar) },
                    { QStringLiteral("password"), braces(kSecretFormVar) } }));
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
    QJsonArray tokenEvents = event(QStringLiteral("test"), tokenTest);
    if (basic) {
        QStringList prerequest = formEncodeScript();
        prerequest << QStringLiteral(
            "pm.variables.set(\"%1\", formEncode(pm.variables.get(\"client_id\") "
            "|| \"\"));")
                          .arg(kIdFormVar)
                   << QStringLiteral("pm.variables.set(\"%1\", "
                                     "formEncode(pm.variables.get(\"client_secret\") || \"\"));")
                          .arg(kSecretFormVar);
        tokenEvents.append(event(QStringLiteral("prerequest"), prerequest).first());
    }
    const QStringList apiTest {
        QStringLiteral("pm.test(\"The API accepted the token\", function () {"),
        QStringLiteral("    pm.response.to.be.success;"),
        QStringLiteral("});"),
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
            Handoff::tr(
                "A sample API call with the access token of \"Get token\" (run that first).") } };

    QJsonObject collection {
        { QStringLiteral("info"),
            QJsonObject { { QStringLiteral("_postman_id"),
                              QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral("name"), title(in) },
                { QStringLiteral("description"), pack.notes.join(QLatin1Char('\n')) },
                { QStringLiteral("schema"), kSchema } } },
        { QStringLiteral("item"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), Handoff::tr("Get token") },
                             { QStringLiteral("event"), tokenEvents },
                             { QStringLiteral("request"), tokenRequest } },
                QJsonObject { { QStringLiteral("name"), Handoff::tr("Sample API call") },
                    { QStringLiteral("event"), event(QStringLiteral("test"), apiTest) },
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
        { QStringLiteral("_postman_exported_using"), QStringLiteral("OAuthDesk") } };
    pack.files.append({ QStringLiteral("collection.json"), json(collection) });
    pack.files.append({ QStringLiteral("environment.json"), json(environment) });
    return pack;
}

} // namespace oauthdesk
