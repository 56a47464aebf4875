// lesson.h — one lesson: a small header, a Markdown body, and the live blocks embedded in it.
//
//     const ft::content::Lesson &l = library.lessons().first();
//     for (const ft::content::LessonBlock &b : l.blocks) {
//         if (b.kind == ft::content::LessonBlock::Kind::Markdown) browser->setMarkdown(b.markdown);
//         else playground->setup(b.playground.inputShape, b.playground.effectiveModel());
//     }
//
// Plain value types, QtCore only. The file format is documented in lessons/README.md.
#pragma once

#include "content/claim.h"
#include "engine/shape.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ft::content {

// A ```playground fenced block: the lesson reader shows a live playground in its place.
// A ```playground-class block is one too, with `source` set (see below). Otherwise either `model` is set (any expression the engine parses), or it is empty and the playground is
// a Flatten one using startDim/endDim (defaults 1 and -1, i.e. nn.Flatten()).
struct PlaygroundBlock
{
    QString inputText;                // as written: "32, 3, 28, 28"
    ft::Shape inputShape;             // parsed: {32, 3, 28, 28}; may be empty (0-d tensor)
    QString model;                    // e.g. "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten())", or empty
    std::optional<qint64> startDim;   // only without model; range: any int (out of range shows PyTorch's error)
    std::optional<qint64> endDim;     // only without model
    QString caption;                  // optional one line shown above the playground
    int line = 0;                     // 1-based line of the opening ``` fence in the lesson file

    // A ```playground-class block: a learner's kind of model class, shown in an embedded class
    // editor that traces it on `inputShape` line by line. Its result is checked when the lesson loads.
    QString source;                   // the Python text (imports, class, forward); empty for other playgrounds
    QString expected;                 // `returns: (4, 10)` or `raises: RuntimeError: ...`, as the engine and PyTorch say it
    QStringList warnings;             // `warns: batch-changed`: the engine's warning kinds the trace shows (else none)
    int sourceLine = 0;               // 1-based line of the class text's first line in the lesson file

    bool isClass() const { return !source.isEmpty(); }

    // The model the playground starts with: `model`, or nn.Flatten(start_dim=S, end_dim=E).
    QString effectiveModel() const
    {
        if (!model.isEmpty())
            return model;
        return QStringLiteral("nn.Flatten(start_dim=%1, end_dim=%2)").arg(startDim.value_or(1)).arg(endDim.value_or(-1));
    }
};

// The body split in reading order: Markdown text between playgrounds, and the playgrounds.
struct LessonBlock
{
    enum class Kind { Markdown, Playground };
    Kind kind = Kind::Markdown;
    QString markdown;           // Kind::Markdown: the text, ready for QTextDocument::setMarkdown
    PlaygroundBlock playground; // Kind::Playground
};

struct Lesson
{
    QString id;          // [a-z0-9-], unique across all content folders, e.g. "batch-dimension"
    QString title;       // shown in the lesson list
    int order = 0;       // position in the course, 1 (first) to 999; ties sort by id
    int minutes = 0;     // estimated reading time, 1 to 120
    QStringList tags;    // free words, e.g. {"basics", "shapes"}
    QString summary;     // optional one line for the lesson list
    QString body;        // the whole Markdown body after the header (playground fences included as written)
    QList<LessonBlock> blocks; // body split into Markdown and playgrounds, in order
    QString filePath;    // where it was read from
    int bodyLine = 0;    // 1-based line in the file where `body` starts
    QList<Claim> claims; // from ```claims blocks (not shown): every result a code snippet states

    QList<PlaygroundBlock> playgrounds() const
    {
        QList<PlaygroundBlock> all;
        for (const LessonBlock &block : blocks) {
            if (block.kind == LessonBlock::Kind::Playground)
                all << block.playground;
        }
        return all;
    }
};

} // namespace ft::content
