// gift_format.h — question banks to and from Moodle's GIFT format (docs.moodle.org/en/GIFT_format).
//
//     QString gift = ft::content::GiftFormat::write(bank.id, bank.title, bank.questions);
//     ft::content::GiftImport in = ft::content::GiftFormat::read(giftText, "class.gift", {});
//     if (in.problems.isEmpty()) save(in.bankText);   // a bank file in the quizzes/README.md format
//     else for (const ContentProblem &p : in.problems) print(p.toString());   // class.gift:12:7: ...
//
// Export: one multiple-choice question per question ("=right", "~wrong", or "~%50%" weights when
// several options are right), each option's feedback after '#', and what GIFT has no place for
// (solution, quick check, common mistakes) as general feedback ("####") in the bank's own Markdown
// sections. Shape questions are written with the options the engine computed. A comment line
// "// flatten-tutor {json}" before each question keeps difficulty, lesson, tags and the engine's
// input and model: Moodle skips comments, import reads them back, so export -> import gives the
// same questions.
//
// Import accepts multiple choice (one or several right answers, with weights), true/false, titles,
// categories, comments, "[markdown]"-style format tags and the escapes \~ \= \# \{ \} \: \n \\.
// The resulting bank text is checked with the bank loader before it is returned: every problem
// (GIFT syntax, a question kind Flatten Tutor has no screen for, a missing solution) is reported
// at its place in the GIFT file, and then no bank text is returned at all.
#pragma once

#include "content/content_problem.h"
#include "content/question.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ft::content {

struct GiftImportOptions
{
    QString lesson;              // lesson for questions that name none ("--lesson"); empty: each must name one
    int difficulty = 2;          // for questions that give none: 2, "apply one rule" (quizzes/README.md)
    QStringList knownLessons;    // when not empty, a lesson id outside this list is a problem
    QString bankPath;            // the bank file's name, used while checking the result
};

struct GiftImport
{
    std::optional<QString> bankText; // the bank, only when there is no problem
    ContentProblems problems;        // positions in the GIFT file
    int questionCount = 0;
};

class GiftFormat
{
public:
    // The questions as a GIFT file, one $CATEGORY named after the bank.
    static QString write(const QString &bankId, const QString &bankTitle, const QList<Question> &questions);
    // A GIFT file as a question bank; `filePath` names the file in problems.
    static GiftImport read(const QString &text, const QString &filePath, const GiftImportOptions &options);

    // Moodle's escaping of text inside a question: \ ~ = # { } : and line breaks as \n.
    static QString escape(const QString &text);
};

} // namespace ft::content
