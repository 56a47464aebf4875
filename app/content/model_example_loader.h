// model_example_loader.h — one example model class of the course (a models/*.py file), as data.
//
// Each file is Python with a header of "# key: value" comment lines (title, input, expect; see
// models/README.md). The header is stripped from the code the editor shows; a file with a broken
// header is skipped with a problem. ContentLibrary reads every models/ folder through it (beside
// examples/*.md, the Sequential examples) and checks each class by tracing it with the engine.
//
//     ft::content::ContentProblems problems;
//     if (auto example = ft::content::loadClassExample(path, problems)) checkClassExample(*example, problems);
//     example->title;   // "Works: the CIFAR-10 tutorial's Net, torch.flatten(x, 1)"
#pragma once

#include "content/content_problem.h"

#include <QList>
#include <QString>

#include <optional>

namespace ft::content {

struct ClassExample
{
    QString id;      // file name without ".py": "05-silent-batch-change"
    QString title;   // shown in the list
    QString input;   // input shape text, "4, 3, 52, 52"
    QString expect;  // "ok", "error" or "batch-changed"
    QString code;    // the Python source without the header
    QString path;    // where it was read from
    int codeLine = 1;   // the file's line that is line 1 of `code`
    int expectLine = 0; // the file's line of "# expect:" (0: none)
};

// One file; nullopt (with a problem) when it cannot be read or its header is incomplete.
std::optional<ClassExample> loadClassExample(const QString &path, ContentProblems &problems);
// Traces the class on its input as the editor will: a file the engine cannot run (syntax, an
// unsupported construct) is a problem at its file:line:column, and so is a class that no longer
// shows what its `expect` says (ok, error or batch-changed). True when there is no problem.
bool checkClassExample(const ClassExample &example, ContentProblems &problems);

} // namespace ft::content
