// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

namespace oauthdesk::cli {

QList<CommandSpec> promotionCommands()
{
    return {};
}

} // namespace oauthdesk::cli
