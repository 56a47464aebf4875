#include "content/question_bank_loader.h"

#include "content/claim.h"
#include "content/content_file.h"
#include "content/engine_answer.h"
#include "engine/source/source_error.h"
#include "engine/trace.h"

#include <QRegularExpression>

#include <algorithm>

namespace ft::content {

namespace {

bool isFence(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
}

int firstNonSpaceColumn(const QString &text)
{
    for (int i = 0; i < text.size(); ++i) {
        if (!text.at(i).isSpace())
            return i + 1;
    }
    return 1;
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('`')).simplified();
}

// "order: fixed" (options always in file order) or "order: shuffled" (a new order each attempt).
std::optional<bool> parseOrderField(const ContentField &field, const QString &file, ContentProblems &problems)
{
    if (field.value == QLatin1String("fixed"))
        return true;
    if (field.value == QLatin1String("shuffled"))
        return false;
    problems << problemAt(file, field.line, field.valueColumn,
                          QStringLiteral("order must be 'fixed' or 'shuffled', found '%1'").arg(field.value));
    return std::nullopt;
}

// Text with backticks and all white space removed, for finding a shape or a layer in a stem.
QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('`'))
            out += c;
    }
    return out;
}

// Everything one "## id" block says, before it becomes a Question.
class QuestionParser
{
public:
    QuestionParser(const ContentLines &lines, const QString &file, const std::optional<ContentField> &defaultLesson,
                   bool bankFixedOrder, ContentProblems &problems, ContentProblems &warnings)
        : m_lines(lines), m_file(file), m_defaultLesson(defaultLesson), m_bankFixedOrder(bankFixedOrder),
          m_problems(problems), m_warnings(warnings) {}

    std::optional<Question> parse(LessonReference *reference);

private:
    enum class Section { None, Options, Solution, QuickCheck, Mistakes, Claims };

    void problem(int line, int column, const QString &message) { m_problems << problemAt(m_file, line, column, message); }
    void readFields(int &i);
    void readStemAndSections(int i);
    void readOptionLine(const ContentLine &line);
    void readSolutionLine(const ContentLine &line);
    void readMistakeLine(const ContentLine &line);
    void checkQuestion();
    void runEngineCheck();
    void checkOptionsRun();
    void checkFeedbackClaims();
    void showGivenInStem();
    void rememberTrace(const EngineRun &run)
    {
        for (const EngineStep &step : run.steps)
            m_tracedShapes << QString::fromStdString(ft::formatShape(step.output));
    }
    const ContentField *field(const char *key) const
    {
        for (const ContentField &f : m_fields) {
            if (f.key == QLatin1String(key))
                return &f;
        }
        return nullptr;
    }

    const ContentLines &m_lines;
    const QString &m_file;
    const std::optional<ContentField> &m_defaultLesson; // the bank header's "lesson:", if any
    const bool m_bankFixedOrder;                        // the bank header's "order: fixed"
    ContentProblems &m_problems;
    ContentProblems &m_warnings;
    Question m_question;
    QList<ContentField> m_fields;
    int m_optionsCount = kDefaultShapeOptions;
    bool m_optionsRun = false; // "check: options-run": each option is a model; the correct ones run
    QList<int> m_solutionLines; // the line each solution step starts on
    QStringList m_tracedShapes; // every layer's output the engine traced for this question's models
    int m_sectionLine[6] = {0, 0, 0, 0, 0, 0};
    QStringList m_quickCheckLines;
    QList<int> m_quickCheckLineNumbers;
    // The stem's ```python blocks: where the first one's code starts, its text, and how many there are.
    int m_pythonLine = 0;
    QStringList m_pythonText;
    int m_pythonBlocks = 0;
    int m_openFenceLine = 0; // a fence of the stem that is never closed
};

std::optional<Question> QuestionParser::parse(LessonReference *reference)
{
    const qsizetype before = m_problems.size();
    const ContentLine &heading = m_lines.first();
    m_question.line = heading.number;
    m_question.filePath = m_file;
    m_question.id = heading.text.mid(3).trimmed();
    if (!isValidId(m_question.id))
        problem(heading.number, 4, QStringLiteral("invalid question id '%1': use 1 to 64 lower-case letters, digits and '-'").arg(m_question.id));

    int i = 1;
    readFields(i);
    readStemAndSections(i);
    checkQuestion();
    if (m_problems.size() == before)
        runEngineCheck();
    if (m_problems.size() == before)
        checkFeedbackClaims();
    if (m_problems.size() == before)
        showGivenInStem();
    if (reference) {
        const ContentField *lesson = field("lesson");
        if (!lesson && m_defaultLesson)
            lesson = &*m_defaultLesson;
        *reference = LessonReference{m_question.id, m_question.lessonId, m_file, lesson ? lesson->line : heading.number,
                                     lesson ? lesson->valueColumn : 1};
    }
    if (m_problems.size() != before)
        return std::nullopt;
    return m_question;
}

void QuestionParser::readFields(int &i)
{
    static const QStringList known{QStringLiteral("kind"), QStringLiteral("difficulty"), QStringLiteral("lesson"),
                                   QStringLiteral("tags"), QStringLiteral("input"), QStringLiteral("model"),
                                   QStringLiteral("start_dim"), QStringLiteral("end_dim"), QStringLiteral("options"),
                                   QStringLiteral("check"), QStringLiteral("source"), QStringLiteral("order")};
    for (; i < m_lines.size() && !m_lines.at(i).text.trimmed().isEmpty(); ++i) {
        const ContentLine &line = m_lines.at(i);
        if (line.text.trimmed().startsWith(QLatin1String("###")))
            return; // no blank line before the first section: the stem is then missing, reported later
        const std::optional<ContentField> parsed = parseField(line);
        if (!parsed) {
            problem(line.number, firstNonSpaceColumn(line.text),
                    QStringLiteral("expected a 'key: value' field here; leave a blank line between the fields and the question text"));
            continue;
        }
        if (!known.contains(parsed->key)) {
            problem(parsed->line, parsed->keyColumn,
                    QStringLiteral("unknown field '%1' (known: %2)").arg(parsed->key, known.join(QStringLiteral(", "))));
            continue;
        }
        if (field(parsed->key.toLatin1().constData())) {
            problem(parsed->line, parsed->keyColumn, QStringLiteral("'%1' is given twice").arg(parsed->key));
            continue;
        }
        m_fields << *parsed;
    }
}

void QuestionParser::readStemAndSections(int i)
{
    Section section = Section::None;
    QStringList stem;
    bool inFence = false;
    for (; i < m_lines.size(); ++i) {
        const ContentLine &line = m_lines.at(i);
        const QString trimmed = line.text.trimmed();
        if (!inFence && trimmed.startsWith(QLatin1String("### "))) {
            const QString name = trimmed.mid(4).trimmed().toLower();
            const int column = int(line.text.indexOf(QLatin1String("###"))) + 5;
            Section next = Section::None;
            if (name == QLatin1String("options"))
                next = Section::Options;
            else if (name == QLatin1String("solution"))
                next = Section::Solution;
            else if (name == QLatin1String("quick check"))
                next = Section::QuickCheck;
            else if (name == QLatin1String("mistakes"))
                next = Section::Mistakes;
            else if (name == QLatin1String("claims"))
                next = Section::Claims;
            if (next == Section::None) {
                problem(line.number, column,
                        QStringLiteral("unknown section '%1' (known: Options, Solution, Quick check, Mistakes, Claims)").arg(trimmed.mid(4).trimmed()));
                section = Section::None;
                stem.clear();
                continue;
            }
            if (m_sectionLine[int(next)]) {
                problem(line.number, column, QStringLiteral("section '%1' is given twice").arg(trimmed.mid(4).trimmed()));
            }
            m_sectionLine[int(next)] = line.number;
            section = next;
            continue;
        }
        const bool stemLine = section == Section::None && !(m_sectionLine[1] || m_sectionLine[2] || m_sectionLine[3] || m_sectionLine[4] || m_sectionLine[5]);
        if (isFence(line.text)) {
            inFence = !inFence;
            if (stemLine && inFence) {
                m_openFenceLine = line.number;
                if (trimmed.mid(3).trimmed() == QLatin1String("python") && m_pythonBlocks++ == 0)
                    m_pythonLine = line.number + 1;
            } else if (stemLine) {
                m_openFenceLine = 0;
            }
        } else if (stemLine && inFence && m_pythonBlocks == 1 && m_pythonLine && m_openFenceLine == m_pythonLine - 1) {
            m_pythonText << line.text;
        }
        switch (section) {
        case Section::None:
            if (!stemLine)
                break; // text under an unknown section, already reported
            stem << line.text;
            break;
        case Section::Options:
            readOptionLine(line);
            break;
        case Section::Solution:
            readSolutionLine(line);
            break;
        case Section::QuickCheck:
            if (!trimmed.isEmpty()) {
                m_quickCheckLines << trimmed;
                m_quickCheckLineNumbers << line.number;
            }
            break;
        case Section::Mistakes:
            readMistakeLine(line);
            break;
        case Section::Claims:
            if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#'))) {
                if (std::optional<Claim> claim = parseClaim(line, m_file, m_problems))
                    m_question.claims << *claim;
            }
            break;
        }
    }
    m_question.stem = stem.join(QLatin1Char('\n')).trimmed();
}

void QuestionParser::readOptionLine(const ContentLine &line)
{
    static const QRegularExpression optionPattern(QStringLiteral("^(\\s*)[-*]\\s+\\[([ xX])\\](.*)$"));
    const QString trimmed = line.text.trimmed();
    if (trimmed.isEmpty())
        return;
    const QRegularExpressionMatch match = optionPattern.match(line.text);
    if (match.hasMatch()) {
        Option option;
        option.correct = match.captured(2) != QLatin1String(" ");
        option.text = match.captured(3).trimmed();
        option.line = line.number;
        if (option.text.isEmpty())
            problem(line.number, int(match.capturedEnd(2)) + 2, QStringLiteral("option has no text after its box"));
        m_question.options << option;
        return;
    }
    if (trimmed.startsWith(QLatin1Char('>'))) {
        if (m_question.options.isEmpty()) {
            problem(line.number, firstNonSpaceColumn(line.text), QStringLiteral("feedback line before any option; write the option '- [ ] text' first"));
            return;
        }
        QString &feedback = m_question.options.last().feedback;
        const QString text = trimmed.mid(1).trimmed();
        feedback = feedback.isEmpty() ? text : feedback + QLatin1Char(' ') + text;
        return;
    }
    problem(line.number, firstNonSpaceColumn(line.text),
            QStringLiteral("expected an option '- [x] text' (correct) or '- [ ] text' (wrong), or its feedback line '> why'"));
}

void QuestionParser::readSolutionLine(const ContentLine &line)
{
    static const QRegularExpression stepPattern(QStringLiteral("^\\s*\\d+[.)]\\s+(.*)$"));
    if (line.text.trimmed().isEmpty()) {
        if (!m_question.solution.isEmpty())
            m_question.solution.last() += QLatin1Char('\n');
        return;
    }
    const QRegularExpressionMatch match = stepPattern.match(line.text);
    if (match.hasMatch()) {
        m_question.solution << match.captured(1).trimmed();
        m_solutionLines << line.number;
        return;
    }
    if (m_question.solution.isEmpty()) {
        problem(line.number, firstNonSpaceColumn(line.text), QStringLiteral("expected a numbered step such as '1. Look at the input shape.'"));
        return;
    }
    // A continuation of the step above (more text, or a code block inside it).
    int indent = 0;
    while (indent < 3 && indent < line.text.size() && line.text.at(indent) == QLatin1Char(' '))
        ++indent;
    m_question.solution.last() += QLatin1Char('\n') + line.text.mid(indent);
}

void QuestionParser::readMistakeLine(const ContentLine &line)
{
    static const QRegularExpression itemPattern(QStringLiteral("^\\s*[-*]\\s+(.*)$"));
    if (line.text.trimmed().isEmpty())
        return;
    const QRegularExpressionMatch match = itemPattern.match(line.text);
    if (match.hasMatch()) {
        m_question.mistakes << match.captured(1).trimmed();
        return;
    }
    if (m_question.mistakes.isEmpty() || !line.text.at(0).isSpace()) {
        problem(line.number, firstNonSpaceColumn(line.text), QStringLiteral("expected a mistake as a list item '- text'"));
        return;
    }
    m_question.mistakes.last() += QLatin1Char(' ') + line.text.trimmed();
}

void QuestionParser::checkQuestion()
{
    const int heading = m_question.line;
    // Fields.
    if (const ContentField *kind = field("kind")) {
        if (kind->value == QLatin1String("shape"))
            m_question.kind = QuestionKind::Shape;
        else if (kind->value != QLatin1String("choice"))
            problem(kind->line, kind->valueColumn, QStringLiteral("kind must be 'choice' or 'shape', found '%1'").arg(kind->value));
    }
    const bool isShape = m_question.kind == QuestionKind::Shape;
    if (const ContentField *difficulty = field("difficulty"))
        m_question.difficulty = parseIntField(*difficulty, 1, 5, m_file, m_problems).value_or(1);
    else
        problem(heading, 1, QStringLiteral("missing required field 'difficulty' (1 easiest to 5 hardest)"));
    if (const ContentField *lesson = field("lesson")) {
        if (checkId(*lesson, m_file, m_problems))
            m_question.lessonId = lesson->value;
    } else if (m_defaultLesson) {
        m_question.lessonId = m_defaultLesson->value;
    } else {
        problem(heading, 1, QStringLiteral("missing required field 'lesson' (the id of the lesson it practises)"));
    }
    if (const ContentField *tags = field("tags"))
        m_question.tags = parseTags(tags->value);
    m_question.fixedOrder = m_bankFixedOrder;
    if (const ContentField *order = field("order")) {
        if (const std::optional<bool> fixed = parseOrderField(*order, m_file, m_problems))
            m_question.fixedOrder = *fixed;
    }

    const ContentField *input = field("input");
    const ContentField *model = field("model");
    const ContentField *start = field("start_dim");
    const ContentField *end = field("end_dim");
    if (input) {
        m_question.inputText = input->value;
        ShapeTextError error;
        if (const std::optional<ft::Shape> shape = parseShapeText(input->value, &error))
            m_question.inputShape = *shape;
        else
            problem(input->line, input->valueColumn + error.column - 1, QStringLiteral("input: ") + error.message);
    } else if (isShape) {
        problem(heading, 1, QStringLiteral("missing required field 'input' for a shape question (for example 'input: 32, 3, 28, 28')"));
    } else if (model || start || end) {
        const ContentField *first = model ? model : (start ? start : end);
        problem(first->line, first->keyColumn, QStringLiteral("'%1' needs an 'input' shape to run on").arg(first->key));
    }
    if (model) {
        m_question.model = model->value;
        if (model->value.isEmpty())
            problem(model->line, model->valueColumn, QStringLiteral("model is empty"));
        if (start || end) {
            const ContentField *dim = start ? start : end;
            problem(dim->line, dim->keyColumn, QStringLiteral("give either 'model' or 'start_dim'/'end_dim', not both (write the dims inside nn.Flatten(...))"));
        }
    } else if (input && !isShape && !start && !end && !field("check")) {
        problem(input->line, input->keyColumn, QStringLiteral("an engine check needs 'model' (or 'start_dim'/'end_dim') beside 'input'"));
    }
    if (start)
        m_question.startDim = parseDimField(*start, m_file, m_problems);
    if (end)
        m_question.endDim = parseDimField(*end, m_file, m_problems);
    if (const ContentField *source = field("source")) {
        if (!isShape || !input || model || start || end) {
            problem(source->line, source->keyColumn,
                    QStringLiteral("'source' is for shape questions with an 'input' and no 'model' or 'start_dim'/'end_dim': the model is the class in the question's ```python block"));
        } else if (!QRegularExpression(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$")).match(source->value).hasMatch()) {
            problem(source->line, source->valueColumn, QStringLiteral("source: expected the name of the class to run, e.g. 'source: Net'"));
        } else if (m_openFenceLine) {
            problem(m_openFenceLine, 1, QStringLiteral("this code block is never closed; end it with a line of ```"));
        } else if (m_pythonBlocks != 1) {
            problem(source->line, source->keyColumn,
                    QStringLiteral("'source' needs exactly one ```python block in the question text (the class), found %1").arg(m_pythonBlocks));
        } else {
            m_question.sourceClass = source->value;
            m_question.source = m_pythonText.join(QLatin1Char('\n')) + QLatin1Char('\n');
        }
    }
    if (const ContentField *count = field("options")) {
        if (!isShape)
            problem(count->line, count->keyColumn, QStringLiteral("'options' (how many options to show) is only for shape questions"));
        else
            m_optionsCount = parseIntField(*count, kMinOptions, kMaxOptions, m_file, m_problems).value_or(kDefaultShapeOptions);
    }

    if (const ContentField *check = field("check")) {
        if (check->value != QLatin1String("options-run"))
            problem(check->line, check->valueColumn, QStringLiteral("check must be 'options-run', found '%1'").arg(check->value));
        else if (isShape || !input || model || start || end)
            problem(check->line, check->keyColumn,
                    QStringLiteral("'check: options-run' is for choice questions with an 'input' and no 'model': each option is a model"));
        else
            m_optionsRun = true;
    }

    // Text and sections.
    if (m_question.stem.isEmpty())
        problem(heading, 1, QStringLiteral("the question has no text: write it after the fields and a blank line"));
    const int optionsLine = m_sectionLine[int(Section::Options)];
    for (const Option &option : std::as_const(m_question.options)) {
        if (option.feedback.isEmpty())
            problem(option.line, 1, QStringLiteral("option has no feedback: add a line '> why it is right or which mistake it reflects' under it"));
        if (isShape && option.correct)
            problem(option.line, 1, QStringLiteral("a shape question's correct option is computed by the engine; write only wrong options '- [ ] ...'"));
    }
    if (!isShape) {
        if (!optionsLine) {
            problem(heading, 1, QStringLiteral("missing section '### Options'"));
        } else {
            const qsizetype count = m_question.options.size();
            if (count < kMinOptions || count > kMaxOptions)
                problem(optionsLine, 1, QStringLiteral("a question needs %1 to %2 options, found %3").arg(kMinOptions).arg(kMaxOptions).arg(count));
            if (count > 0 && m_question.correctIndexes().isEmpty())
                problem(optionsLine, 1, QStringLiteral("no option is marked correct: mark at least one with '- [x]'"));
        }
    } else if (m_question.options.size() > kMaxOptions - 1) {
        problem(optionsLine, 1, QStringLiteral("a shape question takes at most %1 wrong options (the engine adds the right one)").arg(kMaxOptions - 1));
    }
    if (!m_sectionLine[int(Section::Solution)])
        problem(heading, 1, QStringLiteral("missing section '### Solution' (numbered steps)"));
    else if (m_question.solution.isEmpty())
        problem(m_sectionLine[int(Section::Solution)], 1, QStringLiteral("the solution has no steps: write '1. ...', '2. ...'"));
    for (QString &step : m_question.solution)
        step = step.trimmed();
    if (!m_sectionLine[int(Section::QuickCheck)])
        problem(heading, 1, QStringLiteral("missing section '### Quick check' (one line)"));
    else if (m_quickCheckLines.isEmpty())
        problem(m_sectionLine[int(Section::QuickCheck)], 1, QStringLiteral("the quick check is empty"));
    else if (m_quickCheckLines.size() > 1)
        problem(m_quickCheckLineNumbers.at(1), 1, QStringLiteral("the quick check is one line; move the rest into the solution"));
    else
        m_question.quickCheck = m_quickCheckLines.first();
    if (!m_sectionLine[int(Section::Mistakes)])
        problem(heading, 1, QStringLiteral("missing section '### Mistakes' (one '- ' item per common mistake)"));
    else if (m_question.mistakes.isEmpty())
        problem(m_sectionLine[int(Section::Mistakes)], 1, QStringLiteral("no mistakes listed: add '- ' items"));
}

void QuestionParser::runEngineCheck()
{
    if (m_question.inputText.isEmpty() && m_question.kind == QuestionKind::Choice)
        return;
    if (m_optionsRun) {
        checkOptionsRun();
        return;
    }
    const ContentField *model = field("model");
    EngineRun run;
    try {
        run = m_question.isSourceQuestion() ? runSourceEngine(m_question.inputShape, m_question.source, m_question.sourceClass)
                                            : runEngine(m_question.inputShape, m_question.effectiveModel());
    } catch (const ft::source::SourceError &error) {
        // Lines and columns of the class, moved to the bank file.
        problem(m_pythonLine + std::max(error.line(), 1) - 1, std::max(error.column(), 1),
                QStringLiteral("source: %1").arg(QString::fromStdString(error.message())));
        return;
    } catch (const ft::ParseError &error) {
        const int line = model ? model->line : m_question.line;
        const int column = model ? model->valueColumn + error.column() - 1 : 1;
        problem(line, column, QStringLiteral("model: ") + QString::fromStdString(error.message()));
        return;
    } catch (const std::exception &error) {
        if (!model)
            model = field("source"); // a class whose forward() returns no single tensor
        problem(model ? model->line : m_question.line, model ? model->valueColumn : 1,
                QStringLiteral("the engine could not run this model: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    m_question.answer = run.answer;
    rememberTrace(run);
    const QString answerText = plain(run.answer.text());
    if (m_question.kind == QuestionKind::Shape) {
        for (const Option &option : std::as_const(m_question.options)) {
            if (plain(option.text) == answerText)
                problem(option.line, 1, QStringLiteral("this option is what the engine answers (%1), so it is not wrong").arg(run.answer.text()));
        }
        m_question.options = shapeQuestionOptions(m_question, run, m_optionsCount);
        if (m_question.options.size() < kMinOptions)
            problem(m_question.line, 1, QStringLiteral("the engine found no wrong answer to offer; add one with '- [ ] ...' and its feedback"));
        return;
    }
    // A choice question with an engine check: the correct options state the engine's answer.
    for (const Option &option : std::as_const(m_question.options)) {
        const bool states = plain(option.text).contains(answerText);
        if (option.correct && !states)
            problem(option.line, 1, QStringLiteral("option marked correct does not state what the engine answers: %1").arg(run.answer.text()));
        else if (!option.correct && states)
            problem(option.line, 1, QStringLiteral("option marked wrong states exactly what the engine answers: %1").arg(run.answer.text()));
    }
}

// Every shape or error an author's option, feedback or solution step states is the question's
// input, the engine's answer or a layer output it traced, or backed by a claim in '### Claims';
// and every claim holds in the engine.
void QuestionParser::checkFeedbackClaims()
{
    checkClaims(m_question.claims, m_problems);
    QStringList given{QString::fromStdString(ft::formatShape(m_question.inputShape))};
    given << m_tracedShapes;
    if (m_question.answer)
        given << m_question.answer->text();
    QList<Claim> claims = m_question.claims;
    if (m_question.answer && m_question.answer->isError()) {
        Claim answer; // the engine's own error answer covers feedback quoting it
        answer.expected = m_question.answer->text();
        claims << answer;
    }
    for (const Option &option : std::as_const(m_question.options)) {
        if (option.line == 0)
            continue; // written by the engine
        // A wrong option may name a wrong shape on purpose, and its feedback may repeat it.
        const QStringList unchecked = option.correct ? uncheckedResults(option.text + QLatin1Char('\n') + option.feedback, claims, given)
                                                     : uncheckedResults(option.feedback, claims, given + QStringList{plain(option.text)});
        for (const QString &result : unchecked)
            m_question.uncheckedStatements << problemAt(m_file, option.line, 1,
                QStringLiteral("this option or its feedback states '%1', which no claim in '### Claims' checks").arg(result));
    }
    for (int i = 0; i < m_question.solution.size() && i < m_solutionLines.size(); ++i) {
        for (const QString &result : uncheckedResults(m_question.solution.at(i), claims, given))
            m_question.uncheckedStatements << problemAt(m_file, m_solutionLines.at(i), 1, QStringLiteral("the solution states '%1', which neither the engine's trace of this question nor a claim in '### Claims' checks").arg(result));
    }
}

// "check: options-run": every option is one model in backticks; the engine runs each on the input.
// The correct options must run, the wrong ones must raise, so the learner's "which code works?"
// is decided by the engine, not by the author.
void QuestionParser::checkOptionsRun()
{
    static const QRegularExpression codeSpan(QStringLiteral("^`([^`]+)`$"));
    for (const Option &option : std::as_const(m_question.options)) {
        const QRegularExpressionMatch match = codeSpan.match(option.text);
        if (!match.hasMatch()) {
            problem(option.line, 1, QStringLiteral("with 'check: options-run' each option is one model in backticks, e.g. `nn.Flatten()`"));
            continue;
        }
        try {
            const EngineRun run = runEngine(m_question.inputShape, match.captured(1));
            if (option.correct)
                rememberTrace(run);
            if (option.correct && run.answer.isError())
                problem(option.line, 1, QStringLiteral("option marked correct raises in the engine: %1").arg(run.answer.text()));
            else if (!option.correct && !run.answer.isError())
                problem(option.line, 1, QStringLiteral("option marked wrong runs in the engine and gives %1").arg(run.answer.text()));
        } catch (const ft::ParseError &error) {
            int tick = 0;
            for (const ContentLine &line : m_lines) {
                if (line.number == option.line)
                    tick = int(line.text.indexOf(QLatin1Char('`')));
            }
            problem(option.line, tick + 1 + error.column(), QStringLiteral("option model: ") + QString::fromStdString(error.message()));
        }
    }
}

bool stemShowsInput(const QString &stem, const ft::Shape &input)
{
    const QString text = squeezed(stem);
    for (const QChar separator : {QChar(u','), QChar(u'x'), QChar(0x00d7)}) {
        QStringList dims;
        for (const std::int64_t dim : input)
            dims << QString::number(dim);
        if (text.contains(dims.join(separator)))
            return true;
    }
    return false;
}

bool stemShowsModel(const QString &stem, const QString &model)
{
    const QString text = squeezed(stem);
    if (model.isEmpty()) // a plain nn.Flatten / torch.flatten given by start_dim/end_dim
        return text.contains(QLatin1String("flatten"), Qt::CaseInsensitive);
    // Every layer the model builds (its innermost calls, e.g. "nn.Conv2d(3,16,3)") must appear.
    static const QRegularExpression layer(QStringLiteral("[A-Za-z_][A-Za-z0-9_.]*\\([^()]*\\)"));
    auto it = layer.globalMatch(squeezed(model));
    bool any = false;
    while (it.hasNext()) {
        any = true;
        if (!text.contains(it.next().captured(0)))
            return false;
    }
    return any || text.contains(squeezed(model));
}

// A shape question's stem must let the learner reason before checking: it shows the input shape
// and the model. One that does not gets them added (so the learner always sees them) and a warning.
void QuestionParser::showGivenInStem()
{
    if (m_question.kind != QuestionKind::Shape || m_question.isSourceQuestion())
        return;
    const bool input = stemShowsInput(m_question.stem, m_question.inputShape);
    const bool model = stemShowsModel(m_question.stem, m_question.model);
    if (input && model)
        return;
    const QString missing = !input && !model ? QStringLiteral("the input shape and the model")
                            : !input         ? QStringLiteral("the input shape")
                                             : QStringLiteral("the model");
    m_warnings << problemAt(m_file, m_question.line, 4,
                            QStringLiteral("warning: the question text does not show %1, so the learner has nothing to reason "
                                           "about before checking; the app adds them below the text")
                                .arg(missing));
    QStringList given;
    if (!input)
        given << QStringLiteral("Input shape: `%1`").arg(QString::fromStdString(ft::formatShape(m_question.inputShape)));
    if (!model)
        given << QStringLiteral("```python\nmodel = %1\n```").arg(m_question.effectiveModel());
    m_question.stem += QStringLiteral("\n\n") + given.join(QStringLiteral("\n\n"));
}

} // namespace

std::optional<QuestionBank> parseQuestionBank(const QString &text, const QString &filePath, ContentProblems &problems,
                                              QList<LessonReference> *references)
{
    const ContentLines lines = splitContentLines(text);
    const qsizetype before = problems.size();
    const FrontMatter header = parseFrontMatter(lines, filePath, problems);
    if (!header.found)
        return std::nullopt;
    QuestionBank bank;
    bank.filePath = filePath;
    std::optional<ContentField> defaultLesson;
    bool fixedOrder = false;
    for (const ContentField &field : header.fields) {
        if (field.key == QLatin1String("id")) {
            if (checkId(field, filePath, problems))
                bank.id = field.value;
        } else if (field.key == QLatin1String("title")) {
            bank.title = field.value;
        } else if (field.key == QLatin1String("lesson")) {
            if (checkId(field, filePath, problems))
                defaultLesson = field;
        } else if (field.key == QLatin1String("order")) {
            fixedOrder = parseOrderField(field, filePath, problems).value_or(false);
        } else if (field.key == QLatin1String("description")) {
            // For people reading the file; the app lists banks by title.
        } else {
            problems << problemAt(filePath, field.line, field.keyColumn,
                                  QStringLiteral("unknown field '%1' (known: id, title, lesson, order, description)").arg(field.key));
        }
    }
    const int headerEnd = header.next > 0 && header.next <= lines.size() ? lines.at(header.next - 1).number : 1;
    for (const char *required : {"id", "title"}) {
        if (!header.has(QLatin1String(required)))
            problems << problemAt(filePath, headerEnd, 1, QStringLiteral("missing required field '%1' in the header").arg(QLatin1String(required)));
    }
    if (problems.size() != before)
        return std::nullopt;

    // Cut the rest into "## id" blocks (a "##" inside a code block is code, not a question).
    QList<ContentLines> blocks;
    bool inFence = false;
    for (int i = header.next; i < lines.size(); ++i) {
        const ContentLine &line = lines.at(i);
        if (!inFence && line.text.startsWith(QLatin1String("## "))) {
            blocks << ContentLines{line};
            continue;
        }
        if (isFence(line.text))
            inFence = !inFence;
        if (!blocks.isEmpty())
            blocks.last() << line;
        else if (!line.text.trimmed().isEmpty())
            problems << problemAt(filePath, line.number, 1, QStringLiteral("text before the first question; start each question with '## question-id'"));
    }
    if (blocks.isEmpty())
        problems << problemAt(filePath, headerEnd, 1, QStringLiteral("the bank has no questions ('## question-id' headings)"));
    QStringList ids; // every heading's id, also of questions that did not load
    for (const ContentLines &block : std::as_const(blocks)) {
        const QString id = block.first().text.mid(3).trimmed();
        if (ids.contains(id)) {
            problems << problemAt(filePath, block.first().number, 4, QStringLiteral("duplicate question id '%1' in this file").arg(id));
            continue;
        }
        ids << id;
        QuestionParser parser(block, filePath, defaultLesson, fixedOrder, problems, bank.warnings);
        LessonReference reference;
        std::optional<Question> question = parser.parse(&reference);
        if (!question)
            continue;
        question->bankId = bank.id;
        bank.questions << *question;
        if (references)
            *references << reference;
    }
    return bank;
}

} // namespace ft::content
