// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace oauthdesk::cli {

class CliContext;
struct ParsedArgs;

/// One option of a command: `--name VALUE` (or `--name=VALUE`), or a flag when @ref valueName
/// is empty. @ref choices, when given, are the only values accepted (and what completion offers).
struct OptionSpec
{
    QString name;
    QString valueName;
    QString help;
    bool repeatable = false;
    QStringList choices;
    [[nodiscard]] bool takesValue() const { return !valueName.isEmpty(); }
};

using Handler = std::function<int(CliContext &, const ParsedArgs &)>;

/// One command: "clients add", or a top-level one such as "token" (empty group). The table of
/// these is the one source of the parser, --help, the man page and bash completion.
struct CommandSpec
{
    QString group; ///< "apps", "envs", "clients", "certs"; empty for top-level commands
    QString verb; ///< "list", or the command itself for top-level ones ("token")
    QStringList aliases; ///< other spellings of the verb ("add" for "create")
    QString arguments; ///< the positionals as shown: "CLIENT PATH"
    int minPositionals = 0;
    int maxPositionals = 0; ///< -1: any number
    QString summary; ///< one line
    QString description; ///< a paragraph or two for --help and the man page
    QList<OptionSpec> options;
    Handler handler;
    [[nodiscard]] QString name() const
    {
        return group.isEmpty() ? verb : group + QLatin1Char(' ') + verb;
    }
    [[nodiscard]] const OptionSpec *option(const QString &optionName) const;
};

/// What every command accepts.
struct GlobalOptions
{
    QString dataDir; ///< --data-dir (empty: $OAUTHDESK_DATA_DIR, else the per-user data folder)
    bool json = false; ///< --json: one JSON document on stdout
    bool verbose = false; ///< --verbose: the technical detail of errors, the exchanges made
    bool showSecret = false; ///< --show-secret: print secrets and tokens (never without it)
};

/// The options every command accepts, as OptionSpecs (for help, man page and completion).
[[nodiscard]] const QList<OptionSpec> &globalOptionSpecs();

/// A command line taken apart against its CommandSpec.
struct ParsedArgs
{
    const CommandSpec *command = nullptr;
    QStringList positionals;
    QHash<QString, QStringList> values; ///< option name → values in order (a flag: one empty value)

    [[nodiscard]] bool has(const QString &option) const { return values.contains(option); }
    [[nodiscard]] QString value(const QString &option, const QString &fallback = {}) const
    {
        const auto it = values.constFind(option);
        return it == values.constEnd() || it->isEmpty() ? fallback : it->constLast();
    }
    [[nodiscard]] QStringList all(const QString &option) const { return values.value(option); }
    [[nodiscard]] QString positional(qsizetype i) const { return positionals.value(i); }
};

/// The whole invocation.
struct Invocation
{
    enum class Kind {
        Run, ///< run the command
        Help, ///< print help for the command (or group, or everything) and exit 0
        Version,
        Man, ///< hidden: the man page in roff (the build writes share/man/man1 from it)
    };
    Kind kind = Kind::Run;
    GlobalOptions global;
    ParsedArgs args;
    QString helpGroup; ///< Kind::Help for a group ("clients --help")
};

/// Parses @p arguments (without the program name) against @p table. A usage error comes back as
/// ErrorCode::InvalidInput whose message says what is wrong and what to type instead. A secret
/// given as an argument (`--secret VALUE`, `--passphrase=…`, …) is refused, with the way to pass
/// it on standard input: other users see arguments in ps, and the shell history keeps them.
[[nodiscard]] Result<Invocation> parseCommandLine(
    const QStringList &arguments, const QList<CommandSpec> &table);

/// The option names that would carry a secret on the command line, and are therefore refused.
[[nodiscard]] const QStringList &refusedSecretOptions();

/// Completion candidates for bash: @p words are the command line after the program name,
/// @p index the position of the word being completed (1-based, as bash's COMP_CWORD).
[[nodiscard]] QStringList completionCandidates(
    const QList<CommandSpec> &table, const QStringList &words, int index);

} // namespace oauthdesk::cli
