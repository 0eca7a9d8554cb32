// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ReviewPage.h"

#include "policy/ApplicationTypePreset.h"
#include "policy/Validation.h"
#include "usecases/Workspace.h"
#include "widgets/ExchangeView.h"
#include "widgets/Tones.h"
#include "wizard/ClientWizard.h"
#include "wizard/TokenPage.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace oauthdesk {

namespace {
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:14px; color:%3'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value,
            tones::css(tones::Tone::Muted, QGuiApplication::palette()));
}
QString list(const QStringList &items)
{
    QStringList escaped;
    for (const auto &i : items)
        escaped.append(QStringLiteral("<code>%1</code>").arg(i.toHtmlEscaped()));
    return escaped.join(QStringLiteral("<br>"));
}
} // namespace

ReviewPage::ReviewPage(ClientWizard *wizard)
    : ClientWizardPage(wizard, { fields::clientId })
    , m_summary(new QLabel(this))
    , m_whatHappens(new QLabel(this))
    , m_register(new QCheckBox(this))
    , m_clientIdRow(new QWidget(this))
    , m_clientId(new QLineEdit(this))
    , m_secretBox(new QGroupBox(tr("Client secret"), this))
    , m_generate(new QRadioButton(
          tr("&Generate a strong secret (256 bits) to configure at the authorization server"),
          m_secretBox))
    , m_paste(
          new QRadioButton(tr("&Paste the secret the authorization server issued:"), m_secretBox))
    , m_pasted(new QLineEdit(m_secretBox))
    , m_submitError(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(
        tr("Check everything once more. Back changes any stage; nothing is saved until Submit."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Submit"));

    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setMargin(6);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);

    m_whatHappens->setObjectName(QStringLiteral("whatSubmitDoes"));
    m_whatHappens->setWordWrap(true);

    m_register->setObjectName(QStringLiteral("registerAtAs"));
    m_register->hide();
    connect(m_register, &QCheckBox::toggled, this, [this](bool on) {
        draft().registerAtAs = on;
        describeSubmit();
        changed();
    });

    auto *form = new QFormLayout(m_clientIdRow);
    form->setContentsMargins(0, 0, 0, 0);
    m_clientId->setObjectName(QStringLiteral("reviewClientId"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setPlaceholderText(tr("the client ID your authorization server issued"));
    addRow(form, tr("Client &ID:"), m_clientId, fields::clientId);

    m_generate->setObjectName(QStringLiteral("generateSecret"));
    m_paste->setObjectName(QStringLiteral("pasteSecret"));
    m_pasted->setObjectName(QStringLiteral("pastedSecret"));
    m_pasted->setAccessibleName(tr("Client secret issued by the authorization server"));
    m_pasted->setEchoMode(QLineEdit::Password);
    m_pasted->setPlaceholderText(tr("paste here; it goes to the system keychain only"));
    auto *show = m_pasted->addAction(
        QIcon(QStringLiteral(":/icons/view.svg")), QLineEdit::TrailingPosition);
    show->setToolTip(tr("Show or hide the secret"));
    show->setCheckable(true);
    connect(show, &QAction::toggled, this,
        [this](bool on) { m_pasted->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    m_generate->setChecked(true);
    auto *secretLayout = new QVBoxLayout(m_secretBox);
    secretLayout->addWidget(m_generate);
    secretLayout->addWidget(m_paste);
    secretLayout->addWidget(m_pasted);
    auto *secretProblem = new QLabel(m_secretBox);
    secretProblem->setObjectName(QStringLiteral("clientSecretProblem"));
    secretProblem->setWordWrap(true);
    secretProblem->setStyleSheet(tones::labelStyle(tones::Tone::Bad, palette()));
    secretProblem->hide();
    secretLayout->addWidget(secretProblem);
    alsoShow(fields::clientSecret, m_pasted, fields::clientSecret);

    m_submitError->setObjectName(QStringLiteral("submitError"));
    m_submitError->setWordWrap(true);
    m_submitError->setStyleSheet(tones::labelStyle(tones::Tone::Bad, palette(), true));
    m_submitError->hide();

    auto *root = new QVBoxLayout(this);
    root->addWidget(scroll, 1);
    root->addWidget(m_register);
    root->addWidget(m_whatHappens);
    root->addWidget(m_clientIdRow);
    root->addWidget(m_secretBox);
    root->addWidget(m_submitError);
    m_exchanges = new ExchangeView(this);
    m_exchanges->setObjectName(QStringLiteral("reviewExchange"));
    root->addWidget(m_exchanges);
    // Tab in reading order: the summary (to scroll it), then the choices under it. The summary
    // is made first but the fields are members made before it.
    scroll->setObjectName(QStringLiteral("reviewSummaryScroll"));
    scroll->setAccessibleName(tr("Summary of the new client"));
    QWidget::setTabOrder(scroll, m_register);
    QWidget::setTabOrder(m_register, m_clientId);
    QWidget::setTabOrder(m_clientId, m_generate);
    QWidget::setTabOrder(m_generate, m_paste);
    QWidget::setTabOrder(m_paste, m_pasted);

    connect(m_clientId, &QLineEdit::textChanged, this, [this](const QString &text) {
        draft().client.clientId = text.trimmed();
        changed();
    });
    connect(m_pasted, &QLineEdit::textChanged, this, [this] { changed(); });
    connect(m_paste, &QRadioButton::toggled, this, [this](bool on) {
        m_pasted->setEnabled(on);
        if (on)
            m_pasted->setFocus();
        changed();
    });
    m_pasted->setEnabled(false);
    connect(clientWizard(), &ClientWizard::submitted, this, [this] {
        m_submitted = true;
        setBusy(false);
        m_pasted->clear();
        clientWizard()->next();
    });
    connect(clientWizard(), &ClientWizard::submitFailed, this, [this](const QString &message) {
        setBusy(false);
        // What the AS answered, when it was asked (registration): the request and response.
        const auto &outcome = clientWizard()->registrationOutcome();
        m_exchanges->setExchanges(outcome ? outcome->exchanges : QList<HttpExchange> {});
        m_submitError->setText(message);
        m_submitError->show();
    });
}

bool ReviewPage::asksForSecret() const
{
    // New clients with a secret-based method, and edits that move to one from a method without;
    // never when the AS issues the secret (registration).
    const ClientDraft &d = draft();
    if (d.registerAtAs
        && (clientWizard()->canRegister() || clientWizard()->canUpdateRegistration()))
        return false;
    return usesClientSecret(d.client.authMethod)
        && !(
            clientWizard()->isEditing() && d.originalMethod && usesClientSecret(*d.originalMethod));
}

Problems ReviewPage::extraProblems() const
{
    if (m_busy)
        return { Problem { QStringLiteral("busy"), QString() } }; // Submit once at a time
    if (asksForSecret() && m_paste->isChecked()) {
        if (auto p = checkClientSecret(m_pasted->text()))
            return { *p };
    }
    return {};
}

QString ReviewPage::summaryHtml() const
{
    const ClientWizard *w = clientWizard();
    const OAuthClient &c = draft().client;
    const Environment *env = w->environment();
    QStringList grants;
    for (GrantType g : c.grantTypes)
        grants.append(toWire(g));
    QString html = QStringLiteral("<table cellspacing=2>");
    html += QStringLiteral("<tr><td colspan=2><b>%1</b></td></tr>")
                .arg(tr("Basic information").toHtmlEscaped());
    html += row(tr("Client name"), c.name.toHtmlEscaped());
    html += row(tr("Description"), c.description.toHtmlEscaped());
    html += row(tr("Application"),
        QString(w->applicationName() + (draft().createApplication ? tr(" (new)") : QString()))
            .toHtmlEscaped());
    html += row(tr("Environment"),
        env ? QString(env->name + QStringLiteral(" — ") + env->issuer.toString()).toHtmlEscaped()
            : QString());
    html += row(tr("Application type"), displayName(c.applicationType).toHtmlEscaped());
    html += QStringLiteral("<tr><td colspan=2><br><b>%1</b></td></tr>")
                .arg(tr("Authentication").toHtmlEscaped());
    html += row(tr("Grant types"), list(grants));
    html += row(tr("PKCE"), c.pkce == PkcePolicy::Required ? tr("required") : tr("optional"));
    html += row(
        tr("Client authentication"), QStringLiteral("<code>%1</code>").arg(toWire(c.authMethod)));
    if (presetFor(c.applicationType).redirectRule != RedirectRule::NoRedirects) {
        html += row(tr("Redirect URIs"), list(c.redirectUris));
        html += row(tr("Post-logout redirect URIs"), list(c.postLogoutRedirectUris));
    }
    html += row(tr("Scopes"), list(c.scopes));
    html += QStringLiteral("<tr><td colspan=2><br><b>%1</b></td></tr>")
                .arg(tr("Token configuration").toHtmlEscaped());
    html += row(tr("Access token lifetime"),
        TokenPage::humanDuration(c.accessTokenLifetimeSeconds).toHtmlEscaped());
    if (c.refreshTokenLifetimeSeconds)
        html += row(tr("Refresh token lifetime"),
            TokenPage::humanDuration(*c.refreshTokenLifetimeSeconds).toHtmlEscaped());
    html += QStringLiteral("</table>");
    return html;
}

void ReviewPage::initializePage()
{
    m_summary->setText(summaryHtml());
    const ClientWizard *w = clientWizard();
    const Environment *env = w->environment();
    // Registration is offered when the AS has a registration endpoint (new clients), or the
    // client was registered through OAuthDesk (edits); on by default, the admin may record only.
    const bool offer = w->isEditing() ? w->canUpdateRegistration() : w->canRegister();
    m_register->setVisible(offer);
    if (offer) {
        m_register->setText(w->isEditing()
                ? tr("&Update the registration at %1 too (RFC 7592)").arg(env->name)
                : tr("&Register at %1 now (RFC 7591 dynamic client registration)").arg(env->name));
        // Ticked on the first visit only: an admin who unticked it keeps it unticked after Back.
        if (!m_registerOffered) {
            const QSignalBlocker block(m_register);
            m_register->setChecked(true);
            m_registerOffered = true;
        }
        draft().registerAtAs = m_register->isChecked();
    } else {
        draft().registerAtAs = false;
    }
    const QSignalBlocker block(m_clientId);
    m_clientId->setText(draft().client.clientId);
    m_submitError->hide();
    m_exchanges->setExchanges({});
    describeSubmit();
    refresh();
}

void ReviewPage::describeSubmit()
{
    const OAuthClient &c = draft().client;
    const ClientWizard *w = clientWizard();
    const Environment *env = w->environment();
    const QString where = env ? env->name : tr("your authorization server");
    const bool registering = draft().registerAtAs && !m_register->isHidden();
    QString what;
    if (registering && w->isEditing()) {
        what = tr(
            "<b>Submit</b> sends the full registration to %1 (PUT, RFC 7592 §2.2) and saves what it "
            "answers here. Some authorization servers drop fields that are not sent, so every field is "
            "sent. The client secret stays as it is.")
                   .arg(where.toHtmlEscaped());
    } else if (registering) {
        what = tr(
            "<b>Submit</b> registers this client at %1 with the environment's registration credentials "
            "from the keychain. The authorization server issues the client ID%2; OAuthDesk stores what it "
            "answers, and lists anything it granted differently from what was asked. Token lifetimes "
            "are not part of RFC 7591 registration: set them at the AS if they differ from its defaults.")
                   .arg(where.toHtmlEscaped(),
                       usesClientSecret(c.authMethod)
                           ? tr(" and the client secret (kept in the system keychain, shown once)")
                           : QString());
    } else if (w->isEditing()) {
        const bool had = draft().originalMethod && usesClientSecret(*draft().originalMethod);
        const bool has = usesClientSecret(c.authMethod);
        const QString secretNote = had && has ? tr("The client secret in the keychain is kept.")
            : had ? tr("It no longer uses a client secret: the one in the keychain is removed.")
            : has ? tr("It now uses a client secret: enter it below; it goes to the keychain.")
                  : QString();
        what = tr(
            "<b>Submit</b> saves these changes in OAuthDesk only. Make the same changes at %1. %2")
                   .arg(where.toHtmlEscaped(), secretNote);
    } else if (usesClientSecret(c.authMethod)) {
        what = tr("<b>Submit</b> records this client, registered at %1 by other means, in "
                  "OAuthDesk, and stores its client secret in the system keychain (never in "
                  "OAuthDesk's data file). You will see the secret once, to copy.")
                   .arg(where.toHtmlEscaped());
    } else {
        what
            = tr("<b>Submit</b> records this client, registered at %1 by other means, in "
                 "OAuthDesk. %2")
                  .arg(where.toHtmlEscaped(),
                      c.authMethod == AuthMethod::None
                          ? tr(
                              "It is a public client (<code>none</code>: it proves itself with PKCE, not a secret), so "
                              "there is no client secret to keep.")
                          : tr(
                              "It authenticates with <code>%1</code>, so there is no client secret to keep.")
                                .arg(toWire(c.authMethod)));
    }
    m_whatHappens->setText(what);
    m_clientIdRow->setVisible(!(registering && !w->isEditing()));
    // RFC 7592 §2.2: an update names the client by the id the AS issued; it cannot change here.
    m_clientId->setReadOnly(registering && w->isEditing());
    m_secretBox->setVisible(asksForSecret());
}

void ReviewPage::setBusy(bool busy)
{
    m_busy = busy;
    m_clientId->setReadOnly(busy);
    m_register->setEnabled(!busy);
    m_secretBox->setEnabled(!busy);
    if (busy) {
        m_submitError->setStyleSheet(QStringLiteral("color: palette(text);"));
        m_submitError->setText(draft().registerAtAs && !m_register->isHidden()
                ? tr("Registering at the authorization server…")
                : tr("Saving… (the keychain may ask to be unlocked)"));
        m_submitError->show();
    } else {
        m_submitError->setStyleSheet(tones::labelStyle(tones::Tone::Bad, palette(), true));
        m_submitError->hide();
    }
    Q_EMIT completeChanged();
}

bool ReviewPage::validatePage()
{
    if (m_submitted)
        return true;
    if (m_busy)
        return false;
    std::optional<SecretBytes> secret;
    if (asksForSecret()) {
        if (m_paste->isChecked()) {
            secret = SecretBytes::fromUtf8(m_pasted->text());
        } else {
            auto generated = generateClientSecret();
            if (!generated) {
                m_submitError->setText(generated.error().message);
                m_submitError->show();
                return false;
            }
            secret = std::move(*generated);
        }
    }
    setBusy(true);
    // Asynchronous: the wizard moves on when ClientWizard::submitted arrives.
    clientWizard()->submit(std::move(secret));
    return false;
}

} // namespace oauthdesk
