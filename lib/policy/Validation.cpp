// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/Validation.h"

#include "policy/ApplicationTypePreset.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>

namespace oauthdesk {

namespace {

struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Validation)
};

QString indexed(QLatin1String field, qsizetype i)
{
    return QString(field) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

Problem problem(const QString &field, const QString &message)
{
    return Problem { field, message };
}

void append(Problems &out, std::optional<Problem> p)
{
    if (p)
        out.append(std::move(*p));
}

// RFC 9110 §5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." /
//                          "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
bool isTchar(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x80)
        return false;
    if ((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z'))
        return true;
    return QStringView(u"!#$%&'*+-.^_`|~").contains(c);
}

// RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
bool isScopeChar(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x21 || (u >= 0x23 && u <= 0x5B) || (u >= 0x5D && u <= 0x7E);
}

// RFC 8252 §7.1: private-use URI schemes in reverse domain name form, e.g. com.example.app
bool isReverseDnsScheme(const QString &scheme)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("[a-z][a-z0-9+-]*(\\.[a-z0-9][a-z0-9+-]*)+")));
    return re.match(scheme).hasMatch();
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress addr;
    return addr.setAddress(host) && addr.isLoopback();
}

ClientIdConstraints ClientIdConstraints::rfc6749()
{
    return { 1, 255, {}, ValidationText::tr("1 to 255 visible ASCII characters") };
}

ClientIdConstraints ClientIdConstraints::portalStyle()
{
    return { 3, 36, QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"),
        ValidationText::tr(
            "3 to 36 lowercase letters, digits and single dashes, not starting or ending "
            "with a dash") };
}

std::optional<Problem> checkClientId(const QString &clientId, const ClientIdConstraints &ids)
{
    const QString f(fields::clientId);
    if (clientId.isEmpty())
        return problem(
            f, ValidationText::tr("Client ID is required: copy it from the authorization server."));
    bool ok = clientId.size() >= ids.minLength && clientId.size() <= ids.maxLength;
    if (ok && ids.pattern.isEmpty()) {
        // RFC 6749 Appendix A.1: client-id = *VSCHAR, VSCHAR = %x20-7E
        for (QChar c : clientId)
            ok = ok && c.unicode() >= 0x20 && c.unicode() <= 0x7E;
    } else if (ok) {
        // anchoredPattern: a bare "$" would also match before a trailing newline.
        const QRegularExpression re(QRegularExpression::anchoredPattern(ids.pattern));
        ok = re.match(clientId).hasMatch();
    }
    if (!ok)
        return problem(f, ValidationText::tr("Client ID must be %1.").arg(ids.description));
    return std::nullopt;
}

std::optional<Problem> checkGrantType(GrantType grant, ApplicationType type)
{
    const QString f(fields::grantTypes);
    switch (grant) {
    case GrantType::Password:
        return problem(f,
            ValidationText::tr("Grant types: the password grant is never offered. It hands the "
                               "user's password to the client (OAuth 2.0 Security BCP, RFC 9700 "
                               "§2.4); use authorization code with PKCE instead."));
    case GrantType::Implicit:
        return problem(f,
            ValidationText::tr("Grant types: the implicit grant is not offered. It leaks access "
                               "tokens in the browser (RFC 9700 §2.1.2); use authorization code "
                               "with PKCE instead."));
    default:
        break;
    }
    const auto &preset = presetFor(type);
    if (!preset.allowedGrantTypes.contains(grant)) {
        QStringList allowed;
        for (GrantType g : preset.allowedGrantTypes)
            allowed.append(displayName(g));
        return problem(f,
            ValidationText::tr("Grant types: a %1 client cannot use %2; it may use %3.")
                .arg(displayName(type), displayName(grant),
                    allowed.join(ValidationText::tr(" and "))));
    }
    return std::nullopt;
}

std::optional<Problem> checkRedirectUri(
    const QString &uri, ApplicationType type, const QString &field)
{
    const auto &preset = presetFor(type);
    if (preset.redirectRule == RedirectRule::NoRedirects) {
        return problem(field,
            ValidationText::tr("Redirect URIs: a %1 client uses no browser, so it takes no "
                               "redirect URI. Remove it.")
                .arg(displayName(type)));
    }
    const QString trimmed = uri.trimmed();
    if (trimmed.isEmpty())
        return problem(field,
            ValidationText::tr("Redirect URI is empty: enter an absolute URL or remove the line."));
    if (trimmed != uri) {
        // The AS compares redirect URIs exactly (RFC 9700 §2.1): a stray space would never match.
        return problem(field,
            ValidationText::tr("Redirect URI \"%1\" has spaces at its start or end; remove them.")
                .arg(trimmed));
    }
    if (trimmed.contains(QLatin1Char('*'))) {
        return problem(field,
            ValidationText::tr("Redirect URI \"%1\" contains a wildcard. The authorization server "
                               "compares redirect URIs exactly (RFC 9700 §2.1); list each "
                               "URL in full.")
                .arg(trimmed));
    }
    if (trimmed.contains(QLatin1Char('#'))) {
        return problem(field,
            ValidationText::tr("Redirect URI \"%1\" has a fragment (#…), which RFC 6749 §3.1.2 "
                               "forbids. Remove the part from # on.")
                .arg(trimmed));
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative()) {
        return problem(field,
            ValidationText::tr("Redirect URI \"%1\" is not an absolute URL. Start it with "
                               "https:// (or the app's own scheme for native apps).")
                .arg(trimmed));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        if (url.host().isEmpty())
            return problem(
                field, ValidationText::tr("Redirect URI \"%1\" has no host name.").arg(trimmed));
        return std::nullopt;
    }
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host())) {
            if (type == ApplicationType::Native
                && url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
                return problem(field,
                    ValidationText::tr("Redirect URI \"%1\": native apps should use the loopback "
                                       "IP 127.0.0.1 or [::1], not \"localhost\" (RFC 8252 §8.3).")
                        .arg(trimmed));
            }
            return std::nullopt;
        }
        return problem(field,
            ValidationText::tr("Redirect URI \"%1\" uses plain http on a host that is not "
                               "loopback. Use https, or http://127.0.0.1 for local testing.")
                .arg(trimmed));
    }
    if (preset.redirectRule == RedirectRule::LoopbackOrPrivateScheme) {
        if (isReverseDnsScheme(scheme))
            return std::nullopt;
        return problem(field,
            ValidationText::tr("Redirect URI \"%1\": a private-use scheme must be in reverse "
                               "domain name form, such as com.example.app:/callback "
                               "(RFC 8252 §7.1).")
                .arg(trimmed));
    }
    return problem(field,
        ValidationText::tr("Redirect URI \"%1\" must use https for a %2 client.")
            .arg(trimmed, displayName(type)));
}

std::optional<Problem> checkScope(const QString &scope)
{
    const QString f(fields::scopes);
    if (scope.isEmpty())
        return problem(f, ValidationText::tr("Scopes: an empty scope was given; remove it."));
    for (QChar c : scope) {
        if (!isScopeChar(c)) {
            return problem(f,
                ValidationText::tr("Scope \"%1\" contains a character scopes cannot have "
                                   "(spaces, quotes, backslashes or non-ASCII; RFC 6749 §3.3).")
                    .arg(scope));
        }
    }
    return std::nullopt;
}

std::optional<Problem> checkServiceUrl(const QUrl &url, const QString &field, const QString &label)
{
    if (url.isEmpty())
        return problem(
            field, ValidationText::tr("%1 is required: enter an https:// URL.").arg(label));
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return problem(field,
            ValidationText::tr("%1 \"%2\" is not an absolute URL. Enter it in full, such as "
                               "https://auth.example.com.")
                .arg(label, url.toDisplayString()));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return std::nullopt;
    if (scheme == QLatin1String("http")) {
        return problem(field,
            ValidationText::tr("%1 must use https; plain http is only accepted for 127.0.0.1 "
                               "or localhost.")
                .arg(label));
    }
    return problem(
        field, ValidationText::tr("%1 must be an https:// URL, not %2://.").arg(label, scheme));
}

std::optional<Problem> checkHeaderName(const QString &name, const QString &field)
{
    if (name.isEmpty())
        return problem(
            field, ValidationText::tr("Header name is empty: enter a name such as X-Region."));
    for (QChar c : name) {
        if (!isTchar(c)) {
            return problem(field,
                ValidationText::tr("Header name \"%1\" may only contain letters, digits and "
                                   "!#$%&'*+-.^_`|~ (RFC 9110 §5.6.2); no spaces or colons.")
                    .arg(name));
        }
    }
    // OAuthDesk sets these itself; letting an environment override them would break requests.
    static const QSet<QString> reserved { QStringLiteral("authorization"), QStringLiteral("host"),
        QStringLiteral("content-length"), QStringLiteral("content-type"),
        QStringLiteral("transfer-encoding"), QStringLiteral("connection") };
    if (reserved.contains(name.toLower())) {
        return problem(field,
            ValidationText::tr("Header \"%1\" is set by OAuthDesk itself and cannot be an extra "
                               "header. Remove it.")
                .arg(name));
    }
    return std::nullopt;
}

std::optional<Problem> checkHeaderValue(const QString &value, const QString &field)
{
    for (QChar c : value) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.unicode() == 0) {
            return problem(field,
                ValidationText::tr("Header value must be on one line (no line breaks; "
                                   "RFC 9110 §5.5)."));
        }
    }
    if (value != value.trimmed())
        return problem(
            field, ValidationText::tr("Header value has spaces at its start or end; remove them."));
    return std::nullopt;
}

bool usesClientSecret(AuthMethod method)
{
    return method == AuthMethod::ClientSecretBasic || method == AuthMethod::ClientSecretPost
        || method == AuthMethod::ClientSecretJwt;
}

bool authenticatesWithCertificate(AuthMethod method)
{
    return method == AuthMethod::TlsClientAuth || method == AuthMethod::SelfSignedTlsClientAuth;
}

std::optional<Problem> checkClientSecret(const QString &secret)
{
    const QString f(fields::clientSecret);
    if (secret.isEmpty())
        return problem(f,
            ValidationText::tr("Client secret is empty: paste the secret your authorization server "
                               "issued, or choose to generate one."));
    if (secret != secret.trimmed())
        return problem(f,
            ValidationText::tr(
                "Client secret has spaces at its start or end, probably from copying; "
                "remove them."));
    for (QChar c : secret) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return problem(f,
                ValidationText::tr(
                    "Client secret must be on one line, without control characters."));
    }
    if (secret.size() > 1024)
        return problem(f,
            ValidationText::tr(
                "Client secret is longer than 1024 characters; check what was pasted."));
    return std::nullopt;
}

Problems validateApplication(const Application &app)
{
    Problems out;
    if (app.name.trimmed().isEmpty())
        out.append(
            problem(QString(fields::name), ValidationText::tr("Application name is required.")));
    else if (app.name.size() > 100)
        out.append(problem(QString(fields::name),
            ValidationText::tr("Application name is longer than 100 characters; shorten it.")));
    return out;
}

Problems validateClient(const OAuthClient &c, const ClientIdConstraints &ids)
{
    Problems out;
    const auto &preset = presetFor(c.applicationType);

    if (c.name.trimmed().isEmpty())
        out.append(problem(QString(fields::name), ValidationText::tr("Client name is required.")));
    else if (c.name.size() > 200)
        out.append(problem(QString(fields::name),
            ValidationText::tr("Client name is longer than 200 characters; shorten it.")));
    if (c.applicationId <= 0)
        out.append(problem(QString(fields::applicationId),
            ValidationText::tr("Application: pick the application this client belongs to.")));
    append(out, checkClientId(c.clientId, ids));

    if (c.grantTypes.isEmpty()) {
        out.append(problem(QString(fields::grantTypes),
            ValidationText::tr("Grant types: pick at least one (a %1 client uses %2).")
                .arg(displayName(c.applicationType), displayName(preset.grantTypes.first()))));
    }
    QSet<GrantType> seen;
    for (GrantType g : c.grantTypes) {
        if (seen.contains(g)) {
            out.append(problem(QString(fields::grantTypes),
                ValidationText::tr("Grant types: %1 is listed twice.").arg(displayName(g))));
            continue;
        }
        seen.insert(g);
        append(out, checkGrantType(g, c.applicationType));
    }
    if (seen.contains(GrantType::RefreshToken) && !seen.contains(GrantType::AuthorizationCode)) {
        out.append(problem(QString(fields::grantTypes),
            ValidationText::tr("Grant types: refresh token needs authorization code as well.")));
    }

    if (preset.pkce == PkcePolicy::Required && c.pkce != PkcePolicy::Required) {
        out.append(problem(QString(fields::pkce),
            ValidationText::tr("PKCE must be required for a %1 client: it cannot keep a secret, "
                               "so PKCE is what protects its authorization codes (RFC 7636).")
                .arg(displayName(c.applicationType))));
    }
    if (!preset.allowedAuthMethods.contains(c.authMethod)) {
        QStringList allowed;
        for (AuthMethod m : preset.allowedAuthMethods)
            allowed.append(toWire(m));
        out.append(problem(QString(fields::authMethod),
            ValidationText::tr("Client authentication: a %1 client cannot use %2; pick one of %3.")
                .arg(displayName(c.applicationType), toWire(c.authMethod),
                    allowed.join(QStringLiteral(", ")))));
    }

    if (c.authMethod == AuthMethod::PrivateKeyJwt && !c.signingCertificateId) {
        out.append(problem(QString(fields::signingCertificate),
            ValidationText::tr(
                "Signing certificate: private_key_jwt signs with a key of this application; "
                "pick one, or make one in the application's Certificates.")));
    }
    if (authenticatesWithCertificate(c.authMethod) && !c.transportCertificateId) {
        out.append(problem(QString(fields::transportCertificate),
            ValidationText::tr(
                "Transport certificate: %1 presents a certificate of this application; pick "
                "one, or make one in the application's Certificates.")
                .arg(toWire(c.authMethod))));
    }
    if (c.certificateBoundTokens && !c.transportCertificateId) {
        out.append(problem(QString(fields::transportCertificate),
            ValidationText::tr("Certificate-bound tokens need a transport certificate to bind to "
                               "(RFC 8705 §3).")));
    }
    if (preset.redirectRule != RedirectRule::NoRedirects && c.redirectUris.isEmpty()) {
        out.append(problem(QString(fields::redirectUris),
            ValidationText::tr("Redirect URIs: add at least one; the browser returns the user "
                               "there after sign-in.")));
    }
    for (qsizetype i = 0; i < c.redirectUris.size(); ++i)
        append(out,
            checkRedirectUri(
                c.redirectUris[i], c.applicationType, indexed(fields::redirectUris, i)));
    for (qsizetype i = 0; i < c.postLogoutRedirectUris.size(); ++i)
        append(out,
            checkRedirectUri(c.postLogoutRedirectUris[i], c.applicationType,
                indexed(fields::postLogoutRedirectUris, i)));

    QSet<QString> seenScopes;
    for (const QString &s : c.scopes) {
        append(out, checkScope(s));
        if (seenScopes.contains(s))
            out.append(problem(QString(fields::scopes),
                ValidationText::tr("Scope \"%1\" is listed twice.").arg(s)));
        seenScopes.insert(s);
    }

    if (c.accessTokenLifetimeSeconds < LifetimeBounds::accessMin
        || c.accessTokenLifetimeSeconds > LifetimeBounds::accessMax) {
        out.append(problem(QString(fields::accessTokenLifetime),
            ValidationText::tr("Access token lifetime must be between 1 minute and 24 hours "
                               "(60–86400 seconds).")));
    }
    if (c.refreshTokenLifetimeSeconds) {
        if (!seen.contains(GrantType::RefreshToken)) {
            out.append(problem(QString(fields::refreshTokenLifetime),
                ValidationText::tr("Refresh token lifetime is set but the client is not granted "
                                   "refresh tokens; clear it or add the refresh token grant.")));
        } else if (*c.refreshTokenLifetimeSeconds < LifetimeBounds::refreshMin
            || *c.refreshTokenLifetimeSeconds > LifetimeBounds::refreshMax) {
            out.append(problem(QString(fields::refreshTokenLifetime),
                ValidationText::tr(
                    "Refresh token lifetime must be between 5 minutes and 90 days.")));
        } else if (*c.refreshTokenLifetimeSeconds <= c.accessTokenLifetimeSeconds) {
            out.append(problem(QString(fields::refreshTokenLifetime),
                ValidationText::tr("Refresh token lifetime must be longer than the access token "
                                   "lifetime, or refreshing gains nothing.")));
        }
    }
    return out;
}

Problems validateEnvironment(const Environment &env)
{
    Problems out;
    if (env.name.trimmed().isEmpty())
        out.append(problem(QString(fields::name),
            ValidationText::tr("Environment name is required, such as UAT or Production.")));
    append(out,
        checkServiceUrl(env.issuer, QString(fields::issuer), ValidationText::tr("Issuer URL")));
    if (env.issuer.isValid() && (env.issuer.hasQuery() || env.issuer.hasFragment())) {
        out.append(problem(QString(fields::issuer),
            ValidationText::tr("Issuer URL must not have a query (?…) or fragment (#…) "
                               "(RFC 8414 §2).")));
    }
    if (!env.apiBaseUrl.isEmpty())
        append(out,
            checkServiceUrl(
                env.apiBaseUrl, QString(fields::apiBaseUrl), ValidationText::tr("API base URL")));

    QSet<QString> names;
    for (qsizetype i = 0; i < env.headers.size(); ++i) {
        const ExtraHeader &h = env.headers[i];
        const QString f = indexed(fields::headers, i);
        append(out, checkHeaderName(h.name, f));
        append(out, checkHeaderValue(h.value, f));
        if (names.contains(h.name.toLower()))
            out.append(
                problem(f, ValidationText::tr("Header \"%1\" is listed twice.").arg(h.name)));
        names.insert(h.name.toLower());
        if (!h.choices.isEmpty()) {
            bool found = false;
            for (const auto &choice : h.choices) {
                found = found || choice.value == h.value;
                append(out, checkHeaderValue(choice.value, f));
            }
            if (!found)
                out.append(problem(f,
                    ValidationText::tr("Header \"%1\": value \"%2\" is not one of its choices.")
                        .arg(h.name, h.value)));
        }
    }

    if (!env.caBundlePath.isEmpty()) {
        const QFileInfo info(env.caBundlePath);
        if (!info.isFile() || !info.isReadable()) {
            out.append(problem(QString(fields::caBundlePath),
                ValidationText::tr("CA bundle \"%1\" cannot be read; pick an existing PEM file.")
                    .arg(env.caBundlePath)));
        } else if (info.size() > 4 * 1024 * 1024) {
            out.append(problem(QString(fields::caBundlePath),
                ValidationText::tr("CA bundle is larger than 4 MiB; pick the PEM file with just "
                                   "the CA certificates.")));
        } else if (QSslCertificate::fromPath(env.caBundlePath, QSsl::Pem).isEmpty()) {
            out.append(problem(QString(fields::caBundlePath),
                ValidationText::tr("CA bundle holds no PEM certificate (-----BEGIN "
                                   "CERTIFICATE-----); pick the CA's certificate file.")));
        }
    }
    return out;
}

} // namespace oauthdesk
