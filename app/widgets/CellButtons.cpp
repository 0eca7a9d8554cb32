// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/CellButtons.h"

#include <QPainter>

namespace oauthdesk::CellButtons {

QRect rect(const QRect &cell, int i, int count)
{
    const int right = cell.right() - kGap;
    const int left = right - count * kSize - (count - 1) * kGap + 1;
    const int top = cell.top() + (cell.height() - kSize) / 2;
    return QRect(left + i * (kSize + kGap), top, kSize, kSize);
}

int hit(const QRect &cell, int count, const QPoint &pos)
{
    for (int i = 0; i < count; ++i) {
        if (rect(cell, i, count).contains(pos))
            return i;
    }
    return -1;
}

void paint(QPainter *painter, const QStyleOptionViewItem &option, const QRect &r, const QIcon &icon,
    bool hovered)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (hovered) {
        QColor bg = option.palette.color(QPalette::Highlight);
        bg.setAlpha(40);
        painter->setPen(Qt::NoPen);
        painter->setBrush(bg);
        painter->drawRoundedRect(r, 4, 4);
    }
    icon.paint(painter, r.adjusted(3, 3, -3, -3));
    painter->restore();
}

} // namespace oauthdesk::CellButtons
