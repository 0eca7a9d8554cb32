// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

namespace oauthdesk::cli {

QList<CommandSpec> rotationCommands()
{
    return {};
}

} // namespace oauthdesk::cli
