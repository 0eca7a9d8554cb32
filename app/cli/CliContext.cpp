// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "CliText.h"
#include "SecretInput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cstdio>

namespace oauthdesk::cli {

namespace { } // namespace

CliContext::CliContext(GlobalOptions options)
    : m_options(std::move(options))
    , m_out(stdout)
    , m_err(stderr)
{ }

CliContext::~CliContext()
{
    m_out.flush();
    m_err.flush();
}

Result<Workspace *> CliContext::workspace()
{
    if (m_workspace)
        return m_workspace.get();
    if (m_openError)
        return std::unexpected(*m_openError);
    auto ws = std::make_unique<Workspace>();
    QObject::connect(
        ws.get(), &Workspace::warning, ws.get(), [this](const QString &message) { note(message); });
    const QString path = Workspace::resolvePath(m_options.dataDir);
    auto opened = wait(ws->open(path));
    if (!opened) {
        m_openError = opened.error();
        return std::unexpected(opened.error());
    }
    m_workspace = std::move(ws);
    return m_workspace.get();
}

void CliContext::print(const QString &text)
{
    m_out << text;
    if (!text.endsWith(QLatin1Char('\n')))
        m_out << '\n';
    m_out.flush();
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliContext::printJson(const QJsonArray &array)
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliContext::note(const QString &text)
{
    m_err << text;
    if (!text.endsWith(QLatin1Char('\n')))
        m_err << '\n';
    m_err.flush();
}

int CliContext::failOnStderr(const Error &error)
{
    m_out.flush();
    m_err << "oauthdesk-cli: " << error.message << '\n';
    if (m_options.verbose && !error.detail.isEmpty())
        m_err << "  " << CliText::tr("detail: ") << error.detail << '\n';
    m_err.flush();
    return toInt(exitCodeFor(error.code));
}

int CliContext::fail(const Error &error)
{
    [[maybe_unused]] const int code = failOnStderr(error);
    if (m_options.json) {
        QJsonObject o { { QStringLiteral("ok"), false },
            { QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), errorCodeName(error.code) },
                    { QStringLiteral("message"), error.message },
                    { QStringLiteral("detail"), error.detail },
                    { QStringLiteral("exitCode"), toInt(exitCodeFor(error.code)) } } } };
        printJson(o);
    }
    return toInt(exitCodeFor(error.code));
}

int CliContext::usage(const QString &message)
{
    return fail(Error { ErrorCode::InvalidInput, message, {} });
}

int CliContext::problems(const QStringList &lines)
{
    if (lines.size() == 1)
        return usage(lines.first());
    return usage(CliText::tr("Nothing was changed:") + QStringLiteral("\n  ")
        + lines.join(QStringLiteral("\n  ")));
}

Result<void> CliContext::claimStdin(const QString &forWhat)
{
    if (!m_stdinUser.isEmpty() && m_stdinUser != forWhat)
        return oauthdesk::fail(ErrorCode::InvalidInput,
            CliText::tr("Standard input can carry one thing, and it is already used for %1; "
                        "give %2 another way.")
                .arg(m_stdinUser, forWhat));
    m_stdinUser = forWhat;
    return {};
}

Result<SecretBytes> CliContext::secret(
    const ParsedArgs &args, const QString &stdinOption, const QString &label, bool askTwice)
{
    if (args.has(stdinOption)) {
        if (auto claimed = claimStdin(QStringLiteral("--") + stdinOption); !claimed)
            return std::unexpected(claimed.error());
        return readSecretFromStdin(label);
    }
    if (stdinIsTerminal() && m_stdinUser.isEmpty())
        return promptSecret(label + QStringLiteral(" (not shown): "), askTwice);
    return oauthdesk::fail(ErrorCode::InvalidInput,
        CliText::tr("%1 is needed, and there is no terminal to type it at: pipe it in with "
                    "--%2.")
            .arg(label, stdinOption));
}

bool CliContext::confirm(const ParsedArgs &args, const QString &question)
{
    if (args.has(QStringLiteral("yes")))
        return true;
    if (stdinIsTerminal() && m_stdinUser.isEmpty())
        return promptYesNo(question);
    return false;
}

} // namespace oauthdesk::cli
