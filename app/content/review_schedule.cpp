#include "content/review_schedule.h"

#include <algorithm>

namespace ft::content {

int ReviewSchedule::intervalDays(int box)
{
    switch (box) {
    case 1: return 0;
    case 2: return 1;
    default: return 3;
    }
}

ReviewSchedule ReviewSchedule::fromAnswers(const QList<AnswerRecord> &answers, const QTimeZone &zone)
{
    QList<AnswerRecord> sorted = answers;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const AnswerRecord &a, const AnswerRecord &b) { return a.answeredAt < b.answeredAt; });
    ReviewSchedule schedule;
    for (const AnswerRecord &answer : sorted)
        schedule.record(answer.questionId, answer.correct, answer.answeredAt.toTimeZone(zone).date());
    return schedule;
}

void ReviewSchedule::record(const QString &questionId, bool correct, const QDate &day)
{
    auto it = m_cards.find(questionId);
    if (!correct) {
        if (it == m_cards.end()) {
            ReviewCard card;
            card.questionId = questionId;
            it = m_cards.insert(questionId, card);
        }
        it->box = 1;
        it->due = day;
        it->learned = false;
        ++it->misses;
        return;
    }
    if (it == m_cards.end() || it->learned)
        return;
    // Spacing is the point: only a right answer on a new day, once the card is due, counts.
    if (day < it->due || (it->lastMovedUp.isValid() && day <= it->lastMovedUp))
        return;
    it->lastMovedUp = day;
    if (it->box == BoxCount) {
        it->learned = true;
        return;
    }
    ++it->box;
    it->due = day.addDays(intervalDays(it->box));
}

QList<ReviewCard> ReviewSchedule::due(const QDate &today) const
{
    QList<ReviewCard> cards;
    for (const ReviewCard &card : m_cards) {
        if (!card.learned && card.due <= today)
            cards << card;
    }
    std::sort(cards.begin(), cards.end(), [](const ReviewCard &a, const ReviewCard &b) {
        if (a.box != b.box)
            return a.box < b.box;
        if (a.due != b.due)
            return a.due < b.due;
        if (a.misses != b.misses)
            return a.misses > b.misses;
        return a.questionId < b.questionId;
    });
    return cards;
}

QStringList ReviewSchedule::dueQuestionIds(const QDate &today) const
{
    QStringList ids;
    for (const ReviewCard &card : due(today))
        ids << card.questionId;
    return ids;
}

std::optional<QDate> ReviewSchedule::nextDueAfter(const QDate &today) const
{
    std::optional<QDate> next;
    for (const ReviewCard &card : m_cards) {
        if (!card.learned && card.due > today && (!next || card.due < *next))
            next = card.due;
    }
    return next;
}

const ReviewCard *ReviewSchedule::card(const QString &questionId) const
{
    const auto it = m_cards.constFind(questionId);
    return it == m_cards.cend() ? nullptr : &*it;
}

int ReviewSchedule::learnedCount() const
{
    return int(std::count_if(m_cards.cbegin(), m_cards.cend(), [](const ReviewCard &card) { return card.learned; }));
}

} // namespace ft::content
