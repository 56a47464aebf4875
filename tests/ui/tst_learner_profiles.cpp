// Learner profiles on a shared classroom computer: each learner's lessons done and answers are
// their own, the window title names who is learning, File ▸ Learner creates, switches, renames and
// deletes, the choice is remembered, and one learner's progress from before profiles is kept.
#include "ft_test.h"

#include "content/progress_store.h"
#include "ui/lesson_reader.h"
#include "ui/main_window.h"
#include "ui/progress_wiring.h"
#include "ui/quiz_runner.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// A window whose progress store is the file at `path` (never the user's).
std::unique_ptr<ft::ui::MainWindow> windowWithStore(const QString &path)
{
    qputenv("FLATTEN_TUTOR_PROGRESS", path.toLocal8Bit());
    auto window = std::make_unique<ft::ui::MainWindow>();
    qunsetenv("FLATTEN_TUTOR_PROGRESS");
    return window;
}

QStringList learnerMenuEntries(ft::ui::ProgressWiring *wiring)
{
    QStringList names;
    emit wiring->learnerMenu()->aboutToShow();
    for (QAction *action : wiring->learnerMenu()->actions()) {
        if (action->isCheckable())
            names << (action->isChecked() ? QStringLiteral("*") : QString()) + action->text();
    }
    return names;
}

} // namespace

class LearnerProfilesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void eachLearnerHasTheirOwnProgressAndTheTitleNamesThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
        QString firstLesson;
        {
            auto window = windowWithStore(path);
            auto *wiring = window->findChild<ft::ui::ProgressWiring *>();
            QVERIFY(wiring);
            QVERIFY(window->windowTitle().contains(QStringLiteral(" — Learner — ")));
            ft::ui::LessonReader *reader = window->lessonReader();
            firstLesson = reader->currentLessonId();
            QVERIFY(!firstLesson.isEmpty());
            reader->markCurrentDone();
            QVERIFY(reader->isLessonDone(firstLesson));

            QVERIFY(wiring->createLearner(QStringLiteral("Ada")));
            QVERIFY2(window->windowTitle().contains(QStringLiteral(" — Ada — Flatten Tutor")), qPrintable(window->windowTitle()));
            QVERIFY(!reader->isLessonDone(firstLesson)); // Ada starts fresh
            QCOMPARE(learnerMenuEntries(wiring), (QStringList{QStringLiteral("*Ada"), QStringLiteral("Learner")}));

            // A taken name is refused and nothing changes.
            QVERIFY(!wiring->createLearner(QStringLiteral("learner")));
            QCOMPARE(wiring->store().profiles().size(), 2);
        }
        // The next start opens Ada, and switching back shows the first learner's lesson done.
        auto window = windowWithStore(path);
        auto *wiring = window->findChild<ft::ui::ProgressWiring *>();
        QVERIFY(window->windowTitle().contains(QStringLiteral(" — Ada — ")));
        QVERIFY(!window->lessonReader()->isLessonDone(firstLesson));
        const qint64 learner = wiring->store().profiles().last().id;
        QVERIFY(wiring->switchLearner(learner));
        QVERIFY(window->lessonReader()->isLessonDone(firstLesson));

        QVERIFY(wiring->renameLearner(QStringLiteral("Sam")));
        QVERIFY(window->windowTitle().contains(QStringLiteral(" — Sam — ")));
        QCOMPARE(learnerMenuEntries(wiring), (QStringList{QStringLiteral("Ada"), QStringLiteral("*Sam")}));

        const qint64 ada = wiring->store().profiles().first().id;
        QVERIFY(wiring->deleteLearner(ada));
        QCOMPARE(learnerMenuEntries(wiring), QStringList{QStringLiteral("*Sam")});
        QVERIFY(window->lessonReader()->isLessonDone(firstLesson)); // Sam's progress untouched
    }

    // An answer given after a switch belongs to the learner now at the computer.
    void answersGoToTheCurrentLearner()
    {
        QTemporaryDir dir;
        auto window = windowWithStore(dir.filePath(QStringLiteral("progress.sqlite")));
        auto *wiring = window->findChild<ft::ui::ProgressWiring *>();
        wiring->startEndlessPractice(7);
        ft::ui::QuizRunner *runner = window->quizRunner();
        runner->chooseOption(0);
        QVERIFY(runner->checkAnswer());
        QCOMPARE(wiring->store().answers().size(), 1);
        QVERIFY(wiring->createLearner(QStringLiteral("Ben")));
        QVERIFY(wiring->store().answers().isEmpty());
        runner->nextQuestion();
        runner->chooseOption(0);
        QVERIFY(runner->checkAnswer());
        QCOMPARE(wiring->store().answers().size(), 1);
        QCOMPARE(wiring->store().sessions().size(), 1); // Ben's own session, not the first learner's
    }

    // File ▸ Export my results… and Reset my progress…, which the README promises, are there.
    void fileMenuHasLearnerExportAndReset()
    {
        QTemporaryDir dir;
        auto window = windowWithStore(dir.filePath(QStringLiteral("progress.sqlite")));
        QMenu *file = window->fileMenu();
        QVERIFY(file);
        QStringList texts;
        for (QAction *action : file->actions())
            texts << action->text();
        QVERIFY2(texts.contains(QStringLiteral("&Learner")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(window->findChild<QAction *>(QStringLiteral("exportResultsAction")));
        QVERIFY(window->findChild<QAction *>(QStringLiteral("resetProgressAction")));
        QVERIFY(file->actions().contains(window->findChild<QAction *>(QStringLiteral("exportResultsAction"))));
    }
};

FT_REGISTER_TEST(LearnerProfilesTest)
#include "tst_learner_profiles.moc"
