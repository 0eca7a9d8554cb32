// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QList>

namespace oauthdesk::cli {

/// Every command of oauthdesk-cli, in the order --help and the man page list them.
[[nodiscard]] const QList<CommandSpec> &commandTable();

// Each group's commands, defined next to their handlers.
[[nodiscard]] QList<CommandSpec> applicationCommands();
[[nodiscard]] QList<CommandSpec> environmentCommands();
[[nodiscard]] QList<CommandSpec> clientCommands();
[[nodiscard]] QList<CommandSpec> registrationCommands();
[[nodiscard]] QList<CommandSpec> certificateCommands();
[[nodiscard]] QList<CommandSpec> tokenCommands();
[[nodiscard]] QList<CommandSpec> tokenActionCommands();
// Issue 15: the operations no portal has.
[[nodiscard]] QList<CommandSpec> doctorCommands();
[[nodiscard]] QList<CommandSpec> radarCommands();
[[nodiscard]] QList<CommandSpec> promotionCommands();
[[nodiscard]] QList<CommandSpec> rotationCommands();
[[nodiscard]] QList<CommandSpec> bindingCommands();
[[nodiscard]] QList<CommandSpec> handoffCommands();

/// The --yes option of commands that delete.
[[nodiscard]] OptionSpec yesOption();

/// --help output: for @p command, for the commands of @p group, or (both empty) for everything.
[[nodiscard]] QString helpText(const CommandSpec *command, const QString &group = {});
/// The manual page, in roff (man(7)), from the same table.
[[nodiscard]] QString manPage();

} // namespace oauthdesk::cli
