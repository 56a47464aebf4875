// Shape questions: the engine gives the right answer, and each distractor is a real mistake with
// feedback that names it. The shapes below are worked out by hand from the rules, not copied.
#include "ft_test.h"

#include "content/engine_answer.h"

#include <QSet>
#include <QTest>

using namespace ft::content;

namespace {

Question shapeQuestion(const QString &id)
{
    Question question;
    question.id = id;
    question.kind = QuestionKind::Shape;
    return question;
}

const Option *optionWithText(const QList<Option> &options, const QString &text)
{
    for (const Option &option : options) {
        if (option.text == text)
            return &option;
    }
    return nullptr;
}

} // namespace

class ShapeQuestionOptionsTest : public QObject
{
    Q_OBJECT

private slots:
    void flattenDistractorsAreTheClassicMistakes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("feedbackMentions");
        QTest::newRow("batch flattened too: 16*3*28*28") << "`(37632,)`" << "flattens the batch dimension too";
        QTest::newRow("batch forgotten") << "`(2352,)`" << "forgets the batch dimension";
        QTest::newRow("sizes added: 3+28+28") << "`(16, 59)`" << "adds the merged sizes";
        QTest::newRow("input unchanged") << "`(16, 3, 28, 28)`" << "shape before the Flatten";
        QTest::newRow("last dim dropped") << "`(16,)`" << "drops the last dimension";
    }

    void flattenDistractorsAreTheClassicMistakes()
    {
        QFETCH(QString, text);
        QFETCH(QString, feedbackMentions);
        const EngineRun run = runEngine({16, 3, 28, 28}, QStringLiteral("nn.Flatten()"));
        QCOMPARE(run.answer.text(), QStringLiteral("(16, 2352)"));
        const QList<Option> options = shapeQuestionOptions(shapeQuestion(QStringLiteral("q")), run, 6);
        QCOMPARE(options.size(), 6); // the answer and the five mistakes below
        const Option *option = optionWithText(options, text);
        QVERIFY2(option, qPrintable(text));
        QVERIFY(!option->correct);
        QVERIFY2(option->feedback.contains(feedbackMentions), qPrintable(option->feedback));
        QVERIFY(optionWithText(options, QStringLiteral("`(16, 2352)`"))->correct);
    }

    void exactlyOneCorrectOptionAndItIsTheEngineAnswer()
    {
        const EngineRun run = runEngine({32, 3, 64, 64}, QStringLiteral("nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten())"));
        const QList<Option> options = shapeQuestionOptions(shapeQuestion(QStringLiteral("conv")), run, 4);
        QCOMPARE(options.size(), 4);
        int correct = 0;
        for (const Option &option : options) {
            if (option.correct) {
                ++correct;
                QCOMPARE(option.text, QStringLiteral("`(32, 61504)`")); // 16 * 62 * 62
            }
            QVERIFY(!option.feedback.isEmpty());
        }
        QCOMPARE(correct, 1);
        // The seed's mistake, 16*64*64, is offered first among the generated ones.
        const Option *stale = optionWithText(options, QStringLiteral("`(32, 65536)`"));
        QVERIFY(stale);
        QVERIFY(stale->feedback.contains(QStringLiteral("input's height and width (64x64)")));
    }

    void authorDistractorsComeFirstAndEngineFillsTheRest()
    {
        Question question = shapeQuestion(QStringLiteral("author"));
        question.options << Option{QStringLiteral("`(16, 1000)`"), QStringLiteral("A guess."), false, 12};
        const EngineRun run = runEngine({16, 3, 28, 28}, QStringLiteral("nn.Flatten()"));
        const QList<Option> options = shapeQuestionOptions(question, run, 3);
        QCOMPARE(options.size(), 3);
        const Option *mine = optionWithText(options, QStringLiteral("`(16, 1000)`"));
        QVERIFY(mine);
        QCOMPARE(mine->line, 12);
    }

    void errorAnswersOfferTheShapesALearnerExpects()
    {
        const EngineRun run = runEngine({32, 3, 28, 28}, QStringLiteral("nn.Sequential(nn.Flatten(), nn.Linear(1000, 100))"));
        QVERIFY(run.answer.isError());
        QCOMPARE(run.answer.errorType, QStringLiteral("RuntimeError"));
        const QList<Option> options = shapeQuestionOptions(shapeQuestion(QStringLiteral("err")), run, 4);
        QVERIFY(optionWithText(options, QStringLiteral("`RuntimeError: mat1 and mat2 shapes cannot be multiplied (32x2352 and 1000x100)`"))->correct);
        QVERIFY(optionWithText(options, QStringLiteral("`(32, 2352)`")));  // what reaches the Linear
        QVERIFY(optionWithText(options, QStringLiteral("`(32, 100)`")));   // as if the Linear accepted it
    }

    // Each generated explanation is true of its own distractor (shapes worked out by hand).
    void distractorExplanationsAreTrueOfThatDistractor_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("distractor");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<QString>("mustNotMention");
        // start_dim=0 with end_dim=-1 does flatten everything: naming it is true.
        QTest::newRow("Flatten(2): start_dim=0 gives 75264") << "32, 3, 28, 28" << "nn.Flatten(2)" << "`(75264,)`"
                                                             << "as start_dim=0" << "";
        // With an earlier end_dim, start_dim=0 gives something else, and the feedback says what.
        QTest::newRow("Flatten(-3, -2): start_dim=0 gives 2688x28") << "32, 3, 28, 28" << "nn.Flatten(-3, -2)" << "`(75264,)`"
                                                                    << "would give (2688, 28)" << "as start_dim=0";
        QTest::newRow("Flatten(1, 1): start_dim=0 gives 96x28x28") << "32, 3, 28, 28" << "nn.Flatten(1, 1)" << "`(75264,)`"
                                                                   << "would give (96, 28, 28)" << "as start_dim=0";
        QTest::newRow("5-D Flatten(2, 3): start_dim=0 gives 120x6") << "2, 3, 4, 5, 6" << "nn.Flatten(2, 3)" << "`(720,)`"
                                                                    << "would give (120, 6)" << "as start_dim=0";
        // Reversed dims: the argument order is wrong, not the input or the layer.
        QTest::newRow("reversed dims blame the order") << "32, 3, 28, 28" << "nn.Flatten(-1, 1)" << "`(32, 3, 28, 28)`"
                                                       << "arguments are in the wrong order" << "cannot accept it";
        // A Linear that accepted a 1-D input would return a 1-D output.
        QTest::newRow("Linear on a flattened batch") << "32, 3, 28, 28" << "nn.Sequential(nn.Flatten(0), nn.Linear(2352, 10))" << "`(10,)`"
                                                     << "in_features (2352) do not match the last dimension it receives (75264)" << "";
    }

    void distractorExplanationsAreTrueOfThatDistractor()
    {
        QFETCH(QString, input);
        QFETCH(QString, model);
        QFETCH(QString, distractor);
        QFETCH(QString, mentions);
        QFETCH(QString, mustNotMention);
        ft::Shape shape;
        for (const QString &size : input.split(QLatin1Char(',')))
            shape.push_back(size.trimmed().toLongLong());
        const QList<Option> options = shapeQuestionOptions(shapeQuestion(QStringLiteral("q")), runEngine(shape, model), 6);
        const Option *option = optionWithText(options, distractor);
        QVERIFY2(option, qPrintable(distractor));
        QVERIFY(!option->correct);
        QVERIFY2(option->feedback.contains(mentions), qPrintable(option->feedback));
        if (!mustNotMention.isEmpty())
            QVERIFY2(!option->feedback.contains(mustNotMention), qPrintable(option->feedback));
    }

    void constructorErrorsAreAnsweredToo()
    {
        const EngineRun run = runEngine({32, 1, 28, 28}, QStringLiteral("nn.Flatten(dim=0)"));
        QVERIFY(run.constructFailed);
        QCOMPARE(run.answer.errorType, QStringLiteral("TypeError"));
        const QList<Option> options = shapeQuestionOptions(shapeQuestion(QStringLiteral("ctor")), run, 4);
        QVERIFY(options.size() >= 2);
        QVERIFY(optionWithText(options, QStringLiteral("`(32, 784)`"))); // what nn.Flatten() would give
    }

    // Issue 12: the order came from std::shuffle, whose algorithm differs between standard
    // libraries, so a question's options (and endless set N) could differ between machines. The
    // project's own seeded shuffle gives this order everywhere; a change of algorithm shows here.
    void orderIsTheSameOnEveryMachine()
    {
        const EngineRun run = runEngine({16, 3, 28, 28}, QStringLiteral("nn.Flatten()"));
        const QList<Option> options = shapeQuestionOptions(shapeQuestion(QStringLiteral("flatten-output-16")), run, 4);
        QStringList texts;
        for (const Option &option : options)
            texts << option.text;
        QCOMPARE(texts.join(QLatin1Char(' ')), QStringLiteral("`(37632,)` `(2352,)` `(16, 59)` `(16, 2352)`"));
    }

    void orderIsStableForAnIdAndDiffersAcrossIds()
    {
        const EngineRun run = runEngine({16, 3, 28, 28}, QStringLiteral("nn.Flatten()"));
        QList<int> correctPositions;
        for (int i = 0; i < 12; ++i) {
            const Question question = shapeQuestion(QStringLiteral("id-%1").arg(i));
            const QList<Option> first = shapeQuestionOptions(question, run, 4);
            const QList<Option> second = shapeQuestionOptions(question, run, 4);
            QCOMPARE(first.size(), second.size());
            for (int k = 0; k < first.size(); ++k)
                QCOMPARE(first.at(k).text, second.at(k).text);
            for (int k = 0; k < first.size(); ++k) {
                if (first.at(k).correct)
                    correctPositions << k;
            }
        }
        // Over a dozen ids the right answer does not always sit in the same place.
        QVERIFY(QSet<int>(correctPositions.begin(), correctPositions.end()).size() > 1);
    }

    // Source questions: the class's own lines name the answer and the distractors.
    void sourceSilentBatchChangeOffersTheIntendedShape()
    {
        const QString code = QStringLiteral("import torch.nn as nn\n\n\nclass Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                                            "        self.fc = nn.Linear(8, 3)\n\n    def forward(self, x):\n        x = x.view(-1, 8)\n        return self.fc(x)\n");
        // 2 * 4 * 4 = 32 values in rows of 8: 4 rows, not 2 samples.
        const EngineRun run = runSourceEngine({2, 4, 4}, code, QStringLiteral("Net"));
        QCOMPARE(run.answer.text(), QStringLiteral("(4, 3)"));
        QCOMPARE(run.batchChangeLine, 10);
        const QList<Option> options = shapeQuestionOptions(shapeQuestion(QStringLiteral("q")), run, 6);
        const Option *intended = optionWithText(options, QStringLiteral("`(2, 3)`"));
        QVERIFY(intended && !intended->correct);
        QVERIFY2(intended->feedback.contains(QStringLiteral("line 10 (`x = x.view(-1, 8)`)")), qPrintable(intended->feedback));
        const Option *raises = optionWithText(options, QStringLiteral("Line 10 (`x = x.view(-1, 8)`) raises an error"));
        QVERIFY(raises && !raises->correct);
        QVERIFY(raises->feedback.startsWith(QStringLiteral("Nothing raises")));
        QVERIFY(optionWithText(options, QStringLiteral("`(12,)`"))); // the batch merged too
        QVERIFY(optionWithText(options, QStringLiteral("`(3,)`")));  // the batch forgotten
        QCOMPARE(options.at(0).correct + options.at(1).correct + options.at(2).correct + options.at(3).correct + options.at(4).correct
                     + options.at(5).correct, 1);
    }

    void sourceErrorNamesTheLineThatRaises()
    {
        const QString code = QStringLiteral("import torch\nimport torch.nn as nn\n\n\nclass Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                                            "        self.fc = nn.Linear(5, 3)\n\n    def forward(self, x):\n        x = torch.flatten(x, 1)\n        return self.fc(x)\n");
        const EngineRun run = runSourceEngine({2, 2, 2}, code, QStringLiteral("Net"));
        const QList<Option> options = shapeQuestionOptions(shapeQuestion(QStringLiteral("q")), run, 4);
        const QString error = QStringLiteral("`RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x4 and 5x3)`");
        const Option *right = optionWithText(options, QStringLiteral("Line 12 (`return self.fc(x)`) raises ") + error);
        QVERIFY(right && right->correct);
        const Option *earlier = optionWithText(options, QStringLiteral("Line 11 (`x = torch.flatten(x, 1)`) raises ") + error);
        QVERIFY(earlier && !earlier->correct);
        const Option *reaching = optionWithText(options, QStringLiteral("`(2, 4)`"));
        QVERIFY(reaching && !reaching->correct);
        const Option *nothing = optionWithText(options, QStringLiteral("Nothing raises: forward returns a tensor"));
        QVERIFY(nothing && !nothing->correct);
    }
};

FT_REGISTER_TEST(ShapeQuestionOptionsTest)
#include "tst_shape_question_options.moc"
