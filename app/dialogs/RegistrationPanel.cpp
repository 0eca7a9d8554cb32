// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RegistrationPanel.h"

#include "policy/Validation.h"
#include "usecases/Workspace.h"
#include "widgets/SecretClipboard.h"
#include "widgets/TimeFormat.h"
#include "widgets/Tones.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace oauthdesk {

RegistrationPanel::RegistrationPanel(
    Workspace &workspace, Environment environment, OAuthClient client, QWidget *parent)
    : QGroupBox(tr("At the authorization server (RFC 7592)"), parent)
    , m_workspace(workspace)
    , m_env(std::move(environment))
    , m_client(std::move(client))
    , m_summary(new QLabel(this))
    , m_result(new QLabel(this))
    , m_newSecret(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("Re&fresh from AS"), this))
    , m_rotate(new QPushButton(tr("Ask AS for a &new secret"), this))
    , m_delete(new QPushButton(tr("&Delete at AS…"), this))
    , m_exchange(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("registrationPanel"));
    m_summary->setObjectName(QStringLiteral("registrationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString summary = tr("Registered at %1 by OAuthDesk").arg(m_env.name.toHtmlEscaped());
    if (m_client.clientIdIssuedAt)
        summary += tr(" on %1").arg(timeformat::dateTimeShort(*m_client.clientIdIssuedAt));
    summary += tr(
        ". Managed at <code>%1</code>; the registration access token is in the keychain. To change the "
        "registration, edit the client: Review offers to update it at the AS.")
                   .arg(m_client.registrationClientUri.toString().toHtmlEscaped());
    m_summary->setText(summary);

    m_refresh->setObjectName(QStringLiteral("refreshRegistrationButton"));
    m_refresh->setToolTip(
        tr("Read the client's registration at the AS (GET) and take its values here"));
    m_rotate->setObjectName(QStringLiteral("rotateAtAsButton"));
    m_rotate->setToolTip(tr(
        "Send the registration without the current secret (PUT): an AS that supports it issues a new one"));
    m_rotate->setVisible(usesClientSecret(m_client.authMethod));
    m_delete->setObjectName(QStringLiteral("deleteAtAsButton"));
    m_delete->setStyleSheet(tones::labelStyle(tones::Tone::Bad, palette()));

    m_result->setObjectName(QStringLiteral("registrationResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    m_newSecret->setObjectName(QStringLiteral("newSecretFromAs"));
    m_newSecret->setReadOnly(true);
    m_newSecret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_newSecret->setAccessibleName(tr("New client secret from the AS, shown once"));
    m_newSecret->hide();
    m_copyNewSecret
        = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy secret"), this);
    m_copyNewSecret->setObjectName(QStringLiteral("copyNewSecretFromAs"));
    m_copyNewSecret->hide();
    connect(m_copyNewSecret, &QPushButton::clicked, this, [this] {
        copySecretToClipboard(m_newSecret->text());
        report(tr("Secret copied; the clipboard is cleared in 30 seconds."), false);
    });

    m_exchange->setObjectName(QStringLiteral("registrationExchange"));
    m_exchange->setReadOnly(true);
    m_exchange->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_exchange->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_exchange->setMinimumHeight(140);
    m_exchange->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_rotate);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto *root = new QVBoxLayout(this);
    root->addWidget(m_summary);
    root->addLayout(buttons);
    root->addWidget(m_result);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_newSecret, 1);
    secretRow->addWidget(m_copyNewSecret);
    root->addLayout(secretRow);
    root->addWidget(m_exchange, 1);

    connect(m_refresh, &QPushButton::clicked, this, &RegistrationPanel::refreshFromAs);
    connect(m_rotate, &QPushButton::clicked, this, &RegistrationPanel::rotateAtAs);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete at the authorization server"),
            tr("Delete client \"%1\" (%2) at %3, and here?\n\nApplications using it stop getting "
               "tokens at once. This cannot be undone.")
                .arg(m_client.name, m_client.clientId, m_env.name),
            QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("confirmDeleteAtAs"));
        auto *yes = box->addButton(tr("Delete at AS"), QMessageBox::DestructiveRole);
        yes->setObjectName(QStringLiteral("confirmButton"));
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, yes] {
            if (box->clickedButton() == yes)
                deleteAtAs();
        });
        box->open();
    });
}

void RegistrationPanel::setBusy(bool busy, const QString &what)
{
    m_refresh->setEnabled(!busy);
    m_rotate->setEnabled(!busy);
    m_delete->setEnabled(!busy);
    if (busy)
        report(what.toHtmlEscaped(), false);
}

void RegistrationPanel::report(const QString &html, bool error)
{
    m_result->setStyleSheet(error ? tones::labelStyle(tones::Tone::Bad, palette()) : QString());
    m_result->setText(html);
    m_result->setVisible(!html.isEmpty());
}

void RegistrationPanel::showExchanges(const QList<HttpExchange> &exchanges)
{
    QStringList parts;
    for (const HttpExchange &ex : exchanges) {
        parts.append(ex.requestText());
        parts.append(ex.responseText());
    }
    m_exchange->setPlainText(parts.join(QStringLiteral("\n\n")));
    m_exchange->setVisible(!parts.isEmpty());
    // Grow the dialog for the exchange instead of squeezing the details above it.
    QWidget *top = window();
    const int want = top->sizeHint().height();
    if (top->height() < want) {
        const int room = top->screen() ? top->screen()->availableGeometry().height() - 60 : want;
        top->resize(top->width(), std::min(want, room));
    }
}

void RegistrationPanel::showOutcome(const RegistrationOutcome &o, const QString &success)
{
    showExchanges(o.exchanges);
    if (!o.client) {
        QString html = o.client.error().message.toHtmlEscaped();
        if (!o.client.error().detail.isEmpty())
            html += QStringLiteral("<br><small>") + o.client.error().detail.toHtmlEscaped()
                + QStringLiteral("</small>");
        report(html, true);
        return;
    }
    m_client = *o.client;
    QString html = QStringLiteral("✔ ") + success.toHtmlEscaped();
    if (!o.differences.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const auto &d : o.differences)
            html += QStringLiteral("<li>") + d.text.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    for (const QString &w : o.warnings)
        html += QStringLiteral("<p style='color:%1'>")
                    .arg(tones::css(tones::Tone::Warning, palette()))
            + w.toHtmlEscaped() + QStringLiteral("</p>");
    report(html, false);
    Q_EMIT clientUpdated(m_client);
}

void RegistrationPanel::refreshFromAs()
{
    setBusy(true, tr("Reading the registration at %1…").arg(m_env.name));
    m_workspace.registrations()
        .refresh(m_env, m_client)
        .then(this, [this](Result<RegistrationOutcome> answered_) {
            RegistrationOutcome o = outcomeOrError(std::move(answered_));
            setBusy(false);
            showOutcome(o,
                o.differences.isEmpty()
                    ? tr("The AS has the same registration as OAuthDesk.")
                    : tr("The AS's registration differs; OAuthDesk now holds the AS's values:"));
            Q_EMIT answered(bool(o.client));
        });
}

void RegistrationPanel::rotateAtAs()
{
    setBusy(true, tr("Asking %1 for a new client secret…").arg(m_env.name));
    m_newSecret->clear();
    m_newSecret->hide();
    m_workspace.registrations()
        .rotateSecret(m_env, m_client)
        .then(this, [this](Result<RegistrationOutcome> answered_) {
            RegistrationOutcome o = outcomeOrError(std::move(answered_));
            setBusy(false);
            showOutcome(o,
                o.secretChanged
                    ? tr("The AS issued a new client secret; it is in the keychain. Shown once:")
                    : tr("The registration was sent."));
            if (o.client && o.secretChanged && o.clientSecret) {
                m_newSecret->setText(o.clientSecret->toUtf8String());
                m_newSecret->show();
                m_copyNewSecret->show();
                // Like a revealed secret: gone again after 30 seconds (it stays in the keychain).
                QTimer::singleShot(30000, this, [this] {
                    m_newSecret->clear();
                    m_newSecret->hide();
                    m_copyNewSecret->hide();
                });
            }
            Q_EMIT answered(bool(o.client));
        });
}

void RegistrationPanel::deleteAtAs()
{
    setBusy(true, tr("Deleting the client at %1…").arg(m_env.name));
    m_workspace.registrations()
        .deleteAtAs(m_env, m_client)
        .then(this, [this](Result<DeletionOutcome> answered_) {
            const DeletionOutcome outcome = outcomeOrError(std::move(answered_));
            const Result<void> &r = outcome.result;
            const QList<HttpExchange> &exchanges = outcome.exchanges;
            setBusy(false);
            showExchanges(exchanges);
            if (!r) {
                report(r.error().message.toHtmlEscaped(), true);
                Q_EMIT answered(false);
                return;
            }
            report(tr("✔ Deleted at %1 and here.").arg(m_env.name.toHtmlEscaped()), false);
            m_refresh->setEnabled(false);
            m_rotate->setEnabled(false);
            m_delete->setEnabled(false);
            Q_EMIT clientDeleted(m_client.id);
            Q_EMIT answered(true);
        });
}

} // namespace oauthdesk
