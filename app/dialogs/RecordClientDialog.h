// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Application.h"
#include "model/Environment.h"
#include "model/OAuthClient.h"

#include <QDialog>
#include <QMap>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace oauthdesk {

class FieldProblems;

/// "Record an existing client": enters a client registered at the AS by other means (and edits
/// one). The rules come from lib/policy; this dialog only shows their answers.
class RecordClientDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordClientDialog)

public:
    RecordClientDialog(OAuthClient client, const QList<Application> &applications,
                       const QList<Environment> &environments, QWidget *parent = nullptr);
    ~RecordClientDialog() override;

    [[nodiscard]] OAuthClient client() const;
    void accept() override;

private:
    void applyPreset(ApplicationType type);
    void updateTypeDependentFields();

    OAuthClient m_client;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_clientId = nullptr;
    QComboBox *m_application = nullptr;
    QComboBox *m_environment = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_typeHint = nullptr;
    QMap<GrantType, QCheckBox *> m_grants;
    QWidget *m_redirectRow = nullptr;
    QLabel *m_redirectLabel = nullptr;
    QPlainTextEdit *m_redirectUris = nullptr;
    QLineEdit *m_scopes = nullptr;
    std::unique_ptr<FieldProblems> m_problems;
};

} // namespace oauthdesk
