// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace oauthdesk::cli {

/// The one translation context of oauthdesk-cli's text, "oauthdesk::Cli" (README "Translations"):
/// CliText::tr() in every file of app/cli.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Cli)
};

} // namespace oauthdesk::cli
