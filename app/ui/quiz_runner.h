// quiz_runner.h — the Practice screen: choose a question bank (or all questions), answer one
// question at a time, read per-option feedback and the step-by-step solution, see the score at the
// end and replay only the questions you missed.
//
//     auto *runner = new ft::ui::QuizRunner(this);
//     runner->setBanks(library.banks());                     // the start screen lists them
//     runner->start(library.questionsForLesson(id), tr("Practice: %1").arg(title)); // any list
//     connect(runner->session(), &QuizSession::roundStarted, recorder, &Recorder::beginRound);
//     connect(runner->session(), &QuizSession::answerChecked, recorder, &Recorder::recordAnswer);
//
// Keys on the question screen: 1-6 or A-F choose an option, Enter checks (and then goes on),
// N or Right goes to the next question, S / Q / M show the solution, quick check, common mistakes.
// The UI only shows what the content model holds: the round (questions, position, score, missed,
// grading, option order) is a ft::content::QuizSession; a shape question's options and its right
// answer come from the engine via the loader, never from here.
#pragma once

#include "content/question.h"
#include "content/quiz_session.h"

#include <QElapsedTimer>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace ft::ui {

class MarkdownView;
class OptionButton;

class QuizRunner : public QWidget
{
    Q_OBJECT

public:
    enum class Screen { Start, Question, Results };

    explicit QuizRunner(QWidget *parent = nullptr);

    // The banks the start screen offers ("All questions" first).
    void setBanks(const QList<ft::content::QuestionBank> &banks);
    const QList<ft::content::QuestionBank> &banks() const { return m_banks; }

    // Starts a round on exactly these questions, in this order (retry, review, a lesson's questions).
    void start(const QList<ft::content::Question> &questions, const QString &title,
               ft::content::QuizSession::Kind kind = ft::content::QuizSession::Kind::Quiz);
    // Starts a round on one bank by id; an empty id means every question of every bank.
    bool startBank(const QString &bankId);
    // Adds a widget below the start screen's bank list (e.g. endless practice and review); takes it.
    void addStartWidget(QWidget *widget);

    Screen screen() const;
    // The round shown; it lives as long as the runner.
    ft::content::QuizSession *session() const { return m_session; }
    QString title() const { return m_session->title(); }
    int questionCount() const { return m_session->count(); }
    int position() const { return m_session->position(); } // 0-based index of the current question
    int score() const { return m_session->score(); }
    bool isChecked() const { return m_session->isChecked(); }
    const ft::content::Question *currentQuestion() const;
    QList<ft::content::Question> missedQuestions() const { return m_session->missed(); }

    // Widgets, for tests and the tab order.
    QListWidget *bankList() const { return m_bankList; }
    QList<OptionButton *> optionButtons() const { return m_options; }
    QPushButton *checkButton() const { return m_checkButton; }
    QPushButton *nextButton() const { return m_nextButton; }
    QPushButton *reviewButton() const { return m_reviewButton; }
    MarkdownView *stemView() const { return m_stem; }
    QWidget *solutionPanel() const { return m_solutionPanel; }
    QWidget *quickCheckPanel() const { return m_quickCheckPanel; }
    QWidget *mistakesPanel() const { return m_mistakesPanel; }
    QString resultText() const;

public slots:
    void startSelectedBank();
    // Toggles option `displayIndex` (0 = A) as a click would; ignored once checked.
    void chooseOption(int displayIndex);
    // Checks the chosen options; false when nothing is chosen or it was already checked.
    bool checkAnswer();
    void nextQuestion();
    void reviewMistakes();
    void restart();
    void showStart();
    void toggleSolution();
    void toggleQuickCheck();
    void toggleMistakes();

signals:
    // After each check. `chosen` holds indexes into question.options (file order), ascending.
    void answerChecked(const QString &questionId, const QList<int> &chosen, bool correct, qint64 elapsedMs);
    void roundFinished(int correct, int total);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reveal(QWidget *panel);
    void updateColumnWidth();
    QWidget *buildStartPage();
    QWidget *buildQuestionPage();
    QWidget *buildResultsPage();
    void showQuestion();
    void showResults();
    void updateHeader();
    void onEnter();
    QList<int> chosenOptions() const;

    QList<ft::content::QuestionBank> m_banks;
    ft::content::QuizSession *m_session = nullptr;
    QElapsedTimer m_clock;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    // Start screen
    QListWidget *m_bankList = nullptr;
    QPushButton *m_startButton = nullptr;
    // Question screen
    QScrollArea *m_questionScroll = nullptr;
    QWidget *m_questionColumn = nullptr;
    QLabel *m_questionHeading = nullptr;
    MarkdownView *m_stem = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_optionBox = nullptr;
    QVBoxLayout *m_optionLayout = nullptr;
    QButtonGroup *m_optionGroup = nullptr;
    QList<OptionButton *> m_options;
    QLabel *m_verdict = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_solutionButton = nullptr;
    QPushButton *m_quickCheckButton = nullptr;
    QPushButton *m_mistakesButton = nullptr;
    QWidget *m_solutionPanel = nullptr;
    MarkdownView *m_solution = nullptr;
    QWidget *m_quickCheckPanel = nullptr;
    MarkdownView *m_quickCheck = nullptr;
    QWidget *m_mistakesPanel = nullptr;
    MarkdownView *m_mistakes = nullptr;
    // Results screen
    QLabel *m_resultLabel = nullptr;
    MarkdownView *m_missedList = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_againButton = nullptr;
    QPushButton *m_otherButton = nullptr;
};

} // namespace ft::ui
