// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/DonePage.h"

#include "policy/Validation.h"
#include "usecases/Workspace.h"
#include "widgets/ExchangeView.h"
#include "widgets/SecretClipboard.h"
#include "widgets/TimeFormat.h"
#include "widgets/Tones.h"
#include "wizard/ClientWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace oauthdesk {

DonePage::DonePage(ClientWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_headline(new QLabel(this))
    , m_clientId(new QLineEdit(this))
    , m_secretBox(new QWidget(this))
    , m_secret(new QLineEdit(m_secretBox))
    , m_copied(new QLabel(this))
{
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("Done"));
    setFinalPage(true);
    m_headline->setObjectName(QStringLiteral("doneHeadline"));
    m_headline->setWordWrap(true);

    auto *form = new QFormLayout;
    m_form = form;
    auto *idRow = new QWidget(this);
    auto *idLayout = new QHBoxLayout(idRow);
    idLayout->setContentsMargins(0, 0, 0, 0);
    m_clientId->setObjectName(QStringLiteral("doneClientId"));
    m_clientId->setReadOnly(true);
    m_clientId->setAccessibleName(tr("Client ID"));
    auto *copyId
        = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy client &ID"), idRow);
    copyId->setObjectName(QStringLiteral("copyClientIdButton"));
    idLayout->addWidget(m_clientId, 1);
    idLayout->addWidget(copyId);
    form->addRow(tr("Client ID:"), idRow);

    auto *secretLayout = new QVBoxLayout(m_secretBox);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    auto *secretRow = new QHBoxLayout;
    m_secret->setObjectName(QStringLiteral("shownSecret"));
    m_secret->setReadOnly(true);
    m_secret->setAccessibleName(tr("Client secret, shown once"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_secret->setFont(mono);
    auto *copySecret = new QPushButton(
        QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy &secret"), m_secretBox);
    copySecret->setObjectName(QStringLiteral("copySecretButton"));
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(copySecret);
    secretLayout->addLayout(secretRow);
    auto *note
        = new QLabel(tr("This is the only time OAuthDesk shows the secret without being asked. "
                        "It is kept in the system keychain (service %1), never in OAuthDesk's "
                        "data file; <b>Reveal secret</b> in the client's details shows it again.")
                         .arg(m_wizard->workspace().keychainService()),
            m_secretBox);
    note->setObjectName(QStringLiteral("secretNote"));
    note->setWordWrap(true);
    secretLayout->addWidget(note);
    form->addRow(tr("Client secret:"), m_secretBox);

    m_copied->setObjectName(QStringLiteral("copiedNote"));
    m_registration = new QLabel(this);
    m_registration->setObjectName(QStringLiteral("registrationReport"));
    m_registration->setWordWrap(true);
    m_registration->setTextFormat(Qt::RichText);
    m_registration->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *root = new QVBoxLayout(this);
    root->addWidget(m_headline);
    root->addLayout(form);
    root->addWidget(m_registration);
    m_exchanges = new ExchangeView(this);
    m_exchanges->setObjectName(QStringLiteral("doneExchange"));
    root->addWidget(m_exchanges);
    root->addWidget(m_copied);
    root->addStretch(1);

    connect(copyId, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_clientId->text());
        m_copied->setText(tr("Client ID copied"));
    });
    connect(copySecret, &QPushButton::clicked, this, [this] {
        copySecretToClipboard(m_secret->text());
        m_copied->setText(tr("Secret copied; the clipboard is cleared in 30 seconds"));
    });
}

void DonePage::initializePage()
{
    const OAuthClient &c = m_wizard->draft().client;
    const auto &outcome = m_wizard->registrationOutcome();
    const Environment *env = m_wizard->environment();
    const QString envName = env ? env->name.toHtmlEscaped() : QString();
    if (outcome && outcome->client) {
        m_headline->setText(m_wizard->isEditing()
                ? tr("<b>Client \"%1\" updated at %2</b> and saved here.")
                      .arg(c.name.toHtmlEscaped(), envName)
                : (usesClientSecret(c.authMethod)
                        ? tr(
                            "<b>Client \"%1\" registered at %2.</b> The authorization server issued this client "
                            "ID and secret; hand them to the team that runs the client.")
                        : tr(
                            "<b>Client \"%1\" registered at %2.</b> The authorization server issued this client "
                            "ID; hand it to the team that runs the client."))
                      .arg(c.name.toHtmlEscaped(), envName));
        QString report;
        if (c.clientIdIssuedAt) {
            report
                += tr("Issued %1. ").arg(timeformat::dateTime(*c.clientIdIssuedAt).toHtmlEscaped());
        }
        if (!c.registrationClientUri.isEmpty()) {
            report += tr(
                "Managed at <code>%1</code> with a registration access token kept in the keychain.")
                          .arg(c.registrationClientUri.toString().toHtmlEscaped());
        }
        if (outcome->differences.isEmpty()) {
            report += QStringLiteral("<p>")
                + tr("✔ The authorization server granted exactly what was asked.")
                + QStringLiteral("</p>");
        } else {
            report += QStringLiteral("<p><b>")
                + tr("The authorization server granted something different:")
                + QStringLiteral("</b><ul>");
            for (const auto &d : outcome->differences)
                report += QStringLiteral("<li>") + d.text.toHtmlEscaped() + QStringLiteral("</li>");
            report += QStringLiteral("</ul>") + tr("OAuthDesk saved what the AS granted.")
                + QStringLiteral("</p>");
        }
        for (const QString &w : outcome->warnings)
            report += QStringLiteral("<p style='color:%1'>")
                          .arg(tones::css(tones::Tone::Bad, palette()))
                + w.toHtmlEscaped() + QStringLiteral("</p>");
        m_registration->setText(report);
        m_registration->show();
        m_exchanges->setExchanges(outcome->exchanges);
    } else {
        m_registration->hide();
        m_exchanges->setExchanges({});
        m_headline->setText(m_wizard->isEditing()
                ? tr("<b>Client \"%1\" saved.</b>").arg(c.name.toHtmlEscaped())
                : usesClientSecret(c.authMethod)
                ? tr("<b>Client \"%1\" recorded.</b> Hand the client ID and secret "
                     "to the team that runs it.")
                      .arg(c.name.toHtmlEscaped())
                : tr("<b>Client \"%1\" recorded.</b> Hand the client ID to the team "
                     "that runs it.")
                      .arg(c.name.toHtmlEscaped()));
    }
    m_clientId->setText(c.clientId);
    const SecretBytes secret = m_wizard->takeSecretToShow();
    m_form->setRowVisible(m_secretBox, !secret.isEmpty()); // label and all
    m_secret->setText(secret.toUtf8String());
    m_secret->setCursorPosition(0); // show the start; a long secret scrolls
}

} // namespace oauthdesk
