// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/Doctor.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace oauthdesk {

class Workspace;

/// The preflight doctor's screen: runs the doctor for one client (or every client) and shows
/// the findings grouped by area with coloured marks, each with its detail and fix; "Run again",
/// "Copy report" and "Save report…" (JSON or text). The doctor changes nothing.
class DoctorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoctorDialog)

public:
    /// @p clientId: the client to check; std::nullopt checks every client.
    DoctorDialog(Workspace &workspace, std::optional<qint64> clientId, QWidget *parent = nullptr);

    [[nodiscard]] const QList<DoctorReport> &reports() const { return m_reports; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// Shows @p reports as if the doctor had just answered them.
    void showReports(const QList<DoctorReport> &reports);
    /// The reports as text (what "Copy report" copies).
    [[nodiscard]] QString reportText() const;
    /// Writes the reports to @p path: JSON when it ends in ".json", else text. Empty on success,
    /// else what went wrong.
    [[nodiscard]] QString saveReportTo(const QString &path) const;

public Q_SLOTS:
    void runAgain();
    void copyReport();
    void saveReport();

Q_SIGNALS:
    /// A run finished and its reports are shown (tests wait for it).
    void reportsShown();

private:
    void showError(const QString &message);

    Workspace &m_workspace;
    std::optional<qint64> m_clientId;
    Doctor *m_doctor = nullptr;
    QList<DoctorReport> m_reports;
    bool m_running = false;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QCheckBox *m_live = nullptr;
    QPushButton *m_runAgain = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace oauthdesk
