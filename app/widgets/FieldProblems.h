// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Validation.h"

#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace oauthdesk {

/// Shows lib/policy problems beside the fields they name: the field gets a red frame and an
/// accessible description, the label under it says what to do. The rules stay in lib/policy.
class FieldProblems final
{
public:
    /// Problems whose field is @p field, or starts with "@p field[", appear under @p widget.
    /// The label is created by the caller (placed in its layout) and hidden until needed.
    void bind(const QString &field, QWidget *widget, QLabel *label);

    /// Shows @p problems; returns true when there were none. Problems for unbound fields go to
    /// the fallback label.
    bool show(const Problems &problems);
    void clear();
    void setFallback(QLabel *label) { m_fallback = label; }

    /// A label styled for problems, hidden, word-wrapped; objectName "<field>Problem".
    [[nodiscard]] static QLabel *makeLabel(const QString &field, QWidget *parent);

private:
    struct Binding
    {
        QPointer<QWidget> widget;
        QPointer<QLabel> label;
    };
    QHash<QString, Binding> m_bindings;
    QPointer<QLabel> m_fallback;
};

} // namespace oauthdesk
