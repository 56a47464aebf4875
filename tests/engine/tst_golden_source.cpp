// `trace --file` against real PyTorch: every case of tests/golden/source_cases.json (written by
// tests/golden/generate_source_golden.py, which exec's each model file with torch 1.13 and
// watches every call) is replayed through ft::source::traceSource and must match exactly: each
// tensor-producing step (line, source text, op, output shapes), the output, the error (stage,
// exception class, first message line, the traceback's last line in the file), and the line of
// the batch-changed warning (or its absence).
#include "ft_test.h"

#include "engine/source/source_trace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonArray loadCases()
{
    QFile file(QStringLiteral(FT_TESTS_DIR "/golden/source_cases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value("cases").toArray();
}

QString shapeText(const QJsonValue &value)
{
    QStringList dims;
    for (const QJsonValue &d : value.toArray())
        dims << QString::number(qint64(d.toDouble()));
    return "[" + dims.join(", ") + "]";
}

QString shapeText(const ft::Shape &shape)
{
    QStringList dims;
    for (ft::Dim d : shape)
        dims << QString::number(d);
    return "[" + dims.join(", ") + "]";
}

// One shape, or a tuple's items as a list of those, nested as PyTorch nests them.
QString outputsText(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    if (!array.isEmpty() && array.first().isArray()) {
        QStringList items;
        for (const QJsonValue &item : array)
            items << outputsText(item);
        return "(" + items.join(", ") + ")";
    }
    return shapeText(value);
}

QString outputsText(const std::vector<ft::Shape> &shapes, bool tuple, const std::vector<ft::ResultShape> &items)
{
    if (!tuple)
        return shapes.empty() ? QStringLiteral("null") : shapeText(shapes.front());
    QStringList parts;
    for (const ft::ResultShape &item : items)
        parts << (item.isTuple ? outputsText({}, true, item.items) : shapeText(item.shape));
    return "(" + parts.join(", ") + ")";
}

QString describeGolden(const QJsonObject &golden)
{
    QStringList lines;
    for (const QJsonValue &value : golden.value("steps").toArray()) {
        const QJsonObject step = value.toObject();
        lines << QStringLiteral("step line %1: %2 | %3 -> %4")
                     .arg(step.value("line").toInt())
                     .arg(step.value("code").toString(), step.value("op").toString(),
                          outputsText(step.contains("outputs") ? step.value("outputs") : step.value("output")));
    }
    if (golden.contains("output"))
        lines << "output: " + (golden.value("output").isNull() ? QStringLiteral("null") : outputsText(golden.value("output")));
    if (golden.contains("error")) {
        const QJsonObject error = golden.value("error").toObject();
        lines << QStringLiteral("error (%1) at line %2: %3: %4")
                     .arg(error.value("stage").toString())
                     .arg(error.value("line").toInt())
                     .arg(error.value("type").toString(), error.value("message").toString());
    }
    lines << "warning line: " + (golden.value("warning_line").isNull() ? QStringLiteral("none")
                                                                       : QString::number(golden.value("warning_line").toInt()));
    for (const QJsonValue &value : golden.value("pytorch_warnings").toArray())
        lines << "pytorch warning: " + value.toArray().at(0).toString() + ": " + value.toArray().at(1).toString();
    return lines.join('\n');
}

QString describeTrace(const ft::source::SourceTrace &trace)
{
    QStringList lines;
    for (const ft::source::SourceStep &step : trace.steps) {
        lines << QStringLiteral("step line %1: %2 | %3 -> %4")
                     .arg(step.line)
                     .arg(QString::fromStdString(step.code), QString::fromStdString(step.op), outputsText(step.outputs, step.tuple, step.items));
    }
    if (trace.succeeded)
        lines << "output: " + outputsText(trace.outputs, trace.outputIsTuple, trace.outputItems);
    if (trace.error) {
        lines << QStringLiteral("error (%1) at line %2: %3: %4")
                     .arg(QString::fromLatin1(ft::stageName(trace.error->stage)))
                     .arg(trace.error->line)
                     .arg(QString::fromStdString(trace.error->type), QString::fromStdString(trace.error->message));
    }
    lines << "warning line: " + (trace.warnings.empty() ? QStringLiteral("none") : QString::number(trace.warnings.front().line));
    // Each distinct warning once, in first-printed order, as the golden data keeps them.
    QStringList printed;
    for (const ft::source::SourceWarning &warning : trace.pytorchWarnings) {
        const QString line = "pytorch warning: " + QString::fromStdString(warning.kind) + ": " + QString::fromStdString(warning.message);
        if (!printed.contains(line))
            printed << line;
    }
    lines << printed;
    return lines.join('\n');
}

} // namespace

class GoldenSourceTest : public QObject
{
    Q_OBJECT

private slots:
    void goldenFileHasTheTutorialModelsAndTheirMutations()
    {
        const QJsonArray cases = loadCases();
        QVERIFY2(cases.size() >= 300, "tests/golden/source_cases.json is missing or small: run generate_source_golden.py");
        QStringList families;
        for (const QJsonValue &value : cases)
            families << value.toObject().value("name").toString().section('/', 0, 0);
        for (const char *family : {"cifar", "quickstart", "mnist", "alexnet", "lenet", "mutation"})
            QVERIFY2(families.contains(family), family);
    }

    void traceMatchesPyTorch_data()
    {
        QTest::addColumn<QJsonObject>("golden");
        for (const QJsonValue &value : loadCases()) {
            const QJsonObject golden = value.toObject();
            QTest::newRow(golden.value("name").toString().toUtf8().constData()) << golden;
        }
    }

    void traceMatchesPyTorch()
    {
        QFETCH(QJsonObject, golden);
        ft::Shape input;
        for (const QJsonValue &d : golden.value("input").toArray())
            input.push_back(ft::Dim(d.toDouble()));
        const std::string source = golden.value("source").toString().toStdString();
        const std::string className = golden.value("class").toString().toStdString();
        try {
            const ft::source::SourceTrace trace = ft::source::traceSource(input, source, className);
            QCOMPARE(describeTrace(trace), describeGolden(golden));
        } catch (const ft::source::SourceError &error) {
            QFAIL(qPrintable("refused a file PyTorch runs: " + QString::fromStdString(error.formatted())));
        }
    }
};

FT_REGISTER_TEST(GoldenSourceTest)
#include "tst_golden_source.moc"
