// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Environment.h"
#include "usecases/Environments.h"

#include <QDialog>
#include <QPointer>
#include <memory>
#include <optional>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QTextBrowser;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace oauthdesk {

class Workspace;
class FieldProblems;

/// Settings → Environments…: the authorization servers and APIs clients are used against.
class EnvironmentsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentsDialog)

public:
    /// Shows @p workspace's environments; every save, removal and fetch goes through its use cases.
    explicit EnvironmentsDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~EnvironmentsDialog() override;

    /// The form's current content as an Environment (id of the selected one, or 0 for new).
    [[nodiscard]] Environment formEnvironment() const;
    [[nodiscard]] const QList<Environment> &environments() const { return m_environments; }

public Q_SLOTS:
    void addEnvironment();
    void saveCurrent();
    void removeCurrent();
    /// Fetches the selected (saved) environment's discovery document and caches it.
    void refreshDiscovery();
    /// "Client CA the AS trusts" → Load from file…: reads and checks @p path off the GUI thread;
    /// the CAs go into the form (saved with Save environment), a refusal beside the field.
    void loadClientCaFile(const QString &path);

Q_SIGNALS:
    /// After a save or removal reached the store (tests wait for it).
    void storeAnswered(bool ok);
    /// After a client CA file was read for the form on screen: loaded, or refused (tests wait).
    void clientCaLoaded(bool ok);

private:
    void buildUi();
    void reloadList(qint64 selectId);
    void loadForm(const Environment &env);
    void onSelectionChanged();
    void addHeaderRow(const ExtraHeader &header);
    void setStatus(const QString &text, bool error);
    void showDiscovery(const Environment &env);

    void addCredentialsBox();
    /// The "Client CA the AS trusts" row (EnvironmentsDialogClientCa.cpp).
    QWidget *buildClientCaBox(QWidget *parent);
    /// Shows m_clientCaPem (from @p known when just read).
    void showClientCa(const std::optional<ClientCaRead> &known = std::nullopt);

    Workspace &m_workspace;
    QTextBrowser *m_discovery = nullptr;
    class RegistrationCredentialsBox *m_credentials = nullptr;
    ::QFormLayout *m_form = nullptr;
    QPushButton *m_refreshDiscovery = nullptr;
    QList<Environment> m_environments;
    qint64 m_currentId = 0;

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_issuer = nullptr;
    QComboBox *m_connectivity = nullptr;
    QLineEdit *m_apiBaseUrl = nullptr;
    QLineEdit *m_caBundle = nullptr;
    QComboBox *m_assertionAudience = nullptr;
    QTableWidget *m_headers = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_clientCaSummary = nullptr;
    QPushButton *m_clearClientCa = nullptr;
    QByteArray m_clientCaPem; ///< the form's client CA (saved with the environment)
    quint64 m_clientCaLoads = 0; ///< a load answers only while this is what it started with
    std::unique_ptr<FieldProblems> m_problems;
};

} // namespace oauthdesk
