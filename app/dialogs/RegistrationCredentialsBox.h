// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Environment.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace oauthdesk {

class Workspace;

/// An environment's registration credentials (RFC 7591): the initial access token and the
/// software statement, written to and removed from the keychain only; the fields never show
/// what is stored, only whether something is.
class RegistrationCredentialsBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationCredentialsBox)

public:
    RegistrationCredentialsBox(Workspace &workspace, QWidget *parent = nullptr);
    void setEnvironment(const Environment &env);

public Q_SLOTS:
    void store();
    void removeAll();

Q_SIGNALS:
    /// The keychain answered (tests wait for it).
    void answered(bool ok);

private:
    void showState();
    void setStatus(const QString &text, bool error);

    Workspace &m_workspace;
    Environment m_env;
    QLabel *m_state;
    QLineEdit *m_iat;
    QLineEdit *m_ssa;
    QPushButton *m_store;
    QPushButton *m_remove;
    QLabel *m_status;
};

} // namespace oauthdesk
