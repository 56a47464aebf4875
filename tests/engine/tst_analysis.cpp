// analyseModel: the one call behind the model builder, the question banks and the generator —
// layers, trace, diagnosis, and how syntax and constructor errors come back (never thrown).
#include "ft_test.h"

#include "engine/analysis.h"

#include <QTest>

using ft::Shape;

class AnalysisTest : public QObject
{
    Q_OBJECT

private slots:
    void workingModelListsLayersAndTraces()
    {
        const ft::ModelAnalysis a = ft::analyseModel({32, 3, 28, 28}, "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(), nn.Linear(16*26*26, 10))");
        QVERIFY(a.ok());
        QVERIFY(a.model);
        QCOMPARE(a.layers.size(), size_t(3));
        QCOMPARE(QString::fromStdString(a.layers[0]->repr()), QStringLiteral("Conv2d(3, 16, kernel_size=(3, 3), stride=(1, 1))"));
        QCOMPARE(a.layers[2]->parameterCount(), std::int64_t(10816 * 10 + 10));
        QCOMPARE(*a.trace.output, (Shape{32, 10}));
        QVERIFY(a.diagnosis.empty());
    }

    void singleModuleIsItsOwnLayer()
    {
        const ft::ModelAnalysis a = ft::analyseModel({2, 3, 4}, "nn.Flatten(0)");
        QCOMPARE(a.layers.size(), size_t(1));
        QCOMPARE(a.layers[0]->typeName(), std::string("Flatten"));
        QCOMPARE(*a.trace.output, (Shape{24}));
    }

    void forwardErrorCarriesTraceAndDiagnosis()
    {
        const ft::ModelAnalysis a = ft::analyseModel({32, 3, 28, 28}, "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(), nn.Linear(12544, 10))");
        QVERIFY(!a.ok());
        QCOMPARE(a.layers.size(), size_t(3));
        QCOMPARE(a.trace.layers.size(), size_t(2));
        QCOMPARE(a.trace.error->index, 2);
        QCOMPARE(a.trace.error->stage, ft::TraceStage::Forward);
        QCOMPARE(a.trace.error->kind, ft::ErrorKind::MatmulShapeMismatch);
        QVERIFY2(a.diagnosis.hint.find("Linear expects in_features=10816; you wrote 12544.") == 0, a.diagnosis.hint.c_str());
    }

    void constructorErrorIsAFailureOfThatLayer()
    {
        const ft::ModelAnalysis a = ft::analyseModel({32, 3, 28, 28}, "nn.Sequential(nn.ReLU(), nn.Flatten(dim=0))");
        QVERIFY(!a.ok());
        QVERIFY(!a.model);
        QVERIFY(a.layers.empty());
        QCOMPARE(a.trace.error->stage, ft::TraceStage::Construct);
        QCOMPARE(a.trace.error->index, 1);
        QCOMPARE(a.trace.error->type, std::string("TypeError"));
        QCOMPARE(a.trace.input, (Shape{32, 3, 28, 28}));
        QCOMPARE(a.diagnosis.hint, std::string("nn.Flatten takes start_dim and end_dim, e.g. nn.Flatten(start_dim=1)."));
    }

    void syntaxErrorIsReturnedNotThrown()
    {
        const ft::ModelAnalysis a = ft::analyseModel({2, 3}, "nn.Flatten(0");
        QVERIFY(a.parseError.has_value());
        QVERIFY(!a.ok());
        QVERIFY(!a.model);
        QVERIFY(!a.trace.error && !a.trace.output);
        QCOMPARE(a.parseError->column(), 13);
    }
};

FT_REGISTER_TEST(AnalysisTest)
#include "tst_analysis.moc"
