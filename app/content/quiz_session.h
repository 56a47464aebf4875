// quiz_session.h — one round of practice as a value: its kind, the questions in order, where the
// learner is, the score, the missed questions, and the grading of each answer.
//
// The quiz runner shows a session and the progress wiring records it; neither guesses what kind of
// round is running from widget state: start() says it, and roundStarted() carries it.
//
//     ft::content::QuizSession session;
//     connect(&session, &QuizSession::roundStarted, recorder, &Recorder::beginRound); // kind, title, tags
//     session.start(bank.questions, bank.title, QuizSession::Kind::Quiz);
//     session.check({1}, elapsedMs);    // display indexes the learner chose -> a Grade
//     session.next();                   // false after the last question (roundFinished follows)
//
// Option order: a question's options are shown in optionOrder(), shuffled per attempt with the
// project's seeded PracticeRandom (same seed and attempt, same order, on every machine) unless the
// question pins its order. Grading and the signals speak of options in file order.
#pragma once

#include "content/question.h"

#include <QObject>

#include <optional>

namespace ft::content {

class QuizSession : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Quiz,    // a bank, all questions, or a lesson's questions
        Endless, // a generated set ("Endless practice — set #N")
        Review,  // missed questions coming back (spaced review, or "review my mistakes")
        Retry,   // one missed question again, from the Progress screen
    };
    Q_ENUM(Kind)
    // The word the progress store keeps for a kind: "quiz", "endless", "review", "retry".
    static QString kindKey(Kind kind);

    struct Grade
    {
        bool correct = false;
        QList<int> chosen;   // indexes into question.options (file order), ascending
        QList<int> right;    // display indexes of the right options, ascending
        qint64 elapsedMs = 0;
    };

    explicit QuizSession(QObject *parent = nullptr);

    // Seed of the option shuffle; each start() is a new attempt with its own order. Without a
    // seed, options keep their file order.
    void setShuffleSeed(quint64 seed) { m_shuffleSeed = seed; }
    // The seed this attempt's orders come from (nullopt: file order). Stored with the round, it
    // shows the same orders again through replay().
    std::optional<quint64> attemptSeed() const { return m_attemptSeed; }

    // Starts a round on exactly these questions, in this order, and emits roundStarted.
    void start(const QList<Question> &questions, const QString &title, Kind kind);
    // The same questions again (same kind and title), as a new attempt.
    void restart();
    // A round with the option orders of an earlier attempt (its attemptSeed()), e.g. to review it.
    void replay(const QList<Question> &questions, const QString &title, Kind kind, std::optional<quint64> attemptSeed);

    Kind kind() const { return m_kind; }
    QString title() const { return m_title; }
    // The topics the round practises: its questions' tags, each once, in order of first use.
    QStringList tags() const;
    const QList<Question> &questions() const { return m_questions; }
    int count() const { return int(m_questions.size()); }
    int position() const { return m_index; } // 0-based; count() once finished
    int score() const { return m_score; }
    const QList<Question> &missed() const { return m_missed; }
    bool isChecked() const { return m_checked; }
    bool isFinished() const { return m_index >= count(); }
    // The question being answered, or nullptr once the round is finished (or before any start).
    const Question *current() const;
    // Display order of the current question's options: optionOrder()[displayIndex] = file index.
    const QList<int> &optionOrder() const { return m_order; }
    const Option *displayedOption(int displayIndex) const;

    // Grades the current question from the display indexes chosen; nullopt when nothing was chosen
    // or the question was already checked. Emits answerChecked.
    std::optional<Grade> check(const QList<int> &chosenDisplay, qint64 elapsedMs);
    // Moves past a checked question; false (and roundFinished) after the last one.
    bool next();

signals:
    void roundStarted(ft::content::QuizSession::Kind kind, const QString &title, const QStringList &tags);
    // After each check; `chosen` holds indexes into question.options (file order), ascending.
    void answerChecked(const QString &questionId, const QList<int> &chosen, bool correct, qint64 elapsedMs);
    void roundFinished(int correct, int total);

private:
    void arrangeOptions();
    void begin(const QList<Question> &questions, const QString &title, Kind kind);

    QList<Question> m_questions;
    QList<Question> m_missed;
    QString m_title;
    Kind m_kind = Kind::Quiz;
    int m_index = 0;
    int m_score = 0;
    bool m_checked = false;
    QList<int> m_order;
    std::optional<quint64> m_shuffleSeed;
    std::optional<quint64> m_attemptSeed;
    quint64 m_attempt = 0;
};

} // namespace ft::content
