// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ClientTableDelegates.h"

#include "models/ClientTableModel.h"
#include "widgets/CellButtons.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace oauthdesk {

namespace {

void paintBackground(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QStyleOptionViewItem bg = option;
    bg.text.clear();
    bg.icon = QIcon();
    bg.index = index;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &bg, painter, widget);
}

void paintPill(
    QPainter *painter, const QRect &r, const QColor &fill, const QColor &text, const QString &label)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
    painter->setPen(text);
    painter->drawText(r, Qt::AlignCenter, label);
}

} // namespace

void GrantBadgeDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const QStringList grants = index.data(ClientTableModel::GrantTypesRole).toStringList();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    painter->setFont(f);
    const QFontMetrics fm(f);
    const int h = fm.height() + 4;
    int x = option.rect.left() + 4;
    const int y = option.rect.top() + (option.rect.height() - h) / 2;
    for (const QString &g : grants) {
        const int w = fm.horizontalAdvance(g) + 14;
        if (x + w > option.rect.right())
            break; // the tooltip/accessible text still lists them all
        paintPill(
            painter, QRect(x, y, w, h), QColor(0xe3, 0xf2, 0xfd), QColor(0x0d, 0x47, 0xa1), g);
        x += w + 4;
    }
    painter->restore();
}

QSize GrantBadgeDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    const QFontMetrics fm(f);
    int w = 8;
    for (const QString &g : index.data(ClientTableModel::GrantTypesRole).toStringList())
        w += fm.horizontalAdvance(g) + 18;
    return { w, fm.height() + 12 };
}

void StatusDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const QString label = index.data().toString();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    painter->setFont(f);
    const QFontMetrics fm(f);
    const QRect r(option.rect.left() + 4,
        option.rect.top() + (option.rect.height() - fm.height() - 4) / 2,
        fm.horizontalAdvance(label) + 14, fm.height() + 4);
    // The wire value, not the (translated) label, decides the colour.
    const ClientStatus status
        = fromWire<ClientStatus>(index.data(ClientTableModel::StatusRole).toString())
              .value_or(ClientStatus::Active);
    QColor fill(0xe8, 0xf5, 0xe9), text(0x1b, 0x5e, 0x20);
    if (status == ClientStatus::Disabled || status == ClientStatus::Requested) {
        fill = QColor(0xec, 0xef, 0xf1);
        text = QColor(0x37, 0x47, 0x4f);
    } else if (status == ClientStatus::Rejected) {
        fill = QColor(0xff, 0xeb, 0xee);
        text = QColor(0xb7, 0x1c, 0x1c);
    }
    paintPill(painter, r, fill, text, label);
    painter->restore();
}

ButtonCellDelegate::ButtonCellDelegate(QList<Button> buttons, bool showText, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_buttons(std::move(buttons))
    , m_showText(showText)
{ }

QIcon ButtonCellDelegate::iconFor(Button b)
{
    switch (b) {
    case Copy:
        return QIcon(QStringLiteral(":/icons/copy.svg"));
    case View:
        return QIcon(QStringLiteral(":/icons/view.svg"));
    case Edit:
        return QIcon(QStringLiteral(":/icons/edit.svg"));
    case Delete:
        return QIcon(QStringLiteral(":/icons/delete.svg"));
    }
    return {};
}

QString ButtonCellDelegate::tooltipFor(Button b)
{
    switch (b) {
    case Copy:
        return tr("Copy client ID");
    case View:
        return tr("View client");
    case Edit:
        return tr("Edit client");
    case Delete:
        return tr("Delete client");
    }
    return {};
}

QRect ButtonCellDelegate::buttonRect(const QRect &cell, Button button) const
{
    return CellButtons::rect(cell, int(m_buttons.indexOf(button)), int(m_buttons.size()));
}

void ButtonCellDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int buttonsWidth
        = int(m_buttons.size()) * (CellButtons::kSize + CellButtons::kGap) + CellButtons::kGap;
    if (m_showText) {
        opt.rect.setRight(opt.rect.right() - buttonsWidth);
        opt.font.setFamilies({ QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace") });
        opt.font.setStyleHint(QFont::Monospace);
        const QWidget *w = option.widget;
        // Background over the whole cell first, then the text in the narrowed rect.
        paintBackground(painter, option, index);
        opt.state &= ~QStyle::State_HasFocus;
        (w ? w->style() : QApplication::style())
            ->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
    } else {
        paintBackground(painter, option, index);
    }
    for (int i = 0; i < m_buttons.size(); ++i) {
        const bool hovered = m_hovered == index && m_hoveredButton == i;
        CellButtons::paint(painter, option,
            CellButtons::rect(option.rect, i, int(m_buttons.size())), iconFor(m_buttons[i]),
            hovered);
    }
}

QSize ButtonCellDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = m_showText ? QStyledItemDelegate::sizeHint(option, index) : QSize(0, 0);
    s.rwidth()
        += int(m_buttons.size()) * (CellButtons::kSize + CellButtons::kGap) + 2 * CellButtons::kGap;
    s.setHeight(std::max(s.height(), CellButtons::kSize + 8));
    return s;
}

bool ButtonCellDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseMove) {
        const auto *me = static_cast<QMouseEvent *>(event);
        const int b
            = CellButtons::hit(option.rect, int(m_buttons.size()), me->position().toPoint());
        if (m_hovered != index || m_hoveredButton != b) {
            m_hovered = index;
            m_hoveredButton = b;
            if (auto *view
                = qobject_cast<QAbstractItemView *>(const_cast<QWidget *>(option.widget)))
                view->viewport()->update();
        }
    } else if (event->type() == QEvent::MouseButtonRelease) {
        const auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() == Qt::LeftButton) {
            const int b
                = CellButtons::hit(option.rect, int(m_buttons.size()), me->position().toPoint());
            if (b >= 0) {
                Q_EMIT buttonClicked(index, m_buttons[b]);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool ButtonCellDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const int b = CellButtons::hit(option.rect, int(m_buttons.size()), event->pos());
    if (b >= 0 && event->type() == QEvent::ToolTip) {
        QToolTip::showText(event->globalPos(), tooltipFor(m_buttons[b]), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace oauthdesk
