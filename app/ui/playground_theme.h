// playground_theme.h — the few visual constants the playground widgets share.
//
// Colours for dims come from the Okabe–Ito set (distinguishable with the common colour-vision
// deficiencies); everything else is taken from the widget's palette so light and dark themes work.
//
//     painter.setBrush(ft::ui::dimColor(1));
//     label->setFont(ft::ui::shapeFont(label->font(), 1.6));   // large monospace for shapes
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

namespace ft::ui {

// Colour of dim `index` (cycles through a colour-blind-safe set of seven).
QColor dimColor(int index);
// Black or white, whichever reads better on `background`.
QColor textColorOn(const QColor &background);
// A soft tint of the error colour over the palette's base (for a failing row or an error box).
QColor errorTint(const QPalette &palette);
// Accent for hints and OK results, readable on the palette's window colour.
QColor okColor(const QPalette &palette);
QColor errorColor(const QPalette &palette);
// Text and line tint for a warning (a silent bug): amber, readable on the palette's base.
QColor warningColor(const QPalette &palette);
QColor warningTint(const QPalette &palette);
// Style sheet for a hint label: an accent bar on the left, the palette's alternate base behind.
QString hintStyleSheet();
// The system's fixed-width font at `scale` times the size of `base` (so zoom applies to it).
QFont shapeFont(const QFont &base, qreal scale = 1.0);

} // namespace ft::ui
