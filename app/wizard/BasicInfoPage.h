// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"
#include "wizard/ClientWizardPage.h"

#include <QMap>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QToolButton;

namespace oauthdesk {

/// Stage 1, "Basic information": name, description, application (or a new one), environment,
/// and the application type as four choices with a line each on when to pick it.
class BasicInfoPage final : public ClientWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BasicInfoPage)

public:
    explicit BasicInfoPage(ClientWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    [[nodiscard]] ApplicationType chosenType() const;
    void storeToDraft();
    void fillEnvironments();
    /// "New environment…": the Environments dialog over the wizard, then the new one chosen.
    void openNewEnvironment();

    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_application;
    QToolButton *m_newApplication;
    QLineEdit *m_newApplicationName;
    QComboBox *m_environment;
    QButtonGroup *m_types;
    QMap<ApplicationType, QRadioButton *> m_typeButtons;
    bool m_typeChangeConfirmed = false;
};

} // namespace oauthdesk
