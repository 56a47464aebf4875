#include "content/content_library.h"

#include "content/content_file.h"
#include "content/lesson_loader.h"
#include "content/question_bank_loader.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace ft::content {

namespace {

QStringList contentFilesIn(const QString &folder, const QString &dirForProblems, ContentProblems &problems,
                           const QString &pattern = QStringLiteral("*.md"))
{
    QDir dir(folder);
    QStringList files;
    const QFileInfoList entries = dir.entryInfoList({pattern}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (entry.fileName().compare(QLatin1String("README.md"), Qt::CaseInsensitive) == 0)
            continue;
        if (files.size() >= kMaxFilesPerFolder) {
            problems << problemAt(dirForProblems, 1, 1, QStringLiteral("more than %1 files; the rest are not read").arg(kMaxFilesPerFolder));
            break;
        }
        files << entry.filePath();
    }
    return files;
}

// "de_DE" and "de-AT" -> "de": translated course folders are named by language only.
QString courseLanguage(const QString &language)
{
    return language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

// A folder's files, each replaced by its translation in folder/language/ when there is one;
// files only the translation has are added too. In file-name order.
QStringList translatedFilesIn(const QString &folder, const QString &language, ContentProblems &problems)
{
    const QStringList english = contentFilesIn(folder, folder, problems);
    const QString code = courseLanguage(language);
    const QString translatedFolder = folder + QLatin1Char('/') + code;
    if (code.isEmpty() || code == QLatin1String("en") || !QFileInfo(translatedFolder).isDir())
        return english;
    QMap<QString, QString> byName;
    for (const QString &file : english)
        byName.insert(QFileInfo(file).fileName(), file);
    for (const QString &file : contentFilesIn(translatedFolder, translatedFolder, problems))
        byName.insert(QFileInfo(file).fileName(), file);
    return byName.values();
}

bool isLanguageFolderName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}$"));
    return pattern.match(name).hasMatch();
}

enum class FileKind { Lesson, Bank, Example, ClassExample };

struct KindFolder
{
    FileKind kind;
    QString contentFolder; // the folder holding lessons/, quizzes/, ...
};

// The kind a content folder's subfolder gives its files: lessons/ and quizzes/ (and their
// translation folders lessons/de/, quizzes/de/), examples/, models/.
std::optional<KindFolder> kindFolderOf(const QString &path)
{
    static const QList<std::pair<QLatin1String, FileKind>> kinds{
        {QLatin1String("lessons"), FileKind::Lesson},
        {QLatin1String("quizzes"), FileKind::Bank},
        {QLatin1String("examples"), FileKind::Example},
        {QLatin1String("models"), FileKind::ClassExample},
    };
    QDir folder = QFileInfo(path).absoluteDir();
    for (int up = 0; up < 2; ++up) {
        const QString name = folder.dirName();
        for (const auto &[folderName, kind] : kinds) {
            const bool translatable = kind == FileKind::Lesson || kind == FileKind::Bank;
            if (name == folderName && (up == 0 || translatable) && folder.cdUp())
                return KindFolder{kind, QDir::cleanPath(folder.absolutePath())};
        }
        if (up == 1 || !isLanguageFolderName(name) || !folder.cdUp())
            break;
    }
    return std::nullopt;
}

} // namespace

ContentLibrary ContentLibrary::load(const QStringList &dirs, const QString &language)
{
    ContentLibrary library;
    for (const QString &dir : dirs)
        library.addDir(dir, language);
    return library;
}

QStringList ContentLibrary::translations(const QStringList &dirs)
{
    QStringList languages;
    for (const QString &dir : dirs) {
        for (const QString &kind : {QStringLiteral("lessons"), QStringLiteral("quizzes")}) {
            for (const QString &name : QDir(dir + QLatin1Char('/') + kind).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                if (isLanguageFolderName(name) && name != QLatin1String("en") && !languages.contains(name))
                    languages << name;
            }
        }
    }
    languages.sort();
    return languages;
}

void ContentLibrary::checkTranslations(const QStringList &dirs)
{
    for (const QString &language : translations(dirs)) {
        const ContentLibrary translated = load(dirs, language);
        for (const ContentProblem &problem : translated.problems()) {
            if (!m_problems.contains(problem))
                m_problems << problem;
        }
    }
}

void ContentLibrary::addDir(const QString &dir, const QString &language)
{
    if (!QFileInfo(dir).isDir()) {
        m_problems << problemAt(dir, 1, 1, QStringLiteral("no such content folder"));
        return;
    }
    const QString lessons = dir + QStringLiteral("/lessons");
    const QString quizzes = dir + QStringLiteral("/quizzes");
    const QString examples = dir + QStringLiteral("/examples");
    const QString models = dir + QStringLiteral("/models");
    if (!QFileInfo(lessons).isDir() && !QFileInfo(quizzes).isDir() && !QFileInfo(examples).isDir()
        && !QFileInfo(models).isDir()) {
        m_problems << problemAt(dir, 1, 1, QStringLiteral("a content folder holds lessons/, quizzes/, examples/ and/or models/; found none"));
        return;
    }
    for (const QString &file : translatedFilesIn(lessons, language, m_problems))
        addLessonFile(file);
    for (const QString &file : translatedFilesIn(quizzes, language, m_problems))
        addBankFile(file);
    for (const QString &file : contentFilesIn(examples, examples, m_problems))
        addExampleFile(file);
    for (const QString &file : contentFilesIn(models, models, m_problems, QStringLiteral("*.py")))
        addClassExampleFile(file);
}

QString ContentLibrary::contentFolderOf(const QString &path)
{
    const std::optional<KindFolder> found = kindFolderOf(path);
    return found ? found->contentFolder : QString();
}

void ContentLibrary::addFile(const QString &path)
{
    FileKind kind = FileKind::Lesson;
    if (const std::optional<KindFolder> found = kindFolderOf(path)) {
        kind = found->kind;
    } else if (path.endsWith(QLatin1String(".py"), Qt::CaseInsensitive)) {
        kind = FileKind::ClassExample;
    } else {
        // A loose file: its questions' 'difficulty:' fields make it a bank.
        ContentProblems ignored;
        static const QRegularExpression difficulty(QStringLiteral("^difficulty\\s*:"), QRegularExpression::MultilineOption);
        const std::optional<QString> text = readContentFile(path, ignored, kMaxContentFileBytes);
        if (text && difficulty.match(*text).hasMatch())
            kind = FileKind::Bank;
    }
    switch (kind) {
    case FileKind::Lesson: addLessonFile(path); break;
    case FileKind::Bank: addBankFile(path); break;
    case FileKind::Example: addExampleFile(path); break;
    case FileKind::ClassExample: addClassExampleFile(path); break;
    }
}

void ContentLibrary::addClassExampleFile(const QString &path)
{
    std::optional<ClassExample> example = loadClassExample(path, m_problems);
    if (!example)
        return;
    const auto existing = std::find_if(m_classExamples.cbegin(), m_classExamples.cend(),
                                       [&](const ClassExample &e) { return e.id == example->id; });
    if (existing != m_classExamples.cend()) {
        m_problems << problemAt(path, 1, 1, QStringLiteral("duplicate example class '%1', already read from %2")
                                                .arg(example->id, existing->path));
        return;
    }
    if (checkClassExample(*example, m_problems))
        m_classExamples << *example;
}

void ContentLibrary::addExampleFile(const QString &path)
{
    const std::optional<QString> text = readContentFile(path, m_problems, kMaxContentFileBytes);
    if (!text)
        return;
    for (const ModelExample &example : parseModelExamples(*text, path, m_problems)) {
        const auto existing = std::find_if(m_examples.cbegin(), m_examples.cend(),
                                           [&](const ModelExample &e) { return e.id == example.id; });
        if (existing != m_examples.cend()) {
            m_problems << problemAt(path, example.line, 4, QStringLiteral("duplicate example id '%1', already used at %2:%3")
                                                               .arg(example.id, existing->filePath).arg(existing->line));
            continue;
        }
        m_examples << example;
    }
}

void ContentLibrary::addLessonFile(const QString &path)
{
    const std::optional<QString> text = readContentFile(path, m_problems, kMaxContentFileBytes);
    if (!text)
        return;
    std::optional<Lesson> lesson = parseLesson(*text, path, m_problems);
    if (!lesson)
        return;
    if (const Lesson *existing = this->lesson(lesson->id)) {
        m_problems << problemAt(path, 1, 1, QStringLiteral("duplicate lesson id '%1', already used by %2").arg(lesson->id, existing->filePath));
        return;
    }
    m_lessons << *lesson;
    std::stable_sort(m_lessons.begin(), m_lessons.end(), [](const Lesson &a, const Lesson &b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
    finish();
}

void ContentLibrary::addBankFile(const QString &path)
{
    const std::optional<QString> text = readContentFile(path, m_problems, kMaxContentFileBytes);
    if (!text)
        return;
    QList<LessonReference> references;
    std::optional<QuestionBank> bank = parseQuestionBank(*text, path, m_problems, &references);
    if (!bank)
        return;
    for (const QuestionBank &existing : std::as_const(m_banks)) {
        if (existing.id == bank->id) {
            m_problems << problemAt(path, 1, 1, QStringLiteral("duplicate bank id '%1', already used by %2").arg(bank->id, existing.filePath));
            return;
        }
    }
    QList<Question> kept;
    for (const Question &question : std::as_const(bank->questions)) {
        if (const Question *existing = this->question(question.id)) {
            m_problems << problemAt(path, question.line, 4, QStringLiteral("duplicate question id '%1', already used at %2:%3")
                                                                .arg(question.id, existing->filePath).arg(existing->line));
            continue;
        }
        kept << question;
    }
    bank->questions = kept;
    for (const LessonReference &reference : std::as_const(references)) {
        const bool keptQuestion = std::any_of(kept.cbegin(), kept.cend(), [&](const Question &q) { return q.id == reference.questionId; });
        if (keptQuestion)
            m_references << reference;
    }
    m_warnings << bank->warnings;
    m_banks << *bank;
    finish();
}

void ContentLibrary::finish()
{
    // Links between files are checked again after every file, as lessons may come after banks.
    m_problems.erase(std::remove_if(m_problems.begin(), m_problems.end(),
                                    [&](const ContentProblem &p) { return m_linkProblems.contains(p); }),
                     m_problems.end());
    m_linkProblems.clear();
    for (const LessonReference &reference : std::as_const(m_references)) {
        if (!lesson(reference.lessonId)) {
            m_linkProblems << problemAt(reference.file, reference.line, reference.column,
                                        QStringLiteral("question '%1' names lesson '%2', which no content folder holds")
                                            .arg(reference.questionId, reference.lessonId));
        }
    }
    m_problems << m_linkProblems;
}

QList<Question> ContentLibrary::questions() const
{
    QList<Question> all;
    for (const QuestionBank &bank : m_banks)
        all << bank.questions;
    return all;
}

int ContentLibrary::questionCount() const
{
    int count = 0;
    for (const QuestionBank &bank : m_banks)
        count += int(bank.questions.size());
    return count;
}

const Lesson *ContentLibrary::lesson(const QString &id) const
{
    for (const Lesson &lesson : m_lessons) {
        if (lesson.id == id)
            return &lesson;
    }
    return nullptr;
}

const Question *ContentLibrary::question(const QString &id) const
{
    for (const QuestionBank &bank : m_banks) {
        for (const Question &question : bank.questions) {
            if (question.id == id)
                return &question;
        }
    }
    return nullptr;
}

QList<Question> ContentLibrary::questionsForLesson(const QString &lessonId) const
{
    QList<Question> found;
    for (const QuestionBank &bank : m_banks) {
        for (const Question &question : bank.questions) {
            if (question.lessonId == lessonId)
                found << question;
        }
    }
    return found;
}

QString ContentLibrary::summary() const
{
    const auto plural = [](qsizetype n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    QString text = QStringLiteral("%1, %2, %3").arg(plural(m_lessons.size(), "lesson", "lessons"),
                                                    plural(questionCount(), "question", "questions"),
                                                    plural(m_problems.size(), "problem", "problems"));
    if (!m_warnings.isEmpty())
        text += QStringLiteral(", ") + plural(m_warnings.size(), "warning", "warnings");
    return text;
}

} // namespace ft::content
