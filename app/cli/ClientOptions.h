// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"
#include "model/OAuthClient.h"

#include <optional>

namespace oauthdesk::cli {

/// What the client commands (add, register, edit, registration-update) share: the options
/// that describe a client, and the draft they make of it, checked by lib/policy.

enum class ClientForm {
    Add, ///< a client registered elsewhere: NAME, --client-id required
    Register, ///< registered at the AS now (RFC 7591): the AS issues the client ID
    Edit, ///< a stored client: only what is given changes
};

/// The options of @p form, for the command table.
[[nodiscard]] QList<OptionSpec> clientOptions(ClientForm form);

/// @p base with the options of @p args applied (the application type's preset first, as the
/// wizard does, for new clients and a changed type), then checked: the problems come back as
/// one usage error whose lines name the option and say what to do.
[[nodiscard]] Result<OAuthClient> clientFromOptions(
    CliContext &ctx, const ParsedArgs &args, OAuthClient base, ClientForm form);

/// The secret of a secret-based client when one is needed: --generate-secret, --secret-stdin,
/// or typed at a prompt; checked as the wizard checks a pasted one.
[[nodiscard]] Result<SecretBytes> clientSecretFromOptions(CliContext &ctx, const ParsedArgs &args);

/// Prints a secret only when --show-secret was given, else says where it is and how to see it.
void showSecretOnce(
    CliContext &ctx, const OAuthClient &client, const SecretBytes &secret, const QString &what);

} // namespace oauthdesk::cli
