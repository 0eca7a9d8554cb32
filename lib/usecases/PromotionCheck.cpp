// SPDX-License-Identifier: GPL-3.0-or-later
// The pure plan of Promotion: what can and cannot be copied to the target, no I/O.
#include "policy/Validation.h"
#include "usecases/Promotion.h"
#include "usecases/PromotionText.h"

#include <algorithm>

namespace oauthdesk {

using namespace promotiontext;

QString toWire(PromotionItem::Kind kind)
{
    switch (kind) {
    case PromotionItem::Kind::Copied:
        return QStringLiteral("copied");
    case PromotionItem::Kind::Fresh:
        return QStringLiteral("fresh");
    case PromotionItem::Kind::NotCopied:
        return QStringLiteral("not_copied");
    case PromotionItem::Kind::Warning:
        return QStringLiteral("warning");
    case PromotionItem::Kind::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

bool PromotionPlan::blocked() const
{
    return std::any_of(items.cbegin(), items.cend(),
        [](const PromotionItem &i) { return i.kind == PromotionItem::Kind::Refused; });
}

QList<PromotionItem> PromotionPlan::itemsOf(PromotionItem::Kind kind) const
{
    QList<PromotionItem> out;
    for (const PromotionItem &i : items) {
        if (i.kind == kind)
            out.append(i);
    }
    return out;
}
namespace {

void checkSupport(PromotionPlan &plan, const DiscoveryMetadata &m)
{
    using K = PromotionItem::Kind;
    const OAuthClient &c = plan.source;
    const QString target = plan.target.name;
    // RFC 8414 §2: without token_endpoint_auth_methods_supported the default is
    // client_secret_basic.
    const QStringList methods = m.tokenEndpointAuthMethods.isEmpty()
        ? QStringList { QStringLiteral("client_secret_basic") }
        : m.tokenEndpointAuthMethods;
    if (c.authMethod != AuthMethod::None && !methods.contains(toWire(c.authMethod)))
        plan.items.append({ K::Refused, QStringLiteral("auth_method"),
            PromotionText::tr("Authentication method"), toWire(c.authMethod),
            PromotionText::tr(
                "%1's AS does not support %2 (token_endpoint_auth_methods_supported: %3). Change "
                "the "
                "client's method in UAT first, or pick one %1 supports.")
                .arg(target, toWire(c.authMethod), methods.join(QStringLiteral(", "))) });
    if (!m.grantTypes.isEmpty()) {
        for (GrantType g : c.grantTypes) {
            if (!m.grantTypes.contains(toWire(g)))
                plan.items.append({ K::Refused, QStringLiteral("grant_types"),
                    PromotionText::tr("Grant types"), toWire(g),
                    PromotionText::tr(
                        "%1's AS does not offer the %2 grant (grant_types_supported: %3).")
                        .arg(target, toWire(g), m.grantTypes.join(QStringLiteral(", "))) });
        }
    }
    if (!m.scopes.isEmpty()) {
        for (const QString &s : c.scopes) {
            if (!m.scopes.contains(s))
                plan.items.append({ K::Refused, QStringLiteral("scopes"),
                    PromotionText::tr("Scopes"), s,
                    PromotionText::tr(
                        "%1's AS does not know the scope %2 (scopes_supported: %3). Remove it from "
                        "the "
                        "client, or ask %1's administrators to add it.")
                        .arg(target, s, m.scopes.join(QStringLiteral(", "))) });
        }
    }
    if (c.pkce == PkcePolicy::Required && c.grantTypes.contains(GrantType::AuthorizationCode)
        && !m.codeChallengeMethods.isEmpty()
        && !m.codeChallengeMethods.contains(QStringLiteral("S256")))
        plan.items.append(
            { K::Refused, QStringLiteral("pkce"), PromotionText::tr("PKCE"), QStringLiteral("S256"),
                PromotionText::tr(
                    "%1's AS does not offer PKCE with S256 (code_challenge_methods_supported: %2).")
                    .arg(target, m.codeChallengeMethods.join(QStringLiteral(", "))) });
}

QString headerList(const Environment *env)
{
    if (!env || env->headers.isEmpty())
        return PromotionText::tr("none");
    QStringList out;
    for (const ExtraHeader &h : env->headers)
        out.append(h.name + QStringLiteral(": ") + h.value);
    return out.join(QStringLiteral(", "));
}

} // namespace

PromotionPlan planPromotion(const OAuthClient &source, const Environment *sourceEnv,
    const Environment &target, const DiscoveryMetadata *metadata,
    const QList<OAuthClient> &targetClients, const CertificatesById &certificates)
{
    using K = PromotionItem::Kind;
    PromotionPlan plan;
    plan.source = source;
    plan.target = target;
    plan.targetMetadataKnown = metadata != nullptr;
    plan.targetCanRegister = metadata && !metadata->registrationEndpoint.isEmpty();
    plan.sourceSigning = certificate(certificates, source.signingCertificateId);
    plan.sourceTransport = certificate(certificates, source.transportCertificateId);

    OAuthClient &d = plan.draft;
    d = source;
    d.id = 0;
    d.uuid.clear();
    d.environmentId = target.id;
    d.clientId.clear();
    d.signingCertificateId.reset();
    d.transportCertificateId.reset();
    d.status = ClientStatus::Active;
    d.createdAt = {};
    d.updatedAt = {};
    d.registrationClientUri.clear();
    d.clientIdIssuedAt.reset();

    auto add = [&plan](K kind, const QString &field, const QString &label, const QString &value,
                   const QString &text) {
        plan.items.append({ kind, field, label, value, text });
    };
    const QString to = target.name;

    if (source.environmentId == target.id)
        add(K::Refused, QStringLiteral("environment"), PromotionText::tr("Environment"), to,
            PromotionText::tr(
                "The client is already in %1; pick another environment to promote it to.")
                .arg(to));
    for (const OAuthClient &other : targetClients) {
        if (other.environmentId == target.id && other.applicationId == source.applicationId
            && other.name == source.name)
            add(K::Refused, QStringLiteral("name"), PromotionText::tr("Name"), source.name,
                PromotionText::tr(
                    "%1 already has a client called \"%2\" in this application (row %3, client ID "
                    "%4): compare them with "
                    "the diff, or rename one.")
                    .arg(to, source.name)
                    .arg(other.id)
                    .arg(other.clientId.isEmpty() ? PromotionText::tr("none") : other.clientId));
    }

    // What goes over as it is.
    add(K::Copied, QStringLiteral("name"), PromotionText::tr("Name"), source.name, {});
    add(K::Copied, QStringLiteral("application_type"), PromotionText::tr("Application type"),
        displayName(source.applicationType), {});
    add(K::Copied, QStringLiteral("grant_types"), PromotionText::tr("Grant types"),
        grants(source.grantTypes), {});
    add(K::Copied, QStringLiteral("scopes"), PromotionText::tr("Scopes"),
        source.scopes.join(QLatin1Char(' ')), {});
    add(K::Copied, QStringLiteral("auth_method"), PromotionText::tr("Authentication method"),
        toWire(source.authMethod), {});
    if (!source.redirectUris.isEmpty())
        add(K::Copied, QStringLiteral("redirect_uris"), PromotionText::tr("Redirect URIs"),
            source.redirectUris.join(QLatin1Char(' ')), {});
    add(K::Copied, QStringLiteral("access_token_lifetime"),
        PromotionText::tr("Access token lifetime"), lifetime(source.accessTokenLifetimeSeconds),
        {});
    if (source.refreshTokenLifetimeSeconds)
        add(K::Copied, QStringLiteral("refresh_token_lifetime"),
            PromotionText::tr("Refresh token lifetime"),
            lifetime(source.refreshTokenLifetimeSeconds), {});
    if (source.certificateBoundTokens)
        add(K::Copied, QStringLiteral("certificate_bound_tokens"),
            PromotionText::tr("Certificate-bound tokens"), PromotionText::tr("on"), {});

    // Redirect URIs that point at a developer's machine, or go without TLS, into a production-like
    // environment: RFC 8252 §7.3 loopback is right for native apps only.
    if (isProductionLike(target) && source.applicationType != ApplicationType::Native) {
        for (const QString &uri : source.redirectUris + source.postLogoutRedirectUris) {
            const QUrl url(uri);
            if (url.scheme() == QStringLiteral("http") || isLoopbackHost(url.host()))
                add(K::Warning, QStringLiteral("redirect_uris"), PromotionText::tr("Redirect URIs"),
                    uri,
                    PromotionText::tr(
                        "%1 is a loopback or plain-http address; %2 looks like production, where "
                        "redirects should be the "
                        "application's own https addresses. Edit the client in %2 after promoting "
                        "it.")
                        .arg(uri, to));
        }
    }

    // The client ID and the registration.
    if (plan.targetCanRegister)
        add(K::Fresh, QStringLiteral("client_id"), PromotionText::tr("Client ID"), {},
            PromotionText::tr("Assigned by %1's AS when the client is registered (RFC 7591).")
                .arg(to));
    else
        add(K::NotCopied, QStringLiteral("client_id"), PromotionText::tr("Client ID"),
            source.clientId,
            metadata ? PromotionText::tr(
                "%1's AS offers no registration: register the client there yourself and "
                "enter the client ID "
                "it issues.")
                           .arg(to)
                     : PromotionText::tr(
                         "%1's discovery is not known: refresh it to register there, or enter the "
                         "client ID its AS "
                         "issued.")
                           .arg(to));

    // Fresh credentials, never the source's.
    if (usesClientSecret(source.authMethod))
        add(K::Fresh, QStringLiteral("client_secret"), PromotionText::tr("Client secret"), {},
            plan.targetCanRegister
                ? PromotionText::tr(
                    "Issued by %1's AS at registration, shown once, stored in the keychain.")
                      .arg(to)
                : PromotionText::tr(
                    "A new 256-bit secret is generated, shown once, to configure at %1's AS.")
                      .arg(to));
    if (source.authMethod == AuthMethod::PrivateKeyJwt || plan.sourceSigning) {
        if (!plan.sourceSigning && source.authMethod == AuthMethod::PrivateKeyJwt)
            add(K::Refused, QStringLiteral("signing_key"), PromotionText::tr("Signing key"), {},
                PromotionText::tr(
                    "The client uses private_key_jwt but has no signing key here; pick one in its "
                    "settings first."));
        else if (plan.sourceSigning)
            add(K::Fresh, QStringLiteral("signing_key"), PromotionText::tr("Signing key"),
                toWire(plan.sourceSigning->keyAlgorithm),
                PromotionText::tr(
                    "A new %1 key pair (a new kid); the source's key stays where it is.")
                    .arg(toWire(plan.sourceSigning->keyAlgorithm)));
    }
    const bool certMethod = source.authMethod == AuthMethod::TlsClientAuth
        || source.authMethod == AuthMethod::SelfSignedTlsClientAuth;
    if (certMethod && !plan.sourceTransport)
        add(K::Refused, QStringLiteral("transport_certificate"),
            PromotionText::tr("Transport certificate"), {},
            PromotionText::tr("The client uses %1 but has no transport certificate here; pick one "
                              "in its settings "
                              "first.")
                .arg(toWire(source.authMethod)));
    if (plan.sourceTransport) {
        const CertificateRecord &t = *plan.sourceTransport;
        if (source.authMethod == AuthMethod::SelfSignedTlsClientAuth) {
            add(K::Fresh, QStringLiteral("transport_certificate"),
                PromotionText::tr("Transport certificate"), t.subjectDn,
                PromotionText::tr(
                    "A new %1 key and a new self-signed certificate with the same subject.")
                    .arg(toWire(t.keyAlgorithm)));
        } else {
            add(K::Fresh, QStringLiteral("transport_key"),
                PromotionText::tr("Transport key and CSR"), t.subjectDn,
                PromotionText::tr(
                    "A new %1 key and a certificate signing request with the same subject.")
                    .arg(toWire(t.keyAlgorithm)));
            add(K::NotCopied, QStringLiteral("transport_certificate"),
                PromotionText::tr("Transport certificate"), t.subjectDn,
                PromotionText::tr(
                    "The certificate must be issued by %1's CA: send it the CSR, then import what "
                    "it issues. Until then "
                    "the client cannot get a token there.")
                    .arg(to));
        }
        if (t.subjectDn.isEmpty())
            add(K::Refused, QStringLiteral("transport_certificate"),
                PromotionText::tr("Transport certificate"), {},
                PromotionText::tr(
                    "The source's transport certificate has no subject to copy; give it one "
                    "first."));
    }
    if (!source.registrationClientUri.isEmpty() || plan.targetCanRegister)
        add(K::Fresh, QStringLiteral("registration_access_token"),
            PromotionText::tr("Registration access token"), {},
            plan.targetCanRegister
                ? PromotionText::tr(
                    "Issued by %1's AS for managing the new registration (RFC 7592).")
                      .arg(to)
                : PromotionText::tr("The source's stays with it; %1 offers no registration.")
                      .arg(to));

    // What belongs to the environment, not the client.
    if (sourceEnv && sourceEnv->headers != target.headers)
        add(K::NotCopied, QStringLiteral("headers"), PromotionText::tr("Extra headers"),
            headerList(sourceEnv),
            PromotionText::tr(
                "Headers belong to the environment: %1 sends %2. Change them under Settings → "
                "Environments if the API "
                "needs them.")
                .arg(to, headerList(&target)));
    if (source.authMethod == AuthMethod::PrivateKeyJwt && sourceEnv
        && sourceEnv->assertionAudience != target.assertionAudience)
        add(K::Warning, QStringLiteral("assertion_audience"),
            PromotionText::tr("Client assertion audience"), displayName(target.assertionAudience),
            PromotionText::tr(
                "%1 names %2 as the assertion's audience, %3 names %4 (an environment setting).")
                .arg(to, displayName(target.assertionAudience), sourceEnv->name,
                    displayName(sourceEnv->assertionAudience)));

    if (metadata)
        checkSupport(plan, *metadata);
    else
        add(K::Warning, QStringLiteral("discovery"), PromotionText::tr("Discovery"),
            target.issuer.toString(),
            PromotionText::tr(
                "%1's discovery could not be read, so what its AS supports was not checked.")
                .arg(to));
    return plan;
}

} // namespace oauthdesk
