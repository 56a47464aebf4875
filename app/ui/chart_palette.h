// chart_palette.h — Qt Charts in the window's palette, so charts follow a dark desktop too.
//
//     ft::ui::applyChartPalette(chart, widget->palette());   // after the axes exist; again on PaletteChange
//
// Background from the palette's base, text (title, legend, axis labels) from its text colour,
// grid and axis lines as faint tints of the text colour. One owner for every chart of the app.
#pragma once

#include <QPalette>

class QChart;

namespace ft::ui {

void applyChartPalette(QChart *chart, const QPalette &palette);

} // namespace ft::ui
