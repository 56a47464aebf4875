// question_generator.h — endless practice: questions made on the fly, answered by the engine.
//
//     ft::content::QuestionGenerator set42(42);            // "practice set 42": the same for everyone
//     QList<ft::content::Question> round = set42.questions(0, 10);
//     runner->start(round, QStringLiteral("Endless practice — set #42"));
//     // later, "retry this missed question": the id says how to make it again
//     std::optional<Question> q = ft::content::QuestionGenerator::questionById("practice-42-7");
//
// Question i of set s depends only on (s, i): the generator owns its PRNG (splitmix64 with its
// own unbiased range reduction), so every compiler and standard library gives the same set.
// Three kinds, mixed: the output shape of an nn.Flatten with random (also negative) start_dim and
// end_dim; the in_features a Linear needs after Conv2d [+ MaxPool2d] + Flatten; and what a small
// Sequential (sometimes with a bug: wrong in_features, start_dim=0, missing Flatten, channel
// mismatch, off-by-one conv size) does when run. The right answer is always the engine's
// (ft::traceModel); distractors come from real mistakes and their feedback names the mistake.
#pragma once

#include "content/question.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace ft::content {

// splitmix64 (Steele, Lea, Flood 2014): tiny, fast, and defined bit for bit.
class PracticeRandom
{
public:
    explicit PracticeRandom(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next();
    // Uniform in [0, bound) by rejection (no modulo bias); bound > 0.
    std::uint64_t below(std::uint64_t bound);
    // Uniform in [low, high], both included.
    std::int64_t between(std::int64_t low, std::int64_t high);
    bool chance(int percent) { return below(100) < std::uint64_t(percent); }
    template<typename List>
    const auto &pick(const List &list) { return list[qsizetype(below(std::uint64_t(list.size())))]; }
    template<typename List>
    void shuffle(List &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, qsizetype(below(std::uint64_t(i) + 1)));
    }

private:
    std::uint64_t m_state;
};

enum class GeneratedKind {
    FlattenShape, // "what shape does nn.Flatten(s, e) give?"          correct = trace output
    InFeatures,   // "what in_features must the Linear have?"           correct = Flatten's output dim 1
    ModelOutcome, // "what happens when this model runs?"               correct = trace output or error
};

class QuestionGenerator
{
public:
    static constexpr int MaxSeed = 999999;
    static constexpr int RoundSize = 10; // questions in one round of endless practice

    explicit QuestionGenerator(quint32 seed) : m_seed(seed) {}
    quint32 seed() const { return m_seed; }

    // Question `index` (0, 1, 2, ...) of this set.
    Question question(int index) const;
    QList<Question> questions(int first, int count) const;

    // "practice-42-7"; questionById() rebuilds exactly that question (nullopt for other ids).
    static QString questionId(quint32 seed, int index);
    static std::optional<Question> questionById(const QString &id);
    // The kind of a generated question, read from its tags (nullopt for other questions).
    static std::optional<GeneratedKind> kindOf(const Question &question);

private:
    quint32 m_seed;
};

} // namespace ft::content
