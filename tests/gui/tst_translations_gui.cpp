// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation reaches what people see (README "Translations"): the wizard's first
// page with the translator main() installs, and `oauthdesk-cli --help` under a German locale or
// OAUTHDESK_LANG=de.
#include "Language.h"
#include "usecases/Workspace.h"
#include "wizard/ClientWizard.h"

#include <QApplication>
#include <QProcess>
#include <QTest>
#include <QTranslator>
#include <QWizardPage>

using namespace oauthdesk;

class TestTranslationsGui final : public QObject
{
    Q_OBJECT

private:
    static QString cliHelp(const QStringList &environment)
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "OAUTHDESK_LANG" })
            env.remove(QString::fromLatin1(name));
        for (const QString &pair : environment)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(OAUTHDESK_CLI), { QStringLiteral("--help") });
        if (!cli.waitForFinished(30000))
            return QStringLiteral("(did not finish)");
        return QString::fromUtf8(cli.readAllStandardOutput());
    }

private Q_SLOTS:
    void wizardFirstPageIsGerman()
    {
        {
            Workspace workspace;
            ClientWizard english(workspace, {}, std::nullopt);
            QCOMPARE(english.page(ClientWizard::BasicPage)->title(),
                QStringLiteral("Basic information"));
        }
        // As main() installs it for a German system locale (the .qm built from the .ts).
        const QString installed = language::install(*qApp, QStringLiteral("de"));
        QCOMPARE(installed, QStringLiteral("de_DE"));
        Workspace workspace;
        ClientWizard wizard(workspace, {}, std::nullopt);
        QCOMPARE(wizard.windowTitle(), QStringLiteral("OAuth-Client anlegen"));
        QCOMPARE(
            wizard.page(ClientWizard::BasicPage)->title(), QStringLiteral("Grundinformationen"));
    }

    void cliHelpFollowsTheLocale()
    {
        QVERIFY(cliHelp({ QStringLiteral("LANG=C") })
                    .startsWith(QLatin1String("Usage: oauthdesk-cli COMMAND")));
        const QString german = cliHelp({ QStringLiteral("LANG=de_DE.UTF-8") });
        QVERIFY2(german.startsWith(QLatin1String("Aufruf: oauthdesk-cli BEFEHL")),
            qPrintable(german.left(200)));
        QVERIFY(german.contains(QLatin1String("Globale Optionen:")));
        // OAUTHDESK_LANG wins over the locale, both ways.
        QVERIFY(cliHelp({ QStringLiteral("LANG=C"), QStringLiteral("OAUTHDESK_LANG=de") })
                    .startsWith(QLatin1String("Aufruf: oauthdesk-cli BEFEHL")));
        QVERIFY(cliHelp({ QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("OAUTHDESK_LANG=en") })
                    .startsWith(QLatin1String("Usage: oauthdesk-cli COMMAND")));
    }
};

QTEST_MAIN(TestTranslationsGui)
#include "tst_translations_gui.moc"
