// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WizardStepper.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace oauthdesk {

WizardStepper::WizardStepper(const QStringList &stages, QWidget *parent)
    : QWidget(parent)
    , m_stages(stages)
{
    setObjectName(QStringLiteral("wizardStepper"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(12, 16, 16, 12);
    v->setSpacing(14);
    for (int i = 0; i < m_stages.size(); ++i) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("stage%1").arg(i + 1));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        m_labels.append(label);
        v->addWidget(label);
    }
    v->addStretch(1);
    setMinimumWidth(170);
    setMaximumWidth(230);
    restyle();
}

void WizardStepper::setCurrent(int index)
{
    if (index == m_current)
        return;
    m_current = index;
    restyle();
}

QString WizardStepper::stageText(int index) const
{
    return index >= 0 && index < m_labels.size() ? m_labels[index]->text() : QString();
}

void WizardStepper::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

void WizardStepper::restyle()
{
    // Colours from the palette, so a dark theme keeps its contrast.
    const QPalette pal = palette();
    const QString highlight = pal.color(QPalette::Highlight).name();
    const QString muted = pal.color(QPalette::Disabled, QPalette::WindowText).name();
    const QString text = pal.color(QPalette::WindowText).name();
    for (int i = 0; i < m_labels.size(); ++i) {
        QLabel *label = m_labels[i];
        const bool done = m_current > i;
        const bool now = m_current == i;
        // ✔ behind, ● current, ○ ahead: the state is in the text, not only in the colour.
        const QString mark = done ? QStringLiteral("✔")
            : now                 ? QStringLiteral("●")
                                  : QStringLiteral("○");
        label->setText(QStringLiteral("%1  %2. %3").arg(mark).arg(i + 1).arg(m_stages[i]));
        label->setStyleSheet(QStringLiteral("color: %1; font-weight: %2;")
                                 .arg(now       ? highlight
                                         : done ? text
                                                : muted,
                                     now ? QStringLiteral("bold") : QStringLiteral("normal")));
        const QString state = done ? tr("done") : now ? tr("current stage") : tr("not yet");
        label->setAccessibleName(
            tr("Stage %1 of %2: %3, %4").arg(i + 1).arg(m_labels.size()).arg(m_stages[i], state));
    }
}

} // namespace oauthdesk
