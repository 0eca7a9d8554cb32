// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/BasicInfoPage.h"

#include "dialogs/EnvironmentsDialog.h"
#include "policy/ApplicationTypePreset.h"
#include "usecases/Workspace.h"
#include "wizard/ClientWizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

namespace oauthdesk {

BasicInfoPage::BasicInfoPage(ClientWizard *wizard)
    : ClientWizardPage(wizard, { fields::name, fields::applicationId, fields::newApplicationName })
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_application(new QComboBox(this))
    , m_newApplication(new QToolButton(this))
    , m_newApplicationName(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_types(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("basicInfoPage"));
    setTitle(tr("Basic information"));
    setSubTitle(tr("Name the client, say which application it belongs to, and what kind of "
                   "application it is: the type decides the recommended security settings."));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name->setObjectName(QStringLiteral("clientName"));
    m_name->setAccessibleName(tr("Client name"));
    m_name->setPlaceholderText(tr("e.g. billing-service"));
    registerField(QString::fromLatin1(wizardfields::clientName) + QLatin1Char('*'), m_name);
    addRow(form, tr("Client &name:"), m_name, fields::name);

    m_description->setObjectName(QStringLiteral("clientDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(54);
    auto *descLabel = new QLabel(tr("&Description:"), this);
    descLabel->setBuddy(m_description);
    form->addRow(descLabel, m_description);

    auto *appRow = new QWidget(this);
    auto *appLayout = new QHBoxLayout(appRow);
    appLayout->setContentsMargins(0, 0, 0, 0);
    m_application->setObjectName(QStringLiteral("application"));
    m_application->setAccessibleName(tr("Application"));
    for (const auto &a : wizard->applications())
        m_application->addItem(a.name, a.id);
    m_newApplication->setObjectName(QStringLiteral("newApplicationToggle"));
    m_newApplication->setText(tr("New application…"));
    m_newApplication->setCheckable(true);
    m_newApplicationName->setObjectName(QStringLiteral("newApplicationName"));
    m_newApplicationName->setAccessibleName(tr("New application name"));
    m_newApplicationName->setPlaceholderText(tr("name of the new application"));
    appLayout->addWidget(m_application, 1);
    appLayout->addWidget(m_newApplicationName, 1);
    appLayout->addWidget(m_newApplication);
    addRow(form, tr("&Application:"), appRow, fields::applicationId);
    alsoShow(fields::newApplicationName, m_newApplicationName, fields::applicationId);

    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->setAccessibleName(tr("Environment"));
    fillEnvironments();
    auto *envRow = new QWidget(this);
    auto *envLayout = new QHBoxLayout(envRow);
    envLayout->setContentsMargins(0, 0, 0, 0);
    auto *newEnvironment = new QPushButton(tr("New en&vironment…"), envRow);
    newEnvironment->setObjectName(QStringLiteral("newEnvironmentButton"));
    newEnvironment->setToolTip(
        tr("Add an authorization server and API without leaving the wizard"));
    envLayout->addWidget(m_environment, 1);
    envLayout->addWidget(newEnvironment);
    auto *envLabel = new QLabel(tr("&Environment:"), this);
    envLabel->setBuddy(m_environment);
    form->addRow(envLabel, envRow);
    connect(newEnvironment, &QPushButton::clicked, this, &BasicInfoPage::openNewEnvironment);
    connect(wizard, &ClientWizard::environmentsReloaded, this, [this] {
        const QSignalBlocker block(m_environment);
        fillEnvironments();
        m_environment->setCurrentIndex(
            std::max(0, m_environment->findData(draft().client.environmentId.value_or(0))));
        storeToDraft();
    });

    auto *typesBox = new QWidget(this);
    typesBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    auto *typesLayout = new QVBoxLayout(typesBox);
    typesLayout->setContentsMargins(0, 0, 0, 0);
    typesLayout->setSpacing(1);
    for (const auto &preset : allPresets()) {
        auto *rb = new QRadioButton(displayName(preset.type), typesBox);
        rb->setObjectName(QStringLiteral("type_") + toWire(preset.type));
        auto *hint = new QLabel(preset.whenToPick, typesBox);
        hint->setObjectName(QStringLiteral("typeHint_") + toWire(preset.type));
        hint->setIndent(24);
        hint->setWordWrap(true);
        QFont f = hint->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        hint->setFont(f);
        hint->setForegroundRole(QPalette::PlaceholderText);
        rb->setAccessibleDescription(preset.whenToPick);
        typesLayout->addWidget(rb);
        typesLayout->addWidget(hint);
        m_types->addButton(rb, int(preset.type));
        m_typeButtons.insert(preset.type, rb);
    }
    auto *typeLabel = new QLabel(tr("Application &type:"), this);
    typeLabel->setBuddy(m_typeButtons.first());
    form->addRow(typeLabel, typesBox);
    auto *root = new QVBoxLayout(this);
    root->addLayout(form);
    root->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        storeToDraft();
        changed();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { storeToDraft(); });
    connect(m_application, &QComboBox::currentIndexChanged, this, [this] {
        storeToDraft();
        changed();
    });
    connect(m_newApplicationName, &QLineEdit::textChanged, this, [this] {
        storeToDraft();
        changed();
    });
    connect(m_newApplication, &QToolButton::toggled, this, [this](bool on) {
        m_application->setVisible(!on);
        m_newApplicationName->setVisible(on);
        if (on)
            m_newApplicationName->setFocus();
        storeToDraft();
        changed();
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] { storeToDraft(); });
    connect(m_types, &QButtonGroup::idClicked, this, [this] {
        m_typeChangeConfirmed = false;
        changed();
    });
}

void BasicInfoPage::initializePage()
{
    const ClientDraft &d = draft();
    const QSignalBlocker b1(m_name), b2(m_description), b3(m_application), b4(m_newApplicationName),
        b5(m_newApplication), b6(m_environment);
    m_name->setText(d.client.name);
    m_description->setPlainText(d.client.description);
    m_application->setCurrentIndex(std::max(0, m_application->findData(d.client.applicationId)));
    m_newApplication->setChecked(d.createApplication);
    m_newApplicationName->setText(d.newApplicationName);
    m_application->setVisible(!d.createApplication);
    m_newApplicationName->setVisible(d.createApplication);
    m_environment->setCurrentIndex(
        std::max(0, m_environment->findData(d.client.environmentId.value_or(0))));
    m_typeButtons.value(d.client.applicationType)->setChecked(true);
    storeToDraft();
    refresh();
}

void BasicInfoPage::fillEnvironments()
{
    m_environment->clear();
    m_environment->addItem(tr("(none yet)"), qint64(0));
    for (const auto &e : clientWizard()->environments())
        m_environment->addItem(e.name + QStringLiteral(" — ") + e.issuer.toString(), e.id);
}

void BasicInfoPage::openNewEnvironment()
{
    QSet<qint64> before;
    for (const auto &e : clientWizard()->environments())
        before.insert(e.id);
    auto *dlg = new EnvironmentsDialog(clientWizard()->workspace(), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    // However the dialog ends, the wizard shows the environments as they are now, and picks
    // the one just added.
    connect(dlg, &QDialog::finished, this, [this, before] {
        std::optional<qint64> added;
        for (const auto &e : clientWizard()->workspace().environments().current()) {
            if (!before.contains(e.id))
                added = e.id;
        }
        clientWizard()->reloadEnvironments(added);
    });
    dlg->open();
    dlg->addEnvironment();
}

ApplicationType BasicInfoPage::chosenType() const
{
    return ApplicationType(m_types->checkedId());
}

void BasicInfoPage::storeToDraft()
{
    ClientDraft &d = draft();
    d.client.name = m_name->text().trimmed();
    d.client.description = m_description->toPlainText().trimmed();
    d.createApplication = m_newApplication->isChecked() || m_application->count() == 0;
    d.newApplicationName = m_newApplicationName->text();
    if (!d.createApplication)
        d.client.applicationId = m_application->currentData().toLongLong();
    const qint64 env = m_environment->currentData().toLongLong();
    d.client.environmentId = env > 0 ? std::optional<qint64>(env) : std::nullopt;
}

bool BasicInfoPage::validatePage()
{
    storeToDraft();
    const ApplicationType type = chosenType();
    ClientDraft &d = draft();
    if (type == d.client.applicationType)
        return true;
    if (!clientWizard()->isEditing() || m_typeChangeConfirmed) {
        clientWizard()->applyPreset(type);
        return true;
    }
    // Editing: changing the type replaces the security settings, so ask first (not modal-blocking:
    // the answer continues the wizard).
    auto *box = new QMessageBox(QMessageBox::Question, tr("Change application type"),
        tr("Change this client from %1 to %2?")
            .arg(displayName(d.client.applicationType), displayName(type)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmTypeChange"));
    box->setInformativeText(tr("The recommended configuration of a %1 (grant types, PKCE, client "
                               "authentication, redirect URIs) replaces the current one. Review "
                               "it on the next pages; nothing is saved until you submit.")
                                .arg(displayName(type)));
    auto *yes = box->addButton(tr("&Change type"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, type] {
        if (box->clickedButton() != yes) {
            m_typeButtons.value(draft().client.applicationType)->setChecked(true);
            return;
        }
        m_typeChangeConfirmed = true;
        clientWizard()->applyPreset(type);
        clientWizard()->next();
    });
    box->open();
    return false;
}

} // namespace oauthdesk
