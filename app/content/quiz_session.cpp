#include "content/quiz_session.h"

#include "content/question_generator.h"

#include <algorithm>

namespace ft::content {

QString QuizSession::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Quiz:
        return QStringLiteral("quiz");
    case Kind::Endless:
        return QStringLiteral("endless");
    case Kind::Review:
        return QStringLiteral("review");
    case Kind::Retry:
        return QStringLiteral("retry");
    }
    return QStringLiteral("quiz");
}

QuizSession::QuizSession(QObject *parent)
    : QObject(parent)
{
}

void QuizSession::start(const QList<Question> &questions, const QString &title, Kind kind)
{
    ++m_attempt;
    // One stream per (seed, attempt): the same on every machine, new on each attempt.
    m_attemptSeed.reset();
    if (m_shuffleSeed)
        m_attemptSeed = *m_shuffleSeed ^ (m_attempt * 0x9e3779b97f4a7c15ULL);
    begin(questions, title, kind);
}

void QuizSession::replay(const QList<Question> &questions, const QString &title, Kind kind, std::optional<quint64> attemptSeed)
{
    m_attemptSeed = attemptSeed;
    begin(questions, title, kind);
}

void QuizSession::begin(const QList<Question> &questions, const QString &title, Kind kind)
{
    m_questions = questions;
    m_title = title;
    m_kind = kind;
    m_missed.clear();
    m_score = 0;
    m_index = 0;
    m_checked = false;
    arrangeOptions();
    emit roundStarted(m_kind, m_title, tags());
    if (m_questions.isEmpty())
        emit roundFinished(0, 0);
}

void QuizSession::restart()
{
    start(QList<Question>(m_questions), m_title, m_kind);
}

QStringList QuizSession::tags() const
{
    QStringList all;
    for (const Question &question : m_questions)
        for (const QString &tag : question.tags)
            if (!all.contains(tag))
                all << tag;
    return all;
}

const Question *QuizSession::current() const
{
    if (m_index < 0 || m_index >= m_questions.size())
        return nullptr;
    return &m_questions.at(m_index);
}

const Option *QuizSession::displayedOption(int displayIndex) const
{
    const Question *question = current();
    if (!question || displayIndex < 0 || displayIndex >= m_order.size())
        return nullptr;
    return &question->options.at(m_order.at(displayIndex));
}

void QuizSession::arrangeOptions()
{
    m_order.clear();
    const Question *question = current();
    if (!question)
        return;
    for (int i = 0; i < question->options.size(); ++i)
        m_order << i;
    if (!m_attemptSeed || question->fixedOrder)
        return;
    // One stream per (attempt, position).
    PracticeRandom random(*m_attemptSeed ^ (quint64(m_index + 1) * 0xbf58476d1ce4e5b9ULL));
    random.shuffle(m_order);
}

std::optional<QuizSession::Grade> QuizSession::check(const QList<int> &chosenDisplay, qint64 elapsedMs)
{
    const Question *question = current();
    if (!question || m_checked || chosenDisplay.isEmpty())
        return std::nullopt;
    Grade grade;
    for (int display : chosenDisplay)
        if (display >= 0 && display < m_order.size())
            grade.chosen << m_order.at(display);
    std::sort(grade.chosen.begin(), grade.chosen.end());
    grade.chosen.erase(std::unique(grade.chosen.begin(), grade.chosen.end()), grade.chosen.end());
    if (grade.chosen.isEmpty())
        return std::nullopt;
    for (int display = 0; display < m_order.size(); ++display)
        if (question->options.at(m_order.at(display)).correct)
            grade.right << display;
    grade.correct = grade.chosen == question->correctIndexes();
    grade.elapsedMs = elapsedMs;
    m_checked = true;
    if (grade.correct)
        ++m_score;
    else
        m_missed << *question;
    emit answerChecked(question->id, grade.chosen, grade.correct, elapsedMs);
    return grade;
}

bool QuizSession::next()
{
    if (!m_checked || isFinished())
        return false;
    ++m_index;
    m_checked = false;
    arrangeOptions();
    if (isFinished()) {
        emit roundFinished(m_score, count());
        return false;
    }
    return true;
}

} // namespace ft::content
