// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Application.h"
#include "usecases/UseCase.h"

namespace oauthdesk {

/// Applications: the systems an organisation's clients belong to.
class Applications final : public UseCase
{
    Q_OBJECT

public:
    using UseCase::UseCase;

    [[nodiscard]] Later<QList<Application>> list();
    /// By row id or exact name (the CLI's APP argument).
    [[nodiscard]] Later<Application> find(const QString &idOrName);
    /// Creates (id 0) or renames/edits an application.
    [[nodiscard]] Later<Application> save(Application app);
    /// Deletes the application with its clients and certificates: their keychain entries
    /// (secrets, registration tokens, private keys) first; if the keychain refuses, nothing is
    /// deleted and the error says why.
    [[nodiscard]] Later<void> remove(qint64 id);
};

} // namespace oauthdesk
