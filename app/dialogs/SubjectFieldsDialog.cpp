// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/SubjectFieldsDialog.h"

#include "widgets/Tones.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oauthdesk {

SubjectFieldsDialog::SubjectFieldsDialog(
    const QString &title, const QString &actionText, CertificatePurpose purpose, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("subjectFieldsDialog"));
    setWindowTitle(title);
    auto *form = new QFormLayout;
    auto addLine = [&](const QString &label, const QString &accessible, const char *name,
                       const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(edit);
        form->addRow(buddy, edit);
        return edit;
    };
    m_commonName = addLine(tr("Common &name (CN):"), tr("Common name"), "subjectCommonName",
        tr("required, e.g. payments-client"));
    m_organisation
        = addLine(tr("&Organisation (O):"), tr("Organisation"), "subjectOrganisation", QString());
    m_unit = addLine(tr("Organisational &unit (OU):"), tr("Organisational unit"),
        "subjectOrganisationalUnit", QString());
    m_country
        = addLine(tr("&Country (C):"), tr("Country"), "subjectCountry", tr("two letters, e.g. DE"));
    m_country->setMaxLength(2);
    m_organisationId = addLine(tr("Organisation &identifier:"), tr("Organisation identifier"),
        "subjectOrganisationIdentifier", tr("e.g. PSDGB-FCA-123456"));
    m_serialNumber = addLine(tr("&Serial number:"), tr("Serial number"), "subjectSerialNumber",
        tr("e.g. a software ID"));
    if (purpose == CertificatePurpose::Transport) {
        m_altNames = new QPlainTextEdit(this);
        m_altNames->setObjectName(QStringLiteral("subjectAltNames"));
        m_altNames->setAccessibleName(tr("Subject alternative names"));
        m_altNames->setPlaceholderText(tr("One per line: DNS names, IP addresses or URIs"));
        m_altNames->setTabChangesFocus(true);
        auto *buddy = new QLabel(tr("Subject &alternative names:"), this);
        buddy->setBuddy(m_altNames);
        form->addRow(buddy, m_altNames);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("subjectProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(tones::labelStyle(tones::Tone::Bad, palette()));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *ok = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("subjectOkButton"));
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("subjectCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SubjectFieldsDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *root = new QVBoxLayout(this);
    root->addLayout(form);
    root->addWidget(m_problem);
    root->addWidget(buttons);
}

void SubjectFieldsDialog::parseSubjectAltNames(const QString &text, SubjectFields &into)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (QHostAddress address; address.setAddress(line))
            into.ipAddresses.append(line);
        else if (line.contains(QStringLiteral("://")))
            into.uris.append(line);
        else
            into.dnsNames.append(line);
    }
}

SubjectFields SubjectFieldsDialog::fields() const
{
    SubjectFields f;
    f.commonName = m_commonName->text().trimmed();
    f.organisation = m_organisation->text().trimmed();
    f.organisationalUnit = m_unit->text().trimmed();
    f.country = m_country->text().trimmed().toUpper();
    f.organisationIdentifier = m_organisationId->text().trimmed();
    f.serialNumber = m_serialNumber->text().trimmed();
    if (m_altNames)
        parseSubjectAltNames(m_altNames->toPlainText(), f);
    return f;
}

void SubjectFieldsDialog::tryAccept()
{
    const Result<void> valid = validateSubjectFields(fields());
    if (!valid) {
        m_problem->setText(valid.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    accept();
}

} // namespace oauthdesk
