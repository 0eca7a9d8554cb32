// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/TokenPage.h"

#include "wizard/ClientWizard.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace oauthdesk {

namespace {
QSpinBox *secondsBox(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    // Wider than the rules on purpose: lib/policy explains a value out of bounds; a spin box
    // that silently clamps would not.
    box->setRange(1, 10 * 365 * 86400);
    box->setSuffix(QStringLiteral(" s"));
    box->setGroupSeparatorShown(true);
    box->setAccelerated(true);
    return box;
}
} // namespace

QString TokenPage::humanDuration(int seconds)
{
    if (seconds % 86400 == 0 && seconds >= 86400)
        return tr("%n day(s)", nullptr, seconds / 86400);
    QStringList parts;
    if (seconds >= 3600)
        parts.append(tr("%1 h").arg(seconds / 3600));
    if (seconds % 3600 >= 60)
        parts.append(tr("%1 min").arg(seconds % 3600 / 60));
    if (seconds % 60 || parts.isEmpty())
        parts.append(tr("%1 s").arg(seconds % 60));
    return parts.join(QLatin1Char(' '));
}

TokenPage::TokenPage(ClientWizard *wizard)
    : ClientWizardPage(wizard, { fields::accessTokenLifetime, fields::refreshTokenLifetime })
    , m_access(secondsBox(
          QStringLiteral("accessTokenLifetime"), tr("Access token lifetime in seconds"), this))
    , m_accessHuman(new QLabel(this))
    , m_refresh(secondsBox(
          QStringLiteral("refreshTokenLifetime"), tr("Refresh token lifetime in seconds"), this))
    , m_refreshHuman(new QLabel(this))
{
    setObjectName(QStringLiteral("tokenPage"));
    setTitle(tr("Token configuration"));
    setSubTitle(tr("Shorter lifetimes are safer, because a leaked token is useful for less time; "
                   "longer ones mean fewer token requests and re-authentications."));
    auto *form = new QFormLayout;

    auto *accessRow = new QWidget(this);
    auto *a = new QHBoxLayout(accessRow);
    a->setContentsMargins(0, 0, 0, 0);
    a->addWidget(m_access);
    m_accessHuman->setObjectName(QStringLiteral("accessTokenLifetimeHuman"));
    a->addWidget(m_accessHuman, 1);
    addRow(form, tr("&Access token lifetime:"), accessRow, fields::accessTokenLifetime);
    alsoShow(fields::accessTokenLifetime, m_access, fields::accessTokenLifetime);

    auto *refreshRow = new QWidget(this);
    auto *r = new QHBoxLayout(refreshRow);
    r->setContentsMargins(0, 0, 0, 0);
    r->addWidget(m_refresh);
    m_refreshHuman->setObjectName(QStringLiteral("refreshTokenLifetimeHuman"));
    r->addWidget(m_refreshHuman, 1);
    addRow(form, tr("&Refresh token lifetime:"), refreshRow, fields::refreshTokenLifetime);
    alsoShow(fields::refreshTokenLifetime, m_refresh, fields::refreshTokenLifetime);
    m_refreshRow = form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole)->widget();
    m_refreshLabel = qobject_cast<QLabel *>(
        form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget());

    auto *bounds = new QLabel(tr("Access tokens: 1 minute to 24 hours (default 1 hour). Refresh "
                                 "tokens: 5 minutes to 90 days, and longer than the access token."),
        this);
    bounds->setWordWrap(true);
    bounds->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(bounds);
    auto *root = new QVBoxLayout(this);
    root->addLayout(form);
    root->addStretch(1);

    connect(m_access, &QSpinBox::valueChanged, this, [this] {
        storeToDraft();
        changed();
    });
    connect(m_refresh, &QSpinBox::valueChanged, this, [this] {
        storeToDraft();
        changed();
    });
}

void TokenPage::initializePage()
{
    const OAuthClient &c = draft().client;
    const QSignalBlocker b1(m_access), b2(m_refresh);
    m_access->setValue(c.accessTokenLifetimeSeconds);
    const bool hasRefresh = c.grantTypes.contains(GrantType::RefreshToken);
    m_refreshRow->setVisible(hasRefresh);
    m_refreshLabel->setVisible(hasRefresh);
    m_refresh->setValue(c.refreshTokenLifetimeSeconds.value_or(LifetimeBounds::refreshDefault));
    storeToDraft();
    refresh();
}

void TokenPage::storeToDraft()
{
    OAuthClient &c = draft().client;
    c.accessTokenLifetimeSeconds = m_access->value();
    if (c.grantTypes.contains(GrantType::RefreshToken))
        c.refreshTokenLifetimeSeconds = m_refresh->value();
    else
        c.refreshTokenLifetimeSeconds.reset();
    m_accessHuman->setText(humanDuration(m_access->value()));
    m_refreshHuman->setText(humanDuration(m_refresh->value()));
}

} // namespace oauthdesk
