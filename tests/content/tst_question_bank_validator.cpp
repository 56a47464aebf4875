// Every validator message for question banks, pinned to its line and column in a broken fixture.
#include "ft_test.h"

#include "content_test_util.h"
#include "content/question_bank_loader.h"

#include <QTest>

using namespace ft::content;

class QuestionBankValidatorTest : public QObject
{
    Q_OBJECT

private:
    static ContentProblems problemsOf(const QString &text, QList<Question> *loaded = nullptr)
    {
        ContentProblems problems;
        const auto bank = parseQuestionBank(text, QStringLiteral("bank.md"), problems);
        if (loaded && bank)
            *loaded = bank->questions;
        return problems;
    }

    // A bank with one source question; the code block's first line is line 16 of the file when
    // `fields` is one line.
    static QString sourceBank(const QString &fields, const QString &fence, const QString &code, const QString &closing)
    {
        return QStringLiteral("---\nid: b\ntitle: B\nlesson: l\n---\n\n## q\nkind: shape\ndifficulty: 1\ninput: 2, 4\n%1\n\nWhat comes out?\n\n"
                              "%2\n%3%4\n### Solution\n1. Step.\n\n### Quick check\nCheck.\n\n### Mistakes\n- Mistake\n")
            .arg(fields, fence, code, closing);
    }

    static QString linearNet(const QString &forwardBody = QStringLiteral("        return self.fc(x)\n"))
    {
        return QStringLiteral("import torch.nn as nn\n\n\nclass Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                              "        self.fc = nn.Linear(4, 3)\n\n    def forward(self, x):\n") + forwardBody;
    }

    static QString minimalQuestion(const QString &id, const QString &fields, const QString &options)
    {
        return QStringLiteral("## %1\n%2\n\nStem?\n\n### Options\n%3\n### Solution\n1. Step.\n\n### Quick check\nCheck.\n\n### Mistakes\n- Mistake\n\n")
            .arg(id, fields, options);
    }

private slots:
    void brokenBankReportsEachProblemAtItsPosition_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("no correct option") << 12 << 1 << "no option is marked correct";
        QTest::newRow("option without feedback") << 33 << 1 << "option has no feedback";
        QTest::newRow("unknown field") << 48 << 1 << "unknown field 'colour'";
        QTest::newRow("fewer than 2 options") << 52 << 1 << "a question needs 2 to 6 options, found 1";
        QTest::newRow("model the engine cannot parse, at the bad token") << 69 << 35 << "model: expected ',' or ')'";
        QTest::newRow("difficulty out of range") << 84 << 13 << "difficulty must be a whole number from 1 to 5, found '9'";
        QTest::newRow("input shape that does not parse") << 85 << 12 << "input: a size cannot be negative";
        QTest::newRow("unknown section") << 103 << 5 << "unknown section 'Hints'";
        QTest::newRow("missing required section") << 98 << 1 << "missing section '### Solution'";
        QTest::newRow("correct option disagrees with the engine") << 114 << 1 << "option marked correct does not state what the engine answers: (16, 2352)";
        QTest::newRow("wrong option is the engine's answer") << 116 << 1 << "option marked wrong states exactly what the engine answers";
        QTest::newRow("duplicate id in one file") << 128 << 4 << "duplicate question id 'no-correct'";
    }

    void brokenBankReportsEachProblemAtItsPosition()
    {
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        ContentProblems problems;
        parseQuestionBank(readFixture(QStringLiteral("broken/quizzes/bad-questions.md")), QStringLiteral("bad-questions.md"), problems);
        QStringList all;
        for (const ContentProblem &problem : problems) {
            all << problem.toString();
            if (problem.line == line && problem.column == column && problem.message.startsWith(message)) {
                QCOMPARE(problem.file, QStringLiteral("bad-questions.md"));
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no problem %1:%2 '%3' in:\n%4").arg(line).arg(column).arg(message, all.join(QLatin1Char('\n')))));
    }

    void brokenQuestionsAreLeftOutGoodOnesLoad()
    {
        QList<Question> loaded;
        const QString text = QStringLiteral("---\nid: b\ntitle: B\nlesson: l\n---\n\n")
                             + minimalQuestion(QStringLiteral("broken"), QStringLiteral("difficulty: 1"), QStringLiteral("- [ ] A\n  > a\n- [ ] B\n  > b\n"))
                             + minimalQuestion(QStringLiteral("fine"), QStringLiteral("difficulty: 2"), QStringLiteral("- [x] A\n  > a\n- [ ] B\n  > b\n"));
        const ContentProblems problems = problemsOf(text, &loaded);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().id, QStringLiteral("fine"));
        QCOMPARE(loaded.first().difficulty, 2);
        QCOMPARE(loaded.first().lessonId, QStringLiteral("l"));
    }

    void moreThanSixOptionsIsAProblem()
    {
        QString options;
        for (int i = 0; i < 7; ++i)
            options += QStringLiteral("- [%1] Option %2\n  > Because.\n").arg(i == 0 ? QStringLiteral("x") : QStringLiteral(" ")).arg(i);
        const ContentProblems problems = problemsOf(QStringLiteral("---\nid: b\ntitle: B\nlesson: l\n---\n\n")
                                                    + minimalQuestion(QStringLiteral("many"), QStringLiteral("difficulty: 1"), options));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 12); // the "### Options" heading
        QVERIFY(problems.first().message.contains(QStringLiteral("found 7")));
    }

    void missingRequiredFieldsAreNamed()
    {
        const ContentProblems problems = problemsOf(QStringLiteral("---\nid: b\ntitle: B\n---\n\n")
                                                    + minimalQuestion(QStringLiteral("q"), QStringLiteral("tags: x"), QStringLiteral("- [x] A\n  > a\n- [ ] B\n  > b\n")));
        QStringList messages;
        for (const ContentProblem &problem : problems)
            messages << problem.message;
        QVERIFY2(messages.filter(QStringLiteral("missing required field 'difficulty'")).size() == 1, qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY2(messages.filter(QStringLiteral("missing required field 'lesson'")).size() == 1, qPrintable(messages.join(QLatin1Char('\n'))));
        QCOMPARE(problems.first().line, 6); // the "## q" heading
    }

    void bankHeaderProblems()
    {
        const ContentProblems problems = problemsOf(QStringLiteral("---\nid: b\nauthor: me\n---\n"));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).toString(), QStringLiteral("bank.md:3:1: unknown field 'author' (known: id, title, lesson, order, description)"));
        QCOMPARE(problems.at(1).toString(), QStringLiteral("bank.md:4:1: missing required field 'title' in the header"));
    }

    void shapeQuestionRejectsAuthorMarkedCorrectOption()
    {
        const ContentProblems problems = problemsOf(
            QStringLiteral("---\nid: b\ntitle: B\nlesson: l\n---\n\n")
            + minimalQuestion(QStringLiteral("s"), QStringLiteral("kind: shape\ndifficulty: 1\ninput: 4, 5, 6"), QStringLiteral("- [x] `(4, 30)`\n  > Mine.\n")));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 15);
        QVERIFY(problems.first().message.startsWith(QStringLiteral("a shape question's correct option is computed by the engine")));
    }

    void optionsRunCheckNamesTheOptionThatDisagrees()
    {
        const ContentProblems problems = problemsOf(
            QStringLiteral("---\nid: b\ntitle: B\nlesson: l\n---\n\n")
            + minimalQuestion(QStringLiteral("r"), QStringLiteral("difficulty: 1\ncheck: options-run\ninput: 8, 6"),
                              QStringLiteral("- [x] `nn.Linear(5, 2)`\n  > Wrongly marked.\n- [ ] `nn.Linear(6, 2)`\n  > Wrongly marked too.\n")));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).line, 15);
        QVERIFY2(problems.at(0).message.startsWith(QStringLiteral("option marked correct raises in the engine: RuntimeError: mat1 and mat2")), qPrintable(problems.at(0).message));
        QCOMPARE(problems.at(1).line, 17);
        QCOMPARE(problems.at(1).message, QStringLiteral("option marked wrong runs in the engine and gives (8, 2)"));
    }

    void sourceQuestionRunsTheClassInItsPythonBlock()
    {
        QList<Question> loaded;
        const ContentProblems problems = problemsOf(sourceBank(QStringLiteral("source: Net"), QStringLiteral("```python"), linearNet(), QStringLiteral("```")), &loaded);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
        QCOMPARE(loaded.size(), 1);
        const Question &question = loaded.first();
        QVERIFY(question.isSourceQuestion());
        QCOMPARE(question.source, linearNet());
        QVERIFY(question.stem.contains(QStringLiteral("```python\nimport torch.nn as nn"))); // shown to the learner as code
        // Linear(4, 3) on a (2, 4) batch: two rows of 3.
        QCOMPARE(question.options.at(question.correctIndexes().value(0)).text, QStringLiteral("`(2, 3)`"));
        QVERIFY(question.options.size() >= 3);
    }

    void sourceQuestionNamesTheLineThatRaises()
    {
        QList<Question> loaded;
        const QString code = linearNet(QStringLiteral("        x = x.view(-1)\n        return self.fc2(x)\n"));
        const ContentProblems problems = problemsOf(sourceBank(QStringLiteral("source: Net"), QStringLiteral("```python"), code, QStringLiteral("```")), &loaded);
        QVERIFY(problems.isEmpty());
        const Question &question = loaded.first();
        // Line 11 of the class asks for self.fc2, which __init__ never made.
        QCOMPARE(question.options.at(question.correctIndexes().value(0)).text,
                 QStringLiteral("Line 11 (`return self.fc2(x)`) raises `AttributeError: 'Net' object has no attribute 'fc2'`"));
        QCOMPARE(question.answer->line, 11);
    }

    void malformedSourceIsReportedAtItsPosition_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("fence");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("closing");
        QTest::addColumn<QString>("position");
        QTest::addColumn<QString>("message");
        const QString net = linearNet();
        QTest::newRow("unsupported construct, at its line and column in the bank")
            << "source: Net" << "```python" << linearNet(QStringLiteral("        while True:\n            pass\n")) << "```"
            << "bank.md:25:9" << "source: 'while' loops are not supported";
        QTest::newRow("block never closed") << "source: Net" << "```python" << net << "" << "bank.md:15:1" << "this code block is never closed";
        QTest::newRow("no python block") << "source: Net" << "```" << net << "```" << "bank.md:11:1" << "'source' needs exactly one ```python block";
        QTest::newRow("not a class name") << "source: 3Net" << "```python" << net << "```" << "bank.md:11:9" << "source: expected the name of the class";
        QTest::newRow("beside a model") << "model: nn.Flatten()\nsource: Net" << "```python" << net << "```" << "bank.md:12:1" << "'source' is for shape questions";
        QTest::newRow("forward returns a tuple") << "source: Net" << "```python" << linearNet(QStringLiteral("        return x, x\n")) << "```"
                                                 << "bank.md:11:9" << "the engine could not run this model: forward() returns a tuple";
        QTest::newRow("no such class") << "source: Model" << "```python" << net << "```" << "bank.md:16:1" << "source: ";
    }

    void malformedSourceIsReportedAtItsPosition()
    {
        QFETCH(QString, fields);
        QFETCH(QString, fence);
        QFETCH(QString, code);
        QFETCH(QString, closing);
        QFETCH(QString, position);
        QFETCH(QString, message);
        QList<Question> loaded;
        const ContentProblems problems = problemsOf(sourceBank(fields, fence, code, closing), &loaded);
        QVERIFY(loaded.isEmpty());
        QStringList all;
        for (const ContentProblem &problem : problems) {
            all << problem.toString();
            if (problem.toString().startsWith(position + QStringLiteral(": ") + message))
                return;
        }
        QFAIL(qPrintable(QStringLiteral("no problem %1: %2 in:\n%3").arg(position, message, all.join(QLatin1Char('\n')))));
    }

    void feedbackSpansSeveralQuotedLines()
    {
        QList<Question> loaded;
        problemsOf(QStringLiteral("---\nid: b\ntitle: B\nlesson: l\n---\n\n")
                       + minimalQuestion(QStringLiteral("f"), QStringLiteral("difficulty: 1"), QStringLiteral("- [x] A\n  > first\n  > second\n- [x] B\n  > b\n")),
                   &loaded);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().options.first().feedback, QStringLiteral("first second"));
        QVERIFY(loaded.first().isMultipleAnswer());
        QCOMPARE(loaded.first().correctIndexes(), (QList<int>{0, 1}));
    }

    // "order: fixed" in the bank header pins every question's option order; a question may say
    // otherwise; any other value is a problem at the value.
    void orderFieldPinsOrShufflesOptions_data()
    {
        QTest::addColumn<QString>("bankOrder");
        QTest::addColumn<QString>("questionOrder");
        QTest::addColumn<bool>("fixed");
        QTest::newRow("default shuffles") << QString() << QString() << false;
        QTest::newRow("bank fixed") << QStringLiteral("order: fixed\n") << QString() << true;
        QTest::newRow("question fixed") << QString() << QStringLiteral("\norder: fixed") << true;
        QTest::newRow("question overrides bank") << QStringLiteral("order: fixed\n") << QStringLiteral("\norder: shuffled") << false;
    }

    void orderFieldPinsOrShufflesOptions()
    {
        QFETCH(QString, bankOrder);
        QFETCH(QString, questionOrder);
        QFETCH(bool, fixed);
        QList<Question> loaded;
        const ContentProblems problems = problemsOf(
            QStringLiteral("---\nid: b\ntitle: B\nlesson: l\n%1---\n\n").arg(bankOrder)
                + minimalQuestion(QStringLiteral("q"), QStringLiteral("difficulty: 1") + questionOrder,
                                  QStringLiteral("- [x] A\n  > a\n- [ ] All of the above\n  > no\n")),
            &loaded);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().fixedOrder, fixed);
    }

    void badOrderValueIsAProblemAtTheValue()
    {
        ContentProblems problems = problemsOf(QStringLiteral("---\nid: b\ntitle: B\norder: sorted\n---\n\n"));
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().toString(), QStringLiteral("bank.md:4:8: order must be 'fixed' or 'shuffled', found 'sorted'"));
        problems = problemsOf(QStringLiteral("---\nid: b\ntitle: B\nlesson: l\n---\n\n")
                              + minimalQuestion(QStringLiteral("q"), QStringLiteral("difficulty: 1\norder: random"),
                                                QStringLiteral("- [x] A\n  > a\n- [ ] B\n  > b\n")));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toString(), QStringLiteral("bank.md:9:8: order must be 'fixed' or 'shuffled', found 'random'"));
    }

    // A shape question whose text hides its input or model still loads, with a warning at its
    // heading, and the learner sees what was missing added below the text.
    void shapeStemHidingInputOrModelWarns_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("missing"); // empty: no warning
        QTest::addColumn<QStringList>("added");
        QTest::newRow("shows both") << QStringLiteral("input: 16, 3, 28, 28\nmodel: nn.Flatten()")
                                    << QStringLiteral("What does `nn.Flatten()` give for `(16, 3, 28, 28)`?") << QString() << QStringList();
        QTest::newRow("shows both in a code block") << QStringLiteral("input: 8, 3, 32, 32\nmodel: nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten())")
                                                    << QStringLiteral("Input `8×3×32×32`:\n\n```python\nnn.Sequential(\n    nn.Conv2d(3, 16, 3),\n    nn.Flatten(),\n)\n```")
                                                    << QString() << QStringList();
        QTest::newRow("hides the model") << QStringLiteral("input: 16, 3, 28, 28\nmodel: nn.Sequential(nn.Flatten(), nn.Linear(2352, 10))")
                                         << QStringLiteral("What shape comes out of this model for `(16, 3, 28, 28)`?")
                                         << QStringLiteral("the model") << QStringList{QStringLiteral("model = nn.Sequential(nn.Flatten(), nn.Linear(2352, 10))")};
        QTest::newRow("hides the input") << QStringLiteral("input: 16, 3, 28, 28\nmodel: nn.Flatten()")
                                         << QStringLiteral("What shape comes out of `nn.Flatten()`?")
                                         << QStringLiteral("the input shape") << QStringList{QStringLiteral("Input shape: `(16, 3, 28, 28)`")};
        QTest::newRow("hides both") << QStringLiteral("input: 2, 5\nstart_dim: 0")
                                    << QStringLiteral("What shape comes out?") << QStringLiteral("the input shape and the model")
                                    << QStringList{QStringLiteral("Input shape: `(2, 5)`"), QStringLiteral("model = nn.Flatten(start_dim=0, end_dim=-1)")};
    }

    void shapeStemHidingInputOrModelWarns()
    {
        QFETCH(QString, fields);
        QFETCH(QString, stem);
        QFETCH(QString, missing);
        QFETCH(QStringList, added);
        const QString text = QStringLiteral("---\nid: b\ntitle: B\nlesson: l\n---\n\n## s\nkind: shape\ndifficulty: 1\n%1\n\n%2\n\n"
                                            "### Solution\n1. Step.\n\n### Quick check\nCheck.\n\n### Mistakes\n- Mistake\n")
                                 .arg(fields, stem);
        ContentProblems problems;
        const auto bank = parseQuestionBank(text, QStringLiteral("bank.md"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
        QVERIFY(bank);
        QCOMPARE(bank->questions.size(), 1);
        const QString shown = bank->questions.first().stem;
        if (missing.isEmpty()) {
            QCOMPARE(bank->warnings.size(), 0);
            QCOMPARE(shown, stem);
            return;
        }
        QCOMPARE(bank->warnings.size(), 1);
        QVERIFY2(bank->warnings.first().toString().startsWith(QStringLiteral("bank.md:7:4: warning: the question text does not show %1,").arg(missing)),
                 qPrintable(bank->warnings.first().toString()));
        QVERIFY(shown.startsWith(stem));
        for (const QString &part : std::as_const(added))
            QVERIFY2(shown.contains(part), qPrintable(shown));
    }
};

FT_REGISTER_TEST(QuestionBankValidatorTest)
#include "tst_question_bank_validator.moc"
