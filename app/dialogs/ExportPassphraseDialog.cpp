// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ExportPassphraseDialog.h"

#include "widgets/Tones.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace oauthdesk {

ExportPassphraseDialog::ExportPassphraseDialog(Kind kind, const QString &keyName, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("exportPassphraseDialog"));
    setWindowTitle(kind == Kind::Pkcs12 ? tr("Export PKCS#12") : tr("Export private key"));
    auto *root = new QVBoxLayout(this);
    auto *warning = new QLabel(this);
    warning->setObjectName(QStringLiteral("privateKeyWarning"));
    warning->setTextFormat(Qt::PlainText);
    warning->setWordWrap(true);
    warning->setStyleSheet(tones::labelStyle(tones::Tone::Bad, palette(), true));
    warning->setText(kind == Kind::Pkcs12
            ? tr("The PKCS#12 file contains the private key of %1. Anyone with the file and "
                 "the passphrase can authenticate as this client. Keep it only where the "
                 "server that needs it can read it, and delete copies you do not need.")
                  .arg(keyName)
            : tr("The file contains the private key of %1, encrypted with the passphrase. "
                 "Anyone with the file and the passphrase can authenticate as this client.")
                  .arg(keyName));
    root->addWidget(warning);

    auto *form = new QFormLayout;
    auto addPassword = [&](const QString &label, const QString &accessible, const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(accessible);
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(edit);
        form->addRow(buddy, edit);
        return edit;
    };
    m_passphrase = addPassword(tr("&Passphrase:"), tr("Passphrase"), "passphrase");
    m_passphrase->setPlaceholderText(tr("at least %1 characters").arg(kMinimumLength));
    m_repeat = addPassword(tr("&Repeat passphrase:"), tr("Repeat passphrase"), "passphraseRepeat");
    root->addLayout(form);

    if (kind == Kind::Pkcs12) {
        m_modern = new QRadioButton(tr("&Modern (AES-256, PBKDF2-SHA256)"), this);
        m_modern->setObjectName(QStringLiteral("profileModern"));
        m_modern->setAccessibleName(tr("Modern profile"));
        m_modern->setChecked(true);
        m_compatible = new QRadioButton(tr("&Compatible (3DES, SHA-1)"), this);
        m_compatible->setObjectName(QStringLiteral("profileCompatible"));
        m_compatible->setAccessibleName(tr("Compatible profile"));
        auto *group = new QButtonGroup(this);
        group->addButton(m_modern);
        group->addButton(m_compatible);
        auto *compatibleWarning
            = new QLabel(tr("Only for older Windows servers and appliances that cannot "
                            "read AES-protected files: 3DES and SHA-1 are weak."),
                this);
        compatibleWarning->setObjectName(QStringLiteral("compatibleWarning"));
        compatibleWarning->setTextFormat(Qt::PlainText);
        compatibleWarning->setWordWrap(true);
        compatibleWarning->setStyleSheet(tones::labelStyle(tones::Tone::Warning, palette()));
        compatibleWarning->setVisible(false);
        connect(m_compatible, &QRadioButton::toggled, compatibleWarning, &QWidget::setVisible);
        root->addWidget(new QLabel(tr("Profile:"), this));
        root->addWidget(m_modern);
        root->addWidget(m_compatible);
        root->addWidget(compatibleWarning);
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("passphraseProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(tones::labelStyle(tones::Tone::Bad, palette()));
    m_problem->hide();
    root->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *ok = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("passphraseOkButton"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("passphraseCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportPassphraseDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    root->addWidget(buttons);
}

void ExportPassphraseDialog::tryAccept()
{
    QString problem;
    if (m_passphrase->text().size() < kMinimumLength)
        problem
            = tr("The passphrase is too short: use at least %1 characters.").arg(kMinimumLength);
    else if (m_passphrase->text() != m_repeat->text())
        problem = tr("The two passphrases do not match: type the same passphrase in both fields.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    m_problem->hide();
    accept();
}

SecretBytes ExportPassphraseDialog::takePassphrase()
{
    SecretBytes secret = SecretBytes::fromUtf8(m_passphrase->text());
    m_passphrase->clear();
    m_repeat->clear();
    return secret;
}

Pkcs12Profile ExportPassphraseDialog::profile() const
{
    return m_compatible && m_compatible->isChecked() ? Pkcs12Profile::Compatible
                                                     : Pkcs12Profile::Modern;
}

} // namespace oauthdesk
