// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Environment.h"
#include "model/OAuthClient.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace oauthdesk {

class Workspace;

/// Everything recorded for a client, and its secret on explicit request: "Reveal secret" reads
/// it from the keychain and hides it again after 30 s; "Rotate secret" makes a new one, stores
/// it, and shows it once.
class ClientDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientDetailsDialog)

public:
    ClientDetailsDialog(const OAuthClient &client, const QString &applicationName,
        const QString &environmentName, Workspace &workspace, QWidget *parent = nullptr);

    /// Adds "At the authorization server" for a client registered through OAuthDesk (RFC 7592).
    void addRegistrationPanel(const Environment &environment);
    [[nodiscard]] class RegistrationPanel *registrationPanel() const { return m_registrationPanel; }

    /// How long a revealed secret stays visible (30 s; tests shorten it).
    void setRevealDuration(int ms) { m_revealMs = ms; }

public Q_SLOTS:
    void revealSecret();
    void rotateSecret();

Q_SIGNALS:
    void copyClientIdRequested(const QString &clientId);
    void testTokenRequested(qint64 clientRowId);
    /// The keychain answered a reveal or rotation (tests wait for it).
    void secretAnswered(bool ok);

private:
    void showSecret(const QString &text, const QString &note);
    void hideSecret();
    void setStatus(const QString &text, bool error);

    OAuthClient m_client;
    Workspace &m_workspace;
    int m_revealMs = 30000;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_copySecret = nullptr;
    QPushButton *m_rotate = nullptr;
    QPushButton *m_testToken = nullptr;
    QLabel *m_secretStatus = nullptr;
    QTimer *m_hideTimer = nullptr;
    class RegistrationPanel *m_registrationPanel = nullptr;
};

} // namespace oauthdesk
