#include "engine_answer.h"

#include "analysis.h"
#include "question_generator.h"

#include <QRegularExpression>

#include <algorithm>

namespace ft::content {

namespace {

QString shapeText(const ft::Shape &shape)
{
    return QString::fromStdString(ft::formatShape(shape));
}

QString chainText(const EngineRun &run)
{
    QString text = shapeText(run.input);
    for (const EngineStep &step : run.steps)
        text += QStringLiteral(" → %1 → %2").arg(step.typeName, shapeText(step.output));
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
                                    QStringLiteral("This uses the input's height and width (%1x%2); the layers before the Flatten changed them to %3x%4.")
                                        .arg(run.input[2]).arg(run.input[3]).arg(before[2]).arg(before[3])};
        }
        if (batchKept) {
            if (const auto numel = ft::checkedNumel(out); numel && endsWithFlatten) {
                candidates << Candidate{optionTextForShape({*numel}),
                                        QStringLiteral("This flattens the batch dimension too, as start_dim=0 (or torch.flatten with its defaults) would; "
                                                       "the batch of %1 must stay the first dimension.").arg(out[0])};
            }
            candidates << Candidate{optionTextForShape(ft::Shape(out.begin() + 1, out.end())),
                                    QStringLiteral("This forgets the batch dimension: the %1 samples of the batch are still there, first.").arg(out[0])};
        }
        if (merged && end < before.size()) {
            ft::Shape added(before.begin(), before.begin() + std::ptrdiff_t(start));
            added.push_back(*sumOf(before, start, end));
            added.insert(added.end(), before.begin() + std::ptrdiff_t(end) + 1, before.end());
            candidates << Candidate{optionTextForShape(added),
                                    QStringLiteral("This adds the merged sizes instead of multiplying them: flattening multiplies the sizes it merges.")};
        }
        if (merged) {
            candidates << Candidate{optionTextForShape(before),
                                    QStringLiteral("This is the shape before the Flatten: it is what goes in, not what comes out.")};
        }
        if (!endsWithFlatten) {
            for (int i = int(run.steps.size()) - 2; i >= 0; --i) {
                const EngineStep &step = run.steps.at(i);
                if (step.output != out)
                    candidates << Candidate{optionTextForShape(step.output),
                                            QStringLiteral("This is the shape after the %1 (layer %2), not the model's final output.").arg(step.typeName).arg(i)};
            }
        }
        if (out.size() >= 2 && out.back() > 1)
            candidates << Candidate{optionTextForShape(ft::Shape(out.begin(), out.end() - 1)),
                                    QStringLiteral("This drops the last dimension; nothing in the model removes it.")};
        return candidates;
    }

    // The model raises: the distractors are what a learner expects to happen instead.
    const ft::Shape reaching = run.steps.isEmpty() ? run.input : run.steps.last().output;
    if (run.constructFailed) {
        candidates << Candidate{optionTextForShape(run.input),
                                QStringLiteral("Building the layer already fails, before any input arrives, so no shape comes out.")};
        try {
            candidates << Candidate{optionTextForShape(ft::flattenShape(run.input, 1, -1)),
                                    QStringLiteral("That is what nn.Flatten() would return; this constructor call is rejected before it can run.")};
        } catch (const ft::TorchError &) {
        }
        return candidates;
    }
    if (answer.errorType == QLatin1String("IndexError")) {
        candidates << Candidate{optionTextForShape(reaching),
                                QStringLiteral("An out-of-range dim is not ignored: PyTorch raises instead of returning the input unchanged.")};
    } else {
        candidates << Candidate{optionTextForShape(reaching),
                                QStringLiteral("This is the shape that reaches the failing layer; that layer cannot accept it, so PyTorch raises instead of returning a shape.")};
    }
    static const QRegularExpression outFeatures(QStringLiteral("out_features=(\\d+)"));
    const QRegularExpressionMatch match = outFeatures.match(run.failedModule);
    if (match.hasMatch() && !reaching.empty()) {
        candidates << Candidate{optionTextForShape({reaching[0], match.captured(1).toLongLong()}),
                                QStringLiteral("This assumes the Linear layer accepts its input; its in_features do not match the last dimension it receives, so it raises.")};
    }
    // The other flatten error, worded by the engine itself, for learners who mix the two up.
    if (run.failedModule.startsWith(QLatin1String("Flatten")) && reaching.size() >= 2) {
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
                candidates << Candidate{*other, QStringLiteral("This error is for a start_dim after end_dim; here a dim does not exist at all, which is an IndexError.")};
        } else if (const auto other = engineError(rank, -1)) {
            candidates << Candidate{*other, QStringLiteral("Both dims exist here; the problem is their order, start_dim after end_dim.")};
        }
    }
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
    const QString correctText = optionTextForAnswer(run.answer);
    QList<Option> options;
    options << Option{correctText,
                      run.constructFailed ? QStringLiteral("Right: building the model raises this error, before any input arrives.")
                      : run.answer.isError()
                          ? (run.steps.isEmpty() ? QStringLiteral("Right: on an input of shape %1, PyTorch raises this error.").arg(shapeText(run.input))
                                                 : QStringLiteral("Right: %1, then PyTorch raises this error.").arg(chainText(run)))
                          : QStringLiteral("Right: %1.").arg(chainText(run)),
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
    for (const Candidate &candidate : generatedDistractors(run)) {
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
