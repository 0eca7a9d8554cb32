// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RecordClientDialog.h"

#include "policy/ApplicationTypePreset.h"
#include "policy/Validation.h"
#include "widgets/FieldProblems.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oauthdesk {

RecordClientDialog::RecordClientDialog(OAuthClient client, const QList<Application> &applications,
                                       const QList<Environment> &environments, QWidget *parent)
    : QDialog(parent)
    , m_client(std::move(client))
    , m_problems(std::make_unique<FieldProblems>())
{
    const bool editing = m_client.id != 0;
    setObjectName(QStringLiteral("recordClientDialog"));
    setWindowTitle(editing ? tr("Edit client") : tr("Record an existing client"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const QString &label, QWidget *field, const QString &problemField,
                      QLabel **labelOut = nullptr) -> QWidget * {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        QLabel *problem = FieldProblems::makeLabel(problemField, box);
        v->addWidget(problem);
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(field);
        form->addRow(buddy, box);
        m_problems->bind(problemField, field, problem);
        if (labelOut)
            *labelOut = buddy;
        return box;
    };

    auto *intro = new QLabel(tr("Enter a client that was registered at the authorization server "
                                "by other means. Its secret is not asked for here."),
                             this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(m_client.name, this);
    m_name->setObjectName(QStringLiteral("clientName"));
    m_name->setAccessibleName(tr("Client name"));
    m_name->setPlaceholderText(tr("e.g. billing-service"));
    addRow(tr("Client &name:"), m_name, QString(fields::name));

    m_clientId = new QLineEdit(m_client.clientId, this);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setPlaceholderText(tr("as issued by the authorization server"));
    addRow(tr("Client &ID:"), m_clientId, QString(fields::clientId));

    m_application = new QComboBox(this);
    m_application->setObjectName(QStringLiteral("application"));
    m_application->setAccessibleName(tr("Application"));
    for (const auto &a : applications)
        m_application->addItem(a.name, a.id);
    m_application->setCurrentIndex(std::max(0, m_application->findData(m_client.applicationId)));
    addRow(tr("&Application:"), m_application, QString(fields::applicationId));

    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->addItem(tr("(none yet)"), qint64(0));
    for (const auto &e : environments)
        m_environment->addItem(e.name, e.id);
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(m_client.environmentId.value_or(0))));
    addRow(tr("&Environment:"), m_environment, QStringLiteral("environmentId"));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("applicationType"));
    m_type->setAccessibleName(tr("Application type"));
    for (const auto &p : allPresets())
        m_type->addItem(displayName(p.type), toWire(p.type));
    m_type->setCurrentIndex(m_type->findData(toWire(m_client.applicationType)));
    auto *typeBox = new QWidget(this);
    auto *typeLayout = new QVBoxLayout(typeBox);
    typeLayout->setContentsMargins(0, 0, 0, 0);
    typeLayout->addWidget(m_type);
    m_typeHint = new QLabel(typeBox);
    m_typeHint->setObjectName(QStringLiteral("applicationTypeHint"));
    m_typeHint->setWordWrap(true);
    m_typeHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    typeLayout->addWidget(m_typeHint);
    auto *typeLabel = new QLabel(tr("Application &type:"), this);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, typeBox);

    // Only the grants a portal offers: password and implicit are never offered (RFC 9700).
    auto *grantsBox = new QWidget(this);
    auto *grantsLayout = new QHBoxLayout(grantsBox);
    grantsLayout->setContentsMargins(0, 0, 0, 0);
    for (GrantType g : { GrantType::AuthorizationCode, GrantType::RefreshToken, GrantType::ClientCredentials }) {
        auto *cb = new QCheckBox(displayName(g), grantsBox);
        cb->setObjectName(QStringLiteral("grant_") + toWire(g));
        cb->setChecked(m_client.grantTypes.contains(g));
        grantsLayout->addWidget(cb);
        m_grants.insert(g, cb);
    }
    grantsLayout->addStretch(1);
    addRow(tr("&Grant types:"), grantsBox, QString(fields::grantTypes));
    m_grants.first()->parentWidget()->setFocusProxy(m_grants.first());

    m_redirectUris = new QPlainTextEdit(m_client.redirectUris.join(QLatin1Char('\n')), this);
    m_redirectUris->setObjectName(QStringLiteral("redirectUris"));
    m_redirectUris->setAccessibleName(tr("Redirect URIs, one per line"));
    m_redirectUris->setPlaceholderText(tr("one URL per line"));
    m_redirectUris->setTabChangesFocus(true);
    m_redirectUris->setMaximumHeight(70);
    m_redirectRow = addRow(tr("&Redirect URIs:"), m_redirectUris, QString(fields::redirectUris), &m_redirectLabel);
    m_problems->bind(QString(fields::postLogoutRedirectUris), m_redirectUris,
                     m_redirectRow->findChild<QLabel *>(QString(fields::redirectUris) + QStringLiteral("Problem")));

    m_scopes = new QLineEdit(m_client.scopes.join(QLatin1Char(' ')), this);
    m_scopes->setObjectName(QStringLiteral("scopes"));
    m_scopes->setAccessibleName(tr("Scopes, separated by spaces"));
    m_scopes->setPlaceholderText(tr("space-separated, e.g. accounts:read payments:write"));
    addRow(tr("&Scopes:"), m_scopes, QString(fields::scopes));

    auto *fallback = FieldProblems::makeLabel(QStringLiteral("other"), this);
    m_problems->setFallback(fallback);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("&Save client") : tr("&Record client"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordClientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *root = new QVBoxLayout(this);
    root->addWidget(intro);
    root->addLayout(form);
    root->addWidget(fallback);
    root->addStretch(1);
    root->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        if (auto t = fromWire<ApplicationType>(m_type->currentData().toString()))
            applyPreset(*t);
    });
    if (!editing && m_client.grantTypes.isEmpty())
        applyPreset(m_client.applicationType);
    updateTypeDependentFields();
    resize(560, sizeHint().height());
}

RecordClientDialog::~RecordClientDialog() = default;

void RecordClientDialog::applyPreset(ApplicationType type)
{
    const auto &preset = presetFor(type);
    for (auto it = m_grants.cbegin(); it != m_grants.cend(); ++it)
        it.value()->setChecked(preset.grantTypes.contains(it.key()));
    updateTypeDependentFields();
}

void RecordClientDialog::updateTypeDependentFields()
{
    const auto type = fromWire<ApplicationType>(m_type->currentData().toString()).value_or(ApplicationType::MachineToMachine);
    const auto &preset = presetFor(type);
    m_typeHint->setText(preset.whenToPick);
    const bool redirects = preset.redirectRule != RedirectRule::NoRedirects;
    m_redirectRow->setVisible(redirects);
    m_redirectLabel->setVisible(redirects);
    m_redirectUris->setToolTip(preset.redirectRuleText);
    for (auto it = m_grants.cbegin(); it != m_grants.cend(); ++it)
        it.value()->setEnabled(preset.allowedGrantTypes.contains(it.key()));
}

OAuthClient RecordClientDialog::client() const
{
    OAuthClient c = m_client;
    c.name = m_name->text().trimmed();
    c.clientId = m_clientId->text().trimmed();
    c.applicationId = m_application->currentData().toLongLong();
    const qint64 env = m_environment->currentData().toLongLong();
    c.environmentId = env > 0 ? std::optional<qint64>(env) : std::nullopt;
    const auto type = fromWire<ApplicationType>(m_type->currentData().toString()).value_or(ApplicationType::MachineToMachine);
    const auto &preset = presetFor(type);
    if (c.applicationType != type || c.id == 0) {
        // A new type brings its recommended configuration (DESIGN.md presets).
        c.pkce = preset.pkce;
        c.authMethod = preset.defaultAuthMethod;
    }
    c.applicationType = type;
    c.grantTypes.clear();
    for (auto it = m_grants.cbegin(); it != m_grants.cend(); ++it) {
        if (it.value()->isChecked() && it.value()->isEnabled())
            c.grantTypes.append(it.key());
    }
    c.redirectUris.clear();
    if (preset.redirectRule != RedirectRule::NoRedirects) {
        const auto lines = m_redirectUris->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty())
                c.redirectUris.append(line.trimmed());
        }
    } else {
        c.postLogoutRedirectUris.clear();
    }
    c.scopes = m_scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!c.grantTypes.contains(GrantType::RefreshToken))
        c.refreshTokenLifetimeSeconds.reset();
    return c;
}

void RecordClientDialog::accept()
{
    if (m_problems->show(validateClient(client())))
        QDialog::accept();
}

} // namespace oauthdesk
