// The shape tracer: which layers ran, what each produced, and where and at which stage
// ("construct" or "forward") the model raised, with the top-level layer index.
//
// The first group uses small fake modules so the trace's own rules are proven without depending on
// any module's shape rule; the second group runs the real modules on the contract's examples,
// whose expected texts come from running PyTorch 1.13.
#include "ft_test.h"

#include "engine/error.h"
#include "engine/trace.h"

#include <QTest>

#include <algorithm>

using ft::Shape;

namespace {

// Scale(k): multiplies the last dim by k and has k parameters; refuses a 0-d input.
class ScaleModule : public ft::Module
{
public:
    explicit ScaleModule(ft::Dim k) : m_k(k) {}
    std::string typeName() const override { return "Scale"; }
    std::string repr() const override { return "Scale(k=" + std::to_string(m_k) + ")"; }
    Shape outputShape(const Shape &input) const override
    {
        if (input.empty())
            ft::throwRuntimeError("Scale needs at least one dim");
        Shape out = input;
        out.back() *= m_k;
        return out;
    }
    ft::Tensor forward(const ft::Tensor &input) const override { return input; }
    void acceptTuple() const override {}
    std::int64_t parameterCount() const override { return m_k; }

private:
    ft::Dim m_k;
};

class FailModule : public ft::Module
{
public:
    std::string typeName() const override { return "Fail"; }
    std::string repr() const override { return "Fail()"; }
    Shape outputShape(const Shape &) const override { ft::throwValueError("Fail always fails"); }
    ft::Tensor forward(const ft::Tensor &input) const override { return input; }
    void acceptTuple() const override {}
};

class FakeSequential : public ft::Module
{
public:
    explicit FakeSequential(std::vector<ft::ModulePtr> children) : m_children(std::move(children)) {}
    std::string typeName() const override { return "Sequential"; }
    std::string repr() const override { return "Sequential(" + std::to_string(m_children.size()) + " children)"; }
    Shape outputShape(const Shape &input) const override
    {
        Shape current = input;
        for (const auto &child : m_children)
            current = child->outputShape(current);
        return current;
    }
    ft::Tensor forward(const ft::Tensor &input) const override { return input; }
    void acceptTuple() const override {}
    std::int64_t parameterCount() const override
    {
        std::int64_t total = 0;
        for (const auto &child : m_children)
            total += child->parameterCount();
        return total;
    }
    std::vector<ft::ModulePtr> children() const override { return m_children; }

private:
    std::vector<ft::ModulePtr> m_children;
};

const std::vector<std::string> &fakeNames()
{
    static const std::vector<std::string> names{"Fail", "Refuse", "Scale", "Sequential"};
    return names;
}

ft::ModuleCatalog fakeCatalog()
{
    return {
        [](std::string_view name) { return std::find(fakeNames().begin(), fakeNames().end(), name) != fakeNames().end(); },
        []() -> const std::vector<std::string> & { return fakeNames(); },
        [](std::string_view name, const ft::Arguments &args) -> ft::ModulePtr {
            if (name == "Refuse")
                ft::throwTypeError("Refuse.__init__() refuses");
            if (name == "Fail")
                return std::make_shared<FailModule>();
            if (name == "Scale")
                return std::make_shared<ScaleModule>(std::get<std::int64_t>(args.positional.at(0).data));
            std::vector<ft::ModulePtr> children;
            for (const ft::Value &v : args.positional)
                children.push_back(std::get<ft::ModulePtr>(v.data));
            return std::make_shared<FakeSequential>(std::move(children));
        },
    };
}

ft::ShapeTrace fakeTrace(const Shape &input, const char *expression)
{
    return ft::traceModule(input, *ft::parseModel(expression, fakeCatalog()));
}

} // namespace

class TraceTest : public QObject
{
    Q_OBJECT

private slots:
    // ---- the tracer's rules, with fake modules -------------------------------------------

    void sequentialChildrenAreTheLayers()
    {
        const ft::ShapeTrace t = fakeTrace({4, 5}, "nn.Sequential(nn.Scale(2), nn.Scale(3))");
        QCOMPARE(t.input, (Shape{4, 5}));
        QCOMPARE(t.layers.size(), size_t(2));
        QCOMPARE(t.layers[0].index, 0);
        QCOMPARE(t.layers[0].module, std::string("Scale(k=2)"));
        QCOMPARE(t.layers[0].typeName, std::string("Scale"));
        QCOMPARE(t.layers[0].output, (Shape{4, 10}));
        QCOMPARE(t.layers[0].parameters, std::int64_t(2));
        QCOMPARE(t.layers[1].index, 1);
        QCOMPARE(t.layers[1].output, (Shape{4, 30}));
        QCOMPARE(t.output, std::optional<Shape>(Shape{4, 30}));
        QVERIFY(!t.error.has_value());
    }

    void forwardErrorStopsAtTheLayerThatRaised()
    {
        const ft::ShapeTrace t = fakeTrace({2}, "nn.Sequential(nn.Scale(2), nn.Scale(3), nn.Fail(), nn.Scale(5))");
        QCOMPARE(t.layers.size(), size_t(2)); // the layers that ran, and no more
        QCOMPARE(t.layers[1].output, (Shape{12}));
        QVERIFY(!t.output.has_value());
        QVERIFY(t.error.has_value());
        QCOMPARE(t.error->index, 2);
        QCOMPARE(t.error->stage, ft::TraceStage::Forward);
        QCOMPARE(t.error->type, std::string("ValueError"));
        QCOMPARE(t.error->message, std::string("Fail always fails"));
        QCOMPARE(t.error->module, std::string("Fail()"));
    }

    void firstLayerFailingLeavesNoLayers()
    {
        const ft::ShapeTrace t = fakeTrace({}, "nn.Sequential(nn.Scale(2), nn.Fail())");
        QVERIFY(t.layers.empty());
        QCOMPARE(t.error->index, 0);
        QCOMPARE(t.error->type, std::string("RuntimeError"));
        QCOMPARE(t.error->message, std::string("Scale needs at least one dim"));
        QCOMPARE(t.error->module, std::string("Scale(k=2)"));
    }

    void nestedSequentialIsOneLayer()
    {
        const ft::ShapeTrace t = fakeTrace({2}, "nn.Sequential(nn.Scale(2), nn.Sequential(nn.Scale(3), nn.Scale(5)), nn.Scale(7))");
        QCOMPARE(t.layers.size(), size_t(3));
        QCOMPARE(t.layers[1].module, std::string("Sequential(2 children)"));
        QCOMPARE(t.layers[1].typeName, std::string("Sequential"));
        QCOMPARE(t.layers[1].output, (Shape{60}));
        QCOMPARE(t.layers[1].parameters, std::int64_t(8));
        QCOMPARE(t.output, std::optional<Shape>(Shape{420}));

        // A failure inside the nested Sequential is reported at its top-level index.
        const ft::ShapeTrace failed = fakeTrace({2}, "nn.Sequential(nn.Scale(2), nn.Sequential(nn.Scale(3), nn.Fail()))");
        QCOMPARE(failed.layers.size(), size_t(1));
        QCOMPARE(failed.error->index, 1);
        QCOMPARE(failed.error->module, std::string("Sequential(2 children)"));
    }

    void singleModuleIsLayerZero()
    {
        const ft::ShapeTrace t = fakeTrace({3, 3}, "nn.Scale(4)");
        QCOMPARE(t.layers.size(), size_t(1));
        QCOMPARE(t.layers[0].index, 0);
        QCOMPARE(t.layers[0].output, (Shape{3, 12}));
        QCOMPARE(t.output, std::optional<Shape>(Shape{3, 12}));

        const ft::ShapeTrace failed = fakeTrace({}, "nn.Scale(4)");
        QCOMPARE(failed.layers.size(), size_t(0));
        QCOMPARE(failed.error->index, 0);
        QCOMPARE(failed.error->stage, ft::TraceStage::Forward);
    }

    void constructErrorInFakeCatalogIsReportedByTraceModule()
    {
        try {
            ft::parseModel("nn.Sequential(nn.Scale(1), nn.Refuse())", fakeCatalog());
            QFAIL("expected a ConstructError");
        } catch (const ft::ConstructError &e) {
            QCOMPARE(e.index(), 1);
            QCOMPARE(e.message(), std::string("Refuse.__init__() refuses"));
        }
    }

    void emptySequentialPassesInputThrough()
    {
        const ft::ShapeTrace t = fakeTrace({7, 1}, "nn.Sequential()");
        QCOMPARE(t.layers.size(), size_t(0));
        QCOMPARE(t.output, std::optional<Shape>(Shape{7, 1}));
    }

    // ---- the real modules, checked against PyTorch 1.13 ----------------------------------

    void contractExampleFailsAtLinear()
    {
        const ft::ShapeTrace t = ft::traceModel(
            {32, 3, 28, 28}, "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(), nn.Linear(16*28*28, 10))");
        QCOMPARE(t.input, (Shape{32, 3, 28, 28}));
        QCOMPARE(t.layers.size(), size_t(2));
        QCOMPARE(t.layers[0].module, std::string("Conv2d(3, 16, kernel_size=(3, 3), stride=(1, 1))"));
        QCOMPARE(t.layers[0].typeName, std::string("Conv2d"));
        QCOMPARE(t.layers[0].output, (Shape{32, 16, 26, 26}));
        QCOMPARE(t.layers[0].parameters, std::int64_t(3 * 16 * 9 + 16));
        QCOMPARE(t.layers[1].module, std::string("Flatten(start_dim=1, end_dim=-1)"));
        QCOMPARE(t.layers[1].output, (Shape{32, 10816}));
        QVERIFY(!t.output.has_value());
        QCOMPARE(t.error->index, 2);
        QCOMPARE(t.error->stage, ft::TraceStage::Forward);
        QCOMPARE(t.error->type, std::string("RuntimeError"));
        QCOMPARE(t.error->message, std::string("mat1 and mat2 shapes cannot be multiplied (32x10816 and 12544x10)"));
        QCOMPARE(t.error->module, std::string("Linear(in_features=12544, out_features=10, bias=True)"));
    }

    void fixedModelSucceeds()
    {
        const ft::ShapeTrace t = ft::traceModel(
            {32, 3, 28, 28}, "torch.nn.Sequential(nn.Conv2d(3, 16, 3), nn.ReLU(), nn.Flatten(), nn.Linear(16*26*26, 10))");
        QVERIFY(!t.error.has_value());
        QCOMPARE(t.layers.size(), size_t(4));
        QCOMPARE(t.layers[3].output, (Shape{32, 10}));
        QCOMPARE(t.output, std::optional<Shape>(Shape{32, 10}));
    }

    // A tuple result is the layer's `outputs`, nested; Identity passes it on, and the model's
    // result is then that tuple (no single output shape).
    void tupleResultPassesThroughIdentity()
    {
        const ft::ShapeTrace t = ft::traceModel({5, 3, 10}, "nn.Sequential(nn.LSTM(10, 4, 2), nn.Identity())");
        QVERIFY(!t.error.has_value());
        QCOMPARE(t.layers.size(), size_t(2));
        const std::vector<ft::ResultShape> expected{
            ft::ResultShape::tensor({5, 3, 4}),
            ft::ResultShape::tuple({ft::ResultShape::tensor({2, 3, 4}), ft::ResultShape::tensor({2, 3, 4})})};
        QVERIFY(t.layers[0].outputs == expected);
        QVERIFY(t.layers[0].output.empty());
        QVERIFY(t.layers[1].outputs == expected);
        QVERIFY(!t.output.has_value());
        QVERIFY(t.outputs == expected);
        QCOMPARE(ft::formatResultShape(ft::ResultShape::tuple(t.outputs)), std::string("((5, 3, 4), ((2, 3, 4), (2, 3, 4)))"));
    }

    // The input's dtype flows through the layers: ReLU keeps int64 (Linear then refuses it),
    // Sigmoid and Embedding make float32 (Linear then takes it).
    void int64FlowsThroughLayers_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("error");
        QTest::newRow("relu keeps int64") << "nn.Sequential(nn.ReLU(), nn.Linear(6, 2))" << "mat1 and mat2 must have the same dtype";
        QTest::newRow("sigmoid makes float32") << "nn.Sequential(nn.Sigmoid(), nn.Linear(6, 2))" << "";
        QTest::newRow("embedding makes float32") << "nn.Sequential(nn.Embedding(10, 4), nn.Embedding(10, 4))"
                                                 << "Expected tensor for argument #1 'indices' to have one of the following "
                                                    "scalar types: Long, Int; but got torch.FloatTensor instead (while "
                                                    "checking arguments for embedding)";
    }
    void int64FlowsThroughLayers()
    {
        QFETCH(QString, model);
        QFETCH(QString, error);
        const ft::ShapeTrace t = ft::traceModel({2, 6}, model.toStdString(), ft::DType::Int64);
        QCOMPARE(t.dtype, ft::DType::Int64);
        QCOMPARE(t.error.has_value(), !error.isEmpty());
        if (t.error) {
            QCOMPARE(t.error->index, 1);
            QCOMPARE(QString::fromStdString(t.error->message), error);
        }
    }

    void constructErrorHasNoLayers_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("message");
        QTest::newRow("single module") << "nn.Flatten(dim=0)" << 0
                                       << "Flatten.__init__() got an unexpected keyword argument 'dim'";
        QTest::newRow("third child") << "nn.Sequential(nn.Flatten(), nn.ReLU(), nn.Linear(3))" << 2
                                     << "Linear.__init__() missing 1 required positional argument: 'out_features'";
        QTest::newRow("non-module child") << "nn.Sequential(nn.ReLU(), 3)" << 1 << "int is not a Module subclass";
    }
    void constructErrorHasNoLayers()
    {
        QFETCH(QString, model);
        QFETCH(int, index);
        QFETCH(QString, message);
        const ft::ShapeTrace t = ft::traceModel({2, 3}, model.toStdString());
        QCOMPARE(t.input, (Shape{2, 3}));
        QVERIFY(t.layers.empty());
        QVERIFY(!t.output.has_value());
        QVERIFY(t.error.has_value());
        QCOMPARE(t.error->stage, ft::TraceStage::Construct);
        QCOMPARE(t.error->index, index);
        QCOMPARE(t.error->type, std::string("TypeError"));
        QCOMPARE(QString::fromStdString(t.error->message), message);
        QVERIFY(t.error->module.empty());
    }

    // A tensor computed with a parameter requires grad, and everything after it: the trace runs
    // with autograd on, so ATen's max_pool1d takes its with-indices path there (other checks),
    // while the same module on an input without grad (outputShape: no_grad) keeps its own kernel.
    void requiresGradFollowsTheParameters_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<bool>("requiresGrad");
        QTest::newRow("Linear") << "nn.Linear(10, 10)" << true;
        QTest::newRow("Linear with an empty weight") << "nn.Linear(10, 0)" << true;
        QTest::newRow("LayerNorm") << "nn.LayerNorm(10)" << true;
        QTest::newRow("LayerNorm without affine") << "nn.LayerNorm(10, elementwise_affine=False)" << false;
        QTest::newRow("BatchNorm1d without affine") << "nn.BatchNorm1d(3, affine=False)" << false;
        QTest::newRow("ReLU") << "nn.ReLU()" << false;
        QTest::newRow("nested Sequential with Linear") << "nn.Sequential(nn.ReLU(), nn.Linear(10, 10))" << true;
        QTest::newRow("empty Sequential") << "nn.Sequential()" << false;
    }
    void requiresGradFollowsTheParameters()
    {
        QFETCH(QString, before);
        QFETCH(bool, requiresGrad);
        const ft::ModulePtr layer = ft::parseModel(before.toStdString());
        QCOMPARE(layer->outputRequiresGrad(false), requiresGrad);
        QVERIFY(layer->outputRequiresGrad(true));

        // MaxPool1d(11) over 10 values: max_pool1d gives an empty output, the with-indices path refuses.
        const ft::ShapeTrace t = ft::traceModel({2, 3, 10}, "nn.Sequential(" + before.toStdString() + ", nn.ReLU(), nn.MaxPool1d(11))");
        QVERIFY(!t.layers.empty());
        if (t.layers[0].output.back() == 10) // (a layer that changes the width makes another case)
            QCOMPARE(t.error.has_value(), requiresGrad);
        const ft::ModulePtr pool = ft::parseModel("nn.MaxPool1d(11)");
        QCOMPARE(pool->outputShape({2, 3, 10}), (Shape{2, 3, 0}));
        QVERIFY_THROWS_EXCEPTION(ft::TorchError, pool->recordedOutputShape({2, 3, 10}, true));
    }

    void syntaxErrorIsThrownNotTraced()
    {
        QVERIFY_THROWS_EXCEPTION(ft::ParseError, ft::traceModel({2, 3}, "nn.Sequential(nn.Flatten()"));
    }

    void astronomicalShapesStillTrace()
    {
        // Shape-only: no allocation, so a (10^12, 3, 10^6) input traces like any other.
        const ft::ShapeTrace t = ft::traceModel({1000000000000LL, 3, 1000000}, "nn.Sequential(nn.ReLU(), nn.Linear(1000000, 2))");
        QVERIFY(!t.error.has_value());
        QCOMPARE(t.output, std::optional<Shape>(Shape{1000000000000LL, 3, 2}));
    }
};

FT_REGISTER_TEST(TraceTest)
#include "tst_trace.moc"
