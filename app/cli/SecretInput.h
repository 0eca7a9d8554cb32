// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "secrets/SecretBytes.h"

#include <QString>

namespace oauthdesk::cli {

/// Where oauthdesk-cli reads secrets from: never its arguments (other users see those in ps,
/// and the shell history keeps them), only standard input or a terminal prompt without echo.

/// Whether standard input is a terminal (a person can be asked).
[[nodiscard]] bool stdinIsTerminal();

/// All of standard input as a secret, without one trailing newline (CR LF or LF), at most
/// @p maxBytes. Empty input, or more than @p maxBytes, is refused naming @p what.
[[nodiscard]] Result<SecretBytes> readSecretFromStdin(
    const QString &what, qsizetype maxBytes = 64 * 1024);

/// Asks on the terminal with echo off (termios), the prompt on stderr; Ctrl+C restores the
/// terminal before the process ends. @p twice asks again and refuses two different answers.
[[nodiscard]] Result<SecretBytes> promptSecret(const QString &prompt, bool twice = false);

/// Reads a yes/no answer from the terminal ("y" or "yes" is yes).
[[nodiscard]] bool promptYesNo(const QString &question);

/// All of standard input as plain bytes (request bodies, certificate files), at most @p maxBytes.
[[nodiscard]] Result<QByteArray> readStdin(const QString &what, qsizetype maxBytes);

} // namespace oauthdesk::cli
