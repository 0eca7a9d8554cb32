// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretInput.h"

#include "CliText.h"

#include <QCoreApplication>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>
#include <vector>

namespace oauthdesk::cli {

namespace {

/// Wipes a buffer that held a secret (explicit_bzero is not optimised away).
void wipe(std::vector<char> &buffer)
{
    if (!buffer.empty())
        explicit_bzero(buffer.data(), buffer.size());
    buffer.clear();
}

SecretBytes takeSecret(std::vector<char> &buffer)
{
    SecretBytes s
        = SecretBytes::fromBytes(QByteArray::fromRawData(buffer.data(), qsizetype(buffer.size())));
    wipe(buffer);
    return s;
}

void stripNewline(std::vector<char> &buffer)
{
    if (!buffer.empty() && buffer.back() == '\n')
        buffer.pop_back();
    if (!buffer.empty() && buffer.back() == '\r')
        buffer.pop_back();
}

/// Reads fd 0 into @p buffer until EOF (or a newline when @p line), at most @p maxBytes (+1 to
/// notice more). False on a read error.
bool readFd0(std::vector<char> &buffer, qsizetype maxBytes, bool line)
{
    char chunk[512];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, chunk, line ? 1 : sizeof chunk);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            explicit_bzero(chunk, sizeof chunk);
            return false;
        }
        if (n == 0)
            break;
        buffer.insert(buffer.end(), chunk, chunk + n);
        if (line && chunk[0] == '\n')
            break;
        if (qsizetype(buffer.size()) > maxBytes)
            break;
    }
    explicit_bzero(chunk, sizeof chunk);
    return true;
}

// The terminal as it was before echo was turned off, for the SIGINT handler.
struct termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOff = 0;

extern "C" void restoreTerminalAndExit(int signal)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    static const char newline = '\n';
    [[maybe_unused]] const ssize_t ignored = ::write(STDERR_FILENO, &newline, 1);
    _exit(128 + signal);
}

Result<SecretBytes> promptOnce(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    struct termios off;
    if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
        return fail(ErrorCode::InvalidInput,
            CliText::tr("Standard input is not a terminal, so nothing can be typed without "
                        "echo: pipe the secret in with the command's --…-stdin option."));
    off = g_savedTerminal;
    off.c_lflag &= ~tcflag_t(ECHO);
    off.c_lflag |= ECHONL;
    struct sigaction handler
    {
    };
    handler.sa_handler = restoreTerminalAndExit;
    sigemptyset(&handler.sa_mask);
    struct sigaction oldInt
    {
    }, oldTerm {};
    sigaction(SIGINT, &handler, &oldInt);
    sigaction(SIGTERM, &handler, &oldTerm);
    g_echoOff = 1;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &off);
    std::vector<char> buffer;
    const bool read = readFd0(buffer, 64 * 1024, true);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    g_echoOff = 0;
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);
    if (!read) {
        wipe(buffer);
        return fail(ErrorCode::InvalidInput, CliText::tr("The terminal could not be read."));
    }
    stripNewline(buffer);
    if (buffer.empty())
        return fail(
            ErrorCode::InvalidInput, CliText::tr("Nothing was typed, so nothing was changed."));
    return takeSecret(buffer);
}

} // namespace

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

Result<SecretBytes> readSecretFromStdin(const QString &what, qsizetype maxBytes)
{
    std::vector<char> buffer;
    if (!readFd0(buffer, maxBytes, false)) {
        wipe(buffer);
        return fail(ErrorCode::InvalidInput,
            CliText::tr("%1: standard input could not be read.").arg(what));
    }
    if (qsizetype(buffer.size()) > maxBytes) {
        wipe(buffer);
        return fail(ErrorCode::InvalidInput,
            CliText::tr("%1: standard input has more than %2 bytes; pipe in only the secret.")
                .arg(what)
                .arg(maxBytes));
    }
    stripNewline(buffer);
    if (buffer.empty())
        return fail(ErrorCode::InvalidInput,
            CliText::tr("%1: standard input was empty; pipe the secret in (one line).").arg(what));
    return takeSecret(buffer);
}

Result<SecretBytes> promptSecret(const QString &prompt, bool twice)
{
    auto first = promptOnce(prompt);
    if (!first || !twice)
        return first;
    auto again = promptOnce(CliText::tr("Again, to be sure: "));
    if (!again)
        return again;
    if (!first->equals(*again))
        return fail(ErrorCode::InvalidInput,
            CliText::tr("The two entries differ; nothing was changed. Try again."));
    return first;
}

bool promptYesNo(const QString &question)
{
    std::fputs((question + QStringLiteral(" [y/N] ")).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::vector<char> buffer;
    if (!readFd0(buffer, 64, true))
        return false;
    stripNewline(buffer);
    const QString answer
        = QString::fromLocal8Bit(buffer.data(), qsizetype(buffer.size())).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

Result<QByteArray> readStdin(const QString &what, qsizetype maxBytes)
{
    std::vector<char> buffer;
    if (!readFd0(buffer, maxBytes, false))
        return fail(ErrorCode::InvalidInput,
            CliText::tr("%1: standard input could not be read.").arg(what));
    if (qsizetype(buffer.size()) > maxBytes)
        return fail(ErrorCode::InvalidInput,
            CliText::tr("%1: standard input has more than %2 bytes.").arg(what).arg(maxBytes));
    return QByteArray(buffer.data(), qsizetype(buffer.size()));
}

} // namespace oauthdesk::cli
