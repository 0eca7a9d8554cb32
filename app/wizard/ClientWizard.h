// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Application.h"
#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "policy/Validation.h"
#include "registry/RegistrationService.h"
#include "secrets/SecretBytes.h"

#include <QPointer>
#include <QWizard>

#include <optional>

namespace oauthdesk {

class AsyncStore;
class ClientRegistry;

/// The field names the wizard registers (QWizard::field()).
namespace wizardfields {
inline constexpr char clientName[] = "clientName";
} // namespace wizardfields

/// What the wizard's pages edit together: the client, plus what only the wizard knows.
struct ClientDraft
{
    OAuthClient client;
    bool createApplication = false;   ///< "New application…" chosen on the first page
    QString newApplicationName;
    std::optional<ApplicationType> originalType; ///< when editing: the type the client had
    std::optional<AuthMethod> originalMethod;    ///< when editing: the method it had
    /// Submit registers the client at the environment's AS (RFC 7591), or, when editing a
    /// client registered through OAuthDesk, updates its registration there (RFC 7592 PUT).
    bool registerAtAs = false;
};

/// The create-client wizard (the portal's four stages), also used to edit a client:
/// Basic information → Authentication → Token configuration → Review → (Submit) → Done.
class ClientWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientWizard)

public:
    enum PageId { BasicPage, AuthenticationPage, TokenPage, ReviewPage, DonePage };

    ClientWizard(ClientRegistry *registry, AsyncStore *store, QList<Application> applications,
                 QList<Environment> environments, std::optional<OAuthClient> existing,
                 QWidget *parent = nullptr);
    ~ClientWizard() override;

    [[nodiscard]] ClientDraft &draft() { return m_draft; }
    [[nodiscard]] const ClientDraft &draft() const { return m_draft; }
    /// Opened on an existing client (fixed at construction; a submitted new client stays "new").
    [[nodiscard]] bool isEditing() const { return m_editing; }
    [[nodiscard]] const QList<Application> &applications() const { return m_applications; }
    [[nodiscard]] const QList<Environment> &environments() const { return m_environments; }
    [[nodiscard]] const Environment *environment() const;
    [[nodiscard]] AsyncStore *store() const { return m_store; }
    /// Lets the Authentication page offer "Make one now…" for keys and certificates.
    void setCertificateRegistry(class CertificateRegistry *registry) { m_certificates = registry; }
    [[nodiscard]] class CertificateRegistry *certificateRegistry() const { return m_certificates; }
    /// Lets Review offer "Register at <environment>" (RFC 7591) and registration updates.
    void setRegistrationService(RegistrationService *service) { m_registration = service; }
    /// The environment's AS offers registration (its discovery has a registration_endpoint).
    [[nodiscard]] bool canRegister() const;
    /// Editing a client registered through OAuthDesk: its registration can be updated at the AS.
    [[nodiscard]] bool canUpdateRegistration() const;
    /// What the AS answered to the last registration or update (differences, warnings, exchanges).
    [[nodiscard]] const std::optional<RegistrationOutcome> &registrationOutcome() const { return m_outcome; }
    [[nodiscard]] QString applicationName() const;

    /// The problems lib/policy finds in the draft, limited to @p pageFields.
    [[nodiscard]] Problems problemsFor(const QList<QLatin1String> &pageFields) const;

    /// Re-applies the preset of @p type to the draft (grant types, PKCE, auth method, redirects).
    void applyPreset(ApplicationType type);

    /// Records the draft through lib/ (creating the application first when asked).
    /// @p secret: the client secret for secret-based methods (new clients only).
    void submit(std::optional<SecretBytes> secret);

    /// The secret to show once on the Done page (generated or pasted); empty afterwards.
    [[nodiscard]] SecretBytes takeSecretToShow() { return std::move(m_secretToShow); }

Q_SIGNALS:
    void submitted(const oauthdesk::OAuthClient &client);
    void submitFailed(const QString &message);

private:
    void saveClient(std::optional<SecretBytes> secret);
    void registerClient();
    void finishRegistration(RegistrationOutcome outcome);

    ClientRegistry *m_registry;
    class CertificateRegistry *m_certificates = nullptr;
    QPointer<RegistrationService> m_registration;
    std::optional<RegistrationOutcome> m_outcome;
    AsyncStore *m_store;
    QList<Application> m_applications;
    QList<Environment> m_environments;
    ClientDraft m_draft;
    bool m_editing = false;
    SecretBytes m_secretToShow;
};

} // namespace oauthdesk
