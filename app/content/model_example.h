// model_example.h — the model builder's ready examples, read from the course folder like lessons.
//
//     ContentProblems problems;
//     const QList<ModelExample> examples = parseModelExamples(text, path, problems);
//     builder->setExamples(examples);
//
// A file in a content folder's examples/ holds one example per "## id" heading (the format is in
// examples/README.md):
//
//     ## missing-flatten
//     title: Bug: no Flatten between the convolution and Linear
//     input: 32, 3, 64, 64
//
//     ```python
//     nn.Sequential(
//         nn.Conv2d(3, 16, 3),
//         nn.Linear(16 * 62 * 62, 128)
//     )
//     ```
//
// Every problem (missing field, an input that is not a shape, a model that does not parse) is
// reported as file:line:column; an example with a problem is left out, the others load.
#pragma once

#include "content/content_problem.h"

#include <QList>
#include <QString>

namespace ft::content {

struct ModelExample
{
    QString id;        // [a-z0-9-], unique across files: "seed-cnn", "missing-flatten"
    QString title;     // what the learner sees in the list (one line)
    QString input;     // the input shape as written: "32, 3, 64, 64"
    QString code;      // the nn.Sequential(...) expression, as many lines as the author wrote
    QString filePath;
    int line = 0;      // 1-based line of its "## id" heading
};

QList<ModelExample> parseModelExamples(const QString &text, const QString &filePath, ContentProblems &problems);

} // namespace ft::content
