// `flatten-tutor trace --file` keeps CONTRACT-trace.md ("Tracing a learner's own model source"):
// the real binary runs a learner's .py file (from disk or from stdin), and its JSON (steps,
// warnings, output, error with line), its table, its exit statuses 0/1/2 and its stderr caret
// are checked. A sample of the PyTorch golden cases (tests/golden/source_cases.json) is replayed
// through the binary's --json.
#include "app_run.h"
#include "ft_test.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

using Run = fttest::AppRun;

const char *const kCifarNet = R"py(import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.pool = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = x.view(-1, 16 * 5 * 5)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x
)py";

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

Run runWithStdin(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(fttest::headlessEnvironment());
    process.start(QStringLiteral(FT_APP_PATH), QStringList{QStringLiteral("trace")} + arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return {-2, {}, {}};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonArray shapeJson(std::initializer_list<int> dims)
{
    QJsonArray array;
    for (int d : dims)
        array.append(d);
    return array;
}

} // namespace

class TraceFileCommandTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text);
        return path;
    }

    Run runTrace(const QStringList &arguments) { return fttest::runApp(QStringList{QStringLiteral("trace")} + arguments); }

private slots:
    void contractExampleSilentBatchChange()
    {
        const QString path = writeFile("net.py", kCifarNet);
        const Run run = runTrace({"--input", "4,3,52,52", "--file", path, "--json"});
        QCOMPARE(run.exitCode, 0); // a warning is not a failure
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject json = parseJson(run.out);
        QCOMPARE(json.value("input").toArray(), shapeJson({4, 3, 52, 52}));
        const QJsonArray steps = json.value("steps").toArray();
        QCOMPARE(steps.size(), 12);
        QCOMPARE(steps[0].toObject(), QJsonObject({{"line", 17}, {"code", "self.conv1(x)"},
                                                   {"op", "Conv2d(3, 6, kernel_size=(5, 5), stride=(1, 1))"},
                                                   {"output", shapeJson({4, 6, 48, 48})}}));
        QCOMPARE(steps[6].toObject(), QJsonObject({{"line", 19}, {"code", "x.view(-1, 16 * 5 * 5)"}, {"op", "view"},
                                                   {"output", shapeJson({16, 400})}}));
        const QJsonArray warnings = json.value("warnings").toArray();
        QCOMPARE(warnings.size(), 1);
        const QJsonObject warning = warnings[0].toObject();
        QCOMPARE(warning.value("line").toInt(), 19);
        QCOMPARE(warning.value("kind").toString(), QStringLiteral("batch-changed"));
        const QString message = warning.value("message").toString();
        QVERIFY2(message.startsWith("line 19: the batch of 4 became 16 rows here"), qPrintable(message));
        QVERIFY2(message.contains("torch.flatten(x, 1)") && message.contains("x.view(x.size(0), -1)"), qPrintable(message));
        QCOMPARE(json.value("output").toArray(), shapeJson({16, 10}));
        QVERIFY(!json.contains("error"));
        // Keys in the contract's order.
        QVERIFY(run.out.indexOf("\"input\"") < run.out.indexOf("\"steps\""));
        QVERIFY(run.out.indexOf("\"steps\"") < run.out.indexOf("\"warnings\""));
        QVERIFY(run.out.indexOf("\"warnings\"") < run.out.indexOf("\n  \"output\""));
    }

    void correctModelHasNoWarningAndStdinWorks()
    {
        const Run run = runWithStdin({"--input", "4,3,32,32", "--file", "-", "--json"}, kCifarNet);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parseJson(run.out);
        QCOMPARE(json.value("warnings").toArray().size(), 0);
        QCOMPARE(json.value("output").toArray(), shapeJson({4, 10}));
    }

    void errorHasTheLineAndExitsOne()
    {
        const Run run = runWithStdin({"--input", "4,3,36,36", "--file", "-", "--json"}, kCifarNet);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject error = parseJson(run.out).value("error").toObject();
        QCOMPARE(error, QJsonObject({{"stage", "forward"}, {"type", "RuntimeError"},
                                     {"message", "shape '[-1, 400]' is invalid for input of size 2304"}, {"line", 19}}));
        QVERIFY(!parseJson(run.out).contains("output"));
    }

    void tableShowsStepsWarningAndTheFix()
    {
        const QByteArray wrongInFeatures = QByteArray(kCifarNet).replace("x = x.view(-1, 16 * 5 * 5)", "x = torch.flatten(x, 1)");
        const Run failing = runWithStdin({"--input", "4,3,52,52", "--file", "-"}, wrongInFeatures);
        QCOMPARE(failing.exitCode, 1);
        QVERIFY2(failing.out.contains("RuntimeError at line 20 (forward): mat1 and mat2 shapes cannot be multiplied (4x1600 and 400x120)"),
                 qPrintable(failing.out));
        // The hint names the line where fc1 is built, the one to change.
        QVERIFY2(failing.out.contains("fix:    Line 12 (where this layer is built, called at line 20): "), qPrintable(failing.out));
        QVERIFY2(failing.out.contains("in_features=1600"), qPrintable(failing.out));

        const Run warned = runWithStdin({"--input", "4,3,52,52", "--file", "-"}, kCifarNet);
        QCOMPARE(warned.exitCode, 0);
        QVERIFY2(warned.out.contains("  19  x.view(-1, 16 * 5 * 5)"), qPrintable(warned.out));
        QVERIFY2(warned.out.contains("warning (batch-changed): line 19:"), qPrintable(warned.out));
        QVERIFY2(warned.out.contains("output  (16, 10)"), qPrintable(warned.out));

        // The columns line up under their headers; an op wider than the column is cut with "...".
        const QStringList lines = warned.out.split(QLatin1Char('\n'));
        const auto header = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith("line  code"); });
        QVERIFY2(header != lines.cend(), qPrintable(warned.out));
        const qsizetype opColumn = header->indexOf(" op ") + 1;
        const qsizetype shapeColumn = header->indexOf("output shape");
        const auto pool = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.contains("MaxPool2d(kernel_size=2"); });
        QVERIFY2(pool != lines.cend(), qPrintable(warned.out));
        QCOMPARE(pool->indexOf("MaxPool2d"), opColumn);
        QCOMPARE(pool->mid(shapeColumn), QStringLiteral("(4, 6, 24, 24)"));
        QVERIFY2(pool->mid(opColumn, shapeColumn - opColumn).trimmed().endsWith("..."), qPrintable(*pool));
    }

    void unsupportedConstructExitsTwoWithCaret()
    {
        const QString path = writeFile("loop.py", "import torch\nimport torch.nn as nn\nclass Net(nn.Module):\n"
                                                  "    def forward(self, x):\n        while x.dim() > 2:\n"
                                                  "            x = x.flatten(1)\n        return x\n");
        const Run run = runTrace({"--input", "2,3,4", "--file", path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("loop.py, line 5, column 9: 'while' loops are not supported"), qPrintable(run.err));
        QVERIFY2(run.err.contains("\n            while x.dim() > 2:\n            ^"), qPrintable(run.err));
    }

    void classOptionPicksAndUnknownClassIsAUsageError()
    {
        const QString path = writeFile("two.py", "import torch.nn as nn\nclass A(nn.Module):\n    def forward(self, x):\n"
                                                 "        return x.flatten()\nclass B(nn.Module):\n    def forward(self, x):\n"
                                                 "        return x\n");
        QCOMPARE(parseJson(runTrace({"--input", "2,3", "--file", path, "--json"}).out).value("output").toArray(), shapeJson({2, 3}));
        QCOMPARE(parseJson(runTrace({"--input", "2,3", "--file", path, "--class", "A", "--json"}).out).value("output").toArray(),
                 shapeJson({6}));
        const Run unknown = runTrace({"--input", "2,3", "--file", path, "--class", "C"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("no nn.Module class named 'C' in the file (it defines A, B)"), qPrintable(unknown.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("modelAndFile") << QStringList{"--input", "2", "--model", "nn.Flatten()", "--file", "x.py"} << "not both";
        QTest::newRow("classWithoutFile") << QStringList{"--input", "2", "--model", "nn.Flatten()", "--class", "Net"} << "--class needs --file";
        QTest::newRow("missingFile") << QStringList{"--input", "2", "--file", "/nonexistent/net.py"} << "cannot read --file";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runTrace(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void goldenSampleThroughTheBinary()
    {
        QFile file(QStringLiteral(FT_TESTS_DIR "/golden/source_cases.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value("cases").toArray();
        QVERIFY(cases.size() >= 300);
        for (int i = 0; i < cases.size(); i += 25) {
            const QJsonObject golden = cases[i].toObject();
            QStringList dims;
            for (const QJsonValue &d : golden.value("input").toArray())
                dims << QString::number(d.toInt());
            QStringList arguments{"--input", dims.join(','), "--file", "-", "--json"};
            if (!golden.value("class").toString().isEmpty())
                arguments << "--class" << golden.value("class").toString();
            const Run run = runWithStdin(arguments, golden.value("source").toString().toUtf8());
            const QJsonObject json = parseJson(run.out);
            const QString name = golden.value("name").toString();
            QCOMPARE(run.exitCode, golden.contains("error") ? 1 : 0);
            QCOMPARE(json.value("steps").toArray().size(), golden.value("steps").toArray().size());
            for (int s = 0; s < json.value("steps").toArray().size(); ++s)
                QVERIFY2(json.value("steps").toArray()[s] == golden.value("steps").toArray()[s], qPrintable(name));
            if (golden.contains("error"))
                QVERIFY2(json.value("error") == golden.value("error"), qPrintable(name));
            else
                QVERIFY2(json.value("output") == golden.value("output"), qPrintable(name));
            const QJsonArray warnings = json.value("warnings").toArray();
            QCOMPARE(warnings.isEmpty() ? QJsonValue() : warnings[0].toObject().value("line"),
                     golden.value("warning_line").isNull() ? QJsonValue() : golden.value("warning_line"));
        }
    }
};

FT_REGISTER_TEST(TraceFileCommandTest)
#include "tst_trace_file_command.moc"
