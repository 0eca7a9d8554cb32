// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Application.h"
#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "policy/Validation.h"
#include "secrets/SecretBytes.h"
#include "usecases/ClientSubmission.h"

#include <QPointer>
#include <QWizard>

class QMessageBox;

#include <optional>

namespace oauthdesk {

class Workspace;
class WizardStepper;

/// The field names the wizard registers (QWizard::field()).
namespace wizardfields {
inline constexpr char clientName[] = "clientName";
} // namespace wizardfields

/// What the wizard's pages edit together: the client, plus what only the wizard knows.
struct ClientDraft
{
    OAuthClient client;
    bool createApplication = false; ///< "New application…" chosen on the first page
    QString newApplicationName;
    std::optional<ApplicationType> originalType; ///< when editing: the type the client had
    std::optional<AuthMethod> originalMethod; ///< when editing: the method it had
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

    /// The wizard edits a draft and hands it to @p workspace's client submission on Submit.
    ClientWizard(Workspace &workspace, QList<Application> applications,
        std::optional<OAuthClient> existing, QWidget *parent = nullptr);
    ~ClientWizard() override;

    [[nodiscard]] ClientDraft &draft() { return m_draft; }
    [[nodiscard]] const ClientDraft &draft() const { return m_draft; }
    /// Opened on an existing client (fixed at construction; a submitted new client stays "new").
    [[nodiscard]] bool isEditing() const { return m_editing; }
    [[nodiscard]] const QList<Application> &applications() const { return m_applications; }
    [[nodiscard]] const QList<Environment> &environments() const { return m_environments; }
    [[nodiscard]] const Environment *environment() const;
    [[nodiscard]] Workspace &workspace() const { return m_workspace; }
    /// The environment's AS offers registration (its discovery has a registration_endpoint).
    [[nodiscard]] bool canRegister() const;
    /// Editing a client registered through OAuthDesk: its registration can be updated at the AS.
    [[nodiscard]] bool canUpdateRegistration() const;
    /// What the AS answered to the last registration or update (differences, warnings, exchanges).
    [[nodiscard]] const std::optional<RegistrationOutcome> &registrationOutcome() const
    {
        return m_outcome;
    }
    [[nodiscard]] QString applicationName() const;

    /// The problems lib/policy finds in the draft, limited to @p pageFields.
    [[nodiscard]] Problems problemsFor(const QList<QLatin1String> &pageFields) const;

    /// Re-applies the preset of @p type to the draft (grant types, PKCE, auth method, redirects).
    void applyPreset(ApplicationType type);

    /// The draft as a value for the client submission use case.
    [[nodiscard]] ClientSubmission submission(std::optional<SecretBytes> secret) const;
    /// Hands the draft to the use case (which creates the application first when asked, then
    /// registers or saves); submitted() or submitFailed() follows once.
    /// @p secret: the client secret for secret-based methods (new clients only).
    void submit(std::optional<SecretBytes> secret);

    /// The secret to show once on the Done page (generated or pasted); empty afterwards.
    [[nodiscard]] SecretBytes takeSecretToShow() { return std::move(m_secretToShow); }

    /// The admin changed something since the wizard opened (what Escape and Cancel ask about).
    [[nodiscard]] bool hasChanges() const;
    /// Re-reads the environments (after "New environment…"); @p select becomes the draft's.
    void reloadEnvironments(std::optional<qint64> select);
    [[nodiscard]] WizardStepper *stepper() const { return m_stepper; }

    /// Escape, Cancel and the window's close button: with changes, asks before discarding them.
    void reject() override;

Q_SIGNALS:
    void submitted(const oauthdesk::OAuthClient &client);
    void submitFailed(const QString &message);
    /// The environment list changed (reloadEnvironments()); the first page rebuilds its choice.
    void environmentsReloaded();

private:
    void finish(SubmissionOutcome outcome);
    /// Moves the focus to the current page's first field when it was left on a hidden page.
    void focusFirstField();

    Workspace &m_workspace;
    std::optional<RegistrationOutcome> m_outcome;
    QList<Application> m_applications;
    QList<Environment> m_environments;
    ClientDraft m_draft;
    bool m_editing = false;
    SecretBytes m_secretToShow;
    WizardStepper *m_stepper = nullptr;
    /// The draft as the first page showed it: what hasChanges() compares against.
    std::optional<ClientDraft> m_initial;
    QPointer<QMessageBox> m_discardQuestion;
    bool m_submitted = false;
};

} // namespace oauthdesk
