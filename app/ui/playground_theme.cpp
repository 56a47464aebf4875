#include "ui/playground_theme.h"

#include <QFontDatabase>

#include <array>

namespace ft::ui {

namespace {

bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

} // namespace

QColor dimColor(int index)
{
    // Okabe & Ito (2008); yellow left out because it vanishes on a light background.
    static const std::array<QColor, 7> colors{QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00),
                                              QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                              QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                              QColor(0x99, 0x99, 0x99)};
    return colors[size_t(((index % int(colors.size())) + int(colors.size())) % int(colors.size()))];
}

QColor textColorOn(const QColor &background)
{
    // Relative luminance (sRGB approximation) decides; 0.45 keeps the mid-tones on black text.
    const qreal l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.45 ? QColor(0x1a, 0x1a, 0x1a) : QColor(0xfa, 0xfa, 0xfa);
}

QColor errorTint(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), QColor(0xD5, 0x5E, 0x00), isDark(palette) ? 0.35 : 0.22);
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xFF, 0x9E, 0x6B) : QColor(0xB0, 0x3A, 0x00);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xF0, 0xC0, 0x5A) : QColor(0x8A, 0x5A, 0x00);
}

QColor warningTint(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), QColor(0xE6, 0x9F, 0x00), isDark(palette) ? 0.30 : 0.25);
}

QColor okColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x4F, 0xD1, 0xA5) : QColor(0x00, 0x6E, 0x50);
}

QString hintStyleSheet()
{
    return QStringLiteral("QLabel { background-color: palette(alternate-base); border: none; border-left: 5px solid %1;"
                          " border-radius: 3px; padding: 8px 12px; }")
        .arg(dimColor(1).name());
}

QFont shapeFont(const QFont &base, qreal scale)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * scale);
    else
        font.setPixelSize(qMax(1, int(base.pixelSize() * scale)));
    return font;
}

} // namespace ft::ui
