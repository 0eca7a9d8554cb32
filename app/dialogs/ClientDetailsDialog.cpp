// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ClientDetailsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace oauthdesk {

ClientDetailsDialog::ClientDetailsDialog(const OAuthClient &c, const QString &applicationName,
                                         const QString &environmentName, QWidget *parent)
    : QDialog(parent)
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
    connect(copy, &QPushButton::clicked, this, [this, id = c.clientId] { Q_EMIT copyClientIdRequested(id); });

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
    addValue(tr("PKCE:"), c.pkce == PkcePolicy::Required ? tr("Required") : tr("Optional"), QStringLiteral("detailPkce"));
    addValue(tr("Client authentication:"), toWire(c.authMethod) + QStringLiteral(" — ") + displayName(c.authMethod),
             QStringLiteral("detailAuthMethod"));
    addValue(tr("Redirect URIs:"), c.redirectUris.join(QLatin1Char('\n')), QStringLiteral("detailRedirects"));
    addValue(tr("Post-logout redirect URIs:"), c.postLogoutRedirectUris.join(QLatin1Char('\n')),
             QStringLiteral("detailPostLogout"));
    addValue(tr("Scopes:"), c.scopes.join(QLatin1Char(' ')), QStringLiteral("detailScopes"));
    addValue(tr("Access token lifetime:"), tr("%1 s").arg(c.accessTokenLifetimeSeconds),
             QStringLiteral("detailAccessLifetime"));
    addValue(tr("Refresh token lifetime:"),
             c.refreshTokenLifetimeSeconds ? tr("%1 s").arg(*c.refreshTokenLifetimeSeconds) : QString(),
             QStringLiteral("detailRefreshLifetime"));
    addValue(tr("Status:"), displayName(c.status), QStringLiteral("detailStatus"));
    addValue(tr("Created:"), QLocale().toString(c.createdAt.toLocalTime(), QLocale::LongFormat),
             QStringLiteral("detailCreated"));
    addValue(tr("Updated:"), QLocale().toString(c.updatedAt.toLocalTime(), QLocale::LongFormat),
             QStringLiteral("detailUpdated"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *root = new QVBoxLayout(this);
    root->addLayout(form);
    root->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace oauthdesk
