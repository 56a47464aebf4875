// theme_menu.h — View > Theme: System (the desktop's colours), Light or Dark, applied at once to
// every screen (charts included, they follow palette changes) and kept in QSettings ("view/theme").
//
//     ThemeMenu::applyTheme(ThemeMenu::chosenTheme());   // at start-up; MainWindow does it
//     viewMenu->addMenu(new ThemeMenu(viewMenu));
//
// Light and Dark set a complete application palette (every role, so frames, the radio and check
// indicators and disabled text read too); System gives back the palette the app started with.
#pragma once

#include <QMenu>
#include <QPalette>

namespace ft::ui {

class ThemeMenu : public QMenu
{
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit ThemeMenu(QWidget *parent = nullptr);

    static Theme chosenTheme();
    // Remembers `theme` and applies it.
    static void chooseTheme(Theme theme);
    static void applyTheme(Theme theme);
    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace ft::ui
