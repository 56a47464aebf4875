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

    // float() of an int beyond int64, as Python rounds it (half to even) or refuses it
    // ("int too large to convert to float"): module arguments that PyTorch reads as a double.
    void bigIntToDoubleRoundsAsPython_data()
    {
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<bool>("converts");
        QTest::addColumn<double>("expected");
        QTest::newRow("2**53+1") << QStringLiteral("9007199254740993") << true << 9007199254740992.0;
        QTest::newRow("2**53+3") << QStringLiteral("9007199254740995") << true << 9007199254740996.0;
        QTest::newRow("2**64+2**11") << QStringLiteral("18446744073709553664") << true << 1.8446744073709552e+19;
        QTest::newRow("2**64+2**11+1") << QStringLiteral("18446744073709553665") << true << 1.8446744073709556e+19;
        QTest::newRow("-(2**64+2**11+1)") << QStringLiteral("-18446744073709553665") << true << -1.8446744073709556e+19;
        QTest::newRow("2**1024-2**970") << QStringLiteral("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792") << false << 0.0;
        QTest::newRow("2**1024-2**971") << QStringLiteral("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368") << true << 1.7976931348623157e+308;
        QTest::newRow("2**1100") << QStringLiteral("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376") << false << 0.0;
        QTest::newRow("3**40") << QStringLiteral("12157665459056928801") << true << 1.2157665459056929e+19;
        QTest::newRow("-2**63-1") << QStringLiteral("-9223372036854775809") << true << -9.223372036854776e+18;
    }
    void bigIntToDoubleRoundsAsPython()
    {
        QFETCH(QString, decimal);
        QFETCH(bool, converts);
        QFETCH(double, expected);
        const ft::BigInt value = ft::BigInt::fromDecimal(decimal.toStdString());
        QCOMPARE(value.toString(), decimal.toStdString());
        const auto converted = value.toDouble();
        QCOMPARE(converted.has_value(), converts);
        if (converts)
            QCOMPARE(*converted, expected);
    }

    // An int Value is Python's int whatever its size: beyond int64 it prints all its digits.
    void bigIntValueIsAnInt()
    {
        const Value big = ft::intResult(ft::BigInt::power(ft::BigInt(2), 64));
        QVERIFY(big.isBigInt());
        QCOMPARE(big.typeName(), std::string("int"));
        QCOMPARE(big.repr(), std::string("18446744073709551616"));
        const Value small = ft::intResult(ft::BigInt::floorDivide(ft::BigInt::power(ft::BigInt(2), 64), ft::BigInt::power(ft::BigInt(2), 60)));
        QVERIFY(small.isInt()); // back to the int64 path as soon as it fits
        QCOMPARE(small.repr(), std::string("16"));
    }
};

FT_REGISTER_TEST(ValueTest)
#include "tst_value.moc"
