// content_problem.h — one thing wrong in a content file, with where it is.
//
//     ft::content::ContentProblem p{"quizzes/basics.md", 12, 3, "option has no feedback line ('> ...')"};
//     p.toString() == "quizzes/basics.md:12:3: option has no feedback line ('> ...')";
//
// Lines and columns are 1-based; column counts characters (UTF-16 code units) from the line start.
// A problem about a whole file (unreadable, binary, too large) uses line 1, column 1.
#pragma once

#include <QList>
#include <QString>

namespace ft::content {

struct ContentProblem
{
    QString file;    // path as given to the loader
    int line = 1;    // 1-based
    int column = 1;  // 1-based
    QString message; // what is wrong, in words a teacher understands

    // "file:line:column: message" — the form compilers use, so editors can jump to it.
    QString toString() const
    {
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    }
    friend bool operator==(const ContentProblem &, const ContentProblem &) = default;
};

using ContentProblems = QList<ContentProblem>;

} // namespace ft::content
