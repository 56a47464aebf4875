// Diagnoses turn PyTorch's exact errors into a plain explanation and a concrete fix hint.
// The error messages fed to diagnoseTrace below were produced by running real PyTorch 1.13 on the
// same models (see the comment above each row); the hints must name the numbers to change.
#include "ft_test.h"

#include "diagnosis.h"

#include <QTest>

using ft::Shape;

namespace {

ft::ShapeTrace failedTrace(Shape input, std::vector<std::pair<std::string, Shape>> ran, int index,
                           std::string message, ft::TraceStage stage = ft::TraceStage::Forward, std::string type = "RuntimeError")
{
    ft::ShapeTrace trace;
    trace.input = std::move(input);
    int i = 0;
    for (auto &[repr, output] : ran) {
        ft::LayerTrace layer;
        layer.index = i++;
        layer.module = repr;
        layer.typeName = repr.substr(0, repr.find('('));
        layer.output = output;
        trace.layers.push_back(layer);
    }
    trace.error = ft::TraceFailure{index, stage, std::move(type), std::move(message), {}, ft::ErrorKind::Generic, {}};
    return trace;
}

QString q(const std::string &text) { return QString::fromStdString(text); }

const char *kConv3to16 = "Conv2d(3, 16, kernel_size=(3, 3), stride=(1, 1))";

} // namespace

class DiagnosisTest : public QObject
{
    Q_OBJECT

private slots:
    void flattenReportShowsMergedProductAndKeepsBatch()
    {
        const ft::FlattenReport r = ft::explainFlatten({32, 3, 28, 28}, 1, -1);
        QVERIFY(r.ok());
        QCOMPARE(*r.output, (Shape{32, 2352}));
        QCOMPARE(q(r.mergedProduct), QStringLiteral("3 x 28 x 28 = 2352"));
        QCOMPARE(r.mergedCount(), 3);
        QVERIFY(r.diagnosis.explanation.find("batch, 32") != std::string::npos);
        QVERIFY(r.diagnosis.hint.empty());
    }

    void flattenReportValidRange_data()
    {
        QTest::addColumn<QList<qint64>>("shape");
        QTest::addColumn<qint64>("minDim");
        QTest::addColumn<qint64>("maxDim");
        QTest::newRow("4-d") << QList<qint64>{32, 3, 28, 28} << qint64(-4) << qint64(3);
        QTest::newRow("1-d") << QList<qint64>{5} << qint64(-1) << qint64(0);
        QTest::newRow("0-d accepts -1..0 like wrap_scalar") << QList<qint64>{} << qint64(-1) << qint64(0);
    }
    void flattenReportValidRange()
    {
        QFETCH(QList<qint64>, shape);
        QFETCH(qint64, minDim);
        QFETCH(qint64, maxDim);
        const ft::FlattenReport r = ft::explainFlatten(Shape(shape.begin(), shape.end()), 0, -1);
        QCOMPARE(r.minDim, minDim);
        QCOMPARE(r.maxDim, maxDim);
    }

    void flattenStartDimZeroWarnsAboutTheBatch()
    {
        const ft::FlattenReport r = ft::explainFlatten({32, 3, 28, 28}, 0, -1);
        QCOMPARE(*r.output, (Shape{75264}));
        QVERIFY2(r.diagnosis.hint.find("start_dim=0 also flattens the batch dimension") == 0, r.diagnosis.hint.c_str());
        QVERIFY(r.diagnosis.hint.find("nn.Flatten() (start_dim=1)") != std::string::npos);
    }

    void flattenErrors_data()
    {
        QTest::addColumn<QList<qint64>>("shape");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hintPart");
        // Messages: torch.flatten(torch.zeros(...), start, end) in PyTorch 1.13.
        QTest::newRow("start past the end") << QList<qint64>{32, 3, 28, 28} << qint64(4) << qint64(-1) << "IndexError"
                                            << "Dimension out of range (expected to be in range of [-4, 3], but got 4)"
                                            << "start_dim in the valid range -4 to 3";
        QTest::newRow("negative end before the first") << QList<qint64>{2, 3} << qint64(0) << qint64(-3) << "IndexError"
                                                        << "Dimension out of range (expected to be in range of [-2, 1], but got -3)"
                                                        << "end_dim in the valid range -2 to 1";
        QTest::newRow("nn.Flatten on a 1-d tensor") << QList<qint64>{5} << qint64(1) << qint64(-1) << "IndexError"
                                                    << "Dimension out of range (expected to be in range of [-1, 0], but got 1)"
                                                    << "batch dimension";
        QTest::newRow("start after end") << QList<qint64>{32, 3, 28, 28} << qint64(3) << qint64(1) << "RuntimeError"
                                         << "flatten() has invalid args: start_dim cannot come after end_dim"
                                         << "Swap them (start_dim=1, end_dim=3)";
        QTest::newRow("negative size") << QList<qint64>{2, -1} << qint64(0) << qint64(-1) << "RuntimeError"
                                       << "Trying to create tensor with negative dimension -1: [2, -1]"
                                       << "sizes of 0 or more";
    }
    void flattenErrors()
    {
        QFETCH(QList<qint64>, shape);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(QString, type);
        QFETCH(QString, message);
        QFETCH(QString, hintPart);
        const ft::FlattenReport r = ft::explainFlatten(Shape(shape.begin(), shape.end()), start, end);
        QVERIFY(!r.ok());
        QCOMPARE(q(r.errorType), type);
        QCOMPARE(q(r.errorMessage), message);
        QVERIFY(!r.diagnosis.explanation.empty());
        QVERIFY2(q(r.diagnosis.hint).contains(hintPart), r.diagnosis.hint.c_str());
    }

    void flattenSameStartAndEndExplainsNothingMerges()
    {
        const ft::FlattenReport r = ft::explainFlatten({2, 3, 4}, -2, 1);
        QCOMPARE(*r.output, (Shape{2, 3, 4}));
        QVERIFY(r.mergedProduct.empty());
        QVERIFY(r.diagnosis.explanation.find("nothing to merge") != std::string::npos);
    }

    void productFormulaNamesEveryFactor()
    {
        QCOMPARE(q(ft::productFormula({32, 16, 62, 62}, 1, 3)), QStringLiteral("16 x 62 x 62 = 61504"));
        QCOMPARE(q(ft::productFormula({32, 16}, 1, 1)), QStringLiteral("16"));
        QVERIFY(ft::productFormula({2, 3}, 1, 0).empty());
    }

    void traceDiagnosis_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("hint");
        QTest::newRow("wrong in_features names both numbers and the product")
            << "wrong-in"
            << "Linear expects in_features=10816; you wrote 12544. Write nn.Linear(10816, 10) (16 x 26 x 26 = 10816, "
               "from (32, 16, 26, 26)).";
        QTest::newRow("Flatten(start_dim=0) before Linear")
            << "start0" << "start_dim=0 also flattens the batch dimension; use nn.Flatten() (start_dim=1).";
        QTest::newRow("missing Flatten") << "missing"
                                         << "Add nn.Flatten() before this Linear: it turns (32, 16, 62, 62) into (32, "
                                            "61504), which matches in_features=61504.";
        QTest::newRow("channel mismatch at the input") << "channels-input"
                                                       << "The input has 1 channel; set in_channels=1.";
        QTest::newRow("channel mismatch after a layer") << "channels-layer"
                                                        << "The previous layer gives 16 channels; set in_channels=16.";
        QTest::newRow("Flatten too early before a Conv2d")
            << "rank" << "A Flatten before this layer already turned each image into a vector; move nn.Flatten() after "
                         "the last convolution or pooling layer, right before the first Linear.";
        QTest::newRow("unknown keyword dim") << "dim-kw" << "nn.Flatten takes start_dim and end_dim, e.g. nn.Flatten(start_dim=1).";
    }
    void traceDiagnosis()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, hint);
        ft::ShapeTrace t;
        std::vector<std::string> reprs;
        const std::string flatten = "Flatten(start_dim=1, end_dim=-1)";
        if (caseName == "wrong-in") {
            // nn.Sequential(nn.Conv2d(3,16,3), nn.Flatten(), nn.Linear(12544, 10))(torch.zeros(32,3,28,28))
            reprs = {kConv3to16, flatten, "Linear(in_features=12544, out_features=10, bias=True)"};
            t = failedTrace({32, 3, 28, 28}, {{reprs[0], {32, 16, 26, 26}}, {reprs[1], {32, 10816}}}, 2,
                            "mat1 and mat2 shapes cannot be multiplied (32x10816 and 12544x10)");
        } else if (caseName == "start0") {
            // nn.Sequential(nn.Conv2d(1,10,3), nn.Flatten(start_dim=0), nn.Linear(10*26*26, 100))(torch.zeros(32,1,28,28))
            reprs = {"Conv2d(1, 10, kernel_size=(3, 3), stride=(1, 1))", "Flatten(start_dim=0, end_dim=-1)",
                     "Linear(in_features=6760, out_features=100, bias=True)"};
            t = failedTrace({32, 1, 28, 28}, {{reprs[0], {32, 10, 26, 26}}, {reprs[1], {216320}}}, 2,
                            "mat1 and mat2 shapes cannot be multiplied (1x216320 and 6760x100)");
        } else if (caseName == "missing") {
            // nn.Sequential(nn.Conv2d(3,16,3), nn.Linear(16*62*62, 128))(torch.zeros(32,3,64,64))
            reprs = {kConv3to16, "Linear(in_features=61504, out_features=128, bias=True)"};
            t = failedTrace({32, 3, 64, 64}, {{reprs[0], {32, 16, 62, 62}}}, 1,
                            "mat1 and mat2 shapes cannot be multiplied (31744x62 and 61504x128)");
        } else if (caseName == "channels-input") {
            // nn.Conv2d(3,16,3)(torch.zeros(32,1,28,28))
            reprs = {kConv3to16};
            t = failedTrace({32, 1, 28, 28}, {}, 0,
                            "Given groups=1, weight of size [16, 3, 3, 3], expected input[32, 1, 28, 28] to have 3 "
                            "channels, but got 1 channels instead");
        } else if (caseName == "channels-layer") {
            // nn.Sequential(nn.Conv2d(3,16,3), nn.Conv2d(3,16,3))(torch.zeros(32,3,64,64))
            reprs = {kConv3to16, kConv3to16};
            t = failedTrace({32, 3, 64, 64}, {{reprs[0], {32, 16, 62, 62}}}, 1,
                            "Given groups=1, weight of size [16, 3, 3, 3], expected input[32, 16, 62, 62] to have 3 "
                            "channels, but got 16 channels instead");
        } else if (caseName == "rank") {
            // nn.Sequential(nn.Conv2d(3,16,3), nn.Flatten(), nn.Conv2d(16,8,3))(torch.zeros(2,3,8,8))
            reprs = {kConv3to16, flatten, "Conv2d(16, 8, kernel_size=(3, 3), stride=(1, 1))"};
            t = failedTrace({2, 3, 8, 8}, {{reprs[0], {2, 16, 6, 6}}, {reprs[1], {2, 576}}}, 2,
                            "Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [2, 576]");
        } else if (caseName == "dim-kw") {
            // nn.Flatten(dim=0)
            t = failedTrace({32, 3, 28, 28}, {}, 0, "Flatten.__init__() got an unexpected keyword argument 'dim'",
                            ft::TraceStage::Construct, "TypeError");
        }
        const ft::Diagnosis d = ft::diagnoseTrace(t, reprs);
        QVERIFY(!d.explanation.empty());
        QCOMPARE(q(d.hint), hint);
    }

    // Real traces of mistakes whose PyTorch message says little about the fix.
    void returnIndicesAndCudaGetHints_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("hintPart");
        QTest::newRow("tuple into the next layer")
            << "2,3,4,4" << "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.ReLU()))"
            << "Remove return_indices=True";
        QTest::newRow("tuple at the top level")
            << "2,3,4,4" << "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Flatten())" << "Remove return_indices=True";
        QTest::newRow("CUDA device") << "8,16" << "nn.Linear(16, 4, device='cuda')" << "device='cpu'";
        QTest::newRow("int device") << "8,16" << "nn.Sequential(nn.Linear(16, 4, device=0))" << "device='cpu'";
    }
    void returnIndicesAndCudaGetHints()
    {
        QFETCH(QString, input);
        QFETCH(QString, model);
        QFETCH(QString, hintPart);
        const ft::ShapeTrace t = ft::traceModel(ft::parseShape(input.toStdString()), model.toStdString());
        QVERIFY(t.error.has_value());
        const ft::Diagnosis d = ft::diagnoseTrace(t);
        QVERIFY(!d.explanation.empty());
        QVERIFY2(q(d.hint).contains(hintPart), qPrintable(q(d.hint)));
    }

    void kernelLargerThanInputSaysTheLimit()
    {
        // nn.Conv2d(3,16,7)(torch.zeros(1,3,4,4))
        const auto t = failedTrace({1, 3, 4, 4}, {}, 0,
                                   "Calculated padded input size per channel: (4 x 4). Kernel size: (7 x 7). Kernel "
                                   "size can't be greater than actual input size");
        const ft::Diagnosis d = ft::diagnoseTrace(t, std::vector<std::string>{"Conv2d(3, 16, kernel_size=(7, 7), stride=(1, 1))"});
        QVERIFY2(d.explanation.find("(7 x 7)") != std::string::npos, d.explanation.c_str());
        QVERIFY2(d.hint.find("no larger than 4 x 4") != std::string::npos, d.hint.c_str());
    }

    void unknownMessageFallsBackToNeutralExplanation()
    {
        const auto t = failedTrace({2, 3}, {}, 0, "something PyTorch said");
        const ft::Diagnosis d = ft::diagnoseTrace(t, std::vector<std::string>{"Softmax(dim=None)"});
        QVERIFY(d.explanation.find("Layer 0 (Softmax) raised RuntimeError") == 0);
        QVERIFY(d.hint.empty());
    }

    void successfulTraceHasNoDiagnosis()
    {
        ft::ShapeTrace t;
        t.input = {2, 3};
        t.output = Shape{2, 3};
        QVERIFY(ft::diagnoseTrace(t, std::vector<std::string>{}).empty());
    }
};

FT_REGISTER_TEST(DiagnosisTest)
#include "tst_diagnosis.moc"
