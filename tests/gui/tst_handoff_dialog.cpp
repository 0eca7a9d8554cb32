// SPDX-License-Identifier: GPL-3.0-or-later
// "Export for developers…" driven for real: a Workspace on a real SQLite file and the real
// keychain (with-keyring.sh), a client with its secret, the dialog's format choice, preview,
// "Include the client secret" (off by default, a warning when ticked), Save… and Save as zip…
// (the zip read back by Python's zipfile: every file of the pack, 0600 with the secret in it).
// OAUTHDESK_HANDOFF_SHOT=path.png saves a picture of the dialog (docs/screenshots).
#include "../support/AwaitLater.h"
#include "dialogs/HandoffDialog.h"
#include "usecases/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;
using oauthdesk::test::wait;
using oauthdesk::test::why;

namespace {

const QString kSecret = QStringLiteral("gui-handoff-secret-0123456789abcdef");

QByteArray discovery()
{
    return QJsonDocument(
        QJsonObject { { QStringLiteral("issuer"), QStringLiteral("https://as.example.test") },
            { QStringLiteral("token_endpoint"),
                QStringLiteral("https://as.example.test/oauth/token") },
            { QStringLiteral("jwks_uri"), QStringLiteral("https://as.example.test/jwks") } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestHandoffDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    OAuthClient m_client;

    bool built(HandoffDialog &dialog, QSignalSpy &spy)
    {
        return spy.wait(10000) && spy.last().first().toBool() && !dialog.pack().files.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        m_ws = std::make_unique<Workspace>(
            QStringLiteral("io.github.oauthdesk.tst_handoff_dialog"), nullptr);
        QVERIFY(wait(m_ws->open(m_dir.filePath(QStringLiteral("oauthdesk.sqlite")))));
        auto app = wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Payments"), {}, {}, {} }));
        QVERIFY(app);
        Environment e;
        e.name = QStringLiteral("UAT");
        e.issuer = QUrl(QStringLiteral("https://as.example.test"));
        e.apiBaseUrl = QUrl(QStringLiteral("https://api.example.test/v1"));
        e.headers = { ExtraHeader { QStringLiteral("X-Region"), QStringLiteral("1"), {} } };
        e.discoveryDocument = discovery();
        auto env = wait(m_ws->environments().save(e));
        QVERIFY2(env, why(env).constData());
        QVERIFY(!env->discoveryDocument.isEmpty());
        OAuthClient c;
        c.applicationId = app->id;
        c.environmentId = env->id;
        c.name = QStringLiteral("Payments backend");
        c.clientId = QStringLiteral("payments-backend");
        c.grantTypes = { GrantType::ClientCredentials };
        c.authMethod = AuthMethod::ClientSecretBasic;
        c.scopes = { QStringLiteral("accounts:read"), QStringLiteral("payments:write") };
        auto saved = wait(m_ws->clients().save(c, SecretBytes::fromUtf8(kSecret)));
        QVERIFY2(saved, why(saved).constData());
        m_client = *saved;
    }

    void cleanupTestCase()
    {
        if (m_ws && m_client.id)
            (void)wait(m_ws->clients().remove(m_client.id)); // its keychain entry too
        m_ws.reset();
    }

    void previewsEachFormatWithoutTheSecretByDefault()
    {
        HandoffDialog dialog(m_client, *m_ws);
        QSignalSpy spy(&dialog, &HandoffDialog::packBuilt);
        dialog.show();
        QVERIFY(built(dialog, spy));
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("handoffFormat"));
        auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("handoffPreview"));
        auto *file = dialog.findChild<QComboBox *>(QStringLiteral("handoffFile"));
        auto *include = dialog.findChild<QCheckBox *>(QStringLiteral("handoffIncludeSecret"));
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("handoffSecretWarning"));
        QVERIFY(format && preview && file && include && warning);
        QVERIFY(!include->isChecked());
        QVERIFY(include->isEnabled());
        QVERIFY(!warning->isVisible());
        // Postman first: two files, the collection shown.
        QCOMPARE(file->count(), 2);
        QCOMPARE(file->currentText(), QStringLiteral("collection.json"));
        const QJsonObject collection
            = QJsonDocument::fromJson(preview->toPlainText().toUtf8()).object();
        QCOMPARE(collection.value(QStringLiteral("info"))
                     .toObject()
                     .value(QStringLiteral("schema"))
                     .toString(),
            QStringLiteral("https://schema.getpostman.com/json/collection/v2.1.0/collection.json"));
        file->setCurrentIndex(1);
        QVERIFY(preview->toPlainText().contains(
            QStringLiteral("\"https://as.example.test/oauth/token\"")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("\"header_x_region\"")));
        for (int i = 1; i < format->count(); ++i) {
            format->setCurrentIndex(i);
            QVERIFY(built(dialog, spy));
            QVERIFY(!preview->toPlainText().isEmpty());
            for (const HandoffFile &f : dialog.pack().files)
                QVERIFY2(!f.bytes.contains(kSecret.toUtf8()), qPrintable(f.path));
        }
        QVERIFY(preview->toPlainText().startsWith(QStringLiteral("#!/bin/sh\n"))); // the last: curl
        QVERIFY(!file->isEnabled());
    }

    void includingTheSecretWarnsAndReadsItFromTheKeychain()
    {
        HandoffDialog dialog(m_client, *m_ws);
        QSignalSpy spy(&dialog, &HandoffDialog::packBuilt);
        dialog.show();
        QVERIFY(built(dialog, spy));
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("handoffFormat"));
        auto *include = dialog.findChild<QCheckBox *>(QStringLiteral("handoffIncludeSecret"));
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("handoffSecretWarning"));
        auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("handoffPreview"));
        auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("handoffApiPath"));
        format->setCurrentIndex(format->findData(QStringLiteral("http")));
        QVERIFY(built(dialog, spy));
        path->setText(QStringLiteral("/accounts"));
        QMetaObject::invokeMethod(path, &QLineEdit::editingFinished);
        QVERIFY(built(dialog, spy));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("GET {{api_base_url}}/accounts\n")));
        include->setChecked(true);
        QVERIFY(warning->isVisible());
        QVERIFY(built(dialog, spy));
        QVERIFY(dialog.pack().containsSecret);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("@client_secret = ") + kSecret));
        if (const QString shot = qEnvironmentVariable("OAUTHDESK_HANDOFF_SHOT"); !shot.isEmpty()) {
            format->setCurrentIndex(format->findData(QStringLiteral("postman")));
            QVERIFY(built(dialog, spy));
            dialog.findChild<QComboBox *>(QStringLiteral("handoffFile"))->setCurrentIndex(1);
            dialog.resize(820, 680);
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(shot));
        }
        include->setChecked(false);
        QVERIFY(!warning->isVisible());
        QVERIFY(built(dialog, spy));
        QVERIFY(!dialog.pack().containsSecret);
        QVERIFY(!preview->toPlainText().contains(kSecret));
    }

    void saveWritesTheFolderTheAdminChose()
    {
        HandoffDialog dialog(m_client, *m_ws);
        QSignalSpy spy(&dialog, &HandoffDialog::packBuilt);
        QVERIFY(built(dialog, spy));
        QTemporaryDir out;
        bool askedForFolder = false;
        dialog.setPathChooser([&](HandoffDialog::SaveAs kind, const QString &suggested,
                                  std::function<void(const QString &)> answer) {
            askedForFolder = kind == HandoffDialog::SaveAs::Folder;
            answer(out.filePath(suggested));
        });
        QSignalSpy saved(&dialog, &HandoffDialog::saved);
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("handoffSave"));
        QVERIFY(save && save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QVERIFY(askedForFolder);
        const QStringList paths = saved.first().first().toStringList();
        QCOMPARE(paths.size(), 2);
        for (const QString &p : paths)
            QVERIFY2(QFile::exists(p), qPrintable(p));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("handoffStatus"))
                    ->text()
                    .contains(QStringLiteral("Saved 2 file")));
    }

    void saveAsZipWritesThePackInOneFile()
    {
        HandoffDialog dialog(m_client, *m_ws);
        QSignalSpy spy(&dialog, &HandoffDialog::packBuilt);
        QVERIFY(built(dialog, spy));
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("handoffFormat"));
        auto *include = dialog.findChild<QCheckBox *>(QStringLiteral("handoffIncludeSecret"));
        auto *zip = dialog.findChild<QPushButton *>(QStringLiteral("handoffSaveZip"));
        QVERIFY(format && include && zip);
        QVERIFY(zip->isEnabled());
        QVERIFY(!zip->text().isEmpty() && zip->text().contains(QLatin1Char('&')));
        format->setCurrentIndex(format->findData(QStringLiteral("bruno")));
        QVERIFY(built(dialog, spy));
        include->setChecked(true);
        QVERIFY(built(dialog, spy));
        QVERIFY(dialog.pack().containsSecret);
        QTemporaryDir out;
        std::optional<HandoffDialog::SaveAs> asked;
        QString suggestedName;
        dialog.setPathChooser([&](HandoffDialog::SaveAs kind, const QString &suggested,
                                  std::function<void(const QString &)> answer) {
            asked = kind;
            suggestedName = suggested;
            answer(out.filePath(suggested));
        });
        QSignalSpy saved(&dialog, &HandoffDialog::saved);
        QTest::mouseClick(zip, Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(asked, std::optional(HandoffDialog::SaveAs::Zip));
        QCOMPARE(suggestedName, QStringLiteral("payments-backend-uat-bruno.zip"));
        const QStringList paths = saved.first().first().toStringList();
        QCOMPARE(paths, QStringList { out.filePath(suggestedName) });
        // The secret is in it: the zip is its owner's only.
        QCOMPARE(QFileInfo(paths.first()).permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions {});
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("handoffStatus"))
                    ->text()
                    .contains(QStringLiteral("in one zip")));
        // Every file of the pack, under the pack's folder, read back by Python's zipfile.
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!python.isEmpty(), "python3 is needed to read the zip back");
        QProcess list;
        list.start(python,
            { QStringLiteral("-c"),
                QStringLiteral(
                    "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                    "assert z.testzip() is None; "
                    "print('\\n'.join(sorted(z.namelist()))); "
                    "sys.stdout.write(z.read('payments-backend-uat-bruno/.env').decode())"),
                paths.first() });
        QVERIFY(list.waitForFinished(30000));
        QVERIFY2(list.exitCode() == 0, list.readAllStandardError().constData());
        const QString listed = QString::fromUtf8(list.readAllStandardOutput());
        for (const HandoffFile &f : dialog.pack().files)
            QVERIFY2(listed.contains(QStringLiteral("payments-backend-uat-bruno/") + f.path
                         + QLatin1Char('\n')),
                qPrintable(f.path));
        QVERIFY(listed.contains(QStringLiteral("CLIENT_SECRET='") + kSecret + QLatin1Char('\'')));
    }

    void aClientWithoutEnvironmentIsSaidPlainly()
    {
        OAuthClient orphan = m_client;
        orphan.environmentId.reset();
        HandoffDialog dialog(orphan, *m_ws);
        QSignalSpy spy(&dialog, &HandoffDialog::packBuilt);
        QVERIFY(spy.wait(10000));
        QVERIFY(!spy.last().first().toBool());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("handoffStatus"))
                    ->text()
                    .contains(QStringLiteral("environment")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("handoffSave"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("handoffSaveZip"))->isEnabled());
    }
};

QTEST_MAIN(TestHandoffDialog)
#include "tst_handoff_dialog.moc"
