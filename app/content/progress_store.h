// progress_store.h — what the learner did, kept on disk so tomorrow starts where today stopped.
//
// A SQLite file (Qt SQL) in the user's app-data folder holding lessons opened/finished, every answer
// checked (question, chosen options, right or wrong, time taken, when) and practice sessions, for
// each learner profile on this computer (a classroom machine is shared). Reads and writes concern
// the current profile; the choice of profile is kept in the file, so the next start opens it. A
// file from before profiles opens with all its progress in the default profile "Learner".
// Every write is committed before the call returns (WAL + synchronous=FULL), so an app that is
// killed loses nothing already answered. A file that is not SQLite, is damaged, or comes from a
// newer version of the app is moved aside with a timestamp and a fresh store starts; the reason is
// one calm sentence in recoveryMessage() for the UI to show.
//
//     ft::content::ProgressStore store;                       // or ProgressStore(pathForTests)
//     if (!store.recoveryMessage().isEmpty()) statusBar()->showMessage(store.recoveryMessage());
//     const qint64 session = store.beginSession(QStringLiteral("endless"), QStringLiteral("Practice set 42"));
//     store.recordAnswer({.questionId = "gen-42-0", .chosen = {2}, .correct = true, .elapsedMs = 5300,
//                         .sessionId = session, .topics = {"flatten"}});
//     store.exportCsv(fileName, &error);
//     store.switchProfile(store.createProfile(QStringLiteral("Ada")));  // Ada starts with no progress
#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace ft::content {

struct AnswerRecord
{
    qint64 id = 0;                // assigned by the store
    QString questionId;
    QList<int> chosen;            // indexes of the options the learner picked
    bool correct = false;
    qint64 elapsedMs = 0;         // time from showing the question to checking it
    QDateTime answeredAt;         // UTC; now when left invalid
    qint64 sessionId = 0;         // 0: not part of a practice session
    QStringList topics;           // the question's tags when it was answered
};

struct LessonProgress
{
    QString lessonId;
    QDateTime firstOpened;        // invalid: never opened
    QDateTime finished;           // invalid: not finished yet
    bool isFinished() const { return finished.isValid(); }
};

struct PracticeSession
{
    qint64 id = 0;
    QString kind;                 // "quiz", "endless", "review", ...
    QString title;                // "Practice set 42"
    QDateTime startedAt;
    int answered = 0;
    int correct = 0;
    std::optional<quint64> optionSeed; // the seed its options were shuffled with (none: file order)
    double score() const { return answered ? double(correct) / answered : 0.0; }
};

struct TopicAccuracy
{
    QString topic;
    int answered = 0;
    int correct = 0;
    double accuracy() const { return answered ? double(correct) / answered : 0.0; }
};

struct MissedQuestion
{
    QString questionId;
    int misses = 0;
    int attempts = 0;
    QDateTime lastMissed;
};

struct LearnerProfile
{
    qint64 id = 0;
    QString name;
};

class ProgressStore
{
public:
    // Schema history: 1 = lesson_events + answers; 2 = + practice_sessions, answers.session_id/topics;
    // 3 = + profiles (earlier progress belongs to profile 1), practice_sessions.option_seed.
    static constexpr int SchemaVersion = 3;
    static constexpr int kMaxProfileNameLength = 40;

    // <AppDataLocation>/progress.sqlite, or $FLATTEN_TUTOR_PROGRESS when set (tests, kiosks).
    static QString defaultPath();

    explicit ProgressStore(const QString &path = defaultPath());
    ~ProgressStore();
    ProgressStore(const ProgressStore &) = delete;
    ProgressStore &operator=(const ProgressStore &) = delete;

    // False only when neither the file nor a fresh one could be opened; the store then keeps this
    // run's progress in memory, and recoveryMessage() says so.
    bool isPersistent() const { return m_persistent; }
    QString path() const { return m_path; }
    // One calm sentence when the old store was set aside or progress cannot be saved; else empty.
    QString recoveryMessage() const { return m_recoveryMessage; }
    // Where the unreadable file went ("…/progress.sqlite.corrupt-20261125-071500"); else empty.
    QString movedAsidePath() const { return m_movedAsidePath; }
    QString lastError() const { return m_lastError; }

    bool recordLessonOpened(const QString &lessonId, const QDateTime &when = {});
    bool recordLessonFinished(const QString &lessonId, const QDateTime &when = {});
    // Undoes "done": the lesson counts as not finished again (its finished events are removed).
    bool clearLessonFinished(const QString &lessonId);
    // Ids of the lessons finished (and not undone).
    QSet<QString> finishedLessonIds() const;
    QList<LessonProgress> lessons() const;

    // Learner profiles, by name. There is always at least one; the current one is remembered.
    QList<LearnerProfile> profiles() const;
    LearnerProfile currentProfile() const { return m_profile; }
    // Empty when `name` can name a learner (not blank, not too long, not taken by another); else
    // one sentence saying why not.
    QString checkProfileName(const QString &name, qint64 exceptId = 0) const;
    // The new profile's id (it starts with no progress), or 0 with lastError() saying why.
    qint64 createProfile(const QString &name);
    bool renameProfile(qint64 id, const QString &name);
    // Deletes a profile and all its progress; the last profile cannot be deleted. Deleting the
    // current one switches to another.
    bool deleteProfile(qint64 id);
    bool switchProfile(qint64 id);

    // Returns the new session's id, or 0 on failure. `optionSeed`: the seed the round's options
    // were shuffled with, so the same order can be shown again.
    qint64 beginSession(const QString &kind, const QString &title, const QDateTime &when = {},
                        std::optional<quint64> optionSeed = std::nullopt);
    // Committed in its own transaction before returning; the record's id is returned (0 on failure).
    qint64 recordAnswer(const AnswerRecord &answer);

    QList<AnswerRecord> answers() const;                       // oldest first
    QList<PracticeSession> sessions() const;                   // oldest first, only those with answers
    QList<TopicAccuracy> topicAccuracy() const;                // sorted by topic
    QList<MissedQuestion> mostMissed(int limit = 10) const;    // most misses first

    // Forgets the current profile's progress (the profile and the schema stay). The UI asks first.
    bool reset();

    // Lesson events and answers, one per row, RFC 4180 quoting; a teacher collects these files.
    QString csv() const;
    bool exportCsv(const QString &fileName, QString *error = nullptr) const;

private:
    enum class OpenResult { Ok, Unreadable, CannotOpen };
    OpenResult openFile(QString *reason);
    bool openInMemory();
    void closeConnection();
    bool moveAside(const QString &reason);
    bool exec(const QString &sql);
    bool migrate(int fromVersion);
    bool loadCurrentProfile();
    bool recordLessonEvent(const QString &lessonId, const char *event, const QDateTime &when);
    bool forgetProfileProgress(qint64 profileId);

    QString m_path;
    QString m_connectionName;
    QString m_recoveryMessage;
    QString m_movedAsidePath;
    mutable QString m_lastError;
    bool m_persistent = false;
    LearnerProfile m_profile;
};

// RFC 4180 field quoting: quoted when it holds a comma, quote, CR or LF (quotes doubled). Text
// that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
QString csvField(const QString &text);

} // namespace ft::content
