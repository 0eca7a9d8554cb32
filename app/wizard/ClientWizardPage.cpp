// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ClientWizardPage.h"

#include "widgets/FieldProblems.h"
#include "wizard/ClientWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace oauthdesk {

ClientWizardPage::ClientWizardPage(ClientWizard *wizard, QList<QLatin1String> pageFields)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_fields(std::move(pageFields))
    , m_problems(std::make_unique<FieldProblems>())
{ }

ClientWizardPage::~ClientWizardPage() = default;

ClientDraft &ClientWizardPage::draft() const
{
    return m_wizard->draft();
}

void ClientWizardPage::addRow(
    QFormLayout *form, const QString &label, QWidget *field, QLatin1String problemField)
{
    auto *box = new QWidget(this);
    // Never taller than its content: the label stays level with the field, the page's slack
    // goes below the form.
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    QLabel *problem = FieldProblems::makeLabel(QString(problemField), box);
    v->addWidget(problem);
    auto *buddy = new QLabel(label, this);
    buddy->setBuddy(field);
    form->addRow(buddy, box);
    m_problems->bind(QString(problemField), field, problem);
}

void ClientWizardPage::alsoShow(QLatin1String field, QWidget *widget, QLatin1String besideField)
{
    m_problems->bind(QString(field), widget,
        findChild<QLabel *>(QString(besideField) + QStringLiteral("Problem")));
}

bool ClientWizardPage::isComplete() const
{
    return m_wizard->problemsFor(m_fields).isEmpty() && extraProblems().isEmpty();
}

void ClientWizardPage::changed()
{
    m_touched = true;
    refresh();
}

void ClientWizardPage::refresh()
{
    // An edited client has nothing to type first: what stops Next is said at once.
    if (m_touched || draft().client.id != 0) {
        Problems all = m_wizard->problemsFor(m_fields);
        all += extraProblems();
        // Marking a field moves focus to it; keep the admin's cursor where it is while typing.
        QWidget *focus = focusWidget();
        m_problems->show(all);
        if (focus)
            focus->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT completeChanged();
}

} // namespace oauthdesk
