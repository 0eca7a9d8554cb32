// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

namespace oauthdesk::cli {

QList<CommandSpec> bindingCommands()
{
    return {};
}

} // namespace oauthdesk::cli
