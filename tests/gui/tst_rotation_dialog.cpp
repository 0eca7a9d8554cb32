// SPDX-License-Identifier: GPL-3.0-or-later
// KeyRotationDialog offscreen, on a real SQLite file and the real keychain (with-keyring.sh),
// with a private_key_jwt client registered elsewhere (no RFC 7592 URI) whose AS is not
// reachable: the checklist starts at step 1; "Start rotation" makes the new key (OpenSSL, the
// keychain) and highlights step 2; "Download JWKS…" saves a file with both kids; step 2 marks
// the file published; step 3's token request fails (no AS), the error is shown and the state
// stays at step 3; closing and reopening the dialog resumes at step 3; "Abandon rotation"
// removes the new key and the client keeps its own. A tls_client_auth client: the subject choice
// (the proposed new subject, editable, or the old one's) with the step titles and the note that
// follow it, an unusable subject refused in words naming its attribute, "Save CSR…" and
// "Import certificate…" (a file that is no certificate refused; one issued for the CSR taken in,
// the rotation at step 2), then abandoned.
#include "../support/AwaitLater.h"
#include "dialogs/KeyRotationDialog.h"
#include "pki/LocalCa.h"
#include "usecases/Workspace.h"

#include <QApplication>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;
using oauthdesk::test::wait;
using oauthdesk::test::why;

class TestRotationDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    OAuthClient m_client;
    CertificateRecord m_key;

    static bool waitShown(KeyRotationDialog &d, bool expectOk, int ms = 30000)
    {
        QSignalSpy shown(&d, &KeyRotationDialog::stateShown);
        if (!shown.wait(ms))
            return false;
        return shown.constLast().constFirst().toBool() == expectOk;
    }
    static QString currentStepText(KeyRotationDialog &d)
    {
        auto *steps = d.findChild<QListWidget *>(QStringLiteral("rotationSteps"));
        for (int i = 0; i < steps->count(); ++i) {
            if (steps->item(i)->font().bold())
                return steps->item(i)->text();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        m_ws = std::make_unique<Workspace>(
            QStringLiteral("io.github.oauthdesk.tst_rotation_dialog"), nullptr);
        QVERIFY(wait(m_ws->open(m_dir.filePath(QStringLiteral("oauthdesk.sqlite")))));
        auto app = wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Billing"), {}, {}, {} }));
        QVERIFY(app);
        Environment e;
        e.name = QStringLiteral("Unreachable");
        e.issuer = QUrl(QStringLiteral("https://127.0.0.1:1"));
        auto env = wait(m_ws->environments().save(e));
        QVERIFY2(env, why(env).constData());
        auto key = wait(m_ws->certificates().createKey(
            app->id, CertificatePurpose::Signing, KeyAlgorithm::EcP256));
        QVERIFY2(key, why(key).constData());
        m_key = *key;
        OAuthClient c;
        c.applicationId = app->id;
        c.environmentId = env->id;
        c.name = QStringLiteral("billing-service");
        c.clientId = QStringLiteral("billing-service");
        c.applicationType = ApplicationType::MachineToMachine;
        c.grantTypes = { GrantType::ClientCredentials };
        c.authMethod = AuthMethod::PrivateKeyJwt;
        c.signingCertificateId = key->id;
        c.scopes = { QStringLiteral("accounts:read") };
        auto saved = wait(m_ws->clients().save(c, std::nullopt));
        QVERIFY2(saved, why(saved).constData());
        m_client = *saved;
    }

    void cleanupTestCase() { m_ws.reset(); }

    void theChecklistWalksAndResumes()
    {
        auto d = std::make_unique<KeyRotationDialog>(*m_ws, m_client.id);
        d->show();
        QVERIFY(waitShown(*d, true));
        auto *summary = d->findChild<QLabel *>(QStringLiteral("rotationSummary"));
        auto *next = d->findChild<QPushButton *>(QStringLiteral("rotationNextStep"));
        auto *abandon = d->findChild<QPushButton *>(QStringLiteral("rotationAbandon"));
        auto *download = d->findChild<QPushButton *>(QStringLiteral("rotationDownloadJwks"));
        auto *checks = d->findChild<QPlainTextEdit *>(QStringLiteral("rotationChecks"));
        auto *error = d->findChild<QLabel *>(QStringLiteral("rotationError"));
        QVERIFY(summary && next && abandon && download && checks && error);
        QVERIFY2(summary->text().contains(QStringLiteral("No rotation in progress")),
            qPrintable(summary->text()));
        QVERIFY(currentStepText(*d).contains(QStringLiteral("1. Generate the new key")));
        QVERIFY(next->isEnabled());
        QVERIFY(!abandon->isEnabled());
        QVERIFY(!download->isVisible());

        // 1: a new key; the client keeps its own.
        QSignalSpy shown(d.get(), &KeyRotationDialog::stateShown);
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(shown.wait(30000));
        QVERIFY(shown.constLast().constFirst().toBool());
        QVERIFY2(
            summary->text().contains(QStringLiteral("step 2 of 6")), qPrintable(summary->text()));
        QVERIFY(currentStepText(*d).contains(QStringLiteral("2. Publish")));
        QVERIFY(checks->toPlainText().contains(QStringLiteral("keychain")));
        QVERIFY(abandon->isEnabled());
        QVERIFY(d->rotationState()->newKey);
        const QString newKid = d->rotationState()->newKey->kid;
        QVERIFY(download->isVisible()); // registered elsewhere: the JWKS file to publish
        const QString file = m_dir.filePath(QStringLiteral("jwks.json"));
        QVERIFY(d->saveJwksTo(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList kids;
        for (const QJsonValue &k :
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("keys")).toArray())
            kids.append(k.toObject().value(QStringLiteral("kid")).toString());
        QCOMPARE(QSet<QString>(kids.cbegin(), kids.cend()), (QSet<QString> { m_key.kid, newKid }));
        QCOMPARE(wait(m_ws->clients().get(m_client.id))->signingCertificateId,
            std::optional<qint64>(m_key.id));

        // 2: published (the next step's token proves it); 3: no AS answers, so it stays at 3.
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(shown.wait(30000));
        QVERIFY2(
            summary->text().contains(QStringLiteral("step 3 of 6")), qPrintable(summary->text()));
        shown.clear();
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !shown.isEmpty() && !shown.constLast().constFirst().toBool(), 40000);
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY2(
            summary->text().contains(QStringLiteral("step 3 of 6")), qPrintable(summary->text()));

        // Closed and reopened: the same step.
        d.reset();
        d = std::make_unique<KeyRotationDialog>(*m_ws, m_client.id);
        d->show();
        QVERIFY(waitShown(*d, true));
        summary = d->findChild<QLabel *>(QStringLiteral("rotationSummary"));
        QVERIFY2(summary->text().contains(
                     QStringLiteral("step 3 of 6 — new key published, not yet verified")),
            qPrintable(summary->text()));
        QVERIFY(currentStepText(*d).contains(QStringLiteral("3. Verify")));

        // Abandoned: the new key is gone, the client as it was.
        abandon = d->findChild<QPushButton *>(QStringLiteral("rotationAbandon"));
        QVERIFY(abandon->isEnabled());
        QSignalSpy again(d.get(), &KeyRotationDialog::stateShown);
        QTest::mouseClick(abandon, Qt::LeftButton);
        QVERIFY(again.wait(30000));
        QVERIFY(again.constLast().constFirst().toBool());
        QVERIFY2(summary->text().contains(QStringLiteral("No rotation in progress")),
            qPrintable(summary->text()));
        auto records = wait(m_ws->certificates().forApplication(m_client.applicationId));
        QVERIFY(records);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->constFirst().id, m_key.id);

        if (qEnvironmentVariableIsSet("OAUTHDESK_SHOT")) {
            // Screenshot mode: a rotation at step 2, as the admin sees it.
            QTest::mouseClick(
                d->findChild<QPushButton *>(QStringLiteral("rotationNextStep")), Qt::LeftButton);
            QVERIFY(waitShown(*d, true));
            QTest::qWait(300);
            QVERIFY(d->grab().save(qEnvironmentVariable("OAUTHDESK_SHOT")));
            QSignalSpy last(d.get(), &KeyRotationDialog::stateShown);
            QTest::mouseClick(
                d->findChild<QPushButton *>(QStringLiteral("rotationAbandon")), Qt::LeftButton);
            QVERIFY(last.wait(30000));
        }
    }

    void aTlsClientAuthClientChoosesTheSubject()
    {
        auto key = wait(m_ws->certificates().createKey(
            m_client.applicationId, CertificatePurpose::Transport, KeyAlgorithm::EcP256));
        QVERIFY2(key, why(key).constData());
        SubjectFields subject;
        subject.commonName = QStringLiteral("settlement-batch");
        subject.organisation = QStringLiteral("Example Org");
        auto cert = wait(m_ws->certificates().issueWithLocalCa(*key, subject, 30));
        QVERIFY2(cert, why(cert).constData());
        OAuthClient c = m_client;
        c.id = 0;
        c.uuid.clear();
        c.name = QStringLiteral("settlement-batch");
        c.clientId = QStringLiteral("settlement-batch");
        c.authMethod = AuthMethod::TlsClientAuth;
        c.signingCertificateId.reset();
        c.transportCertificateId = cert->id;
        auto saved = wait(m_ws->clients().save(c, std::nullopt));
        QVERIFY2(saved, why(saved).constData());

        KeyRotationDialog d(*m_ws, saved->id);
        d.show();
        QVERIFY(waitShown(d, true));
        auto *box = d.findChild<QGroupBox *>(QStringLiteral("rotationSubjectBox"));
        auto *line = d.findChild<QLineEdit *>(QStringLiteral("rotationSubject"));
        auto *same = d.findChild<QRadioButton *>(QStringLiteral("rotationSameSubject"));
        auto *fresh = d.findChild<QRadioButton *>(QStringLiteral("rotationNewSubject"));
        auto *note = d.findChild<QLabel *>(QStringLiteral("rotationSubjectNote"));
        auto *steps = d.findChild<QListWidget *>(QStringLiteral("rotationSteps"));
        auto *error = d.findChild<QLabel *>(QStringLiteral("rotationError"));
        auto *next = d.findChild<QPushButton *>(QStringLiteral("rotationNextStep"));
        QVERIFY(box && line && same && fresh && note && steps && error && next);
        QVERIFY(box->isVisible());
        QCOMPARE(line->text(), QStringLiteral("CN=settlement-batch-r2,O=Example Org"));
        QVERIFY(fresh->isChecked());
        QVERIFY2(steps->item(1)->text().contains(
                     QStringLiteral("Check the new certificate (the AS keeps the old subject)")),
            qPrintable(steps->item(1)->text()));
        QVERIFY2(note->text().contains(QStringLiteral("refuses the old certificate")),
            qPrintable(note->text()));
        QVERIFY2(same->text().contains(cert->subjectDn), qPrintable(same->text()));

        // The old subject: the titles and the note say what that means.
        QTest::mouseClick(same, Qt::LeftButton);
        QVERIFY(same->isChecked() && !line->isEnabled());
        QVERIFY2(steps->item(4)->text().contains(QStringLiteral("same subject: it cannot")),
            qPrintable(steps->item(4)->text()));
        QVERIFY2(note->text().contains(QStringLiteral("stays valid until it expires")),
            qPrintable(note->text()));
        QTest::mouseClick(fresh, Qt::LeftButton);
        QVERIFY(line->isEnabled());

        // A subject a CSR of OAuthDesk cannot carry: refused, nothing made.
        line->setText(QStringLiteral("CN=settlement-batch-2,L=Berlin"));
        QSignalSpy shown(&d, &KeyRotationDialog::stateShown);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !shown.isEmpty() && !shown.constLast().constFirst().toBool(), 30000);
        QVERIFY2(error->text().contains(QStringLiteral("L=Berlin")), qPrintable(error->text()));
        auto records = wait(m_ws->certificates().forApplication(m_client.applicationId));
        QVERIFY(records);
        const qsizetype before = records->size();

        // The edited subject: the CSR is made with it and waits for the CA.
        line->setText(QStringLiteral("CN=settlement-batch-2026,O=Example Org"));
        shown.clear();
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QVERIFY2(shown.constLast().constFirst().toBool(), qPrintable(error->text()));
        QVERIFY(d.rotationState()->inProgress && d.rotationState()->newKey);
        QCOMPARE(d.rotationState()->newKey->subjectDn,
            QStringLiteral("CN=settlement-batch-2026,O=Example Org"));
        QVERIFY(!box->isVisible());
        auto *saveCsr = d.findChild<QPushButton *>(QStringLiteral("rotationSaveCsr"));
        QVERIFY(saveCsr && saveCsr->isVisible());
        const QString csrFile = m_dir.filePath(QStringLiteral("rotation.csr.pem"));
        QVERIFY(d.saveCsrTo(csrFile));
        QFile csr(csrFile);
        QVERIFY(csr.open(QIODevice::ReadOnly));
        const QByteArray csrPem = csr.readAll();
        QVERIFY(csrPem.contains("-----BEGIN CERTIFICATE REQUEST-----"));

        // Not a certificate: said, nothing changes.
        const QString junk = m_dir.filePath(QStringLiteral("junk.pem"));
        QFile j(junk);
        QVERIFY(j.open(QIODevice::WriteOnly) && j.write("not a certificate\n") > 0);
        j.close();
        shown.clear();
        d.importCertificateFrom(junk);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QVERIFY(!shown.constLast().constFirst().toBool());
        QVERIFY2(error->text().contains(junk), qPrintable(error->text()));

        // The CA's certificate for the CSR: taken in, the rotation at step 2.
        auto ca = createLocalCa(QStringLiteral("Rotation test CA"), 2);
        QVERIFY2(ca, why(ca).constData());
        auto der = issueFromCsr(*ca, csrPem, CertificatePurpose::Transport, 1);
        QVERIFY2(der, why(der).constData());
        const QString certFile = m_dir.filePath(QStringLiteral("rotation.der"));
        QFile out(certFile);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(*der) == der->size());
        out.close();
        shown.clear();
        d.importCertificateFrom(certFile);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QVERIFY2(shown.constLast().constFirst().toBool(), qPrintable(error->text()));
        auto *summary = d.findChild<QLabel *>(QStringLiteral("rotationSummary"));
        QVERIFY2(
            summary->text().contains(QStringLiteral("step 2 of 6")), qPrintable(summary->text()));
        QVERIFY(!saveCsr->isVisible());
        QVERIFY2(currentStepText(d).contains(QStringLiteral("2. Check the new certificate")),
            qPrintable(currentStepText(d)));

        // Abandoned: the new key gone, the client keeps its certificate.
        shown.clear();
        QTest::mouseClick(
            d.findChild<QPushButton *>(QStringLiteral("rotationAbandon")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QVERIFY(shown.constLast().constFirst().toBool());
        QVERIFY(!d.rotationState()->inProgress);
        records = wait(m_ws->certificates().forApplication(m_client.applicationId));
        QVERIFY(records);
        QCOMPARE(records->size(), before);
        QCOMPARE(wait(m_ws->clients().get(saved->id))->transportCertificateId,
            std::optional<qint64>(cert->id));
    }

    void aClientWithoutAKeyIsToldWhy()
    {
        OAuthClient c = m_client;
        c.id = 0;
        c.uuid.clear();
        c.name = QStringLiteral("secret-client");
        c.clientId = QStringLiteral("secret-client");
        c.authMethod = AuthMethod::ClientSecretBasic;
        c.signingCertificateId.reset();
        auto saved = wait(m_ws->clients().save(
            c, SecretBytes::fromUtf8(QStringLiteral("s3cret-0123456789abcdef"))));
        QVERIFY2(saved, why(saved).constData());
        KeyRotationDialog d(*m_ws, saved->id);
        QVERIFY(waitShown(d, false));
        auto *error = d.findChild<QLabel *>(QStringLiteral("rotationError"));
        QVERIFY2(error->text().contains(QStringLiteral("client_secret_basic")),
            qPrintable(error->text()));
        QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("rotationNextStep"))->isEnabled());
    }
};

QTEST_MAIN(TestRotationDialog)
#include "tst_rotation_dialog.moc"
