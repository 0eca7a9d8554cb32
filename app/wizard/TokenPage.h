// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/ClientWizardPage.h"

class QLabel;
class QSpinBox;

namespace oauthdesk {

/// Stage 3, "Token configuration": how long tokens stay valid, with the trade-off said once.
class TokenPage final : public ClientWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenPage)

public:
    explicit TokenPage(ClientWizard *wizard);
    void initializePage() override;

    /// "1 h 30 min", "30 days": what a number of seconds means to a person.
    [[nodiscard]] static QString humanDuration(int seconds);

private:
    void storeToDraft();

    QSpinBox *m_access;
    QLabel *m_accessHuman;
    QWidget *m_refreshRow;
    QLabel *m_refreshLabel;
    QSpinBox *m_refresh;
    QLabel *m_refreshHuman;
};

} // namespace oauthdesk
