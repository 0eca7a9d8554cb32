// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace oauthdesk::tones {

/// What a coloured text or banner says. Every status colour of the screens is one of these, so
/// each reads on a light and on a dark palette (issue 16): a dark palette gets lighter shades.
enum class Tone { Good, Warning, Bad, Muted, Neutral, Accent };

/// True when @p palette draws dark windows (a dark theme).
[[nodiscard]] bool isDark(const QPalette &palette);
/// The text colour for @p tone on @p palette's window and base.
[[nodiscard]] QColor text(Tone tone, const QPalette &palette);
/// The same as "#rrggbb", for rich text and style sheets.
[[nodiscard]] QString css(Tone tone, const QPalette &palette);
/// "color: #rrggbb;" (and bold when asked), for a label's style sheet.
[[nodiscard]] QString labelStyle(Tone tone, const QPalette &palette, bool bold = false);
/// A banner's style sheet: a tinted background and a text colour that reads on it.
[[nodiscard]] QString bannerStyle(Tone tone, const QPalette &palette);
/// The tinted background of a banner for @p tone; text() reads on it.
[[nodiscard]] QColor cellBackground(Tone tone, const QPalette &palette);

} // namespace oauthdesk::tones
