// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CertificateRecord.h"
#include "secrets/SecretBytes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace oauthdesk {

/// Asks for the passphrase that protects an exported private key (PKCS#12 or encrypted PKCS#8
/// PEM), typed twice, at least 8 characters, after saying plainly that the file contains the
/// private key. For PKCS#12 the admin also picks the profile (Modern or Compatible).
class ExportPassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportPassphraseDialog)

public:
    enum class Kind { Pkcs12, PrivateKey };
    static constexpr int kMinimumLength = 8;

    ExportPassphraseDialog(Kind kind, const QString &keyName, QWidget *parent = nullptr);

    /// The passphrase, taken out of the fields (they are cleared).
    [[nodiscard]] SecretBytes takePassphrase();
    [[nodiscard]] Pkcs12Profile profile() const;

private:
    void tryAccept();

    Kind m_kind;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QRadioButton *m_modern = nullptr;
    QRadioButton *m_compatible = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace oauthdesk
