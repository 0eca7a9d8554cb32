// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/OAuthClient.h"

#include <QDialog>

namespace oauthdesk {

/// Read-only view of everything recorded for a client (secrets are not in the store, so
/// they are not here either).
class ClientDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientDetailsDialog)

public:
    ClientDetailsDialog(const OAuthClient &client, const QString &applicationName,
                        const QString &environmentName, QWidget *parent = nullptr);

Q_SIGNALS:
    void copyClientIdRequested(const QString &clientId);
};

} // namespace oauthdesk
