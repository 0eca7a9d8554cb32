// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"
#include "policy/SubjectFields.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace oauthdesk {

/// The subject of a CSR or certificate: CN, O, OU, C, organisation identifier, serial number
/// and, for transport keys, subject alternative names one per line. Checked with
/// validateSubjectFields() before it is accepted; problems are shown inline.
class SubjectFieldsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubjectFieldsDialog)

public:
    SubjectFieldsDialog(const QString &title, const QString &actionText, CertificatePurpose purpose,
        QWidget *parent = nullptr);

    /// What was entered (after accepted()).
    [[nodiscard]] SubjectFields fields() const;

    /// Splits SAN lines into DNS names, IP addresses and URIs.
    static void parseSubjectAltNames(const QString &text, SubjectFields &into);

private:
    void tryAccept();

    QLineEdit *m_commonName = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_organisationId = nullptr;
    QLineEdit *m_serialNumber = nullptr;
    QPlainTextEdit *m_altNames = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace oauthdesk
