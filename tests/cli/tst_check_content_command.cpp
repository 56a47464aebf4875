// `flatten-tutor check-content`: problems as file:line:column, a summary line, and exit status
// 0 (clean), 1 (any problem), 2 (usage error), run as a teacher would, in a separate process.
#include "app_run.h"
#include "ft_test.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = fttest::AppRun;

Run runCheckContent(const QStringList &arguments, const QString &home)
{
    QProcessEnvironment env = fttest::headlessEnvironment();
    // An empty home: the user content folder is then ours to fill (or leave absent).
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    return fttest::runApp(QStringList{QStringLiteral("check-content")} + arguments, env);
}

QString fixture(const QString &relative)
{
    return QStringLiteral(FT_TESTS_DIR "/content/fixtures/") + relative;
}

} // namespace

class CheckContentCommandTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void bundledContentIsCleanAndSummarised()
    {
        const Run run = runCheckContent({}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        // Warnings (a file loads but should be fixed) are listed and do not change the exit status.
        QVERIFY2(QRegularExpression(QStringLiteral("^(\\S+:\\d+:\\d+: warning: [^\\n]+\\n)*\\d+ lessons, \\d+ questions, 0 problems(, \\d+ warnings?)?\\n$"))
                     .match(run.out).hasMatch(),
                 qPrintable(run.out + run.err));
    }

    void goodExtraFolderIsCleanToo()
    {
        const Run run = runCheckContent({fixture(QStringLiteral("good"))}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.endsWith(QStringLiteral(" problems\n")) && run.out.contains(QStringLiteral(", 0 problems")), qPrintable(run.out));
    }

    void translatedFilesAreCheckedLikeEnglishOnes()
    {
        // A clean translation: nothing to report.
        const Run clean = runCheckContent({fixture(QStringLiteral("translated"))}, m_home.path());
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
        // lessons/de/01-merge.md states (8, 12) where its English original states (8, 48).
        const Run run = runCheckContent({fixture(QStringLiteral("translated-wrong-claim"))}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        const QString file = fixture(QStringLiteral("translated-wrong-claim/lessons/de/01-merge.md"));
        QVERIFY2(lines.at(0).startsWith(file + QStringLiteral(":9:77: '(8, 48)' is stated here")), qPrintable(run.out));
        QVERIFY2(lines.at(1).startsWith(file + QStringLiteral(":12:1: claim: ")), qPrintable(run.out));
        QVERIFY2(lines.last().endsWith(QLatin1String(", 2 problems")), qPrintable(lines.last()));
    }

    void brokenFolderListsProblemsAndExitsOne()
    {
        const Run run = runCheckContent({fixture(QStringLiteral("broken"))}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.size() > 10);
        QVERIFY2(run.out.contains(fixture(QStringLiteral("broken/quizzes/bad-questions.md:33:1: option has no feedback"))), qPrintable(run.out));
        QVERIFY(run.out.contains(fixture(QStringLiteral("broken/lessons/bad-playgrounds.md:16:33: playground model: "))));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ lessons, \\d+ questions, %1 problems$").arg(lines.size() - 1)).match(lines.last()).hasMatch(),
                 qPrintable(lines.last()));
    }

    void userFolderIsCheckedWithoutArguments()
    {
        QTemporaryDir home;
        const QString user = home.path() + QStringLiteral("/.local/share/FlattenTutor/flatten-tutor/content/quizzes");
        QVERIFY(QDir().mkpath(user));
        QFile bank(user + QStringLiteral("/mine.md"));
        QVERIFY(bank.open(QIODevice::WriteOnly));
        bank.write("---\nid: mine\ntitle: Mine\nlesson: nowhere\n---\n");
        bank.close();
        const Run run = runCheckContent({}, home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("mine.md:5:1: the bank has no questions")), qPrintable(run.out));
    }

    // A teacher editing one bank (or lesson) checks just that file; its problems are listed with
    // the file as typed, beside the bundled course (whose lessons it may name).
    void singleFileIsChecked_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("broken bank") << fixture(QStringLiteral("broken/quizzes/bad-questions.md")) << 1
                                     << fixture(QStringLiteral("broken/quizzes/bad-questions.md:33:1: option has no feedback"));
        QTest::newRow("broken lesson") << fixture(QStringLiteral("broken/lessons/bad-playgrounds.md")) << 1
                                       << fixture(QStringLiteral("broken/lessons/bad-playgrounds.md:16:33: playground model: "));
        QTest::newRow("bundled bank, checked once") << QStringLiteral(FT_SOURCE_DIR "/quizzes/02-basics.md") << 0 << QStringLiteral(" 0 problems");
        QTest::newRow("bundled example class, checked once") << QStringLiteral(FT_SOURCE_DIR "/models/02-quickstart.py") << 0 << QStringLiteral(" 0 problems");
        QTest::newRow("bundled translation, checked once") << QStringLiteral(FT_SOURCE_DIR "/lessons/de/01-what-flatten-does.md") << 0
                                                           << QStringLiteral(" 0 problems");
    }

    // A model class file is read as an example class wherever it sits: in a course's models/
    // folder or on its own, its header and its trace are checked, never read as a lesson.
    void exampleClassFileIsCheckedAsAClass_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("models/ folder") << QStringLiteral("course/models");
        QTest::newRow("loose file") << QString();
    }

    void exampleClassFileIsCheckedAsAClass()
    {
        QFETCH(QString, folder);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(folder.isEmpty() ? QStringLiteral(".") : folder));
        const QString path = dir.filePath((folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("net.py"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# title: Works: a wrong claim\n# input: 2, 3, 4\n# expect: ok\n\nimport torch\nfrom torch import nn\n\n\n"
                   "class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.fc = nn.Linear(5, 2)\n\n"
                   "    def forward(self, x):\n        return self.fc(x)\n");
        file.close();
        const Run run = runCheckContent({path}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        // The class is traced: its Linear refuses the input, which contradicts `expect: ok`.
        QVERIFY2(run.out.contains(path + QStringLiteral(":")) && run.out.contains(QStringLiteral("mat1 and mat2 shapes cannot be multiplied")),
                 qPrintable(run.out + run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("header block starting with '---'")), qPrintable(run.out));
    }

    void singleFileIsChecked()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const Run run = runCheckContent({file}, m_home.path());
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.out.contains(expected), qPrintable(run.out + run.err));
        if (exitCode == 0)
            QVERIFY2(!run.out.contains(QStringLiteral("duplicate")), qPrintable(run.out));
    }

    // A shape question whose text hides its model is a warning, not a problem: exit status 0.
    void shapeStemHidingTheModelWarns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hidden.md"));
        QFile bank(path);
        QVERIFY(bank.open(QIODevice::WriteOnly));
        bank.write("---\nid: hidden\ntitle: Hidden\nlesson: what-flatten-does\n---\n\n## hidden-model\nkind: shape\ndifficulty: 1\n"
                   "input: 16, 3, 28, 28\nmodel: nn.Sequential(nn.Flatten(), nn.Linear(2352, 10))\n\n"
                   "What shape comes out of this model for `(16, 3, 28, 28)`?\n\n### Solution\n1. Step.\n\n"
                   "### Quick check\nCheck.\n\n### Mistakes\n- Mistake\n");
        bank.close();
        const Run run = runCheckContent({path}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(path + QStringLiteral(":7:4: warning: the question text does not show the model")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral(" 0 problems, ")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << "unknown option '--frobnicate'";
        QTest::newRow("missing folder") << QStringList{QStringLiteral("/nonexistent/course")} << "'/nonexistent/course' is neither a folder nor a file";
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runCheckContent(arguments, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void helpExplainsExitStatus()
    {
        const Run run = runCheckContent({QStringLiteral("--help")}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("Usage: flatten-tutor check-content [DIR|FILE...]")));
        QVERIFY(run.out.contains(QStringLiteral("Exit status: 0 no problem; 1 at least one problem; 2 a usage error.")));
    }
};

FT_REGISTER_TEST(CheckContentCommandTest)
#include "tst_check_content_command.moc"
