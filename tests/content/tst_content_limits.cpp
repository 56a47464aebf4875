// Content a teacher did not mean to hand out — huge, binary, not UTF-8, absurdly long — through the
// public loading path (ContentLibrary over a folder, as the app and `check-content` load it): each
// file gets one problem with a position, everything else in the folder still loads, and nothing
// crashes or takes long.
#include "ft_test.h"

#include "content/content_library.h"
#include "content/lesson_loader.h"
#include "content/progress_store.h"
#include "content/question_bank_loader.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ft::content;

namespace {

const QByteArray kGoodLesson = "---\nid: fine-lesson\ntitle: A fine lesson\norder: 1\nminutes: 2\ntags: test\n---\n\nText.\n";

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

// A bank with one choice question offering `count` options (the first one right).
QByteArray bankWithOptions(int count)
{
    QByteArray text = "---\nid: many-options\ntitle: Many options\nlesson: fine-lesson\n---\n\n"
                      "## too-many-options\ndifficulty: 1\n\nWhich one?\n\n### Options\n";
    for (int i = 0; i < count; ++i)
        text += (i == 0 ? "- [x] option " : "- [ ] option ") + QByteArray::number(i) + "\n  > Because.\n";
    text += "\n### Solution\n1. Pick the first.\n\n### Quick check\nThe first.\n\n### Mistakes\n- Another one\n";
    return text;
}

QStringList problemTexts(const ContentLibrary &library)
{
    QStringList texts;
    for (const ContentProblem &problem : library.problems())
        texts << problem.toString();
    return texts;
}

} // namespace

class ContentLimitsTest : public QObject
{
    Q_OBJECT

private slots:
    void hostileLessonFileIsOneProblemAndTheRestLoads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // what the problem says, at file:line:column
        QByteArray huge = kGoodLesson;
        huge += QByteArray(int(kMaxContentFileBytes), 'x');
        QTest::newRow("larger than the limit") << huge << QStringLiteral("bad.md:1:1: ");
        QByteArray binary = kGoodLesson;
        binary += QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10);
        QTest::newRow("binary (NUL byte)") << binary << QStringLiteral("bad.md:10:");
        QByteArray latin1 = kGoodLesson;
        latin1 += "Caf\xe9 cr\xe8me\n";
        QTest::newRow("Latin-1, not UTF-8") << latin1 << QStringLiteral("bad.md:10:4: ");
        QTest::newRow("UTF-16 with BOM") << QByteArray("\xff\xfe-\0-\0-\0\n\0", 10) << QStringLiteral("bad.md:1:");
    }
    void hostileLessonFileIsOneProblemAndTheRestLoads()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("lessons/good.md")), kGoodLesson);
        writeFile(dir.filePath(QStringLiteral("lessons/bad.md")), bytes);
        const ContentLibrary library = ContentLibrary::load({dir.path()});
        QCOMPARE(library.lessons().size(), 1);
        QCOMPARE(library.lessons().first().id, QStringLiteral("fine-lesson"));
        const QStringList problems = problemTexts(library);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(expected), qPrintable(problems.first()));
    }

    void fileJustUnderTheLimitLoadsQuickly()
    {
        // 100k short lines of Markdown under the size limit: read and split in linear time.
        QByteArray text = kGoodLesson;
        while (text.size() < kMaxContentFileBytes - 16)
            text += "- a line\n";
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("lessons/long.md")), text);
        const ContentLibrary library = ContentLibrary::load({dir.path()});
        QCOMPARE(library.lessons().size(), 1);
        QVERIFY2(!library.hasProblems(), qPrintable(problemTexts(library).join(QLatin1Char('\n'))));
    }

    void questionWith500OptionsIsAProblemAtItsOptions()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("lessons/fine.md")), kGoodLesson);
        writeFile(dir.filePath(QStringLiteral("quizzes/many.md")), bankWithOptions(500));
        const ContentLibrary library = ContentLibrary::load({dir.path()});
        QCOMPARE(library.questionCount(), 0); // left out, never shown with 500 buttons
        const QStringList problems = problemTexts(library);
        QVERIFY2(!problems.isEmpty(), "500 options were accepted");
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(QStringLiteral("a question needs %1 to %2 options, found 500")
                                                                .arg(kMinOptions).arg(kMaxOptions)),
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void questionWithTheMostOptionsAllowedLoads()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("lessons/fine.md")), kGoodLesson);
        writeFile(dir.filePath(QStringLiteral("quizzes/many.md")), bankWithOptions(kMaxOptions));
        const ContentLibrary library = ContentLibrary::load({dir.path()});
        QVERIFY2(!library.hasProblems(), qPrintable(problemTexts(library).join(QLatin1Char('\n'))));
        QCOMPARE(library.questionCount(), 1);
        QCOMPARE(library.questions().first().options.size(), kMaxOptions);
    }

    void lessonWithABrokenPlaygroundExpressionStillReads_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unclosed call") << "nn.Sequential(nn.Flatten()" << "but found the end of the expression";
        QTest::newRow("unknown module") << "nn.Flattn()" << "Flattn";
        QTest::newRow("nested 5000 deep") << QStringLiteral("nn.Sequential(").repeated(5000) << "nested too deeply";
        QTest::newRow("typographic quotes") << QStringLiteral("nn.Flatten(\u201c0\u201d)") << "non-ASCII";
    }
    void lessonWithABrokenPlaygroundExpressionStillReads()
    {
        QFETCH(QString, model);
        QFETCH(QString, expected);
        const QString text = QString::fromUtf8(kGoodLesson) + QStringLiteral("\n```playground\ninput: 8, 3, 4, 4\nmodel: ")
                             + model + QStringLiteral("\n```\n\nAfter the playground.\n");
        ContentProblems problems;
        const std::optional<Lesson> lesson = parseLesson(text, QStringLiteral("lessons/broken.md"), problems);
        QVERIFY2(lesson.has_value(), "one broken playground must not hide the lesson");
        QVERIFY(lesson->body.contains(QStringLiteral("After the playground.")));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 13); // the model line
        QVERIFY2(problems.first().message.contains(expected), qPrintable(problems.first().toString()));
    }

    void playgroundInputWithAbsurdShapesIsAProblem_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("a size beyond int64") << "99999999999999999999, 3";
        QTest::newRow("a thousand dims") << QStringLiteral("1, ").repeated(999) + QStringLiteral("1");
        QTest::newRow("negative size") << "-1, 3";
    }
    void playgroundInputWithAbsurdShapesIsAProblem()
    {
        QFETCH(QString, input);
        const QString text = QString::fromUtf8(kGoodLesson) + QStringLiteral("\n```playground\ninput: ") + input
                             + QStringLiteral("\n```\n");
        ContentProblems problems;
        const std::optional<Lesson> lesson = parseLesson(text, QStringLiteral("lessons/absurd.md"), problems);
        QVERIFY(lesson.has_value());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 12);
    }

    // Regression, fuzz_progress_store crash-5222cb5c: a store whose schema had every expected column
    // but whose answers.session_id REFERENCES named a table that does not exist opened without a
    // word, and then every recordAnswer failed ("Parameter count mismatch"): answers were lost.
    // Such a file is now moved aside like any damaged one, and the answer is kept.
    void storeWhoseWritesCannotCompileIsMovedAsideAndAnswersAreKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damaged-schema"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *sql : {
                     "CREATE TABLE lesson_events (id INTEGER PRIMARY KEY, lesson_id TEXT NOT NULL, event TEXT NOT NULL"
                     " CHECK (event IN ('opened', 'finished')), at_ms INTEGER NOT NULL)",
                     "CREATE TABLE answers (id INTEGER PRIMARY KEY, question_id TEXT NOT NULL, chosen TEXT NOT NULL,"
                     " correct INTEGER NOT NULL, elapsed_ms INTEGER NOT NULL, answered_at_ms INTEGER NOT NULL,"
                     " session_id INTEGER REFERENCES answerse_sessions(id), topics TEXT NOT NULL DEFAULT '')",
                     "CREATE TABLE practice_sessions (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL,"
                     " started_at_ms INTEGER NOT NULL)",
                     "PRAGMA user_version = 2"})
                QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damaged-schema"));

        ProgressStore store(path);
        QVERIFY(store.isPersistent());
        QVERIFY2(!store.movedAsidePath().isEmpty(), "a store that cannot record answers was kept");
        QVERIFY(!store.recoveryMessage().isEmpty());
        AnswerRecord answer;
        answer.questionId = QStringLiteral("kept");
        answer.correct = true;
        QVERIFY2(store.recordAnswer(answer) > 0, qPrintable(store.lastError()));
        ProgressStore reopened(path);
        QCOMPARE(reopened.answers().size(), 1);
        QCOMPARE(reopened.answers().first().questionId, QStringLiteral("kept"));
    }
};

FT_REGISTER_TEST(ContentLimitsTest)
#include "tst_content_limits.moc"
