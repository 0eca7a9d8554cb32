// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace oauthdesk {

/// Grant types as small rounded badges ("client credentials", "authorization code").
class GrantBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantBadgeDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// The status as a coloured pill (active green, disabled grey, rejected red).
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};

/// Cells with icon buttons at their right: the client ID with "copy", the actions column with
/// "view / edit / delete". A click on a button emits buttonClicked(index, button).
class ButtonCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ButtonCellDelegate)
public:
    enum Button { Copy, View, Edit, Delete };

    ButtonCellDelegate(QList<Button> buttons, bool showText, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    /// Where @p button is drawn in a cell (tests click there).
    [[nodiscard]] QRect buttonRect(const QRect &cell, Button button) const;

Q_SIGNALS:
    void buttonClicked(const QModelIndex &index, oauthdesk::ButtonCellDelegate::Button button);

private:
    [[nodiscard]] static QIcon iconFor(Button b);
    [[nodiscard]] static QString tooltipFor(Button b);

    QList<Button> m_buttons;
    bool m_showText;
    QPersistentModelIndex m_hovered;
    int m_hoveredButton = -1;
};

} // namespace oauthdesk
