// content_library.h — all lessons and question banks of some content folders, and what is wrong.
//
//     ft::content::ContentLibrary library = ft::content::ContentLibrary::load(ft::content::contentDirs());
//     for (const ft::content::Lesson &lesson : library.lessons()) ...          // in course order
//     for (const ft::content::ContentProblem &p : library.problems()) qWarning() << p.toString();
//
// Each folder may hold lessons/*.md, quizzes/*.md, examples/*.md (the model builder's ready
// nn.Sequential models) and models/*.py (its example model classes, each traced by the engine
// while loading; README.md files are skipped). One bad file
// or one bad question never stops the rest: what is valid loads, every problem is listed as
// "file:line:column: message". Ids are unique across all folders: a later duplicate is reported
// and skipped. Shape questions are answered by the engine while loading.
//
// Translations: lessons/<language>/ and quizzes/<language>/ (e.g. lessons/de/) hold translated
// files under the English file's name. Loaded with a language, each file comes from the language's
// folder when it holds one and from the English folder otherwise, file by file; a translated file
// keeps the English one's ids, so progress and links stay the same in every language.
//
//     ContentLibrary::load(contentDirs(), QStringLiteral("de"));     // German where translated
#pragma once

#include "content/content_problem.h"
#include "content/lesson.h"
#include "content/model_example.h"
#include "content/model_example_loader.h"
#include "content/question.h"
#include "content/question_bank_loader.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ft::content {

// Sane limits: a lesson or bank file larger than this is refused without being read whole.
inline constexpr qint64 kMaxContentFileBytes = 512 * 1024;
// At most this many content files per folder kind (lessons/ or quizzes/) are read.
inline constexpr int kMaxFilesPerFolder = 1000;

class ContentLibrary
{
public:
    // Loads every folder in order (later folders add to earlier ones). `language` ("de", or a
    // locale name such as "de_DE") picks translated files; empty or "en" loads the English course.
    static ContentLibrary load(const QStringList &dirs, const QString &language = {});
    // The languages the folders hold translations for (names of lessons/ and quizzes/ subfolders).
    static QStringList translations(const QStringList &dirs);

    // Adds one content folder (with lessons/, quizzes/, examples/ and/or models/ inside).
    void addDir(const QString &dir, const QString &language = {});
    // For check-content: loads `dirs` once per translation and adds the problems of the translated
    // files (claims, options, links: every check the English files get). The English files'
    // problems are listed once, from this library's own load.
    void checkTranslations(const QStringList &dirs);
    // Adds one file, read as its folder says: lessons/ (or lessons/LANG/) a lesson, quizzes/ a
    // bank, examples/ model examples, models/ or any .py file an example class; a .md file
    // elsewhere is a bank when it has 'difficulty:' fields, else a lesson.
    void addFile(const QString &path);
    // The content folder a file of one of its kinds' folders (lessons/, quizzes/, examples/,
    // models/, or a translation folder inside lessons/ or quizzes/) belongs to; empty otherwise.
    static QString contentFolderOf(const QString &path);
    // Adds single files of a known kind.
    void addLessonFile(const QString &path);
    void addBankFile(const QString &path);
    void addExampleFile(const QString &path);
    void addClassExampleFile(const QString &path);

    // Lessons sorted by order, then id.
    const QList<Lesson> &lessons() const { return m_lessons; }
    const QList<QuestionBank> &banks() const { return m_banks; }
    // The model builder's ready examples (examples/*.md), in file order.
    const QList<ModelExample> &modelExamples() const { return m_examples; }
    // The example model classes (models/*.py), folder by folder, each by file name.
    const QList<ClassExample> &classExamples() const { return m_classExamples; }
    // Every question of every bank, bank by bank in load order.
    QList<Question> questions() const;
    int questionCount() const;

    const Lesson *lesson(const QString &id) const;
    const Question *question(const QString &id) const;
    QList<Question> questionsForLesson(const QString &lessonId) const;

    const ContentProblems &problems() const { return m_problems; }
    bool hasProblems() const { return !m_problems.isEmpty(); }
    // What a teacher should fix that loaded anyway ("file:line:column: warning: ..."); not problems.
    const ContentProblems &warnings() const { return m_warnings; }
    // "9 lessons, 41 questions, 0 problems" (then ", 2 warnings" when there are any)
    QString summary() const;

private:
    void finish(); // checks links between files (question -> lesson) again

    QList<Lesson> m_lessons;
    QList<QuestionBank> m_banks;
    QList<ModelExample> m_examples;
    QList<ClassExample> m_classExamples;
    ContentProblems m_problems;
    ContentProblems m_warnings;
    QList<LessonReference> m_references;
    ContentProblems m_linkProblems;
};

} // namespace ft::content
