// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader sees (issue 16): the visible interactive elements of a window that have
// no accessible name. Used by tst_accessibility (every window reachable offline) and the live
// GUI suite (the result pane with a real token in it).
#pragma once

#include <QAccessible>
#include <QAccessibleInterface>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMetaEnum>
#include <QStringList>
#include <QWidget>

namespace oauthdesk::test {

inline bool accessibleInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Link:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

/// "role 'objectName' (class)" for each visible interactive element without a name.
inline void collectUnnamed(QAccessibleInterface *iface, QStringList &out, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 64)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible || state.offscreen)
        return;
    if (accessibleInteractive(iface->role())
        && iface->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject *o = iface->object();
        out.append(QStringLiteral("%1 '%2' (%3)")
                       .arg(QString::fromLatin1(
                                QMetaEnum::fromType<QAccessible::Role>().valueToKey(iface->role())),
                           o ? o->objectName() : QString(),
                           o ? QString::fromLatin1(o->metaObject()->className())
                             : QStringLiteral("item")));
    }
    // Table and list cells are named by their data; the audit wants the views and their widgets.
    if (iface->role() == QAccessible::Table || iface->role() == QAccessible::List
        || iface->role() == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), out, depth + 1);
}

/// The unnamed elements of a shown window. A line edit's clear button shows only over text, so
/// every empty, editable one with a clear button gets some first.
inline QStringList unnamedIn(QWidget *window)
{
    for (QLineEdit *edit : window->findChildren<QLineEdit *>())
        if (edit->isClearButtonEnabled() && edit->text().isEmpty() && !edit->isReadOnly())
            edit->setText(QStringLiteral("x"));
    QCoreApplication::processEvents();
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(window), unnamed);
    return unnamed;
}

} // namespace oauthdesk::test
