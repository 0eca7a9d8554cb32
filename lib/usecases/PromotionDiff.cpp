// SPDX-License-Identifier: GPL-3.0-or-later
// The pure diff of Promotion: two environments' clients side by side, no I/O.
#include "policy/Validation.h"
#include "usecases/Promotion.h"
#include "usecases/PromotionText.h"

#include <QMultiMap>
#include <algorithm>

namespace oauthdesk {

using namespace promotiontext;

namespace {

void compare(ClientPairDiff &pair, const QString &field, const QString &label, const QString &a,
    const QString &b, bool informational = false)
{
    const bool present = pair.a && pair.b;
    pair.fields.append({ field, label, a, b, present && a != b, informational });
}

using CertificateField = QString (*)(const CertificateRecord &);

void compareCertificates(ClientPairDiff &pair, const QString &prefix, const QString &what,
    const std::optional<CertificateRecord> &a, const std::optional<CertificateRecord> &b)
{
    if (!a && !b)
        return;
    const struct
    {
        const char *key;
        const char *label;
        CertificateField value;
    } rows[] = {
        { "subject", QT_TRANSLATE_NOOP("oauthdesk::Promotion", "subject"),
            [](const CertificateRecord &r) { return r.subjectDn; } },
        { "key_algorithm", QT_TRANSLATE_NOOP("oauthdesk::Promotion", "key algorithm"),
            [](const CertificateRecord &r) { return toWire(r.keyAlgorithm); } },
        { "expiry", QT_TRANSLATE_NOOP("oauthdesk::Promotion", "expires"),
            [](const CertificateRecord &r) {
                return r.notAfter ? r.notAfter->toUTC().toString(Qt::ISODate) : QString();
            } },
        { "state", QT_TRANSLATE_NOOP("oauthdesk::Promotion", "state"),
            [](const CertificateRecord &r) { return toWire(r.state); } },
    };
    for (const auto &row : rows) {
        const QString va = a ? row.value(*a) : (pair.a ? PromotionText::tr("(none)") : QString());
        const QString vb = b ? row.value(*b) : (pair.b ? PromotionText::tr("(none)") : QString());
        compare(pair, prefix + QLatin1Char('.') + QLatin1String(row.key),
            what + QStringLiteral(": ") + PromotionText::tr(row.label), va, vb);
    }
}

void fillPair(ClientPairDiff &pair, const Environment &envA, const Environment &envB,
    const CertificatesById &certs)
{
    const auto v
        = [&](const std::optional<OAuthClient> &c, auto get) { return c ? get(*c) : QString(); };
    const auto &a = pair.a;
    const auto &b = pair.b;
    compare(pair, QStringLiteral("client_id"), PromotionText::tr("Client ID"),
        v(a, [](const OAuthClient &c) { return c.clientId; }),
        v(b, [](const OAuthClient &c) { return c.clientId; }), true);
    compare(pair, QStringLiteral("application_type"), PromotionText::tr("Application type"),
        v(a, [](const OAuthClient &c) { return displayName(c.applicationType); }),
        v(b, [](const OAuthClient &c) { return displayName(c.applicationType); }));
    compare(pair, QStringLiteral("grant_types"), PromotionText::tr("Grant types"),
        v(a, [](const OAuthClient &c) { return grants(c.grantTypes); }),
        v(b, [](const OAuthClient &c) { return grants(c.grantTypes); }));
    compare(pair, QStringLiteral("pkce"), PromotionText::tr("PKCE"),
        v(a, [](const OAuthClient &c) { return toWire(c.pkce); }),
        v(b, [](const OAuthClient &c) { return toWire(c.pkce); }));
    compare(pair, QStringLiteral("scopes"), PromotionText::tr("Scopes"),
        v(a, [](const OAuthClient &c) { return joined(c.scopes); }),
        v(b, [](const OAuthClient &c) { return joined(c.scopes); }));
    compare(pair, QStringLiteral("auth_method"), PromotionText::tr("Authentication method"),
        v(a, [](const OAuthClient &c) { return toWire(c.authMethod); }),
        v(b, [](const OAuthClient &c) { return toWire(c.authMethod); }));
    compare(pair, QStringLiteral("redirect_uris"), PromotionText::tr("Redirect URIs"),
        v(a, [](const OAuthClient &c) { return joined(c.redirectUris); }),
        v(b, [](const OAuthClient &c) { return joined(c.redirectUris); }));
    compare(pair, QStringLiteral("post_logout_redirect_uris"),
        PromotionText::tr("Post-logout redirect URIs"),
        v(a, [](const OAuthClient &c) { return joined(c.postLogoutRedirectUris); }),
        v(b, [](const OAuthClient &c) { return joined(c.postLogoutRedirectUris); }));
    compare(pair, QStringLiteral("access_token_lifetime"),
        PromotionText::tr("Access token lifetime"),
        v(a, [](const OAuthClient &c) { return lifetime(c.accessTokenLifetimeSeconds); }),
        v(b, [](const OAuthClient &c) { return lifetime(c.accessTokenLifetimeSeconds); }));
    compare(pair, QStringLiteral("refresh_token_lifetime"),
        PromotionText::tr("Refresh token lifetime"),
        v(a, [](const OAuthClient &c) { return lifetime(c.refreshTokenLifetimeSeconds); }),
        v(b, [](const OAuthClient &c) { return lifetime(c.refreshTokenLifetimeSeconds); }));
    compare(pair, QStringLiteral("certificate_bound_tokens"),
        PromotionText::tr("Certificate-bound tokens"),
        v(a,
            [](const OAuthClient &c) {
                return c.certificateBoundTokens ? PromotionText::tr("on")
                                                : PromotionText::tr("off");
            }),
        v(b, [](const OAuthClient &c) {
            return c.certificateBoundTokens ? PromotionText::tr("on") : PromotionText::tr("off");
        }));
    // The audience a private_key_jwt assertion names is the environment's setting (RFC 7523 §3).
    const auto audience = [](const std::optional<OAuthClient> &c, const Environment &env) {
        return c ? displayName(env.assertionAudience) : QString();
    };
    if ((a && a->authMethod == AuthMethod::PrivateKeyJwt)
        || (b && b->authMethod == AuthMethod::PrivateKeyJwt))
        compare(pair, QStringLiteral("assertion_audience"),
            PromotionText::tr("Client assertion audience"), audience(a, envA), audience(b, envB));
    compareCertificates(pair, QStringLiteral("signing_certificate"),
        PromotionText::tr("Signing key"),
        a ? certificate(certs, a->signingCertificateId) : std::nullopt,
        b ? certificate(certs, b->signingCertificateId) : std::nullopt);
    compareCertificates(pair, QStringLiteral("transport_certificate"),
        PromotionText::tr("Transport certificate"),
        a ? certificate(certs, a->transportCertificateId) : std::nullopt,
        b ? certificate(certs, b->transportCertificateId) : std::nullopt);
    compare(pair, QStringLiteral("registration"), PromotionText::tr("Registration"),
        v(a, registrationState), v(b, registrationState));
    compare(pair, QStringLiteral("status"), PromotionText::tr("Status"),
        v(a, [](const OAuthClient &c) { return displayName(c.status); }),
        v(b, [](const OAuthClient &c) { return displayName(c.status); }));
}

} // namespace

int ClientPairDiff::differenceCount() const
{
    return int(std::count_if(fields.cbegin(), fields.cend(),
        [](const FieldDifference &f) { return f.differs && !f.informational; }));
}

bool EnvironmentDiff::identical() const
{
    return differingPairs() == 0;
}

int EnvironmentDiff::differingPairs() const
{
    return int(std::count_if(
        pairs.cbegin(), pairs.cend(), [](const ClientPairDiff &p) { return p.differs(); }));
}

bool isProductionLike(const Environment &env)
{
    return env.name.contains(QStringLiteral("prod"), Qt::CaseInsensitive)
        || !isLoopbackHost(env.issuer.host());
}

EnvironmentDiff diffEnvironments(const Environment &envA, const Environment &envB,
    const QList<OAuthClient> &clients, const CertificatesById &certificates, qint64 applicationId)
{
    EnvironmentDiff out { envA, envB, applicationId, {} };
    using Key = std::pair<qint64, QString>;
    QMultiMap<Key, OAuthClient> inA;
    QMultiMap<Key, OAuthClient> inB;
    for (const OAuthClient &c : clients) {
        if (applicationId && c.applicationId != applicationId)
            continue;
        const Key key { c.applicationId, c.name };
        if (c.environmentId == envA.id)
            inA.insert(key, c);
        else if (c.environmentId == envB.id)
            inB.insert(key, c);
    }
    QList<Key> keys = inA.uniqueKeys() + inB.uniqueKeys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const Key &key : keys) {
        // Two clients of one name in one environment pair up in the order they were created.
        QList<OAuthClient> as = inA.values(key);
        QList<OAuthClient> bs = inB.values(key);
        const auto byId = [](const OAuthClient &x, const OAuthClient &y) { return x.id < y.id; };
        std::sort(as.begin(), as.end(), byId);
        std::sort(bs.begin(), bs.end(), byId);
        for (qsizetype i = 0; i < std::max(as.size(), bs.size()); ++i) {
            ClientPairDiff pair;
            pair.applicationId = key.first;
            pair.name = key.second;
            if (i < as.size())
                pair.a = as.at(i);
            if (i < bs.size())
                pair.b = bs.at(i);
            fillPair(pair, envA, envB, certificates);
            out.pairs.append(std::move(pair));
        }
    }
    return out;
}
} // namespace oauthdesk
