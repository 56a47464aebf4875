// Shape rules shared by every op: dim wrapping, flatten's output shape, formatting.
#include "ft_test.h"

#include "engine/error.h"
#include "engine/shape.h"

#include <QTest>

using ft::Shape;

Q_DECLARE_METATYPE(ft::Shape)

class ShapeTest : public QObject
{
    Q_OBJECT

private slots:
    void flattenShapeMatchesPyTorch_data()
    {
        QTest::addColumn<Shape>("input");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<Shape>("expected");
        QTest::newRow("nn.Flatten default") << Shape{32, 3, 28, 28} << qint64(1) << qint64(-1) << Shape{32, 2352};
        QTest::newRow("torch.flatten default") << Shape{32, 3, 28, 28} << qint64(0) << qint64(-1) << Shape{75264};
        QTest::newRow("partial") << Shape{32, 3, 28, 28} << qint64(2) << qint64(3) << Shape{32, 3, 784};
        QTest::newRow("negative start") << Shape{32, 3, 28, 28} << qint64(-3) << qint64(-2) << Shape{32, 84, 28};
        QTest::newRow("start equals end") << Shape{4, 5} << qint64(1) << qint64(1) << Shape{4, 5};
        QTest::newRow("0-d becomes (1,)") << Shape{} << qint64(0) << qint64(-1) << Shape{1};
        QTest::newRow("zero-size dim") << Shape{2, 0, 3} << qint64(1) << qint64(-1) << Shape{2, 0};
    }
    void flattenShapeMatchesPyTorch()
    {
        QFETCH(Shape, input);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(Shape, expected);
        QCOMPARE(ft::flattenShape(input, start, end), expected);
    }

    void flattenStartAfterEndRaisesRuntimeError()
    {
        try {
            ft::flattenShape({2, 3, 4}, 2, 1);
            QFAIL("expected an error");
        } catch (const ft::TorchError &e) {
            QCOMPARE(e.type(), std::string("RuntimeError"));
            QCOMPARE(e.message(), std::string("flatten() has invalid args: start_dim cannot come after end_dim"));
        }
    }

    void wrapDimOutOfRangeRaisesIndexError()
    {
        try {
            ft::wrapDim(4, 4);
            QFAIL("expected an error");
        } catch (const ft::TorchError &e) {
            QCOMPARE(e.type(), std::string("IndexError"));
            QCOMPARE(e.message(), std::string("Dimension out of range (expected to be in range of [-4, 3], but got 4)"));
        }
    }

    void checkedNumelDetectsOverflow()
    {
        QCOMPARE(ft::checkedNumel({32, 3, 28, 28}), std::optional<ft::Dim>(75264));
        QCOMPARE(ft::checkedNumel({}), std::optional<ft::Dim>(1));
        QVERIFY(!ft::checkedNumel({1LL << 40, 1LL << 40}).has_value());
    }

    void formatShapeUsesPythonTupleStyle()
    {
        QCOMPARE(ft::formatShape({32, 2352}), std::string("(32, 2352)"));
        QCOMPARE(ft::formatShape({5}), std::string("(5,)"));
        QCOMPARE(ft::formatShape({}), std::string("()"));
    }
};

FT_REGISTER_TEST(ShapeTest)
#include "tst_shape.moc"
