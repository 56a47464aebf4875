// chart_palette.h — Qt Charts in the window's palette and type, so charts follow a dark desktop,
// zoom and presentation mode too.
//
//     ft::ui::applyChartPalette(chart, widget->palette());   // after the axes exist; again on PaletteChange
//     ft::ui::applyChartFont(chart, widget->font());         // after the series exist; again on FontChange
//
// Background from the palette's base, text (title, legend, axis labels) from its text colour,
// grid and axis lines as faint tints of the text colour. One owner for every chart of the app.
#pragma once

#include <QFont>
#include <QPalette>

class QChart;

namespace ft::ui {

void applyChartPalette(QChart *chart, const QPalette &palette);
// Title a little larger than `font`; axis labels and titles, legend, bar and point labels at
// `font` (Qt Charts keeps its own fixed sizes otherwise).
void applyChartFont(QChart *chart, const QFont &font);

} // namespace ft::ui
