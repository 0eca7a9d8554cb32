// SPDX-License-Identifier: GPL-3.0-or-later
// The certificates pane driven as an admin would, against a real SQLite file and a real
// gnome-keyring (tests/keychain/with-keyring.sh): generate, cancel, issue, copy, export, import,
// delete.
#include "../support/SecretScan.h"
#include "dialogs/CertificateDetailsWidget.h"
#include "dialogs/CertificatesDialog.h"
#include "registry/CertificateRegistry.h"
#include "secrets/Keychain.h"
#include "store/AsyncStore.h"
#include "store/Store.h"
#include "usecases/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace oauthdesk;

class TestCertificatesPane final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    oauthdesk::test::SecretLedger m_secrets; ///< private keys and passphrases this suite handled
    QStringList m_asked; ///< exports the suite asked for (not leaks)

    /// Every private key the application has now, as the keychain holds it (and as DER).
    void rememberKeys()
    {
        auto s = Store::open(m_path);
        if (!s)
            return;
        const QList<CertificateRecord> records
            = (*s)->certificates(m_app.id).value_or(QList<CertificateRecord> {});
        for (const CertificateRecord &r : records) {
            QProcess p;
            p.start(QStringLiteral("secret-tool"),
                { QStringLiteral("lookup"), QStringLiteral("server"),
                    QString::fromLatin1(Keychain::kService), QStringLiteral("user"),
                    CertificateRegistry::privateKeyKey(r.uuid) });
            if (!p.waitForFinished(10000) || p.exitCode() != 0)
                continue;
            const QByteArray stored = p.readAllStandardOutput().trimmed();
            m_secrets.remember(stored);
            m_secrets.remember(QByteArray::fromBase64(stored)); // the PKCS#8 DER itself
        }
    }
    QString m_path;
    Application m_app;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CertificatesDialog> m_dialog;
    QString m_nextPath; ///< what the injected file chooser answers
    int m_chooserCalls = 0;

    template <typename T> T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }
    static void click(QAbstractButton *b)
    {
        QVERIFY(b);
        QVERIFY2(b->isEnabled(), qPrintable(b->objectName()));
        QTest::mouseClick(b, Qt::LeftButton);
    }
    QString status() const { return child<QLabel>("certificateStatus")->text(); }
    QString cell(int row, int column) const
    {
        auto *item = m_dialog->table()->item(row, column);
        return item ? item->text() : QString();
    }
    QString detail(const char *name) const
    {
        return m_dialog->details()->findChild<QLabel *>(QString::fromLatin1(name))->text();
    }

    int rowWhere(int column, const QString &text) const
    {
        for (int row = 0; row < m_dialog->table()->rowCount(); ++row)
            if (cell(row, column) == text)
                return row;
        return -1;
    }
    void selectRow(int row)
    {
        QVERIFY(row >= 0);
        m_dialog->table()->selectRow(row);
        QVERIFY(m_dialog->table()->selectionModel()->isRowSelected(row, {}));
    }

    /// The window-modal sub-dialog the pane opened, once it shows.
    template <typename T = QDialog> T *waitForDialog(const QString &objectName)
    {
        T *d = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                d = m_dialog->findChild<T *>(objectName);
                return d && d->isVisible();
            },
            3000);
        return shown ? d : nullptr;
    }

    void chooseAndGenerate(int purpose, const QString &algorithmText)
    {
        auto *purposeBox = child<QComboBox>("keyPurpose");
        purposeBox->setCurrentIndex(purpose);
        auto *algorithm = child<QComboBox>("keyAlgorithm");
        const int index = algorithm->findText(algorithmText);
        QVERIFY(index >= 0);
        algorithm->setCurrentIndex(index);
        click(child<QAbstractButton>("generateKeyButton"));
    }

    void fillSubject(const QString &cn, const QString &sans)
    {
        auto *form = waitForDialog(QStringLiteral("subjectFieldsDialog"));
        QVERIFY(form);
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("subjectCommonName")), cn);
        QTest::keyClicks(
            form->findChild<QLineEdit *>(QStringLiteral("subjectCountry")), QStringLiteral("DE"));
        if (!sans.isEmpty()) {
            auto *edit = form->findChild<QWidget *>(QStringLiteral("subjectAltNames"));
            QVERIFY(edit);
            const QStringList lines = sans.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    QTest::keyClick(edit, Qt::Key_Return);
                QTest::keyClicks(edit, lines.at(i));
            }
        }
        click(form->findChild<QAbstractButton *>(QStringLiteral("subjectOkButton")));
    }

    static bool runProgram(
        const QString &program, const QStringList &args, QByteArray *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(30000))
            return false;
        const QByteArray out = p.readAll();
        if (output)
            *output = out;
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("%s", out.constData());
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        m_path = m_dir.filePath(QStringLiteral("oauthdesk.sqlite"));
        {
            auto s = Store::open(m_path);
            QVERIFY(s);
            auto app = (*s)->saveApplication({ 0, QStringLiteral("Card issuing"), {}, {}, {} });
            QVERIFY(app);
            m_app = *app;
        }
        m_workspace = std::make_unique<Workspace>();
        QFuture<Result<int>> opened = m_workspace->open(m_path).future();
        QTRY_VERIFY(opened.isFinished());
        QVERIFY(opened.result());
        m_dialog = std::make_unique<CertificatesDialog>(*m_workspace, m_app);
        m_dialog->setFileChooser([this](
                                     bool, QString, QString, std::function<void(QString)> answer) {
            ++m_chooserCalls;
            QTimer::singleShot(0, m_dialog.get(), [answer, path = m_nextPath] { answer(path); });
        });
        QSignalSpy loaded(m_dialog.get(), &CertificatesDialog::recordsLoaded);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QVERIFY(loaded.count() > 0 || loaded.wait(5000));
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Certificates: Card issuing"));
        QCOMPARE(m_dialog->table()->rowCount(), 0);
    }

    void cleanupTestCase()
    {
        // Secrets never at rest: no private key (raw DER or as stored) and no export passphrase
        // is in any file the suite left, but the exports it asked for.
        rememberKeys();
        m_secrets.remember(QByteArray("correct horse"));
        QVERIFY(m_secrets.size() >= 3);
        const QStringList hits = m_secrets.scan({ m_dir.path(), QDir::homePath() }, m_asked);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        m_dialog.reset();
        m_workspace.reset();
    }

    void generateSigningKey()
    {
        // Defaults follow the purpose, with the reason beside them.
        child<QComboBox>("keyPurpose")->setCurrentIndex(1);
        QCOMPARE(child<QComboBox>("keyAlgorithm")->currentText(), QStringLiteral("RSA 2048"));
        child<QComboBox>("keyPurpose")->setCurrentIndex(0);
        QCOMPARE(child<QComboBox>("keyAlgorithm")->currentText(), QStringLiteral("EC P-256"));
        QVERIFY(!child<QLabel>("keyAlgorithmReason")->text().isEmpty());

        chooseAndGenerate(0, QStringLiteral("EC P-256"));
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->table()->rowCount(), 1, 15000);
        QTRY_VERIFY(!child<QWidget>("generateProgress")->isVisible());
        QCOMPARE(cell(0, CertificatesDialog::StateColumn), QStringLiteral("key only"));
        QCOMPARE(cell(0, CertificatesDialog::KeyColumn), QStringLiteral("EC P-256"));
        selectRow(0);
        QCOMPARE(detail("detailKid").size(), 43);
        QCOMPARE(detail("detailKeyAlgorithm"), QStringLiteral("EC P-256"));
    }

    void generateTransportKeyAndCancelAnother()
    {
        chooseAndGenerate(1, QStringLiteral("RSA 2048"));
        QVERIFY(child<QWidget>("generateProgress")->isVisible()); // busy, and the GUI still answers
        QVERIFY(child<QWidget>("cancelGenerateButton")->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->table()->rowCount(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QWidget>("generateProgress")->isVisible(), 10000);

        chooseAndGenerate(1, QStringLiteral("RSA 4096"));
        QVERIFY(child<QWidget>("generateProgress")->isVisible());
        click(child<QAbstractButton>("cancelGenerateButton"));
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("cancelled")), 60000);
        QVERIFY(!child<QWidget>("generateProgress")->isVisible());
        QTest::qWait(300);
        QTRY_COMPARE(m_dialog->table()->rowCount(), 2);
        auto s = Store::open(m_path);
        QVERIFY(s);
        QTRY_COMPARE_WITH_TIMEOUT(
            (*s)->certificates(m_app.id).value_or(QList<CertificateRecord> {}).size(), 2, 5000);
    }

    /// Regression (issue 12): Download JWKS crashed the app every time (the key walk freed its
    /// own running continuation) and wrote nothing. Two signing keys, so the walk takes steps.
    void downloadJwks()
    {
        chooseAndGenerate(0, QStringLiteral("EC P-384"));
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->table()->rowCount(), 3, 15000);
        QTRY_VERIFY(!child<QWidget>("generateProgress")->isVisible());
        QStringList kids;
        for (const char *algorithm : { "EC P-256", "EC P-384" }) {
            selectRow(rowWhere(CertificatesDialog::KeyColumn, QString::fromLatin1(algorithm)));
            kids.append(detail("detailKid"));
        }
        const QString target = m_dir.filePath(QStringLiteral("signing-keys.jwks.json"));
        m_nextPath = target;
        m_chooserCalls = 0;
        QSignalSpy finished(m_dialog.get(), &CertificatesDialog::actionFinished);
        click(child<QAbstractButton>("downloadJwksButton"));
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(status()));
        QCOMPARE(m_chooserCalls, 1);
        QVERIFY2(status().contains(QStringLiteral("Saved the JWKS")), qPrintable(status()));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray keys = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QLatin1String("keys"))
                                    .toArray();
        QCOMPARE(keys.size(), 2); // the signing keys only, not the transport key
        QStringList written;
        for (const QJsonValue &k : keys) {
            const QJsonObject o = k.toObject();
            written.append(o.value(QLatin1String("kid")).toString());
            QCOMPARE(o.value(QLatin1String("kty")).toString(), QStringLiteral("EC"));
            QVERIFY(!o.contains(QLatin1String("d"))); // public keys only
        }
        written.sort();
        kids.sort();
        QCOMPARE(written, kids);
        if (const QString shots = qEnvironmentVariable("OAUTHDESK_SCREENSHOTS"); !shots.isEmpty()) {
            QTest::qWait(150);
            m_dialog->grab().save(shots + QStringLiteral("/certificates-jwks-downloaded.png"));
        }

        rememberKeys();
        // Back to one signing key for the tests below.
        selectRow(rowWhere(CertificatesDialog::KeyColumn, QStringLiteral("EC P-384")));
        click(child<QAbstractButton>("deleteCertificateButton"));
        auto *box = waitForDialog<QMessageBox>(QStringLiteral("confirmDeleteCertificate"));
        QVERIFY(box);
        click(box->findChild<QAbstractButton *>(QStringLiteral("confirmButton")));
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->table()->rowCount(), 2, 15000);
    }

    void issueWithLocalCa()
    {
        const int row = rowWhere(CertificatesDialog::KeyColumn, QStringLiteral("RSA 2048"));
        selectRow(row);
        QSignalSpy finished(m_dialog.get(), &CertificatesDialog::actionFinished);
        click(child<QAbstractButton>("issueLocalCaButton"));
        fillSubject(
            QStringLiteral("payments-client"), QStringLiteral("client.example.com\n10.0.0.5"));
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(status()));
        const int issued = rowWhere(CertificatesDialog::StateColumn, QStringLiteral("issued"));
        QVERIFY(issued >= 0);
        QVERIFY(m_dialog->table()->selectionModel()->isRowSelected(issued, {}));
        const QString expires = cell(issued, CertificatesDialog::ExpiresColumn);
        QVERIFY2(expires.contains(QStringLiteral("364 days left"))
                || expires.contains(QStringLiteral("365 days left")),
            qPrintable(expires));
        QVERIFY(detail("detailSubject").contains(QStringLiteral("payments-client")));
        const QString thumb = detail("detailThumbprint");
        QCOMPARE(thumb.count(QLatin1Char(':')), 31);
        const QString x5t = detail("detailX5t");
        QCOMPARE(x5t.size(), 43);
        QCOMPARE(x5t, CertificateDetailsWidget::x5tS256(thumb));

        QApplication::clipboard()->clear();
        click(m_dialog->details()->findChild<QAbstractButton *>(QStringLiteral("copyX5tButton")));
        QCOMPARE(QApplication::clipboard()->text(), x5t);
        QVERIFY(status().contains(QStringLiteral("x5t#S256")));
    }

    void exportPkcs12()
    {
        const int row = rowWhere(CertificatesDialog::StateColumn, QStringLiteral("issued"));
        selectRow(row);
        const QString target = m_dir.filePath(QStringLiteral("client.p12"));
        m_asked.append(target);
        m_nextPath = target;
        m_chooserCalls = 0;

        click(child<QAbstractButton>("exportPkcs12Button"));
        auto *dialog = waitForDialog(QStringLiteral("exportPassphraseDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("privateKeyWarning"))
                    ->text()
                    .contains(QStringLiteral("private key")));
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("profileModern"))->isChecked());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passphrase")),
            QStringLiteral("correct horse"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passphraseRepeat")),
            QStringLiteral("correct horsf"));
        click(dialog->findChild<QAbstractButton *>(QStringLiteral("passphraseOkButton")));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("passphraseProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(
            problem->text().contains(QStringLiteral("do not match")), qPrintable(problem->text()));
        QVERIFY(dialog->isVisible());
        QTest::qWait(200);
        QCOMPARE(m_chooserCalls, 0);
        QVERIFY(!QFile::exists(target));

        auto *repeat = dialog->findChild<QLineEdit *>(QStringLiteral("passphraseRepeat"));
        repeat->clear();
        QTest::keyClicks(repeat, QStringLiteral("correct horse"));
        QSignalSpy finished(m_dialog.get(), &CertificatesDialog::actionFinished);
        click(dialog->findChild<QAbstractButton *>(QStringLiteral("passphraseOkButton")));
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(status()));
        QCOMPARE(m_chooserCalls, 1);
        QVERIFY(QFile::exists(target));
        QByteArray out;
        QVERIFY(runProgram(QStringLiteral("openssl"),
            { QStringLiteral("pkcs12"), QStringLiteral("-in"), target, QStringLiteral("-passin"),
                QStringLiteral("pass:correct horse"), QStringLiteral("-noenc"),
                QStringLiteral("-info") },
            &out));
        QVERIFY(!status().contains(QStringLiteral("correct horse")));
    }

    void importForeignCertificateIsRefused()
    {
        const QString key = m_dir.filePath(QStringLiteral("foreign.key"));
        const QString cert = m_dir.filePath(QStringLiteral("foreign.pem"));
        QVERIFY(runProgram(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-noenc"),
                QStringLiteral("-subj"), QStringLiteral("/CN=x"), QStringLiteral("-keyout"), key,
                QStringLiteral("-out"), cert }));
        selectRow(rowWhere(CertificatesDialog::KeyColumn, QStringLiteral("EC P-256")));
        m_nextPath = cert;
        QSignalSpy finished(m_dialog.get(), &CertificatesDialog::actionFinished);
        click(child<QAbstractButton>("importCertificateButton"));
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(status().contains(QStringLiteral("does not belong")), qPrintable(status()));
        QCOMPARE(child<QLabel>("certificateStatus")->textFormat(), Qt::PlainText);
        const int row = rowWhere(CertificatesDialog::KeyColumn, QStringLiteral("EC P-256"));
        QCOMPARE(cell(row, CertificatesDialog::StateColumn), QStringLiteral("key only"));
    }

    void deleteSigningKey()
    {
        rememberKeys();
        const int row = rowWhere(CertificatesDialog::KeyColumn, QStringLiteral("EC P-256"));
        selectRow(row);
        const QString kid = detail("detailKid");
        click(child<QAbstractButton>("deleteCertificateButton"));
        auto *box = waitForDialog<QMessageBox>(QStringLiteral("confirmDeleteCertificate"));
        QVERIFY(box);
        QVERIFY(box->text().contains(kid));
        click(box->findChild<QAbstractButton *>(QStringLiteral("confirmButton")));
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->table()->rowCount(), 1, 15000);
        QCOMPARE(rowWhere(CertificatesDialog::KeyColumn, QStringLiteral("EC P-256")), -1);
        auto s = Store::open(m_path);
        QVERIFY(s);
        QCOMPARE((*s)->certificates(m_app.id).value_or(QList<CertificateRecord> {}).size(), 1);
    }

    /// Last: the dialog has a Close button like every other dialog, and it closes it.
    void closeButtonCloses()
    {
        auto *close = m_dialog->findChild<QAbstractButton *>(QStringLiteral("closeButton"));
        QVERIFY(close && close->isVisible());
        QCOMPARE(close->text().remove(QLatin1Char('&')), QStringLiteral("Close"));
        click(close);
        QTRY_VERIFY(!m_dialog->isVisible());
    }
};

QTEST_MAIN(TestCertificatesPane)
#include "tst_certificates_pane.moc"
