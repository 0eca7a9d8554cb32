// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/ClientWizardPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace oauthdesk {

class UriListEditor;

/// Stage 2, "Authentication": the recommended configuration for the type, then what it leaves
/// open: client authentication, redirect URIs, post-logout redirect URIs, scopes.
class AuthenticationPage final : public ClientWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthenticationPage)

public:
    explicit AuthenticationPage(ClientWizard *wizard);
    void initializePage() override;
    /// While the application's certificates load (or when they could not be read), a client
    /// that needs one cannot go on: said beside the picker.
    [[nodiscard]] Problems extraProblems() const override;

private:
    void storeToDraft();
    void loadCertificates();
    void updateCertificateRows();

    QLabel *m_summary;
    QComboBox *m_authMethod;
    QLabel *m_authHint;
    // Declared (so made) in the order the page shows them: that is the Tab order.
    QComboBox *m_signing;
    QComboBox *m_transport;
    QCheckBox *m_bound;
    QWidget *m_redirectRow;
    QLabel *m_redirectLabel;
    UriListEditor *m_redirects;
    QWidget *m_logoutRow;
    QLabel *m_logoutLabel;
    UriListEditor *m_logoutRedirects;
    QLineEdit *m_scopes;
    QLabel *m_scopeHint;
    /// The pickers hold the application's certificates: until then the draft keeps its ids
    /// (an edited client's key is not "(none)" while the list loads).
    bool m_certificatesLoaded = false;
    QString m_certificatesError; ///< why they could not be read, if so
    quint64 m_certificateLoads = 0; ///< only the latest load's answer fills the pickers
    void openCertificates();
    QList<QWidget *> m_signingRow;
    QList<QWidget *> m_transportRow;
};

} // namespace oauthdesk
