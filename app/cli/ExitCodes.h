// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace oauthdesk::cli {

/// What oauthdesk-cli's exit status means, for scripts. This table is the one definition: the
/// man page's EXIT STATUS section and `--help` are printed from it, and every error the use
/// cases answer is mapped here (exitCodeFor), so two commands never say the same thing
/// differently.
enum class ExitCode : int {
    Ok = 0,
    Failure = 1, ///< anything not below (an internal error, a file that could not be written)
    Usage = 2, ///< the command line, or a value in it, is wrong; nothing was changed
    NotFound = 3, ///< no such application, environment, client or certificate; no keychain entry
    Refused = 4, ///< the authorization server (or the API) answered with an error
    TlsFailure = 5, ///< the TLS handshake or the server's certificate check failed
    KeychainUnavailable = 6, ///< no keychain answers, it refused, or it did not answer in time
    Network = 7, ///< no usable answer: connection refused, timeout, not what the protocol promises
    Store = 8, ///< the data file cannot be opened, read or written, or is from a newer OAuthDesk
    CheckFailed
    = 9, ///< a token came, but its signature, certificate binding or ID token did not check out
    Conflict = 10, ///< a name two objects share (name it by id), or a clash with an existing one
    Cancelled = 130, ///< stopped before it finished (as after Ctrl+C)
};

struct ExitCodeInfo
{
    ExitCode code;
    const char *name; ///< stable word for scripts and the JSON "exitCode" companions
    const char *meaning; ///< one line for the man page
};

/// Every exit status, in numeric order.
[[nodiscard]] const QList<ExitCodeInfo> &exitCodeTable();

/// The exit status for an error the use cases answered (ErrorCode in core/Result.h).
[[nodiscard]] ExitCode exitCodeFor(ErrorCode code);

/// The error's kind as a stable snake_case word ("not_found", "keychain_unavailable"): the
/// "error.code" member of --json output.
[[nodiscard]] QString errorCodeName(ErrorCode code);

[[nodiscard]] inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace oauthdesk::cli
