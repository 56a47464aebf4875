// review_schedule.h — missed questions come back, spaced out, until they are answered right on
// separate days (a small Leitner schedule).
//
//     ReviewSchedule schedule = ReviewSchedule::fromAnswers(store.answers());
//     const QStringList ids = schedule.dueQuestionIds(QDate::currentDate());   // review these first
//
// Rules (each one is a test in tst_review_schedule.cpp):
//   - A question enters the schedule the first time it is missed; never-missed questions stay out.
//   - A miss puts the card in box 1, due the same day, whatever box it was in.
//   - A right answer moves a card up one box only when the card is due (day >= due) and the day is
//     later than the day of its last move up; right answers early or twice in one day change nothing.
//   - Box 1 is due at once, box 2 one day after the move, box 3 three days after.
//   - A right answer while in box 3 (on its due day or later) retires the card as learned: by then it
//     was answered right on three separate days. A later miss brings it back to box 1.
// Days are calendar days in the learner's time zone; fromAnswers() converts the UTC times.
#pragma once

#include "content/progress_store.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace ft::content {

struct ReviewCard
{
    QString questionId;
    int box = 1;                 // 1 to ReviewSchedule::BoxCount
    QDate due;                   // the day it comes back
    QDate lastMovedUp;           // day of the last right answer that moved it up (invalid: none yet)
    int misses = 0;
    bool learned = false;        // retired from review
};

class ReviewSchedule
{
public:
    static constexpr int BoxCount = 3;
    // Days between moving into `box` and being due again: 0, 1, 3.
    static int intervalDays(int box);

    // Replays a learner's answers (any order; sorted by time here) in `zone`'s calendar.
    static ReviewSchedule fromAnswers(const QList<AnswerRecord> &answers, const QTimeZone &zone = QTimeZone::systemTimeZone());

    void record(const QString &questionId, bool correct, const QDate &day);

    // Cards due on `today`, missed-most-recently boxes first: box ascending, then earliest due,
    // then most misses, then id.
    QList<ReviewCard> due(const QDate &today) const;
    QStringList dueQuestionIds(const QDate &today) const;
    // The first day after `today` on which some card is due; nullopt when nothing is waiting.
    std::optional<QDate> nextDueAfter(const QDate &today) const;

    const ReviewCard *card(const QString &questionId) const;
    int size() const { return int(m_cards.size()); }
    int learnedCount() const;

private:
    QHash<QString, ReviewCard> m_cards;
};

} // namespace ft::content
