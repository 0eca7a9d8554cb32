// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RegistrationCredentialsBox.h"

#include "usecases/Workspace.h"
#include "widgets/Tones.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oauthdesk {

namespace {
std::optional<std::shared_ptr<const SecretBytes>> entered(const QLineEdit *field)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return std::nullopt; // left as it is
    return std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(text));
}
} // namespace

RegistrationCredentialsBox::RegistrationCredentialsBox(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_state(new QLabel(this))
    , m_iat(new QLineEdit(this))
    , m_ssa(new QLineEdit(this))
    , m_store(new QPushButton(tr("Store in &keychain"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("registrationCredentials"));
    m_state->setObjectName(QStringLiteral("registrationCredentialsState"));
    m_state->setWordWrap(true);
    m_iat->setObjectName(QStringLiteral("initialAccessToken"));
    m_iat->setEchoMode(QLineEdit::Password);
    m_iat->setAccessibleName(tr("Initial access token"));
    m_iat->setPlaceholderText(tr("initial access token from the AS's administrators"));
    m_ssa->setObjectName(QStringLiteral("softwareStatement"));
    m_ssa->setEchoMode(QLineEdit::Password);
    m_ssa->setAccessibleName(tr("Software statement"));
    m_ssa->setPlaceholderText(tr("software statement (a signed JWT), if your AS wants one"));
    m_store->setObjectName(QStringLiteral("storeRegistrationCredentials"));
    m_remove->setObjectName(QStringLiteral("removeRegistrationCredentials"));
    m_status->setObjectName(QStringLiteral("registrationCredentialsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Initial access token:"), m_iat);
    form->addRow(tr("Software statement:"), m_ssa);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_store);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->addWidget(m_state);
    root->addLayout(form);
    root->addLayout(buttons);
    root->addWidget(m_status);

    connect(m_store, &QPushButton::clicked, this, &RegistrationCredentialsBox::store);
    connect(m_remove, &QPushButton::clicked, this, &RegistrationCredentialsBox::removeAll);
}

void RegistrationCredentialsBox::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? tones::labelStyle(tones::Tone::Bad, palette()) : QString());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void RegistrationCredentialsBox::setEnvironment(const Environment &env)
{
    const bool same = env.id != 0 && env.id == m_env.id;
    m_env = env;
    if (!same) { // the same environment again (new metadata): keep what is being typed
        m_iat->clear();
        m_ssa->clear();
        setStatus({}, false);
    }
    const bool usable = env.id != 0 && !env.uuid.isEmpty();
    m_iat->setEnabled(usable);
    m_ssa->setEnabled(usable);
    m_store->setEnabled(usable);
    m_remove->setEnabled(usable);
    if (!usable) {
        m_state->setText(
            tr("Save the environment first; then store its registration credentials here."));
        return;
    }
    const bool offered = !Registrations::endpoint(env).isEmpty();
    m_state->setText(offered ? tr("Asking the keychain…")
            : env.discoveryDocument.isEmpty()
            ? tr("Refresh discovery first: it tells whether this AS registers clients (RFC 7591).")
            : tr(
                "This AS publishes no registration_endpoint: clients are registered in its own console."));
    if (offered)
        showState();
}

void RegistrationCredentialsBox::showState()
{
    const qint64 id = m_env.id;
    m_workspace.registrations().readCredentials(m_env).then(
        this, [this, id](Result<RegistrationCredentials> creds) {
            if (id != m_env.id)
                return; // another environment was selected meanwhile
            if (!creds) {
                m_state->setText(creds.error().message);
                return;
            }
            const QString iat = creds->initialAccessToken
                ? tr("an initial access token is stored in the keychain")
                : tr("no initial access token stored");
            const QString ssa = creds->softwareStatement ? tr("a software statement is stored")
                                                         : tr("no software statement");
            m_state->setText(tr(
                "Registration at this AS: %1; %2. Typing a value replaces it; stored values are never shown.")
                                 .arg(iat, ssa));
        });
}

void RegistrationCredentialsBox::store()
{
    auto iat = entered(m_iat);
    auto ssa = entered(m_ssa);
    if (!iat && !ssa) {
        setStatus(
            tr("Initial access token: paste the token (or a software statement) first."), true);
        return;
    }
    if (ssa && (*ssa)->toByteArray().count('.') != 2) {
        setStatus(
            tr("Software statement: it must be a signed JWT (three base64url parts separated by dots)."),
            true);
        return;
    }
    m_store->setEnabled(false);
    const qint64 id = m_env.id;
    m_workspace.registrations()
        .storeCredentials(m_env, std::move(iat), std::move(ssa))
        .then(this, [this, id](Result<void> r) {
            m_store->setEnabled(true);
            if (id != m_env.id) { // another environment is shown now: its form is not ours to touch
                Q_EMIT answered(bool(r));
                return;
            }
            if (!r) {
                setStatus(r.error().message, true); // the fields keep what was typed
                Q_EMIT answered(false);
                return;
            }
            m_iat->clear();
            m_ssa->clear();
            setStatus(tr("Stored in the keychain."), false);
            showState();
            Q_EMIT answered(true);
        });
}

void RegistrationCredentialsBox::removeAll()
{
    m_remove->setEnabled(false);
    const qint64 id = m_env.id;
    m_workspace.registrations()
        .storeCredentials(
            m_env, std::shared_ptr<const SecretBytes>(), std::shared_ptr<const SecretBytes>())
        .then(this, [this, id](Result<void> r) {
            m_remove->setEnabled(true);
            if (id != m_env.id) {
                Q_EMIT answered(bool(r));
                return;
            }
            setStatus(r ? tr("Removed from the keychain.") : r.error().message, !r);
            showState();
            Q_EMIT answered(bool(r));
        });
}

} // namespace oauthdesk
