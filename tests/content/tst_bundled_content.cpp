// The course as shipped: every lesson and question bank loads with zero problems, and the course
// has what the issue asks for (lessons in order, enough questions on every lesson, the seed set).
#include "ft_test.h"

#include "content/content_library.h"

#include <QSet>
#include <QTest>

using namespace ft::content;

class BundledContentTest : public QObject
{
    Q_OBJECT

private:
    ContentLibrary m_library;

private slots:
    void initTestCase()
    {
        m_library = ContentLibrary::load({QStringLiteral(FT_SOURCE_DIR)});
    }

    void loadsWithZeroProblems()
    {
        QStringList lines;
        for (const ContentProblem &problem : m_library.problems())
            lines << problem.toString();
        QVERIFY2(lines.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    }

    // Every shape question shows its input shape and its model in its own text, so a learner has
    // something to reason about before checking (the loader warns about any that does not).
    void everyShapeQuestionShowsItsInputAndModel()
    {
        QStringList lines;
        for (const ContentProblem &warning : m_library.warnings())
            lines << warning.toString();
        QVERIFY2(lines.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void courseHasItsLessonsInOrder()
    {
        const QList<Lesson> &lessons = m_library.lessons();
        QVERIFY2(lessons.size() >= 10, qPrintable(m_library.summary()));
        // view-or-copy comes before every lesson that relies on memory order.
        const QStringList expectedOrder{QStringLiteral("what-flatten-does"), QStringLiteral("batch-dimension"),
                                        QStringLiteral("flattened-size"), QStringLiteral("start-end-dim"),
                                        QStringLiteral("view-or-copy"), QStringLiteral("flatten-before-linear"),
                                        QStringLiteral("error-messages"), QStringLiteral("flatten-in-forward"),
                                        QStringLiteral("training-metrics"), QStringLiteral("troubleshooting")};
        QStringList ids;
        for (const Lesson &lesson : lessons)
            ids << lesson.id;
        QCOMPARE(ids.mid(0, expectedOrder.size()), expectedOrder);
        for (int i = 1; i < lessons.size(); ++i)
            QVERIFY(lessons.at(i - 1).order <= lessons.at(i).order);
    }

    void everyLessonHasTextAndQuestions()
    {
        for (const Lesson &lesson : m_library.lessons()) {
            QVERIFY2(!lesson.blocks.isEmpty(), qPrintable(lesson.id));
            QVERIFY2(lesson.minutes >= 1, qPrintable(lesson.id));
            QVERIFY2(m_library.questionsForLesson(lesson.id).size() >= 3, qPrintable(lesson.id));
        }
    }

    void lessonsEmbedPlaygrounds()
    {
        int playgrounds = 0;
        for (const Lesson &lesson : m_library.lessons())
            playgrounds += int(lesson.playgrounds().size());
        QVERIFY2(playgrounds >= 9, qPrintable(QString::number(playgrounds)));
    }

    void questionBanksHoldSeedAndEightyInAll()
    {
        const QList<Question> questions = m_library.questions();
        int seed = 0;
        int shape = 0;
        QSet<int> difficulties;
        for (const Question &question : questions) {
            seed += question.tags.contains(QStringLiteral("seed")) ? 1 : 0;
            shape += question.kind == QuestionKind::Shape ? 1 : 0;
            difficulties << question.difficulty;
        }
        QCOMPARE(seed, 6);
        QVERIFY2(questions.size() >= 80, qPrintable(m_library.summary()));
        QVERIFY2(shape >= 10, qPrintable(QString::number(shape)));
        for (int level = 1; level <= 5; ++level)
            QVERIFY2(difficulties.contains(level), qPrintable(QStringLiteral("no question of difficulty %1").arg(level)));
    }

    void everyQuestionIsComplete()
    {
        for (const Question &question : m_library.questions()) {
            const char *id = qPrintable(question.id);
            // Two options make a coin toss: every question offers at least three.
            QVERIFY2(question.options.size() >= 3 && question.options.size() <= 6, id);
            QVERIFY2(!question.correctIndexes().isEmpty(), id);
            for (const Option &option : question.options)
                QVERIFY2(!option.feedback.isEmpty() && !option.text.isEmpty(), id);
            QVERIFY2(!question.solution.isEmpty(), id);
            QVERIFY2(!question.quickCheck.isEmpty(), id);
            QVERIFY2(!question.mistakes.isEmpty(), id);
            QVERIFY2(m_library.lesson(question.lessonId), id);
        }
    }
};

FT_REGISTER_TEST(BundledContentTest)
#include "tst_bundled_content.moc"
