// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

namespace oauthdesk::cli {

QList<CommandSpec> radarCommands()
{
    return {};
}

} // namespace oauthdesk::cli
