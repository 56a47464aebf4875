// View > Language and the translations behind it: the German translation is compiled in, the menu
// offers it in its own words, a choice is remembered, and at start-up the chosen language's
// translator turns the window's menus German.
#include "ft_test.h"

#include "ui/language_menu.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class LanguageMenuTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    static QStringList menuTitles(const QMainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }

private slots:
    void initTestCase()
    {
        // Tests never read or write the learner's real settings.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        if (!ft::ui::LanguageMenu::availableLanguages().contains(QStringLiteral("de")))
            QSKIP("built without Qt Linguist tools (qt6-tools-dev, qt6-l10n-tools): no translations compiled in");
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        // Back to English for the next test: deleting a translator uninstalls it.
        qDeleteAll(qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
        QLocale::setDefault(QLocale::system());
    }

    void menuOffersEachLanguageInItsOwnWords()
    {
        ft::ui::LanguageMenu menu;
        QStringList entries;
        for (QAction *action : menu.actions()) {
            if (!action->isSeparator())
                entries << action->text();
        }
        QCOMPARE(entries, (QStringList{QStringLiteral("System language"), QStringLiteral("English"), QStringLiteral("Deutsch")}));
        QVERIFY(menu.actions().first()->isChecked()); // nothing chosen: the system's language
    }

    void choiceIsRemembered()
    {
        ft::ui::LanguageMenu menu;
        for (QAction *action : menu.actions()) {
            if (action->text() == QLatin1String("Deutsch"))
                action->trigger();
        }
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QCOMPARE(ft::ui::LanguageMenu::chosenLanguage(), QStringLiteral("de"));
        menu.actions().first()->trigger(); // back to the system's language
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    }

    void chosenGermanTurnsTheMenusGerman()
    {
        ft::ui::LanguageMenu::setChosenLanguage(QStringLiteral("de"));
        QVERIFY(ft::ui::LanguageMenu::installTranslators(*qApp).startsWith(QStringLiteral("de")));
        ft::ui::MainWindow window;
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.mid(0, 2) == (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht")}), qPrintable(titles.join(QLatin1Char(' '))));
        QVERIFY(titles.contains(QStringLiteral("&Hilfe")));
        QCOMPARE(QLocale().toString(7873088), QStringLiteral("7.873.088")); // numbers the German way too
    }

    void chosenEnglishStaysEnglish()
    {
        ft::ui::LanguageMenu::setChosenLanguage(QStringLiteral("en"));
        QCOMPARE(ft::ui::LanguageMenu::installTranslators(*qApp), QString());
        QCOMPARE(QLocale().toString(7873088), QStringLiteral("7,873,088"));
        ft::ui::MainWindow window;
        QCOMPARE(menuTitles(window).first(), QStringLiteral("&File"));
    }
};

FT_REGISTER_TEST(LanguageMenuTest)
#include "tst_language_menu.moc"
