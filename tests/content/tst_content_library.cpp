// Loading whole folders: one bad file never stops the rest, ids are unique across folders, and a
// question naming a lesson nobody has is reported.
#include "ft_test.h"

#include "content/content_library.h"
#include "content_test_util.h"

#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ft::content;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList problemLines(const ContentLibrary &library)
{
    QStringList lines;
    for (const ContentProblem &problem : library.problems())
        lines << problem.toString();
    return lines;
}

} // namespace

class ContentLibraryTest : public QObject
{
    Q_OBJECT

private slots:
    void goodContentLoadsBesideBrokenFiles()
    {
        const ContentLibrary library = ContentLibrary::load({contentFixture(QStringLiteral("good")), contentFixture(QStringLiteral("broken"))});
        QVERIFY(library.hasProblems());
        QVERIFY(library.lesson(QStringLiteral("good-lesson")));
        QVERIFY(library.lesson(QStringLiteral("bad-playgrounds"))); // its header is fine
        QVERIFY(!library.lesson(QStringLiteral("Bad_Id")));
        QVERIFY(library.question(QStringLiteral("good-choice")));
        const Question *shape = library.question(QStringLiteral("good-shape"));
        QVERIFY(shape);
        QCOMPARE(shape->options.size(), 3);
        QCOMPARE(shape->correctIndexes().size(), 1);
        QCOMPARE(shape->options.at(shape->correctIndexes().first()).text, QStringLiteral("`(8, 48)`"));
        QCOMPARE(library.questionsForLesson(QStringLiteral("good-lesson")).size(), 2);
        QCOMPARE(library.summary(), QStringLiteral("2 lessons, 2 questions, %1 problems").arg(library.problems().size()));
    }

    void everyProblemReadsFileLineColumnMessage()
    {
        const ContentLibrary library = ContentLibrary::load({contentFixture(QStringLiteral("broken"))});
        for (const QString &line : problemLines(library))
            QVERIFY2(QRegularExpression(QStringLiteral("^.+\\.md:\\d+:\\d+: \\S")).match(line).hasMatch(), qPrintable(line));
    }

    void duplicateIdsAcrossFoldersAreReportedAndFirstWins()
    {
        QTemporaryDir other;
        QDir().mkpath(other.filePath(QStringLiteral("lessons")));
        QVERIFY(QFile::copy(contentFixture(QStringLiteral("good/lessons/good-lesson.md")), other.filePath(QStringLiteral("lessons/copy.md"))));
        QDir().mkpath(other.filePath(QStringLiteral("quizzes")));
        QVERIFY(QFile::copy(contentFixture(QStringLiteral("good/quizzes/good-bank.md")), other.filePath(QStringLiteral("quizzes/copy.md"))));
        const ContentLibrary library = ContentLibrary::load({contentFixture(QStringLiteral("good")), other.path()});
        const QStringList lines = problemLines(library);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(other.filePath(QStringLiteral("lessons/copy.md")) + QStringLiteral(":1:1: duplicate lesson id 'good-lesson'")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(other.filePath(QStringLiteral("quizzes/copy.md")) + QStringLiteral(":1:1: duplicate bank id 'good-bank'")), qPrintable(lines.at(1)));
        QCOMPARE(library.lessons().size(), 1);
        QCOMPARE(library.lessons().first().filePath, contentFixture(QStringLiteral("good/lessons/good-lesson.md")));
    }

    void duplicateQuestionIdInAnotherBankIsReportedAtItsHeading()
    {
        QTemporaryDir other;
        QFile original(contentFixture(QStringLiteral("good/quizzes/good-bank.md")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        writeFile(other.filePath(QStringLiteral("quizzes/second.md")), original.readAll().replace("id: good-bank", "id: second-bank"));
        const ContentLibrary library = ContentLibrary::load({contentFixture(QStringLiteral("good")), other.path()});
        const QStringList lines = problemLines(library);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(other.filePath(QStringLiteral("quizzes/second.md")) + QStringLiteral(":7:4: duplicate question id 'good-choice'")), qPrintable(lines.at(0)));
        QCOMPARE(library.questionCount(), 2);
    }

    void questionNamingAMissingLessonIsReported()
    {
        QTemporaryDir dir;
        QFile original(contentFixture(QStringLiteral("good/quizzes/good-bank.md")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        writeFile(dir.filePath(QStringLiteral("quizzes/bank.md")), original.readAll());
        const ContentLibrary alone = ContentLibrary::load({dir.path()});
        const QStringList lines = problemLines(alone);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), dir.filePath(QStringLiteral("quizzes/bank.md")) + QStringLiteral(":4:9: question 'good-choice' names lesson 'good-lesson', which no content folder holds"));
        // Once the lesson's folder is loaded too, the link resolves (whatever the order).
        const ContentLibrary together = ContentLibrary::load({dir.path(), contentFixture(QStringLiteral("good"))});
        QVERIFY2(!together.hasProblems() || problemLines(together).filter(QStringLiteral("names lesson")).isEmpty(),
                 qPrintable(problemLines(together).join(QLatin1Char('\n'))));
    }

    void binaryAndNonUtf8FilesDoNotStopTheFolder()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("lessons/image.md")), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
        writeFile(dir.filePath(QStringLiteral("quizzes/latin1.md")), QByteArray("---\nid: caf\xe9\n"));
        QVERIFY(QFile::copy(contentFixture(QStringLiteral("good/lessons/good-lesson.md")), dir.filePath(QStringLiteral("lessons/z-good.md"))));
        const ContentLibrary library = ContentLibrary::load({dir.path()});
        const QStringList lines = problemLines(library);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QStringLiteral("image.md:3:1:")) && lines.at(0).contains(QStringLiteral("binary file")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("latin1.md:2:8: not UTF-8 text")), qPrintable(lines.at(1)));
        QCOMPARE(library.lessons().size(), 1);
    }

    void readmeFilesAreNotContent()
    {
        const ContentLibrary library = ContentLibrary::load({QStringLiteral(FT_SOURCE_DIR)});
        for (const Lesson &lesson : library.lessons())
            QVERIFY(!lesson.filePath.endsWith(QStringLiteral("README.md")));
        QVERIFY(!library.hasProblems());
    }

    void missingFolderIsAProblem()
    {
        const ContentLibrary library = ContentLibrary::load({QStringLiteral("/nonexistent/content")});
        QCOMPARE(problemLines(library), QStringList{QStringLiteral("/nonexistent/content:1:1: no such content folder")});
    }

    // models/*.py are course data too: each class is traced while loading, and what the engine
    // cannot run, or what no longer shows what its header says, is a problem at file:line:column
    // of the file (the header lines counted). The good class loads beside them.
    void exampleClassesAreCheckedWithTheirFileLines_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("problem"); // empty: loads
        const QByteArray header = "# title: T\n# input: 4, 3, 8, 8\n# expect: ok\n\n";
        const QByteArray net = "import torch\nimport torch.nn as nn\n\n\nclass Net(nn.Module):\n    def forward(self, x):\n";
        QTest::newRow("runs as it says") << header + net + "        return torch.flatten(x, 1)\n" << QString();
        QTest::newRow("unsupported construct")
            << header + net + "        while True:\n            pass\n" << QStringLiteral("c.py:11:9: the app cannot run this class: ");
        QTest::newRow("syntax error") << header + net + "        return x.view(\n" << QStringLiteral("c.py:11:");
        QTest::newRow("expect says ok, PyTorch raises")
            << header + net + "        return x.veiw(-1)\n"
            << QStringLiteral("c.py:3:11: expect: ok, but the class traced on 4, 3, 8, 8 shows error "
                              "(AttributeError: 'Tensor' object has no attribute 'veiw', line 11)");
        QTest::newRow("expect says ok, the batch changes")
            << header + net + "        return x.view(-1)\n"
            << QStringLiteral("c.py:3:11: expect: ok, but the class traced on 4, 3, 8, 8 shows batch-changed");
        QTest::newRow("unknown expect") << QByteArray(header).replace("ok", "fine") + net + "        return x\n"
                                        << QStringLiteral("c.py:3:11: expect: 'fine' is not ok, error or batch-changed");
    }
    void exampleClassesAreCheckedWithTheirFileLines()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("models/c.py")), file);
        const ContentLibrary library = ContentLibrary::load({dir.path()});
        if (problem.isEmpty()) {
            QVERIFY2(!library.hasProblems(), qPrintable(problemLines(library).join(QLatin1Char('\n'))));
            QCOMPARE(library.classExamples().size(), 1);
            QCOMPARE(library.classExamples().first().title, QStringLiteral("T"));
            return;
        }
        QCOMPARE(library.classExamples().size(), 0);
        QCOMPARE(library.problems().size(), 1);
        const QString line = problemLines(library).first();
        QVERIFY2(line.startsWith(dir.filePath(QStringLiteral("models/") + problem)), qPrintable(line));
    }
};

FT_REGISTER_TEST(ContentLibraryTest)
#include "tst_content_library.moc"
