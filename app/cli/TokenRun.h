// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"
#include "oauth/TokenSession.h"

#include <memory>
#include <optional>

namespace oauthdesk::cli {

/// The one test token the GUI's button gets, for the CLI: TokenTests::open for the client
/// (its environment, its credentials from the keychain, whatever its method), then start(),
/// waiting in the event loop for finished(). An interactive client signs in: the link is
/// printed on stderr, and the loopback listener waits for the browser.

/// The session for CLIENT (args positional 0) with the --scope, --open-browser, --timeout and
/// --login-hint options that apply; not started.
[[nodiscard]] Result<std::unique_ptr<TokenSession>> openSession(
    CliContext &ctx, const ParsedArgs &args);

/// Starts @p session and waits for its finished(): the result, or std::nullopt if it never
/// answered (it always does: every request has a deadline, a sign-in a callback timeout).
[[nodiscard]] std::optional<TokenTestResult> runSession(CliContext &ctx, TokenSession &session);

/// The exit status of a finished test: its error's, or CheckFailed when the token came but a
/// check failed (each failure is reported on stderr), else Ok. @p jsonPrinted: the command
/// printed the result as its JSON document already (errors then go to stderr only).
[[nodiscard]] int reportOutcome(
    CliContext &ctx, const TokenSession &session, const TokenTestResult &result, bool jsonPrinted);

/// The --scope, --open-browser, --timeout and --login-hint options of the token commands.
[[nodiscard]] QList<OptionSpec> sessionOptions(bool signIn);

} // namespace oauthdesk::cli
