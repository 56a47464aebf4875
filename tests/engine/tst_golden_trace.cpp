// The whole trace contract against real PyTorch: every case of tests/golden/trace_cases.json
// (written by tests/golden/generate_trace_golden.py from torch 1.13) is replayed through
// ft::traceModel — the parser, the module twins and the tracer together — and must match
// exactly: each layer's repr, output shape and parameter count, the final shape, and for a
// failure the layer index, stage, Python exception class and PyTorch's first message line, and every
// warning PyTorch printed (warnings.warn) with its layer, stage, category and message.
#include "ft_test.h"

#include "engine/trace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

namespace {

QJsonArray loadCases()
{
    QFile file(QStringLiteral(FT_TESTS_DIR "/golden/trace_cases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value("cases").toArray();
}

ft::Shape toShape(const QJsonValue &value)
{
    ft::Shape shape;
    for (const QJsonValue &item : value.toArray())
        shape.push_back(ft::Dim(item.toDouble()));
    return shape;
}

// A layer's or the model's result as golden JSON writes it: a shape ([2, 3]) or, for a tuple,
// a list of results ([[5, 20], [[1, 20], [1, 20]]]), in ft::formatResultShape's text.
QString resultText(const QJsonValue &value)
{
    const QJsonArray items = value.toArray();
    const bool shape = std::all_of(items.begin(), items.end(), [](const QJsonValue &item) { return item.isDouble(); });
    if (shape)
        return QString::fromStdString(ft::formatShape(toShape(value)));
    QStringList parts;
    for (const QJsonValue &item : items)
        parts << resultText(item);
    return "(" + parts.join(", ") + ")";
}

QString layerResultText(const ft::LayerTrace &layer)
{
    return QString::fromStdString(layer.outputs.empty() ? ft::formatShape(layer.output)
                                                        : ft::formatResultShape(ft::ResultShape::tuple(layer.outputs)));
}

ft::DType dtypeOf(const QJsonObject &golden)
{
    return golden.value("dtype").toString() == QLatin1String("int64") ? ft::DType::Int64 : ft::DType::Float32;
}

// Both sides rendered to one canonical text, so a mismatch shows as a readable diff.
QString describeGolden(const QJsonObject &golden)
{
    QStringList lines;
    for (const QJsonValue &value : golden.value("layers").toArray()) {
        const QJsonObject layer = value.toObject();
        lines << QStringLiteral("layer %1: %2 -> %3 params=%4")
                     .arg(layer.value("index").toInt())
                     .arg(layer.value("module").toString(),
                          resultText(layer.contains("outputs") ? layer.value("outputs") : layer.value("output")))
                     .arg(qint64(layer.value("parameters").toDouble()));
    }
    if (golden.contains("output"))
        lines << "output: " + resultText(golden.value("output"));
    if (golden.contains("error")) {
        const QJsonObject error = golden.value("error").toObject();
        lines << QStringLiteral("error at %1 (%2): %3: %4")
                     .arg(error.value("index").toInt())
                     .arg(error.value("stage").toString(), error.value("type").toString(), error.value("message").toString());
    }
    for (const QJsonValue &value : golden.value("warnings").toArray()) {
        const QJsonObject warning = value.toObject();
        lines << QStringLiteral("warning at %1 (%2): %3: %4")
                     .arg(warning.value("index").toInt())
                     .arg(warning.value("stage").toString(), warning.value("type").toString(), warning.value("message").toString());
    }
    return lines.join('\n');
}

QString describeTrace(const ft::ShapeTrace &trace)
{
    QStringList lines;
    for (const ft::LayerTrace &layer : trace.layers) {
        lines << QStringLiteral("layer %1: %2 -> %3 params=%4")
                     .arg(layer.index)
                     .arg(QString::fromStdString(layer.module), layerResultText(layer))
                     .arg(qint64(layer.parameters));
    }
    if (trace.output)
        lines << "output: " + QString::fromStdString(ft::formatShape(*trace.output));
    else if (!trace.outputs.empty())
        lines << "output: " + QString::fromStdString(ft::formatResultShape(ft::ResultShape::tuple(trace.outputs)));
    if (trace.error) {
        lines << QStringLiteral("error at %1 (%2): %3: %4")
                     .arg(trace.error->index)
                     .arg(QString::fromLatin1(ft::stageName(trace.error->stage)), QString::fromStdString(trace.error->type),
                          QString::fromStdString(trace.error->message));
    }
    for (const ft::TraceWarning &warning : trace.warnings) {
        lines << QStringLiteral("warning at %1 (%2): %3: %4")
                     .arg(warning.index)
                     .arg(QString::fromLatin1(ft::stageName(warning.stage)), QString::fromStdString(warning.warning.category),
                          QString::fromStdString(warning.warning.message));
    }
    return lines.join('\n');
}

} // namespace

class GoldenTraceTest : public QObject
{
    Q_OBJECT

private slots:
    void goldenDataCoversEveryModule()
    {
        const QJsonArray cases = loadCases();
        QVERIFY2(cases.size() > 800, "tests/golden/trace_cases.json is missing or too small");
        QString all;
        for (const QJsonValue &value : cases)
            all += value.toObject().value("model").toString();
        for (const std::string &name : ft::supportedModules())
            QVERIFY2(all.contains(QString::fromStdString("nn." + name + "(")), name.c_str());
    }

    void traceMatchesPyTorch_data()
    {
        QTest::addColumn<QJsonObject>("golden");
        // Without golden data Qt would call the test once with no row; make that a clear failure.
        if (loadCases().isEmpty())
            QTest::newRow("golden data missing") << QJsonObject();
        int row = 0;
        for (const QJsonValue &value : loadCases()) {
            const QJsonObject golden = value.toObject();
            QString name = QStringLiteral("%1: %2 on %3")
                               .arg(row++)
                               .arg(golden.value("model").toString(),
                                    QString::fromStdString(ft::formatShape(toShape(golden.value("input")))));
            if (golden.contains("dtype"))
                name += " " + golden.value("dtype").toString();
            QTest::newRow(qPrintable(name)) << golden;
        }
    }
    void traceMatchesPyTorch()
    {
        QFETCH(QJsonObject, golden);
        QVERIFY2(!golden.isEmpty(), "golden JSON missing; run tests/golden/generate_trace_golden.py");
        const std::string model = golden.value("model").toString().toStdString();
        ft::ShapeTrace trace;
        try {
            trace = ft::traceModel(toShape(golden.value("input")), model, dtypeOf(golden));
        } catch (const ft::ParseError &error) {
            QFAIL(qPrintable("the parser rejected a valid PyTorch expression: " + QString::fromStdString(error.formatted())));
        }
        QCOMPARE(describeTrace(trace), describeGolden(golden));
        QCOMPARE(trace.input, toShape(golden.value("input")));
    }
};

FT_REGISTER_TEST(GoldenTraceTest)
#include "tst_golden_trace.moc"
