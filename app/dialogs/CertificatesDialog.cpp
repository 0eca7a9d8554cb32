// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/CertificatesDialog.h"

#include "dialogs/CertificateDetailsWidget.h"
#include "dialogs/SubjectFieldsDialog.h"
#include "usecases/Workspace.h"
#include "widgets/Tones.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oauthdesk {

CertificatesDialog::CertificatesDialog(
    Workspace &workspace, const Application &app, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_app(app)
{
    setObjectName(QStringLiteral("certificatesDialog"));
    setWindowTitle(tr("Certificates: %1").arg(app.name));
    m_chooser = [this](
                    bool save, QString title, QString filter, std::function<void(QString)> answer) {
        auto *dialog = new QFileDialog(this, title, QString(), filter);
        dialog->setObjectName(QStringLiteral("certificateFileDialog"));
        dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
        dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this,
            [dialog, save, answer = std::move(answer)](const QString &path) {
                if (path.isEmpty())
                    return;
                QString chosen = path;
                if (save && QFileInfo(path).suffix().isEmpty()) {
                    // "PEM certificate (*.pem *.crt)" → ".pem": the filter the admin picked says
                    // the format.
                    static const QRegularExpression firstSuffix(QStringLiteral("\\*\\.(\\w+)"));
                    const auto match = firstSuffix.match(dialog->selectedNameFilter());
                    if (match.hasMatch())
                        chosen += QLatin1Char('.') + match.captured(1);
                }
                answer(chosen);
            });
        dialog->open();
    };

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("certificateTable"));
    m_table->setAccessibleName(tr("Keys and certificates"));
    m_table->setHorizontalHeaderLabels(
        { tr("Purpose"), tr("Key"), tr("Subject"), tr("State"), tr("Expires") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    auto *tableLabel = new QLabel(tr("&Keys and certificates:"), this);
    tableLabel->setBuddy(m_table);

    m_details = new CertificateDetailsWidget(this);
    connect(m_details, &CertificateDetailsWidget::copied, this,
        [this](const QString &what) { setStatus(tr("%1 copied.").arg(what), false); });
    connect(
        m_details, &CertificateDetailsWidget::saveCsrRequested, this, &CertificatesDialog::saveCsr);

    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(tableLabel);
    tableLayout->addWidget(m_table);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tableBox);
    split->addWidget(m_details);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("certificateStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->hide();

    auto *root = new QVBoxLayout(this);
    buildActions(root);
    root->addWidget(split, 1);
    root->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    root->addWidget(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_details->setRecord(selected());
        updateActions();
    });
    connect(&m_workspace, &Workspace::certificateSaved, this, [this](const CertificateRecord &r) {
        if (r.applicationId == m_app.id)
            upsert(r);
    });
    connect(&m_workspace, &Workspace::certificateRemoved, this, [this](qint64 id) {
        const auto n = m_records.removeIf([id](const CertificateRecord &r) { return r.id == id; });
        if (n > 0)
            render();
    });
    updateActions();
    reload();
    resize(900, 720);
}

CertificatesDialog::~CertificatesDialog()
{
    if (m_cancel)
        m_cancel->store(true); // nobody wants that key any more
}

void CertificatesDialog::setFileChooser(FileChooser chooser)
{
    m_chooser = std::move(chooser);
}

void CertificatesDialog::buildActions(QVBoxLayout *root)
{
    auto *generateBox = new QGroupBox(tr("New key"), this);
    auto *grid = new QGridLayout(generateBox);
    m_purpose = new QComboBox(generateBox);
    m_purpose->setObjectName(QStringLiteral("keyPurpose"));
    m_purpose->setAccessibleName(tr("Key purpose"));
    m_purpose->addItem(
        tr("Signing (private_key_jwt, signed requests)"), int(CertificatePurpose::Signing));
    m_purpose->addItem(
        tr("Transport (mutual TLS client certificate)"), int(CertificatePurpose::Transport));
    auto *purposeLabel = new QLabel(tr("P&urpose:"), generateBox);
    purposeLabel->setBuddy(m_purpose);
    m_algorithm = new QComboBox(generateBox);
    m_algorithm->setObjectName(QStringLiteral("keyAlgorithm"));
    m_algorithm->setAccessibleName(tr("Key algorithm"));
    for (KeyAlgorithm a : allValues<KeyAlgorithm>())
        m_algorithm->addItem(CertificateDetailsWidget::keyAlgorithmName(a), int(a));
    auto *algorithmLabel = new QLabel(tr("&Algorithm:"), generateBox);
    algorithmLabel->setBuddy(m_algorithm);
    m_algorithmReason = new QLabel(generateBox);
    m_algorithmReason->setObjectName(QStringLiteral("keyAlgorithmReason"));
    m_algorithmReason->setTextFormat(Qt::PlainText);
    m_algorithmReason->setWordWrap(true);
    m_generate = new QPushButton(tr("&Generate key…"), generateBox);
    m_generate->setObjectName(QStringLiteral("generateKeyButton"));
    m_progress = new QProgressBar(generateBox);
    m_progress->setObjectName(QStringLiteral("generateProgress"));
    m_progress->setAccessibleName(tr("Generating key"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancelGenerate = new QPushButton(tr("Cance&l"), generateBox);
    m_cancelGenerate->setObjectName(QStringLiteral("cancelGenerateButton"));
    m_cancelGenerate->hide();
    grid->addWidget(purposeLabel, 0, 0);
    grid->addWidget(m_purpose, 0, 1);
    grid->addWidget(algorithmLabel, 1, 0);
    grid->addWidget(m_algorithm, 1, 1);
    grid->addWidget(m_generate, 1, 2);
    grid->addWidget(m_algorithmReason, 2, 1, 1, 2);
    grid->addWidget(m_progress, 3, 1);
    grid->addWidget(m_cancelGenerate, 3, 2);
    grid->setColumnStretch(1, 1);
    const auto suggest = [this] {
        const bool signing
            = CertificatePurpose(m_purpose->currentData().toInt()) == CertificatePurpose::Signing;
        m_algorithm->setCurrentIndex(
            m_algorithm->findData(int(signing ? KeyAlgorithm::EcP256 : KeyAlgorithm::Rsa2048)));
        m_algorithmReason->setText(signing
                ? tr(
                    "EC P-256 (ES256) is small and fast and every current authorization server accepts it.")
                : tr(
                    "RSA 2048 is what CAs, TLS terminators and older appliances accept everywhere."));
    };
    connect(m_purpose, &QComboBox::currentIndexChanged, this, suggest);
    suggest();
    connect(m_generate, &QPushButton::clicked, this, &CertificatesDialog::generateKey);
    connect(m_cancelGenerate, &QPushButton::clicked, this, &CertificatesDialog::cancelGeneration);
    root->addWidget(generateBox);

    auto *actions = new QGridLayout;
    auto add = [&](QPushButton *&button, const QString &text, const char *name,
                   void (CertificatesDialog::*slot)(), int row, int column) {
        button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        QString accessible = text;
        accessible.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        button->setAccessibleName(accessible);
        connect(button, &QPushButton::clicked, this, slot);
        actions->addWidget(button, row, column);
    };
    add(m_createCsr, tr("Create &CSR…"), "createCsrButton", &CertificatesDialog::createCsr, 0, 0);
    add(m_import, tr("&Import certificate…"), "importCertificateButton",
        &CertificatesDialog::importCertificate, 0, 1);
    add(m_issueLocal, tr("Issue with local C&A…"), "issueLocalCaButton",
        &CertificatesDialog::issueWithLocalCa, 0, 2);
    add(m_selfSign, tr("&Self-signed…"), "selfSignButton", &CertificatesDialog::selfSign, 0, 3);
    add(m_exportCa, tr("Export local CA certi&ficate…"), "exportLocalCaButton",
        &CertificatesDialog::exportLocalCa, 0, 4);
    add(m_download, tr("Do&wnload certificate…"), "downloadCertificateButton",
        &CertificatesDialog::downloadCertificate, 1, 0);
    add(m_exportP12, tr("Export &PKCS#12…"), "exportPkcs12Button",
        &CertificatesDialog::exportPkcs12, 1, 1);
    add(m_exportKey, tr("Export private &key…"), "exportPrivateKeyButton",
        &CertificatesDialog::exportPrivateKey, 1, 2);
    add(m_delete, tr("&Delete"), "deleteCertificateButton", &CertificatesDialog::deleteRecord, 1,
        3);
    add(m_jwks, tr("Download &JWKS…"), "downloadJwksButton", &CertificatesDialog::downloadJwks, 1,
        4);
    root->addLayout(actions);
}

void CertificatesDialog::reload()
{
    m_workspace.certificates().forApplication(m_app.id).then(
        this, [this](Result<QList<CertificateRecord>> r) {
            if (!r) {
                fail(tr("Could not read the certificates"), r.error());
                return;
            }
            m_records = std::move(*r);
            render();
            Q_EMIT recordsLoaded();
        });
}

void CertificatesDialog::upsert(const CertificateRecord &record)
{
    auto it = std::find_if(m_records.begin(), m_records.end(),
        [&](const CertificateRecord &r) { return r.id == record.id; });
    if (it != m_records.end())
        *it = record;
    else
        m_records.append(record);
    render();
}

void CertificatesDialog::render()
{
    const std::optional<CertificateRecord> current = selected();
    qint64 keep = 0; // row ids start at 1
    if (m_selectAfterRender)
        keep = *m_selectAfterRender;
    else if (current)
        keep = current->id;
    m_selectAfterRender.reset();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_records.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_records.size(); ++row) {
        const CertificateRecord &r = m_records.at(row);
        auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, r.id);
            m_table->setItem(row, column, item);
            return item;
        };
        set(PurposeColumn, CertificateDetailsWidget::purposeName(r.purpose));
        set(KeyColumn, CertificateDetailsWidget::keyAlgorithmName(r.keyAlgorithm));
        set(SubjectColumn,
            r.subjectDn.isEmpty() ? tr("(kid %1)").arg(r.kid.left(12)) : r.subjectDn);
        set(StateColumn, CertificateDetailsWidget::stateName(r));
        auto *expires
            = set(ExpiresColumn, CertificateDetailsWidget::validityText(r.notAfter, true));
        if (r.notAfter) {
            const qint64 days = now.daysTo(r.notAfter->toUTC());
            if (*r.notAfter < now) {
                expires->setBackground(QColor(0xff, 0xcd, 0xd2));
                expires->setForeground(QColor(0xb7, 0x1c, 0x1c));
            } else if (days <= 30) {
                expires->setBackground(QColor(0xff, 0xe0, 0xb2));
                expires->setForeground(QColor(0xe6, 0x51, 0x00));
            }
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    if (keep > 0)
        selectRecord(keep);
    m_details->setRecord(selected());
    updateActions();
}

void CertificatesDialog::selectRecord(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

std::optional<CertificateRecord> CertificatesDialog::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id = items.first()->data(Qt::UserRole).toLongLong();
    for (const CertificateRecord &r : m_records)
        if (r.id == id)
            return r;
    return std::nullopt;
}

void CertificatesDialog::updateActions()
{
    const auto r = selected();
    const bool any = r.has_value() && !m_busy;
    const bool hasCertificate = any && !r->certificatePem.isEmpty();
    m_generate->setEnabled(!m_busy);
    m_purpose->setEnabled(!m_busy);
    m_algorithm->setEnabled(!m_busy);
    m_createCsr->setEnabled(any);
    m_import->setEnabled(any);
    m_issueLocal->setEnabled(any);
    m_selfSign->setEnabled(any);
    m_exportCa->setEnabled(!m_busy);
    m_download->setEnabled(hasCertificate);
    m_exportP12->setEnabled(hasCertificate);
    m_exportKey->setEnabled(any);
    m_delete->setEnabled(any);
}

void CertificatesDialog::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? tones::labelStyle(tones::Tone::Bad, palette()) : QString());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void CertificatesDialog::fail(const QString &what, const Error &error)
{
    setStatus(tr("%1: %2").arg(what, error.message), true);
    Q_EMIT actionFinished(false);
}

void CertificatesDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

bool CertificatesDialog::writeFile(
    const QString &path, const QByteArray &bytes, const QString &what, bool privateFile)
{
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok && privateFile)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ok = ok && file.write(bytes) == bytes.size() && file.commit();
    if (!ok) {
        setStatus(tr("Could not save the %1 to %2: %3. Choose a folder you can write to.")
                      .arg(what, QDir::toNativeSeparators(path), file.errorString()),
            true);
        Q_EMIT actionFinished(false);
        return false;
    }
    setStatus(tr("Saved the %1 to %2.").arg(what, QDir::toNativeSeparators(path)), false);
    Q_EMIT actionFinished(true);
    return true;
}

void CertificatesDialog::recordAnswer(
    const QString &doneText, const QString &failText, Result<CertificateRecord> r)
{
    setBusy(false);
    if (!r) {
        fail(failText, r.error());
        return;
    }
    m_selectAfterRender = r->id;
    upsert(*r);
    setStatus(doneText, false);
    Q_EMIT actionFinished(true);
}

void CertificatesDialog::generateKey()
{
    if (m_busy)
        return;
    const auto purpose = CertificatePurpose(m_purpose->currentData().toInt());
    const auto algorithm = KeyAlgorithm(m_algorithm->currentData().toInt());
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setBusy(true);
    m_progress->show();
    m_cancelGenerate->show();
    m_cancelGenerate->setEnabled(true);
    setStatus(tr("Generating a %1 key…").arg(CertificateDetailsWidget::keyAlgorithmName(algorithm)),
        false);
    auto cancel = m_cancel;
    m_workspace.certificates()
        .createKey(m_app.id, purpose, algorithm, cancel)
        .then(this, [this, cancel](Result<CertificateRecord> r) {
            m_progress->hide();
            m_cancelGenerate->hide();
            if (m_cancel == cancel)
                m_cancel.reset();
            if (r && cancel->load()) {
                // Finished before it saw the cancel: the admin said no, so it goes again.
                m_workspace.certificates().remove(*r).then(this, [](Result<void>) {});
                r = std::unexpected(Error { ErrorCode::Cancelled, {}, {} });
            }
            if (!r && r.error().code == ErrorCode::Cancelled) {
                setBusy(false);
                setStatus(tr("Key generation cancelled; nothing was saved."), false);
                Q_EMIT actionFinished(false);
                return;
            }
            const QString kid = r ? r->kid : QString();
            recordAnswer(tr("Key created. Its JWK kid is %1.").arg(kid),
                tr("Could not create the key (check that the system keychain is unlocked)"),
                std::move(r));
        });
}

void CertificatesDialog::cancelGeneration()
{
    if (!m_cancel)
        return;
    m_cancel->store(true);
    m_cancelGenerate->setEnabled(false);
    setStatus(tr("Cancelling key generation…"), false);
}

void CertificatesDialog::askSubject(const QString &title, const QString &actionText,
    std::function<void(const CertificateRecord &, const SubjectFields &)> then)
{
    const auto record = selected();
    if (!record)
        return;
    auto *dialog = new SubjectFieldsDialog(title, actionText, record->purpose, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QDialog::accepted, this, [this, dialog, record = *record, then = std::move(then)] {
            setBusy(true);
            then(record, dialog->fields());
        });
    dialog->open();
}

void CertificatesDialog::createCsr()
{
    askSubject(tr("Create CSR"), tr("&Create CSR"),
        [this](const CertificateRecord &record, const SubjectFields &subject) {
            // For the curious: the same request with the openssl program (shown, never run).
            const QString command = Certificates::opensslEquivalent(
                subject, record, QStringLiteral("private-key.pem"));
            m_workspace.certificates()
                .createCsr(record, subject)
                .then(this, [this, command](Result<CertificateRecord> r) {
                    recordAnswer(
                        tr("CSR created. Save it with \"Save CSR…\" or copy it from the details, and send it to your CA. "
                           "The openssl equivalent: %1")
                            .arg(command),
                        tr("Could not create the CSR"), std::move(r));
                });
        });
}

void CertificatesDialog::issueWithLocalCa()
{
    askSubject(tr("Issue with local CA"), tr("&Issue"),
        [this](const CertificateRecord &record, const SubjectFields &subject) {
            m_workspace.certificates()
                .issueWithLocalCa(record, subject, 365)
                .then(this, [this](Result<CertificateRecord> r) {
                    recordAnswer(
                        tr("Certificate issued by the local development CA, valid for 365 days. "
                           "Export the local CA certificate to make a test server trust it."),
                        tr("Could not issue the certificate with the local CA"), std::move(r));
                });
        });
}

void CertificatesDialog::selfSign()
{
    askSubject(tr("Self-signed certificate"), tr("&Create"),
        [this](const CertificateRecord &record, const SubjectFields &subject) {
            m_workspace.certificates()
                .selfSign(record, subject, 365)
                .then(this, [this](Result<CertificateRecord> r) {
                    recordAnswer(tr("Self-signed certificate created, valid for 365 days."),
                        tr("Could not create the self-signed certificate"), std::move(r));
                });
        });
}

void CertificatesDialog::deleteRecord()
{
    const auto record = selected();
    if (!record)
        return;
    const QString name = record->subjectDn.isEmpty() ? tr("the key with kid %1").arg(record->kid)
                                                     : record->subjectDn;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete key"), tr("Delete %1?").arg(name),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteCertificate"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        tr("The private key is removed from the keychain and cannot be recovered. "
           "Clients that authenticate with it stop working."));
    auto *yes = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, record = *record] {
        if (box->clickedButton() != yes)
            return;
        setBusy(true);
        m_workspace.certificates().remove(record).then(
            this, [this, id = record.id](Result<void> r) {
                setBusy(false);
                if (!r) {
                    fail(tr("Could not delete the key"), r.error());
                    return;
                }
                m_records.removeIf([id](const CertificateRecord &c) { return c.id == id; });
                render();
                setStatus(tr("Key and certificate deleted."), false);
                Q_EMIT actionFinished(true);
            });
    });
    box->open();
}

} // namespace oauthdesk
