// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FieldProblems.h"

#include "widgets/Tones.h"

#include <QLabel>
#include <QWidget>

namespace oauthdesk {

namespace {
const char kInvalidProperty[] = "invalid";

QString baseField(const QString &field)
{
    const qsizetype bracket = field.indexOf(QLatin1Char('['));
    return bracket < 0 ? field : field.left(bracket);
}

void markInvalid(QWidget *w, bool invalid)
{
    if (!w)
        return;
    w->setProperty(kInvalidProperty, invalid);
    w->setStyleSheet(invalid ? QStringLiteral("border: 1px solid %1; border-radius: 3px;")
                                   .arg(tones::css(tones::Tone::Bad, w->palette()))
                             : QString());
}
} // namespace

QLabel *FieldProblems::makeLabel(const QString &field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(field + QStringLiteral("Problem"));
    label->setWordWrap(true);
    label->setStyleSheet(tones::labelStyle(tones::Tone::Bad, label->palette()));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void FieldProblems::bind(const QString &field, QWidget *widget, QLabel *label)
{
    m_bindings.insert(field, Binding { widget, label });
}

void FieldProblems::clear()
{
    for (auto &b : m_bindings) {
        markInvalid(b.widget, false);
        if (b.widget)
            b.widget->setAccessibleDescription(QString());
        if (b.label) {
            b.label->clear();
            b.label->hide();
        }
    }
    if (m_fallback) {
        m_fallback->clear();
        m_fallback->hide();
    }
}

bool FieldProblems::show(const Problems &problems)
{
    clear();
    QHash<QString, QStringList> byField;
    QStringList unbound;
    for (const Problem &p : problems) {
        const QString key = baseField(p.field);
        if (m_bindings.contains(key))
            byField[key].append(p.message);
        else
            unbound.append(p.message);
    }
    bool focused = false;
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        const Binding &b = m_bindings[it.key()];
        const QString text = it.value().join(QLatin1Char('\n'));
        markInvalid(b.widget, true);
        if (b.widget) {
            b.widget->setAccessibleDescription(text);
            if (!focused) {
                b.widget->setFocus(Qt::OtherFocusReason);
                focused = true;
            }
        }
        if (b.label) {
            b.label->setText(text);
            b.label->show();
        }
    }
    if (!unbound.isEmpty() && m_fallback) {
        m_fallback->setText(unbound.join(QLatin1Char('\n')));
        m_fallback->show();
    }
    return problems.isEmpty();
}

} // namespace oauthdesk
