// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CertificateRecord.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace oauthdesk {

/// What is known about one key and its certificate: purpose, algorithm, subject, SANs, serial,
/// validity, SHA-256 thumbprint, x5t#S256 and the JWK kid (each of the last three with a copy
/// button: they are public), and the CSR PEM when there is one.
class CertificateDetailsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDetailsWidget)

public:
    explicit CertificateDetailsWidget(QWidget *parent = nullptr);

    void setRecord(const std::optional<CertificateRecord> &record);

    /// "AB:CD:…" for display, from the stored hex.
    [[nodiscard]] static QString colonHex(const QString &hex);
    /// base64url(SHA-256(DER)) without padding (RFC 8705 §3.1), from the stored hex.
    [[nodiscard]] static QString x5tS256(const QString &hex);
    /// "EC P-256", "RSA 2048".
    [[nodiscard]] static QString keyAlgorithmName(KeyAlgorithm a);
    [[nodiscard]] static QString purposeName(CertificatePurpose p);
    /// "key only", "CSR pending", "issued", "expired" (expired also when notAfter has passed).
    [[nodiscard]] static QString stateName(const CertificateRecord &r);
    /// "2027-11-26 (365 days left)"; empty without notAfter.
    [[nodiscard]] static QString validityText(
        const std::optional<QDateTime> &when, bool withDaysLeft);

Q_SIGNALS:
    /// A public value was put on the clipboard (@p what names it for the status line).
    void copied(const QString &what);
    void saveCsrRequested();

private:
    QLabel *addValue(QFormLayout *form, const QString &label, const char *name);
    QLabel *addCopyableValue(QFormLayout *form, const QString &label, const char *name,
        const char *buttonName, const QString &what);

    QLabel *m_purpose = nullptr;
    QLabel *m_algorithm = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_sans = nullptr;
    QLabel *m_serial = nullptr;
    QLabel *m_notBefore = nullptr;
    QLabel *m_notAfter = nullptr;
    QLabel *m_thumbprint = nullptr;
    QLabel *m_x5t = nullptr;
    QLabel *m_kid = nullptr;
    QList<QPushButton *> m_copyButtons;
    QPlainTextEdit *m_csr = nullptr;
    QPushButton *m_saveCsr = nullptr;
};

} // namespace oauthdesk
