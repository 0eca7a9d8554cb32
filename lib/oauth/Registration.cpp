// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/Registration.h"

#include "core/NumericDate.h"
#include "oauth/Transport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <array>
#include <utility>

namespace oauthdesk {

namespace {

struct RegistrationText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Registration)
};

QJsonArray stringArray(const QStringList &values)
{
    QJsonArray a;
    for (const QString &v : values)
        a.append(v);
    return a;
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            out.append(e.isString()
                    ? e.toString()
                    : QString::fromUtf8(
                        QJsonDocument(QJsonArray { e }).toJson(QJsonDocument::Compact)));
    } else if (v.isString()) {
        out = v.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return out;
}

/// The wizard's words for an RFC 7591 metadata name, so an error can name the field.
QString fieldLabel(const QString &metadata)
{
    static const std::array<std::pair<const char *, const char *>, 15> labels { {
        { "client_name", QT_TRANSLATE_NOOP("oauthdesk::Registration", "Client name") },
        { "redirect_uris", QT_TRANSLATE_NOOP("oauthdesk::Registration", "Redirect URIs") },
        { "post_logout_redirect_uris",
            QT_TRANSLATE_NOOP("oauthdesk::Registration", "Post-logout redirect URIs") },
        { "grant_types", QT_TRANSLATE_NOOP("oauthdesk::Registration", "Grant types") },
        { "response_types",
            QT_TRANSLATE_NOOP("oauthdesk::Registration", "Grant types (response types)") },
        { "token_endpoint_auth_method",
            QT_TRANSLATE_NOOP("oauthdesk::Registration", "Authentication method") },
        { "scope", QT_TRANSLATE_NOOP("oauthdesk::Registration", "Scopes") },
        { "jwks_uri",
            QT_TRANSLATE_NOOP(
                "oauthdesk::Registration", "Signing key or self-signed certificate (jwks_uri)") },
        { "jwks",
            QT_TRANSLATE_NOOP(
                "oauthdesk::Registration", "Signing key or self-signed certificate (jwks)") },
        { "tls_client_auth_subject_dn",
            QT_TRANSLATE_NOOP("oauthdesk::Registration", "Transport certificate (subject DN)") },
        { "tls_client_certificate_bound_access_tokens",
            QT_TRANSLATE_NOOP("oauthdesk::Registration", "Certificate-bound tokens") },
        { "application_type", QT_TRANSLATE_NOOP("oauthdesk::Registration", "Application type") },
        { "software_statement",
            QT_TRANSLATE_NOOP("oauthdesk::Registration", "Software statement") },
        { "token_endpoint_auth_signing_alg",
            QT_TRANSLATE_NOOP("oauthdesk::Registration", "Signing algorithm") },
        { "client_id", QT_TRANSLATE_NOOP("oauthdesk::Registration", "Client ID") },
    } };
    for (const auto &[name, label] : labels) {
        if (metadata == QLatin1String(name))
            return QCoreApplication::translate("oauthdesk::Registration", label);
    }
    return metadata;
}

/// The metadata name an AS's error_description is about: the first known name it mentions.
QString fieldInDescription(const QString &description)
{
    static const std::array<const char *, 14> names { "post_logout_redirect_uris", "redirect_uris",
        "token_endpoint_auth_signing_alg", "token_endpoint_auth_method", "grant_types",
        "response_types", "jwks_uri", "jwks", "tls_client_auth_subject_dn",
        "tls_client_certificate_bound_access_tokens", "application_type", "client_name", "scope",
        "software_statement" };
    for (const char *n : names) {
        if (description.contains(QLatin1String(n)))
            return QString::fromLatin1(n);
    }
    return {};
}

QString stepName(RegistrationStep step)
{
    switch (step) {
    case RegistrationStep::Register:
        return RegistrationText::tr("registration");
    case RegistrationStep::Read:
        return RegistrationText::tr("reading the registration");
    case RegistrationStep::Update:
        return RegistrationText::tr("updating the registration");
    case RegistrationStep::Delete:
        return RegistrationText::tr("deleting the registration");
    }
    return {};
}

std::optional<QDateTime> epoch(const QJsonValue &v)
{
    const auto seconds = epochSeconds(v);
    if (!seconds || *seconds <= 0) // 0: "never" (client_secret_expires_at, RFC 7591 §3.2.1)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
}

std::shared_ptr<const SecretBytes> secretMember(const QJsonObject &o, const char *name)
{
    const QString v = o.value(QLatin1String(name)).toString();
    if (v.isEmpty())
        return {};
    return std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(v));
}

QString display(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isArray()) {
        const QStringList l = toStringList(v);
        return l.join(QStringLiteral(", "));
    }
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

/// The same value in another shape is the same: a one-element array holding the scalar (an AS
/// that answers "token_endpoint_auth_method": ["client_secret_basic"]), or true as "true".
bool sameValue(const QJsonValue &asked, const QJsonValue &got)
{
    if (asked == got)
        return true;
    auto single = [](const QJsonValue &v) {
        return v.isArray() && v.toArray().size() == 1 ? v.toArray().first() : v;
    };
    const QJsonValue a = single(asked);
    const QJsonValue g = single(got);
    if (a == g)
        return true;
    if (a.isBool() && g.isString())
        return g.toString() == (a.toBool() ? QLatin1String("true") : QLatin1String("false"));
    if (a.isString() && g.isBool())
        return a.toString() == (g.toBool() ? QLatin1String("true") : QLatin1String("false"));
    return false;
}

} // namespace

QJsonObject registrationMetadata(const RegistrationInput &input)
{
    const OAuthClient &c = input.client;
    QJsonObject m;
    m.insert(QStringLiteral("client_name"), c.name);
    QStringList grants;
    for (GrantType g : c.grantTypes)
        grants.append(toWire(g));
    m.insert(QStringLiteral("grant_types"), stringArray(grants));
    QStringList responseTypes;
    if (c.grantTypes.contains(GrantType::AuthorizationCode))
        responseTypes.append(QStringLiteral("code"));
    if (c.grantTypes.contains(GrantType::Implicit))
        responseTypes.append(QStringLiteral("token"));
    m.insert(QStringLiteral("response_types"), stringArray(responseTypes));
    // An empty array is not "none" to every AS: some refuse "redirect_uris": [] outright. Omitted,
    // RFC 7591 §2 leaves it to the AS, which needs none for a client without redirect-based grants.
    if (!c.redirectUris.isEmpty())
        m.insert(QStringLiteral("redirect_uris"), stringArray(c.redirectUris));
    if (!c.postLogoutRedirectUris.isEmpty())
        m.insert(
            QStringLiteral("post_logout_redirect_uris"), stringArray(c.postLogoutRedirectUris));
    m.insert(QStringLiteral("token_endpoint_auth_method"), toWire(c.authMethod));
    if (!c.scopes.isEmpty())
        m.insert(QStringLiteral("scope"), c.scopes.join(QLatin1Char(' ')));
    // OIDC Registration §2: "native" or "web"; SPAs and machine clients are "web".
    m.insert(QStringLiteral("application_type"),
        c.applicationType == ApplicationType::Native ? QStringLiteral("native")
                                                     : QStringLiteral("web"));
    if ((c.authMethod == AuthMethod::PrivateKeyJwt
            || c.authMethod == AuthMethod::SelfSignedTlsClientAuth)
        && !input.jwks.isEmpty())
        m.insert(QStringLiteral("jwks"), QJsonDocument::fromJson(input.jwks).object());
    if (c.authMethod == AuthMethod::TlsClientAuth && !input.tlsClientAuthSubjectDn.isEmpty())
        m.insert(QStringLiteral("tls_client_auth_subject_dn"), input.tlsClientAuthSubjectDn);
    if (c.certificateBoundTokens)
        m.insert(QStringLiteral("tls_client_certificate_bound_access_tokens"), true);
    return m;
}

Result<HttpRequest> buildRegistrationRequest(const RegistrationCall &call)
{
    if (!call.url.isValid() || call.url.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
            call.method == "POST" ? RegistrationText::tr(
                "The authorization server publishes no registration_endpoint: it does not offer "
                "dynamic client registration (RFC 7591). Register the client in its portal "
                "instead.")
                                  : RegistrationText::tr(
                                      "This client has no registration_client_uri: it was not "
                                      "registered by OAuthDesk, or "
                                      "the AS does not support RFC 7592 management."));
    }
    HttpRequest req;
    req.method = call.method;
    req.url = call.url;
    req.timeoutMs = call.timeoutMs;
    req.maxResponseBytes = 256 * 1024;
    req.headers.emplace_back("Accept", "application/json");
    req.secretResponseMembers = { "client_secret", "registration_access_token" };
    if (call.bearer && !call.bearer->isEmpty()) {
        req.headers.emplace_back("Authorization", "Bearer " + call.bearer->toByteArray());
        req.secretHeaders.append("Authorization");
    } else if (call.method != "POST") {
        return fail(ErrorCode::SecretNotFound,
            RegistrationText::tr("This client's registration access token is not in the keychain, "
                                 "so the AS will not "
                                 "let OAuthDesk read, change or delete its registration."));
    }
    if (call.method == "POST" || call.method == "PUT") {
        QJsonObject body = call.body;
        if (call.softwareStatement && !call.softwareStatement->isEmpty())
            body.insert(
                QStringLiteral("software_statement"), call.softwareStatement->toUtf8String());
        if (call.clientSecret && !call.clientSecret->isEmpty())
            body.insert(QStringLiteral("client_secret"), call.clientSecret->toUtf8String());
        req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        req.headers.emplace_back("Content-Type", "application/json");
        // The JSON body carries secrets (the software statement, the current client secret):
        // requestText()/curl() redact these members.
        if (body.contains(QLatin1String("software_statement")))
            req.secretFormFields.append("software_statement");
        if (body.contains(QLatin1String("client_secret")))
            req.secretFormFields.append("client_secret");
    }
    if (auto added = appendExtraHeaders(req, call.extraHeaders); !added)
        return std::unexpected(added.error());
    return req;
}

Error registrationError(const HttpExchange &ex, RegistrationStep step)
{
    if (ex.transportError)
        return *ex.transportError;
    const OAuthErrorAnswer answer = oauthErrorAnswer(ex);
    const QString &code = answer.code;
    const QString &description = answer.description;
    const QString &detail = answer.detail;
    const QString because = description.isEmpty()
        ? QString()
        : RegistrationText::tr(" The AS says: \"%1\".").arg(description.left(300));

    if (code == QLatin1String("invalid_redirect_uri")
        && !QJsonDocument::fromJson(ex.request.body)
                .object()
                .contains(QLatin1String("redirect_uris"))) {
        // None was sent: the client has none (client credentials only). RFC 7591 §2 asks for
        // redirect URIs only for redirect-based grants; this AS wants them anyway.
        return { ErrorCode::Rejected,
            RegistrationText::tr(
                "Redirect URIs: none were sent, because this client has none (it uses no "
                "redirect-based "
                "grant), but this authorization server wants redirect_uris for every client, which "
                "RFC 7591 "
                "§2 does not require. Register the client at the AS another way (its console or "
                "administrators), then record it here with \"Register at … now\" unticked and the "
                "client "
                "ID it issued.")
                + because,
            detail };
    }
    if (code == QLatin1String("invalid_redirect_uri")) {
        return { ErrorCode::Rejected,
            RegistrationText::tr("Redirect URIs: the authorization server refused a redirect URI. "
                                 "Check that each is an "
                                 "absolute URI without a fragment, https for web clients, and a "
                                 "loopback or private-use "
                                 "scheme for native ones.")
                + because,
            detail };
    }
    if (code == QLatin1String("invalid_client_metadata")) {
        const QString field = fieldInDescription(description);
        const QString label
            = field.isEmpty() ? RegistrationText::tr("Client metadata") : fieldLabel(field);
        return { ErrorCode::Rejected,
            RegistrationText::tr("%1: the authorization server refused this value. Change it in "
                                 "the wizard and submit again.")
                    .arg(label)
                + because,
            detail };
    }
    if (code == QLatin1String("invalid_software_statement")
        || code == QLatin1String("unapproved_software_statement")) {
        return { ErrorCode::Rejected,
            RegistrationText::tr(
                "Software statement: the authorization server did not accept the environment's "
                "software "
                "statement (%1). Replace it in Settings → Environments → Registration.")
                    .arg(code)
                + because,
            detail };
    }
    bool bearerSent = false;
    for (const auto &h : ex.request.headers)
        bearerSent = bearerSent || h.first.compare("Authorization", Qt::CaseInsensitive) == 0;
    // Without a bearer, a refusal is about the missing initial access token only when it says so
    // (401/403, invalid_token, or an invalid_request that names the token); other invalid_request
    // answers are about the metadata and fall through.
    const bool aboutToken = ex.status == 401 || ex.status == 403
        || code == QLatin1String("invalid_token")
        || (code == QLatin1String("invalid_request")
            && description.contains(QLatin1String("token"), Qt::CaseInsensitive));
    if (step == RegistrationStep::Register && !bearerSent && aboutToken) {
        return { ErrorCode::Rejected,
            RegistrationText::tr("Initial access token: this authorization server only registers "
                                 "clients presented with one. "
                                 "Store the token its administrators gave you in Settings → "
                                 "Environments → Registration.")
                + because,
            detail };
    }
    if (ex.status == 401 || ex.status == 403 || code == QLatin1String("invalid_token")) {
        if (step == RegistrationStep::Register) {
            return { ErrorCode::Rejected,
                RegistrationText::tr("Initial access token: the authorization server refused it "
                                     "(HTTP %1). It may be wrong, "
                                     "expired or used up: store a new one in Settings → "
                                     "Environments → Registration.")
                        .arg(ex.status)
                    + because,
                detail };
        }
        return { ErrorCode::Rejected,
            RegistrationText::tr("The authorization server refused this client's registration "
                                 "access token (HTTP %1): the "
                                 "client may have been deleted at the AS, or its token replaced.")
                    .arg(ex.status)
                + because,
            detail };
    }
    if (ex.status == 404 && step != RegistrationStep::Register) {
        return { ErrorCode::NotFound,
            RegistrationText::tr("The authorization server no longer knows this client (HTTP 404): "
                                 "it was deleted there."),
            detail };
    }
    if (!code.isEmpty()) {
        return { ErrorCode::Rejected,
            RegistrationText::tr("The authorization server refused the %1 with the error \"%2\".")
                    .arg(stepName(step), code)
                + because,
            detail };
    }
    // The body may be a client (with its secret and token) under an unexpected status: shown only
    // when it is not JSON carrying those, and then with them removed.
    QString body;
    const QJsonDocument doc = QJsonDocument::fromJson(ex.responseBody);
    if (doc.isObject()) {
        QJsonObject o2 = doc.object();
        o2.remove(QStringLiteral("client_secret"));
        o2.remove(QStringLiteral("registration_access_token"));
        body = QString::fromUtf8(QJsonDocument(o2).toJson(QJsonDocument::Compact).left(300));
    } else if (!ex.responseBody.contains("client_secret")
        && !ex.responseBody.contains("registration_access_token")) {
        body = QString::fromUtf8(ex.responseBody.left(300));
    }
    return { ErrorCode::Rejected,
        RegistrationText::tr("The authorization server answered HTTP %1 to the %2 without an OAuth "
                             "error: check the endpoint "
                             "URL and any proxy in between.")
            .arg(ex.status)
            .arg(stepName(step)),
        body };
}

Result<RegisteredClient> parseRegistrationResponse(const HttpExchange &ex, RegistrationStep step)
{
    const int expected = step == RegistrationStep::Register ? 201 : 200;
    // RFC 7591 §3.2.1 says 201; a 200 from a lenient AS still carries the client.
    if (ex.transportError || (ex.status != expected && ex.status != 200))
        return std::unexpected(registrationError(ex, step));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(ex.responseBody, &parseError);
    if (!doc.isObject()) {
        return fail(ErrorCode::ProtocolError,
            RegistrationText::tr("The authorization server answered HTTP %1 but not with a JSON "
                                 "object, so there is no client.")
                .arg(ex.status),
            parseError.errorString());
    }
    QJsonObject o = doc.object();
    RegisteredClient r;
    r.clientId = o.value(QLatin1String("client_id")).toString();
    if (r.clientId.isEmpty())
        return fail(ErrorCode::ProtocolError,
            RegistrationText::tr(
                "The authorization server's answer has no client_id (RFC 7591 §3.2.1)."));
    r.clientIdIssuedAt = epoch(o.value(QLatin1String("client_id_issued_at")));
    r.clientSecretExpiresAt = epoch(o.value(QLatin1String("client_secret_expires_at")));
    r.clientSecret = secretMember(o, "client_secret");
    r.registrationAccessToken = secretMember(o, "registration_access_token");
    const QString uri = o.value(QLatin1String("registration_client_uri")).toString();
    if (!uri.isEmpty()) {
        const QUrl url(uri, QUrl::StrictMode);
        const bool loopback = url.host() == QLatin1String("127.0.0.1")
            || url.host() == QLatin1String("localhost") || url.host() == QLatin1String("::1");
        if (!url.isValid() || url.host().isEmpty()
            || !(url.scheme() == QLatin1String("https")
                || (url.scheme() == QLatin1String("http") && loopback)))
            return fail(ErrorCode::ProtocolError,
                RegistrationText::tr("The registration_client_uri \"%1\" is not an https URL (http "
                                     "only on loopback); OAuthDesk "
                                     "will not send the registration access token there.")
                    .arg(uri));
        r.registrationClientUri = url;
    }
    o.remove(QStringLiteral("client_secret"));
    o.remove(QStringLiteral("registration_access_token"));
    r.metadata = o;
    return r;
}

Result<void> parseRegistrationDelete(const HttpExchange &ex)
{
    if (ex.transportError || (ex.status != 204 && ex.status != 200))
        return std::unexpected(registrationError(ex, RegistrationStep::Delete));
    return {};
}

QList<MetadataDifference> compareMetadata(const QJsonObject &requested, const QJsonObject &granted)
{
    QList<MetadataDifference> out;
    static const QSet<QString> unordered { QStringLiteral("grant_types"),
        QStringLiteral("response_types"), QStringLiteral("redirect_uris"),
        QStringLiteral("post_logout_redirect_uris"), QStringLiteral("scope") };
    for (auto it = requested.begin(); it != requested.end(); ++it) {
        const QString &field = it.key();
        if (field == QLatin1String("software_statement") || field == QLatin1String("client_secret"))
            continue;
        const QJsonValue asked = it.value();
        const QJsonValue got = granted.value(field);
        bool same = false;
        if (unordered.contains(field)) {
            QStringList a = toStringList(asked);
            QStringList g = toStringList(got);
            a.sort();
            g.sort();
            same = a == g;
            if (!same && !got.isUndefined()) {
                QStringList missing;
                QStringList added;
                for (const QString &s : a) {
                    if (!g.contains(s))
                        missing.append(s);
                }
                for (const QString &s : g) {
                    if (!a.contains(s))
                        added.append(s);
                }
                QStringList parts;
                if (!missing.isEmpty())
                    parts.append(RegistrationText::tr("not granted: %1")
                                     .arg(missing.join(QStringLiteral(", "))));
                if (!added.isEmpty())
                    parts.append(RegistrationText::tr("added by the AS: %1")
                                     .arg(added.join(QStringLiteral(", "))));
                out.append({ field, display(asked), display(got),
                    RegistrationText::tr("%1 — %2.")
                        .arg(fieldLabel(field), parts.join(QStringLiteral("; "))) });
                continue;
            }
        } else if (field == QLatin1String("jwks")) {
            same = got.isUndefined() || got == asked || granted.contains(QLatin1String("jwks_uri"));
        } else {
            same = sameValue(asked, got);
        }
        if (same)
            continue;
        if (got.isUndefined()) {
            out.append({ field, display(asked), QString(),
                RegistrationText::tr(
                    "%1 — sent as \"%2\", but the AS did not return it (it may have dropped it).")
                    .arg(fieldLabel(field), display(asked)) });
        } else {
            out.append({ field, display(asked), display(got),
                RegistrationText::tr("%1 — asked for \"%2\", the AS has \"%3\".")
                    .arg(fieldLabel(field), display(asked), display(got)) });
        }
    }
    // Behaviour-changing fields the AS filled in although they were not sent.
    for (const char *name :
        { "token_endpoint_auth_method", "grant_types", "scope", "redirect_uris" }) {
        const QString field = QString::fromLatin1(name);
        if (requested.contains(field) || !granted.contains(field))
            continue;
        const QString value = display(granted.value(field));
        if (value.isEmpty())
            continue;
        out.append({ field, QString(), value,
            RegistrationText::tr("%1 — not sent; the AS set \"%2\".")
                .arg(fieldLabel(field), value) });
    }
    return out;
}

OAuthClient applyRegistration(OAuthClient client, const RegisteredClient &r)
{
    client.clientId = r.clientId;
    if (r.clientIdIssuedAt)
        client.clientIdIssuedAt = r.clientIdIssuedAt;
    // RFC 7591 §3.2.1: the expiry comes with a secret; an answer without one keeps the date.
    if (r.clientSecret || r.clientSecretExpiresAt)
        client.clientSecretExpiresAt = r.clientSecretExpiresAt; // unset: never expires (0)
    if (!r.registrationClientUri.isEmpty())
        client.registrationClientUri = r.registrationClientUri;
    const QJsonObject &m = r.metadata;
    if (m.contains(QLatin1String("grant_types"))) {
        QList<GrantType> grants;
        for (const QString &g : toStringList(m.value(QLatin1String("grant_types")))) {
            if (auto known = fromWire<GrantType>(g))
                grants.append(*known);
        }
        client.grantTypes = grants;
    }
    if (m.contains(QLatin1String("scope")))
        client.scopes = toStringList(m.value(QLatin1String("scope")));
    if (m.contains(QLatin1String("redirect_uris")))
        client.redirectUris = toStringList(m.value(QLatin1String("redirect_uris")));
    if (m.contains(QLatin1String("post_logout_redirect_uris")))
        client.postLogoutRedirectUris
            = toStringList(m.value(QLatin1String("post_logout_redirect_uris")));
    // A string (RFC 7591 §2); some ASs answer a one-element array, which says the same.
    QJsonValue methodValue = m.value(QLatin1String("token_endpoint_auth_method"));
    if (methodValue.isArray() && methodValue.toArray().size() == 1)
        methodValue = methodValue.toArray().first();
    if (auto method = fromWire<AuthMethod>(methodValue.toString()))
        client.authMethod = *method;
    if (m.contains(QLatin1String("tls_client_certificate_bound_access_tokens")))
        client.certificateBoundTokens
            = m.value(QLatin1String("tls_client_certificate_bound_access_tokens")).toBool();
    const QString name = m.value(QLatin1String("client_name")).toString();
    if (!name.isEmpty())
        client.name = name;
    return client;
}

void sendRegistrationCall(Transport *transport, const RegistrationCall &call,
    const QString &caBundlePath, QObject *context, std::function<void(HttpExchange)> done)
{
    auto built = buildRegistrationRequest(call);
    if (!built) {
        HttpExchange ex;
        ex.request.method = call.method;
        ex.request.url = call.url;
        ex.transportError = built.error();
        done(std::move(ex));
        return;
    }
    transport->send(*built, caBundlePath, context, std::move(done));
}

} // namespace oauthdesk
