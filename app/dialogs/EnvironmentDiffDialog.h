// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/Promotion.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace oauthdesk {

class Workspace;

/// Issue 15 "UAT → Production": two environments' clients side by side (same application, same
/// name). A difference is marked by colour AND by a sign in the first column (≠ differs,
/// < only on the left, > only on the right), so it reads without colour too.
class EnvironmentDiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentDiffDialog)

public:
    enum Column { MarkerColumn, FieldColumn, LeftColumn, RightColumn, ColumnCount };

    /// @p applicationId 0: every application. @p left / @p right: the environments preselected
    /// (0: the first two).
    EnvironmentDiffDialog(Workspace &workspace, qint64 applicationId = 0, qint64 left = 0,
        qint64 right = 0, QWidget *parent = nullptr);
    ~EnvironmentDiffDialog() override;

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QComboBox *leftEnvironment() const { return m_left; }
    [[nodiscard]] QComboBox *rightEnvironment() const { return m_right; }
    [[nodiscard]] const std::optional<EnvironmentDiff> &shown() const { return m_diff; }

Q_SIGNALS:
    /// A comparison finished (shown, or its error in the status line).
    void diffShown(bool ok);

private:
    void compare();
    void showDiff(const EnvironmentDiff &diff);

    Workspace &m_workspace;
    std::unique_ptr<Promotion> m_promotion;
    qint64 m_applicationId = 0;
    QComboBox *m_left = nullptr;
    QComboBox *m_right = nullptr;
    QComboBox *m_application = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    std::optional<EnvironmentDiff> m_diff;
    int m_generation = 0; ///< answers to an older comparison are ignored
};

} // namespace oauthdesk
