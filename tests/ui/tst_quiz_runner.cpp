// The quiz runner takes answers by mouse and by keys, shows what each option means after checking,
// reveals the solution, quick check and common mistakes, scores the round, and replays only the
// missed questions. It shows the content model's options and answers; it never computes them.
#include "ft_test.h"
#include "course_file.h"

#include "content/content_library.h"
#include "ui/markdown_view.h"
#include "ui/option_button.h"
#include "ui/quiz_runner.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ft::content::Option;
using ft::content::Question;

namespace {

Question choice(const QString &id, const QString &stem, const QList<Option> &options)
{
    Question q;
    q.id = id;
    q.stem = stem;
    q.options = options;
    q.solution = {QStringLiteral("Flatten keeps dim 0."), QStringLiteral("It multiplies the rest: 3 x 28 x 28 = 2352.")};
    q.quickCheck = QStringLiteral("Output = (batch, product of the rest)");
    q.mistakes = {QStringLiteral("Flattening the batch too"), QStringLiteral("Adding the sizes instead of multiplying")};
    q.bankId = QStringLiteral("basics");
    return q;
}

Question flattenShape()
{
    return choice(QStringLiteral("flatten-16"), QStringLiteral("What shape does `nn.Flatten()` give for `(16, 3, 28, 28)`?"),
                  {{QStringLiteral("`(37632,)`"), QStringLiteral("That flattens the batch too."), false, 0},
                   {QStringLiteral("`(16, 2352)`"), QStringLiteral("Batch kept, the rest multiplied."), true, 0},
                   {QStringLiteral("`(16, 59)`"), QStringLiteral("That adds 3 + 28 + 28 instead of multiplying."), false, 0}});
}

Question whyFlatten()
{
    return choice(QStringLiteral("why-flatten"), QStringLiteral("Which statements about `nn.Flatten()` are true?"),
                  {{QStringLiteral("It keeps the batch dimension"), QStringLiteral("Yes: start_dim=1."), true, 0},
                   {QStringLiteral("It changes the values"), QStringLiteral("No: only the shape changes."), false, 0},
                   {QStringLiteral("It often returns a view"), QStringLiteral("Yes, when memory allows."), true, 0},
                   {QStringLiteral("It needs square images"), QStringLiteral("No: any sizes work."), false, 0}});
}

Question defaultDims()
{
    Question q = choice(QStringLiteral("default-dims"), QStringLiteral("What are `torch.flatten`'s default dims?"),
                        {{QStringLiteral("0 and -1"), QStringLiteral("Right: everything is merged."), true, 0},
                         {QStringLiteral("1 and -1"), QStringLiteral("Those are nn.Flatten's defaults."), false, 0}});
    // An engine answer as the loader would attach it: the UI shows its trace in the solution.
    ft::content::EngineAnswer answer;
    answer.shape = ft::Shape{75264};
    answer.trace = QStringLiteral("Flatten(start_dim=0, end_dim=-1) -> (75264,)");
    q.answer = answer;
    return q;
}

struct Round
{
    ft::ui::QuizRunner runner;
    Round()
    {
        runner.resize(900, 700);
        runner.show();
        QApplication::setActiveWindow(&runner);
        QVERIFY(QTest::qWaitForWindowActive(&runner));
        runner.start({flattenShape(), whyFlatten(), defaultDims()}, QStringLiteral("Basics"));
    }
};

void checkAndNext(ft::ui::QuizRunner &runner, const QList<int> &options)
{
    for (int i : options)
        runner.chooseOption(i);
    QVERIFY(runner.checkAnswer());
    runner.nextQuestion();
}

} // namespace

class QuizRunnerTest : public QObject
{
    Q_OBJECT

private slots:
    void clickingAnOptionAndCheckingShowsEveryOptionsFeedback()
    {
        Round round;
        ft::ui::QuizRunner &runner = round.runner;
        QSignalSpy checked(&runner, &ft::ui::QuizRunner::answerChecked);
        QCOMPARE(runner.screen(), ft::ui::QuizRunner::Screen::Question);
        QVERIFY(!runner.checkButton()->isEnabled()); // nothing chosen yet

        QTest::mouseClick(runner.optionButtons().at(0), Qt::LeftButton);
        QVERIFY(runner.optionButtons().at(0)->isChecked());
        QTest::mouseClick(runner.optionButtons().at(1), Qt::LeftButton); // single answer: replaces the choice
        QVERIFY(!runner.optionButtons().at(0)->isChecked());
        QVERIFY(runner.checkButton()->isEnabled());
        QTest::mouseClick(runner.checkButton(), Qt::LeftButton);

        QCOMPARE(checked.count(), 1);
        QCOMPARE(checked.at(0).at(0).toString(), QStringLiteral("flatten-16"));
        QCOMPARE(checked.at(0).at(1).value<QList<int>>(), QList<int>{1});
        QCOMPARE(checked.at(0).at(2).toBool(), true);
        QVERIFY(checked.at(0).at(3).toLongLong() >= 0);

        const QList<ft::ui::OptionButton *> options = runner.optionButtons();
        QCOMPARE(options.at(1)->verdict(), ft::ui::OptionButton::Verdict::ChosenRight);
        QCOMPARE(options.at(0)->verdict(), ft::ui::OptionButton::Verdict::NotChosenWrong);
        QVERIFY(options.at(0)->feedbackText().contains(QStringLiteral("flattens the batch too")));
        QVERIFY(options.at(2)->feedbackText().contains(QStringLiteral("adds 3 + 28 + 28")));
        QVERIFY(options.at(1)->feedbackText().contains(QStringLiteral("Batch kept")));
        QCOMPARE(runner.score(), 1);

        // Checked answers are fixed: a click no longer changes them.
        QTest::mouseClick(options.at(2), Qt::LeftButton);
        QVERIFY(!options.at(2)->isChecked());
        QVERIFY(!runner.checkAnswer());
        QCOMPARE(checked.count(), 1);
    }

    void keysChooseCheckAndGoOn()
    {
        Round round;
        ft::ui::QuizRunner &runner = round.runner;
        QSignalSpy checked(&runner, &ft::ui::QuizRunner::answerChecked);
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);

        QTest::keyClick(target, Qt::Key_3); // option C
        QVERIFY(runner.optionButtons().at(2)->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A); // A replaces C
        QVERIFY(runner.optionButtons().at(0)->isChecked());
        QVERIFY(!runner.optionButtons().at(2)->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(checked.count(), 1);
        QCOMPARE(checked.at(0).at(2).toBool(), false);
        QCOMPARE(runner.optionButtons().at(0)->verdict(), ft::ui::OptionButton::Verdict::ChosenWrong);
        QCOMPARE(runner.optionButtons().at(1)->verdict(), ft::ui::OptionButton::Verdict::MissedRight);
        QVERIFY(runner.optionButtons().at(0)->feedbackText().contains(QStringLiteral("Not right")));
        // A wrong answer opens the step-by-step solution at once.
        QVERIFY(runner.solutionPanel()->isVisible());

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N);
        QCOMPARE(runner.position(), 1);
        QCOMPARE(runner.currentQuestion()->id, QStringLiteral("why-flatten"));

        // Multiple answers: keys toggle; Right does nothing before checking.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_C);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2); // toggled off again
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(runner.position(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
        QCOMPARE(checked.count(), 2);
        QCOMPARE(checked.at(1).at(1).value<QList<int>>(), (QList<int>{0, 2}));
        QCOMPARE(checked.at(1).at(2).toBool(), true);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(runner.position(), 2);
    }

    void multipleAnswerQuestionsNeedExactlyTheRightSet()
    {
        ft::ui::QuizRunner runner;
        QSignalSpy checked(&runner, &ft::ui::QuizRunner::answerChecked);
        runner.start({whyFlatten()}, QStringLiteral("Set"));
        runner.chooseOption(0); // one of two right answers is not enough
        QVERIFY(runner.checkAnswer());
        QCOMPARE(checked.at(0).at(2).toBool(), false);
        QCOMPARE(runner.optionButtons().at(2)->verdict(), ft::ui::OptionButton::Verdict::MissedRight);
    }

    // A chosen wrong answer must not look like the right one: no highlight wash on its card, which
    // the right answer (chosen or not) has.
    void aChosenWrongAnswerIsNotTintedLikeTheRightOne()
    {
        Round round;
        ft::ui::QuizRunner &runner = round.runner;
        runner.chooseOption(0); // (37632,): wrong
        QVERIFY(runner.checkAnswer());
        const auto fillOf = [](ft::ui::OptionButton *button) {
            return button->grab().toImage().pixelColor(button->width() - 12, button->height() / 2);
        };
        const QColor wrong = fillOf(runner.optionButtons().at(0));
        const QColor right = fillOf(runner.optionButtons().at(1));
        QVERIFY2(wrong != right, qPrintable(wrong.name()));
        // It carries the error tint instead: a warm hue, never the highlight's blue wash.
        QVERIFY2(wrong.hslHue() <= 40 || wrong.hslHue() >= 330, qPrintable(wrong.name()));
    }

    // The answers map through the session's option order: with a shuffle, the key shown beside an
    // option is what the learner presses, and the right answer is graded right wherever it sits.
    void shuffledOptionsAreGradedThroughTheirDisplayOrder()
    {
        ft::ui::QuizRunner runner;
        runner.session()->setShuffleSeed(11);
        runner.start({whyFlatten()}, QStringLiteral("Shuffled"));
        const QList<int> order = runner.session()->optionOrder();
        QVERIFY(order != (QList<int>{0, 1, 2, 3}));
        for (int display = 0; display < order.size(); ++display) {
            QCOMPARE(runner.optionButtons().at(display)->optionText(), whyFlatten().options.at(order.at(display)).text);
            if (whyFlatten().options.at(order.at(display)).correct)
                runner.chooseOption(display);
        }
        QSignalSpy checked(runner.session(), &ft::content::QuizSession::answerChecked);
        QVERIFY(runner.checkAnswer());
        QCOMPARE(checked.first().at(1).value<QList<int>>(), (QList<int>{0, 2})); // stored in file order
        QVERIFY(checked.first().at(2).toBool());
        // Feedback follows its option: each card shows its own option's feedback.
        for (int display = 0; display < order.size(); ++display)
            QVERIFY(runner.optionButtons().at(display)->feedbackText().contains(whyFlatten().options.at(order.at(display)).feedback));
    }

    // Issue 16.7: the right answer was almost always A. A teacher's bank, loaded as the app loads
    // it, run by the quiz screen under two session seeds (the app seeds each session at start):
    // a plain question shows its options in a different order, the learner picks the right one
    // by its text with its key and is graded right, each card keeps its own feedback; a question
    // with `order: fixed` ("all of the above") keeps the file order under every seed.
    void sessionSeedsShuffleOptionsUnlessTheOrderIsFixed()
    {
        QTemporaryDir course;
        QVERIFY(writeCourseFile(course, QStringLiteral("quizzes/shuffle.md"),
                                "---\nid: shuffle\ntitle: Shuffle\nlesson: what-flatten-does\n---\n\n"
                                "## shuffle-plain\ndifficulty: 1\n\nWhich dimension does nn.Flatten() keep by default?\n\n"
                                "### Options\n- [x] The batch dimension\n  > Right: start_dim=1 keeps dim 0.\n"
                                "- [ ] The channel dimension\n  > Channels are merged with height and width.\n"
                                "- [ ] The last dimension\n  > end_dim=-1 merges it too.\n"
                                "- [ ] No dimension\n  > That is torch.flatten's default, start_dim=0.\n\n"
                                "### Solution\n1. nn.Flatten starts at dim 1.\n\n### Quick check\nstart_dim=1.\n\n### Mistakes\n- Thinking of torch.flatten.\n\n"
                                "## shuffle-fixed\ndifficulty: 1\norder: fixed\n\nWhat does nn.Flatten() change?\n\n"
                                "### Options\n- [ ] The values\n  > No: the values stay.\n"
                                "- [ ] The order of the values\n  > No: row-major order stays.\n"
                                "- [x] The shape only\n  > Right.\n"
                                "- [ ] All of the above\n  > Only the shape changes.\n\n"
                                "### Solution\n1. Only the shape changes.\n\n### Quick check\nShape only.\n\n### Mistakes\n- Thinking values move.\n"));
        const auto library = ft::content::ContentLibrary::load({QStringLiteral(FT_SOURCE_DIR), course.path()});
        const Question *plain = library.question(QStringLiteral("shuffle-plain"));
        const Question *fixed = library.question(QStringLiteral("shuffle-fixed"));
        QVERIFY(plain && fixed);
        QVERIFY(!plain->fixedOrder);
        QVERIFY(fixed->fixedOrder);
        const auto textsOf = [](const Question &q) {
            QStringList texts;
            for (const Option &option : q.options)
                texts << option.text;
            return texts;
        };

        QMap<quint64, QStringList> shown; // seed -> option texts top to bottom
        for (const quint64 seed : {quint64(7), quint64(8)}) {
            ft::ui::QuizRunner runner;
            runner.resize(900, 700);
            runner.show();
            QApplication::setActiveWindow(&runner);
            QVERIFY(QTest::qWaitForWindowActive(&runner));
            runner.session()->setShuffleSeed(seed);
            runner.start({*plain, *fixed}, QStringLiteral("Shuffle"));
            QStringList texts;
            for (ft::ui::OptionButton *button : runner.optionButtons())
                texts << button->optionText();
            shown[seed] = texts;
            const QStringList fileOrder = textsOf(*plain);
            QCOMPARE(QSet<QString>(texts.begin(), texts.end()), QSet<QString>(fileOrder.begin(), fileOrder.end()));

            // The right answer, found by its text, chosen with the key shown beside it.
            const int right = texts.indexOf(QStringLiteral("The batch dimension"));
            QSignalSpy checked(runner.session(), &ft::content::QuizSession::answerChecked);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + right));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(checked.size(), 1);
            QCOMPARE(checked.first().at(1).value<QList<int>>(), QList<int>{0}); // stored as the file's option
            QVERIFY(checked.first().at(2).toBool());
            QCOMPARE(runner.optionButtons().at(right)->verdict(), ft::ui::OptionButton::Verdict::ChosenRight);
            for (ft::ui::OptionButton *button : runner.optionButtons()) {
                const Option &own = plain->options.at(textsOf(*plain).indexOf(button->optionText()));
                QVERIFY2(button->feedbackText().contains(own.feedback), qPrintable(button->optionText()));
            }

            // "All of the above" stays last: the fixed question in file order, graded by its text too.
            runner.nextQuestion();
            QStringList fixedTexts;
            for (ft::ui::OptionButton *button : runner.optionButtons())
                fixedTexts << button->optionText();
            QCOMPARE(fixedTexts, textsOf(*fixed));
            runner.chooseOption(int(fixedTexts.indexOf(QStringLiteral("The shape only"))));
            QVERIFY(runner.checkAnswer());
            QCOMPARE(runner.score(), 2);
        }
        QVERIFY2(shown.value(7) != shown.value(8), qPrintable(shown.value(7).join(QStringLiteral(" | "))));
        QVERIFY2(shown.value(7) != textsOf(*plain) || shown.value(8) != textsOf(*plain), "at least one seed moves the options");
    }

    // M (and S, Q) open their panel below the options; the page scrolls so the panel is in view.
    void openingMistakesScrollsThemIntoView()
    {
        QScrollArea frame;
        auto *runner = new ft::ui::QuizRunner;
        frame.setWidget(runner);
        frame.setWidgetResizable(true);
        frame.resize(700, 360);
        frame.show();
        QApplication::setActiveWindow(&frame);
        QVERIFY(QTest::qWaitForWindowActive(&frame));
        runner->start({flattenShape()}, QStringLiteral("Basics"));
        runner->chooseOption(1);
        QVERIFY(runner->checkAnswer());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M);
        QWidget *panel = runner->mistakesPanel();
        QVERIFY(panel->isVisible());
        // Its top is inside the visible part of every scroll area around it.
        for (QWidget *w = panel->parentWidget(); w; w = w->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                const QRect visible = scroll->viewport()->rect();
                const QPoint top = panel->mapTo(scroll->viewport(), QPoint(10, 10));
                QVERIFY2(visible.contains(top), qPrintable(QStringLiteral("%1: panel at y=%2, viewport height %3")
                                                               .arg(scroll->objectName()).arg(top.y()).arg(visible.height())));
            }
        }
    }

    void solutionQuickCheckAndMistakesAreRevealable()
    {
        Round round;
        ft::ui::QuizRunner &runner = round.runner;
        runner.chooseOption(1);
        QVERIFY(runner.checkAnswer());
        // Right answer: the extras wait behind their buttons.
        QVERIFY(!runner.solutionPanel()->isVisible());
        QVERIFY(!runner.quickCheckPanel()->isVisible());
        QVERIFY(!runner.mistakesPanel()->isVisible());

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S);
        QVERIFY(runner.solutionPanel()->isVisible());
        const QString solution = runner.solutionPanel()->findChild<ft::ui::MarkdownView *>()->markdownText();
        QVERIFY(solution.contains(QStringLiteral("**Step 1.** Flatten keeps dim 0.")));
        QVERIFY(solution.contains(QStringLiteral("**Step 2.**")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Q);
        QVERIFY(runner.quickCheckPanel()->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M);
        QVERIFY(runner.mistakesPanel()->isVisible());
        QVERIFY(runner.mistakesPanel()->findChild<ft::ui::MarkdownView *>()->markdownText().contains(QStringLiteral("Adding the sizes")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S);
        QVERIFY(!runner.solutionPanel()->isVisible());
    }

    void engineTraceOfAShapeQuestionIsShownNotComputed()
    {
        ft::ui::QuizRunner runner;
        runner.start({defaultDims()}, QStringLiteral("Engine"));
        runner.chooseOption(1);
        QVERIFY(runner.checkAnswer());
        const QString solution = runner.solutionPanel()->findChild<ft::ui::MarkdownView *>()->markdownText();
        QVERIFY(solution.contains(QStringLiteral("Flatten(start_dim=0, end_dim=-1) -> (75264,)")));
    }

    void scoreAtTheEndAndReviewReplaysOnlyTheMissedQuestions()
    {
        Round round;
        ft::ui::QuizRunner &runner = round.runner;
        QSignalSpy finished(&runner, &ft::ui::QuizRunner::roundFinished);
        checkAndNext(runner, {1});    // right
        checkAndNext(runner, {1});    // wrong
        checkAndNext(runner, {1});    // wrong
        QCOMPARE(runner.screen(), ft::ui::QuizRunner::Screen::Results);
        QCOMPARE(runner.resultText(), QStringLiteral("You answered 1 of 3 correctly."));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), 1);
        QCOMPARE(finished.at(0).at(1).toInt(), 3);
        QVERIFY(runner.reviewButton()->isEnabled());

        QTest::mouseClick(runner.reviewButton(), Qt::LeftButton);
        QCOMPARE(runner.screen(), ft::ui::QuizRunner::Screen::Question);
        QCOMPARE(runner.questionCount(), 2);
        QCOMPARE(runner.currentQuestion()->id, QStringLiteral("why-flatten"));
        QVERIFY(runner.title().startsWith(QStringLiteral("Review")));
        checkAndNext(runner, {0, 2}); // right this time
        QCOMPARE(runner.currentQuestion()->id, QStringLiteral("default-dims"));
        checkAndNext(runner, {0});    // right
        QCOMPARE(runner.resultText(), QStringLiteral("You answered 2 of 2 correctly."));
        QVERIFY(!runner.reviewButton()->isEnabled());
    }

    void startScreenOffersAllQuestionsAndEachBank()
    {
        ft::content::QuestionBank basics{QStringLiteral("basics"), QStringLiteral("Basics"), {}, {flattenShape(), whyFlatten()}};
        ft::content::QuestionBank dims{QStringLiteral("dims"), QStringLiteral("Dims"), {}, {defaultDims()}};
        ft::ui::QuizRunner runner;
        runner.setBanks({basics, dims});
        QCOMPARE(runner.screen(), ft::ui::QuizRunner::Screen::Start);
        QCOMPARE(runner.bankList()->count(), 3);
        QCOMPARE(runner.bankList()->item(0)->text(), QStringLiteral("All questions (3)"));

        runner.bankList()->setCurrentRow(2);
        runner.startSelectedBank();
        QCOMPARE(runner.questionCount(), 1);
        QCOMPARE(runner.title(), QStringLiteral("Dims"));
        QVERIFY(runner.startBank(QString()));
        QCOMPARE(runner.questionCount(), 3);
        QVERIFY(!runner.startBank(QStringLiteral("no-such-bank")));
    }
};

FT_REGISTER_TEST(QuizRunnerTest)
#include "tst_quiz_runner.moc"
