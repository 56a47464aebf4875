#include "content/gift_format.h"

#include "content/content_file.h"
#include "content/question_bank_loader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ft::content {

namespace {

// Comment lines that carry what GIFT has no field for. Moodle skips every "//" line.
const QLatin1String kQuestionMeta("// flatten-tutor ");
const QLatin1String kBankMeta("// flatten-tutor-bank ");
const QLatin1String kCategoryPrefix("$course$/Flatten Tutor/");

// ---------------------------------------------------------------------------------------------
// Export

QString sectionsMarkdown(const Question &question)
{
    QStringList lines{QStringLiteral("### Solution")};
    for (int i = 0; i < question.solution.size(); ++i) {
        const QStringList stepLines = question.solution.at(i).split(QLatin1Char('\n'));
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(stepLines.first());
        for (qsizetype k = 1; k < stepLines.size(); ++k)
            lines << (stepLines.at(k).isEmpty() ? QString() : QStringLiteral("   ") + stepLines.at(k));
    }
    lines << QString() << QStringLiteral("### Quick check") << question.quickCheck << QString() << QStringLiteral("### Mistakes");
    for (const QString &mistake : question.mistakes)
        lines << QStringLiteral("- ") + mistake;
    // The claims behind the feedback travel too, so an imported bank is checked as the original.
    if (!question.claims.isEmpty())
        lines << QString() << QStringLiteral("### Claims");
    for (const Claim &claim : question.claims)
        lines << (claim.skipped() ? QStringLiteral("skip(%1): ").arg(claim.skipReason) : QString())
                     + QStringLiteral("%1 | %2 -> %3").arg(claim.inputText, claim.expression, claim.expected);
    return lines.join(QLatin1Char('\n'));
}

// "50", "33.33333": Moodle's own export writes the weight with up to 7 significant digits.
QString weightText(double percent)
{
    QString text = QString::number(percent, 'f', 5);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text;
}

QJsonObject questionMeta(const Question &question)
{
    QJsonObject meta;
    meta.insert(QStringLiteral("difficulty"), question.difficulty);
    if (!question.lessonId.isEmpty())
        meta.insert(QStringLiteral("lesson"), question.lessonId);
    if (!question.tags.isEmpty())
        meta.insert(QStringLiteral("tags"), QJsonArray::fromStringList(question.tags));
    // Generated practice questions build their options themselves: they travel as plain choices.
    if (question.filePath.isEmpty() || question.inputText.isEmpty())
        return meta;
    meta.insert(QStringLiteral("input"), question.inputText);
    if (!question.model.isEmpty())
        meta.insert(QStringLiteral("model"), question.model);
    if (question.isSourceQuestion())
        meta.insert(QStringLiteral("source"), question.sourceClass); // the class is the stem's ```python block
    if (question.startDim)
        meta.insert(QStringLiteral("start_dim"), qint64(*question.startDim));
    if (question.endDim)
        meta.insert(QStringLiteral("end_dim"), qint64(*question.endDim));
    if (question.kind == QuestionKind::Shape) {
        meta.insert(QStringLiteral("kind"), QStringLiteral("shape"));
        meta.insert(QStringLiteral("options"), int(question.options.size()));
        // The author's wrong options, in the order the author wrote them (their lines), not in the
        // shuffled order shown: the importer writes them back in this order, and the shuffle, which
        // depends on the order it starts from, then gives the same options in the same places.
        QList<int> authoredIndexes;
        for (int i = 0; i < question.options.size(); ++i) {
            if (question.options.at(i).line != 0)
                authoredIndexes << i;
        }
        std::stable_sort(authoredIndexes.begin(), authoredIndexes.end(),
                         [&question](int a, int b) { return question.options.at(a).line < question.options.at(b).line; });
        QJsonArray authored;
        for (const int index : std::as_const(authoredIndexes))
            authored << index;
        if (!authored.isEmpty())
            meta.insert(QStringLiteral("authored"), authored);
    } else if (question.model.isEmpty() && !question.startDim && !question.endDim) {
        meta.insert(QStringLiteral("check"), QStringLiteral("options-run"));
    }
    return meta;
}

// ---------------------------------------------------------------------------------------------
// Import: the text of one question with escapes resolved, every character knowing its place.

struct Pos
{
    int line = 1;
    int column = 1;
};

struct GiftChar
{
    QChar c;
    bool escaped = false; // written with a backslash: never a GIFT control character
    Pos pos;
};
using GiftText = QList<GiftChar>;

bool isControl(const GiftChar &ch, QChar c) { return !ch.escaped && ch.c == c; }

QString toPlain(const GiftText &text, qsizetype from, qsizetype to)
{
    QString result;
    for (qsizetype i = from; i < to && i < text.size(); ++i)
        result += text.at(i).c;
    return result;
}

// Appends one line of the file, resolving Moodle's escapes: \~ \= \# \{ \} \: give the character,
// \n a line break, \\ a backslash; any other backslash stays as written.
void appendLine(GiftText &text, const ContentLine &line)
{
    const QString &s = line.text;
    for (int i = 0; i < s.size(); ++i) {
        const Pos pos{line.number, i + 1};
        if (s.at(i) == QLatin1Char('\\') && i + 1 < s.size()) {
            const QChar next = s.at(i + 1);
            if (QStringLiteral("~=#{}:\\").contains(next)) {
                text << GiftChar{next, true, pos};
                ++i;
                continue;
            }
            if (next == QLatin1Char('n')) {
                text << GiftChar{QLatin1Char('\n'), true, pos};
                ++i;
                continue;
            }
        }
        text << GiftChar{s.at(i), false, pos};
    }
}

// Drops a leading "[markdown]", "[html]", "[plain]" or "[moodle]" format tag.
QString withoutFormatTag(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("^\\s*\\[(markdown|html|plain|moodle)\\]"));
    return QString(text).remove(tag).trimmed();
}

struct GiftOption
{
    QString text;
    QString feedback;
    bool correct = false;
    Pos pos;
};

struct GiftQuestion
{
    Pos start;
    QString id;
    QString title;
    QString stem;
    Pos stemPos;
    QList<GiftOption> options;
    Pos answersPos;
    QString generalFeedback;
    Pos feedbackPos;
    QJsonObject meta;
    Pos metaPos;
    bool hasMeta = false;
};

struct Block
{
    GiftText text;
    std::optional<ContentLine> meta; // its "// flatten-tutor {...}" line
};

class GiftReader
{
public:
    GiftReader(const QString &file, const GiftImportOptions &options, ContentProblems &problems)
        : m_file(file), m_options(options), m_problems(problems) {}

    void read(const QString &text);
    QString bankMarkdown(const QSet<QString> &asChoice, QList<Pos> &sources) const;
    QSet<QString> shapeMismatches(const std::optional<QuestionBank> &bank) const;

    // Where the sections of the question starting at `start` are (or belong): its general feedback.
    Pos sectionsPos(Pos start) const
    {
        for (const GiftQuestion &question : m_questions) {
            if (question.start.line == start.line && question.start.column == start.column)
                return question.generalFeedback.isEmpty() ? question.answersPos : question.feedbackPos;
        }
        return start;
    }

private:
    void problem(Pos pos, const QString &message) { m_problems << problemAt(m_file, pos.line, pos.column, message); }
    void readBlock(const Block &block);
    void readAnswers(GiftQuestion &question, const GiftText &text, qsizetype open, qsizetype close);
    void readChoices(GiftQuestion &question, const GiftText &text, qsizetype from, qsizetype to);
    bool readTrueFalse(GiftQuestion &question, const GiftText &text, qsizetype from, qsizetype to);
    void finish();
    QString uniqueId(const GiftQuestion &question, int index);

    const QString &m_file;
    const GiftImportOptions &m_options;
    ContentProblems &m_problems;
    QList<GiftQuestion> m_questions;
    QStringList m_ids;
    QString m_bankId;
    QString m_bankTitle;
    QString m_category;
};

void GiftReader::read(const QString &text)
{
    const ContentLines lines = splitContentLines(text);
    QList<Block> blocks{Block{}};
    std::optional<ContentLine> pendingMeta;
    for (const ContentLine &line : lines) {
        const QString trimmed = line.text.trimmed();
        if (trimmed.isEmpty()) {
            if (!blocks.last().text.isEmpty())
                blocks << Block{};
            continue;
        }
        if (trimmed.startsWith(QLatin1String("//"))) {
            if (line.text.startsWith(kBankMeta)) {
                const QJsonObject bank = QJsonDocument::fromJson(line.text.mid(kBankMeta.size()).toUtf8()).object();
                m_bankId = bank.value(QStringLiteral("id")).toString();
                m_bankTitle = bank.value(QStringLiteral("title")).toString();
            } else if (line.text.startsWith(kQuestionMeta)) {
                pendingMeta = line;
            }
            continue; // Moodle skips comment lines wherever they are
        }
        Block &block = blocks.last();
        if (block.text.isEmpty()) {
            block.meta = pendingMeta;
            pendingMeta.reset();
        } else {
            block.text << GiftChar{QLatin1Char('\n'), false, Pos{line.number, 1}};
        }
        appendLine(block.text, line);
    }
    for (const Block &block : std::as_const(blocks)) {
        if (!block.text.isEmpty())
            readBlock(block);
    }
    finish();
    if (m_questions.isEmpty() && m_problems.isEmpty())
        problem(Pos{}, QStringLiteral("no questions found: GIFT questions are separated by blank lines and hold their answers in { }"));
}

void GiftReader::readBlock(const Block &block)
{
    const GiftText &text = block.text;
    qsizetype i = 0;
    while (i < text.size() && text.at(i).c.isSpace())
        ++i;
    const Pos start = text.at(i).pos;
    const QString all = toPlain(text, i, text.size());
    if (all.startsWith(QLatin1String("$CATEGORY:"))) {
        if (all.contains(QLatin1Char('\n'))) {
            problem(start, QStringLiteral("put a blank line after the $CATEGORY line; Moodle would read the question below it as part of the category"));
            return;
        }
        if (m_category.isEmpty())
            m_category = all.mid(10).trimmed();
        return;
    }

    GiftQuestion question;
    question.start = start;
    if (block.meta) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(block.meta->text.mid(kQuestionMeta.size()).toUtf8(), &error);
        question.metaPos = Pos{block.meta->number, int(kQuestionMeta.size()) + 1};
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            problem(Pos{block.meta->number, int(kQuestionMeta.size()) + std::max(1, error.offset)},
                    QStringLiteral("the '// flatten-tutor' comment must hold a JSON object: %1").arg(error.errorString()));
            return;
        }
        question.meta = doc.object();
        question.hasMeta = true;
    }

    // ::title::
    if (i + 1 < text.size() && isControl(text.at(i), QLatin1Char(':')) && isControl(text.at(i + 1), QLatin1Char(':'))) {
        qsizetype end = i + 2;
        while (end + 1 < text.size() && !(isControl(text.at(end), QLatin1Char(':')) && isControl(text.at(end + 1), QLatin1Char(':'))))
            ++end;
        if (end + 1 >= text.size()) {
            problem(start, QStringLiteral("the title '::' is not closed: write ::title:: before the question text (or escape ':' as '\\:')"));
            return;
        }
        question.title = toPlain(text, i + 2, end).trimmed();
        i = end + 2;
    }

    qsizetype open = -1;
    qsizetype close = -1;
    for (qsizetype k = i; k < text.size(); ++k) {
        if (isControl(text.at(k), QLatin1Char('{'))) {
            if (open >= 0 && close < 0) {
                problem(text.at(k).pos, QStringLiteral("'{' inside the answers: escape it as '\\{' if it is text"));
                return;
            }
            if (close >= 0) {
                problem(text.at(k).pos, QStringLiteral("a second answer block '{': one question has one set of answers; separate questions with a blank line"));
                return;
            }
            open = k;
        } else if (isControl(text.at(k), QLatin1Char('}'))) {
            if (open < 0 || close >= 0) {
                problem(text.at(k).pos, QStringLiteral("'}' without an opening '{': escape it as '\\}' if it is text"));
                return;
            }
            close = k;
        }
    }
    if (open < 0) {
        problem(start, QStringLiteral("no answers '{...}': a description or an essay cannot become a Flatten Tutor question"));
        return;
    }
    if (close < 0) {
        problem(text.at(open).pos, QStringLiteral("'{' is not closed by '}' before the blank line that ends the question"));
        return;
    }

    // Text after the answers: Moodle's "missing word" form puts a blank where the answers were.
    const QString before = toPlain(text, i, open).trimmed();
    const QString after = toPlain(text, close + 1, text.size()).trimmed();
    question.stem = withoutFormatTag(after.isEmpty() ? before : before + QStringLiteral(" _____ ") + after);
    question.stemPos = i < open ? text.at(i).pos : start;
    const qsizetype before0 = m_problems.size();
    readAnswers(question, text, open, close);
    if (m_problems.size() == before0)
        m_questions << question;
}


void GiftReader::readAnswers(GiftQuestion &question, const GiftText &text, qsizetype open, qsizetype close)
{
    question.answersPos = text.at(open).pos;
    qsizetype end = close;
    // General feedback: after the last "####" (Moodle: strrpos).
    for (qsizetype k = close - 4; k > open; --k) {
        if (isControl(text.at(k), QLatin1Char('#')) && isControl(text.at(k + 1), QLatin1Char('#'))
            && isControl(text.at(k + 2), QLatin1Char('#')) && isControl(text.at(k + 3), QLatin1Char('#'))) {
            question.generalFeedback = withoutFormatTag(toPlain(text, k + 4, close));
            question.feedbackPos = text.at(k).pos;
            end = k;
            break;
        }
    }
    qsizetype first = open + 1;
    while (first < end && text.at(first).c.isSpace())
        ++first;
    if (first >= end) {
        problem(question.answersPos, QStringLiteral("no answers inside '{}': an essay question cannot become a Flatten Tutor question; give options '=right #why' and '~wrong #why'"));
        return;
    }
    if (isControl(text.at(first), QLatin1Char('#'))) {
        problem(text.at(first).pos, QStringLiteral("a numerical question ('{#...}') cannot become a Flatten Tutor question; write it as multiple choice"));
        return;
    }
    bool tilde = false;
    bool equals = false;
    bool arrow = false;
    for (qsizetype k = first; k < end; ++k) {
        tilde = tilde || isControl(text.at(k), QLatin1Char('~'));
        equals = equals || isControl(text.at(k), QLatin1Char('='));
        arrow = arrow || (text.at(k).c == QLatin1Char('-') && k + 1 < end && text.at(k + 1).c == QLatin1Char('>'));
    }
    const qsizetype before = m_problems.size();
    if (tilde) {
        readChoices(question, text, first, end);
    } else if (equals && arrow) {
        problem(text.at(first).pos, QStringLiteral("a matching question ('=item -> match') cannot become a Flatten Tutor question; write it as multiple choice"));
        return;
    } else if (!readTrueFalse(question, text, first, end)) {
        problem(text.at(first).pos, QStringLiteral("a short-answer question (only '=' answers) cannot become a Flatten Tutor question; add wrong options '~...' to make it multiple choice"));
        return;
    }
    if (m_problems.size() != before)
        return;
    if (question.generalFeedback.isEmpty())
        problem(question.answersPos, QStringLiteral("no general feedback ('####...' before '}'): Flatten Tutor needs the solution, the quick check and the "
                                                    "common mistakes there, as '### Solution', '### Quick check' and '### Mistakes' sections"));
}

void GiftReader::readChoices(GiftQuestion &question, const GiftText &text, qsizetype from, qsizetype to)
{
    struct Span
    {
        QChar marker;
        qsizetype begin = 0;
        qsizetype end = 0;
    };
    QList<Span> spans;
    for (qsizetype k = from; k < to; ++k) {
        if (isControl(text.at(k), QLatin1Char('~')) || isControl(text.at(k), QLatin1Char('='))) {
            if (!spans.isEmpty())
                spans.last().end = k;
            spans << Span{text.at(k).c, k + 1, to};
        } else if (spans.isEmpty() && !text.at(k).c.isSpace()) {
            problem(text.at(k).pos, QStringLiteral("text before the first answer: each answer starts with '=' (right) or '~' (wrong)"));
            return;
        }
    }
    bool single = false;
    for (const Span &span : std::as_const(spans))
        single = single || span.marker == QLatin1Char('=');
    static const QRegularExpression weightPattern(QStringLiteral("^-?\\d{1,3}(\\.\\d+)?$"));
    double rightWeights = 0;
    for (const Span &span : std::as_const(spans)) {
        const Pos markerPos = text.at(span.begin - 1).pos;
        qsizetype b = span.begin;
        while (b < span.end && text.at(b).c.isSpace())
            ++b;
        std::optional<double> weight;
        if (b < span.end && text.at(b).c == QLatin1Char('%')) {
            qsizetype percent = b + 1;
            while (percent < span.end && text.at(percent).c != QLatin1Char('%'))
                ++percent;
            if (percent < span.end) {
                const QString number = toPlain(text, b + 1, percent);
                const double value = number.toDouble();
                if (!weightPattern.match(number).hasMatch() || std::abs(value) > 100) {
                    problem(text.at(b).pos, QStringLiteral("answer weight '%%1%' must be a percentage from -100 to 100, e.g. '~%50%'").arg(number));
                    continue;
                }
                weight = value;
                b = percent + 1;
            }
        }
        qsizetype hash = b;
        while (hash < span.end && !isControl(text.at(hash), QLatin1Char('#')))
            ++hash;
        GiftOption option;
        option.pos = markerPos;
        option.text = withoutFormatTag(toPlain(text, b, hash).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        if (hash < span.end)
            option.feedback = withoutFormatTag(toPlain(text, hash + 1, span.end).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        if (option.text.isEmpty()) {
            problem(markerPos, QStringLiteral("answer has no text after '%1'").arg(span.marker));
            continue;
        }
        if (option.feedback.isEmpty())
            problem(markerPos, QStringLiteral("answer '%1' has no feedback: add '#why it is right or which mistake it reflects' (Flatten Tutor shows feedback for every option)")
                                   .arg(option.text));
        if (span.marker == QLatin1Char('=')) {
            if (weight && *weight != 100)
                problem(markerPos, QStringLiteral("'=' marks the right answer; a weight (%%1%) after it has no meaning").arg(weightText(*weight)));
            option.correct = true;
        } else if (single && weight && *weight > 0) {
            problem(markerPos, QStringLiteral("partial credit (%%1%) has no place in Flatten Tutor, where an option is right or wrong: "
                                              "use '=' for the right answer and '~' for wrong ones").arg(weightText(*weight)));
        } else if (!single) {
            option.correct = weight && *weight > 0;
            rightWeights += option.correct ? *weight : 0;
        }
        question.options << option;
    }
    if (!single && rightWeights == 0)
        problem(question.answersPos, QStringLiteral("no answer is right: mark the right one with '=', or several with positive weights such as '~%50%'"));
    else if (!single && std::abs(rightWeights - 100) > 0.01)
        problem(question.answersPos, QStringLiteral("the right answers' weights add up to %1%, not 100%").arg(weightText(rightWeights)));
}

// {T}, {FALSE}, {TRUE#shown when wrong#shown when right}: two options, True and False.
bool GiftReader::readTrueFalse(GiftQuestion &question, const GiftText &text, qsizetype from, qsizetype to)
{
    QStringList parts{QString()};
    for (qsizetype k = from; k < to; ++k) {
        if (isControl(text.at(k), QLatin1Char('#')) && parts.size() < 3)
            parts << QString();
        else
            parts.last() += text.at(k).c;
    }
    const QString answer = parts.first().trimmed();
    static const QStringList valid{QStringLiteral("T"), QStringLiteral("TRUE"), QStringLiteral("F"), QStringLiteral("FALSE")};
    if (!valid.contains(answer))
        return false;
    const bool isTrue = answer.startsWith(QLatin1Char('T'));
    const QString wrongFeedback = withoutFormatTag(parts.value(1));
    const QString rightFeedback = withoutFormatTag(parts.value(2));
    if (wrongFeedback.isEmpty() || rightFeedback.isEmpty()) {
        problem(text.at(from).pos, QStringLiteral("a true/false question needs both feedbacks: {%1#shown when wrong#shown when right}").arg(answer));
        return true;
    }
    const Pos pos = text.at(from).pos;
    question.options << GiftOption{QStringLiteral("True"), isTrue ? rightFeedback : wrongFeedback, isTrue, pos}
                     << GiftOption{QStringLiteral("False"), isTrue ? wrongFeedback : rightFeedback, !isTrue, pos};
    return true;
}

QString slug(const QString &text)
{
    QString result;
    for (const QChar c : text.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            result += c;
        else if (!result.isEmpty() && !result.endsWith(QLatin1Char('-')))
            result += QLatin1Char('-');
    }
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    result.truncate(48);
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    return result;
}

QString GiftReader::uniqueId(const GiftQuestion &question, int index)
{
    QString id = isValidId(question.title) ? question.title : slug(question.title.isEmpty() ? question.stem.left(48) : question.title);
    if (id.isEmpty())
        id = QStringLiteral("question-%1").arg(index + 1);
    QString candidate = id;
    for (int n = 2; m_ids.contains(candidate); ++n)
        candidate = QStringLiteral("%1-%2").arg(id).arg(n);
    m_ids << candidate;
    return candidate;
}

void GiftReader::finish()
{
    static const QRegularExpression heading(QStringLiteral("(^|\\n)##+ "));
    for (int i = 0; i < m_questions.size(); ++i) {
        GiftQuestion &question = m_questions[i];
        question.id = uniqueId(question, i);
        if (heading.match(question.stem).hasMatch())
            problem(question.stemPos, QStringLiteral("a line of the question text starts with '##', which bank files keep for questions and sections"));
        const QString lesson = question.meta.value(QStringLiteral("lesson")).toString();
        if (lesson.isEmpty() && m_options.lesson.isEmpty())
            problem(question.start, QStringLiteral("no lesson for this question: give one with --lesson ID (the id of the lesson it practises)"));
        const QString effective = lesson.isEmpty() ? m_options.lesson : lesson;
        if (!effective.isEmpty() && !m_options.knownLessons.isEmpty() && !m_options.knownLessons.contains(effective))
            problem(lesson.isEmpty() ? question.start : question.metaPos,
                    QStringLiteral("lesson '%1' does not exist (known: %2)").arg(effective, m_options.knownLessons.join(QStringLiteral(", "))));
    }
}

QString metaText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << metaText(item);
        return items.join(QStringLiteral(", "));
    }
    return value.toString().simplified();
}

QString GiftReader::bankMarkdown(const QSet<QString> &asChoice, QList<Pos> &sources) const
{
    QStringList lines;
    const auto add = [&](const QString &line, Pos pos) {
        for (const QString &part : line.split(QLatin1Char('\n'))) {
            lines << part;
            sources << pos;
        }
    };
    QString title = m_bankTitle;
    QString category = m_category;
    category.remove(QRegularExpression(QStringLiteral("^\\$(course|system|module|cat\\d*)\\$/")));
    const QString categoryLeaf = category.section(QLatin1Char('/'), -1).trimmed();
    const QString baseName = QFileInfo(m_file).completeBaseName();
    if (title.isEmpty())
        title = categoryLeaf.isEmpty() ? baseName : categoryLeaf;
    QString id = isValidId(m_bankId) ? m_bankId : slug(title);
    if (id.isEmpty())
        id = QStringLiteral("imported");
    const Pos top;
    add(QStringLiteral("---"), top);
    add(QStringLiteral("id: ") + id, top);
    add(QStringLiteral("title: ") + title.simplified(), top);
    if (!m_options.lesson.isEmpty())
        add(QStringLiteral("lesson: ") + m_options.lesson, top);
    add(QStringLiteral("description: Imported from %1 (Moodle GIFT format).").arg(QFileInfo(m_file).fileName()), top);
    add(QStringLiteral("---"), top);

    for (const GiftQuestion &question : m_questions) {
        const QJsonObject &meta = question.meta;
        const bool shape = meta.value(QStringLiteral("kind")).toString() == QLatin1String("shape") && !asChoice.contains(question.id);
        add(QString(), question.start);
        add(QStringLiteral("## ") + question.id, question.start);
        if (shape)
            add(QStringLiteral("kind: shape"), question.metaPos);
        const QJsonValue difficulty = meta.value(QStringLiteral("difficulty"));
        add(QStringLiteral("difficulty: ") + (difficulty.isUndefined() ? QString::number(m_options.difficulty) : metaText(difficulty)), question.metaPos);
        const char *const fields[] = {"lesson", "tags", "input", "model", "source", "start_dim", "end_dim", "options", "check"};
        for (const char *key : fields) {
            const QJsonValue value = meta.value(QLatin1String(key));
            if (value.isUndefined() || (!shape && QLatin1String(key) == QLatin1String("options")))
                continue;
            add(QStringLiteral("%1: %2").arg(QLatin1String(key), metaText(value)), question.metaPos);
        }
        add(QString(), question.stemPos);
        add(question.stem, question.stemPos);
        add(QString(), question.stemPos);
        QList<int> shown;
        if (shape) {
            for (const QJsonValue index : meta.value(QStringLiteral("authored")).toArray())
                shown << index.toInt(-1);
        } else {
            for (int i = 0; i < question.options.size(); ++i)
                shown << i;
        }
        if (!shown.isEmpty())
            add(QStringLiteral("### Options"), question.answersPos);
        for (const int index : std::as_const(shown)) {
            if (index < 0 || index >= question.options.size()) {
                add(QStringLiteral("- [ ]"), question.metaPos); // reported by the loader: option has no text
                continue;
            }
            const GiftOption &option = question.options.at(index);
            add(QStringLiteral("- [%1] %2").arg(option.correct ? QLatin1Char('x') : QLatin1Char(' ')).arg(option.text), option.pos);
            add(QStringLiteral("  > ") + option.feedback, option.pos);
        }
        add(QString(), question.feedbackPos);
        static const QRegularExpression sectionHeading(QStringLiteral("(^|\\n)### "));
        if (sectionHeading.match(question.generalFeedback).hasMatch()) {
            add(question.generalFeedback, question.feedbackPos);
        } else {
            // Someone else's general feedback: it becomes the solution; the loader then asks for the rest.
            const QStringList feedbackLines = question.generalFeedback.split(QLatin1Char('\n'));
            add(QStringLiteral("### Solution"), question.feedbackPos);
            add(QStringLiteral("1. ") + feedbackLines.first(), question.feedbackPos);
            for (qsizetype k = 1; k < feedbackLines.size(); ++k)
                add(feedbackLines.at(k).isEmpty() ? QString() : QStringLiteral("   ") + feedbackLines.at(k), question.feedbackPos);
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// Shape questions whose options, as the engine makes them now, are not the ones in the file
// (a teacher changed them in Moodle): they are kept as choice questions, still engine-checked.
QSet<QString> GiftReader::shapeMismatches(const std::optional<QuestionBank> &bank) const
{
    QSet<QString> mismatched;
    for (const GiftQuestion &question : m_questions) {
        if (question.meta.value(QStringLiteral("kind")).toString() != QLatin1String("shape"))
            continue;
        const Question *loaded = nullptr;
        if (bank) {
            for (const Question &candidate : bank->questions) {
                if (candidate.id == question.id)
                    loaded = &candidate;
            }
        }
        bool same = loaded && loaded->options.size() == question.options.size();
        for (qsizetype i = 0; same && i < question.options.size(); ++i) {
            const Option &a = loaded->options.at(i);
            const GiftOption &b = question.options.at(i);
            same = a.text == b.text && a.feedback == b.feedback && a.correct == b.correct;
        }
        if (!same)
            mismatched << question.id;
    }
    return mismatched;
}

} // namespace

QString GiftFormat::escape(const QString &text)
{
    QString result;
    result.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\r'))
            continue;
        if (c == QLatin1Char('\n'))
            result += QLatin1String("\\n");
        else if (QStringLiteral("\\~=#{}:").contains(c))
            result += QLatin1Char('\\') + c;
        else
            result += c;
    }
    return result;
}

QString GiftFormat::write(const QString &bankId, const QString &bankTitle, const QList<Question> &questions)
{
    QStringList out;
    out << QStringLiteral("// %1 — Flatten Tutor questions in Moodle's GIFT format.").arg(bankTitle)
        << QStringLiteral("// Lines starting with '// flatten-tutor' keep what GIFT has no field for (difficulty, lesson, the")
        << QStringLiteral("// engine's input and model); Moodle skips them, 'flatten-tutor import-bank' reads them back.")
        << QString(kBankMeta)
               + QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), bankId}, {QStringLiteral("title"), bankTitle}})
                                       .toJson(QJsonDocument::Compact))
        << QString()
        << QStringLiteral("$CATEGORY: ") + kCategoryPrefix + QString(bankTitle).replace(QLatin1Char('/'), QLatin1Char('-')).simplified()
        << QString();
    for (const Question &question : questions) {
        out << QString(kQuestionMeta) + QString::fromUtf8(QJsonDocument(questionMeta(question)).toJson(QJsonDocument::Compact));
        out << QStringLiteral("::%1::[markdown]%2 {").arg(escape(question.id), escape(question.stem));
        const QList<int> right = question.correctIndexes();
        for (const Option &option : question.options) {
            QString marker;
            if (right.size() == 1)
                marker = option.correct ? QStringLiteral("=") : QStringLiteral("~");
            else // several right answers: Moodle's multiple-answer form, weights adding up to 100%
                marker = option.correct ? QStringLiteral("~%%1%").arg(weightText(100.0 / double(right.size()))) : QStringLiteral("~%-100%");
            out << QStringLiteral("\t%1%2#%3").arg(marker, escape(option.text), escape(option.feedback));
        }
        out << QStringLiteral("\t####") + escape(sectionsMarkdown(question)) << QStringLiteral("}") << QString();
    }
    return out.join(QLatin1Char('\n'));
}

GiftImport GiftFormat::read(const QString &text, const QString &filePath, const GiftImportOptions &options)
{
    GiftImport result;
    GiftReader reader(filePath, options, result.problems);
    reader.read(text);
    if (!result.problems.isEmpty())
        return result;
    const QString bankPath = options.bankPath.isEmpty() ? QFileInfo(filePath).completeBaseName() + QStringLiteral(".md") : options.bankPath;
    QSet<QString> asChoice;
    for (int pass = 0; pass < 2; ++pass) {
        QList<Pos> sources;
        const QString markdown = reader.bankMarkdown(asChoice, sources);
        ContentProblems loaderProblems;
        const std::optional<QuestionBank> bank = parseQuestionBank(markdown, bankPath, loaderProblems);
        if (pass == 0) {
            asChoice = reader.shapeMismatches(bank);
            if (!asChoice.isEmpty())
                continue;
        }
        for (const ContentProblem &problem : std::as_const(loaderProblems)) {
            Pos source = sources.value(problem.line - 1);
            // A missing section belongs to the general feedback that should hold it.
            if (problem.message.startsWith(QLatin1String("missing section")))
                source = reader.sectionsPos(source);
            result.problems << problemAt(filePath, source.line, source.column, problem.message);
        }
        if (result.problems.isEmpty() && bank) {
            result.bankText = markdown;
            result.questionCount = int(bank->questions.size());
        }
        break;
    }
    return result;
}

} // namespace ft::content
