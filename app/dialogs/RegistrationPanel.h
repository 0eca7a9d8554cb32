// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "oauth/HttpExchange.h"

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace oauthdesk {

class Workspace;
struct RegistrationOutcome;

/// "At the authorization server" in a registered client's details (RFC 7592): refresh from the
/// AS, ask it for a new secret, delete the client there. Each action shows its request and
/// response (secrets redacted) like the token pane.
class RegistrationPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationPanel)

public:
    RegistrationPanel(Workspace &workspace, Environment environment, OAuthClient client,
        QWidget *parent = nullptr);

    [[nodiscard]] const OAuthClient &client() const { return m_client; }

public Q_SLOTS:
    void refreshFromAs();
    void rotateAtAs();
    void deleteAtAs();

Q_SIGNALS:
    /// The local record now holds what the AS answered.
    void clientUpdated(const oauthdesk::OAuthClient &client);
    void clientDeleted(qint64 clientRowId);
    /// An action finished (tests wait for it).
    void answered(bool ok);

private:
    void setBusy(bool busy, const QString &what = {});
    void showOutcome(const RegistrationOutcome &outcome, const QString &success);
    void showExchanges(const QList<HttpExchange> &exchanges);
    void report(const QString &html, bool error);

    Workspace &m_workspace;
    Environment m_env;
    OAuthClient m_client;
    QLabel *m_summary;
    QLabel *m_result;
    QLineEdit *m_newSecret;
    QPushButton *m_copyNewSecret = nullptr;
    QPushButton *m_refresh;
    QPushButton *m_rotate;
    QPushButton *m_delete;
    QPlainTextEdit *m_exchange;
};

} // namespace oauthdesk
