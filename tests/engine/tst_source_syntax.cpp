// The learner's-source front end refuses what it cannot run before running anything: Python's
// own syntax errors with Python's words and position (the expected texts and columns below were
// taken from /usr/bin/python3's compile()), and constructs outside the subset named by what they
// are, with line and column, so the CLI can exit 2 with a caret under them.
#include "ft_test.h"

#include "engine/source/lexer_p.h"
#include "engine/source/parser_p.h"
#include "engine/source/source_trace.h"

#include <QTest>

using ft::source::SourceError;

class SourceSyntaxTest : public QObject
{
    Q_OBJECT

private slots:
    void pythonSyntaxErrorsUsePythonsWords_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column"); // 0: Python's column is not reproduced (it points past the text)

        QTest::newRow("unindent") << "class Net:\n    def f(self):\n        pass\n      x = 1\n" << "IndentationError"
                                  << "unindent does not match any outer indentation level" << 4 << 0;
        QTest::newRow("expectedBlockAfterDef") << "def f(x):\nreturn x\n" << "IndentationError"
                                               << "expected an indented block after function definition on line 1" << 2 << 1;
        QTest::newRow("expectedBlockAfterIf") << "if True:\nx = 1\n" << "IndentationError"
                                              << "expected an indented block after 'if' statement on line 1" << 2 << 1;
        QTest::newRow("unexpectedIndent") << "x = 1\n    y = 2\n" << "IndentationError" << "unexpected indent" << 2 << 0;
        QTest::newRow("neverClosed") << "x = foo(1,\n  2\n" << "SyntaxError" << "'(' was never closed" << 1 << 8;
        QTest::newRow("unmatched") << "x = 1)\n" << "SyntaxError" << "unmatched ')'" << 1 << 6;
        QTest::newRow("mismatch") << "x = (1, 2]\n" << "SyntaxError"
                                  << "closing parenthesis ']' does not match opening parenthesis '('" << 1 << 10;
        QTest::newRow("missingColon") << "if x > 1\n    pass\n" << "SyntaxError" << "expected ':'" << 1 << 9;
        QTest::newRow("unterminatedString") << "x = 'abc\n" << "SyntaxError"
                                            << "unterminated string literal (detected at line 1)" << 1 << 5;
        QTest::newRow("assignToCall") << "f() = 1\n" << "SyntaxError"
                                      << "cannot assign to function call here. Maybe you meant '==' instead of '='?" << 1 << 1;
        QTest::newRow("assignToLiteral") << "1 = x\n" << "SyntaxError"
                                         << "cannot assign to literal here. Maybe you meant '==' instead of '='?" << 1 << 1;
        QTest::newRow("nonDefaultAfterDefault") << "def f(a=1, b):\n    pass\n" << "SyntaxError"
                                                << "non-default argument follows default argument" << 1 << 12;
        QTest::newRow("duplicateArgument") << "def f(a, a):\n    pass\n" << "SyntaxError"
                                           << "duplicate argument 'a' in function definition" << 1 << 10;
        QTest::newRow("keywordRepeated") << "f(a=1, a=2)\n" << "SyntaxError" << "keyword argument repeated: a" << 1 << 8;
        QTest::newRow("positionalAfterKeyword") << "f(a=1, 2)\n" << "SyntaxError"
                                                << "positional argument follows keyword argument" << 1 << 0;
        QTest::newRow("leadingZero") << "x = 012\n" << "SyntaxError"
                                     << "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                                     << 1 << 5;
    }

    void pythonSyntaxErrorsUsePythonsWords()
    {
        QFETCH(QString, source);
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        try {
            ft::source::parseSource(source.toStdString());
            QFAIL("parsed");
        } catch (const SourceError &error) {
            QCOMPARE(QString::fromStdString(error.kind()), kind);
            QCOMPARE(QString::fromStdString(error.message()), message);
            QCOMPARE(error.line(), line);
            if (column)
                QCOMPARE(error.column(), column);
        }
    }

    void unsupportedConstructsAreNamedWithTheirPosition_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("named");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        const QString head = "import torch\nclass Net(torch.nn.Module):\n    def forward(self, x):\n";
        QTest::newRow("while") << head + "        while x.dim() > 2:\n            x = x.flatten(1)\n" << "'while'" << 4 << 9;
        QTest::newRow("lambda") << head + "        f = lambda t: t\n" << "'lambda'" << 4 << 13;
        QTest::newRow("try") << head + "        try:\n            pass\n        except Exception:\n            pass\n" << "'try'" << 4 << 9;
        QTest::newRow("with") << head + "        with torch.no_grad():\n            pass\n" << "'with'" << 4 << 9;
        QTest::newRow("raise") << head + "        raise ValueError('no')\n" << "'raise'" << 4 << 9;
        QTest::newRow("global") << head + "        global y\n" << "'global'" << 4 << 9;
        QTest::newRow("del") << head + "        del x\n" << "'del'" << 4 << 9;
        QTest::newRow("yield") << head + "        yield x\n" << "'yield'" << 4 << 9;
        QTest::newRow("decorator") << "@property\ndef f():\n    pass\n" << "decorators" << 1 << 1;
        QTest::newRow("dictLiteral") << "x = {'a': 1}\n" << "dict" << 1 << 5;
        QTest::newRow("generatorExpression") << "x = sum(i for i in range(3))\n" << "generator expressions" << 1 << 11;
        QTest::newRow("keywordUnpacking") << "x = f(**kw)\n" << "'**'" << 1 << 7;
        QTest::newRow("starParameter") << "def f(*args):\n    pass\n" << "'*'" << 1 << 7;
        QTest::newRow("bitwiseOr") << "x = 1 | 2\n" << "'|'" << 1 << 7;
        QTest::newRow("matmul") << "x = a @ b\n" << "'@'" << 1 << 7;
        QTest::newRow("walrus") << "if (n := 3):\n    pass\n" << "':='" << 1 << 7;
        QTest::newRow("ellipsis") << "x = y[..., 0]\n" << "Ellipsis" << 1 << 7;
        QTest::newRow("relativeImport") << "from . import net\n" << "relative imports" << 1 << 6;
        QTest::newRow("starImport") << "from torch.nn import *\n" << "import *" << 1 << 22;
        QTest::newRow("complexNumber") << "x = 1j\n" << "complex" << 1 << 5;
    }

    void unsupportedConstructsAreNamedWithTheirPosition()
    {
        QFETCH(QString, source);
        QFETCH(QString, named);
        QFETCH(int, line);
        QFETCH(int, column);
        try {
            ft::source::parseSource(source.toStdString());
            QFAIL("parsed");
        } catch (const SourceError &error) {
            QCOMPARE(QString::fromStdString(error.kind()), QStringLiteral("unsupported"));
            QVERIFY2(QString::fromStdString(error.message()).contains(named), error.message().c_str());
            QCOMPARE(error.line(), line);
            QCOMPARE(error.column(), column);
            // The formatted text shows the line and a caret under the column.
            const QStringList lines = QString::fromStdString(error.formatted()).split('\n');
            QCOMPARE(lines.size(), 3);
            QCOMPARE(lines[2].indexOf('^') - 4, column - 1);
        }
    }

    void unsupportedAtRunTimeIsASourceErrorWithTheLine_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("named");
        QTest::addColumn<int>("line");
        QTest::newRow("otherLibrary") << "import numpy as np\n" << "'numpy'" << 4;
        QTest::newRow("valueDependentIf") << "        if x.sum() > 0:\n            x = x * 2\n        return x\n" << "tensor" << 8;
        QTest::newRow("unknownTorchFunction") << "        return torch.matmul(x, x)\n" << "torch.matmul" << 8;
        QTest::newRow("nnModuleApi") << "        return sum(p.numel() for p in self.parameters())\n" << "generator" << 8;
        // Token ids: what depends on their values, and the types the app does not follow.
        QTest::newRow("idsMayMissTheVocabulary") << "        return nn.Embedding(100, 3)(torch.randint(0, 101, (4, 7)))\n"
                                                 << "values torch.randint draws between 0 and 100" << 8;
        QTest::newRow("arithmeticOnIds") << "        return torch.randint(0, 10, (4, 7)) * 2\n" << "int64 tensor" << 8;
        QTest::newRow("functionOnIds") << "        return torch.sigmoid(torch.zeros(4, 7, dtype=torch.long))\n"
                                       << "torch.sigmoid on an int64 tensor" << 8;
        QTest::newRow("float64") << "        return torch.zeros(2, dtype=torch.float64)\n" << "torch.float64" << 8;
        QTest::newRow("pythonFloatDtype") << "        return torch.ones(2, dtype=float)\n" << "dtype=float" << 8;
    }

    void unsupportedAtRunTimeIsASourceErrorWithTheLine()
    {
        QFETCH(QString, body);
        QFETCH(QString, named);
        QFETCH(int, line);
        QString source = "import torch\nimport torch.nn as nn\n\n";
        if (body.startsWith("import"))
            source += body + "class Net(nn.Module):\n    def forward(self, x):\n        return x\n";
        else
            source += "class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n    def forward(self, x):\n" + body;
        try {
            ft::source::traceSource({2, 3}, source.toStdString());
            QFAIL("traced");
        } catch (const SourceError &error) {
            QVERIFY2(QString::fromStdString(error.message()).contains(named), error.message().c_str());
            QCOMPARE(error.line(), line);
        }
    }

    void boundsAreSourceErrorsThatSayWhichBound_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("named");
        const QString head = "import torch\nimport torch.nn as nn\nclass Net(nn.Module):\n";
        QTest::newRow("loopIterations") << head + "    def forward(self, x):\n        for i in range(10 ** 9):\n            x = x\n        return x\n"
                                        << "100000 loop iterations";
        QTest::newRow("nestedLoops") << head + "    def forward(self, x):\n        for i in range(1000):\n            for j in range(1000):\n                x = x\n        return x\n"
                                     << "100000 loop iterations";
        QTest::newRow("recursion") << head + "    def forward(self, x):\n        return self.forward(x)\n" << "calls nested deeper than 64";
        QTest::newRow("deepExpression") << QString("x = ") + QString("(").repeated(150) + "1" + QString(")").repeated(150) + "\n"
                                        << "nesting deeper than 100";
        QTest::newRow("hugeFile") << QString("# padding\n").repeated(30000) << "bytes; the app reads at most";
    }

    void boundsAreSourceErrorsThatSayWhichBound()
    {
        QFETCH(QString, source);
        QFETCH(QString, named);
        try {
            ft::source::traceSource({2, 3}, source.toStdString());
            QFAIL("traced");
        } catch (const SourceError &error) {
            QCOMPARE(QString::fromStdString(error.kind()), QStringLiteral("limit"));
            QVERIFY2(QString::fromStdString(error.message()).contains(named), error.message().c_str());
        }
    }

    void bracketsSuspendIndentationAndCommentsVanish()
    {
        const auto tokens = ft::source::tokenize("x = f(1,\n      2)  # two\ny = '''a\n  b'''\n");
        int newlines = 0, indents = 0;
        for (const auto &t : tokens) {
            newlines += t.kind == ft::source::TokenKind::Newline;
            indents += t.kind == ft::source::TokenKind::Indent;
        }
        QCOMPARE(newlines, 2);
        QCOMPARE(indents, 0);
    }
};

FT_REGISTER_TEST(SourceSyntaxTest)
#include "tst_source_syntax.moc"
