// model_example_loader.h — the example model classes of the course (models/*.py), as data.
//
// Each file is Python with a header of "# key: value" comment lines (title, input, expect; see
// models/README.md). The header is stripped from the code the editor shows; files are listed by
// name, bundled folder first; a file with a broken header is skipped with a problem.
//
//     ft::content::ContentProblems problems;
//     const QList<ft::content::ClassExample> examples = ft::content::loadClassExamples(ft::content::contentDirs(), problems);
//     examples.first().title;   // "Works: the CIFAR-10 tutorial's Net, torch.flatten(x, 1)"
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
};

// Every models/*.py of every folder in `contentDirs` (folders without models/ are fine).
QList<ClassExample> loadClassExamples(const QStringList &contentDirs, ContentProblems &problems);
// One file; nullopt (with a problem) when it cannot be read or its header is incomplete.
std::optional<ClassExample> loadClassExample(const QString &path, ContentProblems &problems);

} // namespace ft::content
