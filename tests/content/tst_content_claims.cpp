// Claims: every result a lesson snippet or a question's feedback states is checked by the engine
// (and, in the golden run, by PyTorch). A wrong or unbacked result is a problem at its file:line.
#include "ft_test.h"

#include "content/claim.h"
#include "content/content_library.h"
#include "content/lesson_loader.h"
#include "content/question_bank_loader.h"

#include <QTest>

using namespace ft::content;

namespace {

QString lessonWith(const QString &body)
{
    return QStringLiteral("---\nid: l\ntitle: L\norder: 1\nminutes: 1\n---\n\nText.\n\n") + body;
}

// A bank whose one question has option feedback `feedback` and the claims `claims`.
QString bankWith(const QString &feedback, const QString &claims)
{
    return QStringLiteral("---\nid: b\ntitle: B\nlesson: l\n---\n\n## q\ndifficulty: 1\n\nWhat?\n\n### Options\n"
                          "- [x] Right\n  > Right.\n- [ ] Wrong\n  > %1\n- [ ] Other\n  > No.\n\n### Solution\n1. Step to (8, 10, 676).\n\n"
                          "### Quick check\nOne line.\n\n### Mistakes\n- One\n%2")
        .arg(feedback, claims.isEmpty() ? QString() : QStringLiteral("\n### Claims\n") + claims);
}

// A ```playground-class block (at line 10 of lessonWith) with `fields`, then a class whose
// forward() ends with `body` (at line 21 + the number of field lines).
QString classPlayground(const QString &fields, const QString &body)
{
    return QStringLiteral("```playground-class\n%1\nimport torch\nimport torch.nn as nn\n\nclass Net(nn.Module):\n    def __init__(self):\n"
                          "        super().__init__()\n        self.fc = nn.Linear(784, 10)\n\n    def forward(self, x):\n        %2\n```\n")
        .arg(fields, body);
}

QString problemAt(const ContentProblems &problems, int line)
{
    QStringList all;
    for (const ContentProblem &problem : problems) {
        if (problem.line == line)
            return problem.message;
        all << problem.toString();
    }
    return QStringLiteral("<none at line %1; all: %2>").arg(line).arg(all.join(QStringLiteral(" | ")));
}

} // namespace

class ContentClaimsTest : public QObject
{
    Q_OBJECT

private:
    ContentLibrary m_library;

private slots:
    void initTestCase()
    {
        m_library = ContentLibrary::load({QStringLiteral(FT_SOURCE_DIR)});
    }

    // Lesson body -> the problem expected at a line of the whole file (the header takes 9 lines).
    void lessonProblemsNameTheLine_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong shape") << "```claims\n32, 3, 28, 28 | nn.Flatten() -> (32, 784)\n```\n" << 11
                                     << "claim: the engine (PyTorch) gives '(32, 2352)', the claim says '(32, 784)'";
        QTest::newRow("wrong error text")
            << "```claims\n32, 3, 28, 28 | nn.Flatten(5) -> IndexError: Dimension out of range\n```\n" << 11
            << "claim: the engine (PyTorch) gives 'IndexError: Dimension out of range (expected to be in range of [-4, 3], but got 5)', "
               "the claim says 'IndexError: Dimension out of range'";
        QTest::newRow("view claimed, copy made")
            << "```claims\n2, 3, 4, 5 | torch.flatten(x.permute(0, 2, 3, 1), 1) -> (2, 60) view\n```\n" << 11
            << "claim: the engine (PyTorch) gives '(2, 60) copy', the claim says '(2, 60) view'";
        QTest::newRow("snippet result without a claim")
            << "```python\nnn.Flatten()(x).shape  # -> (32, 2352)\n```\n" << 11
            << "'(32, 2352)' is stated here but no claim in a ```claims block checks it";
        QTest::newRow("error line without a claim")
            << "    RuntimeError: flatten() has invalid args: start_dim cannot come after end_dim\n" << 10
            << "this error line is not the result of any claim in a ```claims block";
        QTest::newRow("shape in a comment, not as a result")
            << "```python\nnn.Conv2d(3, 16, 3)  # (32, 3, 64, 64) to (32, 16, 62, 62)\n```\n" << 11
            << "a shape in a code comment: write the result as '# -> (shape)'";
        QTest::newRow("shape in prose without a claim") << "Flatten turns it into `(32, 2352)`.\n" << 10
                                                        << "'(32, 2352)' is stated here but no claim";
        QTest::newRow("wrong printed model") << "```claims\n() | nn.Flatten(0) -> Flatten(start_dim=1, end_dim=-1)\n```\n" << 11
                                             << "claim: the engine (PyTorch) gives 'Flatten(start_dim=0, end_dim=-1)'";
        QTest::newRow("printed model lines in a snippet")
            << "```\nSequential(\n  (0): Flatten(start_dim=1, end_dim=-1)\n)\n```\n" << 12 << "a printed model: state it as '# -> '";
        QTest::newRow("not a claim") << "```claims\nnn.Flatten() gives (32, 2352)\n```\n" << 11
                                     << "claim: expected 'input | expression -> result'";
        QTest::newRow("tensor result without view or copy") << "```claims\n2, 3 | x.flatten() -> (6,)\n```\n" << 11
                                                            << "claim: a tensor result ends in 'view' or 'copy'";
        QTest::newRow("tensor claim on a huge input")
            << "```claims\n100000, 100000 | x.flatten() -> (10000000000,) view\n```\n" << 11
            << "claim expression: a tensor claim's input may hold at most 1048576 values";
        QTest::newRow("nested too deeply")
            << "```claims\n2, 3 | " + QStringLiteral("torch.flatten(").repeated(40) + "x" + QStringLiteral(")").repeated(40) + " -> (6,) view\n```\n" << 11
            << "claim expression: torch.flatten calls are nested too deeply";
        QTest::newRow("error quoted in prose without a claim")
            << "Then `RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x3136 and 784x10)` appears.\n" << 10
            << "the error 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x3136 and 784x10)' is quoted here but no claim";
        QTest::newRow("error quoted in prose, wrapped over two lines")
            << "One line of prose.\nPyTorch raises `IndexError: Dimension out of range (expected to be in range of\n[-4, 3], but got 5)` here.\n"
            << 11 << "the error 'IndexError: Dimension out of range (expected to be in range of [-4, 3], but got 5)' is quoted here";
        QTest::newRow("message quoted without its class")
            << "The loss says `Expected input batch_size (16) to match target batch_size (4)`.\n" << 10
            << "the error 'Expected input batch_size (16) to match target batch_size (4)' is quoted here but no claim";
        QTest::newRow("message that differs from the claim's")
            << "It says `shapes can not be multiplied`.\n\n```claims\n4, 3136 | nn.Linear(784, 10) -> RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x3136 and 784x10)\n```\n"
            << 10 << "the error 'shapes can not be multiplied' is quoted here but no claim";
        QTest::newRow("error outside backticks")
            << "Flatten raises RuntimeError: flatten() has invalid args: start_dim cannot come after end_dim.\n" << 10
            << "the error 'RuntimeError: flatten() has invalid args";
        QTest::newRow("class playground with a wrong result")
            << classPlayground(QStringLiteral("input: 4, 1, 28, 28\nreturns: (4, 99)\n"), QStringLiteral("return self.fc(x.view(x.size(0), -1))")) << 12
            << "playground-class: the engine (PyTorch) gives '(4, 10)', the block says '(4, 99)'";
        QTest::newRow("class playground that raises elsewhere")
            << classPlayground(QStringLiteral("input: 4, 1, 56, 56\nraises: RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x784 and 784x10)\n"),
                               QStringLiteral("return self.fc(x.view(x.size(0), -1))")) << 12
            << "playground-class: the engine (PyTorch) gives 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x3136 and 784x10)'";
        QTest::newRow("class playground with an unstated warning")
            << classPlayground(QStringLiteral("input: 4, 1, 56, 56\nreturns: (16, 10)\n"), QStringLiteral("return self.fc(x.view(-1, 784))")) << 10
            << "playground-class: the engine warns 'batch-changed'; state it as 'warns: batch-changed'";
        QTest::newRow("class playground the engine cannot run")
            << classPlayground(QStringLiteral("input: 4, 1, 28, 28\nreturns: (4, 10)\n"), QStringLiteral("return (lambda y: y)(x)")) << 23
            << "playground-class: ";
        QTest::newRow("class playground without its result")
            << classPlayground(QStringLiteral("input: 4, 1, 28, 28\n"), QStringLiteral("return self.fc(x.flatten(1))")) << 10
            << "playground-class: say what forward() gives";
        QTest::newRow("class playground without a class") << "```playground-class\ninput: 4, 784\nreturns: (4, 10)\n```\n" << 10
                                                           << "playground-class: no class";
        QTest::newRow("tensor method the engine lacks")
            << "```claims\n2, 3 | x.t() -> (3, 2) view\n```\n" << 11 << "claim expression: a tensor claim knows .flatten";
    }

    void lessonProblemsNameTheLine()
    {
        QFETCH(QString, body);
        QFETCH(int, line);
        QFETCH(QString, message);
        ContentProblems problems;
        const std::optional<Lesson> lesson = parseLesson(lessonWith(body), QStringLiteral("l.md"), problems);
        QVERIFY(lesson.has_value());
        QVERIFY2(problemAt(problems, line).startsWith(message), qPrintable(problemAt(problems, line)));
    }

    void backedResultsAndSkippedClaimsAreAccepted()
    {
        ContentProblems problems;
        const std::optional<Lesson> lesson = parseLesson(
            lessonWith(QStringLiteral("From `(2, 3, 4, 5)` to `(2, 60)`; `nn.Unflatten(1, (3, 4, 5))` undoes it.\n\n"
                                      "```python\nx.flatten(1).shape  # -> (2, 60) view\nx.to(memory_format=torch.channels_last).flatten(1).shape  # -> (2, 60) copy\n```\n\n"
                                      "```claims\n2, 3, 4, 5 | x.flatten(1) -> (2, 60) view\n"
                                      "skip(no memory formats in the engine): 2, 3, 4, 5 | x.to(memory_format=torch.channels_last).flatten(1) -> (2, 60) copy\n```\n")),
            QStringLiteral("l.md"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
        QCOMPARE(lesson->claims.size(), 2);
        QCOMPARE(lesson->claims.at(1).skipReason, QStringLiteral("no memory formats in the engine"));
        for (const LessonBlock &block : lesson->blocks)
            QVERIFY(!block.markdown.contains(QStringLiteral("```claims"))); // not shown to the learner
    }

    // A quoted error backed by a claim may stop early or end in "...", and a class playground's
    // checked result backs the prose around it; the playground reaches the reader.
    void backedQuotesAndClassPlaygroundsAreAccepted()
    {
        ContentProblems problems;
        const std::optional<Lesson> lesson = parseLesson(
            lessonWith(QStringLiteral("The Linear raises `RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x3136 and\n784x10)`, "
                                      "or shortly `RuntimeError: mat1 and mat2 shapes...`; the message says `shapes cannot be multiplied`.\n\n"
                                      "```claims\n4, 16, 14, 14 | nn.Sequential(nn.Flatten(), nn.Linear(784, 10)) -> RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x3136 and 784x10)\n```\n\n"
                                      "Sixteen rows, `(16, 10)`, come out:\n\n")
                       + classPlayground(QStringLiteral("input: 4, 1, 56, 56\nreturns: (16, 10)\nwarns: batch-changed\ncaption: Try it.\n"),
                                         QStringLiteral("return self.fc(x.view(-1, 784))"))),
            QStringLiteral("l.md"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
        const QList<PlaygroundBlock> playgrounds = lesson->playgrounds();
        QCOMPARE(playgrounds.size(), 1);
        QVERIFY(playgrounds.first().isClass());
        QCOMPARE(playgrounds.first().inputText, QStringLiteral("4, 1, 56, 56"));
        QCOMPARE(playgrounds.first().expected, QStringLiteral("(16, 10)"));
        QCOMPARE(playgrounds.first().warnings, QStringList{QStringLiteral("batch-changed")});
        QCOMPARE(playgrounds.first().caption, QStringLiteral("Try it."));
        QVERIFY(playgrounds.first().source.startsWith(QStringLiteral("import torch\n")));
        QVERIFY(playgrounds.first().source.endsWith(QStringLiteral("return self.fc(x.view(-1, 784))\n")));
    }

    void feedbackStatingAShapeNeedsAClaim_data()
    {
        QTest::addColumn<QString>("feedback");
        QTest::addColumn<QString>("claims");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unbacked shape") << "It gives (8, 10, 676)." << "" << 15
                                        << "this option or its feedback states '(8, 10, 676)', which no claim";
        QTest::newRow("unbacked error") << "It raises RuntimeError: flatten() has invalid args." << "" << 15
                                        << "this option or its feedback states 'RuntimeError: flatten() has invalid args.'";
        QTest::newRow("solution step states an unbacked shape") << "No." << "" << 21
                                                                << "the solution states '(8, 10, 676)'";
        QTest::newRow("wrong claim") << "It gives (8, 10, 676)." << "8, 10, 26, 26 | nn.Flatten(2) -> (8, 10, 677)\n" << 30
                                     << "claim: the engine (PyTorch) gives '(8, 10, 676)'";
    }

    void feedbackStatingAShapeNeedsAClaim()
    {
        QFETCH(QString, feedback);
        QFETCH(QString, claims);
        QFETCH(int, line);
        QFETCH(QString, message);
        ContentProblems problems;
        const auto bank = parseQuestionBank(bankWith(feedback, claims), QStringLiteral("b.md"), problems);
        if (bank && !bank->questions.isEmpty())
            problems << bank->questions.first().uncheckedStatements; // a bundled bank must have none
        QVERIFY2(problemAt(problems, line).startsWith(message), qPrintable(problemAt(problems, line)));
    }

    void backedFeedbackIsAccepted()
    {
        ContentProblems problems;
        const auto bank = parseQuestionBank(
            bankWith(QStringLiteral("(8, 10, 26, 26) becomes (8, 10, 676), so it raises RuntimeError: mat1 and mat2 shapes "
                                    "cannot be multiplied (80x676 and 6760x100) at the Linear."),
                     QStringLiteral("8, 10, 26, 26 | nn.Flatten(2) -> (8, 10, 676)\n"
                                    "8, 10, 26, 26 | nn.Sequential(nn.Flatten(2), nn.Linear(6760, 100)) -> RuntimeError: mat1 and "
                                    "mat2 shapes cannot be multiplied (80x676 and 6760x100)\n")),
            QStringLiteral("b.md"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
        QVERIFY(bank->questions.first().uncheckedStatements.isEmpty());
        QCOMPARE(bank->questions.first().claims.size(), 2);
    }

    void theCourseBacksItsResultsWithClaims()
    {
        QStringList unchecked;
        for (const Question &question : m_library.questions()) {
            for (const ContentProblem &statement : question.uncheckedStatements)
                unchecked << statement.toString();
        }
        QVERIFY2(unchecked.isEmpty(), qPrintable(unchecked.join(QLatin1Char('\n'))));
        int lessonsWithClaims = 0;
        for (const Lesson &lesson : m_library.lessons())
            lessonsWithClaims += lesson.claims.isEmpty() ? 0 : 1;
        QVERIFY2(lessonsWithClaims >= 7, qPrintable(QString::number(lessonsWithClaims)));
    }

    // The course as shipped: each claim, one row named file:line, against the engine.
    void everyBundledClaimHoldsInTheEngine_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<int>("index");
        QList<Claim> all;
        for (const Lesson &lesson : m_library.lessons())
            all << lesson.claims;
        for (const Question &question : m_library.questions())
            all << question.claims;
        m_claims = all;
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all.at(i).location().section(QLatin1Char('/'), -2))) << all.at(i).location() << i;
    }

    void everyBundledClaimHoldsInTheEngine()
    {
        QFETCH(QString, location);
        QFETCH(int, index);
        const Claim &claim = m_claims.at(index);
        if (claim.skipped())
            QSKIP(qPrintable(QStringLiteral("%1: checked by PyTorch only: %2").arg(location, claim.skipReason)));
        QCOMPARE(claimActual(claim), claim.expected);
    }

private:
    QList<Claim> m_claims;
};

FT_REGISTER_TEST(ContentClaimsTest)
#include "tst_content_claims.moc"
