// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ApplicationDelegate.h"

#include "models/ApplicationListModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace oauthdesk {

void ApplicationDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *w = option.widget;
    (w ? w->style() : QApplication::style())
        ->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65);

    const QRect r = option.rect.adjusted(10, 5, -10, -5);
    const QString count
        = QLocale().toString(index.data(ApplicationListModel::ClientCountRole).toInt());
    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    const QFontMetrics bfm(bold), sfm(small);
    const int pillW = sfm.horizontalAdvance(count) + 14;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect pill(r.right() - pillW, r.top() + (bfm.height() - sfm.height() - 2) / 2, pillW,
        sfm.height() + 2);
    // A tint of the text colour: light on a light palette, dark on a dark one, so the count in it
    // reads in both.
    QColor pillBg = text;
    pillBg.setAlphaF(0.2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(pillBg);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setFont(small);
    painter->setPen(text);
    painter->drawText(pill, Qt::AlignCenter, count);

    painter->setFont(bold);
    const QRect nameRect(r.left(), r.top(), r.width() - pillW - 6, bfm.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        bfm.elidedText(index.data().toString(), Qt::ElideRight, nameRect.width()));
    const QString desc = index.data(ApplicationListModel::DescriptionRole).toString();
    if (!desc.isEmpty()) {
        painter->setFont(small);
        painter->setPen(muted);
        const QRect descRect(r.left(), r.top() + bfm.height() + 1, r.width(), sfm.height());
        painter->drawText(descRect, Qt::AlignLeft | Qt::AlignVCenter,
            sfm.elidedText(desc, Qt::ElideRight, descRect.width()));
    }
    painter->restore();
}

QSize ApplicationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    return { 200, QFontMetrics(bold).height() + QFontMetrics(small).height() + 12 };
}

} // namespace oauthdesk
