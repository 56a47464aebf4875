// language_menu.h — View > Language: the app follows the system's language unless the user picks
// one here; the choice is kept in QSettings ("ui/language") and applies at the next start.
//
//     LanguageMenu::installTranslators(app);            // once, before the first window exists
//     viewMenu->addMenu(new LanguageMenu(viewMenu));
//
// Translations are Qt Linguist files (resources/translations/flatten-tutor_<lang>.ts), compiled by
// qt_add_translations into the window module under :/translations.
#pragma once

#include <QMenu>

class QCoreApplication;

namespace ft::ui {

class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // "" (follow the system) or a language code such as "de".
    static QString chosenLanguage();
    static void setChosenLanguage(const QString &language);
    // The languages the module carries a translation for (English, the source language, always).
    static QStringList availableLanguages();
    // Installs the app's translator (and Qt's own, when installed) for the chosen or system language;
    // a chosen language also becomes QLocale's default (numbers, dates).
    // Returns the installed translation's language as its .ts file names it ("de_DE"), or "" when the UI
    // stays in English.
    static QString installTranslators(QCoreApplication &app);
};

} // namespace ft::ui
