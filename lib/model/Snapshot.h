// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Application.h"
#include "model/Environment.h"
#include "model/OAuthClient.h"

#include <QList>

namespace oauthdesk {

/// Everything the main window shows, read in one transaction.
struct StoreSnapshot
{
    QList<Application> applications;
    QList<Environment> environments;
    /// The list columns only (see Store::clientList()); read Store::client(id) for a whole row.
    QList<OAuthClient> clients;
};

} // namespace oauthdesk
