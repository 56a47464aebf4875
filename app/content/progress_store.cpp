#include "content/progress_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringConverter>
#include <QTextStream>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace ft::content {

namespace {

// Every store gets its own Qt SQL connection, so two stores (a test and the app, or two tests)
// never share state.
QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("ft-progress-%1").arg(counter++);
}

qint64 toMs(const QDateTime &when)
{
    return (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString joinChosen(const QList<int> &chosen)
{
    QStringList parts;
    for (int index : chosen)
        parts << QString::number(index);
    return parts.join(QLatin1Char(','));
}

QList<int> splitChosen(const QString &text)
{
    QList<int> chosen;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        chosen << part.toInt();
    return chosen;
}

QStringList splitTopics(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// The first 16 bytes of every SQLite 3 database. A file that is not empty and does not start with
// them is not ours to open (SQLite would refuse it only at the first query, and a stray WAL could
// even be applied to it).
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Schema steps; step N takes a store at version N-1 to version N. Never edit a released step:
// add a new one, so files written by every earlier version still open.
const QStringList &migrationStep(int toVersion)
{
    static const QStringList v1{
        QStringLiteral("CREATE TABLE lesson_events ("
                       " id INTEGER PRIMARY KEY,"
                       " lesson_id TEXT NOT NULL,"
                       " event TEXT NOT NULL CHECK (event IN ('opened', 'finished')),"
                       " at_ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE answers ("
                       " id INTEGER PRIMARY KEY,"
                       " question_id TEXT NOT NULL,"
                       " chosen TEXT NOT NULL,"
                       " correct INTEGER NOT NULL,"
                       " elapsed_ms INTEGER NOT NULL,"
                       " answered_at_ms INTEGER NOT NULL)"),
    };
    static const QStringList v2{
        QStringLiteral("CREATE TABLE practice_sessions ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " started_at_ms INTEGER NOT NULL)"),
        QStringLiteral("ALTER TABLE answers ADD COLUMN session_id INTEGER REFERENCES practice_sessions(id)"),
        QStringLiteral("ALTER TABLE answers ADD COLUMN topics TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX answers_by_question ON answers(question_id)"),
    };
    // Learner profiles: everything recorded so far becomes the default profile's (id 1), and a
    // practice session keeps the seed its options were shuffled with.
    static const QStringList v3{
        QStringLiteral("CREATE TABLE profiles ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " created_at_ms INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO profiles (id, name, created_at_ms) VALUES (1, 'Learner', CAST(strftime('%s', 'now') AS INTEGER) * 1000)"),
        QStringLiteral("CREATE TABLE store_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE lesson_events ADD COLUMN profile_id INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE answers ADD COLUMN profile_id INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE practice_sessions ADD COLUMN profile_id INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE practice_sessions ADD COLUMN option_seed INTEGER"),
    };
    static const QStringList none;
    switch (toVersion) {
    case 1: return v1;
    case 2: return v2;
    case 3: return v3;
    default: return none;
    }
}

// Columns the current schema must have; a file with the right version but missing any is damaged.
const QMap<QString, QStringList> &expectedColumns()
{
    static const QMap<QString, QStringList> columns{
        {QStringLiteral("lesson_events"), {QStringLiteral("lesson_id"), QStringLiteral("event"), QStringLiteral("at_ms"),
                                           QStringLiteral("profile_id")}},
        {QStringLiteral("answers"), {QStringLiteral("question_id"), QStringLiteral("chosen"), QStringLiteral("correct"),
                                     QStringLiteral("elapsed_ms"), QStringLiteral("answered_at_ms"),
                                     QStringLiteral("session_id"), QStringLiteral("topics"), QStringLiteral("profile_id")}},
        {QStringLiteral("practice_sessions"), {QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("started_at_ms"),
                                               QStringLiteral("profile_id"), QStringLiteral("option_seed")}},
        {QStringLiteral("profiles"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at_ms")}},
        {QStringLiteral("store_settings"), {QStringLiteral("key"), QStringLiteral("value")}},
    };
    return columns;
}

bool hasExpectedSchema(QSqlQuery &query)
{
    for (auto it = expectedColumns().cbegin(); it != expectedColumns().cend(); ++it) {
        QStringList present;
        if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(it.key()))) {
            while (query.next())
                present << query.value(1).toString();
        }
        for (const QString &column : it.value()) {
            if (!present.contains(column))
                return false;
        }
    }
    return true;
}

// The writes the store makes; openFile() compiles each once to prove the file can take them.
constexpr const char *kInsertAnswer = "INSERT INTO answers (question_id, chosen, correct, elapsed_ms, answered_at_ms,"
                                      " session_id, topics, profile_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kInsertSession = "INSERT INTO practice_sessions (kind, title, started_at_ms, option_seed, profile_id)"
                                       " VALUES (?, ?, ?, ?, ?)";
constexpr const char *kInsertLessonEvent = "INSERT INTO lesson_events (lesson_id, event, at_ms, profile_id) VALUES (?, ?, ?, ?)";

// The tables schema version `version` (1 or more) created.
bool hasTablesOfVersion(QSqlQuery &query, int version)
{
    QStringList wanted{QStringLiteral("lesson_events"), QStringLiteral("answers")};
    if (version >= 2)
        wanted << QStringLiteral("practice_sessions");
    if (version >= 3)
        wanted << QStringLiteral("profiles") << QStringLiteral("store_settings");
    QStringList present;
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        while (query.next())
            present << query.value(0).toString();
    }
    query.finish();
    return std::all_of(wanted.cbegin(), wanted.cend(), [&](const QString &table) { return present.contains(table); });
}

bool isBlank(QSqlQuery &query)
{
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) && query.next() && query.value(0).toInt() == 0;
}

} // namespace

QString csvField(const QString &text)
{
    QString field = text;
    if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
        || field.contains(QLatin1Char('\r'))) {
        field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

QString ProgressStore::defaultPath()
{
    const QString overridePath = qEnvironmentVariable("FLATTEN_TUTOR_PROGRESS");
    if (!overridePath.isEmpty())
        return overridePath;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/progress.sqlite");
}

ProgressStore::ProgressStore(const QString &path)
    : m_path(path)
    , m_connectionName(nextConnectionName())
{
    QString reason;
    const OpenResult result = openFile(&reason);
    if (result == OpenResult::Ok) {
        m_persistent = true;
        return;
    }
    if (result == OpenResult::Unreadable && moveAside(reason)) {
        if (openFile(&reason) == OpenResult::Ok) {
            m_persistent = true;
            m_recoveryMessage = QStringLiteral("Your saved progress could not be read (%1), so it was set aside as %2 "
                                               "and a fresh record of your progress has started.")
                                    .arg(reason, QFileInfo(m_movedAsidePath).fileName());
            return;
        }
    }
    openInMemory();
    m_recoveryMessage = QStringLiteral("Your progress cannot be saved on this computer right now (%1), "
                                       "so this session's answers are kept only until you close the app.")
                            .arg(reason);
}

ProgressStore::~ProgressStore()
{
    closeConnection();
}

void ProgressStore::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

ProgressStore::OpenResult ProgressStore::openFile(QString *reason)
{
    closeConnection();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *reason = QStringLiteral("its folder cannot be created");
        return OpenResult::CannotOpen;
    }
    if (info.exists() && !info.isFile()) {
        *reason = QStringLiteral("the name is taken by a folder");
        return OpenResult::Unreadable;
    }
    if (!looksLikeSqlite(m_path)) {
        *reason = QStringLiteral("it is not a progress file");
        return OpenResult::Unreadable;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open()) {
        m_lastError = db.lastError().text();
        *reason = QStringLiteral("it cannot be opened");
        return info.exists() ? OpenResult::Unreadable : OpenResult::CannotOpen;
    }

    QSqlQuery query(db);
    // quick_check reads every page: it catches truncated and overwritten files, which a plain
    // open does not notice until some later query fails.
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok")) {
        m_lastError = query.lastError().text();
        *reason = QStringLiteral("the file is damaged");
        return OpenResult::Unreadable;
    }
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *reason = QStringLiteral("the file is damaged");
        return OpenResult::Unreadable;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion || version < 0) {
        *reason = QStringLiteral("it was written by a newer version of Flatten Tutor");
        return OpenResult::Unreadable;
    }
    // A file must be either blank (version 0 and no tables) or carry exactly what its version says
    // (an older version: at least the tables that version had, checked before anything changes it).
    if (version == SchemaVersion ? !hasExpectedSchema(query)
        : version == 0           ? !isBlank(query)
                                 : !hasTablesOfVersion(query, version)) {
        *reason = version == 0 ? QStringLiteral("it belongs to another program") : QStringLiteral("the file is damaged");
        return OpenResult::Unreadable;
    }
    // Only now that the file is known to be ours may it change (WAL mode rewrites the header).
    // WAL + FULL: a commit is on disk (the log is synced) before the call returns.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !query.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        m_lastError = query.lastError().text();
        *reason = QStringLiteral("it cannot be written");
        return info.exists() ? OpenResult::Unreadable : OpenResult::CannotOpen;
    }
    query.finish();
    if (!migrate(version)) {
        *reason = QStringLiteral("it could not be updated");
        return OpenResult::Unreadable;
    }
    if (!hasExpectedSchema(query)) {
        *reason = QStringLiteral("the file is damaged");
        return OpenResult::Unreadable;
    }
    // Columns can all be there while every write fails: a damaged REFERENCES naming a table that
    // does not exist makes each INSERT fail to compile (found by fuzzing). Compiling the writes
    // the store makes, without running them, catches that before an answer is lost.
    for (const QString &sql : {QString::fromLatin1(kInsertAnswer), QString::fromLatin1(kInsertSession),
                               QString::fromLatin1(kInsertLessonEvent)}) {
        if (!query.prepare(sql)) {
            m_lastError = query.lastError().text();
            *reason = QStringLiteral("the file is damaged");
            return OpenResult::Unreadable;
        }
    }
    query.finish();
    if (!loadCurrentProfile()) {
        *reason = QStringLiteral("the file is damaged");
        return OpenResult::Unreadable;
    }
    return OpenResult::Ok;
}

bool ProgressStore::loadCurrentProfile()
{
    const QList<LearnerProfile> all = profiles();
    if (all.isEmpty())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    qint64 wanted = 0;
    if (query.exec(QStringLiteral("SELECT value FROM store_settings WHERE key = 'current_profile'")) && query.next())
        wanted = query.value(0).toLongLong();
    m_profile = all.first();
    for (const LearnerProfile &profile : all) {
        if (profile.id == wanted)
            m_profile = profile;
    }
    return true;
}

bool ProgressStore::migrate(int fromVersion)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (int version = fromVersion + 1; version <= SchemaVersion; ++version) {
        // SQLite's DDL is transactional: a step either lands whole (with its version) or not at all.
        if (!db.transaction())
            return false;
        bool ok = true;
        for (const QString &sql : migrationStep(version))
            ok = ok && exec(sql);
        ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!ok || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

bool ProgressStore::openInMemory()
{
    closeConnection();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    m_persistent = false;
    return db.open() && migrate(0) && loadCurrentProfile();
}

bool ProgressStore::moveAside(const QString &reason)
{
    Q_UNUSED(reason)
    closeConnection();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".corrupt-") + stamp + QStringLiteral("-%1").arg(n);
    if (!QFile::rename(m_path, target)) {
        m_lastError = QStringLiteral("cannot rename %1").arg(m_path);
        return false;
    }
    // The log and index files belong to the old file: left behind, SQLite would replay the old
    // log into the fresh store.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = m_path + QLatin1String(suffix);
        if (QFileInfo::exists(side) && !QFile::rename(side, target + QLatin1String(suffix)))
            QFile::remove(side);
    }
    m_movedAsidePath = target;
    return true;
}

bool ProgressStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool ProgressStore::recordLessonEvent(const QString &lessonId, const char *event, const QDateTime &when)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QString::fromLatin1(kInsertLessonEvent));
    query.addBindValue(lessonId);
    query.addBindValue(QString::fromLatin1(event));
    query.addBindValue(toMs(when));
    query.addBindValue(m_profile.id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool ProgressStore::recordLessonOpened(const QString &lessonId, const QDateTime &when)
{
    return recordLessonEvent(lessonId, "opened", when);
}

bool ProgressStore::recordLessonFinished(const QString &lessonId, const QDateTime &when)
{
    return recordLessonEvent(lessonId, "finished", when);
}

bool ProgressStore::clearLessonFinished(const QString &lessonId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM lesson_events WHERE lesson_id = ? AND event = 'finished' AND profile_id = ?"));
    query.addBindValue(lessonId);
    query.addBindValue(m_profile.id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QSet<QString> ProgressStore::finishedLessonIds() const
{
    QSet<QString> ids;
    for (const LessonProgress &lesson : lessons())
        if (lesson.isFinished())
            ids.insert(lesson.lessonId);
    return ids;
}

QList<LessonProgress> ProgressStore::lessons() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT lesson_id,"
                                 " MIN(CASE WHEN event = 'opened' THEN at_ms END),"
                                 " MIN(CASE WHEN event = 'finished' THEN at_ms END)"
                                 " FROM lesson_events WHERE profile_id = ? GROUP BY lesson_id ORDER BY MIN(at_ms)"));
    query.addBindValue(m_profile.id);
    query.exec();
    QList<LessonProgress> lessons;
    while (query.next())
        lessons.append({query.value(0).toString(), fromMs(query.value(1)), fromMs(query.value(2))});
    return lessons;
}

qint64 ProgressStore::beginSession(const QString &kind, const QString &title, const QDateTime &when,
                                   std::optional<quint64> optionSeed)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QString::fromLatin1(kInsertSession));
    query.addBindValue(kind);
    query.addBindValue(title);
    query.addBindValue(toMs(when));
    // SQLite integers are signed 64-bit: the seed is kept as its two's-complement bit pattern.
    query.addBindValue(optionSeed ? QVariant(qint64(*optionSeed)) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(m_profile.id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

qint64 ProgressStore::recordAnswer(const AnswerRecord &answer)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // One explicit transaction per answer: when this returns, the answer is in the synced log.
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return 0;
    }
    QSqlQuery query(db);
    query.prepare(QString::fromLatin1(kInsertAnswer));
    query.addBindValue(answer.questionId);
    // Empty texts, not NULLs: the columns are NOT NULL and an unanswered choice is "".
    query.addBindValue(joinChosen(answer.chosen) + QStringLiteral(""));
    query.addBindValue(answer.correct ? 1 : 0);
    query.addBindValue(std::max<qint64>(0, answer.elapsedMs));
    query.addBindValue(toMs(answer.answeredAt));
    query.addBindValue(answer.sessionId > 0 ? QVariant(answer.sessionId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(answer.topics.join(QLatin1Char(',')) + QStringLiteral(""));
    query.addBindValue(m_profile.id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        db.rollback();
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    query.finish();
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return 0;
    }
    return id;
}

QList<AnswerRecord> ProgressStore::answers() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id, question_id, chosen, correct, elapsed_ms, answered_at_ms, session_id, topics"
                                 " FROM answers WHERE profile_id = ? ORDER BY answered_at_ms, id"));
    query.addBindValue(m_profile.id);
    query.exec();
    QList<AnswerRecord> records;
    while (query.next()) {
        AnswerRecord record;
        record.id = query.value(0).toLongLong();
        record.questionId = query.value(1).toString();
        record.chosen = splitChosen(query.value(2).toString());
        record.correct = query.value(3).toInt() != 0;
        record.elapsedMs = query.value(4).toLongLong();
        record.answeredAt = fromMs(query.value(5));
        record.sessionId = query.value(6).toLongLong();
        record.topics = splitTopics(query.value(7).toString());
        records.append(record);
    }
    return records;
}

QList<PracticeSession> ProgressStore::sessions() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT s.id, s.kind, s.title, s.started_at_ms, COUNT(a.id), SUM(a.correct), s.option_seed"
                                 " FROM practice_sessions s JOIN answers a ON a.session_id = s.id"
                                 " WHERE s.profile_id = ? GROUP BY s.id ORDER BY s.started_at_ms, s.id"));
    query.addBindValue(m_profile.id);
    query.exec();
    QList<PracticeSession> sessions;
    while (query.next()) {
        PracticeSession session{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                fromMs(query.value(3)), query.value(4).toInt(), query.value(5).toInt(), std::nullopt};
        if (!query.value(6).isNull())
            session.optionSeed = quint64(query.value(6).toLongLong());
        sessions.append(session);
    }
    return sessions;
}

QList<TopicAccuracy> ProgressStore::topicAccuracy() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT topics, COUNT(*), SUM(correct) FROM answers WHERE topics <> '' AND profile_id = ? GROUP BY topics"));
    query.addBindValue(m_profile.id);
    query.exec();
    QMap<QString, TopicAccuracy> byTopic;
    while (query.next()) {
        for (const QString &topic : splitTopics(query.value(0).toString())) {
            TopicAccuracy &entry = byTopic[topic];
            entry.topic = topic;
            entry.answered += query.value(1).toInt();
            entry.correct += query.value(2).toInt();
        }
    }
    return byTopic.values();
}

QList<MissedQuestion> ProgressStore::mostMissed(int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT question_id, SUM(1 - correct) AS misses, COUNT(*),"
                                 " MAX(CASE WHEN correct = 0 THEN answered_at_ms END) AS last_missed"
                                 " FROM answers WHERE profile_id = ? GROUP BY question_id HAVING misses > 0"
                                 " ORDER BY misses DESC, last_missed DESC, question_id LIMIT ?"));
    query.addBindValue(m_profile.id);
    query.addBindValue(std::max(0, limit));
    query.exec();
    QList<MissedQuestion> missed;
    while (query.next()) {
        missed.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt(), fromMs(query.value(3))});
    }
    return missed;
}

bool ProgressStore::forgetProfileProgress(qint64 profileId)
{
    for (const char *table : {"answers", "practice_sessions", "lesson_events"}) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE profile_id = ?").arg(QLatin1String(table)));
        query.addBindValue(profileId);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool ProgressStore::reset()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return false;
    if (!forgetProfileProgress(m_profile.id) || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

QList<LearnerProfile> ProgressStore::profiles() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.exec(QStringLiteral("SELECT id, name FROM profiles ORDER BY name COLLATE NOCASE, id"));
    QList<LearnerProfile> all;
    while (query.next())
        all.append({query.value(0).toLongLong(), query.value(1).toString()});
    return all;
}

QString ProgressStore::checkProfileName(const QString &name, qint64 exceptId) const
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return QStringLiteral("A learner needs a name.");
    if (trimmed.size() > kMaxProfileNameLength)
        return QStringLiteral("A learner's name can have at most %1 characters.").arg(kMaxProfileNameLength);
    for (const LearnerProfile &profile : profiles()) {
        if (profile.id != exceptId && profile.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return QStringLiteral("There is already a learner called %1.").arg(profile.name);
    }
    return {};
}

qint64 ProgressStore::createProfile(const QString &name)
{
    m_lastError = checkProfileName(name);
    if (!m_lastError.isEmpty())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO profiles (name, created_at_ms) VALUES (?, ?)"));
    query.addBindValue(name.simplified());
    query.addBindValue(toMs({}));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool ProgressStore::renameProfile(qint64 id, const QString &name)
{
    m_lastError = checkProfileName(name, id);
    if (!m_lastError.isEmpty())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE profiles SET name = ? WHERE id = ?"));
    query.addBindValue(name.simplified());
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (id == m_profile.id)
        m_profile.name = name.simplified();
    return true;
}

bool ProgressStore::deleteProfile(qint64 id)
{
    const QList<LearnerProfile> all = profiles();
    if (all.size() <= 1) {
        m_lastError = QStringLiteral("The only learner cannot be deleted.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM profiles WHERE id = ?"));
    query.addBindValue(id);
    if (!forgetProfileProgress(id) || !query.exec() || query.numRowsAffected() != 1 || !db.commit()) {
        if (m_lastError.isEmpty())
            m_lastError = query.lastError().text();
        db.rollback();
        return false;
    }
    if (id == m_profile.id) {
        for (const LearnerProfile &profile : all) {
            if (profile.id != id)
                return switchProfile(profile.id);
        }
    }
    return true;
}

bool ProgressStore::switchProfile(qint64 id)
{
    for (const LearnerProfile &profile : profiles()) {
        if (profile.id != id)
            continue;
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO store_settings (key, value) VALUES ('current_profile', ?)"));
        query.addBindValue(QString::number(id));
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
        m_profile = profile;
        return true;
    }
    m_lastError = QStringLiteral("There is no such learner.");
    return false;
}

QString ProgressStore::csv() const
{
    // Rows in time order; a teacher sorts or filters the rest in a spreadsheet.
    struct Row
    {
        qint64 atMs;
        QString line;
    };
    QList<Row> rows;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id, lesson_id, event, at_ms FROM lesson_events WHERE profile_id = ?"));
    query.addBindValue(m_profile.id);
    query.exec();
    while (query.next()) {
        const qint64 atMs = query.value(3).toLongLong();
        const QString kind = query.value(2).toString() == QLatin1String("finished") ? QStringLiteral("lesson finished")
                                                                                      : QStringLiteral("lesson opened");
        rows.append({atMs,
                     QStringList{kind, fromMs(atMs).toString(Qt::ISODate), csvField(query.value(1).toString()),
                                 QString(), QString(), QString(), QString(), QString(), QString()}
                         .join(QLatin1Char(','))});
    }
    query.prepare(QStringLiteral("SELECT a.id, a.question_id, a.topics, a.chosen, a.correct, a.elapsed_ms,"
                                 " a.answered_at_ms, s.kind, s.title"
                                 " FROM answers a LEFT JOIN practice_sessions s ON s.id = a.session_id WHERE a.profile_id = ?"));
    query.addBindValue(m_profile.id);
    query.exec();
    while (query.next()) {
        const qint64 atMs = query.value(6).toLongLong();
        rows.append({atMs,
                     QStringList{QStringLiteral("answer"), fromMs(atMs).toString(Qt::ISODate),
                                 csvField(query.value(1).toString()), csvField(query.value(2).toString()),
                                 csvField(query.value(3).toString()),
                                 query.value(4).toInt() ? QStringLiteral("yes") : QStringLiteral("no"),
                                 QString::number(query.value(5).toLongLong() / 1000.0, 'f', 1),
                                 csvField(query.value(7).toString()), csvField(query.value(8).toString())}
                         .join(QLatin1Char(','))});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.atMs < b.atMs; });
    QString text = QStringLiteral("record,when_utc,id,topics,chosen,correct,seconds,session_kind,session_title\r\n");
    for (const Row &row : rows)
        text += row.line + QStringLiteral("\r\n");
    return text;
}

bool ProgressStore::exportCsv(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // A UTF-8 byte order mark so spreadsheet programs read accented names correctly.
    file.write("\xEF\xBB\xBF");
    file.write(csv().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace ft::content
