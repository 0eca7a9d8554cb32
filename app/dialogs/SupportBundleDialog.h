// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/SupportBundle.h"

#include <QDialog>
#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace oauthdesk {

class Doctor;
class Workspace;

/// "Save support bundle…" for a client (issue 15): says what goes in, gets a fresh test token
/// and the doctor's report when opened, lists the bundle's files with the redacted exchanges
/// to look at, and saves the zip.
class SupportBundleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportBundleDialog)

public:
    SupportBundleDialog(Workspace &workspace, qint64 clientRowId, QWidget *parent = nullptr);
    ~SupportBundleDialog() override;

    /// Writes the bundle to @p path (Save… asks for it).
    void saveTo(const QString &path);

    // For tests.
    [[nodiscard]] bool isReady() const { return m_input.has_value(); }
    [[nodiscard]] QStringList fileNames() const;
    [[nodiscard]] QString previewText() const;
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    /// The session and the doctor answered; the bundle can be saved.
    void ready();
    void saved(const QString &path);
    void failed(const QString &message);

private:
    void collect();
    void gathered();
    void saveAsked();

    Workspace &m_workspace;
    qint64 m_clientRowId;
    std::unique_ptr<SupportBundle> m_bundle;
    std::unique_ptr<Doctor> m_doctor;
    std::optional<SupportBundleInput> m_input;
    SessionRecord m_session;
    std::optional<QJsonObject> m_report;
    QLabel *m_status = nullptr;
    QTreeWidget *m_files = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace oauthdesk
