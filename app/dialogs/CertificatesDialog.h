// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Application.h"
#include "model/CertificateRecord.h"
#include "policy/SubjectFields.h"

#include <QDialog>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace oauthdesk {

class Workspace;
class CertificateDetailsWidget;

/// The signing and transport keys of one application with their CSRs and certificates: generate
/// a key (off the GUI thread, cancellable), make a CSR, import what the CA returned, issue from
/// the local development CA or self-sign, and export (certificate, PKCS#12, private key).
/// Every dialog it opens is non-blocking; every failure is shown in the status line.
class CertificatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificatesDialog)

public:
    /// Asks for a file: @p save chooses a target, otherwise an existing file; @p answer gets the
    /// path, or is not called when the admin cancels.
    using FileChooser = std::function<void(
        bool save, QString title, QString filter, std::function<void(QString)> answer)>;

    enum Column {
        PurposeColumn,
        KeyColumn,
        SubjectColumn,
        StateColumn,
        ExpiresColumn,
        ColumnCount
    };

    CertificatesDialog(Workspace &workspace, const Application &app, QWidget *parent = nullptr);
    ~CertificatesDialog() override;

    /// Replaces the QFileDialog::open() chooser (tests answer with a temporary path).
    void setFileChooser(FileChooser chooser);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] CertificateDetailsWidget *details() const { return m_details; }

Q_SIGNALS:
    /// The certificate list was (re)loaded from the store.
    void recordsLoaded();
    /// An action finished (tests wait for it).
    void actionFinished(bool ok);

private:
    void buildActions(QVBoxLayout *root);
    void reload();
    void upsert(const CertificateRecord &record);
    void render();
    void selectRecord(qint64 id);
    [[nodiscard]] std::optional<CertificateRecord> selected() const;
    void updateActions();
    void setStatus(const QString &text, bool error);
    void fail(const QString &what, const Error &error);
    void setBusy(bool busy);
    [[nodiscard]] bool writeFile(
        const QString &path, const QByteArray &bytes, const QString &what, bool privateFile);
    void recordAnswer(
        const QString &doneText, const QString &failText, Result<CertificateRecord> r);

    void generateKey();
    void cancelGeneration();
    void createCsr();
    void saveCsr();
    void importCertificate();
    void issueWithLocalCa();
    void selfSign();
    void exportLocalCa();
    void downloadJwks();
    void downloadCertificate();
    void exportPkcs12();
    void exportPrivateKey();
    void deleteRecord();
    void askSubject(const QString &title, const QString &actionText,
        std::function<void(const CertificateRecord &, const SubjectFields &)> then);

    Workspace &m_workspace;
    Application m_app;
    FileChooser m_chooser;
    QList<CertificateRecord> m_records;
    std::optional<qint64> m_selectAfterRender;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_busy = false;

    QTableWidget *m_table = nullptr;
    CertificateDetailsWidget *m_details = nullptr;
    QComboBox *m_purpose = nullptr;
    QComboBox *m_algorithm = nullptr;
    QLabel *m_algorithmReason = nullptr;
    QPushButton *m_generate = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelGenerate = nullptr;
    QPushButton *m_createCsr = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_issueLocal = nullptr;
    QPushButton *m_selfSign = nullptr;
    QPushButton *m_exportCa = nullptr;
    QPushButton *m_jwks = nullptr;
    QPushButton *m_download = nullptr;
    QPushButton *m_exportP12 = nullptr;
    QPushButton *m_exportKey = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace oauthdesk
