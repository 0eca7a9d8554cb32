// SPDX-License-Identifier: GPL-3.0-or-later
// CertificatesDialog's file actions: import, CSR, certificate, PKCS#12 and private-key export.
#include "dialogs/CertificateDetailsWidget.h"
#include "dialogs/CertificatesDialog.h"
#include "dialogs/ExportPassphraseDialog.h"
#include "usecases/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace oauthdesk {

namespace {

constexpr qint64 kMaxImportBytes = 1024 * 1024;
constexpr char kBegin[] = "-----BEGIN CERTIFICATE-----";
constexpr char kEnd[] = "-----END CERTIFICATE-----";

QByteArray derToPem(const QByteArray &der)
{
    const QByteArray b64 = der.toBase64();
    QByteArray pem = QByteArray(kBegin) + '\n';
    for (qsizetype i = 0; i < b64.size(); i += 64)
        pem += b64.mid(i, 64) + '\n';
    pem += QByteArray(kEnd) + '\n';
    return pem;
}

/// The DER of the first certificate in @p pem (empty when there is none).
QByteArray firstPemToDer(const QByteArray &pem)
{
    const qsizetype begin = pem.indexOf(kBegin);
    const qsizetype end = pem.indexOf(kEnd, begin);
    if (begin < 0 || end < 0)
        return {};
    const qsizetype start = begin + qsizetype(sizeof(kBegin) - 1);
    return QByteArray::fromBase64(
        pem.mid(start, end - start).simplified().replace(' ', QByteArray()));
}

} // namespace

void CertificatesDialog::saveCsr()
{
    const auto record = selected();
    if (!record || record->csrPem.isEmpty())
        return;
    m_chooser(true, tr("Save CSR"), tr("Certificate signing request (*.csr *.pem);;All files (*)"),
        [this, csr = record->csrPem](
            const QString &path) { (void)writeFile(path, csr, tr("CSR"), false); });
}

void CertificatesDialog::importCertificate()
{
    const auto record = selected();
    if (!record)
        return;
    m_chooser(false, tr("Import certificate"),
        tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"),
        [this, record = *record](const QString &path) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                setStatus(
                    tr("Could not read %1: %2. Check that the file exists and you may read it.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    true);
                Q_EMIT actionFinished(false);
                return;
            }
            if (file.size() > kMaxImportBytes) {
                setStatus(
                    tr("%1 is larger than 1 MiB, so it is not a certificate. Choose the PEM or DER "
                       "file your CA returned.")
                        .arg(QDir::toNativeSeparators(path)),
                    true);
                Q_EMIT actionFinished(false);
                return;
            }
            const QByteArray bytes = file.read(kMaxImportBytes);
            setBusy(true);
            m_workspace.certificates()
                .importCertificate(record, bytes)
                .then(this, [this](Result<CertificateRecord> r) {
                    recordAnswer(tr("Certificate imported."),
                        tr("Could not import the certificate"), std::move(r));
                });
        });
}

void CertificatesDialog::exportLocalCa()
{
    m_chooser(true, tr("Export local CA certificate"),
        tr("PEM certificate (*.pem *.crt);;All files (*)"), [this](const QString &path) {
            setBusy(true);
            m_workspace.certificates().localCaCertificate().then(
                this, [this, path](Result<QByteArray> der) {
                    setBusy(false);
                    if (!der) {
                        fail(tr("Could not read the local CA certificate"), der.error());
                        return;
                    }
                    (void)writeFile(path, derToPem(*der), tr("local CA certificate"), false);
                });
        });
}

void CertificatesDialog::downloadJwks()
{
    m_chooser(true, tr("Download the public JWKS of the signing keys"),
        tr("JWK Set (*.json);;All files (*)"), [this](const QString &path) {
            setBusy(true);
            m_workspace.certificates().jwks(m_records).then(
                this, [this, path](Result<QByteArray> doc) {
                    setBusy(false);
                    if (!doc) {
                        fail(tr("Could not build the JWKS"), doc.error());
                        return;
                    }
                    (void)writeFile(path, *doc, tr("JWKS"), false);
                });
        });
}

void CertificatesDialog::downloadCertificate()
{
    const auto record = selected();
    if (!record || record->certificatePem.isEmpty())
        return;
    m_chooser(true, tr("Download certificate"),
        tr("PEM certificate with chain (*.pem *.crt);;DER certificate (*.der *.cer)"),
        [this, record = *record](const QString &path) {
            const QString suffix = QFileInfo(path).suffix().toLower();
            if (suffix == QStringLiteral("der") || suffix == QStringLiteral("cer")) {
                const QByteArray der = firstPemToDer(record.certificatePem);
                if (der.isEmpty()) {
                    setStatus(
                        tr("The stored certificate is not valid PEM; import it again."), true);
                    Q_EMIT actionFinished(false);
                    return;
                }
                (void)writeFile(path, der, tr("certificate"), false);
                return;
            }
            QByteArray pem = record.certificatePem;
            if (!pem.endsWith('\n'))
                pem += '\n';
            (void)writeFile(path, pem + record.chainPem, tr("certificate"), false);
        });
}

void CertificatesDialog::exportPkcs12()
{
    const auto record = selected();
    if (!record || record->certificatePem.isEmpty())
        return;
    const QString name = record->subjectDn.isEmpty() ? record->kid : record->subjectDn;
    auto *dialog = new ExportPassphraseDialog(ExportPassphraseDialog::Kind::Pkcs12, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, record = *record] {
        auto passphrase = std::make_shared<SecretBytes>(dialog->takePassphrase());
        const Pkcs12Profile profile = dialog->profile();
        m_chooser(true, tr("Export PKCS#12"), tr("PKCS#12 (*.p12 *.pfx)"),
            [this, record, passphrase, profile](const QString &path) {
                setBusy(true);
                m_workspace.certificates()
                    .exportPkcs12(record, *passphrase, profile)
                    .then(this, [this, path](Result<QByteArray> p12) {
                        setBusy(false);
                        if (!p12) {
                            fail(tr("Could not export the PKCS#12 file"), p12.error());
                            return;
                        }
                        (void)writeFile(path, *p12, tr("PKCS#12 file"), true);
                    });
            });
    });
    dialog->open();
}

void CertificatesDialog::exportPrivateKey()
{
    const auto record = selected();
    if (!record)
        return;
    const QString name = record->subjectDn.isEmpty() ? record->kid : record->subjectDn;
    auto *dialog = new ExportPassphraseDialog(ExportPassphraseDialog::Kind::PrivateKey, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, record = *record] {
        auto passphrase = std::make_shared<SecretBytes>(dialog->takePassphrase());
        m_chooser(true, tr("Export private key"), tr("Encrypted private key (*.pem *.key)"),
            [this, record, passphrase](const QString &path) {
                setBusy(true);
                m_workspace.certificates()
                    .exportPrivateKey(record, *passphrase)
                    .then(this, [this, path](Result<QByteArray> pem) {
                        setBusy(false);
                        if (!pem) {
                            fail(tr("Could not export the private key"), pem.error());
                            return;
                        }
                        (void)writeFile(path, *pem, tr("encrypted private key"), true);
                    });
            });
    });
    dialog->open();
}

} // namespace oauthdesk
