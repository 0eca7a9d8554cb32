// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/BrowserLauncher.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <memory>

namespace oauthdesk {

namespace {
struct BrowserLauncherText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::BrowserLauncher)
};
} // namespace

bool openInBrowser(
    const QUrl &url, QObject *context, std::function<void(const QString &why)> failed)
{
    const QString xdgOpen = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    if (xdgOpen.isEmpty())
        return QDesktopServices::openUrl(url);
    // Owned by the application, not the dialog: xdg-open may run as long as the browser it
    // started, and closing the dialog must not take the browser with it.
    auto *process = new QProcess(QCoreApplication::instance());
    process->setProgram(xdgOpen);
    process->setArguments({ url.toString(QUrl::FullyEncoded) });
    process->setStandardOutputFile(QProcess::nullDevice());
    process->setProcessChannelMode(QProcess::SeparateChannels);
    // xdg-open may live as long as the browser it started: keep only the last words it said.
    auto lastWords = std::make_shared<QByteArray>();
    QObject::connect(process, &QProcess::readyReadStandardError, process, [process, lastWords] {
        *lastWords += process->readAllStandardError();
        if (lastWords->size() > 400)
            *lastWords = lastWords->right(400);
    });
    QPointer<QObject> alive(context);
    auto report = [alive, failed](const QString &why) {
        if (alive && failed)
            failed(why);
    };
    QObject::connect(process, &QProcess::errorOccurred, process,
        [process, report, xdgOpen](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart) {
                report(BrowserLauncherText::tr("%1 could not be started: %2")
                           .arg(xdgOpen, process->errorString()));
                process->deleteLater();
            }
        });
    QObject::connect(process, &QProcess::finished, process,
        [process, report, lastWords](int code, QProcess::ExitStatus status) {
            if (status != QProcess::NormalExit || code != 0) {
                *lastWords += process->readAllStandardError();
                QString words = QString::fromLocal8Bit(lastWords->right(400)).trimmed();
                if (words.isEmpty())
                    words = BrowserLauncherText::tr("xdg-open exited with code %1").arg(code);
                report(words);
            }
            process->deleteLater();
        });
    process->start();
    return true;
}

std::function<bool(const QUrl &, std::function<void(const QString &)>)> signInBrowser(
    QObject *context, std::function<bool(const QUrl &)> replacement)
{
    if (replacement)
        return [replacement = std::move(replacement)](const QUrl &url,
                   const std::function<void(const QString &)> &) { return replacement(url); };
    return [context](const QUrl &url, std::function<void(const QString &)> failed) {
        return openInBrowser(url, context, std::move(failed));
    };
}

} // namespace oauthdesk
