// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli: the second front end (docs/architecture.md "Front ends"). A
// QCoreApplication, no widgets: the command is parsed against the one command table, then run
// as a plain function that waits on the use cases' Laters in the event loop.
#include "CliContext.h"
#include "Commands.h"
#include "Language.h"

#include <QCoreApplication>
#include <cstdio>

using namespace oauthdesk;
using namespace oauthdesk::cli;

namespace {

void write(std::FILE *to, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    std::fflush(to);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the app: QStandardPaths then gives the same data folder.
    QCoreApplication::setApplicationName(QStringLiteral("OAuthDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("OAuthDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("oauthdesk.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OAUTHDESK_VERSION));
    // The system locale's language, or the one chosen in the app's Settings / $OAUTHDESK_LANG.
    language::install(app, language::chosen());

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    // bash completion (oauthdesk-cli.bash): "__complete CWORD WORDS…", candidates one per line.
    if (arguments.value(0) == QLatin1String("__complete")) {
        const QStringList candidates
            = completionCandidates(commandTable(), arguments.mid(2), arguments.value(1).toInt());
        write(stdout,
            candidates.isEmpty() ? QString()
                                 : candidates.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        return 0;
    }
    auto invocation = parseCommandLine(arguments, commandTable());
    if (!invocation) {
        GlobalOptions options;
        options.json = arguments.contains(QLatin1String("--json"));
        CliContext ctx(options);
        return ctx.fail(invocation.error());
    }
    switch (invocation->kind) {
    case Invocation::Kind::Help:
        write(stdout, helpText(invocation->args.command, invocation->helpGroup));
        return 0;
    case Invocation::Kind::Version:
        write(stdout,
            QStringLiteral("oauthdesk-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    case Invocation::Kind::Man:
        write(stdout, manPage());
        return 0;
    case Invocation::Kind::Run:
        break;
    }
    CliContext ctx(invocation->global);
    return invocation->args.command->handler(ctx, invocation->args);
}
