// The main window opens, shows its navigation and switches screens; a screenshot is saved.
#include "ft_test.h"

#include "main_window.h"

#include <QDir>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void showsNavigationToEveryScreen()
    {
        ft::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList names;
        for (int i = 0; i < window.navigation()->count(); ++i)
            names << window.navigation()->item(i)->text();
        for (const char *name : {"Lessons", "Practice", "Playground", "Progress"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        QCOMPARE(window.pages()->count(), window.navigation()->count());

        window.navigation()->setCurrentRow(2);
        QCOMPARE(window.pages()->currentIndex(), 2);

        const QString dir = qEnvironmentVariable("FT_BUILD_DIR", QDir::currentPath()) + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        QVERIFY(window.grab().save(dir + QStringLiteral("/main-window.png")));
    }
};

FT_REGISTER_TEST(MainWindowTest)
#include "tst_main_window.moc"
