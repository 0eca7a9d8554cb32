// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/Discovery.h"

#include "oauth/Transport.h"
#include "policy/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

namespace oauthdesk {

namespace {

constexpr qint64 kMaxDocument = 1024 * 1024;

struct DiscoveryText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Discovery)
};

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const auto &item : v.toArray()) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}

} // namespace

QStringList scopesSupported(const QByteArray &discoveryDocument)
{
    QStringList out;
    if (discoveryDocument.isEmpty() || discoveryDocument.size() > kMaxDocument)
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(discoveryDocument);
    const QJsonArray scopes = doc.object().value(QLatin1String("scopes_supported")).toArray();
    for (const auto &v : scopes) {
        const QString s = v.toString();
        if (!s.isEmpty() && !checkScope(s) && !out.contains(s))
            out.append(s);
    }
    return out;
}

QList<QUrl> discoveryUrls(const QUrl &issuer)
{
    QUrl oidc = issuer;
    QString path = issuer.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    oidc.setPath(path + QStringLiteral("/.well-known/openid-configuration"));
    QUrl rfc8414 = issuer;
    rfc8414.setPath(QStringLiteral("/.well-known/oauth-authorization-server") + path);
    return { oidc, rfc8414 };
}

Result<DiscoveryMetadata> parseDiscovery(const QByteArray &document, const QUrl &issuer)
{
    if (document.size() > kMaxDocument)
        return fail(ErrorCode::ResponseTooLarge,
            DiscoveryText::tr(
                "The discovery document is larger than 1 MiB; that is not a metadata document."));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(document, &parseError);
    if (!doc.isObject()) {
        return fail(ErrorCode::ProtocolError,
            DiscoveryText::tr(
                "The discovery URL did not answer with a JSON metadata document. Check the "
                "issuer URL: it must be the authorization server's issuer, not its login page."),
            parseError.errorString());
    }
    const QJsonObject o = doc.object();
    DiscoveryMetadata m;
    m.issuer = o.value(QLatin1String("issuer")).toString();
    const QString configured = issuer.toString();
    if (m.issuer != configured) {
        // RFC 8414 §3.3: the issuer in the document must be identical to the one used to find it;
        // anything else could be another AS answering in its name.
        return fail(ErrorCode::ProtocolError,
            DiscoveryText::tr(
                "The authorization server calls itself \"%1\", but this environment's issuer is "
                "\"%2\". They must be identical (RFC 8414 §3.3): correct the issuer URL "
                "(mind a trailing slash).")
                .arg(m.issuer, configured));
    }
    Problems problems;
    // No downgrade: an endpoint never has a weaker scheme than the issuer it came from. Loopback
    // http is allowed for an issuer that is itself http on loopback, never for one on https,
    // where it would send client secrets and tokens in clear text.
    const bool httpsIssuer = issuer.scheme() == QLatin1String("https");
    auto downgrade = [&](const QUrl &url, const QString &name) -> bool {
        if (!httpsIssuer || url.scheme() != QLatin1String("http"))
            return false; // relative or odd URLs are for checkServiceUrl to name
        problems.append({ name,
            DiscoveryText::tr(
                "%1 is %2, plain %3 under an https issuer: refused, because the client's "
                "credentials and tokens would travel in clear text. The AS's metadata must name "
                "https endpoints.")
                .arg(name, url.toString(), url.scheme()) });
        return true;
    };
    auto endpoint = [&](const char *name, bool required) -> QUrl {
        const QString value = o.value(QLatin1String(name)).toString();
        if (value.isEmpty()) {
            if (required)
                problems.append({ QString::fromLatin1(name),
                    DiscoveryText::tr("The metadata has no %1.").arg(QString::fromLatin1(name)) });
            return {};
        }
        const QUrl url(value, QUrl::StrictMode);
        if (downgrade(url, QString::fromLatin1(name)))
            return {};
        if (auto p = checkServiceUrl(url, QString::fromLatin1(name), QString::fromLatin1(name))) {
            problems.append(*p);
            return {};
        }
        return url;
    };
    m.tokenEndpoint = endpoint("token_endpoint", true);
    m.authorizationEndpoint = endpoint("authorization_endpoint", false);
    m.userinfoEndpoint = endpoint("userinfo_endpoint", false);
    m.jwksUri = endpoint("jwks_uri", false);
    m.registrationEndpoint = endpoint("registration_endpoint", false);
    m.introspectionEndpoint = endpoint("introspection_endpoint", false);
    m.revocationEndpoint = endpoint("revocation_endpoint", false);
    const QJsonObject aliases = o.value(QLatin1String("mtls_endpoint_aliases")).toObject();
    for (auto it = aliases.begin(); it != aliases.end(); ++it) {
        const QUrl url(it.value().toString(), QUrl::StrictMode);
        if (downgrade(url, QStringLiteral("mtls_endpoint_aliases.") + it.key()))
            continue;
        if (!checkServiceUrl(url, it.key(), it.key()))
            m.mtlsEndpointAliases.insert(it.key(), url);
    }
    m.tokenEndpointAuthMethods
        = stringList(o.value(QLatin1String("token_endpoint_auth_methods_supported")));
    m.grantTypes = stringList(o.value(QLatin1String("grant_types_supported")));
    m.scopes = scopesSupported(document);
    m.codeChallengeMethods = stringList(o.value(QLatin1String("code_challenge_methods_supported")));
    m.idTokenSigningAlgs
        = stringList(o.value(QLatin1String("id_token_signing_alg_values_supported")));
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const auto &p : problems)
            lines.append(p.message);
        return fail(ErrorCode::ProtocolError,
            DiscoveryText::tr("The discovery document is not usable: %1")
                .arg(lines.join(QLatin1Char(' '))));
    }
    return m;
}

namespace {

/// One discovery fetch: the well-known locations tried in turn. The callbacks share this state;
/// none refers to itself, so nothing is destroyed while it runs or left in a cycle.
struct DiscoveryWalk
{
    Transport *transport = nullptr;
    Environment env;
    QList<QUrl> urls;
    DiscoveryOutcome outcome;
    QPointer<QObject> guard;
    std::function<void(DiscoveryOutcome)> done;
};

void discoveryStep(const std::shared_ptr<DiscoveryWalk> &walk, int i)
{
    HttpRequest req;
    req.url = walk->urls[i];
    req.headers = { { "Accept", "application/json" } };
    req.maxResponseBytes = kMaxDocument;
    walk->transport->send(req, walk->env.caBundlePath, walk->transport, [walk, i](HttpExchange ex) {
        DiscoveryOutcome &outcome = walk->outcome;
        outcome.exchanges.append(ex);
        if (ex.status == 404 && i + 1 < walk->urls.size()) {
            discoveryStep(walk, i + 1); // RFC 8414 fallback
            return;
        }
        if (ex.transportError) {
            outcome.metadata = std::unexpected(*ex.transportError);
        } else if (ex.status != 200) {
            outcome.metadata = fail(ErrorCode::Rejected,
                DiscoveryText::tr("Discovery answered HTTP %1 at %2. Check the issuer URL.")
                    .arg(ex.status)
                    .arg(ex.request.url.toString()));
        } else {
            outcome.document = ex.responseBody;
            outcome.metadata = parseDiscovery(ex.responseBody, walk->env.issuer);
        }
        if (walk->guard)
            walk->done(std::move(outcome));
    });
}

} // namespace

void fetchDiscovery(Transport *transport, const Environment &env, QObject *context,
    std::function<void(DiscoveryOutcome)> done)
{
    auto walk = std::make_shared<DiscoveryWalk>();
    walk->transport = transport;
    walk->env = env;
    walk->urls = discoveryUrls(env.issuer);
    walk->guard = context;
    walk->done = std::move(done);
    discoveryStep(walk, 0);
}

} // namespace oauthdesk
