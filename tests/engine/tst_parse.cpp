// The model-expression parser and the input-shape parser: what they accept, what each value
// becomes, and where (column) and how (message) they refuse everything else.
//
// Most rows use a recording fake catalog, so they prove the parser alone: every call becomes a
// fake module whose repr spells out exactly the Values the parser handed to the constructor
// (ints plain, floats with a decimal point, strings quoted, tuples vs lists). A few rows use the
// real modules to prove the wiring (unknown-module message, torch.nn prefix).
#include "ft_test.h"

#include "engine/error.h"
#include "engine/trace.h"

#include <QTest>

#include <charconv>
#include <string>

using ft::Shape;

Q_DECLARE_METATYPE(ft::Shape)

namespace {

std::string render(const ft::Value &value);

class RecordingModule : public ft::Module
{
public:
    RecordingModule(std::string name, const ft::Arguments &args) : m_name(std::move(name)), m_args(args) {}
    std::string typeName() const override { return m_name; }
    std::string repr() const override
    {
        std::string text = m_name + "(";
        bool first = true;
        for (const ft::Value &v : m_args.positional) {
            text += (first ? "" : ", ") + render(v);
            first = false;
        }
        for (const auto &[name, v] : m_args.keyword) {
            text += (first ? "" : ", ") + name + "=" + render(v);
            first = false;
        }
        return text + ")";
    }
    ft::Shape outputShape(const ft::Shape &input) const override { return input; }
    ft::Tensor forward(const ft::Tensor &input) const override { return input; }
    void acceptTuple() const override {}

private:
    std::string m_name;
    ft::Arguments m_args;
};

// Distinguishes every kind of Value: 3 (int), 3.0 / 0.5 / 1e-05 (float), 'x' (str), (1,) (tuple),
// [1] (list), True, None, and modules by their repr.
std::string render(const ft::Value &value)
{
    if (value.isNone())
        return "None";
    if (value.isBool())
        return std::get<bool>(value.data) ? "True" : "False";
    if (value.isInt())
        return std::to_string(std::get<std::int64_t>(value.data));
    if (value.isFloat()) {
        char buffer[64];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::get<double>(value.data));
        std::string text(buffer, result.ptr);
        if (text.find_first_of(".en") == std::string::npos)
            text += ".0";
        return text;
    }
    if (value.isString())
        return "'" + std::get<std::string>(value.data) + "'";
    if (value.isSequence()) {
        const ft::SequenceValue &sequence = std::get<ft::SequenceValue>(value.data);
        std::string text = sequence.isList ? "[" : "(";
        for (size_t i = 0; i < sequence.items.size(); ++i)
            text += (i ? ", " : "") + render(sequence.items[i]);
        if (!sequence.isList && sequence.items.size() == 1)
            text += ",";
        return text + (sequence.isList ? "]" : ")");
    }
    return std::get<ft::ModulePtr>(value.data)->repr();
}

const std::vector<std::string> &fakeNames()
{
    static const std::vector<std::string> names{"Conv2d", "Dropout", "Flatten", "Linear", "ReLU", "Sequential"};
    return names;
}

ft::ModuleCatalog recordingCatalog()
{
    return {
        [](std::string_view name) {
            return std::find(fakeNames().begin(), fakeNames().end(), name) != fakeNames().end();
        },
        []() -> const std::vector<std::string> & { return fakeNames(); },
        [](std::string_view name, const ft::Arguments &args) -> ft::ModulePtr {
            return std::make_shared<RecordingModule>(std::string(name), args);
        },
    };
}

QString parsedRepr(const QString &expression)
{
    return QString::fromStdString(ft::parseModel(expression.toStdString(), recordingCatalog())->repr());
}

} // namespace

class ParseTest : public QObject
{
    Q_OBJECT

private slots:
    // ---- valid expressions: each row shows the Values a constructor receives ----------------

    void validExpressionBuildsTheseArguments_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("received");

        QTest::newRow("no arguments") << "nn.Flatten()" << "Flatten()";
        QTest::newRow("positional ints") << "nn.Flatten(0, -1)" << "Flatten(0, -1)";
        QTest::newRow("keywords") << "nn.Flatten(start_dim=2, end_dim=-1)" << "Flatten(start_dim=2, end_dim=-1)";
        QTest::newRow("positional then keyword") << "nn.Conv2d(3, 16, kernel_size=3)" << "Conv2d(3, 16, kernel_size=3)";
        QTest::newRow("spaces around =") << "nn.Flatten(start_dim = 1)" << "Flatten(start_dim=1)";
        QTest::newRow("trailing comma in call") << "nn.Linear(4, 2,)" << "Linear(4, 2)";
        QTest::newRow("torch.nn prefix") << "torch.nn.ReLU()" << "ReLU()";
        QTest::newRow("spaces around dots") << "torch . nn . ReLU ( )" << "ReLU()";

        QTest::newRow("multiplication") << "nn.Linear(16*28*28, 10)" << "Linear(12544, 10)";
        QTest::newRow("precedence * over +") << "nn.Linear(2+3*4, 1)" << "Linear(14, 1)";
        QTest::newRow("parentheses") << "nn.Linear((2+3)*4, 1)" << "Linear(20, 1)";
        QTest::newRow("subtraction is left-assoc") << "nn.Linear(10-4-3, 1)" << "Linear(3, 1)";
        QTest::newRow("floor division") << "nn.Linear(28//2, 1)" << "Linear(14, 1)";
        QTest::newRow("floor division floors negatives") << "nn.Linear(-7//2, 1)" << "Linear(-4, 1)";
        QTest::newRow("modulo takes divisor sign") << "nn.Linear(-7%3, 7%-3)" << "Linear(2, -2)";
        QTest::newRow("true division gives float") << "nn.Dropout(1/4)" << "Dropout(0.25)";
        QTest::newRow("exact true division still float") << "nn.Linear(8/2, 1)" << "Linear(4.0, 1)";
        QTest::newRow("unary minus binds tighter than *") << "nn.Linear(-2*3, 1)" << "Linear(-6, 1)";
        QTest::newRow("double negation") << "nn.Linear(- -5, +1)" << "Linear(5, 1)";
        QTest::newRow("minus of parenthesised sum") << "nn.Linear(-(2+3), 1)" << "Linear(-5, 1)";
        QTest::newRow("bool is an int in arithmetic") << "nn.Linear(True+1, 1)" << "Linear(2, 1)";
        QTest::newRow("int times float") << "nn.Dropout(2*0.25)" << "Dropout(0.5)";
        QTest::newRow("float floor division") << "nn.Dropout(7.5//2)" << "Dropout(3.0)";
        QTest::newRow("float modulo") << "nn.Dropout(7.5%-2)" << "Dropout(-0.5)";

        QTest::newRow("float literal") << "nn.Dropout(0.5)" << "Dropout(0.5)";
        QTest::newRow("float with exponent") << "nn.Dropout(p=1e-5)" << "Dropout(p=1e-05)";
        QTest::newRow("float trailing dot") << "nn.Dropout(1.)" << "Dropout(1.0)";
        QTest::newRow("float leading dot") << "nn.Dropout(.5)" << "Dropout(0.5)";
        QTest::newRow("float exponent sign") << "nn.Dropout(5E+2)" << "Dropout(500.0)";
        QTest::newRow("zero literal") << "nn.Linear(0, 00)" << "Linear(0, 0)";

        QTest::newRow("tuple") << "nn.Conv2d(3, 8, (3, 5))" << "Conv2d(3, 8, (3, 5))";
        QTest::newRow("one-tuple") << "nn.Conv2d(3, 8, (3,))" << "Conv2d(3, 8, (3,))";
        QTest::newRow("empty tuple") << "nn.Conv2d(())" << "Conv2d(())";
        QTest::newRow("parenthesised value is not a tuple") << "nn.Conv2d((3))" << "Conv2d(3)";
        QTest::newRow("tuple trailing comma") << "nn.Conv2d((1, 2,))" << "Conv2d((1, 2))";
        QTest::newRow("list") << "nn.Conv2d([3, 3])" << "Conv2d([3, 3])";
        QTest::newRow("empty list") << "nn.Conv2d([])" << "Conv2d([])";
        QTest::newRow("nested sequences") << "nn.Conv2d(((1, 2), [3, (4,)]))" << "Conv2d(((1, 2), [3, (4,)]))";
        QTest::newRow("arithmetic in tuple") << "nn.Conv2d(kernel_size=(2*2, 9//3))" << "Conv2d(kernel_size=(4, 3))";

        QTest::newRow("single-quoted string") << "nn.Conv2d(padding='same')" << "Conv2d(padding='same')";
        QTest::newRow("double-quoted string") << "nn.Conv2d(padding=\"valid\")" << "Conv2d(padding='valid')";
        QTest::newRow("string escapes") << "nn.Conv2d('it\\'s')" << "Conv2d('it's')";
        QTest::newRow("True False None") << "nn.Linear(bias=False, x=True, y=None)" << "Linear(bias=False, x=True, y=None)";

        QTest::newRow("sequential") << "nn.Sequential(nn.Flatten(), nn.Linear(4, 2))"
                                    << "Sequential(Flatten(), Linear(4, 2))";
        QTest::newRow("nested sequential") << "nn.Sequential(nn.Sequential(nn.ReLU()), nn.ReLU())"
                                           << "Sequential(Sequential(ReLU()), ReLU())";
        QTest::newRow("multi-line with comments") << "nn.Sequential(\n    nn.Flatten(),  # merge dims\n\tnn.ReLU(),\r\n)"
                                                  << "Sequential(Flatten(), ReLU())";
        QTest::newRow("surrounding spaces") << "   nn.ReLU()   " << "ReLU()";
    }
    void validExpressionBuildsTheseArguments()
    {
        QFETCH(QString, expression);
        QFETCH(QString, received);
        try {
            QCOMPARE(parsedRepr(expression), received);
        } catch (const ft::ParseError &e) {
            QFAIL(e.formatted().c_str());
        }
    }

    // ---- syntax errors: column (1-based) and message ----------------------------------------

    void syntaxErrorPointsAtColumn_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty") << "" << 1 << "expected a model such as nn.Sequential(...) or nn.Flatten() but the expression is empty";
        QTest::newRow("only spaces") << "   " << 4 << "expected a model such as nn.Sequential(...) or nn.Flatten() but the expression is empty";
        QTest::newRow("not a call") << "x" << 1 << "expected a module call such as nn.Sequential(...) or nn.Flatten() but found 'x'";
        QTest::newRow("value, then more") << "42)" << 3 << "expected the end of the expression but found ')'";
        QTest::newRow("missing close paren") << "nn.Flatten(0" << 13 << "expected ',' or ')' after the arguments of nn.Flatten but found the end of the expression";
        QTest::newRow("wrong closer") << "nn.Flatten(0]" << 13 << "expected ',' or ')' after the arguments of nn.Flatten but found ']'";
        QTest::newRow("missing open paren") << "nn.Flatten" << 11 << "expected '(' after 'nn.Flatten' (a module is called: nn.Flatten(...)) but found the end of the expression";
        QTest::newRow("missing dot") << "nn Flatten()" << 4 << "expected '.' and a module name after 'nn' but found 'Flatten'";
        QTest::newRow("missing module name") << "nn.(3)" << 4 << "expected a module name such as Flatten after 'nn.' but found '('";
        QTest::newRow("torch without nn") << "torch.Flatten()" << 7 << "expected 'nn' after 'torch.' (only torch.nn modules can be used) but found 'Flatten'";
        QTest::newRow("double comma") << "nn.Linear(3,,4)" << 13 << "expected a value but found ','";
        QTest::newRow("trailing garbage") << "nn.ReLU() nn.ReLU()" << 11 << "expected the end of the expression after nn.ReLU(...) but found 'nn'";
        QTest::newRow("bare module name") << "nn.Sequential(Flatten())" << 15 << "expected a value but found 'Flatten'; write it as 'nn.Flatten(...)'";
        QTest::newRow("variable") << "nn.Linear(x, 3)" << 11 << "expected a value but found the name 'x'; only numbers, strings, True/False/None, tuples, lists and nn modules are allowed (variables are not)";
        QTest::newRow("unterminated string") << "nn.Conv2d(padding='same)" << 19 << "unterminated string: expected a closing '";
        QTest::newRow("bad escape") << "nn.Conv2d(padding='s\\ame')" << 21 << "unsupported escape '\\a' in a string (only \\\\, \\', \\\", \\n and \\t)";
        QTest::newRow("unexpected character") << "nn.Linear(3 & 4)" << 13 << "unexpected character '&'";
        QTest::newRow("unexpected character at token start") << "nn.Linear(@)" << 11 << "unexpected character '@'";
        QTest::newRow("control byte") << QStringLiteral("nn.Linear(\x01)") << 11 << "unexpected character (byte 0x01)";
        QTest::newRow("non-ASCII") << QStringLiteral("nn.Linear(3, \u22124)") << 14 << "non-ASCII character; model expressions are plain ASCII (check for typographic quotes or a pasted minus sign)";
        QTest::newRow("typographic quote") << QStringLiteral("nn.Conv2d(padding=\u2018same\u2019)") << 19 << "non-ASCII character; model expressions are plain ASCII (check for typographic quotes or a pasted minus sign)";
        QTest::newRow("hex literal") << "nn.Linear(0x10, 3)" << 11 << "invalid number '0x10'; only decimal integers and floats are understood";
        QTest::newRow("leading zeros") << "nn.Linear(010, 3)" << 11 << "leading zeros are not allowed in the integer '010' (Python reads 010 as a syntax error)";
        QTest::newRow("positional after keyword") << "nn.Linear(in_features=3, 4)" << 26 << "positional argument follows keyword argument";
        QTest::newRow("repeated keyword") << "nn.Flatten(start_dim=1, start_dim=2)" << 25 << "keyword argument repeated: start_dim";
        QTest::newRow("keyword named True") << "nn.Linear(True=1)" << 11 << "cannot use True as a keyword argument name";
        QTest::newRow("tuple missing comma") << "nn.Conv2d((3 3))" << 14 << "expected ',' or ')' after the value in parentheses but found '3'";
        QTest::newRow("unclosed tuple") << "nn.Conv2d((3, 3)" << 17 << "expected ',' or ')' after the arguments of nn.Conv2d but found the end of the expression";
        QTest::newRow("unclosed list") << "nn.Conv2d([3, 3)" << 16 << "expected ',' or ']' in the list but found ')'";
        QTest::newRow("nested unknown module") << "nn.Sequential(nn.Foo())" << 15 << "the app does not model 'nn.Foo'";
        QTest::newRow("unknown module, case hint") << "nn.flatten()" << 1 << "the app does not model 'nn.flatten' (did you mean 'nn.Flatten'?)";
        QTest::newRow("unknown module, wrong case inside") << "nn.Conv2D(3, 4, 3)" << 1 << "the app does not model 'nn.Conv2D' (did you mean 'nn.Conv2d'?)";
        QTest::newRow("unknown module, swapped letters") << "nn.Linaer(3, 4)" << 1 << "the app does not model 'nn.Linaer' (did you mean 'nn.Linear'?)";
        QTest::newRow("unknown torch.nn module") << "torch.nn.Flattenn()" << 1 << "the app does not model 'torch.nn.Flattenn' (did you mean 'torch.nn.Flatten'?)";
        QTest::newRow("PyTorch layer not modelled") << "nn.Sequential(nn.ReLU(), nn.LSTM(3, 4))" << 26 << "the app does not model 'nn.LSTM' yet";
        QTest::newRow("PyTorch layer close to a modelled one") << "nn.Conv3d(3, 4, 3)" << 1 << "the app does not model 'nn.Conv3d' yet";
        QTest::newRow("dotted module path") << "nn.modules.Flatten()" << 1 << "the app does not model 'nn.modules'";
        QTest::newRow("second line") << "nn.Sequential(\n  nn.Flatten(,)\n)" << 29 << "expected a value but found ','";
    }
    void syntaxErrorPointsAtColumn()
    {
        QFETCH(QString, expression);
        QFETCH(int, column);
        QFETCH(QString, message);
        try {
            ft::parseModel(expression.toStdString(), recordingCatalog());
            QFAIL("expected a ParseError");
        } catch (const ft::ParseError &e) {
            QCOMPARE(QString::fromStdString(e.message()), message);
            QCOMPARE(e.column(), column);
        }
    }

    // ---- arithmetic errors ---------------------------------------------------------------

    // Python evaluates operators at run time: their errors are the constructor stage's, in
    // Python's order (arguments left to right, a constructor before the operator it feeds).
    void arithmeticErrorIsPythonsError_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");

        QTest::newRow("floor division by zero") << "nn.Flatten(3//0)" << 0 << "ZeroDivisionError" << "integer division or modulo by zero";
        QTest::newRow("modulo by zero") << "nn.Flatten(3%0)" << 0 << "ZeroDivisionError" << "integer modulo by zero";
        QTest::newRow("true division by zero") << "nn.Flatten(3/0)" << 0 << "ZeroDivisionError" << "division by zero";
        QTest::newRow("float true division by zero") << "nn.Flatten(3/0.0)" << 0 << "ZeroDivisionError" << "float division by zero";
        QTest::newRow("float floor division by zero") << "nn.Flatten(3.0//0)" << 0 << "ZeroDivisionError" << "float floor division by zero";
        QTest::newRow("float modulo by zero") << "nn.Flatten(3.0%0)" << 0 << "ZeroDivisionError" << "float modulo";
        QTest::newRow("in the second layer") << "nn.Sequential(nn.ReLU(), nn.Flatten(1//0))" << 1 << "ZeroDivisionError" << "integer division or modulo by zero";
        QTest::newRow("constructor before operator") << "nn.Sequential(nn.Flatten(nn.Linear(3, 'a') + 1//0))" << 0 << "TypeError"
            << "empty() received an invalid combination of arguments - got (tuple, dtype=NoneType, device=NoneType), but expected one of:";
        QTest::newRow("left operand first") << "nn.Flatten((1//0) + (1%0))" << 0 << "ZeroDivisionError" << "integer division or modulo by zero";
        QTest::newRow("str plus int") << "nn.Flatten('a' + 1)" << 0 << "TypeError" << "can only concatenate str (not \"int\") to str";
        QTest::newRow("int plus str") << "nn.Flatten(1 + 'a')" << 0 << "TypeError" << "unsupported operand type(s) for +: 'int' and 'str'";
        QTest::newRow("tuple plus list") << "nn.Flatten((1,) + [2])" << 0 << "TypeError" << "can only concatenate tuple (not \"list\") to tuple";
        QTest::newRow("sequence times float") << "nn.Flatten('ab' * 1.5)" << 0 << "TypeError" << "can't multiply sequence by non-int of type 'float'";
        QTest::newRow("module plus int") << "nn.Flatten(nn.ReLU() + 1)" << 0 << "TypeError" << "unsupported operand type(s) for +: 'ReLU' and 'int'";
        QTest::newRow("negated string") << "nn.Flatten(-'same')" << 0 << "TypeError" << "bad operand type for unary -: 'str'";
        QTest::newRow("negated module") << "nn.Flatten(+nn.ReLU())" << 0 << "TypeError" << "bad operand type for unary +: 'ReLU'";
        QTest::newRow("string formatting leftover") << "nn.Flatten('a' % 2)" << 0 << "TypeError" << "not all arguments converted during string formatting";
        QTest::newRow("Sequential plus module") << "nn.Sequential(nn.ReLU()) + nn.Linear(3, 3)" << 0 << "ValueError"
            << "add operator supports only objects of Sequential class, but <class 'torch.nn.modules.linear.Linear'> is given.";
        QTest::newRow("Sequential times zero") << "nn.Sequential(nn.ReLU()) * 0" << 0 << "ValueError"
            << "Non-positive multiplication factor 0 for <class 'torch.nn.modules.container.Sequential'>";
        QTest::newRow("str times Sequential") << "'a' * nn.Sequential(nn.ReLU())" << 0 << "TypeError"
            << "unsupported operand type(s) for *: <class 'torch.nn.modules.container.Sequential'> and <class 'str'>";
    }
    void arithmeticErrorIsPythonsError()
    {
        QFETCH(QString, expression);
        QFETCH(int, index);
        QFETCH(QString, type);
        QFETCH(QString, message);
        const ft::ShapeTrace trace = ft::traceModel({2, 3}, expression.toStdString());
        QVERIFY(trace.error.has_value());
        QCOMPARE(trace.error->stage, ft::TraceStage::Construct);
        QCOMPARE(trace.error->index, index);
        QCOMPARE(QString::fromStdString(trace.error->type), type);
        QCOMPARE(QString::fromStdString(trace.error->message), message);
    }

    void operatorsComputeAsPython_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("received");
        QTest::newRow("floor division floors") << "nn.Flatten(7 // -2, 7 % -2)" << "Flatten(-4, -1)";
        QTest::newRow("float floor division") << "nn.Flatten(7.5 // -2, 7.5 % -2)" << "Flatten(-4.0, -0.5)";
        QTest::newRow("bools are ints") << "nn.Flatten(True + True, -True)" << "Flatten(2, -1)";
        QTest::newRow("string repetition") << "nn.Conv2d(padding='sa' + 'me' * 1)" << "Conv2d(padding='same')";
        QTest::newRow("tuple repetition") << "nn.Conv2d((3,) * 2, [1] * 0)" << "Conv2d((3, 3), [])";
        QTest::newRow("unused mapping") << "nn.Conv2d('same' % [], 'x' % ())" << "Conv2d('same', 'x')";
        QTest::newRow("precedence") << "nn.Linear(2 + 3 * 4 - 6 // 4, -(1 - 3))" << "Linear(13, 2)";
    }
    void operatorsComputeAsPython()
    {
        QFETCH(QString, expression);
        QFETCH(QString, received);
        QCOMPARE(parsedRepr(expression), received);
    }

    // What Python computes but the tracer does not is a usage error at the operator.
    void resultBeyondTheTracerIsParseError_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        // Python computes ints of any size; the tutor stops at 8192 bits, where Python would
        // still compute (or, for 2**2**2**30, run out of memory), so this is a usage error.
        const QString intTooLarge = QStringLiteral(" is too large for the tutor (integers up to 8192 bits)");
        const QString sequenceTooLarge = QStringLiteral(" is too large for the tutor (sequences up to a million items)");
        QTest::newRow("literal too large") << "nn.Linear(1" + QString(2500, QLatin1Char('0')) + ", 1)" << 11
            << "integer '1" + QString(31, QLatin1Char('0')) + "...'" + intTooLarge; // the literal shortened
        QTest::newRow("power tower") << "nn.Flatten(2**2**2**30)" << 16 << "the result of '**'" + intTooLarge;
        QTest::newRow("power beyond the bound") << "nn.Flatten(2**8192)" << 13 << "the result of '**'" + intTooLarge;
        QTest::newRow("huge exponent") << "nn.Flatten(3**(2**64))" << 13 << "the result of '**'" + intTooLarge;
        QTest::newRow("product beyond the bound") << "nn.Flatten(2**5000 * 2**5000)" << 20 << "the result of '*'" + intTooLarge;
        QTest::newRow("sum beyond the bound") << "nn.Flatten(2**8191 + 2**8191)" << 20 << "the result of '+'" + intTooLarge;
        QTest::newRow("complex power") << "nn.Flatten((-8)**0.5)" << 16
            << "the result of '**' is a complex number, which the tutor does not compute";
        QTest::newRow("huge string") << "nn.Conv2d(padding='ab' * 1000000)" << 24 << "the result of '*'" + sequenceTooLarge;
        QTest::newRow("huge Sequential") << "nn.Sequential(nn.ReLU(), nn.Tanh()) * 50001" << 37
            << "the result of '*' is too large for the tutor (an nn.Sequential of up to 100000 layers)";
        QTest::newRow("Sequential times a big int") << "nn.Sequential() * 2**63" << 17
            << "the result of '*' is too large for the tutor (an nn.Sequential of up to 100000 layers)";
        QTest::newRow("string formatting") << "nn.Conv2d(padding='%d' % 3)" << 24 << "'%' string formatting is not supported by the tracer";
    }
    void resultBeyondTheTracerIsParseError()
    {
        QFETCH(QString, expression);
        QFETCH(int, column);
        QFETCH(QString, message);
        try {
            ft::parseModel(expression.toStdString());
            QFAIL("expected a ParseError");
        } catch (const ft::ParseError &e) {
            QCOMPARE(QString::fromStdString(e.message()), message);
            QCOMPARE(e.column(), column);
        }
    }

    void largestIntegersStillWork()
    {
        QCOMPARE(parsedRepr("nn.Linear(9223372036854775807, -9223372036854775807-1)"),
                 QStringLiteral("Linear(9223372036854775807, -9223372036854775808)"));
    }

    // ---- limits: hostile input is an error, never a crash or a hang --------------------------

    void deepNestingIsRefusedNotOverflowed_data()
    {
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("close");
        QTest::newRow("parentheses") << "(" << ")";
        QTest::newRow("lists") << "[" << "]";
        QTest::newRow("sequentials") << "nn.Sequential(" << ")";
    }
    void deepNestingIsRefusedNotOverflowed()
    {
        QFETCH(QString, open);
        QFETCH(QString, close);
        const int depth = 100000;
        const std::string text = "nn.Sequential(" + open.repeated(depth).toStdString() + "1" + close.repeated(depth).toStdString() + ")";
        try {
            ft::parseModel(text, recordingCatalog());
            QFAIL("expected a ParseError");
        } catch (const ft::ParseError &e) {
            QCOMPARE(e.message(), std::string("expression nested too deeply (more than 100 levels of brackets and calls)"));
            // The guard trips at the 101st opener: the outer call plus 99 of the repeated ones fit.
            QCOMPARE(e.column(), 15 + 99 * int(open.size()));
        }
    }

    void nestingUpToTheLimitWorks()
    {
        const int depth = ft::kMaxExpressionNesting - 2; // the outer call and the inner call count too
        const QString text = "nn.Linear(" + QString("(").repeated(depth) + "7" + QString(",)").repeated(depth) + ")";
        QVERIFY(parsedRepr(text).startsWith(QStringLiteral("Linear(((((")));
    }

    void manySignsDoNotRecurse()
    {
        const std::string text = "nn.Linear(" + std::string(1000000, '-') + "1, 1)"; // an even count: +1
        QCOMPARE(QString::fromStdString(ft::parseModel(text, recordingCatalog())->repr()), QStringLiteral("Linear(1, 1)"));
    }

    void megabyteInputParses()
    {
        // 200k arguments (about a megabyte) parse into one call; how fast is bench_trace's to
        // measure (a timed assertion here would fail on a busy machine, not on slow code).
        std::string text = "nn.Linear(";
        for (int i = 0; i < 200000; ++i)
            text += "1+2*3, ";
        text += ")";
        QCOMPARE(QString::fromStdString(ft::parseModel(text, recordingCatalog())->repr()).count(QStringLiteral("7")),
                 200000);
    }

    void megabyteErrorShowsAWindowAroundTheCaret()
    {
        const std::string text = "nn.Linear(" + std::string(1000000, '1') + "x)"; // one huge invalid number
        try {
            ft::parseModel(text, recordingCatalog());
            QFAIL("expected a ParseError");
        } catch (const ft::ParseError &e) {
            QCOMPARE(e.column(), 11);
            QVERIFY(e.message().size() < 200);   // the quoted text is cut short
            QVERIFY(e.formatted().size() < 400); // so is the shown line
        }
        const std::string unclosed = "nn.Linear(" + std::string(1000000, ' ') + "1";
        try {
            ft::parseModel(unclosed, recordingCatalog());
            QFAIL("expected a ParseError");
        } catch (const ft::ParseError &e) {
            QCOMPARE(e.column(), int(unclosed.size()) + 1);
            const std::string formatted = e.formatted();
            QVERIFY(formatted.size() < 400);
            // The caret still sits under the character it names, inside the window.
            const auto lines = QString::fromStdString(formatted).split('\n');
            QCOMPARE(lines.size(), 3);
            QCOMPARE(lines[2].indexOf('^'), lines[1].size());
        }
    }

    void everyPrefixOfAValidExpressionIsCleanError()
    {
        // Truncated input of every length: always a ParseError (never a crash), and the column
        // is always inside the text or just past its end.
        const std::string full = "torch.nn.Sequential(nn.Conv2d(3, 16, kernel_size=(3, 3), padding='same'), nn.Flatten(1, -1),"
                                 " nn.Dropout(p=0.5), nn.Linear(16*28*28//2, 10, bias=False))";
        for (size_t length = 0; length < full.size(); ++length) {
            try {
                ft::parseModel(full.substr(0, length), recordingCatalog());
                QFAIL(qPrintable(QStringLiteral("prefix of length %1 parsed").arg(length)));
            } catch (const ft::ParseError &e) {
                QVERIFY(e.column() >= 1 && e.column() <= int(length) + 1);
            }
        }
        QVERIFY(!parsedRepr(QString::fromStdString(full)).isEmpty());
    }

    // ---- formatted(): the line and a caret -------------------------------------------------

    void formattedShowsLineAndCaret()
    {
        try {
            ft::parseModel("nn.Flatten(0", recordingCatalog());
            QFAIL("expected a ParseError");
        } catch (const ft::ParseError &e) {
            QCOMPARE(e.formatted(), std::string("column 13: expected ',' or ')' after the arguments of nn.Flatten but found the end of the expression\n"
                                                "  nn.Flatten(0\n"
                                                "              ^"));
        }
    }

    void formattedOnSecondLineNamesLineAndColumn()
    {
        try {
            ft::parseModel("nn.Sequential(\n\tnn.Flatten(,)\n)", recordingCatalog());
            QFAIL("expected a ParseError");
        } catch (const ft::ParseError &e) {
            QCOMPARE(e.line(), 2);
            QCOMPARE(e.lineColumn(), 13);
            QCOMPARE(e.formatted(), std::string("line 2, column 13: expected a value but found ','\n"
                                                "  \tnn.Flatten(,)\n"
                                                "  \t           ^"));
        }
    }

    // ---- construct errors carry the top-level index ----------------------------------------

    void constructorErrorCarriesTopLevelIndex_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("index");
        QTest::newRow("single module") << "nn.Linear(refuse=1)" << 0;
        QTest::newRow("first child") << "nn.Sequential(nn.Linear(refuse=1), nn.ReLU())" << 0;
        QTest::newRow("third child") << "nn.Sequential(nn.ReLU(), nn.ReLU(), nn.Linear(refuse=1))" << 2;
        QTest::newRow("inside a nested sequential") << "nn.Sequential(nn.ReLU(), nn.Sequential(nn.ReLU(), nn.Linear(refuse=1)))" << 1;
        QTest::newRow("first of two failing wins") << "nn.Sequential(nn.ReLU(), nn.Linear(refuse=1), nn.Linear(refuse=2))" << 1;
    }
    void constructorErrorCarriesTopLevelIndex()
    {
        QFETCH(QString, expression);
        QFETCH(int, index);
        ft::ModuleCatalog catalog = recordingCatalog();
        catalog.create = [](std::string_view name, const ft::Arguments &args) -> ft::ModulePtr {
            for (const auto &keyword : args.keyword) {
                if (keyword.first == "refuse")
                    ft::throwTypeError("__init__() got an unexpected keyword argument 'refuse'");
            }
            return std::make_shared<RecordingModule>(std::string(name), args);
        };
        try {
            ft::parseModel(expression.toStdString(), catalog);
            QFAIL("expected a ConstructError");
        } catch (const ft::ConstructError &e) {
            QCOMPARE(e.index(), index);
            QCOMPARE(e.type(), std::string("TypeError"));
            QCOMPARE(e.message(), std::string("__init__() got an unexpected keyword argument 'refuse'"));
        }
    }

    void syntaxErrorLaterWinsOverConstructorErrorEarlier()
    {
        // Python compiles before it runs: a SyntaxError anywhere beats a TypeError in a constructor.
        ft::ModuleCatalog catalog = recordingCatalog();
        catalog.create = [](std::string_view, const ft::Arguments &) -> ft::ModulePtr { ft::throwTypeError("never reached"); };
        QVERIFY_THROWS_EXCEPTION(ft::ParseError, ft::parseModel("nn.Sequential(nn.ReLU(), nn.Linear(3,,))", catalog));
    }

    // ---- the real modules ------------------------------------------------------------------

    void realUnknownModuleSaysTheAppDoesNotModelIt()
    {
        try {
            ft::parseModel("nn.Sequential(nn.Flatten(), nn.Foo(3))");
            QFAIL("expected a ParseError");
        } catch (const ft::ParseError &e) {
            const std::string expected = "the app does not model 'nn.Foo'";
            QCOMPARE(e.message(), expected);
            QCOMPARE(e.column(), 29);
        }
    }

    void realModulesBuildFromTorchNnPrefix()
    {
        const ft::ModulePtr model = ft::parseModel("torch.nn.Flatten(0, -1)");
        QCOMPARE(model->repr(), std::string("Flatten(start_dim=0, end_dim=-1)"));
    }

    // ---- input shapes ----------------------------------------------------------------------

    void shapeParses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Shape>("shape");
        QTest::newRow("commas") << "32,3,28,28" << Shape{32, 3, 28, 28};
        QTest::newRow("tuple with spaces") << "(32, 3, 28, 28)" << Shape{32, 3, 28, 28};
        QTest::newRow("list") << "[2,3]" << Shape{2, 3};
        QTest::newRow("single size") << "5" << Shape{5};
        QTest::newRow("one-tuple") << "(5,)" << Shape{5};
        QTest::newRow("trailing comma") << "2,3," << Shape{2, 3};
        QTest::newRow("empty tuple is 0-d") << "()" << Shape{};
        QTest::newRow("empty list is 0-d") << "[ ]" << Shape{};
        QTest::newRow("empty text is 0-d") << "" << Shape{};
        QTest::newRow("blank text is 0-d") << "   " << Shape{};
        QTest::newRow("zero-size dim") << "2,0,3" << Shape{2, 0, 3};
        QTest::newRow("spaces everywhere") << " ( 2 , 3 ) " << Shape{2, 3};
        QTest::newRow("huge sizes allowed") << "9223372036854775807,1000000000000" << Shape{9223372036854775807LL, 1000000000000LL};
    }
    void shapeParses()
    {
        QFETCH(QString, text);
        QFETCH(Shape, shape);
        QCOMPARE(ft::parseShape(text.toStdString()), shape);
    }

    void badShapeIsParseErrorAtColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative size") << "32,-1,28" << 4 << "a size cannot be negative, found -1";
        QTest::newRow("too large") << "99999999999999999999" << 1 << "size '99999999999999999999' is too large (at most 9223372036854775807)";
        QTest::newRow("letters") << "32,three" << 4 << "expected a size (a whole number) but found 't'";
        QTest::newRow("x separated") << "32x3x28" << 1 << "'32x3x28' is not a size; sizes are whole numbers separated by commas, like 32,3,28,28";
        QTest::newRow("float size") << "2.5,3" << 1 << "'2.5' is not a size; sizes are whole numbers separated by commas, like 32,3,28,28";
        QTest::newRow("double comma") << "2,,3" << 3 << "expected a size (a whole number) but found ','";
        QTest::newRow("missing comma") << "2 3" << 3 << "expected ',' but found '3'";
        QTest::newRow("unclosed") << "(2, 3" << 6 << "expected ',' or ')' in the shape but found the end of the shape";
        QTest::newRow("mismatched brackets") << "(2, 3]" << 6 << "expected ',' or ')' in the shape but found ']'";
        QTest::newRow("stray closer") << "2, 3)" << 5 << "expected ',' but found ')'";
        QTest::newRow("text after tuple") << "(2, 3) 4" << 8 << "expected the end of the shape after ')' but found '4'";
        QTest::newRow("non-ASCII") << QStringLiteral("2,\u00b3") << 3 << "expected a size (a whole number) but found a non-ASCII character";
    }
    void badShapeIsParseErrorAtColumn()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, message);
        try {
            const Shape shape = ft::parseShape(text.toStdString());
            QFAIL(qPrintable(QStringLiteral("parsed as ") + QString::fromStdString(ft::formatShape(shape))));
        } catch (const ft::ParseError &e) {
            QCOMPARE(QString::fromStdString(e.message()), message);
            QCOMPARE(e.column(), column);
        }
    }
};

FT_REGISTER_TEST(ParseTest)
#include "tst_parse.moc"
