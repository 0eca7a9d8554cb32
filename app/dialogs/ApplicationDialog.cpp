// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ApplicationDialog.h"

#include "policy/Validation.h"
#include "widgets/FieldProblems.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oauthdesk {

ApplicationDialog::ApplicationDialog(Application app, QWidget *parent)
    : QDialog(parent)
    , m_app(std::move(app))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_organisationId(new QLineEdit(this))
    , m_problems(std::make_unique<FieldProblems>())
{
    setObjectName(QStringLiteral("applicationDialog"));
    setWindowTitle(m_app.id == 0 ? tr("New application") : tr("Edit application"));
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("applicationName"));
    m_name->setAccessibleName(tr("Application name"));
    m_name->setPlaceholderText(tr("A name you will recognise, e.g. Card issuing back office"));
    m_name->setText(m_app.name);
    auto *nameBox = new QWidget(this);
    auto *nameLayout = new QVBoxLayout(nameBox);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    nameLayout->addWidget(m_name);
    QLabel *nameProblem = FieldProblems::makeLabel(QString(fields::name), nameBox);
    nameLayout->addWidget(nameProblem);
    m_problems->bind(QString(fields::name), m_name, nameProblem);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameBox);

    m_description->setObjectName(QStringLiteral("applicationDescription"));
    m_description->setAccessibleName(tr("Application description"));
    m_description->setPlainText(m_app.description);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    auto *descLabel = new QLabel(tr("&Description:"), this);
    descLabel->setBuddy(m_description);
    form->addRow(descLabel, m_description);

    m_organisationId->setObjectName(QStringLiteral("organisationId"));
    m_organisationId->setAccessibleName(tr("Organisation ID"));
    m_organisationId->setPlaceholderText(tr("optional"));
    m_organisationId->setText(m_app.organisationId);
    auto *orgLabel = new QLabel(tr("&Organisation ID:"), this);
    orgLabel->setBuddy(m_organisationId);
    form->addRow(orgLabel, m_organisationId);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(m_app.id == 0 ? tr("&Create application") : tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ApplicationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *root = new QVBoxLayout(this);
    root->addLayout(form);
    root->addWidget(buttons);
    resize(480, sizeHint().height());
}

ApplicationDialog::~ApplicationDialog() = default;

Application ApplicationDialog::application() const
{
    Application a = m_app;
    a.name = m_name->text().trimmed();
    a.description = m_description->toPlainText().trimmed();
    a.organisationId = m_organisationId->text().trimmed();
    return a;
}

void ApplicationDialog::accept()
{
    if (m_problems->show(validateApplication(application())))
        QDialog::accept();
}

} // namespace oauthdesk
