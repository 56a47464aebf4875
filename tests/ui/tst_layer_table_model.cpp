// The layer table model: rows come from a real engine trace (input row, then one per layer), the
// failing layer carries PyTorch's error, layers after it are not reached; QAbstractItemModelTester
// checks the model's contract through resets.
#include "ft_test.h"

#include "ui/layer_table_model.h"
#include "engine/trace.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using ft::ui::LayerTableModel;

namespace {

std::vector<ft::ModulePtr> layersOf(const ft::ModulePtr &model) { return model->children(); }

} // namespace

class LayerTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTesterThroughResets()
    {
        LayerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto net = ft::parseModel("nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(), nn.Linear(10816, 10))");
        model.setTrace(ft::traceModule({32, 3, 28, 28}, *net), layersOf(net));
        QCOMPARE(model.rowCount(), 4);
        model.setTrace(ft::traceModule({32, 3, 30, 30}, *net), layersOf(net));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void rowsShowReprOutputAndParameters()
    {
        LayerTableModel model;
        const auto net = ft::parseModel("nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(), nn.Linear(10816, 10))");
        const ft::ShapeTrace trace = ft::traceModule({32, 3, 28, 28}, *net);
        model.setTrace(trace, layersOf(net));
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };

        QCOMPARE(text(0, LayerTableModel::OutputColumn), QStringLiteral("(32, 3, 28, 28)"));
        QCOMPARE(model.index(0, 0).data(LayerTableModel::StateRole).toInt(), int(LayerTableModel::RowState::Input));
        QCOMPARE(text(2, LayerTableModel::IndexColumn), QStringLiteral("1"));
        // Each cell holds what the engine holds for that layer.
        for (int layer = 0; layer < 3; ++layer) {
            const int row = LayerTableModel::rowOfLayer(layer);
            QCOMPARE(text(row, LayerTableModel::ModuleColumn), QString::fromStdString(net->children()[size_t(layer)]->repr()));
            QCOMPARE(text(row, LayerTableModel::OutputColumn),
                     QString::fromStdString(ft::formatShape(trace.layers[size_t(layer)].output)));
        }
        QCOMPARE(text(2, LayerTableModel::ModuleColumn), QStringLiteral("Flatten(start_dim=1, end_dim=-1)"));
        QCOMPARE(text(2, LayerTableModel::OutputColumn), QStringLiteral("(32, 10816)"));
        // Conv2d(3, 16, 3): 16*3*3*3 weights + 16 biases; Linear(10816, 10): 108160 + 10.
        QCOMPARE(text(1, LayerTableModel::ParametersColumn), QLocale().toString(448));
        QCOMPARE(model.totalParameters(), qint64(net->parameterCount()));
        QCOMPARE(model.totalParameters(), qint64(448 + 108170));
        QCOMPARE(model.failedRow(), -1);
        QCOMPARE(model.headerData(LayerTableModel::ModuleColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Layer (as PyTorch prints it)"));
    }

    void failedLayerCarriesTheErrorAndLaterLayersAreNotReached()
    {
        LayerTableModel model;
        const auto net = ft::parseModel(
            "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Linear(61504, 128), nn.ReLU(), nn.Linear(128, 10))");
        model.setTrace(ft::traceModule({32, 3, 64, 64}, *net), layersOf(net));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.failedRow(), 2);
        const QModelIndex failed = model.index(2, LayerTableModel::OutputColumn);
        QCOMPARE(failed.data().toString(), QStringLiteral("✗ RuntimeError"));
        QCOMPARE(failed.data(LayerTableModel::ErrorMessageRole).toString(),
                 QStringLiteral("mat1 and mat2 shapes cannot be multiplied (31744x62 and 61504x128)"));
        QVERIFY(failed.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("RuntimeError: mat1")));
        QVERIFY(failed.data(Qt::BackgroundRole).isValid());
        for (int row : {3, 4}) {
            QCOMPARE(model.index(row, 0).data(LayerTableModel::StateRole).toInt(), int(LayerTableModel::RowState::NotReached));
            QCOMPARE(model.index(row, LayerTableModel::OutputColumn).data().toString(), QStringLiteral("not reached"));
        }
        QVERIFY(!model.index(1, 0).data(Qt::BackgroundRole).isValid());
    }

    void constructErrorWithoutModulesStillShowsTheFailingLayer()
    {
        LayerTableModel model;
        const ft::ShapeTrace trace = ft::traceModel({2, 3}, "nn.Sequential(nn.ReLU(), nn.Flatten(dim=0))");
        QVERIFY(trace.error.has_value());
        QCOMPARE(trace.error->stage, ft::TraceStage::Construct);
        model.setTrace(trace, {});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.failedRow(), 1);
        QCOMPARE(model.index(1, LayerTableModel::IndexColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(1, 0).data(LayerTableModel::ErrorTypeRole).toString(), QStringLiteral("TypeError"));
    }

    // Regression: the engine answers -1 for a parameter count too large to represent, and the
    // total used to add that -1 in (showing one parameter fewer than the other layers hold).
    void parameterCountTooLargeToRepresentIsNotAddedIntoTheTotal()
    {
        LayerTableModel model;
        // Eight Linear(2**30, 2**30) hold more than 2**63 parameters together.
        QString big = QStringLiteral("nn.Sequential(");
        for (int i = 0; i < 8; ++i)
            big += QStringLiteral("nn.Linear(1073741824, 1073741824), ");
        big += QStringLiteral(")");
        const auto net = ft::parseModel(QStringLiteral("nn.Sequential(%1, nn.Linear(10, 10))").arg(big).toStdString());
        QCOMPARE(net->children()[0]->parameterCount(), std::int64_t(-1));
        model.setTrace(ft::traceModule({1, 10}, *net), layersOf(net));
        QCOMPARE(model.totalParameters(), qint64(-1));
        QCOMPARE(model.index(1, LayerTableModel::ParametersColumn).data().toString(), LayerTableModel::overflowText());
        QCOMPARE(model.index(2, LayerTableModel::ParametersColumn).data().toString(), QLocale().toString(110));
        QCOMPARE(model.index(0, LayerTableModel::ParametersColumn).data().toString(), QString());
    }

    // Each layer row shows its own traced output even in a long model (the rows are matched to
    // the trace by index in one pass; bench_playground measures the 20k-layer case).
    void longModelRowsMatchTheirTracedLayers()
    {
        LayerTableModel model;
        QString code = QStringLiteral("nn.Sequential(");
        for (int i = 0; i < 300; ++i)
            code += i % 2 == 0 ? QStringLiteral("nn.Flatten(), ") : QStringLiteral("nn.Unflatten(1, (2, 3)), ");
        code += QStringLiteral("nn.Linear(7, 2))");
        const auto net = ft::parseModel(code.toStdString());
        const ft::ShapeTrace trace = ft::traceModule({4, 2, 3}, *net);
        model.setTrace(trace, layersOf(net));
        QCOMPARE(model.rowCount(), 302);
        QCOMPARE(model.failedRow(), LayerTableModel::rowOfLayer(300));
        for (const ft::LayerTrace &ran : trace.layers)
            QCOMPARE(model.index(LayerTableModel::rowOfLayer(ran.index), LayerTableModel::OutputColumn).data().toString(),
                     QString::fromStdString(ft::formatShape(ran.output)));
    }
};

FT_REGISTER_TEST(LayerTableModelTest)
#include "tst_layer_table_model.moc"
