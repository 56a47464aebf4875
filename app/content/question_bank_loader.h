// question_bank_loader.h — turns the text of one question bank file into a QuestionBank.
//
//     ft::content::ContentProblems problems;
//     QList<ft::content::LessonReference> references;
//     auto bank = ft::content::parseQuestionBank(text, "quizzes/basics.md", problems, &references);
//
// The format ("## id" per question, "key: value" fields, "### Options" with "- [x]"/"- [ ]" and a
// "> feedback" line each, "### Solution" as a numbered list, ...) is documented in
// quizzes/README.md. A question with any problem is left out; the other questions still load.
// Shape questions, and choice questions with an engine check, are run through the engine here.
#pragma once

#include "content/content_problem.h"
#include "content/question.h"

#include <optional>

namespace ft::content {

// Where a question names its lesson, so the library can report a lesson that does not exist.
struct LessonReference
{
    QString questionId;
    QString lessonId;
    QString file;
    int line = 0;
    int column = 0;
};

// Default and limits of a shape question's option count ("options: N").
inline constexpr int kMinOptions = 2;
inline constexpr int kMaxOptions = 6;
inline constexpr int kDefaultShapeOptions = 4;

std::optional<QuestionBank> parseQuestionBank(const QString &text, const QString &filePath, ContentProblems &problems,
                                              QList<LessonReference> *references = nullptr);

} // namespace ft::content
