// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QLabel;

namespace oauthdesk {

/// The portal's stage indicator beside the wizard: Basic information → Authentication →
/// Token configuration → Review, the current stage marked, the ones behind it ticked.
class WizardStepper final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardStepper)

public:
    /// @p stages in order; none is current until setCurrent().
    explicit WizardStepper(const QStringList &stages, QWidget *parent = nullptr);

    /// Marks stage @p index (0-based) as current; a value past the last marks all as done.
    void setCurrent(int index);
    [[nodiscard]] int current() const { return m_current; }
    [[nodiscard]] int count() const { return int(m_labels.size()); }
    /// The text shown for stage @p index (for tests and the accessible description).
    [[nodiscard]] QString stageText(int index) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QStringList m_stages;
    QList<QLabel *> m_labels;
    int m_current = -1;
};

} // namespace oauthdesk
