// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "ExitCodes.h"
#include "core/Later.h"
#include "secrets/SecretBytes.h"
#include "usecases/Workspace.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <memory>
#include <optional>

namespace oauthdesk::cli {

/// What every command works with: the global options, the one Workspace (built and opened on
/// first use, with the same data file and keychain entries as the app), standard output and
/// error, and the ways to wait for an answer and to ask for a secret.
///
/// Commands are plain sequential functions called from main(), never from a slot: wait() runs
/// an event loop until the Later answers, so the use cases' callbacks are delivered exactly as
/// in the app, and no loop is ever nested inside another.
class CliContext final
{
    Q_DISABLE_COPY_MOVE(CliContext)

public:
    explicit CliContext(GlobalOptions options);
    ~CliContext();

    [[nodiscard]] const GlobalOptions &options() const { return m_options; }
    [[nodiscard]] bool json() const { return m_options.json; }
    [[nodiscard]] bool showSecret() const { return m_options.showSecret; }

    /// The workspace, its data file opened (Workspace::resolvePath(--data-dir) as the app does).
    [[nodiscard]] Result<Workspace *> workspace();

    /// Runs the event loop until @p later answers, and hands its result back.
    template <typename T> [[nodiscard]] Result<T> wait(const Later<T> &later)
    {
        QEventLoop loop;
        std::optional<Result<T>> out;
        later.then(&loop, [&out, &loop](Result<T> r) {
            out.emplace(std::move(r));
            loop.quit();
        });
        if (!out)
            loop.exec();
        return std::move(*out);
    }

    /// Runs the event loop until @p done() is true (set by a callback or a signal).
    template <typename Done> void waitUntil(QEventLoop &loop, Done done)
    {
        if (!done())
            loop.exec();
    }

    // Output. Human text and JSON go to stdout; notes and errors to stderr.
    void print(const QString &text);
    void printJson(const QJsonObject &object);
    void printJson(const QJsonArray &array);
    /// A line for the person running the command (stderr, so stdout stays the result).
    void note(const QString &text);

    /// Reports @p error on stderr in the GUI's words (the detail with --verbose; with --json
    /// also as {"ok": false, "error": …} on stdout) and answers the exit status it maps to.
    [[nodiscard]] int fail(const Error &error);
    /// The same on stderr only, for a command that has printed its own JSON document.
    [[nodiscard]] int failOnStderr(const Error &error);
    /// A usage error for the current command (exit status 2).
    [[nodiscard]] int usage(const QString &message);
    /// Reports a list of problems (one per line: the option, then what to do); exit status 2.
    [[nodiscard]] int problems(const QStringList &lines);

    /// A secret the command needs: from standard input when @p stdinOption (such as
    /// "secret-stdin") was given, else typed at a prompt without echo when a person is at the
    /// terminal, else an error that says to pipe it in. Never from the arguments.
    [[nodiscard]] Result<SecretBytes> secret(const ParsedArgs &args, const QString &stdinOption,
        const QString &label, bool askTwice = false);
    /// Standard input can be read once: the second user is refused with a usage error.
    [[nodiscard]] Result<void> claimStdin(const QString &forWhat);

    /// True when the command may go ahead with something that cannot be undone: --yes, or
    /// "y" typed at the terminal. Without a terminal and without --yes: false, and says so.
    [[nodiscard]] bool confirm(const ParsedArgs &args, const QString &question);

private:
    GlobalOptions m_options;
    std::unique_ptr<Workspace> m_workspace;
    std::optional<Error> m_openError;
    QString m_stdinUser;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace oauthdesk::cli
