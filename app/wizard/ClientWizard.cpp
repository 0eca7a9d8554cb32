// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ClientWizard.h"

#include "policy/ApplicationTypePreset.h"
#include "registry/CertificateRegistry.h"
#include "registry/ClientRegistry.h"
#include "store/AsyncStore.h"
#include "wizard/AuthenticationPage.h"
#include "wizard/BasicInfoPage.h"
#include "wizard/DonePage.h"
#include "wizard/ReviewPage.h"
#include "wizard/TokenPage.h"

namespace oauthdesk {

ClientWizard::ClientWizard(ClientRegistry *registry, AsyncStore *store, QList<Application> applications,
                           QList<Environment> environments, std::optional<OAuthClient> existing,
                           QWidget *parent)
    : QWizard(parent)
    , m_registry(registry)
    , m_store(store)
    , m_applications(std::move(applications))
    , m_environments(std::move(environments))
{
    setObjectName(QStringLiteral("clientWizard"));
    m_editing = existing.has_value();
    if (existing) {
        m_draft.client = *existing;
        m_draft.originalType = existing->applicationType;
        m_draft.originalMethod = existing->authMethod;
    } else {
        m_draft.client.applicationType = ApplicationType::MachineToMachine;
        applyPreset(m_draft.client.applicationType);
        m_draft.createApplication = m_applications.isEmpty();
    }
    setWindowTitle(isEditing() ? tr("Edit OAuth client") : tr("Create OAuth client"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(BasicPage, new BasicInfoPage(this));
    setPage(AuthenticationPage, new oauthdesk::AuthenticationPage(this));
    setPage(TokenPage, new oauthdesk::TokenPage(this));
    setPage(ReviewPage, new oauthdesk::ReviewPage(this));
    setPage(DonePage, new oauthdesk::DonePage(this));
    setStartId(BasicPage);
    resize(780, 660);
}

ClientWizard::~ClientWizard() = default;

const Environment *ClientWizard::environment() const
{
    for (const auto &e : m_environments) {
        if (m_draft.client.environmentId == e.id)
            return &e;
    }
    return nullptr;
}

QString ClientWizard::applicationName() const
{
    if (m_draft.createApplication)
        return m_draft.newApplicationName.trimmed();
    for (const auto &a : m_applications) {
        if (a.id == m_draft.client.applicationId)
            return a.name;
    }
    return {};
}

Problems ClientWizard::problemsFor(const QList<QLatin1String> &pageFields) const
{
    OAuthClient c = m_draft.client;
    Problems out;
    if (m_draft.createApplication) {
        c.applicationId = 1; // to be created: judged by its name instead
        if (pageFields.contains(fields::newApplicationName)) {
            Application app;
            app.name = m_draft.newApplicationName;
            for (Problem p : validateApplication(app)) {
                p.field = QString(fields::newApplicationName);
                out.append(p);
            }
        }
    }
    const Problems all = validateClient(c);
    for (const Problem &p : all) {
        const QString base = p.field.section(QLatin1Char('['), 0, 0);
        if (m_draft.registerAtAs && !m_editing && base == QLatin1String(fields::clientId))
            continue; // the AS issues it
        for (const auto &f : pageFields) {
            if (base == f)
                out.append(p);
        }
    }
    return out;
}

void ClientWizard::applyPreset(ApplicationType type)
{
    const auto &preset = presetFor(type);
    OAuthClient &c = m_draft.client;
    c.applicationType = type;
    c.grantTypes = preset.grantTypes;
    c.pkce = preset.pkce;
    if (!preset.allowedAuthMethods.contains(c.authMethod))
        c.authMethod = preset.defaultAuthMethod;
    if (preset.redirectRule == RedirectRule::NoRedirects) {
        c.redirectUris.clear();
        c.postLogoutRedirectUris.clear();
    }
    if (c.grantTypes.contains(GrantType::RefreshToken)) {
        if (!c.refreshTokenLifetimeSeconds)
            c.refreshTokenLifetimeSeconds = LifetimeBounds::refreshDefault;
    } else {
        c.refreshTokenLifetimeSeconds.reset();
    }
}

void ClientWizard::submit(std::optional<SecretBytes> secret)
{
    if (!m_draft.createApplication) {
        saveClient(std::move(secret));
        return;
    }
    Application app;
    app.name = m_draft.newApplicationName.trimmed();
    auto pending = std::make_shared<std::optional<SecretBytes>>(std::move(secret));
    m_store->run([app](Store &s) { return s.saveApplication(app); }, this,
                 [this, pending](Result<Application> saved) {
                     if (!saved) {
                         Q_EMIT submitFailed(saved.error().message);
                         return;
                     }
                     m_applications.append(*saved);
                     m_draft.createApplication = false;
                     m_draft.client.applicationId = saved->id;
                     saveClient(std::move(*pending));
                 });
}

bool ClientWizard::canRegister() const
{
    const Environment *env = environment();
    return m_registration && env && !RegistrationService::registrationEndpoint(*env).isEmpty();
}

bool ClientWizard::canUpdateRegistration() const
{
    return m_editing && m_registration && environment() && !m_draft.client.registrationClientUri.isEmpty();
}

void ClientWizard::registerClient()
{
    // What the AS needs beyond the draft: the signing key's public JWKS (private_key_jwt), the
    // self-signed transport certificate in a JWKS's x5c (RFC 8705 §2.2) and the transport
    // certificate's subject DN (tls_client_auth), from the application's certificates.
    const OAuthClient c = m_draft.client;
    const bool needsJwks = c.authMethod == AuthMethod::PrivateKeyJwt && c.signingCertificateId;
    const bool needsCertificateJwks = c.authMethod == AuthMethod::SelfSignedTlsClientAuth && c.transportCertificateId;
    const bool needsCertificates = (c.authMethod == AuthMethod::TlsClientAuth && c.transportCertificateId) || needsCertificateJwks;
    auto send = [this](RegistrationInput input) {
        const Environment env = *environment();
        input.previousMethod = m_draft.originalMethod; // what the keychain holds for the stored client
        auto done = [this](RegistrationOutcome o) { finishRegistration(std::move(o)); };
        if (m_editing)
            m_registration->update(env, input, this, done);
        else
            m_registration->registerClient(env, input, this, done);
    };
    if (!needsJwks && !needsCertificates) {
        send({ c, {}, {}, {} });
        return;
    }
    m_store->run([appId = c.applicationId](Store &s) { return s.certificates(appId); }, this,
                 [this, c, send, needsJwks, needsCertificateJwks](Result<QList<CertificateRecord>> records) {
                     if (!records) {
                         Q_EMIT submitFailed(records.error().message);
                         return;
                     }
                     RegistrationInput input { c, {}, {}, {} };
                     std::optional<CertificateRecord> signing;
                     std::optional<CertificateRecord> transport;
                     for (const CertificateRecord &r : *records) {
                         if (c.transportCertificateId == r.id)
                             transport = r;
                         if (c.signingCertificateId == r.id)
                             signing = r;
                     }
                     if (needsCertificateJwks) {
                         if (!transport) {
                             Q_EMIT submitFailed(tr("Transport certificate: the certificate picked for self_signed_tls_client_auth is gone; pick another on the Authentication page."));
                             return;
                         }
                         auto jwks = CertificateRegistry::selfSignedTlsJwks(*transport);
                         if (!jwks) {
                             Q_EMIT submitFailed(jwks.error().message);
                             return;
                         }
                         input.jwks = *jwks;
                         send(std::move(input));
                         return;
                     }
                     if (transport && c.authMethod == AuthMethod::TlsClientAuth)
                         input.tlsClientAuthSubjectDn = transport->subjectDn;
                     if (!needsJwks) {
                         send(std::move(input));
                         return;
                     }
                     if (!signing || !m_certificates) {
                         Q_EMIT submitFailed(tr("Signing key: the certificate picked for private_key_jwt is gone; pick another on the Authentication page."));
                         return;
                     }
                     m_certificates->jwks({ *signing }, this, [this, input, send](Result<QByteArray> jwks) mutable {
                         if (!jwks) {
                             Q_EMIT submitFailed(jwks.error().message);
                             return;
                         }
                         input.jwks = *jwks;
                         send(std::move(input));
                     });
                 });
}

void ClientWizard::finishRegistration(RegistrationOutcome outcome)
{
    if (!outcome.client) {
        QString message = outcome.client.error().message;
        for (const QString &w : outcome.warnings)
            message += QLatin1Char('\n') + w;
        m_outcome = std::move(outcome);
        Q_EMIT submitFailed(message);
        return;
    }
    m_draft.client = *outcome.client;
    m_secretToShow = outcome.clientSecret ? outcome.clientSecret->clone() : SecretBytes {};
    const OAuthClient saved = *outcome.client;
    m_outcome = std::move(outcome);
    Q_EMIT submitted(saved);
}

void ClientWizard::saveClient(std::optional<SecretBytes> secret)
{
    if (m_draft.registerAtAs && (canRegister() || canUpdateRegistration())) {
        registerClient();
        return;
    }
    auto shown = std::make_shared<SecretBytes>(secret ? secret->clone() : SecretBytes {});
    m_registry->save(m_draft.client, std::move(secret), this, [this, shown](Result<OAuthClient> saved) {
        if (!saved) {
            Q_EMIT submitFailed(saved.error().message);
            return;
        }
        m_secretToShow = std::move(*shown);
        m_draft.client = *saved;
        Q_EMIT submitted(*saved);
    }, m_draft.originalMethod);
}

} // namespace oauthdesk
