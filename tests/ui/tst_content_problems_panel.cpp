// A teacher editing a bank sees its problems as file:line:column in a panel (View ▸ Content
// problems), not as a status-bar line in front of the class, fixes the file and presses Reload:
// the problems go and the fixed question appears, without restarting the app.
#include "ft_test.h"
#include "course_file.h"

#include "ui/content_problems_panel.h"
#include "ui/main_window.h"
#include "ui/quiz_runner.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray bank(const QByteArray &option)
{
    return "---\nid: mine\ntitle: Mine\nlesson: what-flatten-does\n---\n\n## mine-q\ndifficulty: 1\n\nWhat does Flatten learn?\n\n"
           "### Options\n- [x] Nothing\n  > It has no weights.\n" + option + "\n### Solution\n1. Step.\n\n"
           "### Quick check\nCheck.\n\n### Mistakes\n- Mistake\n";
}

} // namespace

class ContentProblemsPanelTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void problemsAreListedAndReloadShowsTheFix()
    {
        QTemporaryDir course;
        QVERIFY(writeCourseFile(course, QStringLiteral("quizzes/mine.md"), bank("- [ ] Weights\n"))); // an option without feedback
        const QString file = course.filePath(QStringLiteral("quizzes/mine.md"));
        const QStringList dirs{QStringLiteral(FT_SOURCE_DIR), course.path()};

        ft::ui::MainWindow window(ft::content::ContentLibrary::load(dirs));
        window.setContentDirs(dirs);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Closed until asked for; the status bar only says where to look, and not for good.
        QVERIFY(!window.contentProblemsDock()->isVisible());
        QVERIFY2(window.statusBar()->currentMessage() == QStringLiteral("1 problem in the content files: View ▸ Content problems lists it."),
                 qPrintable(window.statusBar()->currentMessage()));
        auto *toggle = window.findChild<QAction *>(QStringLiteral("contentProblemsAction"));
        QVERIFY(toggle);
        toggle->trigger();
        QVERIFY(window.contentProblemsDock()->isVisible());

        ft::ui::ContentProblemsPanel *panel = window.contentProblemsPanel();
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("contentProblemsSummary"))->text().startsWith(QStringLiteral("1 problem and 0 warnings in")));
        QCOMPARE(panel->lines(), QStringList{file + QStringLiteral(":15:1: option has no feedback: add a line "
                                                                  "'> why it is right or which mistake it reflects' under it")});
        QVERIFY(!window.library().question(QStringLiteral("mine-q")));

        QVERIFY(writeCourseFile(course, QStringLiteral("quizzes/mine.md"), bank("- [ ] Weights\n  > Flatten has none.\n")));
        QTest::mouseClick(panel->reloadButton(), Qt::LeftButton);
        QVERIFY(panel->lines().isEmpty());
        QVERIFY(window.library().question(QStringLiteral("mine-q")));
        bool listed = false;
        for (const ft::content::QuestionBank &loaded : window.quizRunner()->banks())
            listed = listed || loaded.id == QStringLiteral("mine");
        QVERIFY2(listed, "the Practice screen lists the fixed bank");
    }
};

FT_REGISTER_TEST(ContentProblemsPanelTest)
#include "tst_content_problems_panel.moc"
