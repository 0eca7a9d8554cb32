// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, "checked in a dark palette": every status colour of the screens comes from
// widgets/Tones, and each tone reads (WCAG contrast ≥ 4.5:1) on a light and on a dark palette,
// as text on the window and the base, and as a banner's text on its own background.
#include "widgets/Tones.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <cmath>

using namespace oauthdesk;
using tones::Tone;

namespace {

double luminance(const QColor &c)
{
    auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    // A dark theme as Breeze Dark and Adwaita-dark draw it.
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

} // namespace

class TestTones final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyToneReads_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("tone");
        for (bool dark : { false, true })
            for (Tone t :
                { Tone::Good, Tone::Warning, Tone::Bad, Tone::Muted, Tone::Neutral, Tone::Accent })
                QTest::addRow("%s/%d", dark ? "dark" : "light", int(t)) << dark << int(t);
    }

    void everyToneReads()
    {
        QFETCH(bool, dark);
        QFETCH(int, tone);
        const QPalette p = dark ? darkPalette() : lightPalette();
        QCOMPARE(tones::isDark(p), dark);
        const Tone t = Tone(tone);
        const QColor text = tones::text(t, p);
        for (QPalette::ColorRole role : { QPalette::Window, QPalette::Base }) {
            const double c = contrast(text, p.color(role));
            QVERIFY2(c >= 4.5,
                qPrintable(QStringLiteral("%1 on %2: %3:1")
                               .arg(text.name(), p.color(role).name())
                               .arg(c, 0, 'f', 2)));
        }
        const double banner = contrast(text, tones::cellBackground(t, p));
        QVERIFY2(banner >= 4.5,
            qPrintable(QStringLiteral("banner %1 on %2: %3:1")
                           .arg(text.name(), tones::cellBackground(t, p).name())
                           .arg(banner, 0, 'f', 2)));
        QVERIFY(tones::bannerStyle(t, p).contains(text.name()));
    }

    // A label takes the shade of the palette it is given.
    void aDarkPaletteGetsTheLightShades()
    {
        QLabel light;
        light.setPalette(lightPalette());
        QLabel dark;
        dark.setPalette(darkPalette());
        QVERIFY(tones::labelStyle(Tone::Bad, light.palette())
            != tones::labelStyle(Tone::Bad, dark.palette()));
        QVERIFY(luminance(tones::text(Tone::Bad, dark.palette()))
            > luminance(tones::text(Tone::Bad, light.palette())));
    }

    // No screen picks its own colour: a hex colour in app/ outside Tones.cpp would not follow the
    // palette. (Cell tints with black text, and the doctor's icons, are QColor(r, g, b).)
    void noHardCodedColoursInTheScreens()
    {
        const QRegularExpression hex(QStringLiteral("#[0-9a-fA-F]{6}\\b"));
        QStringList found;
        QDirIterator it(QStringLiteral(OAUTHDESK_SOURCE_DIR "/app"),
            { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("/Tones.cpp")) || path.contains(QLatin1String("/cli/")))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            int line = 0;
            while (!f.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(f.readLine());
                if (hex.match(text).hasMatch())
                    found.append(QStringLiteral("%1:%2: %3")
                                     .arg(path.mid(path.indexOf(QLatin1String("/app/")) + 1))
                                     .arg(line)
                                     .arg(text.trimmed()));
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTones)
#include "tst_tones.moc"
