// The Leitner review schedule: missed questions come back first, spaced out, and leave only after
// right answers on separate days.
#include "ft_test.h"

#include "content/review_schedule.h"

#include <QTest>

using ft::content::ReviewSchedule;

namespace {
const QDate monday(2026, 11, 23);
const QString q = QStringLiteral("q");
}

class ReviewScheduleTest : public QObject
{
    Q_OBJECT

private slots:
    void neverMissedQuestionsStayOut()
    {
        ReviewSchedule schedule;
        schedule.record(q, true, monday);
        QCOMPARE(schedule.size(), 0);
        QVERIFY(schedule.due(monday).isEmpty());
    }

    void missIsDueTheSameDayInBoxOne()
    {
        ReviewSchedule schedule;
        schedule.record(q, false, monday);
        QCOMPARE(schedule.card(q)->box, 1);
        QCOMPARE(schedule.card(q)->due, monday);
        QCOMPARE(schedule.dueQuestionIds(monday), QStringList{q});
    }

    void rightAnswersOnSeparateDaysClimbTheBoxesAndRetire()
    {
        ReviewSchedule schedule;
        schedule.record(q, false, monday);
        schedule.record(q, true, monday);                 // box 1 -> 2, due tomorrow
        QCOMPARE(schedule.card(q)->box, 2);
        QCOMPARE(schedule.card(q)->due, monday.addDays(1));
        QVERIFY(schedule.due(monday).isEmpty());
        QCOMPARE(schedule.nextDueAfter(monday), std::optional<QDate>(monday.addDays(1)));

        schedule.record(q, true, monday.addDays(1));      // box 2 -> 3, due three days later
        QCOMPARE(schedule.card(q)->box, 3);
        QCOMPARE(schedule.card(q)->due, monday.addDays(4));
        QVERIFY(!schedule.card(q)->learned);

        schedule.record(q, true, monday.addDays(4));      // right on a third day: learned
        QVERIFY(schedule.card(q)->learned);
        QVERIFY(schedule.due(monday.addDays(30)).isEmpty());
        QCOMPARE(schedule.nextDueAfter(monday.addDays(4)), std::nullopt);
        QCOMPARE(schedule.learnedCount(), 1);
    }

    void rightAnswersTheSameDayCountOnce()
    {
        ReviewSchedule schedule;
        schedule.record(q, false, monday);
        schedule.record(q, true, monday);
        schedule.record(q, true, monday);
        schedule.record(q, true, monday);
        QCOMPARE(schedule.card(q)->box, 2);
    }

    void rightAnswerBeforeTheDueDayChangesNothing()
    {
        ReviewSchedule schedule;
        schedule.record(q, false, monday);
        schedule.record(q, true, monday);
        schedule.record(q, true, monday.addDays(1));      // box 3, due Friday
        schedule.record(q, true, monday.addDays(2));      // Wednesday: too early
        QCOMPARE(schedule.card(q)->box, 3);
        QVERIFY(!schedule.card(q)->learned);
        QCOMPARE(schedule.card(q)->due, monday.addDays(4));
    }

    void missSendsAnyBoxBackToOne()
    {
        ReviewSchedule schedule;
        schedule.record(q, false, monday);
        schedule.record(q, true, monday);
        schedule.record(q, true, monday.addDays(1));
        QCOMPARE(schedule.card(q)->box, 3);
        schedule.record(q, false, monday.addDays(2));
        QCOMPARE(schedule.card(q)->box, 1);
        QCOMPARE(schedule.card(q)->due, monday.addDays(2));
        QCOMPARE(schedule.card(q)->misses, 2);
    }

    void missAfterLearnedBringsItBack()
    {
        ReviewSchedule schedule;
        schedule.record(q, false, monday);
        for (int day : {0, 1, 4})
            schedule.record(q, true, monday.addDays(day));
        QVERIFY(schedule.card(q)->learned);
        schedule.record(q, false, monday.addDays(10));
        QVERIFY(!schedule.card(q)->learned);
        QCOMPARE(schedule.dueQuestionIds(monday.addDays(10)), QStringList{q});
    }

    void dueOrderPutsLowestBoxThenOldestThenMostMissedFirst()
    {
        ReviewSchedule schedule;
        schedule.record(QStringLiteral("box2"), false, monday);
        schedule.record(QStringLiteral("box2"), true, monday);       // box 2, due Tuesday
        schedule.record(QStringLiteral("old"), false, monday);       // box 1 since Monday
        schedule.record(QStringLiteral("fresh"), false, monday.addDays(1));
        schedule.record(QStringLiteral("often"), false, monday.addDays(1));
        schedule.record(QStringLiteral("often"), false, monday.addDays(1));
        QCOMPARE(schedule.dueQuestionIds(monday.addDays(1)),
                 (QStringList{QStringLiteral("old"), QStringLiteral("often"), QStringLiteral("fresh"), QStringLiteral("box2")}));
    }

    // Answers are stored in UTC; a day is the learner's calendar day.
    void fromAnswersUsesTheLearnersCalendarDays()
    {
        const QTimeZone tokyo("Asia/Tokyo");
        QVERIFY(tokyo.isValid());
        ft::content::AnswerRecord miss;
        miss.questionId = q;
        miss.correct = false;
        miss.answeredAt = QDateTime(monday, QTime(10, 0), Qt::UTC);          // Monday 19:00 in Tokyo
        ft::content::AnswerRecord right = miss;
        right.correct = true;
        right.answeredAt = QDateTime(monday, QTime(14, 0), Qt::UTC);         // Monday 23:00 in Tokyo
        ft::content::AnswerRecord nextDay = right;
        nextDay.answeredAt = QDateTime(monday, QTime(15, 30), Qt::UTC);      // Tuesday 00:30 in Tokyo
        // Given out of order on purpose: the schedule sorts by time.
        const ReviewSchedule schedule = ReviewSchedule::fromAnswers({nextDay, miss, right}, tokyo);
        QCOMPARE(schedule.card(q)->box, 3);
        QCOMPARE(schedule.card(q)->lastMovedUp, monday.addDays(1));

        const ReviewSchedule inUtc = ReviewSchedule::fromAnswers({nextDay, miss, right}, QTimeZone::utc());
        QCOMPARE(inUtc.card(q)->box, 2); // all on one UTC day: the second right answer counts nothing
    }
};

FT_REGISTER_TEST(ReviewScheduleTest)
#include "tst_review_schedule.moc"
