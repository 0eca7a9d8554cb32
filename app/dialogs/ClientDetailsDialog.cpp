// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ClientDetailsDialog.h"

#include "dialogs/RegistrationPanel.h"
#include "policy/Validation.h"
#include "usecases/Workspace.h"
#include "widgets/SecretClipboard.h"
#include "widgets/TimeFormat.h"
#include "widgets/Tones.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace oauthdesk {

ClientDetailsDialog::ClientDetailsDialog(const OAuthClient &c, const QString &applicationName,
    const QString &environmentName, Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_client(c)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("clientDetailsDialog"));
    setWindowTitle(tr("Client: %1").arg(c.name));
    auto *form = new QFormLayout;
    auto addValue = [&](const QString &label, const QString &value, const QString &name) {
        auto *v = new QLabel(value.isEmpty() ? tr("—") : value, this);
        v->setObjectName(name);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setWordWrap(true);
        v->setAccessibleName(label);
        form->addRow(label, v);
        return v;
    };
    auto *idRow = new QWidget(this);
    auto *idLayout = new QHBoxLayout(idRow);
    idLayout->setContentsMargins(0, 0, 0, 0);
    auto *idLabel = new QLabel(c.clientId, idRow);
    idLabel->setObjectName(QStringLiteral("detailClientId"));
    idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *copy = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy"), idRow);
    copy->setObjectName(QStringLiteral("copyClientIdButton"));
    copy->setAccessibleName(tr("Copy client ID"));
    idLayout->addWidget(idLabel, 1);
    idLayout->addWidget(copy);
    connect(copy, &QPushButton::clicked, this,
        [this, id = c.clientId] { Q_EMIT copyClientIdRequested(id); });

    addValue(tr("Client:"), c.name, QStringLiteral("detailName"));
    form->addRow(tr("Client ID:"), idRow);
    addValue(tr("Description:"), c.description, QStringLiteral("detailDescription"));
    addValue(tr("Application:"), applicationName, QStringLiteral("detailApplication"));
    addValue(tr("Environment:"), environmentName, QStringLiteral("detailEnvironment"));
    addValue(tr("Application type:"), displayName(c.applicationType), QStringLiteral("detailType"));
    QStringList grants;
    for (GrantType g : c.grantTypes)
        grants.append(toWire(g));
    addValue(tr("Grant types:"), grants.join(QStringLiteral(", ")), QStringLiteral("detailGrants"));
    addValue(tr("PKCE:"), c.pkce == PkcePolicy::Required ? tr("Required") : tr("Optional"),
        QStringLiteral("detailPkce"));
    addValue(tr("Client authentication:"),
        toWire(c.authMethod) + QStringLiteral(" — ") + displayName(c.authMethod),
        QStringLiteral("detailAuthMethod"));
    if (usesClientSecret(c.authMethod)) {
        auto *secretBox = new QWidget(this);
        auto *secretLayout = new QVBoxLayout(secretBox);
        secretLayout->setContentsMargins(0, 0, 0, 0);
        auto *secretRow = new QHBoxLayout;
        m_secret = new QLineEdit(secretBox);
        m_secret->setObjectName(QStringLiteral("revealedSecret"));
        m_secret->setReadOnly(true);
        m_secret->setAccessibleName(tr("Client secret"));
        m_secret->setPlaceholderText(tr("•••••••• kept in the system keychain"));
        m_reveal = new QPushButton(
            QIcon(QStringLiteral(":/icons/view.svg")), tr("&Reveal secret"), secretBox);
        m_reveal->setObjectName(QStringLiteral("revealSecretButton"));
        m_copySecret
            = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy"), secretBox);
        m_copySecret->setObjectName(QStringLiteral("copySecretButton"));
        m_copySecret->setEnabled(false);
        m_rotate = new QPushButton(tr("R&otate secret…"), secretBox);
        m_rotate->setObjectName(QStringLiteral("rotateSecretButton"));
        secretRow->addWidget(m_secret, 1);
        secretRow->addWidget(m_reveal);
        secretRow->addWidget(m_copySecret);
        secretRow->addWidget(m_rotate);
        secretLayout->addLayout(secretRow);
        m_secretStatus = new QLabel(secretBox);
        m_secretStatus->setObjectName(QStringLiteral("secretStatus"));
        m_secretStatus->setWordWrap(true);
        m_secretStatus->hide();
        secretLayout->addWidget(m_secretStatus);
        form->addRow(tr("Client secret:"), secretBox);
        m_hideTimer = new QTimer(this);
        m_hideTimer->setSingleShot(true);
        connect(m_hideTimer, &QTimer::timeout, this, &ClientDetailsDialog::hideSecret);
        connect(m_reveal, &QPushButton::clicked, this, &ClientDetailsDialog::revealSecret);
        connect(m_rotate, &QPushButton::clicked, this, &ClientDetailsDialog::rotateSecret);
        connect(m_copySecret, &QPushButton::clicked, this, [this] {
            copySecretToClipboard(m_secret->text());
            setStatus(tr("Secret copied; the clipboard is cleared in 30 seconds."), false);
        });
    }
    addValue(tr("Redirect URIs:"), c.redirectUris.join(QLatin1Char('\n')),
        QStringLiteral("detailRedirects"));
    addValue(tr("Post-logout redirect URIs:"), c.postLogoutRedirectUris.join(QLatin1Char('\n')),
        QStringLiteral("detailPostLogout"));
    addValue(tr("Scopes:"), c.scopes.join(QLatin1Char(' ')), QStringLiteral("detailScopes"));
    addValue(tr("Access token lifetime:"), tr("%1 s").arg(c.accessTokenLifetimeSeconds),
        QStringLiteral("detailAccessLifetime"));
    addValue(tr("Refresh token lifetime:"),
        c.refreshTokenLifetimeSeconds ? tr("%1 s").arg(*c.refreshTokenLifetimeSeconds) : QString(),
        QStringLiteral("detailRefreshLifetime"));
    addValue(tr("Status:"), displayName(c.status), QStringLiteral("detailStatus"));
    addValue(tr("Created:"), timeformat::dateTime(c.createdAt), QStringLiteral("detailCreated"));
    addValue(tr("Updated:"), timeformat::dateTime(c.updatedAt), QStringLiteral("detailUpdated"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *testToken = m_testToken
        = buttons->addButton(isInteractive(c) ? tr("Test &sign-in") : tr("Get test &token"),
            QDialogButtonBox::ActionRole);
    testToken->setObjectName(QStringLiteral("getTestTokenButton"));
    testToken->setToolTip(
        isInteractive(c) ? tr(
            "Sign in through the browser (authorization code + PKCE) and get real tokens (Ctrl+T)")
                         : tr("Ask the client's environment for a real access token (Ctrl+T)"));
    connect(
        testToken, &QPushButton::clicked, this, [this] { Q_EMIT testTokenRequested(m_client.id); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *root = new QVBoxLayout(this);
    root->addLayout(form);
    root->addWidget(buttons);
    resize(680, sizeHint().height());
}

void ClientDetailsDialog::addRegistrationPanel(const Environment &environment)
{
    if (m_registrationPanel || m_client.registrationClientUri.isEmpty())
        return;
    m_registrationPanel = new RegistrationPanel(m_workspace, environment, m_client, this);
    // A secret made here would be unknown to the AS that issued this client's: its secret
    // changes at the AS ("Ask AS for a new secret"), not by a local rotation.
    if (m_rotate)
        m_rotate->hide();
    auto *root = qobject_cast<QVBoxLayout *>(layout());
    root->insertWidget(root->count() - 1, m_registrationPanel, 1);
    connect(m_registrationPanel, &RegistrationPanel::clientUpdated, this,
        [this](const OAuthClient &c) { m_client = c; });
    // Deleted at the AS and here: the dialog stays open on the result, with nothing left to act on.
    connect(m_registrationPanel, &RegistrationPanel::clientDeleted, this, [this] {
        for (QPushButton *b : { m_testToken, m_reveal, m_rotate }) {
            if (b)
                b->setEnabled(false);
        }
    });
    resize(width(), sizeHint().height());
}

} // namespace oauthdesk

namespace oauthdesk {

void ClientDetailsDialog::setStatus(const QString &text, bool error)
{
    m_secretStatus->setStyleSheet(
        error ? tones::labelStyle(tones::Tone::Bad, palette()) : QString());
    m_secretStatus->setText(text);
    m_secretStatus->setVisible(!text.isEmpty());
}

void ClientDetailsDialog::showSecret(const QString &text, const QString &note)
{
    m_secret->setText(text);
    m_copySecret->setEnabled(true);
    m_reveal->setEnabled(false);
    setStatus(note, false);
    m_hideTimer->start(m_revealMs);
}

void ClientDetailsDialog::hideSecret()
{
    m_secret->clear();
    m_copySecret->setEnabled(false);
    m_reveal->setEnabled(true);
    setStatus(tr("Hidden again. Reveal it when you need it."), false);
}

void ClientDetailsDialog::revealSecret()
{
    if (!m_reveal)
        return;
    m_reveal->setEnabled(false);
    setStatus(tr("Asking the keychain…"), false);
    m_workspace.clients().readSecret(m_client).then(this, [this](Result<SecretBytes> secret) {
        if (!secret) {
            m_reveal->setEnabled(true);
            setStatus(secret.error().message, true);
            Q_EMIT secretAnswered(false);
            return;
        }
        showSecret(secret->toUtf8String(), tr("Shown for %1 seconds.").arg(m_revealMs / 1000));
        Q_EMIT secretAnswered(true);
    });
}

void ClientDetailsDialog::rotateSecret()
{
    if (!m_rotate)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Rotate secret"),
        tr("Make a new client secret for \"%1\"?").arg(m_client.name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRotate"));
    box->setInformativeText(tr("The new secret replaces the old one in the keychain once it is "
                               "stored; if storing fails, the old one stays. Configure the new "
                               "secret at the authorization server too."));
    auto *yes = box->addButton(tr("&Rotate"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() != yes)
            return;
        auto fresh = generateClientSecret();
        if (!fresh) {
            setStatus(fresh.error().message, true);
            return;
        }
        const QString shown = fresh->toUtf8String();
        m_rotate->setEnabled(false);
        setStatus(tr("Storing the new secret…"), false);
        const QString storedNote
            = tr("New secret, shown once: copy it and configure it at the "
                 "authorization server. It is in the keychain; the old one is gone.");
        QPointer<ClientDetailsDialog> self(this);
        m_workspace.clients()
            .rotateSecret(m_client, std::move(*fresh),
                // The keychain answered after the timeout: the new secret is the one that counts
                // now.
                [self, shown, storedNote] {
                    if (self)
                        self->showSecret(shown, storedNote);
                })
            .then(this, [this, shown, storedNote](Result<void> stored) {
                m_rotate->setEnabled(true);
                if (!stored) {
                    setStatus(stored.error().message + QLatin1Char(' ')
                            + (stored.error().code == ErrorCode::KeychainTimeout
                                    ? tr(
                                        "If the keychain stores the new secret later, it is shown here.")
                                    : tr("The old secret is unchanged.")),
                        true);
                    Q_EMIT secretAnswered(false);
                    return;
                }
                showSecret(shown, storedNote);
                Q_EMIT secretAnswered(true);
            });
    });
    box->open();
}

} // namespace oauthdesk
