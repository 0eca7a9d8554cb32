// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/ClientWizardPage.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace oauthdesk {

class ExchangeView;

/// Stage 4, "Review": everything in readable form, what Submit will do, the client ID the AS
/// issued and (for secret-based methods) where the secret comes from. Submit is the commit.
class ReviewPage final : public ClientWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(ClientWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

    /// The readable summary of the draft (also what the test reads).
    [[nodiscard]] QString summaryHtml() const;

protected:
    Problems extraProblems() const override;

private:
    [[nodiscard]] bool asksForSecret() const;
    void describeSubmit();
    void setBusy(bool busy);

    QLabel *m_summary;
    QLabel *m_whatHappens;
    QCheckBox *m_register;
    QWidget *m_clientIdRow;
    QLineEdit *m_clientId;
    QGroupBox *m_secretBox;
    QRadioButton *m_generate;
    QRadioButton *m_paste;
    QLineEdit *m_pasted;
    QLabel *m_submitError;
    ExchangeView *m_exchanges = nullptr;
    bool m_submitted = false;
    bool m_registerOffered = false;
    bool m_busy = false;
};

} // namespace oauthdesk
