// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/KeyRotation.h"

#include <QDialog>
#include <functional>
#include <memory>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace oauthdesk {

class Workspace;

/// The key rotation assistant for one private_key_jwt or mutual TLS client (issue 15): the six
/// steps as a checklist with the next one highlighted, what each step verified, "Next step",
/// "Abandon rotation", and "Download JWKS…" when the AS reads the keys from a jwks_uri host.
/// tls_client_auth: before step 1 the new certificate's subject is chosen (a new one, proposed,
/// so that the AS refuses the old certificate after the switch; or the old one's, which the AS
/// cannot tell apart), and while step 1 waits for the CA "Save CSR…" and "Import
/// certificate…" hand the request out and take the certificate in.
/// Closing it at any point leaves the client working with the key it references; reopening
/// (or `oauthdesk-cli rotate`) resumes.
class KeyRotationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyRotationDialog)

public:
    KeyRotationDialog(Workspace &workspace, qint64 clientRowId, QWidget *parent = nullptr);
    ~KeyRotationDialog() override;

    [[nodiscard]] const std::optional<RotationState> &rotationState() const { return m_state; }
    /// Asks before step 6 removes the old key (a message box; tests replace it).
    void setRemovalConfirmation(std::function<bool(const QString &question)> confirm);
    /// Writes the JWKS file to publish at the jwks_uri host to @p path (Download JWKS… asks for
    /// it).
    [[nodiscard]] bool saveJwksTo(const QString &path);
    /// tls_client_auth: writes the new key's CSR (PEM) to @p path.
    [[nodiscard]] bool saveCsrTo(const QString &path);
    /// tls_client_auth: imports the CA's certificate for the new key from @p path (PEM or
    /// DER, with its chain); the state is shown again when done.
    void importCertificateFrom(const QString &path);
    /// tls_client_auth, before step 1: a new subject (@p subjectDn, RFC 4514) or the old one's.
    void chooseSubject(bool keepOldSubject, const QString &subjectDn = {});

public Q_SLOTS:
    void reload();
    void nextStep();
    void abandonRotation();
    void downloadJwks();
    void saveCsr();
    void importCertificate();

Q_SIGNALS:
    /// A state was shown (after loading, a step, or abandoning); @p ok false: an error is shown.
    void stateShown(bool ok);

private:
    void setBusy(bool busy, const QString &what = {});
    void showState(const RotationState &state);
    void showError(const QString &message);
    void showSubjectChoice(const RotationState &state);
    [[nodiscard]] bool keepsOldSubject() const;

    Workspace &m_workspace;
    qint64 m_clientRowId;
    std::unique_ptr<KeyRotation> m_rotation;
    std::optional<RotationState> m_state;
    QList<RotationCheck> m_checks; ///< everything verified while the dialog is open
    std::function<bool(const QString &)> m_confirm;
    QLabel *m_title;
    QLabel *m_summary;
    QListWidget *m_steps;
    QLabel *m_keys;
    QPlainTextEdit *m_checksView;
    QLabel *m_error;
    QPushButton *m_next;
    QPushButton *m_abandon;
    QPushButton *m_download;
    QGroupBox *m_subjectBox;
    QRadioButton *m_newSubject;
    QRadioButton *m_sameSubject;
    QLineEdit *m_subject;
    QLabel *m_subjectNote;
    QPushButton *m_saveCsr;
    QPushButton *m_importCert;
};

} // namespace oauthdesk
