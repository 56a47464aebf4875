// Diagnoses turn PyTorch's exact errors into a plain explanation and a concrete fix hint.
// The error messages fed to diagnoseTrace below were produced by running real PyTorch 1.13 on the
// same models (see the comment above each row); the hints must name the numbers to change.
#include "ft_test.h"

#include "engine/diagnosis.h"

#include <QTest>

using ft::Shape;

namespace {

// Traces `model` on `input` and diagnoses the failure as the app does: with the built model, or
// without one when a constructor raised.
ft::Diagnosis diagnose(const ft::ShapeTrace &trace, const std::string &model)
{
    try {
        return ft::diagnoseTrace(trace, *ft::parseModel(model));
    } catch (const ft::ConstructError &) {
        return ft::diagnoseTrace(trace);
    }
}

QString q(const std::string &text) { return QString::fromStdString(text); }

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

    // The hint counts the batch honestly: never "all 2 samples" or "all 1 samples".
    void flattenStartDimZeroHintFitsTheBatchSize_data()
    {
        QTest::addColumn<qint64>("batch");
        QTest::addColumn<QString>("expected");
        QTest::newRow("32") << qint64(32) << "all 32 samples become one long vector";
        QTest::newRow("2") << qint64(2) << "both samples become one long vector";
        QTest::newRow("1") << qint64(1) << "its one sample becomes one long vector with no batch dim";
        QTest::newRow("0") << qint64(0) << "the empty batch becomes one empty vector";
    }

    void flattenStartDimZeroHintFitsTheBatchSize()
    {
        QFETCH(qint64, batch);
        QFETCH(QString, expected);
        const ft::FlattenReport r = ft::explainFlatten({batch, 3, 4}, 0, -1);
        const QString hint = QString::fromStdString(r.diagnosis.hint);
        QVERIFY2(hint.startsWith("start_dim=0 also flattens the batch dimension: " + expected + ". "), qPrintable(hint));
        QVERIFY2(!hint.contains(QStringLiteral("all 1 ")) && !hint.contains(QStringLiteral("all 2 ")), qPrintable(hint));
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

    // Each mistake is traced for real (the engine's messages are PyTorch's, see tst_golden_trace).
    void traceDiagnosis_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("hint");
        QTest::newRow("wrong in_features names both numbers and the product")
            << "32,3,28,28" << "nn.Sequential(nn.Conv2d(3,16,3), nn.Flatten(), nn.Linear(12544, 10))"
            << "Linear expects in_features=10816; you wrote 12544. Write nn.Linear(10816, 10) (16 x 26 x 26 = 10816, "
               "from (32, 16, 26, 26)).";
        QTest::newRow("Flatten(start_dim=0) before Linear")
            << "32,1,28,28" << "nn.Sequential(nn.Conv2d(1,10,3), nn.Flatten(start_dim=0), nn.Linear(10*26*26, 100))"
            << "start_dim=0 also flattens the batch dimension; use nn.Flatten() (start_dim=1).";
        QTest::newRow("missing Flatten") << "32,3,64,64" << "nn.Sequential(nn.Conv2d(3,16,3), nn.Linear(16*62*62, 128))"
                                         << "Add nn.Flatten() before this Linear: it turns (32, 16, 62, 62) into (32, "
                                            "61504), which matches in_features=61504.";
        QTest::newRow("channel mismatch at the input") << "32,1,28,28" << "nn.Conv2d(3,16,3)"
                                                       << "The input has 1 channel; set in_channels=1.";
        QTest::newRow("channel mismatch after a layer") << "32,3,64,64" << "nn.Sequential(nn.Conv2d(3,16,3), nn.Conv2d(3,16,3))"
                                                        << "The previous layer gives 16 channels; set in_channels=16.";
        QTest::newRow("Flatten too early before a Conv2d")
            << "2,3,8,8" << "nn.Sequential(nn.Conv2d(3,16,3), nn.Flatten(), nn.Conv2d(16,8,3))"
            << "A Flatten before this layer already turned each image into a vector; move nn.Flatten() after "
               "the last convolution or pooling layer, right before the first Linear.";
        QTest::newRow("kernel larger than the input") << "1,3,4,4" << "nn.Conv2d(3,16,7)"
                                                      << "Use a kernel_size no larger than 4 x 4, add padding, or give "
                                                         "this layer a larger input (fewer pooling layers before it).";
        QTest::newRow("pool output too small") << "1,3,2,2" << "nn.MaxPool2d(3)"
                                               << "Use a smaller kernel_size or stride, or give this layer a larger input.";
        QTest::newRow("Flatten dim out of range names end_dim") << "2,3" << "nn.Flatten(0, 5)"
                                                                << "Use end_dim in the valid range -2 to 1; the last dim is 1 or -1.";
        QTest::newRow("Flatten start after end") << "2,3,4" << "nn.Flatten(2, 1)"
                                                 << "Swap them (start_dim=1, end_dim=2), or use end_dim=-1 to merge up to the last dim.";
        QTest::newRow("unknown keyword dim") << "32,3,28,28" << "nn.Flatten(dim=0)"
                                             << "nn.Flatten takes start_dim and end_dim, e.g. nn.Flatten(start_dim=1).";
        QTest::newRow("missing arguments") << "8,16" << "nn.Linear()"
                                           << "Write nn.Linear(in_features, out_features), e.g. nn.Linear(2352, 10).";
        QTest::newRow("tuple into the next layer")
            << "2,3,4,4" << "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Flatten())"
            << "Remove return_indices=True. The indices are only needed by nn.MaxUnpool2d; to keep them, call the pool "
               "in your own forward() and unpack the tuple.";
        QTest::newRow("CUDA device") << "8,16" << "nn.Linear(16, 4, device='cuda')"
                                     << "Leave device out (or write device='cpu'); shapes and errors are the same on "
                                        "every device.";
    }
    void traceDiagnosis()
    {
        QFETCH(QString, input);
        QFETCH(QString, model);
        QFETCH(QString, hint);
        const ft::ShapeTrace t = ft::traceModel(ft::parseShape(input.toStdString()), model.toStdString());
        QVERIFY(t.error.has_value());
        const ft::Diagnosis d = diagnose(t, model.toStdString());
        QVERIFY(!d.explanation.empty());
        QCOMPARE(q(d.hint), hint);
    }

    // Issue 12: hints come from the error's kind and details, never from its text. The same
    // failures with PyTorch's message replaced keep their explanation and hint; the same
    // message without its kind gets only the neutral explanation.
    void hintIsDrivenByKindNotByMessage_data() { traceDiagnosis_data(); }
    void hintIsDrivenByKindNotByMessage()
    {
        QFETCH(QString, input);
        QFETCH(QString, model);
        QFETCH(QString, hint);
        const ft::ShapeTrace t = ft::traceModel(ft::parseShape(input.toStdString()), model.toStdString());
        QVERIFY(t.error.has_value());
        QVERIFY(t.error->kind != ft::ErrorKind::Generic);

        ft::ShapeTrace reworded = t;
        reworded.error->message = "a reworded message naming no number (1x2 and 3x4) [5, 6]";
        const ft::Diagnosis original = diagnose(t, model.toStdString());
        const ft::Diagnosis fromKind = diagnose(reworded, model.toStdString());
        QCOMPARE(q(fromKind.hint), hint);
        QCOMPARE(q(fromKind.explanation), q(original.explanation));

        ft::ShapeTrace untyped = t;
        untyped.error->kind = ft::ErrorKind::Generic;
        untyped.error->details = {};
        const ft::Diagnosis fromText = diagnose(untyped, model.toStdString());
        QVERIFY2(fromText.hint.empty(), fromText.hint.c_str());
    }

    void unknownErrorFallsBackToNeutralExplanation()
    {
        // nn.Softmax(dim=5) on (2, 3): a kind the diagnosis has no words for.
        const std::string model = "nn.Sequential(nn.ReLU(), nn.Softmax(dim=5))";
        ft::ShapeTrace t = ft::traceModel({2, 3}, model);
        QVERIFY(t.error.has_value());
        t.error->kind = ft::ErrorKind::Generic;
        const ft::Diagnosis d = diagnose(t, model);
        QVERIFY2(d.explanation.find("Layer 1 (Softmax) raised IndexError") == 0, d.explanation.c_str());
        QVERIFY2(d.explanation.find("Its input was (2, 3).") != std::string::npos, d.explanation.c_str());
        QVERIFY(d.hint.empty());
    }

    void successfulTraceHasNoDiagnosis()
    {
        ft::ShapeTrace t;
        t.input = {2, 3};
        t.output = Shape{2, 3};
        QVERIFY(ft::diagnoseTrace(t).empty());
    }
};

FT_REGISTER_TEST(DiagnosisTest)
#include "tst_diagnosis.moc"
