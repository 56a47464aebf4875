// The progress store keeps every answer across restarts and crashes, migrates old files, sets
// unreadable files aside (and says so in one sentence), resets, and exports proper CSV.
#include "ft_test.h"

#include "content/progress_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using ft::content::AnswerRecord;
using ft::content::ProgressStore;

namespace {

AnswerRecord answer(const QString &id, bool correct, const QStringList &topics = {}, qint64 session = 0,
                    const QDateTime &when = {})
{
    AnswerRecord record;
    record.questionId = id;
    record.chosen = {correct ? 0 : 1};
    record.correct = correct;
    record.elapsedMs = 4200;
    record.topics = topics;
    record.sessionId = session;
    record.answeredAt = when;
    return record;
}

// Runs SQL on a file directly, as another program (an older app version) would.
void runSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("fixture-%1").arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int userVersion(const QString &path)
{
    const QString name = QStringLiteral("probe-%1").arg(QRandomGenerator::global()->generate());
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A healthy store file with enough answers to span many pages.
QByteArray healthyStoreBytes(const QString &dir)
{
    const QString path = dir + QStringLiteral("/healthy.sqlite");
    { ProgressStore store(path); }
    // One bulk transaction: 400 answers through recordAnswer would mean 400 synced commits.
    runSql(path, {QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)"
                                 " INSERT INTO answers (question_id, chosen, correct, elapsed_ms, answered_at_ms, topics)"
                                 " SELECT 'question-with-a-long-name-' || i, '1', i % 2, 1000, i, 't' FROM n"),
                  QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    return readAll(path);
}

} // namespace

class ProgressStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void missingFileStartsAtCurrentSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/progress.sqlite"));
        {
            ProgressStore store(path);
            QVERIFY(store.isPersistent());
            QVERIFY(store.recoveryMessage().isEmpty());
            QVERIFY(store.answers().isEmpty());
            QVERIFY2(store.recordAnswer(answer(QStringLiteral("q1"), true)) > 0, qPrintable(store.lastError()));
        }
        QCOMPARE(userVersion(path), ProgressStore::SchemaVersion);
        ProgressStore reopened(path);
        QCOMPARE(reopened.answers().size(), 1);
        QCOMPARE(reopened.answers().first().questionId, QStringLiteral("q1"));
    }

    void emptyFileIsMigratedFromScratch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
        writeAll(path, {});
        {
            ProgressStore store(path);
            QVERIFY(store.recoveryMessage().isEmpty());
            QVERIFY(store.beginSession(QStringLiteral("quiz"), QStringLiteral("t")) > 0);
        }
        QCOMPARE(userVersion(path), ProgressStore::SchemaVersion);
    }

    // Version 1 (as the first release wrote it) had no practice sessions and no topics.
    void previousSchemaIsMigratedKeepingEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
        runSql(path, {
            QStringLiteral("CREATE TABLE lesson_events (id INTEGER PRIMARY KEY, lesson_id TEXT NOT NULL,"
                           " event TEXT NOT NULL CHECK (event IN ('opened', 'finished')), at_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE answers (id INTEGER PRIMARY KEY, question_id TEXT NOT NULL, chosen TEXT NOT NULL,"
                           " correct INTEGER NOT NULL, elapsed_ms INTEGER NOT NULL, answered_at_ms INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO lesson_events (lesson_id, event, at_ms) VALUES ('what-is-flatten', 'opened', 1000),"
                           " ('what-is-flatten', 'finished', 2000)"),
            QStringLiteral("INSERT INTO answers (question_id, chosen, correct, elapsed_ms, answered_at_ms)"
                           " VALUES ('old-q', '0,2', 1, 3100, 1500), ('old-q', '1', 0, 900, 1600)"),
            QStringLiteral("PRAGMA user_version = 1"),
        });
        QCOMPARE(userVersion(path), 1);

        ProgressStore store(path);
        QVERIFY2(store.recoveryMessage().isEmpty(), qPrintable(store.recoveryMessage()));
        QCOMPARE(userVersion(path), ProgressStore::SchemaVersion);
        const auto answers = store.answers();
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(0).questionId, QStringLiteral("old-q"));
        QCOMPARE(answers.at(0).chosen, (QList<int>{0, 2}));
        QCOMPARE(answers.at(0).correct, true);
        QCOMPARE(answers.at(0).elapsedMs, qint64(3100));
        QCOMPARE(answers.at(0).answeredAt, QDateTime::fromMSecsSinceEpoch(1500, Qt::UTC));
        QCOMPARE(answers.at(0).sessionId, qint64(0));
        QVERIFY(answers.at(0).topics.isEmpty());
        QCOMPARE(store.lessons().size(), 1);
        QVERIFY(store.lessons().first().isFinished());

        // The new tables work on the migrated file.
        const qint64 session = store.beginSession(QStringLiteral("endless"), QStringLiteral("Practice set 42"));
        QVERIFY(session > 0);
        QVERIFY(store.recordAnswer(answer(QStringLiteral("new-q"), true, {QStringLiteral("flatten")}, session)) > 0);
        QCOMPARE(store.sessions().size(), 1);
        QCOMPARE(store.sessions().first().title, QStringLiteral("Practice set 42"));
    }

    // Version 2 was single-user: all of it becomes the default profile's, nothing lost, and a new
    // profile starts empty beside it.
    void singleUserStoreMigratesIntoTheDefaultProfile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
        runSql(path, {
            QStringLiteral("CREATE TABLE lesson_events (id INTEGER PRIMARY KEY, lesson_id TEXT NOT NULL,"
                           " event TEXT NOT NULL CHECK (event IN ('opened', 'finished')), at_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE answers (id INTEGER PRIMARY KEY, question_id TEXT NOT NULL, chosen TEXT NOT NULL,"
                           " correct INTEGER NOT NULL, elapsed_ms INTEGER NOT NULL, answered_at_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE practice_sessions (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL,"
                           " started_at_ms INTEGER NOT NULL)"),
            QStringLiteral("ALTER TABLE answers ADD COLUMN session_id INTEGER REFERENCES practice_sessions(id)"),
            QStringLiteral("ALTER TABLE answers ADD COLUMN topics TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX answers_by_question ON answers(question_id)"),
            QStringLiteral("INSERT INTO lesson_events (lesson_id, event, at_ms) VALUES ('what-is-flatten', 'opened', 1000),"
                           " ('what-is-flatten', 'finished', 2000)"),
            QStringLiteral("INSERT INTO practice_sessions (id, kind, title, started_at_ms) VALUES (7, 'quiz', 'Basics', 1400)"),
            QStringLiteral("INSERT INTO answers (question_id, chosen, correct, elapsed_ms, answered_at_ms, session_id, topics)"
                           " VALUES ('q1', '0', 1, 3100, 1500, 7, 'batch'), ('q2', '1', 0, 900, 1600, 7, 'batch')"),
            QStringLiteral("PRAGMA user_version = 2"),
        });

        ProgressStore store(path);
        QVERIFY2(store.recoveryMessage().isEmpty(), qPrintable(store.recoveryMessage()));
        QCOMPARE(userVersion(path), ProgressStore::SchemaVersion);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.currentProfile().name, QStringLiteral("Learner"));
        QCOMPARE(store.answers().size(), 2);
        QCOMPARE(store.sessions().size(), 1);
        QCOMPARE(store.sessions().first().answered, 2);
        QCOMPARE(store.sessions().first().optionSeed, std::nullopt);
        QCOMPARE(store.finishedLessonIds(), QSet<QString>{QStringLiteral("what-is-flatten")});
        QCOMPARE(store.mostMissed().size(), 1);

        const qint64 ada = store.createProfile(QStringLiteral("Ada"));
        QVERIFY2(ada > 0, qPrintable(store.lastError()));
        QVERIFY(store.switchProfile(ada));
        QVERIFY(store.answers().isEmpty());
        QVERIFY(store.sessions().isEmpty());
        QVERIFY(store.finishedLessonIds().isEmpty());
        QVERIFY(store.topicAccuracy().isEmpty());
    }

    // Each learner sees only their own progress; the chosen learner is the one the next start
    // opens; rename, delete and reset touch one learner only.
    void profilesKeepProgressApartAndTheChoiceIsRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
        qint64 ada = 0;
        qint64 ben = 0;
        {
            ProgressStore store(path);
            const qint64 first = store.currentProfile().id;
            QVERIFY(store.recordAnswer(answer(QStringLiteral("shared-q"), false)) > 0);
            store.recordLessonFinished(QStringLiteral("lesson-1"));
            ada = store.createProfile(QStringLiteral("Ada"));
            ben = store.createProfile(QStringLiteral("  Ben  "));
            QVERIFY(ada > 0 && ben > 0);
            QCOMPARE(store.createProfile(QStringLiteral("ada")), qint64(0));
            QCOMPARE(store.lastError(), QStringLiteral("There is already a learner called Ada."));
            QCOMPARE(store.createProfile(QStringLiteral("   ")), qint64(0));
            QVERIFY(store.switchProfile(ada));
            const qint64 seeded = store.beginSession(QStringLiteral("quiz"), QStringLiteral("Basics"), {}, quint64(0xfedcba9876543210ULL));
            QVERIFY(store.recordAnswer(answer(QStringLiteral("ada-q"), true, {QStringLiteral("batch")}, seeded)) > 0);
            QCOMPARE(store.sessions().first().optionSeed, std::optional<quint64>(0xfedcba9876543210ULL));
            QVERIFY(store.switchProfile(first));
            QCOMPARE(store.answers().size(), 1);
            QCOMPARE(store.answers().first().questionId, QStringLiteral("shared-q"));
            QVERIFY(store.switchProfile(ada));
        }
        ProgressStore store(path);
        QCOMPARE(store.currentProfile().id, ada);
        QCOMPARE(store.answers().size(), 1);
        QCOMPARE(store.answers().first().questionId, QStringLiteral("ada-q"));
        QVERIFY(store.finishedLessonIds().isEmpty());
        QStringList names;
        for (const auto &profile : store.profiles())
            names << profile.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Ada"), QStringLiteral("Ben"), QStringLiteral("Learner")}));

        QVERIFY(store.renameProfile(ada, QStringLiteral("Ada L.")));
        QCOMPARE(store.currentProfile().name, QStringLiteral("Ada L."));
        QVERIFY(!store.renameProfile(ben, QStringLiteral("learner")));

        QVERIFY(store.reset()); // Ada's progress only
        QVERIFY(store.answers().isEmpty());
        QVERIFY(store.deleteProfile(ada)); // the current one: another takes over
        QVERIFY(store.currentProfile().id != ada);
        QCOMPARE(store.profiles().size(), 2);
        QVERIFY(store.switchProfile(ben));
        QVERIFY(store.deleteProfile(ben));
        QCOMPARE(store.currentProfile().name, QStringLiteral("Learner"));
        QCOMPARE(store.answers().size(), 1); // the default profile's answer survived both
        QCOMPARE(store.finishedLessonIds(), QSet<QString>{QStringLiteral("lesson-1")});
        QVERIFY(!store.deleteProfile(store.currentProfile().id));
        QCOMPARE(store.lastError(), QStringLiteral("The only learner cannot be deleted."));
    }

    // A child process records answers and is SIGKILLed while doing so; every answer it reported
    // as recorded must be in the store afterwards.
    void answersSurviveAKilledProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
        QProcess writer;
        writer.start(QStringLiteral(FT_CRASH_WRITER), {path});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));

        QByteArray output;
        int reported = -1;
        while (reported < 25) {
            QVERIFY2(writer.waitForReadyRead(10000), writer.readAllStandardError().constData());
            output += writer.readAllStandardOutput();
            const QList<QByteArray> lines = output.split('\n');
            for (const QByteArray &line : lines) {
                if (!line.isEmpty() && output.endsWith('\n'))
                    reported = std::max(reported, line.toInt());
            }
        }
        ::kill(pid_t(writer.processId()), SIGKILL); // right after an answer was checked
        QVERIFY(writer.waitForFinished(5000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        output += writer.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            if (!line.isEmpty())
                reported = std::max(reported, line.toInt());
        }

        ProgressStore store(path);
        QVERIFY2(store.recoveryMessage().isEmpty(), qPrintable(store.recoveryMessage()));
        QSet<QString> stored;
        for (const AnswerRecord &record : store.answers())
            stored.insert(record.questionId);
        for (int i = 0; i <= reported; ++i)
            QVERIFY2(stored.contains(QStringLiteral("crash-%1").arg(i)), qPrintable(QString::number(i)));
        QVERIFY(store.sessions().size() == 1);
    }

    void unreadableFileIsMovedAsideAndAFreshStoreOpens_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage bytes") << "garbage";
        QTest::newRow("a text file") << "text";
        QTest::newRow("truncated to half") << "half";
        QTest::newRow("truncated inside the header") << "header";
        QTest::newRow("pages overwritten with zeros") << "zeros";
        QTest::newRow("schema from a newer version") << "future";
        QTest::newRow("current version but tables missing") << "tables";
        QTest::newRow("older version but its tables missing") << "old tables";
        QTest::newRow("a folder in its place") << "folder";
    }

    void unreadableFileIsMovedAsideAndAFreshStoreOpens()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
        if (damage == QLatin1String("garbage")) {
            QByteArray bytes(8192, Qt::Uninitialized);
            QRandomGenerator generator(7);
            for (char &byte : bytes)
                byte = char(generator.bounded(256));
            writeAll(path, bytes);
        } else if (damage == QLatin1String("text")) {
            writeAll(path, "question,answer\nflatten,(32, 2352)\n");
        } else if (damage == QLatin1String("half")) {
            const QByteArray bytes = healthyStoreBytes(dir.path());
            QVERIFY(bytes.size() > 8 * 4096);
            writeAll(path, bytes.left(bytes.size() / 2));
        } else if (damage == QLatin1String("header")) {
            writeAll(path, healthyStoreBytes(dir.path()).left(60));
        } else if (damage == QLatin1String("zeros")) {
            QByteArray bytes = healthyStoreBytes(dir.path());
            bytes.replace(4096, bytes.size() - 2 * 4096, QByteArray(bytes.size() - 2 * 4096, '\0'));
            writeAll(path, bytes);
        } else if (damage == QLatin1String("future")) {
            runSql(path, {QStringLiteral("CREATE TABLE answers (x)"), QStringLiteral("PRAGMA user_version = 99")});
        } else if (damage == QLatin1String("tables")) {
            runSql(path, {QStringLiteral("CREATE TABLE something_else (x)"),
                          QStringLiteral("PRAGMA user_version = %1").arg(ProgressStore::SchemaVersion)});
        } else if (damage == QLatin1String("old tables")) {
            runSql(path, {QStringLiteral("CREATE TABLE something_else (x)"), QStringLiteral("PRAGMA user_version = 2")});
        } else if (damage == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        }
        const QByteArray original = QFileInfo(path).isFile() ? readAll(path) : QByteArray();

        ProgressStore store(path);
        QVERIFY(store.isPersistent());
        QVERIFY(!store.movedAsidePath().isEmpty());
        QVERIFY2(QRegularExpression(QStringLiteral("/progress\\.sqlite\\.corrupt-\\d{8}-\\d{6}$"))
                     .match(store.movedAsidePath()).hasMatch(),
                 qPrintable(store.movedAsidePath()));
        QVERIFY(QFileInfo::exists(store.movedAsidePath()));
        if (QFileInfo(store.movedAsidePath()).isFile())
            QCOMPARE(readAll(store.movedAsidePath()), original); // kept untouched for a rescue attempt

        // One calm sentence that names where the old file went.
        const QString message = store.recoveryMessage();
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.endsWith(QLatin1Char('.')) && message.count(QStringLiteral(". ")) == 0, qPrintable(message));
        QVERIFY(message.contains(QFileInfo(store.movedAsidePath()).fileName()));
        QVERIFY(!message.contains(QLatin1Char('!')));

        // The fresh store is empty, current, and keeps what is recorded.
        QVERIFY(store.answers().isEmpty());
        QVERIFY(store.recordAnswer(answer(QStringLiteral("after-recovery"), true)) > 0);
        QCOMPARE(userVersion(path), ProgressStore::SchemaVersion);
    }

    void folderThatCannotBeCreatedKeepsProgressInMemory()
    {
        QTemporaryDir dir;
        writeAll(dir.filePath(QStringLiteral("not-a-folder")), "x");
        ProgressStore store(dir.filePath(QStringLiteral("not-a-folder/progress.sqlite")));
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.recoveryMessage().isEmpty());
        QVERIFY(store.recordAnswer(answer(QStringLiteral("q"), false)) > 0);
        QCOMPARE(store.answers().size(), 1);
    }

    void lessonsRecordFirstOpenAndFinish()
    {
        QTemporaryDir dir;
        ProgressStore store(dir.filePath(QStringLiteral("p.sqlite")));
        const QDateTime t0 = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        store.recordLessonOpened(QStringLiteral("a"), t0);
        store.recordLessonOpened(QStringLiteral("a"), t0.addSecs(60));
        store.recordLessonFinished(QStringLiteral("a"), t0.addSecs(300));
        store.recordLessonOpened(QStringLiteral("b"), t0.addSecs(400));
        const auto lessons = store.lessons();
        QCOMPARE(lessons.size(), 2);
        QCOMPARE(lessons.at(0).lessonId, QStringLiteral("a"));
        QCOMPARE(lessons.at(0).firstOpened, t0);
        QCOMPARE(lessons.at(0).finished, t0.addSecs(300));
        QVERIFY(!lessons.at(1).isFinished());
        QCOMPARE(store.finishedLessonIds(), QSet<QString>{QStringLiteral("a")});
    }

    void undoingDoneKeepsTheLessonOpenedButNotFinished()
    {
        QTemporaryDir dir;
        ProgressStore store(dir.filePath(QStringLiteral("p.sqlite")));
        const QDateTime t0 = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        store.recordLessonOpened(QStringLiteral("a"), t0);
        store.recordLessonFinished(QStringLiteral("a"), t0.addSecs(300));
        store.recordLessonFinished(QStringLiteral("b"), t0.addSecs(400));
        QVERIFY(store.clearLessonFinished(QStringLiteral("a")));
        QCOMPARE(store.finishedLessonIds(), QSet<QString>{QStringLiteral("b")});
        QCOMPARE(store.lessons().first().lessonId, QStringLiteral("a"));
        QCOMPARE(store.lessons().first().firstOpened, t0);
        QVERIFY(!store.lessons().first().isFinished());
        store.recordLessonFinished(QStringLiteral("a"), t0.addSecs(900)); // done again later
        QCOMPARE(store.lessons().first().finished, t0.addSecs(900));
    }

    void sessionScoresTopicsAndMostMissedAreComputedFromAnswers()
    {
        QTemporaryDir dir;
        ProgressStore store(dir.filePath(QStringLiteral("p.sqlite")));
        const QDateTime t0 = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        const qint64 s1 = store.beginSession(QStringLiteral("quiz"), QStringLiteral("Basics"), t0);
        const qint64 s2 = store.beginSession(QStringLiteral("endless"), QStringLiteral("Practice set 7"), t0.addDays(1));
        store.beginSession(QStringLiteral("quiz"), QStringLiteral("never answered"), t0.addDays(2));
        const QString f = QStringLiteral("flatten"), b = QStringLiteral("batch");
        store.recordAnswer(answer(QStringLiteral("x"), false, {f, b}, s1, t0.addSecs(10)));
        store.recordAnswer(answer(QStringLiteral("x"), false, {f, b}, s1, t0.addSecs(20)));
        store.recordAnswer(answer(QStringLiteral("y"), true, {f}, s1, t0.addSecs(30)));
        store.recordAnswer(answer(QStringLiteral("y"), false, {f}, s2, t0.addDays(1).addSecs(10)));
        store.recordAnswer(answer(QStringLiteral("z"), true, {b}, s2, t0.addDays(1).addSecs(20)));
        store.recordAnswer(answer(QStringLiteral("z"), true, {b}, s2, t0.addDays(1).addSecs(30)));

        const auto sessions = store.sessions();
        QCOMPARE(sessions.size(), 2); // the session without answers has no score
        QCOMPARE(sessions.at(0).answered, 3);
        QCOMPARE(sessions.at(0).correct, 1);
        QCOMPARE(sessions.at(1).score(), 2.0 / 3.0);

        const auto topics = store.topicAccuracy();
        QCOMPARE(topics.size(), 2);
        QCOMPARE(topics.at(0).topic, b);
        QCOMPARE(topics.at(0).answered, 4);
        QCOMPARE(topics.at(0).correct, 2);
        QCOMPARE(topics.at(1).topic, f);
        QCOMPARE(topics.at(1).answered, 4);
        QCOMPARE(topics.at(1).correct, 1);

        const auto missed = store.mostMissed(5);
        QCOMPARE(missed.size(), 2); // z was never missed
        QCOMPARE(missed.at(0).questionId, QStringLiteral("x"));
        QCOMPARE(missed.at(0).misses, 2);
        QCOMPARE(missed.at(1).questionId, QStringLiteral("y"));
        QCOMPARE(missed.at(1).attempts, 2);
        QCOMPARE(store.mostMissed(1).size(), 1);
    }

    void resetForgetsEverythingAndKeepsWorking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sqlite"));
        {
            ProgressStore store(path);
            store.recordLessonOpened(QStringLiteral("a"));
            store.recordAnswer(answer(QStringLiteral("q"), true, {}, store.beginSession(QStringLiteral("quiz"), QStringLiteral("t"))));
            QVERIFY(store.reset());
            QVERIFY(store.answers().isEmpty());
            QVERIFY(store.lessons().isEmpty());
            QVERIFY(store.sessions().isEmpty());
            QVERIFY(store.recordAnswer(answer(QStringLiteral("after"), true)) > 0);
        }
        ProgressStore reopened(path);
        QCOMPARE(reopened.answers().size(), 1);
    }

    void csvFieldQuotesOnlyWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << "flatten-basics" << "flatten-basics";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("comma") << "0,2" << "\"0,2\"";
        QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb" << "\"a\nb\"";
        QTest::newRow("carriage return") << "a\rb" << "\"a\rb\"";
        QTest::newRow("formula") << "=HYPERLINK(1)" << "'=HYPERLINK(1)";
        QTest::newRow("formula with comma") << "@SUM(1,2)" << "\"'@SUM(1,2)\"";
    }

    void csvFieldQuotesOnlyWhatNeedsIt()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(ft::content::csvField(text), field);
    }

    void exportWritesOneRowPerEventInTimeOrder()
    {
        QTemporaryDir dir;
        ProgressStore store(dir.filePath(QStringLiteral("p.sqlite")));
        const QDateTime t0 = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        store.recordLessonOpened(QStringLiteral("what-is-flatten"), t0);
        const qint64 session = store.beginSession(QStringLiteral("endless"), QStringLiteral("Set \"42\", part 1"), t0);
        AnswerRecord record = answer(QStringLiteral("gen-42-0"), false, {QStringLiteral("flatten"), QStringLiteral("batch")},
                                     session, t0.addSecs(90));
        record.chosen = {0, 2};
        record.elapsedMs = 12345;
        store.recordAnswer(record);
        store.recordLessonFinished(QStringLiteral("what-is-flatten"), t0.addSecs(60));

        const QString expected = QStringLiteral(
            "record,when_utc,id,topics,chosen,correct,seconds,session_kind,session_title\r\n"
            "lesson opened,2026-11-20T09:00:00Z,what-is-flatten,,,,,,\r\n"
            "lesson finished,2026-11-20T09:01:00Z,what-is-flatten,,,,,,\r\n"
            "answer,2026-11-20T09:01:30Z,gen-42-0,\"flatten,batch\",\"0,2\",no,12.3,endless,\"Set \"\"42\"\", part 1\"\r\n");
        QCOMPARE(store.csv(), expected);

        const QString file = dir.filePath(QStringLiteral("results.csv"));
        QString error;
        QVERIFY2(store.exportCsv(file, &error), qPrintable(error));
        QCOMPARE(readAll(file), QByteArray("\xEF\xBB\xBF") + expected.toUtf8());
        QVERIFY(!store.exportCsv(dir.filePath(QStringLiteral("missing/dir/results.csv")), &error));
        QVERIFY(!error.isEmpty());
    }
};

FT_REGISTER_TEST(ProgressStoreTest)
#include "tst_progress_store.moc"
