// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CliText.h"

#include <QCoreApplication>
#include <QSet>

namespace oauthdesk::cli {

namespace {

std::unexpected<Error> usage(const QString &message)
{
    return fail(ErrorCode::InvalidInput, message);
}

/// How to give the secret @p option would have carried, in plain words.
QString secretAlternative(const QString &option)
{
    if (option == QLatin1String("initial-access-token")
        || option == QLatin1String("software-statement"))
        return CliText::tr("Store it with \"oauthdesk-cli envs set-credential ENV %1 --stdin\" and "
                           "pipe it in, or leave out "
                           "--stdin to type it at a prompt that does not echo.")
            .arg(option);
    if (option == QLatin1String("passphrase") || option == QLatin1String("password"))
        return CliText::tr("Pipe it in with --passphrase-stdin, or leave it out to type it at a "
                           "prompt that does not echo.");
    if (option.contains(QLatin1String("token")))
        return CliText::tr("Pipe it in with --token-stdin.");
    return CliText::tr("Pipe it in with --secret-stdin (for example: secret-tool lookup … | "
                       "oauthdesk-cli … --secret-stdin), "
                       "or leave it out to type it at a prompt that does not echo.");
}

const CommandSpec *findCommand(
    const QList<CommandSpec> &table, const QString &group, const QString &verb)
{
    for (const CommandSpec &c : table) {
        if (c.group == group && (c.verb == verb || c.aliases.contains(verb)))
            return &c;
    }
    return nullptr;
}

bool isGroup(const QList<CommandSpec> &table, const QString &word)
{
    for (const CommandSpec &c : table) {
        if (!c.group.isEmpty() && c.group == word)
            return true;
    }
    return false;
}

QStringList verbsOf(const QList<CommandSpec> &table, const QString &group)
{
    QStringList out;
    for (const CommandSpec &c : table) {
        if (c.group == group)
            out.append(c.verb);
    }
    return out;
}

QStringList topWords(const QList<CommandSpec> &table)
{
    QStringList out;
    for (const CommandSpec &c : table) {
        const QString w = c.group.isEmpty() ? c.verb : c.group;
        if (!out.contains(w))
            out.append(w);
    }
    return out;
}

const OptionSpec *globalOption(const QString &name)
{
    for (const OptionSpec &o : globalOptionSpecs()) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

} // namespace

const OptionSpec *CommandSpec::option(const QString &optionName) const
{
    for (const OptionSpec &o : options) {
        if (o.name == optionName)
            return &o;
    }
    return nullptr;
}

const QList<OptionSpec> &globalOptionSpecs()
{
    static const QList<OptionSpec> specs {
        { QStringLiteral("data-dir"), QStringLiteral("DIR"),
            CliText::tr("Use the data file in DIR (default: $OAUTHDESK_DATA_DIR, else the per-user "
                        "data folder, as the app)."),
            false, {} },
        { QStringLiteral("json"), {},
            CliText::tr("Print one JSON document on standard output (field names are stable; see "
                        "the man page)."),
            false, {} },
        { QStringLiteral("verbose"), {},
            CliText::tr("Add the technical detail to errors, and the HTTP exchanges made."), false,
            {} },
        { QStringLiteral("show-secret"), {},
            CliText::tr(
                "Print secrets and tokens where a command has them; never printed without it."),
            false, {} },
        { QStringLiteral("help"), {}, CliText::tr("Show help for the command and exit."), false,
            {} },
    };
    return specs;
}

const QStringList &refusedSecretOptions()
{
    static const QStringList names { QStringLiteral("secret"), QStringLiteral("client-secret"),
        QStringLiteral("initial-access-token"), QStringLiteral("software-statement"),
        QStringLiteral("passphrase"), QStringLiteral("password"), QStringLiteral("token"),
        QStringLiteral("access-token"), QStringLiteral("refresh-token"),
        QStringLiteral("registration-access-token"), QStringLiteral("private-key") };
    return names;
}

Result<Invocation> parseCommandLine(const QStringList &arguments, const QList<CommandSpec> &table)
{
    Invocation inv;
    // First pass: the command words, skipping the global options (and their values) around them.
    QStringList words;
    QList<qsizetype> wordAt;
    bool help = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            const QString name = a.mid(2).section(QLatin1Char('='), 0, 0);
            if (a == QLatin1String("-h") || name == QLatin1String("help"))
                help = true;
            const OptionSpec *g = a.startsWith(QLatin1String("--")) ? globalOption(name) : nullptr;
            if (g && g->takesValue() && !a.contains(QLatin1Char('=')))
                ++i;
            continue;
        }
        words.append(a);
        wordAt.append(i);
        if (words.size() == 2)
            break;
    }
    if (arguments.contains(QLatin1String("--version")) && words.isEmpty()) {
        inv.kind = Invocation::Kind::Version;
        return inv;
    }
    if (arguments.contains(QLatin1String("--man")) && words.isEmpty()) {
        inv.kind = Invocation::Kind::Man;
        return inv;
    }
    if (words.isEmpty()) {
        if (help) {
            inv.kind = Invocation::Kind::Help;
            return inv;
        }
        return usage(CliText::tr("Name a command: %1. \"oauthdesk-cli --help\" lists them.")
                         .arg(topWords(table).join(QStringLiteral(", "))));
    }
    const CommandSpec *command = nullptr;
    QSet<qsizetype> commandWords;
    if (isGroup(table, words.first())) {
        const QString group = words.first();
        commandWords.insert(wordAt.first());
        if (words.size() < 2) {
            if (help) {
                inv.kind = Invocation::Kind::Help;
                inv.helpGroup = group;
                return inv;
            }
            return usage(CliText::tr("\"%1\" needs a command: %2.")
                             .arg(group, verbsOf(table, group).join(QStringLiteral(", "))));
        }
        command = findCommand(table, group, words.at(1));
        if (!command)
            return usage(
                CliText::tr("\"%1\" has no command \"%2\"; it has: %3.")
                    .arg(group, words.at(1), verbsOf(table, group).join(QStringLiteral(", "))));
        commandWords.insert(wordAt.at(1));
    } else {
        command = findCommand(table, QString(), words.first());
        if (!command)
            return usage(CliText::tr("There is no command \"%1\". The commands are: %2.")
                             .arg(words.first(), topWords(table).join(QStringLiteral(", "))));
        commandWords.insert(wordAt.first());
    }
    inv.args.command = command;
    const QString see = CliText::tr("See \"oauthdesk-cli %1 --help\".").arg(command->name());

    // Second pass: everything but the command words, against the command's options.
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (commandWords.contains(i))
            continue;
        const QString &a = arguments.at(i);
        if (onlyPositionals || !a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            inv.args.positionals.append(a);
            continue;
        }
        if (a == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        if (a == QLatin1String("-h")) {
            help = true;
            continue;
        }
        if (!a.startsWith(QLatin1String("--"))) {
            // A key ID is base64url and may start with "-"; so may a name. Say how to pass one.
            const bool roomForPositional = command->maxPositionals < 0
                || inv.args.positionals.size() < command->maxPositionals;
            if (roomForPositional && a.size() > 2)
                return usage(CliText::tr("Unknown option \"%1\": options are spelled in full, "
                                         "such as --help. If \"%1\" is a key ID or a name, put "
                                         "-- before it: oauthdesk-cli %2 -- %1. %3")
                                 .arg(a, command->name(), see));
            return usage(CliText::tr(
                "Unknown option \"%1\": options are spelled in full, such as --help. %2")
                             .arg(a, see));
        }
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? a.mid(2) : a.mid(2, eq - 2);
        if (refusedSecretOptions().contains(name))
            return usage(CliText::tr("--%1: a secret is never taken as a command-line argument: "
                                     "other users can see it in ps, "
                                     "and it stays in your shell history. %2")
                             .arg(name, secretAlternative(name)));
        const OptionSpec *spec = command->option(name);
        const OptionSpec *global = spec ? nullptr : globalOption(name);
        if (!spec && !global)
            return usage(CliText::tr("\"%1 %2\" has no option --%3. %4")
                             .arg(QStringLiteral("oauthdesk-cli"), command->name(), name, see));
        const OptionSpec &o = spec ? *spec : *global;
        QString value;
        if (o.takesValue()) {
            if (eq >= 0) {
                value = a.mid(eq + 1);
            } else if (i + 1 < arguments.size() && !commandWords.contains(i + 1)) {
                value = arguments.at(++i);
            } else {
                return usage(
                    CliText::tr("--%1 needs a value (%2). %3").arg(name, o.valueName, see));
            }
            if (!o.choices.isEmpty() && !o.choices.contains(value))
                return usage(CliText::tr("--%1: \"%2\" is not one of %3.")
                                 .arg(name, value, o.choices.join(QStringLiteral(", "))));
        } else if (eq >= 0) {
            return usage(CliText::tr("--%1 is a switch and takes no value; leave out \"=%2\".")
                             .arg(name, a.mid(eq + 1)));
        }
        if (global) {
            if (name == QLatin1String("help"))
                help = true;
            else if (name == QLatin1String("json"))
                inv.global.json = true;
            else if (name == QLatin1String("verbose"))
                inv.global.verbose = true;
            else if (name == QLatin1String("show-secret"))
                inv.global.showSecret = true;
            else if (name == QLatin1String("data-dir"))
                inv.global.dataDir = value;
            continue;
        }
        if (inv.args.values.contains(name) && !o.repeatable)
            return usage(CliText::tr("--%1 is given twice; give it once.").arg(name));
        inv.args.values[name].append(value);
    }
    if (help) {
        inv.kind = Invocation::Kind::Help;
        return inv;
    }
    const qsizetype n = inv.args.positionals.size();
    if (n < command->minPositionals)
        return usage(CliText::tr("\"%1\" needs %2. %3")
                         .arg(command->name(),
                             command->arguments.isEmpty() ? CliText::tr("more arguments")
                                                          : command->arguments,
                             see));
    if (command->maxPositionals >= 0 && n > command->maxPositionals)
        return usage(
            CliText::tr("\"%1\" takes %2, not \"%3\". %4")
                .arg(command->name(),
                    command->arguments.isEmpty() ? CliText::tr("no arguments") : command->arguments,
                    inv.args.positionals.mid(command->maxPositionals).join(QLatin1Char(' ')), see));
    return inv;
}

QStringList completionCandidates(
    const QList<CommandSpec> &table, const QStringList &words, int index)
{
    // words[index - 1] is the word being completed; what is before it decides.
    const QStringList before = words.mid(0, qMax(0, index - 1));
    const QString current = words.value(index - 1);
    QStringList commandWords;
    QString previousOption;
    const CommandSpec *command = nullptr;
    for (const QString &w : before) {
        if (w.startsWith(QLatin1String("--"))) {
            previousOption = w.mid(2);
            continue;
        }
        const bool valueOfPrevious = !previousOption.isEmpty() && [&] {
            const OptionSpec *o = command ? command->option(previousOption) : nullptr;
            if (!o)
                o = globalOption(previousOption);
            return o && o->takesValue();
        }();
        previousOption.clear();
        if (valueOfPrevious || command)
            continue;
        commandWords.append(w);
        if (commandWords.size() == 1 && !isGroup(table, w))
            command = findCommand(table, QString(), w);
        else if (commandWords.size() == 2)
            command = findCommand(table, commandWords.first(), w);
    }
    // The value of an option with choices.
    if (!previousOption.isEmpty()) {
        const OptionSpec *o = command ? command->option(previousOption) : nullptr;
        if (!o)
            o = globalOption(previousOption);
        if (o && o->takesValue())
            return o->choices; // empty: bash falls back to file names
    }
    if (current.startsWith(QLatin1Char('-'))) {
        QStringList out;
        if (command) {
            for (const OptionSpec &o : command->options)
                out.append(QStringLiteral("--") + o.name);
        }
        for (const OptionSpec &o : globalOptionSpecs())
            out.append(QStringLiteral("--") + o.name);
        return out;
    }
    if (commandWords.isEmpty())
        return topWords(table);
    if (commandWords.size() == 1 && isGroup(table, commandWords.first()))
        return verbsOf(table, commandWords.first());
    return {};
}

} // namespace oauthdesk::cli
