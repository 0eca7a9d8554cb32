// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ClientWizard.h"

#include "policy/ApplicationTypePreset.h"
#include "usecases/Workspace.h"
#include "wizard/AuthenticationPage.h"
#include "wizard/BasicInfoPage.h"
#include "wizard/DonePage.h"
#include "wizard/ReviewPage.h"
#include "wizard/TokenPage.h"
#include "wizard/WizardStepper.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>

namespace oauthdesk {

ClientWizard::ClientWizard(Workspace &workspace, QList<Application> applications,
    std::optional<OAuthClient> existing, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_applications(std::move(applications))
    , m_environments(workspace.environments().current())
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
    // The portal's four stages beside the pages; Done ticks them all.
    m_stepper = new WizardStepper(
        { tr("Basic information"), tr("Authentication"), tr("Token configuration"), tr("Review") },
        this);
    setSideWidget(m_stepper);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        m_stepper->setCurrent(id < 0 ? -1 : id);
        if (id == BasicPage && !m_initial)
            m_initial = m_draft; // after the first page has loaded and normalised the draft
        focusFirstField();
    });
    resize(960, 660);
}

ClientWizard::~ClientWizard() = default;

void ClientWizard::focusFirstField()
{
    // QWizard leaves the focus where it was when the page it was on has no successor it likes
    // (Return on the Token page left it on a hidden spin box): a keyboard user then types into a
    // page they cannot see. Or it gives it to a summary's scroll area. The focus belongs to the
    // current page's first field.
    QWidget *page = currentPage();
    QWidget *focused = QApplication::focusWidget();
    if (!page
        || (focused && focused->isVisible() && focused->window() == this
            && !qobject_cast<QScrollArea *>(focused)))
        return;
    // A field, not the scroll area a page shows its summary in (Review).
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (!page->isAncestorOf(w))
            break;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()
            && !qobject_cast<QScrollArea *>(w)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

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

ClientSubmission ClientWizard::submission(std::optional<SecretBytes> secret) const
{
    ClientSubmission out;
    out.client = m_draft.client;
    out.secret = std::move(secret);
    out.newApplicationName
        = m_draft.createApplication ? m_draft.newApplicationName.trimmed() : QString();
    out.editing = m_editing;
    out.previousMethod = m_draft.originalMethod;
    out.registerAtAs = m_draft.registerAtAs;
    return out;
}

void ClientWizard::submit(std::optional<SecretBytes> secret)
{
    // The wizard produces a value; the use case does the I/O and answers once.
    m_workspace.submissions()
        .submit(submission(std::move(secret)))
        .then(this, [this](Result<SubmissionOutcome> outcome) {
            if (!outcome) {
                Q_EMIT submitFailed(outcome.error().message);
                return;
            }
            finish(std::move(*outcome));
        });
}

bool ClientWizard::canRegister() const
{
    return ClientSubmissions::canRegister(environment());
}

bool ClientWizard::canUpdateRegistration() const
{
    return ClientSubmissions::canUpdateRegistration(environment(), m_draft.client, m_editing);
}

void ClientWizard::finish(SubmissionOutcome outcome)
{
    if (outcome.createdApplication) {
        // Made even if the client then failed: a second Submit must not make it again.
        m_applications.append(*outcome.createdApplication);
        m_draft.createApplication = false;
        m_draft.client.applicationId = outcome.createdApplication->id;
    }
    if (outcome.registration)
        m_outcome = std::move(outcome.registration);
    if (!outcome.client) {
        QString message = outcome.client.error().message;
        if (m_outcome && !m_outcome->client) {
            for (const QString &w : m_outcome->warnings)
                message += QLatin1Char('\n') + w;
        }
        Q_EMIT submitFailed(message);
        return;
    }
    m_draft.client = *outcome.client;
    m_secretToShow = std::move(outcome.secretToShow);
    m_submitted = true;
    Q_EMIT submitted(*outcome.client);
}

bool ClientWizard::hasChanges() const
{
    if (m_submitted || !m_initial)
        return false;
    return m_draft.client != m_initial->client
        || m_draft.createApplication != m_initial->createApplication
        || m_draft.newApplicationName.trimmed() != m_initial->newApplicationName.trimmed();
}

void ClientWizard::reloadEnvironments(std::optional<qint64> select)
{
    m_environments = m_workspace.environments().current();
    if (select)
        m_draft.client.environmentId = select;
    Q_EMIT environmentsReloaded();
}

void ClientWizard::reject()
{
    if (!hasChanges() || currentId() == DonePage) {
        QWizard::reject();
        return;
    }
    if (m_discardQuestion)
        return; // already asking
    auto *box = new QMessageBox(QMessageBox::Question,
        isEditing() ? tr("Discard changes") : tr("Discard new client"),
        isEditing() ? tr("Discard your changes to \"%1\"?").arg(m_initial->client.name)
                    : tr("Discard this new client?"),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDiscard"));
    box->setInformativeText(
        tr("Nothing has been saved yet. What you entered in this wizard is lost."));
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_discardQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        if (box->clickedButton() == discard)
            QWizard::reject();
    });
    box->open();
}

} // namespace oauthdesk
