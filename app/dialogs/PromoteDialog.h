// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/Promotion.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace oauthdesk {

class Workspace;

/// Issue 15 "Promote to …": the plan for creating @p client in another environment (what is
/// copied, what is made fresh, what cannot be copied, what the target AS refuses), then Promote.
/// Promote stays disabled while the plan has a refused item.
class PromoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromoteDialog)

public:
    enum Column { MarkerColumn, KindColumn, SettingColumn, TextColumn, ColumnCount };

    PromoteDialog(Workspace &workspace, const OAuthClient &client, QWidget *parent = nullptr);
    ~PromoteDialog() override;

    [[nodiscard]] QComboBox *target() const { return m_target; }
    [[nodiscard]] QTableWidget *planTable() const { return m_plan; }
    [[nodiscard]] QPushButton *promoteButton() const { return m_promote; }
    [[nodiscard]] QCheckBox *registerBox() const { return m_register; }
    [[nodiscard]] QLineEdit *clientIdEdit() const { return m_clientId; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] const std::optional<PromotionPlan> &plan() const { return m_current; }
    [[nodiscard]] QLineEdit *newSecretEdit() const { return m_secret; }
    /// How long the new secret stays on screen (30 s, as a revealed secret elsewhere).
    void setSecretShownMs(int ms) { m_secretShownMs = ms; }

    /// Refused while a promotion runs: it would stop half-way and leave fresh keys behind.
    void reject() override;

Q_SIGNALS:
    void planShown(bool ok);
    void promoted(bool ok);

private:
    void makePlan();
    void showPlan(const PromotionPlan &plan);
    void updateButton();
    void promote();

    Workspace &m_workspace;
    OAuthClient m_client;
    std::unique_ptr<Promotion> m_promotion;
    QComboBox *m_target = nullptr;
    QCheckBox *m_register = nullptr;
    QLineEdit *m_clientId = nullptr;
    QTableWidget *m_plan = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_copySecret = nullptr;
    QPushButton *m_promote = nullptr;
    std::optional<PromotionPlan> m_current;
    int m_generation = 0;
    bool m_busy = false;
    int m_secretShownMs = 30000;
};

} // namespace oauthdesk
