#include "ui/language_menu.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>
#include <QTranslator>

namespace ft::ui {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");
const QString kTranslations = QStringLiteral(":/translations");

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const auto add = [this, group](const QString &text, const QString &language) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setChecked(chosenLanguage() == language);
        action->setData(language);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            setChosenLanguage(language);
            if (auto *window = qobject_cast<QMainWindow *>(this->window()))
                window->statusBar()->showMessage(tr("The language changes the next time Flatten Tutor starts."), 8000);
        });
    };
    add(tr("System language"), QString());
    addSeparator();
    add(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &language : availableLanguages()) {
        if (language != QLatin1String("en"))
            add(QLocale(language).nativeLanguageName(), language); // each language in its own words
    }
}

QString LanguageMenu::chosenLanguage()
{
    return QSettings().value(kSettingsKey).toString();
}

void LanguageMenu::setChosenLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, language);
}

QStringList LanguageMenu::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    for (const QString &file : QDir(kTranslations).entryList({QStringLiteral("flatten-tutor_*.qm")}, QDir::Files, QDir::Name))
        languages << file.mid(int(qstrlen("flatten-tutor_"))).chopped(3);
    return languages;
}

QString LanguageMenu::installTranslators(QCoreApplication &app)
{
    const QString chosen = chosenLanguage();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    // A language picked in the menu also formats numbers and dates its way (7.873.088, not 7,873,088).
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("flatten-tutor"), QStringLiteral("_"), kTranslations)) {
        delete translator;
        return {};
    }
    QCoreApplication::installTranslator(translator);
    // Qt's own strings (standard buttons), when Debian's qt6-translations-l10n is installed.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return translator->language();
}

} // namespace ft::ui
