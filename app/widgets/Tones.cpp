// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Tones.h"

namespace oauthdesk::tones {

namespace {

struct Shades
{
    QColor lightText, darkText; ///< text on a light / dark window
    QColor lightBanner, darkBanner; ///< a tinted background on a light / dark window
};

const Shades &shades(Tone tone)
{
    // Material's 900 shades for text on light windows (contrast ≥ 4.5:1 on white), 200-300
    // shades on dark ones (≥ 4.5:1 on #2b2b2b); tinted backgrounds that keep the text readable.
    static const Shades good { QColor(0x1b, 0x5e, 0x20), QColor(0x81, 0xc7, 0x84),
        QColor(0xe8, 0xf5, 0xe9), QColor(0x1e, 0x3a, 0x22) };
    static const Shades warning { QColor(0xb3, 0x47, 0x00), QColor(0xff, 0xb7, 0x4d),
        QColor(0xff, 0xf3, 0xe0), QColor(0x40, 0x2c, 0x10) };
    static const Shades bad { QColor(0xb7, 0x1c, 0x1c), QColor(0xef, 0x9a, 0x9a),
        QColor(0xff, 0xeb, 0xee), QColor(0x45, 0x1f, 0x22) };
    static const Shades muted { QColor(0x5f, 0x6b, 0x73), QColor(0xa7, 0xb1, 0xb8),
        QColor(0xec, 0xef, 0xf1), QColor(0x33, 0x3a, 0x3f) };
    static const Shades accent { QColor(0x6a, 0x1b, 0x9a), QColor(0xce, 0x93, 0xd8),
        QColor(0xf3, 0xe5, 0xf5), QColor(0x3a, 0x24, 0x40) };
    static const Shades neutral { QColor(0x26, 0x32, 0x38), QColor(0xe0, 0xe4, 0xe7),
        QColor(0xec, 0xef, 0xf1), QColor(0x33, 0x3a, 0x3f) };
    switch (tone) {
    case Tone::Good:
        return good;
    case Tone::Warning:
        return warning;
    case Tone::Bad:
        return bad;
    case Tone::Muted:
        return muted;
    case Tone::Accent:
        return accent;
    case Tone::Neutral:
        break;
    }
    return neutral;
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor text(Tone tone, const QPalette &palette)
{
    return isDark(palette) ? shades(tone).darkText : shades(tone).lightText;
}

QString css(Tone tone, const QPalette &palette)
{
    return text(tone, palette).name(QColor::HexRgb);
}

QString labelStyle(Tone tone, const QPalette &palette, bool bold)
{
    return QStringLiteral("color: %1;%2")
        .arg(css(tone, palette), bold ? QStringLiteral(" font-weight: bold;") : QString());
}

QString bannerStyle(Tone tone, const QPalette &palette)
{
    return QStringLiteral("background: %1; color: %2; border-radius: 4px;")
        .arg(cellBackground(tone, palette).name(QColor::HexRgb), css(tone, palette));
}

QColor cellBackground(Tone tone, const QPalette &palette)
{
    return isDark(palette) ? shades(tone).darkBanner : shades(tone).lightBanner;
}

} // namespace oauthdesk::tones
