// The real `flatten-tutor` binary (no display) fed what a learner might paste or a teacher might
// hand out: every run ends on its own, quickly, with the documented exit status (0 traced,
// 1 PyTorch raised / content has problems, 2 bad input) and a short, clean message — never a
// crash, a hang, a flood of output or raw control bytes echoed to the terminal.
#include "app_run.h"
#include "ft_test.h"

#include "content/content_library.h"
#include "engine/trace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

struct Run
{
    int exitCode = -1;        // -1: did not finish in time; -2: crashed
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(fttest::headlessEnvironment());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.ms = timer.elapsed();
    if (process.exitStatus() != QProcess::NormalExit) {
        result.exitCode = -2;
        result.err = process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Run app(const QStringList &arguments)
{
    return run(QStringLiteral(FT_APP_PATH), arguments);
}

// Runs the app with arguments built by the shell, so they can hold bytes that are not UTF-8.
Run appViaShell(const QString &argumentsScript)
{
    return run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exec \"$0\" ") + argumentsScript,
                                           QStringLiteral(FT_APP_PATH)});
}

bool hasRawControlBytes(const QByteArray &text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && byte != '\n' && byte != '\t')
            return true;
    }
    return false;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

} // namespace

class HostileInputTest : public QObject
{
    Q_OBJECT

private slots:
    void hostileModelIsAUsageErrorWithAShortMessage_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nested 5000 deep") << QStringLiteral("nn.Sequential(").repeated(5000) << "nested too deeply";
        QTest::newRow("100 KB of one name") << QString(100000, QLatin1Char('a')) << "column";
        QTest::newRow("unclosed string") << "nn.Flatten('" + QString(50000, QLatin1Char('x')) << "column";
        QTest::newRow("typographic minus") << QStringLiteral("nn.Flatten(\u22121)") << "non-ASCII";
        QTest::newRow("terminal escape") << "nn.Flatten(\x1b[2J\x1b]0;owned\x07)" << "unexpected character";
        QTest::newRow("python code") << "__import__('os').system('true')" << "column";
    }
    void hostileModelIsAUsageErrorWithAShortMessage()
    {
        QFETCH(QString, model);
        QFETCH(QString, expected);
        const Run r = app({QStringLiteral("trace"), QStringLiteral("--input"), QStringLiteral("2,3,4"),
                           QStringLiteral("--model"), model});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.ms < 10000, qPrintable(QString::number(r.ms)));
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.left(600).constData());
        QVERIFY2(r.err.size() < 2000, "the message quotes the whole input instead of a window around the caret");
        QVERIFY2(!hasRawControlBytes(r.err + r.out), "control bytes from the input reached the terminal");
    }

    void modelBytesThatAreNotUtf8AreAUsageError()
    {
        const Run r = appViaShell(QStringLiteral("trace --input 2,3 --model \"$(printf 'nn.Flatten(\\377\\376)')\""));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!hasRawControlBytes(r.err));
    }

    void longestModelTheCommandLineTakesTracesQuickly()
    {
        // Linux caps one argument at 128 KiB; 10k layers is about 110 KB.
        const QString model = QStringLiteral("nn.Sequential(") + QStringLiteral("nn.ReLU(), ").repeated(10000)
                              + QStringLiteral("nn.Flatten())");
        const Run r = app({QStringLiteral("trace"), QStringLiteral("--json"), QStringLiteral("--input"),
                           QStringLiteral("2,3,4"), QStringLiteral("--model"), model});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.ms < 15000, qPrintable(QString::number(r.ms)));
        QVERIFY(r.out.contains("\"output\": [2, 12]") || r.out.contains("\"output\":[2,12]"));
    }

    // A model expression is Python: operators, parentheses and values of any kind run as Python
    // runs them (exit 0 or 1 with Python's error), and what the tracer does not compute is a
    // usage error (exit 2). Long chains of operators cost no recursion; nothing hangs.
    void pythonExpressionsEndAsPythonWould_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("module in parentheses") << "(nn.ReLU())" << 0 << "\"output\": [2, 3, 4]";
        QTest::newRow("50 parentheses") << QString(50, QLatin1Char('(')) + "nn.Flatten()" + QString(50, QLatin1Char(')')) << 0
                                       << "\"output\": [2, 12]";
        QTest::newRow("division by zero") << "nn.Flatten(1//0)" << 1 << "\"type\": \"ZeroDivisionError\"";
        QTest::newRow("a tuple") << "(nn.ReLU(),)" << 1 << "'tuple' object is not callable";
        QTest::newRow("Sequential arithmetic") << "nn.Sequential(nn.ReLU()) * 3 + nn.Sequential(nn.Flatten())" << 0
                                              << "\"output\": [2, 12]";
        QTest::newRow("100k additions") << "nn.Flatten(" + QStringLiteral("1 + ").repeated(20000) + "0)" << 1
                                       << "Dimension out of range";
        QTest::newRow("50001 signs") << "nn.Flatten(" + QStringLiteral("- ").repeated(50001) + "1)" << 0
                                   << "\"output\": [2, 3, 4]";
        QTest::newRow("a string of a million squared") << "nn.Flatten('ab' * 500000 * 500000)" << 2 << "too large for the tutor";
        QTest::newRow("a Sequential of a million layers") << "nn.Sequential(nn.ReLU()) * 1000000" << 2
                                                          << "an nn.Sequential of up to 100000 layers";
        // Python's ints are unbounded: PyTorch refuses one beyond int64 where it unpacks it.
        QTest::newRow("an int beyond 64 bits") << "nn.Flatten(9223372036854775807 + 1)" << 1 << "Overflow when unpacking long";
        QTest::newRow("an int beyond the tutor's bound") << "nn.Flatten(2**2**2**30)" << 2
                                                         << "too large for the tutor (integers up to 8192 bits)";
        QTest::newRow("string formatting") << "nn.Flatten('%s' % 1)" << 2 << "string formatting is not supported";
        QTest::newRow("a newline in a message") << "nn.Conv2d(3, 4, 3, padding_mode='zeros\\nx')" << 1
                                                << "but got padding_mode='zeros\"";
    }
    void pythonExpressionsEndAsPythonWould()
    {
        QFETCH(QString, model);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const Run r = app({QStringLiteral("trace"), QStringLiteral("--json"), QStringLiteral("--input"), QStringLiteral("2,3,4"),
                           QStringLiteral("--model"), model});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.ms < 10000, qPrintable(QString::number(r.ms)));
        QVERIFY2(QString::fromUtf8(r.out + r.err).contains(expected), (r.out + r.err).left(600).constData());
        QVERIFY2(r.err.size() < 2000 && r.out.size() < 20000, "the answer floods the terminal");
        QVERIFY2(!hasRawControlBytes(r.err + r.out), "control bytes reached the terminal");
    }

    void hostileInputShapeIsAUsageError_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rank above the bound") << QStringLiteral("1,").repeated(ft::kMaxShapeRank + 1) + QStringLiteral("1")
                                              << "too many dimensions";
        QTest::newRow("a size beyond int64") << "2,99999999999999999999" << "too large";
        QTest::newRow("negative") << "2,-3" << "negative";
        QTest::newRow("a float") << "2,3.5" << "not a size";
        QTest::newRow("40 KB of sizes") << QStringLiteral("1,").repeated(20000) << "too many dimensions";
    }
    void hostileInputShapeIsAUsageError()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Run r = app({QStringLiteral("trace"), QStringLiteral("--input"), input, QStringLiteral("--model"),
                           QStringLiteral("nn.Flatten()")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.left(600).constData());
        QVERIFY(r.err.size() < 2000);
    }

    void flattenOverSizesWhoseProductOverflowsIsAnError()
    {
        const Run r = app({QStringLiteral("trace"), QStringLiteral("--json"), QStringLiteral("--input"),
                           QStringLiteral("4294967296,4294967296,4"), QStringLiteral("--model"),
                           QStringLiteral("nn.Flatten(0)")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("flatten(): the flattened size overflows int64"),
                 r.out.constData());
    }

    void astronomicalShapeTracesShapeOnly()
    {
        const Run r = app({QStringLiteral("trace"), QStringLiteral("--json"), QStringLiteral("--input"),
                           QStringLiteral("1000000,1000000,3"), QStringLiteral("--model"),
                           QStringLiteral("nn.Sequential(nn.Flatten(), nn.Linear(3000000, 10))")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.ms < 10000, qPrintable(QString::number(r.ms)));
        QVERIFY2(r.out.contains("1000000, 10]") || r.out.contains("1000000,10]"), r.out.constData());
    }

    void checkContentOnAHostileFolderListsEveryProblem()
    {
        QTemporaryDir dir;
        const QString lessons = dir.filePath(QStringLiteral("lessons/"));
        const QString quizzes = dir.filePath(QStringLiteral("quizzes/"));
        writeFile(lessons + QStringLiteral("huge.md"), QByteArray(int(ft::content::kMaxContentFileBytes) + 10, '#'));
        writeFile(lessons + QStringLiteral("binary.md"), QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0", 12));
        writeFile(lessons + QStringLiteral("latin1.md"), "---\nid: caf\xe9\n---\n");
        writeFile(lessons + QStringLiteral("broken-playground.md"),
                  "---\nid: hostile-playground\ntitle: Broken\norder: 90\nminutes: 1\ntags: test\n---\n\n"
                  "```playground\ninput: 2, 3\nmodel: nn.Sequential(nn.Flatten(\n```\n");
        QDir().mkpath(lessons + QStringLiteral("a-folder.md"));
        QVERIFY(::mkfifo(QFile::encodeName(lessons + QStringLiteral("pipe.md")).constData(), 0600) == 0);
        QByteArray manyOptions = "---\nid: hostile-bank\ntitle: Hostile\nlesson: what-flatten-does\n---\n\n"
                                 "## five-hundred-options\ndifficulty: 1\n\nWhich?\n\n### Options\n";
        for (int i = 0; i < 500; ++i)
            manyOptions += (i ? "- [ ] no " : "- [x] yes ") + QByteArray::number(i) + "\n  > Because.\n";
        manyOptions += "\n### Solution\n1. Yes.\n\n### Quick check\nYes.\n\n### Mistakes\n- No\n";
        writeFile(quizzes + QStringLiteral("many.md"), manyOptions);

        const Run r = app({QStringLiteral("check-content"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.ms < 20000, qPrintable(QString::number(r.ms)));
        const QString out = QString::fromUtf8(r.out + r.err);
        for (const char *file : {"huge.md:1:1: ", "binary.md:", "latin1.md:2:", "broken-playground.md:11:",
                                 "many.md:"})
            QVERIFY2(out.contains(QLatin1String(file)), qPrintable(QStringLiteral("%1 not reported in:\n%2").arg(file, out)));
        QVERIFY2(out.contains(QStringLiteral("found 500")), qPrintable(out));
        QVERIFY(!hasRawControlBytes(r.out + r.err));
    }
};

FT_REGISTER_TEST(HostileInputTest)
#include "tst_hostile_input.moc"
