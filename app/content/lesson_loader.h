// lesson_loader.h — turns the text of one lesson file into a Lesson, listing what is wrong.
//
//     ft::content::ContentProblems problems;
//     std::optional<ft::content::Lesson> lesson = ft::content::parseLesson(text, "lessons/01-what.md", problems);
//
// The format (header fields and ```playground blocks) is documented in lessons/README.md.
// A lesson with a bad header is not loaded; a broken playground is reported and shown as a
// plain code block, so the rest of the lesson still reads.
#pragma once

#include "content/content_problem.h"
#include "content/content_file.h"
#include "content/lesson.h"

#include <optional>

namespace ft::content {

std::optional<Lesson> parseLesson(const QString &text, const QString &filePath, ContentProblems &problems);

// Parses the inside of one ```playground block whose opening fence is on line `fenceLine`.
// Returns nullopt (with problems) when the block is broken.
std::optional<PlaygroundBlock> parsePlaygroundBlock(const ContentLines &lines, int fenceLine, const QString &filePath,
                                                    ContentProblems &problems);

// Parses the inside of one ```playground-class block: fields (input, returns or raises, warns,
// caption), a blank line, then the Python class, which is traced here: the block is
// returned only when the engine gives the result and the warnings it states.
std::optional<PlaygroundBlock> parsePlaygroundClassBlock(const ContentLines &lines, int fenceLine, const QString &filePath,
                                                         ContentProblems &problems);

} // namespace ft::content
