// `flatten-tutor trace` keeps CONTRACT-trace.md: the real binary is run (no display), and its
// JSON, its table, its exit statuses and its stderr caret are checked. A sample of the PyTorch
// golden cases (tests/golden/trace_cases.json) is replayed through the binary's --json output.
#include "app_run.h"
#include "ft_test.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

using Run = fttest::AppRun;

Run runTrace(const QStringList &arguments)
{
    return fttest::runApp(QStringList{QStringLiteral("trace")} + arguments);
}

const QString kContractModel = QStringLiteral("nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(), nn.Linear(16*28*28, 10))");

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

} // namespace

class TraceCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void contractExampleJsonExactly()
    {
        const Run run = runTrace({QStringLiteral("--input"), QStringLiteral("32,3,28,28"), QStringLiteral("--model"),
                                  kContractModel, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        // The object CONTRACT-trace.md shows, verbatim.
        const QJsonObject expected = parseJson(QString::fromUtf8(R"json({
          "input":  [32, 3, 28, 28],
          "layers": [
            {"index": 0, "module": "Conv2d(3, 16, kernel_size=(3, 3), stride=(1, 1))", "output": [32, 16, 26, 26]},
            {"index": 1, "module": "Flatten(start_dim=1, end_dim=-1)", "output": [32, 10816]}
          ],
          "error": {"index": 2, "stage": "forward", "type": "RuntimeError",
                    "message": "mat1 and mat2 shapes cannot be multiplied (32x10816 and 12544x10)"}
        })json"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(parseJson(run.out), expected);
        // Exactly one object, keys in the contract's order.
        QVERIFY(run.out.trimmed().startsWith(QLatin1Char('{')) && run.out.trimmed().endsWith(QLatin1Char('}')));
        const qsizetype input = run.out.indexOf(QStringLiteral("\"input\""));
        const qsizetype layers = run.out.indexOf(QStringLiteral("\"layers\""));
        const qsizetype error = run.out.indexOf(QStringLiteral("\"error\""));
        QVERIFY(input >= 0 && input < layers && layers < error);
    }

    void contractExampleTable()
    {
        const Run run = runTrace({QStringLiteral("--input"), QStringLiteral("32,3,28,28"), QStringLiteral("--model"), kContractModel});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QStringLiteral(
            "input   (32, 3, 28, 28)\n"
            "\n"
            "index  module                                                 output shape\n"
            "    0  Conv2d(3, 16, kernel_size=(3, 3), stride=(1, 1))       (32, 16, 26, 26)\n"
            "    1  Flatten(start_dim=1, end_dim=-1)                       (32, 10816)\n"
            "    2  Linear(in_features=12544, out_features=10, bias=True)  raised RuntimeError\n"
            "\n"
            "RuntimeError at layer 2 (forward): mat1 and mat2 shapes cannot be multiplied (32x10816 and 12544x10)\n"));
    }

    void successHasOutputAndExitsZero()
    {
        const Run run = runTrace({QStringLiteral("--input"), QStringLiteral("(32, 3, 28, 28)"), QStringLiteral("--model"),
                                  QStringLiteral("torch.nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(), nn.Linear(16*26*26, 10))"),
                                  QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parseJson(run.out);
        QCOMPARE(json.value(QStringLiteral("output")).toArray(), (QJsonArray{32, 10}));
        QVERIFY(!json.contains(QStringLiteral("error")));
        QCOMPARE(json.value(QStringLiteral("layers")).toArray().size(), 3);
        QCOMPARE(json.keys().size(), 3);

        const Run table = runTrace({QStringLiteral("--input"), QStringLiteral("32,3,28,28"), QStringLiteral("--model"),
                                    QStringLiteral("nn.Flatten()")});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out, QStringLiteral("input   (32, 3, 28, 28)\n\n"
                                           "index  module                            output shape\n"
                                           "    0  Flatten(start_dim=1, end_dim=-1)  (32, 2352)\n\n"
                                           "output  (32, 2352)\n"));
    }

    void constructErrorExitsOneWithNoLayers()
    {
        const Run run = runTrace({QStringLiteral("--input"), QStringLiteral("2,3"), QStringLiteral("--model"),
                                  QStringLiteral("nn.Flatten(dim=0)"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject expected = parseJson(QString::fromUtf8(R"json({"input": [2, 3], "layers": [],
            "error": {"index": 0, "stage": "construct", "type": "TypeError",
                      "message": "Flatten.__init__() got an unexpected keyword argument 'dim'"}})json"));
        QCOMPARE(parseJson(run.out), expected);

        const Run table = runTrace({QStringLiteral("--input"), QStringLiteral("2,3"), QStringLiteral("--model"),
                                    QStringLiteral("nn.Flatten(dim=0)")});
        QCOMPARE(table.exitCode, 1);
        QCOMPARE(table.out, QStringLiteral("input   (2, 3)\n\n"
                                           "TypeError while building layer 0 (construct): "
                                           "Flatten.__init__() got an unexpected keyword argument 'dim'\n"));
    }

    void jsonStaysValidWithQuotesInMessages()
    {
        // PyTorch quotes the bad string with its repr: 'a"b' puts a double quote in the message.
        const Run run = runTrace({QStringLiteral("--input"), QStringLiteral("1,3,8,8"), QStringLiteral("--model"),
                                  QStringLiteral("nn.Conv2d(3, 3, 3, padding='a\"b')"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject error = parseJson(run.out).value(QStringLiteral("error")).toObject();
        // PyTorch prints a Python set here, whose order changes with the hash seed: accept both.
        const QString message = error.value(QStringLiteral("message")).toString();
        QVERIFY2(message == QStringLiteral("Invalid padding string 'a\"b', should be one of {'valid', 'same'}")
                     || message == QStringLiteral("Invalid padding string 'a\"b', should be one of {'same', 'valid'}"),
                 qPrintable(run.out));
    }

    void zeroDimInput_data()
    {
        QTest::addColumn<QStringList>("inputArguments");
        QTest::newRow("empty string") << QStringList{QStringLiteral("--input"), QString()};
        QTest::newRow("empty tuple") << QStringList{QStringLiteral("--input"), QStringLiteral("()")};
        QTest::newRow("equals form") << QStringList{QStringLiteral("--input=")};
    }
    void zeroDimInput()
    {
        QFETCH(QStringList, inputArguments);
        const Run run = runTrace(inputArguments + QStringList{QStringLiteral("--model"), QStringLiteral("nn.Flatten(0, -1)"),
                                                              QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parseJson(run.out);
        QCOMPARE(json.value(QStringLiteral("input")).toArray(), QJsonArray());
        QCOMPARE(json.value(QStringLiteral("output")).toArray(), (QJsonArray{1}));
    }

    void syntaxErrorExitsTwoWithCaret()
    {
        const Run run = runTrace({QStringLiteral("--input"), QStringLiteral("2,3"), QStringLiteral("--model"),
                                  QStringLiteral("nn.Flatten(0"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err, QStringLiteral("flatten-tutor trace: error in --model, column 13: expected ',' or ')' after the "
                                         "arguments of nn.Flatten but found the end of the expression\n"
                                         "  nn.Flatten(0\n"
                                         "              ^\n"));
    }

    void unknownModuleExitsTwo()
    {
        const Run run = runTrace({QStringLiteral("--input"), QStringLiteral("2,3"), QStringLiteral("--model"),
                                  QStringLiteral("nn.Sequential(nn.Flaten())")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("column 15: the app does not model 'nn.Flaten' (did you mean 'nn.Flatten'?)\n")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("\n                ^\n")));
    }

    void badInputShapeExitsTwoWithCaret()
    {
        const Run run = runTrace({QStringLiteral("--input"), QStringLiteral("32,-3,28"), QStringLiteral("--model"),
                                  QStringLiteral("nn.Flatten()")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("flatten-tutor trace: error in --input, column 4: a size cannot be negative, found -3\n"
                                         "  32,-3,28\n"
                                         "     ^\n"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing --input") << QStringList{QStringLiteral("--model"), QStringLiteral("nn.Flatten()")}
                                         << "flatten-tutor trace: missing --input (the input shape, for example --input 32,3,28,28)";
        QTest::newRow("missing --model") << QStringList{QStringLiteral("--input"), QStringLiteral("2,3")}
                                         << "flatten-tutor trace: missing --model (a PyTorch expression, for example --model 'nn.Flatten()')";
        QTest::newRow("nothing at all") << QStringList{} << "flatten-tutor trace: missing --input";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--inptu"), QStringLiteral("2,3")}
                                        << "flatten-tutor trace: Unknown option 'inptu'.";
        QTest::newRow("option without value") << QStringList{QStringLiteral("--model")}
                                              << "flatten-tutor trace: Missing value after '--model'.";
        QTest::newRow("unknown dtype") << QStringList{QStringLiteral("--input"), QStringLiteral("2"), QStringLiteral("--model"),
                                                      QStringLiteral("nn.ReLU()"), QStringLiteral("--dtype"), QStringLiteral("long")}
                                       << "flatten-tutor trace: unknown --dtype 'long' (use float32 or int64)";
        QTest::newRow("dtype with a file") << QStringList{QStringLiteral("--input"), QStringLiteral("2"), QStringLiteral("--file"),
                                                          QStringLiteral("net.py"), QStringLiteral("--dtype"), QStringLiteral("int64")}
                                           << "flatten-tutor trace: --dtype works with --model";
        QTest::newRow("unquoted model") << QStringList{QStringLiteral("--input"), QStringLiteral("2"), QStringLiteral("--model"),
                                                       QStringLiteral("nn.Sequential(nn.ReLU(),"), QStringLiteral("nn.ReLU())")}
                                        << "flatten-tutor trace: unexpected argument 'nn.ReLU())' (quote the model expression and pass it with --model)";
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runTrace(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(message), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("Try 'flatten-tutor trace --help'.")));
    }

    void helpDescribesOptionsAndExitsZero()
    {
        const Run run = runTrace({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Usage: flatten-tutor trace --input SHAPE (--model EXPRESSION [--dtype "
                                                   "float32|int64] | --file PATH [--class NAME]) [--json]")),
                 qPrintable(run.out));
        for (const char *option : {"--input <shape>", "--model <expression>", "--dtype <type>", "--json", "Exit status"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }

    void nestedSequentialReprSpansTableRows()
    {
        const Run run = runTrace({QStringLiteral("--input"), QStringLiteral("4,6"), QStringLiteral("--model"),
                                  QStringLiteral("nn.Sequential(nn.Sequential(nn.ReLU(), nn.Linear(6, 2)), nn.Flatten(0))")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral(
            "input   (4, 6)\n\n"
            "index  module                            output shape\n"
            "    0  Sequential(                       (4, 2)\n"
            "         (0): ReLU()\n"
            "         (1): Linear(in_features=6, out_features=2, bias=True)\n"
            "       )\n"
            "    1  Flatten(start_dim=0, end_dim=-1)  (8,)\n\n"
            "output  (8,)\n"));
    }

    // An LSTM returns (output, (h_n, c_n)): the layer shows the nested shapes, and nn.Flatten
    // after it raises what PyTorch raises for a tuple.
    void tupleResultIsNestedAndRefusedByTheNextLayer()
    {
        const Run run = runTrace({QStringLiteral("--input"), QStringLiteral("4,7,10"), QStringLiteral("--model"),
                                  QStringLiteral("nn.Sequential(nn.LSTM(10, 16, batch_first=True), nn.Flatten())"),
                                  QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject expected = parseJson(QString::fromUtf8(R"json({
          "input": [4, 7, 10],
          "layers": [{"index": 0, "module": "LSTM(10, 16, batch_first=True)", "outputs": [[4, 7, 16], [[1, 4, 16], [1, 4, 16]]]}],
          "error": {"index": 1, "stage": "forward", "type": "AttributeError", "message": "'tuple' object has no attribute 'flatten'"}
        })json"));
        QCOMPARE(parseJson(run.out), expected);

        const Run table = runTrace({QStringLiteral("--input"), QStringLiteral("5,10"), QStringLiteral("--model"),
                                    QStringLiteral("nn.GRU(10, 8)")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QStringLiteral("GRU(10, 8)  ((5, 8), (1, 8))\n")), qPrintable(table.out));
        QVERIFY2(table.out.endsWith(QStringLiteral("output  ((5, 8), (1, 8))\n")), qPrintable(table.out));
    }

    // --dtype int64 feeds ids: Embedding takes them; the JSON says which dtype ran. On the default
    // float32 Embedding raises PyTorch's dtype error.
    void dtypeInt64FeedsEmbedding()
    {
        const QStringList model{QStringLiteral("--input"), QStringLiteral("4,12"), QStringLiteral("--model"),
                                QStringLiteral("nn.Sequential(nn.Embedding(1000, 32), nn.Flatten())"), QStringLiteral("--json")};
        const Run ids = runTrace(model + QStringList{QStringLiteral("--dtype"), QStringLiteral("int64")});
        QCOMPARE(ids.exitCode, 0);
        const QJsonObject json = parseJson(ids.out);
        QCOMPARE(json.value(QStringLiteral("dtype")).toString(), QStringLiteral("int64"));
        QVERIFY2(ids.out.startsWith(QStringLiteral("{\n  \"input\": [4, 12],\n  \"dtype\": \"int64\",")), qPrintable(ids.out));
        QCOMPARE(json.value(QStringLiteral("output")).toArray(), QJsonArray({4, 384}));

        const Run floats = runTrace(model);
        QCOMPARE(floats.exitCode, 1);
        QVERIFY(!parseJson(floats.out).contains(QStringLiteral("dtype")));
        QCOMPARE(parseJson(floats.out).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; "
                                "but got torch.FloatTensor instead (while checking arguments for embedding)"));
    }

    // A deterministic sample of PyTorch's own answers, replayed through the binary.
    void goldenCasesThroughTheBinary()
    {
        QFile file(QStringLiteral(FT_TESTS_DIR "/golden/trace_cases.json"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("tests/golden/trace_cases.json is not there yet");
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
        QVERIFY(cases.size() > 100);
        int replayed = 0;
        for (qsizetype i = 0; i < cases.size(); i += 25) {
            QJsonObject expected = cases.at(i).toObject();
            const QString model = expected.take(QStringLiteral("model")).toString();
            expected.remove(QStringLiteral("device"));
            const QString dtype = expected.value(QStringLiteral("dtype")).toString(QStringLiteral("float32"));
            QStringList shape;
            for (const QJsonValue size : expected.value(QStringLiteral("input")).toArray())
                shape << QString::number(size.toInteger());
            const Run run = runTrace({QStringLiteral("--input"), shape.join(QLatin1Char(',')), QStringLiteral("--model"), model,
                                      QStringLiteral("--dtype"), dtype, QStringLiteral("--json")});
            const QString label = QStringLiteral("case %1: %2 on (%3)\n%4%5").arg(i).arg(model, shape.join(QLatin1Char(',')), run.out, run.err);
            QVERIFY2(run.exitCode == (expected.contains(QStringLiteral("error")) ? 1 : 0), qPrintable(label));
            QJsonObject actual = parseJson(run.out);
            // The golden layers also record typeName and parameters; the CLI prints the contract's keys.
            QJsonArray expectedLayers;
            for (const QJsonValue layer : expected.value(QStringLiteral("layers")).toArray()) {
                QJsonObject kept;
                for (const char *key : {"index", "module", "output", "outputs"}) {
                    if (layer.toObject().contains(QLatin1String(key)))
                        kept.insert(QLatin1String(key), layer.toObject().value(QLatin1String(key)));
                }
                expectedLayers.append(kept);
            }
            expected.insert(QStringLiteral("layers"), expectedLayers);
            QVERIFY2(actual == expected, qPrintable(label));
            ++replayed;
        }
        QVERIFY(replayed > 40);
    }
};

FT_REGISTER_TEST(TraceCommandTest)
#include "tst_trace_command.moc"
