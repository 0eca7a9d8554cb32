// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QRect>
#include <QStyleOptionViewItem>

class QPainter;

namespace oauthdesk {

/// Small icon buttons drawn inside a table cell, right-aligned (copy, view, edit, delete).
/// One geometry for painting, hit-testing and tests, so the three never disagree.
namespace CellButtons {

inline constexpr int kSize = 22;
inline constexpr int kGap = 4;

/// Rect of button @p i (0 = left-most) of @p count buttons in @p cell.
[[nodiscard]] QRect rect(const QRect &cell, int i, int count);
/// The button under @p pos, or -1.
[[nodiscard]] int hit(const QRect &cell, int count, const QPoint &pos);
void paint(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
    const QIcon &icon, bool hovered);

} // namespace CellButtons

} // namespace oauthdesk
