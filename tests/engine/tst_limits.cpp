// Limits a learner can hit by typing, proven through the engine's public interface
// (ft::parseShape, ft::parseModel, ft::traceModel, ft::Tensor): each absurd input gets one clear
// answer — PyTorch's own error where PyTorch has one, a ParseError naming the limit where it is
// ours — quickly, and never a crash, a hang or an allocation the machine cannot make.
#include "ft_test.h"

#include "engine/error.h"
#include "engine/tensor.h"
#include "engine/trace.h"

#include <QTest>

#include <string>

using ft::Shape;

namespace {

// Fails the test unless `call` throws ParseError; returns it.
template <typename Call>
ft::ParseError parseErrorOf(Call call)
{
    try {
        call();
    } catch (const ft::ParseError &error) {
        return error;
    }
    return ft::ParseError("no ParseError was thrown", 0, {});
}

std::string repeated(const std::string &text, int count)
{
    std::string result;
    result.reserve(text.size() * size_t(count));
    for (int i = 0; i < count; ++i)
        result += text;
    return result;
}

std::string sequentialOf(const std::string &layer, int count)
{
    return "nn.Sequential(" + repeated(layer + ", ", count) + ")";
}

} // namespace

class EngineLimitsTest : public QObject
{
    Q_OBJECT

private slots:
    // Each size fits in int64 but their product does not. Flattening them must say so instead of
    // wrapping around to a negative size. (PyTorch cannot even create such a tensor: "Storage size
    // calculation overflowed"; the engine traces shapes only, so the first op that needs the
    // product reports it.)
    void flattenOverSizesWhoseProductOverflowsInt64IsAnError()
    {
        const ft::ShapeTrace trace = ft::traceModel({4294967296LL, 4294967296LL, 4}, "nn.Flatten(0)");
        QVERIFY(!trace.output);
        QVERIFY(trace.error);
        QCOMPARE(QString::fromStdString(trace.error->type), QStringLiteral("RuntimeError"));
        QCOMPARE(QString::fromStdString(trace.error->message), QStringLiteral("flatten(): the flattened size overflows int64"));
    }

    void flattenedSizeThatOverflowsIsAnErrorNotAWrappedNumber()
    {
        // Each size alone is fine and the element count fits, but only as a whole: merging two dims
        // whose product overflows must not wrap around to a negative size.
        QVERIFY_THROWS_EXCEPTION(ft::TorchError, ft::flattenShape({4294967296LL, 4294967296LL}, 0, 1));
        try {
            ft::flattenShape({4294967296LL, 4294967296LL}, 0, 1);
        } catch (const ft::TorchError &error) {
            QCOMPARE(QString::fromStdString(error.type()), QStringLiteral("RuntimeError"));
            QVERIFY2(QString::fromStdString(error.message()).contains(QStringLiteral("overflow")), error.what());
        }
    }

    void tensorTooLargeToAllocateIsRefusedNamingTheLimit()
    {
        try {
            ft::Tensor::zeros({65536, 65536});
            QFAIL("a 2^32-element tensor was allocated");
        } catch (const ft::TorchError &error) {
            const QString message = QString::fromStdString(error.message());
            QVERIFY2(message.contains(QString::number(ft::Tensor::kMaxAllocElements)), error.what());
            QVERIFY2(message.contains(QStringLiteral("4294967296")), error.what());
        }
    }

    void tensorTooLargeToAllocateBecomesShapeOnly()
    {
        const ft::Tensor x = ft::Tensor::zerosOrShapeOnly({65536, 65536, 3});
        QVERIFY(x.isDefined());
        QVERIFY(!x.hasStorage());
        const ft::Tensor flat = x.flatten(1);
        QCOMPARE(flat.sizes(), (Shape{65536, 196608}));
        QVERIFY(!flat.hasStorage());
        // Asking a shape-only tensor for values is a programming error, said loudly.
        QVERIFY_THROWS_EXCEPTION(std::logic_error, (void)flat.values());
    }

    void tooLargeToAllocateStillTracesShapeOnly()
    {
        const ft::ShapeTrace trace = ft::traceModel(
            {65536, 65536, 3}, "nn.Sequential(nn.Flatten(), nn.Linear(196608, 10), nn.ReLU())");
        QVERIFY2(!trace.error, trace.error ? trace.error->message.c_str() : "");
        QCOMPARE(trace.output, std::optional<Shape>(Shape{65536, 10}));
    }

    void rankUpToTheBoundParses()
    {
        const Shape shape = ft::parseShape(repeated("1,", int(ft::kMaxShapeRank)));
        QCOMPARE(shape.size(), size_t(ft::kMaxShapeRank));
        const ft::ShapeTrace trace = ft::traceModel(shape, "nn.Flatten()");
        QCOMPARE(trace.output, std::optional<Shape>(Shape{1, 1}));
    }

    void rankAboveTheBoundIsAParseErrorAtTheFirstExtraSize_data()
    {
        QTest::addColumn<int>("rank");
        QTest::newRow("one too many") << int(ft::kMaxShapeRank) + 1;
        QTest::newRow("half a million (a megabyte of text)") << 500000;
    }
    void rankAboveTheBoundIsAParseErrorAtTheFirstExtraSize()
    {
        QFETCH(int, rank);
        const std::string text = "(" + repeated("1, ", rank) + ")";
        const ft::ParseError error = parseErrorOf([&] { ft::parseShape(text); });
        QCOMPARE(QString::fromStdString(error.message()),
                 QStringLiteral("too many dimensions: a shape may have at most %1").arg(ft::kMaxShapeRank));
        QCOMPARE(error.column(), 2 + 3 * int(ft::kMaxShapeRank)); // the first size past the bound
    }

    void nestingThousandsDeepIsAParseErrorNotAStackOverflow_data()
    {
        QTest::addColumn<int>("depth");
        QTest::newRow("1000") << 1000;
        QTest::newRow("5000") << 5000;
        QTest::newRow("200000") << 200000;
    }
    void nestingThousandsDeepIsAParseErrorNotAStackOverflow()
    {
        QFETCH(int, depth);
        const std::string text = repeated("nn.Sequential(", depth) + "nn.Flatten()" + repeated(")", depth);
        const ft::ParseError error = parseErrorOf([&] { ft::traceModel({2, 3}, text); });
        QVERIFY2(QString::fromStdString(error.message()).startsWith(QStringLiteral("expression nested too deeply")),
                 error.what());
        QVERIFY(error.column() > 1);
    }

    void megabyteModelOfManyLayersTraces()
    {
        // 100k layers (1.1 MB of text) parse and trace; bench_trace measures how fast.
        const std::string text = sequentialOf("nn.ReLU()", 100000);
        QVERIFY(text.size() > 1000000);
        const ft::ShapeTrace trace = ft::traceModel({2, 3}, text);
        QCOMPARE(trace.layers.size(), size_t(100000));
        QCOMPARE(trace.output, std::optional<Shape>(Shape{2, 3}));
    }

    // Every layer of a trace keeps its output shape, so layers x rank is what a trace costs in time
    // and memory. Before the rank bound, a megabyte of input shape (rank 500k) through a megabyte
    // of layers (100k) asked for 400 GB. Unflatten can still grow the rank inside the model; the
    // trace refuses a layer whose output exceeds the bound.
    void unflattenCannotGrowTheRankPastTheBound()
    {
        const std::string ones = repeated("1, ", 40);
        const std::string model = sequentialOf("nn.Unflatten(0, (" + ones + "))", 3) ;
        const ft::ShapeTrace trace = ft::traceModel({1}, model);
        QVERIFY(!trace.output);
        QVERIFY(trace.error);
        QCOMPARE(trace.error->index, 1); // 40 dims, then 79 > 64
        QCOMPARE(QString::fromStdString(trace.error->message),
                 QStringLiteral("too many dimensions: this output would have 79, the app traces at most %1")
                     .arg(ft::kMaxShapeRank));
    }

    void hugeIntegersInAModelAreCleanErrors_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("literal beyond int64") << "nn.Linear(99999999999999999999, 2)";
        QTest::newRow("arithmetic beyond int64") << "nn.Linear(2**63, 2)";
        QTest::newRow("a megabyte of digits") << "nn.Linear(" + QString(1000000, QLatin1Char('9')) + ", 2)";
    }
    void hugeIntegersInAModelAreCleanErrors()
    {
        QFETCH(QString, model);
        try {
            const ft::ShapeTrace trace = ft::traceModel({2, 3}, model.toStdString());
            QVERIFY(trace.error); // PyTorch's own overflow error, as a construct failure
            QVERIFY(!trace.error->message.empty());
        } catch (const ft::ParseError &error) {
            QVERIFY(!error.message().empty());
            QVERIFY(error.formatted().size() < 1000); // a window around the caret, not the megabyte
        }
    }

    void linearWhoseWeightCannotExistFailsLikePyTorch()
    {
        // 2^31 x 2^31 float weights overflow int64 bytes: PyTorch refuses to construct the layer.
        const ft::ShapeTrace trace = ft::traceModel({2, 2147483648LL}, "nn.Linear(2147483648, 2147483648)");
        QVERIFY(trace.error);
        QCOMPARE(trace.error->stage, ft::TraceStage::Construct);
        QCOMPARE(QString::fromStdString(trace.error->message),
                 QStringLiteral("Storage size calculation overflowed with sizes=[2147483648, 2147483648]"));
    }

    void linearTooLargeToAllocateStillTraces()
    {
        // 2^40 weights (4 TB) exist for PyTorch's meta device; the trace never allocates them.
        const ft::ShapeTrace trace = ft::traceModel({2, 1048576}, "nn.Linear(1048576, 1048576)");
        QVERIFY2(!trace.error, trace.error ? trace.error->message.c_str() : "");
        QCOMPARE(trace.output, std::optional<Shape>(Shape{2, 1048576}));
        QCOMPARE(trace.layers.front().parameters, 1048576LL * 1048576LL + 1048576LL);
    }
};

FT_REGISTER_TEST(EngineLimitsTest)
#include "tst_limits.moc"
