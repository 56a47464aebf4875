// Forward passes on real numbers against real PyTorch: every case of
// tests/golden/module_values.json. Inputs, weights and buffers come from the formula the JSON
// states (value(i) = sin(0.37 * i + salt) * scale), so only PyTorch's outputs are stored; the
// engine must reproduce them within 1e-5.
#include "ft_test.h"

#include "engine/trace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {

QJsonObject loadGolden()
{
    QFile file(QStringLiteral(FT_TESTS_DIR "/golden/module_values.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

ft::Shape toShape(const QJsonValue &value)
{
    ft::Shape shape;
    for (const QJsonValue &item : value.toArray())
        shape.push_back(ft::Dim(item.toDouble()));
    return shape;
}

ft::Tensor pattern(const ft::Shape &shape, double salt, double scale, bool positive)
{
    const ft::Dim count = *ft::checkedNumel(shape);
    std::vector<float> values(static_cast<size_t>(count));
    for (ft::Dim i = 0; i < count; ++i) {
        double v = std::sin(0.37 * double(i) + salt) * scale;
        // Round to float32 first, as torch.tensor(..., dtype=float32) does before abs() + 0.5.
        if (positive)
            v = std::abs(double(float(v))) + 0.5;
        values[size_t(i)] = float(v);
    }
    return ft::Tensor::fromValues(shape, std::move(values));
}

} // namespace

class GoldenValuesTest : public QObject
{
    Q_OBJECT

private slots:
    void goldenValuesExist()
    {
        QVERIFY2(loadGolden().value("cases").toArray().size() >= 40, "tests/golden/module_values.json is missing");
    }

    void forwardMatchesPyTorchWithin1e5_data()
    {
        QTest::addColumn<QJsonObject>("golden");
        // Without golden data Qt would call the test once with no row; make that a clear failure.
        if (loadGolden().value("cases").toArray().isEmpty())
            QTest::newRow("golden data missing") << QJsonObject();
        for (const QJsonValue &value : loadGolden().value("cases").toArray()) {
            const QJsonObject golden = value.toObject();
            const QString name = golden.value("model").toString() + " on "
                                 + QString::fromStdString(ft::formatShape(toShape(golden.value("input"))));
            QTest::newRow(qPrintable(name)) << golden;
        }
    }
    void forwardMatchesPyTorchWithin1e5()
    {
        QFETCH(QJsonObject, golden);
        QVERIFY2(!golden.isEmpty(), "golden JSON missing; run tests/golden/generate_trace_golden.py");
        ft::ModulePtr model = ft::parseModel(golden.value("model").toString().toStdString());
        for (const QJsonValue &value : golden.value("states").toArray()) {
            const QJsonObject state = value.toObject();
            model->setState(state.value("name").toString().toStdString(),
                            pattern(toShape(state.value("shape")), state.value("salt").toDouble(),
                                    state.value("scale").toDouble(), state.value("positive").toBool()));
        }
        const ft::Tensor output = model->forward(pattern(toShape(golden.value("input")), 0.0, 1.0, false));
        QCOMPARE(output.sizes(), toShape(golden.value("output_shape")));
        const std::vector<float> actual = output.values();
        const QJsonArray expected = golden.value("output").toArray();
        QCOMPARE(qsizetype(actual.size()), expected.size());
        for (size_t i = 0; i < actual.size(); ++i) {
            const double want = expected[qsizetype(i)].toDouble();
            if (std::abs(double(actual[i]) - want) > 1e-5)
                QFAIL(qPrintable(QStringLiteral("element %1: engine %2, PyTorch %3").arg(i).arg(double(actual[i]), 0, 'g', 9).arg(want, 0, 'g', 9)));
        }
    }
};

FT_REGISTER_TEST(GoldenValuesTest)
#include "tst_golden_values.moc"
