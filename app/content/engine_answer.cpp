#include "content/engine_answer.h"

#include "engine/analysis.h"
#include "content/question_generator.h"
#include "engine/source/source_trace.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <stdexcept>

namespace ft::content {

namespace {

QString shapeText(const ft::Shape &shape)
{
    return QString::fromStdString(ft::formatShape(shape));
}

QString chainText(const EngineRun &run)
{
    QString text = shapeText(run.input);
    for (int i = 0; i < run.steps.size(); ++i) {
        const EngineStep &step = run.steps.at(i);
        if (i >= run.stepLines.size()) {
            text += QStringLiteral(" → %1 → %2").arg(step.typeName, shapeText(step.output));
        } else if (i + 1 == run.stepLines.size() || run.stepLines.at(i + 1) != run.stepLines.at(i)) {
            // A source line with several calls shows what it finally makes.
            text += QStringLiteral(" → line %1 → %2").arg(run.stepLines.at(i)).arg(shapeText(step.output));
        }
    }
    return text;
}

// Stable across runs and platforms (qHash is seeded per process).
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

struct Candidate
{
    QString text;
    QString feedback;
};

std::optional<ft::Dim> sumOf(const ft::Shape &shape, std::size_t from, std::size_t to)
{
    ft::Dim sum = 0;
    for (std::size_t i = from; i <= to && i < shape.size(); ++i)
        sum += shape[i];
    return sum;
}

// What nn.Flatten(start_dim=0, end_dim=<the layer's end_dim>) gives on `input`, the layer being
// the Flatten `step` (its repr names its end_dim); nullopt when that raises.
std::optional<ft::Shape> flattenFromZero(const EngineStep &step, const ft::Shape &input)
{
    static const QRegularExpression endDim(QStringLiteral("^Flatten\\(start_dim=-?\\d+, end_dim=(-?\\d+)\\)"));
    const QRegularExpressionMatch match = endDim.match(step.repr);
    if (!match.hasMatch())
        return std::nullopt;
    try {
        return ft::flattenShape(input, 0, match.captured(1).toLongLong());
    } catch (const ft::TorchError &) {
        return std::nullopt;
    }
}

// The distractors real learners pick, each computed from the engine's own shapes.
QList<Candidate> generatedDistractors(const EngineRun &run)
{
    QList<Candidate> candidates;
    const EngineAnswer &answer = run.answer;
    const EngineStep *last = run.steps.isEmpty() ? nullptr : &run.steps.last();
    const ft::Shape before = run.steps.size() >= 2 ? run.steps.at(run.steps.size() - 2).output : run.input;

    if (answer.shape) {
        const ft::Shape &out = *answer.shape;
        const bool endsWithFlatten = last && last->typeName == QLatin1String("Flatten");
        // The batch-related mistakes only make sense while dim 0 is still the input's batch.
        const bool batchKept = out.size() >= 2 && !run.input.empty() && out[0] == run.input[0];
        std::size_t start = 0;
        std::size_t end = 0;
        const bool merged = endsWithFlatten && before != out && before.size() >= 2 && out.size() < before.size();
        if (merged) {
            // Which input dims were merged: the flatten keeps a prefix and a suffix unchanged.
            while (start < out.size() && out[start] == before[start])
                ++start;
            end = start + (before.size() - out.size());
        }
        // Using the input's height and width although a convolution or pooling changed them.
        if (merged && start == 1 && run.steps.size() >= 2 && run.input.size() == 4 && before.size() == 4
            && (before[2] != run.input[2] || before[3] != run.input[3])) {
            candidates << Candidate{optionTextForShape({before[0], before[1] * run.input[2] * run.input[3]}),
                                    QCoreApplication::translate("EngineAnswer", "This uses the input's height and width (%1x%2); the layers before the Flatten changed them to %3x%4.")
                                        .arg(run.input[2]).arg(run.input[3]).arg(before[2]).arg(before[3])};
        }
        if (batchKept) {
            if (const auto numel = ft::checkedNumel(out); numel && endsWithFlatten) {
                // Name start_dim=0 only when start_dim=0 with this layer's end_dim really gives
                // this shape; with an earlier end_dim it gives something else (computed here).
                const std::optional<ft::Shape> startAtZero = flattenFromZero(*last, before);
                const bool sameAsStartZero = startAtZero && *startAtZero == ft::Shape{*numel};
                candidates << Candidate{optionTextForShape({*numel}),
                                        sameAsStartZero
                                            ? QCoreApplication::translate("EngineAnswer", "This flattens the batch dimension too, as start_dim=0 (or torch.flatten with its defaults) would; "
                                                             "the batch of %1 must stay the first dimension.").arg(out[0])
                                            : QCoreApplication::translate("EngineAnswer", "This merges every dimension, the batch included, as nn.Flatten(0, -1) or torch.flatten(x) "
                                                             "would (start_dim=0 with this layer's end_dim would give %1); the batch of %2 must stay "
                                                             "the first dimension.").arg(startAtZero ? shapeText(*startAtZero) : QCoreApplication::translate("EngineAnswer", "an error")).arg(out[0])};
            }
            candidates << Candidate{optionTextForShape(ft::Shape(out.begin() + 1, out.end())),
                                    QCoreApplication::translate("EngineAnswer", "This forgets the batch dimension: the batch of %1 is still there, first.").arg(out[0])};
        }
        if (merged && end < before.size()) {
            ft::Shape added(before.begin(), before.begin() + std::ptrdiff_t(start));
            added.push_back(*sumOf(before, start, end));
            added.insert(added.end(), before.begin() + std::ptrdiff_t(end) + 1, before.end());
            candidates << Candidate{optionTextForShape(added),
                                    QCoreApplication::translate("EngineAnswer", "This adds the merged sizes instead of multiplying them: flattening multiplies the sizes it merges.")};
        }
        if (merged) {
            candidates << Candidate{optionTextForShape(before),
                                    QCoreApplication::translate("EngineAnswer", "This is the shape before the Flatten: it is what goes in, not what comes out.")};
        }
        if (!endsWithFlatten) {
            for (int i = int(run.steps.size()) - 2; i >= 0; --i) {
                const EngineStep &step = run.steps.at(i);
                if (step.output != out)
                    candidates << Candidate{optionTextForShape(step.output),
                                            QCoreApplication::translate("EngineAnswer", "This is the shape after the %1 (layer %2), not the model's final output.").arg(step.typeName).arg(i)};
            }
        }
        if (out.size() >= 2 && out.back() > 1)
            candidates << Candidate{optionTextForShape(ft::Shape(out.begin(), out.end() - 1)),
                                    QCoreApplication::translate("EngineAnswer", "This drops the last dimension; nothing in the model removes it.")};
        return candidates;
    }

    // The model raises: the distractors are what a learner expects to happen instead.
    const ft::Shape reaching = run.steps.isEmpty() ? run.input : run.steps.last().output;
    if (run.constructFailed) {
        candidates << Candidate{optionTextForShape(run.input),
                                QCoreApplication::translate("EngineAnswer", "Building the layer already fails, before any input arrives, so no shape comes out.")};
        try {
            candidates << Candidate{optionTextForShape(ft::flattenShape(run.input, 1, -1)),
                                    QCoreApplication::translate("EngineAnswer", "That is what nn.Flatten() would return; this constructor call is rejected before it can run.")};
        } catch (const ft::TorchError &) {
        }
        return candidates;
    }
    const bool flattenFailed = run.failedModule.startsWith(QLatin1String("Flatten"));
    if (answer.errorType == QLatin1String("IndexError")) {
        candidates << Candidate{optionTextForShape(reaching),
                                QCoreApplication::translate("EngineAnswer", "An out-of-range dim is not ignored: PyTorch raises instead of returning the input unchanged.")};
    } else if (flattenFailed && answer.errorType == QLatin1String("RuntimeError")) {
        // Nothing is wrong with the input or the layer here: the two arguments are in the wrong order.
        candidates << Candidate{optionTextForShape(reaching),
                                QCoreApplication::translate("EngineAnswer", "start_dim coming after end_dim is not a no-op: the arguments are in the wrong order, "
                                               "and PyTorch raises instead of returning the input unchanged.")};
    } else {
        candidates << Candidate{optionTextForShape(reaching),
                                QCoreApplication::translate("EngineAnswer", "This is the shape that reaches the failing layer; that layer cannot accept it, so PyTorch raises instead of returning a shape.")};
    }
    static const QRegularExpression linearFeatures(QStringLiteral("^Linear\\(in_features=(\\d+), out_features=(\\d+)"));
    const QRegularExpressionMatch match = linearFeatures.match(run.failedModule);
    if (match.hasMatch() && !reaching.empty()) {
        // What the Linear would return if it accepted its input: every leading dim kept, the last
        // one replaced by out_features (a 1-D input gives a 1-D output).
        ft::Shape accepted(reaching.begin(), reaching.end() - 1);
        accepted.push_back(match.captured(2).toLongLong());
        candidates << Candidate{optionTextForShape(accepted),
                                QCoreApplication::translate("EngineAnswer", "This assumes the Linear layer accepts its input; its in_features (%1) do not match the last dimension "
                                               "it receives (%2), so it raises.").arg(match.captured(1)).arg(reaching.back())};
    }
    // The other flatten error, worded by the engine itself, for learners who mix the two up.
    if (flattenFailed && reaching.size() >= 2) {
        const auto engineError = [&](ft::Dim startDim, ft::Dim endDim) -> std::optional<QString> {
            try {
                ft::flattenShape(reaching, startDim, endDim);
            } catch (const ft::TorchError &error) {
                return QStringLiteral("`%1: %2`").arg(QString::fromStdString(error.type()), QString::fromStdString(error.message()));
            }
            return std::nullopt;
        };
        const ft::Dim rank = ft::Dim(reaching.size());
        if (answer.errorType == QLatin1String("IndexError")) {
            if (const auto other = engineError(1, 0))
                candidates << Candidate{*other, QCoreApplication::translate("EngineAnswer", "This error is for a start_dim after end_dim; here a dim does not exist at all, which is an IndexError.")};
        } else if (const auto other = engineError(rank, -1)) {
            candidates << Candidate{*other, QCoreApplication::translate("EngineAnswer", "Both dims exist here; the problem is their order, start_dim after end_dim.")};
        }
    }
    return candidates;
}


// "Line 20 (`x = self.fc1(x)`)" for the class's line `line`; "line 20 (...)" inside a sentence.
QString lineText(const EngineRun &run, int line, bool sentenceStart = true)
{
    const QString code = line >= 1 && line <= run.sourceLines.size() ? run.sourceLines.at(line - 1).trimmed() : QString();
    if (code.isEmpty())
        return (sentenceStart ? QCoreApplication::translate("EngineAnswer", "Line %1") : QCoreApplication::translate("EngineAnswer", "line %1")).arg(line);
    return (sentenceStart ? QCoreApplication::translate("EngineAnswer", "Line %1 (`%2`)") : QCoreApplication::translate("EngineAnswer", "line %1 (`%2`)"))
        .arg(line)
        .arg(code);
}

// The line of the first step that reshapes (a flatten, view, reshape or squeeze), else the last step's.
int reshapingLine(const EngineRun &run)
{
    for (int i = 0; i < run.steps.size(); ++i) {
        const QString &op = run.steps.at(i).typeName;
        if (op.contains(QLatin1String("flatten"), Qt::CaseInsensitive) || op.contains(QLatin1String("view"))
            || op.contains(QLatin1String("reshape")) || op.contains(QLatin1String("squeeze")))
            return run.stepLines.at(i);
    }
    return run.stepLines.isEmpty() ? 0 : run.stepLines.last();
}

// The distractors of a source question ("what does this forward() return / where does it fail?"),
// each computed from the engine's own trace of the class.
QList<Candidate> sourceDistractors(const EngineRun &run)
{
    QList<Candidate> candidates;
    const ft::Dim batch = run.input.empty() ? 0 : run.input.front();
    if (const std::optional<ft::Shape> &out = run.answer.shape) {
        if (!out->empty() && batch > 0 && (*out)[0] != batch && (out->size() > 1 || (*out)[0] % batch == 0)) {
            // The shape the author meant: one row per sample.
            // A vector was meant to be one row per sample; otherwise dim 0 was meant to be the batch.
            ft::Shape intended = *out;
            if (out->size() == 1)
                intended = {batch, (*out)[0] / batch};
            else
                intended[0] = batch;
            const int line = run.batchChangeLine ? run.batchChangeLine : reshapingLine(run);
            candidates << Candidate{optionTextForShape(intended),
                                    QCoreApplication::translate("EngineAnswer", "That is what the author meant, one row per sample (a batch of %1); but %2 does not keep the batch as dim 0, "
                                                   "so forward returns %3.").arg(batch).arg(lineText(run, line).replace(0, 1, QLatin1Char('l')), shapeText(*out))};
        }
        if (const int line = run.batchChangeLine ? run.batchChangeLine : reshapingLine(run); line > 0) {
            candidates << Candidate{QStringLiteral("%1 raises an error").arg(lineText(run, line)),
                                    run.batchChangeLine
                                        ? QCoreApplication::translate("EngineAnswer", "Nothing raises: PyTorch does not know which dimension is the batch, so a line that merges, cuts or removes it "
                                                         "runs without complaint. The bug is silent; only the loss notices the wrong number of rows.")
                                        : QCoreApplication::translate("EngineAnswer", "Nothing raises: every line of forward accepts the shape it receives.")};
        }
        if (out->size() >= 2) {
            if (const auto numel = ft::checkedNumel(*out))
                candidates << Candidate{optionTextForShape({*numel}),
                                        QCoreApplication::translate("EngineAnswer", "This merges the batch into one long vector, as torch.flatten(x) or x.view(-1) would; this forward keeps dim 0.")};
            candidates << Candidate{optionTextForShape(ft::Shape(out->begin() + 1, out->end())),
                                    QCoreApplication::translate("EngineAnswer", "This forgets the batch dimension: forward returns one row per sample, and the rows are still there, first.")};
        }
        for (int i = int(run.steps.size()) - 2; i >= 0; --i) {
            if (run.steps.at(i).output != *out) {
                candidates << Candidate{optionTextForShape(run.steps.at(i).output),
                                        QCoreApplication::translate("EngineAnswer", "This is the shape after line %1, not what forward returns.").arg(run.stepLines.at(i))};
                break;
            }
        }
        return candidates;
    }
    // forward (or building the model) raises.
    const int line = run.answer.line;
    if (!run.steps.isEmpty()) {
        const EngineStep &reaching = run.steps.last();
        candidates << Candidate{optionTextForShape(reaching.output),
                                QCoreApplication::translate("EngineAnswer", "This is the shape that reaches line %1; that line cannot take it, so PyTorch raises and forward returns nothing.").arg(line)};
        for (int i = int(run.steps.size()) - 1; i >= 0; --i) {
            const int earlier = run.stepLines.at(i);
            if (earlier != line && earlier > 0) {
                candidates << Candidate{QStringLiteral("%1 raises `%2: %3`").arg(lineText(run, earlier), run.answer.errorType, run.answer.errorMessage),
                                        QCoreApplication::translate("EngineAnswer", "Line %1 runs and gives %2; the error comes later, at line %3, and Python's traceback names that line.").arg(earlier).arg(shapeText(run.steps.at(i).output)).arg(line)};
                break;
            }
        }
    }
    candidates << Candidate{QCoreApplication::translate("EngineAnswer", "Nothing raises: forward returns a tensor"),
                            run.constructFailed ? QCoreApplication::translate("EngineAnswer", "Building the model already raises, before forward ever runs.")
                                                : QCoreApplication::translate("EngineAnswer", "Line %1 raises; PyTorch (or Python) stops there.").arg(line)};
    return candidates;
}

} // namespace

QString EngineAnswer::text() const
{
    if (shape)
        return shapeText(*shape);
    return errorType + QStringLiteral(": ") + errorMessage;
}

QString optionTextForShape(const ft::Shape &shape)
{
    return QLatin1Char('`') + shapeText(shape) + QLatin1Char('`');
}

QString optionTextForAnswer(const EngineAnswer &answer)
{
    return QLatin1Char('`') + answer.text() + QLatin1Char('`');
}

QString optionTextForSourceAnswer(const EngineRun &run)
{
    if (!run.answer.isError() || run.answer.line <= 0)
        return optionTextForAnswer(run.answer);
    return QStringLiteral("%1 raises `%2: %3`").arg(lineText(run, run.answer.line), run.answer.errorType, run.answer.errorMessage);
}

EngineRun runSourceEngine(const ft::Shape &input, const QString &source, const QString &className)
{
    const ft::source::SourceTrace trace = ft::source::traceSource(input, source.toStdString(), className.toStdString());
    EngineRun run;
    run.input = input;
    run.sourceLines = source.split(QLatin1Char('\n'));
    QStringList lines;
    for (const ft::source::SourceStep &step : trace.steps) {
        if (step.tuple || step.outputs.size() != 1)
            continue; // a tuple-valued call (e.g. x.size()) is not a tensor step
        run.steps << EngineStep{QString::fromStdString(step.op), QString::fromStdString(step.code), step.outputs.front()};
        run.stepLines << step.line;
        lines << QStringLiteral("line %1: %2 → %3").arg(step.line).arg(QString::fromStdString(step.code), shapeText(step.outputs.front()));
    }
    for (const ft::source::SourceWarning &warning : trace.warnings) {
        if (warning.kind == "batch-changed" && !run.batchChangeLine)
            run.batchChangeLine = warning.line;
    }
    if (trace.error) {
        run.answer.errorType = QString::fromStdString(trace.error->type);
        run.answer.errorMessage = QString::fromStdString(trace.error->message);
        run.answer.line = trace.error->line;
        run.constructFailed = trace.error->stage == ft::TraceStage::Construct;
        lines << QStringLiteral("line %1 raises %2").arg(trace.error->line).arg(run.answer.text());
    } else if (trace.succeeded && !trace.outputIsTuple && trace.outputs.size() == 1) {
        run.answer.shape = trace.outputs.front();
    } else {
        throw std::invalid_argument(trace.outputIsTuple ? "forward() returns a tuple; a source question needs it to return one tensor"
                                                        : "forward() returns " + trace.returnedType + "; a source question needs it to return one tensor");
    }
    run.answer.trace = lines.join(QLatin1Char('\n'));
    return run;
}

EngineRun runEngine(const ft::Shape &input, const QString &model)
{
    const ft::ModelAnalysis analysis = ft::analyseModel(input, model.toStdString());
    if (analysis.parseError)
        throw *analysis.parseError;
    const ft::ShapeTrace &trace = analysis.trace;
    EngineRun run;
    run.input = input;
    QStringList lines;
    for (const ft::LayerTrace &layer : trace.layers) {
        EngineStep step{QString::fromStdString(layer.typeName), QString::fromStdString(layer.module), layer.output};
        lines << QStringLiteral("%1 → %2").arg(step.repr, shapeText(step.output));
        run.steps << step;
    }
    if (trace.output) {
        run.answer.shape = *trace.output;
    } else if (trace.error) {
        run.answer.errorType = QString::fromStdString(trace.error->type);
        run.answer.errorMessage = QString::fromStdString(trace.error->message);
        run.constructFailed = trace.error->stage == ft::TraceStage::Construct;
        if (run.constructFailed) {
            lines << QStringLiteral("building the model raises %1").arg(run.answer.text());
        } else {
            lines << QStringLiteral("the next layer raises %1").arg(run.answer.text());
            run.failedModule = QString::fromStdString(trace.error->module);
        }
    }
    run.answer.trace = lines.join(QLatin1Char('\n'));
    return run;
}

QList<Option> shapeQuestionOptions(const Question &question, const EngineRun &run, int count)
{
    const bool fromSource = !run.sourceLines.isEmpty();
    const QString correctText = fromSource ? optionTextForSourceAnswer(run) : optionTextForAnswer(run.answer);
    QList<Option> options;
    options << Option{correctText,
                      fromSource ? (run.answer.isError() ? QCoreApplication::translate("EngineAnswer", "Right: PyTorch raises this at %1.").arg(lineText(run, run.answer.line, false))
                                                         : QCoreApplication::translate("EngineAnswer", "Right: %1.").arg(chainText(run)))
                      : run.constructFailed ? QCoreApplication::translate("EngineAnswer", "Right: building the model raises this error, before any input arrives.")
                      : run.answer.isError()
                          ? (run.steps.isEmpty() ? QCoreApplication::translate("EngineAnswer", "Right: on an input of shape %1, PyTorch raises this error.").arg(shapeText(run.input))
                                                 : QCoreApplication::translate("EngineAnswer", "Right: %1, then PyTorch raises this error.").arg(chainText(run)))
                          : QCoreApplication::translate("EngineAnswer", "Right: %1.").arg(chainText(run)),
                      true, 0};
    QStringList seen{correctText};
    const auto normalized = [](QString text) { return text.remove(QLatin1Char('`')).simplified(); };
    QStringList seenPlain{normalized(correctText)};
    for (const Option &option : question.options) {
        if (options.size() >= count)
            break;
        if (seenPlain.contains(normalized(option.text)))
            continue;
        seenPlain << normalized(option.text);
        options << option;
    }
    for (const Candidate &candidate : fromSource ? sourceDistractors(run) : generatedDistractors(run)) {
        if (options.size() >= count)
            break;
        if (seenPlain.contains(normalized(candidate.text)))
            continue;
        seenPlain << normalized(candidate.text);
        options << Option{candidate.text, candidate.feedback, false, 0};
    }
    // The project's own shuffle, not std::shuffle, whose algorithm differs between standard
    // libraries: the order must be the same on every machine.
    PracticeRandom random(stableHash(question.id));
    random.shuffle(options);
    return options;
}

} // namespace ft::content
