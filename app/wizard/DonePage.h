// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace oauthdesk {

class ClientWizard;

/// After Submit: the client ID with a copy button and, once, the client secret with a copy
/// button and the note that it is kept in the keychain.
class DonePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DonePage)

public:
    explicit DonePage(ClientWizard *wizard);
    void initializePage() override;

private:
    ClientWizard *m_wizard;
    QLabel *m_headline;
    QLineEdit *m_clientId;
    QWidget *m_secretBox;
    QLineEdit *m_secret;
    QLabel *m_copied;
    QLabel *m_registration = nullptr;
    class ExchangeView *m_exchanges = nullptr;
    ::QFormLayout *m_form = nullptr;
};

} // namespace oauthdesk
