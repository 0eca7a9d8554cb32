// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-off pack's writers: pure functions from HandoffInput to files, one file per format
// (HandoffPostman.cpp, HandoffBruno.cpp, HandoffHttp.cpp, HandoffCurl.cpp); what they share is
// here. Each writes the token request with the client's own auth method, the environment's
// extra headers on every request (Environment.h: they go with token requests too) and a sample
// API call with the token the first request got. The secret is a variable unless
// HandoffInput::secret holds it; the private key is never an input, so it cannot be written.
#include "oauth/HttpExchange.h"
#include "usecases/HandoffInternal.h"

#include <QJsonDocument>

namespace oauthdesk {

namespace handoff {

const QString kAssertionType
    = QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
const QString kSecretEnv = QStringLiteral("CLIENT_SECRET");
const QString kAssertionEnv = QStringLiteral("CLIENT_ASSERTION");
const QString kCertEnv = QStringLiteral("CLIENT_CERT");
const QString kKeyEnv = QStringLiteral("CLIENT_KEY");
const QString kIdFormVar = QStringLiteral("client_id_form");
const QString kSecretFormVar = QStringLiteral("client_secret_form");

QString braces(const QString &name)
{
    return QStringLiteral("{{") + name + QStringLiteral("}}");
}

bool usesSecret(AuthMethod m)
{
    return m == AuthMethod::ClientSecretBasic || m == AuthMethod::ClientSecretPost
        || m == AuthMethod::ClientSecretJwt;
}

bool usesAssertion(AuthMethod m)
{
    return m == AuthMethod::PrivateKeyJwt || m == AuthMethod::ClientSecretJwt;
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

QString apiPath(const HandoffInput &in)
{
    QString p = in.apiPath.trimmed();
    if (!p.startsWith(QLatin1Char('/')))
        p.prepend(QLatin1Char('/'));
    return p;
}

QString apiSuffix(const HandoffInput &in)
{
    const QString p = apiPath(in);
    return p == QLatin1String("/") ? QString() : p;
}

QString hostAndPort(const QUrl &url)
{
    return url.host()
        + (url.port() > 0 ? QLatin1Char(':') + QString::number(url.port()) : QString());
}

QString formEncoded(const QString &value)
{
    return QString::fromLatin1(formEncode(value.toUtf8()));
}

namespace {

QString apiBase(const HandoffInput &in)
{
    QString base = in.apiBaseUrl.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

} // namespace

QStringList commonNotes(const HandoffInput &in)
{
    QStringList notes;
    if (usesSecret(in.authMethod) && !in.secret)
        notes << Handoff::tr("The client secret is not in these files: fill in client_secret (the "
                             "curl script and the Bruno collection read it from the CLIENT_SECRET "
                             "environment variable).");
    if (in.secret)
        notes << Handoff::tr("These files contain the client secret. Hand them over the way you "
                             "would hand over a password, and never commit them.");
    if (in.authMethod == AuthMethod::ClientSecretBasic)
        notes << Handoff::tr("client_secret_basic: the client ID and secret are form-encoded "
                             "before Base64 (RFC 6749 §2.3.1), so that characters such as ':', "
                             "'+' and '%' reach the AS as they are; the files do it for you.");
    if (in.authMethod == AuthMethod::PrivateKeyJwt)
        notes << Handoff::tr("private_key_jwt: the token request needs a client assertion (RFC "
                             "7523): a JWT with iss and sub \"%1\", aud \"%2\", a unique jti and a "
                             "short exp, signed with the client's signing key. The key is not in "
                             "these files: sign the assertion with your own tooling and put it in "
                             "client_assertion (a new one for each token request).")
                     .arg(in.clientId, in.assertionAudience);
    if (in.authMethod == AuthMethod::ClientSecretJwt)
        notes << Handoff::tr("client_secret_jwt: the token request needs a client assertion (RFC "
                             "7523 §2.2): a JWT with iss and sub \"%1\", aud \"%2\", a unique jti "
                             "and a short exp, MACed with HS256 under the client secret. Make it "
                             "with your own tooling and put it in client_assertion (a new one for "
                             "each token request).")
                     .arg(in.clientId, in.assertionAudience);
    if (usesCertificate(in.authMethod))
        notes << Handoff::tr("Mutual TLS (%1): the token request must present the client's "
                             "transport certificate and its private key, which are not in these "
                             "files: give your tool both as PEM files, for host %2.")
                     .arg(toWire(in.authMethod), hostAndPort(in.tokenEndpoint));
    if (in.certificateBoundTokens)
        notes << Handoff::tr("The tokens are bound to the client certificate (RFC 8705): API "
                             "calls must present the same certificate.");
    if (in.apiBaseUrl.isEmpty())
        notes << Handoff::tr("The environment has no API base URL: fill in api_base_url for the "
                             "sample API call.");
    return notes;
}

HandoffPack startPack(const HandoffInput &in, HandoffFormat format, const QString &nameSuffix)
{
    HandoffPack pack;
    pack.format = format;
    pack.suggestedName = handoffFileName(title(in)) + nameSuffix;
    pack.notes = commonNotes(in);
    pack.containsSecret = in.secret.has_value();
    return pack;
}

QList<Variable> variables(const HandoffInput &in)
{
    QList<Variable> v;
    v.append({ QStringLiteral("token_endpoint"), in.tokenEndpoint.toString() });
    v.append({ QStringLiteral("client_id"), in.clientId });
    v.append({ QStringLiteral("scope"), in.scopes.join(QLatin1Char(' ')) });
    v.append({ QStringLiteral("api_base_url"),
        in.apiBaseUrl.isEmpty() ? QStringLiteral("https://api.example.invalid") : apiBase(in) });
    for (const ExtraHeader &h : in.headers)
        v.append({ handoffHeaderVariable(h.name), h.value });
    if (usesSecret(in.authMethod))
        v.append({ QStringLiteral("client_secret"), in.secret.value_or(QString()), true });
    if (usesAssertion(in.authMethod))
        v.append({ QStringLiteral("client_assertion"), QString() });
    return v;
}

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
    case AuthMethod::ClientSecretJwt:
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

QStringList formEncodeScript()
{
    // encodeURIComponent keeps A-Z a-z 0-9 - _ . ! ~ * ' ( ); formEncode() (HttpExchange.h)
    // keeps only the first six, and writes a space as '+'.
    return {
        QStringLiteral("// RFC 6749 §2.3.1: client_secret_basic form-encodes the client ID and "
                       "secret (Appendix B) before Base64."),
        QStringLiteral("const formEncode = (s) => encodeURIComponent(String(s))"),
        QStringLiteral("    .replace(/[!'()*~]/g, (c) => \"%\" + "
                       "c.charCodeAt(0).toString(16).toUpperCase())"),
        QStringLiteral("    .replace(/%20/g, \"+\");"),
    };
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace handoff

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
