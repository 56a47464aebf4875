// Lesson files: the header and the ```playground blocks, parsed and validated with positions.
#include "ft_test.h"

#include "content_test_util.h"
#include "content/lesson_loader.h"

#include <QTest>

using namespace ft::content;

class LessonValidatorTest : public QObject
{
    Q_OBJECT

private slots:
    void brokenLessonsReportEachProblemAtItsPosition_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid id") << "bad-header.md" << 2 << 5 << "invalid id 'Bad_Id'";
        QTest::newRow("order out of range") << "bad-header.md" << 4 << 8 << "order must be a whole number from 1 to 999, found '1000'";
        QTest::newRow("unknown header field") << "bad-header.md" << 6 << 1 << "unknown field 'colour'";
        QTest::newRow("header field given twice") << "bad-header.md" << 7 << 1 << "'minutes' is given twice";
        QTest::newRow("no header") << "no-header.md" << 1 << 1 << "expected a header block starting with '---'";
        QTest::newRow("playground shape that does not parse") << "bad-playgrounds.md" << 11 << 15 << "playground input: expected a size (a whole number) but found 'x'";
        QTest::newRow("playground model the engine cannot parse") << "bad-playgrounds.md" << 16 << 33 << "playground model: expected a value but found ','";
        QTest::newRow("playground unknown field") << "bad-playgrounds.md" << 21 << 1 << "playground: unknown field 'speed'";
        QTest::newRow("playground without input") << "bad-playgrounds.md" << 19 << 1 << "playground: missing required field 'input'";
        QTest::newRow("playground with model and dims") << "bad-playgrounds.md" << 27 << 1 << "playground: give either 'model' or 'start_dim'/'end_dim'";
    }

    void brokenLessonsReportEachProblemAtItsPosition()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        ContentProblems problems;
        parseLesson(readFixture(QStringLiteral("broken/lessons/") + file), file, problems);
        QStringList all;
        for (const ContentProblem &problem : problems) {
            all << problem.toString();
            if (problem.file == file && problem.line == line && problem.column == column && problem.message.startsWith(message))
                return;
        }
        QFAIL(qPrintable(QStringLiteral("no problem %1:%2 '%3' in:\n%4").arg(line).arg(column).arg(message, all.join(QLatin1Char('\n')))));
    }

    void brokenPlaygroundsLeaveTheLessonReadable()
    {
        ContentProblems problems;
        const auto lesson = parseLesson(readFixture(QStringLiteral("broken/lessons/bad-playgrounds.md")), QStringLiteral("x.md"), problems);
        QVERIFY(lesson.has_value());
        QCOMPARE(problems.size(), 5);
        QVERIFY(lesson->playgrounds().isEmpty());
        QCOMPARE(lesson->blocks.size(), 1);
        QVERIFY(lesson->blocks.first().markdown.contains(QStringLiteral("```playground"))); // shown as code
        QVERIFY(lesson->blocks.first().markdown.endsWith(QStringLiteral("Closing text.")));
    }

    void goodLessonSplitsIntoMarkdownAndPlaygrounds()
    {
        ContentProblems problems;
        const auto lesson = parseLesson(readFixture(QStringLiteral("good/lessons/good-lesson.md")), QStringLiteral("good.md"), problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(lesson.has_value());
        QCOMPARE(lesson->id, QStringLiteral("good-lesson"));
        QCOMPARE(lesson->order, 1);
        QCOMPARE(lesson->minutes, 2);
        QCOMPARE(lesson->tags, QStringList{QStringLiteral("test")});
        QCOMPARE(lesson->blocks.size(), 3);
        QCOMPARE(lesson->blocks.at(0).markdown, QStringLiteral("Some text."));
        QCOMPARE(lesson->blocks.at(1).kind, LessonBlock::Kind::Playground);
        const PlaygroundBlock &playground = lesson->blocks.at(1).playground;
        QCOMPARE(playground.inputShape, (ft::Shape{8, 3, 4, 4}));
        QCOMPARE(playground.startDim, std::optional<qint64>(2));
        QVERIFY(!playground.endDim.has_value());
        QCOMPARE(playground.caption, QStringLiteral("Try it."));
        QCOMPARE(playground.line, 11);
        QCOMPARE(playground.effectiveModel(), QStringLiteral("nn.Flatten(start_dim=2, end_dim=-1)"));
        QCOMPARE(lesson->blocks.at(2).markdown, QStringLiteral("More text."));
    }

    void playgroundWordInsideOrdinaryCodeIsCode()
    {
        ContentProblems problems;
        const QString text = QStringLiteral("---\nid: a\ntitle: A\norder: 1\nminutes: 1\n---\n\n````markdown\n```playground\ninput: nonsense\n```\n````\n");
        const auto lesson = parseLesson(text, QStringLiteral("a.md"), problems);
        QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().toString()));
        QVERIFY(lesson->playgrounds().isEmpty());
    }

    void unclosedHeaderAndMissingFields()
    {
        ContentProblems problems;
        QVERIFY(!parseLesson(QStringLiteral("---\nid: a\n"), QStringLiteral("a.md"), problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toString(), QStringLiteral("a.md:1:1: header block opened with '---' is never closed with '---'"));
        problems.clear();
        QVERIFY(!parseLesson(QStringLiteral("---\nid: a\ntitle: A\n---\nText\n"), QStringLiteral("a.md"), problems));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).toString(), QStringLiteral("a.md:4:1: missing required field 'order' in the header"));
        QCOMPARE(problems.at(1).toString(), QStringLiteral("a.md:4:1: missing required field 'minutes' in the header"));
    }
};

FT_REGISTER_TEST(LessonValidatorTest)
#include "tst_lesson_validator.moc"
