#include "ui/theme_menu.h"

#include <QActionGroup>
#include <QApplication>
#include <QSettings>

#include <optional>

namespace ft::ui {

namespace {

const QString kSettingsKey = QStringLiteral("view/theme");

// The palette before the app chose one (the desktop's), given back when System is chosen again.
std::optional<QPalette> &systemPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}

QString themeKey(ThemeMenu::Theme theme)
{
    switch (theme) {
    case ThemeMenu::Theme::Light:
        return QStringLiteral("light");
    case ThemeMenu::Theme::Dark:
        return QStringLiteral("dark");
    case ThemeMenu::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

// Every role of every group from a handful of colours.
QPalette completePalette(const QColor &window, const QColor &base, const QColor &text, const QColor &button,
                         const QColor &highlight, const QColor &link, const QColor &disabledText, bool dark)
{
    QPalette palette(text, button, button.lighter(dark ? 160 : 150), button.darker(dark ? 160 : 200),
                     button.darker(dark ? 120 : 150), text, dark ? Qt::white : Qt::black, base, window);
    palette.setColor(QPalette::AlternateBase, dark ? base.lighter(135) : window.lighter(103));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, link);
    palette.setColor(QPalette::LinkVisited, link.darker(dark ? 90 : 130));
    palette.setColor(QPalette::ToolTipBase, dark ? button : QColor(0xff, 0xff, 0xdc));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, dark ? QColor(0x50, 0x50, 0x50) : QColor(0xb0, 0xb0, 0xb0));
    return palette;
}

} // namespace

ThemeMenu::ThemeMenu(QWidget *parent) : QMenu(tr("&Theme"), parent)
{
    setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(this);
    const auto add = [this, group](const QString &text, Theme theme) {
        QAction *action = addAction(text);
        action->setObjectName(QStringLiteral("theme-") + themeKey(theme));
        action->setCheckable(true);
        action->setChecked(chosenTheme() == theme);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [theme] { chooseTheme(theme); });
    };
    add(tr("&System colours"), Theme::System);
    add(tr("&Light"), Theme::Light);
    add(tr("&Dark"), Theme::Dark);
}

ThemeMenu::Theme ThemeMenu::chosenTheme()
{
    const QString key = QSettings().value(kSettingsKey).toString();
    if (key == themeKey(Theme::Light))
        return Theme::Light;
    if (key == themeKey(Theme::Dark))
        return Theme::Dark;
    return Theme::System;
}

void ThemeMenu::chooseTheme(Theme theme)
{
    QSettings settings;
    if (theme == Theme::System)
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, themeKey(theme));
    applyTheme(theme);
}

void ThemeMenu::applyTheme(Theme theme)
{
    std::optional<QPalette> &system = systemPalette();
    if (theme == Theme::System) {
        if (system) {
            QApplication::setPalette(*system);
            system.reset();
        }
        return;
    }
    if (!system)
        system = QApplication::palette();
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

QPalette ThemeMenu::lightPalette()
{
    return completePalette(QColor(0xef, 0xef, 0xef), Qt::white, QColor(0x1a, 0x1a, 0x1a), QColor(0xe4, 0xe4, 0xe4),
                           QColor(0x1f, 0x6f, 0xb4), QColor(0x0b, 0x5c, 0xad), QColor(0x6e, 0x6e, 0x6e), false);
}

QPalette ThemeMenu::darkPalette()
{
    return completePalette(QColor(0x2b, 0x2b, 0x2b), QColor(0x1e, 0x1e, 0x1e), QColor(0xe8, 0xe8, 0xe8), QColor(0x3a, 0x3a, 0x3a),
                           QColor(0x3d, 0x8e, 0xc9), QColor(0x6c, 0xb4, 0xee), QColor(0x9a, 0x9a, 0x9a), true);
}

} // namespace ft::ui
