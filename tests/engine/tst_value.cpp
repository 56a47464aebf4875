// Value::repr() and Value::typeName() print constructor arguments exactly as Python does, so error
// messages that quote an argument (and module reprs) read like PyTorch's. Every expected string
// below is what /usr/bin/python3 printed for repr(...) / type(...).__name__ of the same value.
#include "ft_test.h"

#include "engine/module.h"
#include "engine/value.h"

#include <QTest>

#include <cmath>
#include <limits>

using ft::Value;

namespace {

Value none() { return Value{ft::NoneValue{}}; }
Value integer(std::int64_t v) { return Value{v}; }
Value real(double v) { return Value{v}; }
Value text(const char *v) { return Value{std::string(v)}; }
Value tuple(std::vector<Value> items) { return Value{ft::SequenceValue{std::move(items), false}}; }
Value list(std::vector<Value> items) { return Value{ft::SequenceValue{std::move(items), true}}; }

// A stand-in module: Value must print any module through the module's own repr().
class FakeModule : public ft::Module
{
public:
    std::string typeName() const override { return "Flatten"; }
    std::string repr() const override { return "Flatten(start_dim=1, end_dim=-1)"; }
    ft::Shape outputShape(const ft::Shape &input) const override { return input; }
    ft::Tensor forward(const ft::Tensor &input) const override { return input; }
    void acceptTuple() const override {}
};

} // namespace

Q_DECLARE_METATYPE(ft::Value)

class ValueTest : public QObject
{
    Q_OBJECT

private slots:
    void reprMatchesPython_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("None") << none() << "None";
        QTest::newRow("True") << Value{true} << "True";
        QTest::newRow("False") << Value{false} << "False";
        QTest::newRow("int") << integer(3) << "3";
        QTest::newRow("negative int") << integer(-7) << "-7";
        QTest::newRow("float half") << real(0.5) << "0.5";
        QTest::newRow("integral float keeps .0") << real(1.0) << "1.0";
        QTest::newRow("small positional") << real(0.001) << "0.001";
        QTest::newRow("1e-4 still positional") << real(0.0001) << "0.0001";
        QTest::newRow("1e-5 scientific") << real(1e-05) << "1e-05";
        QTest::newRow("1e15 positional") << real(1e15) << "1000000000000000.0";
        QTest::newRow("1e16 scientific") << real(1e16) << "1e+16";
        QTest::newRow("17 significant digits") << real(123456789012345678.0) << "1.2345678901234568e+17";
        QTest::newRow("huge") << real(1.5e300) << "1.5e+300";
        QTest::newRow("negative float") << real(-2.5) << "-2.5";
        QTest::newRow("0.1 shortest") << real(0.1) << "0.1";
        QTest::newRow("one third") << real(1.0 / 3.0) << "0.3333333333333333";
        QTest::newRow("2^-30") << real(std::ldexp(1.0, -30)) << "9.313225746154785e-10";
        QTest::newRow("inf") << real(std::numeric_limits<double>::infinity()) << "inf";
        QTest::newRow("-inf") << real(-std::numeric_limits<double>::infinity()) << "-inf";
        QTest::newRow("nan") << real(std::nan("")) << "nan";
        QTest::newRow("negative zero") << real(-0.0) << "-0.0";
        QTest::newRow("zero") << real(0.0) << "0.0";
        QTest::newRow("str") << text("same") << "'same'";
        QTest::newRow("str with single quote") << text("it's") << "\"it's\"";
        QTest::newRow("str with double quotes") << text("say \"hi\"") << "'say \"hi\"'";
        QTest::newRow("str with backslash") << text("a\\b") << "'a\\\\b'";
        QTest::newRow("str with tab and newline") << text("tab\tnew\n") << "'tab\\tnew\\n'";
        QTest::newRow("1-tuple") << tuple({integer(3)}) << "(3,)";
        QTest::newRow("2-tuple") << tuple({integer(3), integer(3)}) << "(3, 3)";
        QTest::newRow("empty tuple") << tuple({}) << "()";
        QTest::newRow("list") << list({integer(1), integer(2)}) << "[1, 2]";
        QTest::newRow("empty list") << list({}) << "[]";
        QTest::newRow("nested") << tuple({tuple({integer(1), integer(2)}), list({integer(3)})}) << "((1, 2), [3])";
        QTest::newRow("mixed list") << list({none(), text("valid"), real(0.5)}) << "[None, 'valid', 0.5]";
        QTest::newRow("module") << Value{std::shared_ptr<ft::Module>(std::make_shared<FakeModule>())}
                                << "Flatten(start_dim=1, end_dim=-1)";
    }
    void reprMatchesPython()
    {
        QFETCH(Value, value);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(value.repr()), expected);
    }

    void typeNameMatchesPython_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("None") << none() << "NoneType";
        QTest::newRow("bool") << Value{true} << "bool";
        QTest::newRow("int") << integer(1) << "int";
        QTest::newRow("float") << real(1.0) << "float";
        QTest::newRow("str") << text("x") << "str";
        QTest::newRow("tuple") << tuple({}) << "tuple";
        QTest::newRow("list") << list({}) << "list";
        QTest::newRow("module") << Value{std::shared_ptr<ft::Module>(std::make_shared<FakeModule>())} << "Flatten";
    }
    void typeNameMatchesPython()
    {
        QFETCH(Value, value);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(value.typeName()), expected);
    }
};

FT_REGISTER_TEST(ValueTest)
#include "tst_value.moc"
