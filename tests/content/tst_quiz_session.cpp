// The quiz session model: a round's kind, position, score, missed questions and grading, its
// round-started signal (kind, title, tags), and the per-attempt option order (seeded, the same on
// every machine, file order for questions that pin it; answers are graded in file order).
#include "ft_test.h"

#include "content/quiz_session.h"

#include <QSignalSpy>
#include <QTest>

using ft::content::Question;
using ft::content::QuizSession;

namespace {

Question choice(const QString &id, int options, QList<int> right, QStringList tags = {})
{
    Question question;
    question.id = id;
    question.stem = QStringLiteral("Stem of %1").arg(id);
    question.tags = tags;
    for (int i = 0; i < options; ++i)
        question.options.append({QStringLiteral("option %1").arg(i), QStringLiteral("feedback %1").arg(i), right.contains(i), 0});
    return question;
}

// The display index showing file option `fileIndex`.
int displayOf(const QuizSession &session, int fileIndex)
{
    return int(session.optionOrder().indexOf(fileIndex));
}

} // namespace

class QuizSessionTest : public QObject
{
    Q_OBJECT

private slots:
    void roundStartedCarriesKindTitleAndTags()
    {
        QuizSession session;
        QSignalSpy started(&session, &QuizSession::roundStarted);
        session.start({choice(QStringLiteral("a"), 3, {0}, {QStringLiteral("batch"), QStringLiteral("dims")}),
                       choice(QStringLiteral("b"), 3, {1}, {QStringLiteral("dims"), QStringLiteral("linear")})},
                      QStringLiteral("Endless practice — set #4"), QuizSession::Kind::Endless);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(0).value<QuizSession::Kind>(), QuizSession::Kind::Endless);
        QCOMPARE(started.first().at(1).toString(), QStringLiteral("Endless practice — set #4"));
        QCOMPARE(started.first().at(2).toStringList(),
                 (QStringList{QStringLiteral("batch"), QStringLiteral("dims"), QStringLiteral("linear")}));
        QCOMPARE(QuizSession::kindKey(session.kind()), QStringLiteral("endless"));
        // A later round says its own kind; nothing carries over.
        session.start({choice(QStringLiteral("c"), 2, {0})}, QStringLiteral("Basics"), QuizSession::Kind::Quiz);
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.last().at(0).value<QuizSession::Kind>(), QuizSession::Kind::Quiz);
        QCOMPARE(started.last().at(2).toStringList(), QStringList());
    }

    void gradesScoresAndCollectsMissedQuestions()
    {
        QuizSession session;
        QSignalSpy checked(&session, &QuizSession::answerChecked);
        QSignalSpy finished(&session, &QuizSession::roundFinished);
        session.start({choice(QStringLiteral("a"), 3, {1}), choice(QStringLiteral("b"), 4, {0, 2}),
                       choice(QStringLiteral("c"), 2, {0})},
                      QStringLiteral("t"), QuizSession::Kind::Quiz);
        QCOMPARE(session.count(), 3);
        QCOMPARE(session.position(), 0);
        QVERIFY(!session.check({}, 10)); // nothing chosen: not graded
        QVERIFY(!session.next());         // not checked yet: stays
        auto grade = session.check({1}, 1500);
        QVERIFY(grade && grade->correct);
        QCOMPARE(grade->chosen, QList<int>{1});
        QCOMPARE(grade->right, QList<int>{1});
        QVERIFY(!session.check({0}, 10)); // checked once only
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.first().at(0).toString(), QStringLiteral("a"));
        QCOMPARE(checked.first().at(3).toLongLong(), qint64(1500));
        QVERIFY(session.next());

        grade = session.check({2}, 10); // one of two right options is not the answer
        QVERIFY(grade && !grade->correct);
        QCOMPARE(grade->right, (QList<int>{0, 2}));
        QVERIFY(session.next());
        grade = session.check({0}, 10);
        QVERIFY(grade && grade->correct);
        QVERIFY(!session.next());
        QVERIFY(session.isFinished());
        QCOMPARE(session.current(), nullptr);
        QCOMPARE(session.score(), 2);
        QCOMPARE(session.missed().size(), 1);
        QCOMPARE(session.missed().first().id, QStringLiteral("b"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 2);
        QCOMPARE(finished.first().at(1).toInt(), 3);

        session.restart();
        QCOMPARE(session.score(), 0);
        QCOMPARE(session.position(), 0);
        QVERIFY(session.missed().isEmpty());
        QCOMPARE(session.kind(), QuizSession::Kind::Quiz);
    }

    void withoutASeedOptionsKeepTheirFileOrder()
    {
        QuizSession session;
        session.start({choice(QStringLiteral("a"), 5, {0})}, QStringLiteral("t"), QuizSession::Kind::Quiz);
        QCOMPARE(session.optionOrder(), (QList<int>{0, 1, 2, 3, 4}));
    }

    // Hand-written right answers sat almost always at A. A seeded shuffle moves them, new on each
    // attempt, reproducible from the seed; grading and the signals still speak of file indexes.
    void seededShuffleIsPerAttemptAndGradedInFileOrder()
    {
        const QList<Question> questions{choice(QStringLiteral("a"), 4, {0}), choice(QStringLiteral("b"), 4, {0}),
                                        choice(QStringLiteral("c"), 4, {0}), choice(QStringLiteral("d"), 4, {0})};
        QuizSession session;
        session.setShuffleSeed(42);
        QSignalSpy checked(&session, &QuizSession::answerChecked);
        session.start(questions, QStringLiteral("t"), QuizSession::Kind::Quiz);
        QList<QList<int>> firstAttempt;
        bool rightMoved = false;
        do {
            QList<int> sorted = session.optionOrder();
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, (QList<int>{0, 1, 2, 3})); // a permutation
            firstAttempt << session.optionOrder();
            rightMoved = rightMoved || displayOf(session, 0) != 0;
            const auto grade = session.check({displayOf(session, 0)}, 1);
            QVERIFY(grade && grade->correct);
            QCOMPARE(grade->chosen, QList<int>{0});
            QCOMPARE(grade->right, QList<int>{displayOf(session, 0)});
            QCOMPARE(session.displayedOption(displayOf(session, 0))->text, QStringLiteral("option 0"));
        } while (session.next());
        QVERIFY2(rightMoved, "the right answer is not always shown as A");
        QCOMPARE(checked.first().at(1).value<QList<int>>(), QList<int>{0});

        // The same seed replays the same orders from a fresh session (another machine, same set).
        QuizSession replay;
        replay.setShuffleSeed(42);
        replay.start(questions, QStringLiteral("t"), QuizSession::Kind::Quiz);
        QCOMPARE(replay.optionOrder(), firstAttempt.first());

        // A new attempt at the same questions gets new orders.
        session.restart();
        QList<QList<int>> secondAttempt;
        do {
            secondAttempt << session.optionOrder();
            session.check({0}, 1);
        } while (session.next());
        QVERIFY(secondAttempt != firstAttempt);

        // The second attempt's seed, kept with the round, shows its orders again in a review.
        const std::optional<quint64> kept = session.attemptSeed();
        QVERIFY(kept);
        QuizSession review;
        review.replay(questions, QStringLiteral("t"), QuizSession::Kind::Quiz, kept);
        QList<QList<int>> reviewed;
        do {
            reviewed << review.optionOrder();
            review.check({0}, 1);
        } while (review.next());
        QCOMPARE(reviewed, secondAttempt);
    }

    void aQuestionThatPinsItsOrderIsNeverShuffled()
    {
        Question pinned = choice(QStringLiteral("all-of-the-above"), 4, {3});
        pinned.fixedOrder = true;
        QuizSession session;
        for (quint64 seed = 1; seed <= 20; ++seed) {
            session.setShuffleSeed(seed);
            session.start({pinned}, QStringLiteral("t"), QuizSession::Kind::Quiz);
            QCOMPARE(session.optionOrder(), (QList<int>{0, 1, 2, 3}));
        }
    }

    void anEmptyRoundFinishesAtOnce()
    {
        QuizSession session;
        QSignalSpy finished(&session, &QuizSession::roundFinished);
        session.start({}, QStringLiteral("t"), QuizSession::Kind::Review);
        QVERIFY(session.isFinished());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!session.check({0}, 1));
    }
};

FT_REGISTER_TEST(QuizSessionTest)
#include "tst_quiz_session.moc"
