// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli without a server or a keychain: the parser against the one command table
// (commands, aliases, options, positionals, global options anywhere), every secret-carrying
// option refused with the way to pass it on stdin, the exit-code table and its mapping from
// every ErrorCode, completion candidates, --help and the man page covering every command, and
// the layering rule: app/cli includes only use cases, model, policy, oauth, jose, core and
// secrets/SecretBytes.h.
#include "CommandLine.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "Output.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace oauthdesk;
using namespace oauthdesk::cli;

namespace {

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Result<Invocation> parse(const char *line)
{
    return parseCommandLine(words(line), commandTable());
}

} // namespace

class TestCliArgs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandsAndOptions()
    {
        auto inv = parse(
            "--data-dir /tmp/d clients create billing --app Payments --scope a --scope b --json --type=web");
        QVERIFY2(inv, qPrintable(inv ? QString() : inv.error().message));
        QCOMPARE(inv->kind, Invocation::Kind::Run);
        QCOMPARE(inv->args.command->name(), QStringLiteral("clients create"));
        QCOMPARE(inv->args.positionals, QStringList { QStringLiteral("billing") });
        QCOMPARE(inv->args.value(QStringLiteral("app")), QStringLiteral("Payments"));
        QCOMPARE(inv->args.all(QStringLiteral("scope")),
            (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(inv->args.value(QStringLiteral("type")), QStringLiteral("web"));
        QCOMPARE(inv->global.dataDir, QStringLiteral("/tmp/d"));
        QVERIFY(inv->global.json);
        QVERIFY(!inv->global.showSecret);

        inv = parse("clients add billing --app P"); // alias
        QVERIFY(inv);
        QCOMPARE(inv->args.command->verb, QStringLiteral("create"));
        inv = parse("token basic --format json --show-secret --verbose");
        QVERIFY(inv);
        QCOMPARE(inv->args.command->name(), QStringLiteral("token"));
        QVERIFY(inv->global.showSecret && inv->global.verbose);
        inv = parse("certs jwks 1 2 3 --app P");
        QVERIFY(inv);
        QCOMPARE(inv->args.positionals.size(), 3);
        inv = parse("certs jwks -- -fCSe7jJj3F0TpgQ --app"); // after --, every word is a positional
        QVERIFY(inv);
        QCOMPARE(inv->args.positionals,
            QStringList({ QStringLiteral("-fCSe7jJj3F0TpgQ"), QStringLiteral("--app") }));
        inv = parse("certs import 4 -"); // "-" is standard input, a positional
        QVERIFY(inv);
        QCOMPARE(inv->args.positional(1), QStringLiteral("-"));
    }

    void help()
    {
        auto inv = parse("--help");
        QVERIFY(inv && inv->kind == Invocation::Kind::Help && !inv->args.command);
        inv = parse("clients --help");
        QVERIFY(inv && inv->kind == Invocation::Kind::Help);
        QCOMPARE(inv->helpGroup, QStringLiteral("clients"));
        inv = parse("clients register -h");
        QVERIFY(inv && inv->kind == Invocation::Kind::Help);
        QCOMPARE(inv->args.command->name(), QStringLiteral("clients register"));
        // Help for a command does not need its arguments.
        inv = parse("call --help");
        QVERIFY(inv && inv->kind == Invocation::Kind::Help);
        QVERIFY(parse("--man") && parse("--man")->kind == Invocation::Kind::Man);
        QVERIFY(parse("--version") && parse("--version")->kind == Invocation::Kind::Version);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("nothing") << ""
                                 << "Name a command";
        QTest::newRow("unknown command") << "frobnicate"
                                         << "no command \"frobnicate\"";
        QTest::newRow("group without verb") << "clients"
                                            << "needs a command";
        QTest::newRow("unknown verb") << "clients frob"
                                      << "has no command \"frob\"";
        QTest::newRow("unknown option") << "clients list --colour"
                                        << "has no option --colour";
        QTest::newRow("missing value") << "clients list --app"
                                       << "--app needs a value (APP)";
        QTest::newRow("value for a switch") << "clients create x --bound-tokens=yes"
                                            << "takes no value";
        QTest::newRow("not a choice") << "clients create x --type desktop"
                                      << "is not one of";
        QTest::newRow("twice") << "clients create x --app A --app B"
                               << "given twice";
        QTest::newRow("missing positional") << "clients show"
                                            << "needs CLIENT";
        QTest::newRow("extra positional") << "clients show a b"
                                          << "takes CLIENT, not \"b\"";
        QTest::newRow("short option") << "clients list -x"
                                      << "spelled in full";
        // A key ID may start with "-": the message says how to pass it.
        QTest::newRow("dash-led key ID")
            << "certs jwks -fCSe7jJj3F0TpgQ"
            << "put -- before it: oauthdesk-cli certs jwks -- -fCSe7jJj3F0TpgQ";
    }
    void usageErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, says);
        auto inv = parse(line.toUtf8().constData());
        QVERIFY(!inv);
        QCOMPARE(inv.error().code, ErrorCode::InvalidInput);
        QCOMPARE(exitCodeFor(inv.error().code), ExitCode::Usage);
        QVERIFY2(inv.error().message.contains(says), qPrintable(inv.error().message));
    }

    void secretsAsArgumentsAreRefused()
    {
        for (const QString &name : refusedSecretOptions()) {
            for (const QString &form :
                { QStringLiteral("--%1 s3cr3t-value"), QStringLiteral("--%1=s3cr3t-value") }) {
                const QString line = QStringLiteral("clients create x --app A ") + form.arg(name);
                auto inv = parse(line.toUtf8().constData());
                QVERIFY2(!inv, qPrintable(line));
                QCOMPARE(exitCodeFor(inv.error().code), ExitCode::Usage);
                const QString m = inv.error().message;
                QVERIFY2(m.contains(QLatin1String("never taken as a command-line argument"))
                        && m.contains(QLatin1String("stdin")),
                    qPrintable(m));
                QVERIFY2(
                    !m.contains(QLatin1String("s3cr3t")), qPrintable(m)); // the value is not echoed
            }
        }
        // No command offers an option that carries a secret value.
        for (const CommandSpec &c : commandTable()) {
            for (const OptionSpec &o : c.options)
                QVERIFY2(!refusedSecretOptions().contains(o.name),
                    qPrintable(c.name() + QStringLiteral(" --") + o.name));
        }
    }

    void exitCodeTable()
    {
        // Distinct codes for the categories scripts branch on.
        const QSet<ExitCode> distinct { exitCodeFor(ErrorCode::InvalidInput),
            exitCodeFor(ErrorCode::NotFound), exitCodeFor(ErrorCode::Rejected),
            exitCodeFor(ErrorCode::TlsFailure), exitCodeFor(ErrorCode::KeychainUnavailable),
            ExitCode::Ok };
        QCOMPARE(distinct.size(), 6);
        QCOMPARE(exitCodeFor(ErrorCode::KeychainDenied), ExitCode::KeychainUnavailable);
        QCOMPARE(exitCodeFor(ErrorCode::KeychainTimeout), ExitCode::KeychainUnavailable);
        QCOMPARE(exitCodeFor(ErrorCode::SecretNotFound), ExitCode::NotFound);
        // Every ErrorCode maps to a documented status, and has a name of its own.
        QSet<int> documented;
        QSet<QString> names;
        int previous = -1;
        for (const ExitCodeInfo &e : oauthdesk::cli::exitCodeTable()) {
            QVERIFY(toInt(e.code) > previous); // numeric order, no duplicates
            previous = toInt(e.code);
            documented.insert(toInt(e.code));
            QVERIFY(!names.contains(QString::fromLatin1(e.name)));
            names.insert(QString::fromLatin1(e.name));
        }
        QSet<QString> errorNames;
        for (int c = int(ErrorCode::InvalidInput); c <= int(ErrorCode::Cancelled); ++c) {
            QVERIFY2(documented.contains(toInt(exitCodeFor(ErrorCode(c)))),
                qPrintable(QString::number(c)));
            errorNames.insert(errorCodeName(ErrorCode(c)));
        }
        QCOMPARE(errorNames.size(), int(ErrorCode::Cancelled) + 1);
    }

    void completion()
    {
        const auto &t = commandTable();
        QVERIFY(completionCandidates(t, { QString() }, 1).contains(QStringLiteral("clients")));
        QVERIFY(completionCandidates(t, { QString() }, 1).contains(QStringLiteral("token")));
        QVERIFY(completionCandidates(t, { QStringLiteral("clients"), QString() }, 2)
                    .contains(QStringLiteral("registration-update")));
        const QStringList options = completionCandidates(
            t, { QStringLiteral("token"), QStringLiteral("basic"), QStringLiteral("--") }, 3);
        QVERIFY(options.contains(QStringLiteral("--format"))
            && options.contains(QStringLiteral("--json")));
        QCOMPARE(completionCandidates(t,
                     { QStringLiteral("token"), QStringLiteral("b"), QStringLiteral("--format"),
                         QString() },
                     4),
            (QStringList { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("jwt"),
                QStringLiteral("header"), QStringLiteral("curl") }));
        // A value without choices: bash completes file names.
        QVERIFY(completionCandidates(t,
            { QStringLiteral("envs"), QStringLiteral("create"), QStringLiteral("UAT"),
                QStringLiteral("--ca-bundle"), QString() },
            5)
                    .isEmpty());
        QFile script(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../app/cli/oauthdesk-cli.bash"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QByteArray s = script.readAll();
        QVERIFY(s.contains("__complete") && s.contains("complete -o default"));
    }

    void helpAndManCoverEverything()
    {
        const QString man = manPage();
        QVERIFY(man.startsWith(QLatin1String(".\\\"")));
        QVERIFY(man.contains(QLatin1String(".TH OAUTHDESK-CLI 1")));
        for (const CommandSpec &c : commandTable()) {
            QVERIFY2(man.contains(QStringLiteral(".SS \"") + c.name()), qPrintable(c.name()));
            const QString h = helpText(&c);
            QVERIFY2(
                h.startsWith(QStringLiteral("Usage: oauthdesk-cli ") + c.name()), qPrintable(h));
            for (const OptionSpec &o : c.options)
                QVERIFY2(h.contains(QStringLiteral("--") + o.name),
                    qPrintable(c.name() + QStringLiteral(" --") + o.name));
            QVERIFY(c.handler);
            QVERIFY(!c.summary.isEmpty());
        }
        for (const ExitCodeInfo &e : oauthdesk::cli::exitCodeTable())
            QVERIFY(man.contains(QStringLiteral(".B %1\n").arg(toInt(e.code))));
        QVERIFY(man.contains(QLatin1String("OAUTHDESK_DATA_DIR")));
        QVERIFY(helpText(nullptr).contains(QLatin1String("keychain_unavailable")));
        // No roff line starts with a stray control character from the text.
        for (const QString &line : man.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('.')))
                QVERIFY2(QRegularExpression(QStringLiteral("^\\.(\\\\\"|[A-Za-z]{1,2}(\\s|$))"))
                             .match(line)
                             .hasMatch(),
                    qPrintable(line));
        }
    }

    void table()
    {
        Table t({ QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("NOTE") });
        t.addRow({ QStringLiteral("1"), QStringLiteral("billing"), QString() });
        t.addRow({ QStringLiteral("12"), QStringLiteral("x"), QStringLiteral("last") });
        QCOMPARE(t.render(), QStringLiteral("ID  NAME     NOTE\n1   billing\n12  x        last\n"));
        QCOMPARE(x5tS256FromHex(QStringLiteral("00ff")), QStringLiteral("AP8"));
    }

    void includesOnlyTheUseCaseLayer()
    {
        // docs/architecture.md "Layers": front ends reach store, pki, keychain via use cases.
        static const QRegularExpression include(
            QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""));
        static const QStringList allowed { QStringLiteral("usecases/"), QStringLiteral("model/"),
            QStringLiteral("policy/"), QStringLiteral("oauth/"), QStringLiteral("jose/"),
            QStringLiteral("core/") };
        QDirIterator it(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../app/cli"),
            { QStringLiteral("*.h"), QStringLiteral("*.cpp") });
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
                const auto m = include.match(line);
                if (!m.hasMatch())
                    continue;
                const QString path = m.captured(1);
                if (!path.contains(QLatin1Char('/')))
                    continue; // app/cli's own headers
                const bool ok = path == QLatin1String("secrets/SecretBytes.h")
                    || std::any_of(allowed.begin(), allowed.end(),
                        [&](const QString &p) { return path.startsWith(p); });
                QVERIFY2(ok, qPrintable(f.fileName() + QStringLiteral(": ") + path));
            }
            QVERIFY2(!QFileInfo(f).fileName().endsWith(QLatin1String(".cpp")) || f.size() < 40000,
                qPrintable(f.fileName()));
        }
        QVERIFY(files > 10);
    }
};

QTEST_GUILESS_MAIN(TestCliArgs)
#include "tst_cli_args.moc"
