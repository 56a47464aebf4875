#include "content/question_generator.h"

#include "engine/analysis.h"

#include <QRegularExpression>

#include <array>

namespace ft::content {

std::uint64_t PracticeRandom::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t PracticeRandom::below(std::uint64_t bound)
{
    if (bound <= 1)
        return 0;
    // Values below `threshold` would make some remainders more likely than others; skip them.
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const std::uint64_t r = next();
        if (r >= threshold)
            return r % bound;
    }
}

std::int64_t PracticeRandom::between(std::int64_t low, std::int64_t high)
{
    return low + std::int64_t(below(std::uint64_t(high - low) + 1));
}

namespace {

const QString kBankId = QStringLiteral("endless-practice");
const QString kTagFlatten = QStringLiteral("flatten-shape");
const QString kTagInFeatures = QStringLiteral("in-features");
const QString kTagOutcome = QStringLiteral("model-outcome");

QString str(const std::string &text) { return QString::fromStdString(text); }
QString shapeText(const Shape &shape) { return str(formatShape(shape)); }
QString code(const QString &text) { return QLatin1Char('`') + text + QLatin1Char('`'); }

// "32 × 3 × 28 × 28"
QString product(const Shape &shape, std::size_t from, std::size_t to)
{
    QStringList parts;
    for (std::size_t i = from; i <= to && i < shape.size(); ++i)
        parts << QString::number(shape[i]);
    return parts.join(QStringLiteral(" × "));
}

// The trace of a generated model (whose text is always valid syntax).
ShapeTrace traceOf(const Shape &input, const QString &model)
{
    return analyseModel(input, model.toStdString()).trace;
}

EngineAnswer answerOf(const ShapeTrace &trace)
{
    EngineAnswer answer;
    answer.shape = trace.output;
    if (trace.error) {
        answer.errorType = str(trace.error->type);
        answer.errorMessage = str(trace.error->message);
    }
    QStringList lines;
    for (const LayerTrace &layer : trace.layers)
        lines << str(layer.module) + QStringLiteral(" -> ") + shapeText(layer.output);
    answer.trace = lines.join(QLatin1Char('\n'));
    return answer;
}

// What a question asks about: `model` on an input of shape `input`, answered by its trace.
void setModel(Question &question, QuestionKind kind, const Shape &input, const QString &model, const ShapeTrace &trace)
{
    question.kind = kind;
    question.inputShape = input;
    question.inputText = shapeText(input).mid(1).chopped(1);
    question.model = model;
    question.answer = answerOf(trace);
}

// The option text of an outcome: "`(32, 10)`" or "`RuntimeError: ...`".
QString outcomeText(const ShapeTrace &trace)
{
    if (trace.output)
        return code(shapeText(*trace.output));
    if (trace.error)
        return code(str(trace.error->type) + QStringLiteral(": ") + str(trace.error->message));
    return {};
}

QString sequential(const QStringList &layers)
{
    return QStringLiteral("nn.Sequential(") + layers.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// How the learner sees the model: one layer per line, as they would write it.
QString pythonBlock(const QStringList &layers, const Shape &input)
{
    QString text = QStringLiteral("```python\nmodel = nn.Sequential(\n");
    for (const QString &layer : layers)
        text += QStringLiteral("    ") + layer + QStringLiteral(",\n");
    QStringList dims;
    for (Dim d : input)
        dims << QString::number(d);
    text += QStringLiteral(")\nx = torch.randn(") + dims.join(QStringLiteral(", ")) + QStringLiteral(")\n```");
    return text;
}

struct Candidate
{
    QString text;
    QString feedback;
    QString mistake;
};

// The right option plus up to `distractors` wrong ones, never two with the same text, shuffled.
void fillOptions(Question &question, PracticeRandom &random, const Candidate &right, QList<Candidate> wrong,
                 int distractors = 3)
{
    random.shuffle(wrong);
    QList<Option> options{{right.text, right.feedback, true, 0}};
    QStringList seen{right.text};
    for (const Candidate &candidate : wrong) {
        if (options.size() > distractors || candidate.text.isEmpty() || seen.contains(candidate.text))
            continue;
        seen << candidate.text;
        options.append({candidate.text, candidate.feedback, false, 0});
        if (!candidate.mistake.isEmpty() && !question.mistakes.contains(candidate.mistake))
            question.mistakes << candidate.mistake;
    }
    random.shuffle(options);
    question.options = options;
}

// ---- nn.Flatten(start_dim, end_dim): what shape comes out? -----------------------------------

Shape randomInput(PracticeRandom &random, int rank)
{
    static const std::array<Dim, 8> batches{1, 2, 4, 8, 16, 32, 64, 128};
    static const std::array<Dim, 7> channels{1, 3, 4, 8, 16, 32, 64};
    Shape shape{random.pick(batches)};
    for (int i = 1; i < rank; ++i)
        shape.push_back(i == 1 ? random.pick(channels) : random.between(2, 32));
    return shape;
}

std::optional<Shape> tryFlatten(const Shape &shape, Dim start, Dim end)
{
    try {
        return flattenShape(shape, start, end);
    } catch (const TorchError &) {
        return std::nullopt;
    }
}

Question flattenShapeQuestion(PracticeRandom &random, Question question)
{
    const int rank = int(random.between(2, 5));
    const Shape input = randomInput(random, rank);
    const int form = int(random.below(100));
    Dim start = 1, end = -1;
    QString moduleText = QStringLiteral("nn.Flatten()");
    if (form >= 15) {
        Dim a = random.between(0, rank - 1), b = random.between(0, rank - 1);
        if (form < 88) {
            if (a > b)
                std::swap(a, b);
            // A range of one dim merges nothing; keep those rare, they teach less.
            if (a == b && random.chance(80)) {
                a = random.between(0, rank - 2);
                b = random.between(a + 1, rank - 1);
            }
        } else if (form < 94) {
            if (a == b)
                b = (a + 1) % rank;
            if (a < b)
                std::swap(a, b); // start after end: PyTorch refuses
        } else {
            b = rank; // one past the last dim
        }
        start = random.chance(45) ? a - rank : a;
        end = (b < rank && random.chance(55)) ? b - rank : b;
        moduleText = random.chance(30) ? QStringLiteral("nn.Flatten(%1, %2)").arg(start).arg(end)
                                       : QStringLiteral("nn.Flatten(start_dim=%1, end_dim=%2)").arg(start).arg(end);
    }
    const ShapeTrace trace = traceOf(input, moduleText);
    setModel(question, QuestionKind::Shape, input, moduleText, trace);
    question.tags << kTagFlatten;
    if (start < 0 || end < -1)
        question.tags << QStringLiteral("negative-dims");
    question.difficulty = (start < 0 || end < -1) ? 3 : 2;
    question.stem = QStringLiteral("`x` has shape %1. What does `%2(x)` give?").arg(code(shapeText(input)), moduleText);
    question.quickCheck = QStringLiteral("Flatten keeps the dims before start_dim and after end_dim, and multiplies the ones in between (both ends included).");

    const Candidate right{outcomeText(trace), {}, {}};
    QList<Candidate> wrong;
    const auto shapeCandidate = [&](const std::optional<Shape> &shape, const QString &feedback, const QString &mistake) {
        if (shape)
            wrong.append({code(shapeText(*shape)), feedback, mistake});
    };
    QString rightFeedback;
    if (trace.output) {
        const Dim ws = wrapDim(start, rank), we = wrapDim(end, rank);
        const Shape &out = *trace.output;
        rightFeedback = QStringLiteral("Right: start_dim=%1 is dim %2 and end_dim=%3 is dim %4 of this %5-D tensor, "
                                       "so dims %2 to %4 merge and the others stay.")
                            .arg(start).arg(ws).arg(end).arg(we).arg(rank);
        question.solution << QStringLiteral("`x` has %1 dims, numbered 0 to %2 (or -%1 to -1 from the end).").arg(rank).arg(rank - 1)
                          << QStringLiteral("start_dim=%1 is dim %2; end_dim=%3 is dim %4; both are included.")
                                 .arg(start).arg(ws).arg(end).arg(we);
        if (we > ws)
            question.solution << QStringLiteral("The merged size is %1 = %2.").arg(product(input, std::size_t(ws), std::size_t(we))).arg(out[std::size_t(ws)]);
        else
            question.solution << QStringLiteral("Only one dim is in the range, so nothing merges.");
        question.solution << QStringLiteral("Dims before and after stay as they are: %1.").arg(code(shapeText(out)));

        if (ws > 0)
            shapeCandidate(tryFlatten(input, 0, we),
                           QStringLiteral("This merges the batch dimension too, as start_dim=0 would; dims before start_dim=%1 are left alone.").arg(start),
                           QStringLiteral("Flattening the batch dimension too."));
        if (out.size() >= 2 && ws > 0)
            shapeCandidate(Shape(out.begin() + 1, out.end()),
                           QStringLiteral("This forgets the batch dimension: Flatten never drops a dim, it only merges dims %1 to %2.").arg(ws).arg(we),
                           QStringLiteral("Forgetting the batch dimension."));
        if (we > ws) {
            shapeCandidate(tryFlatten(input, ws, we - 1),
                           QStringLiteral("This stops one dim early: end_dim is included, so dim %1 merges too.").arg(we),
                           QStringLiteral("Treating end_dim as excluded, like a Python slice end."));
            shapeCandidate(tryFlatten(input, ws + 1, we),
                           QStringLiteral("This starts one dim late: start_dim is included, so dim %1 merges too.").arg(ws),
                           QStringLiteral("Starting the merge one dim too late."));
            Shape added = out;
            Dim sum = 0;
            for (Dim i = ws; i <= we; ++i)
                sum += input[std::size_t(i)];
            added[std::size_t(ws)] = sum;
            shapeCandidate(added, QStringLiteral("This adds the sizes; merging dims multiplies them (%1).").arg(product(input, std::size_t(ws), std::size_t(we))),
                           QStringLiteral("Adding sizes instead of multiplying them."));
            shapeCandidate(input, QStringLiteral("Flatten does change the shape here: dims %1 to %2 merge into one.").arg(ws).arg(we),
                           QStringLiteral("Expecting Flatten to leave the shape alone."));
        }
        if (!(ws == 0 && we == rank - 1))
            shapeCandidate(tryFlatten(input, 0, -1),
                           QStringLiteral("This flattens everything, which is torch.flatten(x) with its default start_dim=0; this call names other dims."),
                           QStringLiteral("Flattening every dimension."));
        if (start < 0 && -start < rank && -start != ws)
            shapeCandidate(tryFlatten(input, -start, we),
                           QStringLiteral("This reads start_dim=%1 as dim %2; negative dims count from the end, so it is dim %3.").arg(start).arg(-start).arg(ws),
                           QStringLiteral("Reading a negative dim as positive."));
    } else if (trace.error) {
        const TraceFailure &error = *trace.error;
        rightFeedback = QStringLiteral("Right: PyTorch raises %1 here.").arg(code(str(error.type) + QStringLiteral(": ") + str(error.message)));
        const FlattenReport report = explainFlatten(input, start, end);
        question.solution << QStringLiteral("`x` has %1 dims, so valid dims run from %2 to %3.").arg(rank).arg(report.minDim).arg(report.maxDim);
        if (!report.diagnosis.explanation.empty())
            question.solution << str(report.diagnosis.explanation);
        question.solution << QStringLiteral("So the call raises %1.").arg(code(str(error.type) + QStringLiteral(": ") + str(error.message)));
        if (!report.diagnosis.hint.empty())
            question.solution << str(report.diagnosis.hint);
        if (report.start && report.end)
            shapeCandidate(tryFlatten(input, *report.end, *report.start),
                           QStringLiteral("PyTorch does not swap start_dim and end_dim for you: start coming after end is an error."),
                           QStringLiteral("Expecting start_dim and end_dim to be swapped automatically."));
        if (report.start && !report.end)
            shapeCandidate(tryFlatten(input, *report.start, -1),
                           QStringLiteral("end_dim=%1 is past the last dim (%2): PyTorch does not clamp it, it raises.").arg(end).arg(rank - 1),
                           QStringLiteral("Expecting an out-of-range dim to be clamped."));
        shapeCandidate(input, QStringLiteral("An invalid range is not a no-op: PyTorch raises instead of returning x unchanged."),
                       QStringLiteral("Expecting an invalid call to leave x unchanged."));
        shapeCandidate(tryFlatten(input, 0, -1), QStringLiteral("This flattens everything; the dims given here are not valid, so PyTorch raises."),
                       QStringLiteral("Flattening every dimension."));
        shapeCandidate(tryFlatten(input, 1, -1), QStringLiteral("These are nn.Flatten()'s defaults (1, -1); the dims given here raise an error instead."),
                       QStringLiteral("Falling back to the defaults."));
    }
    // Last resorts for small inputs, where several mistakes land on the same shape.
    if (trace.output) {
        const Shape &out = *trace.output;
        shapeCandidate(Shape(out.rbegin(), out.rend()),
                       QStringLiteral("Flatten never reorders dims: they keep their order, some of them merged into one."),
                       QStringLiteral("Expecting Flatten to reorder dims."));
        Shape extra = out;
        extra.push_back(1);
        shapeCandidate(extra, QStringLiteral("Flatten never adds a dim of size 1; it only merges dims."),
                       QStringLiteral("Expecting an extra dim of size 1."));
    }
    fillOptions(question, random, {right.text, rightFeedback, {}}, wrong);
    return question;
}

// ---- Conv2d [+ MaxPool2d] + Flatten + Linear --------------------------------------------------

struct ConvNet
{
    Shape input;           // (B, C, H, W)
    Dim outChannels = 16;
    Dim kernel = 3;
    Dim stride = 1;
    Dim padding = 0;
    bool pool = false;
    Dim outFeatures = 10;
    // Traced once when the net is drawn (see randomConvNet), never assumed:
    Dim inFeatures = 0;    // what the Flatten hands the Linear per sample
    Dim convHeight = 0;    // the conv's output height and width
    Dim convWidth = 0;

    QString conv(Dim inChannels) const
    {
        QString text = QStringLiteral("nn.Conv2d(%1, %2, kernel_size=%3").arg(inChannels).arg(outChannels).arg(kernel);
        if (stride != 1)
            text += QStringLiteral(", stride=%1").arg(stride);
        if (padding != 0)
            text += QStringLiteral(", padding=%1").arg(padding);
        return text + QLatin1Char(')');
    }
    // Layers up to (and including) the Flatten.
    QStringList features(Dim inChannels, const QString &flatten = QStringLiteral("nn.Flatten()")) const
    {
        QStringList layers{conv(inChannels), QStringLiteral("nn.ReLU()")};
        if (pool)
            layers << QStringLiteral("nn.MaxPool2d(2)");
        if (!flatten.isEmpty())
            layers << flatten;
        return layers;
    }
    QString linear(Dim inFeatures) const { return QStringLiteral("nn.Linear(%1, %2)").arg(inFeatures).arg(outFeatures); }
};

ConvNet drawConvNet(PracticeRandom &random)
{
    static const std::array<Dim, 5> batches{1, 8, 16, 32, 64};
    static const std::array<Dim, 5> sizes{16, 20, 24, 28, 32};
    static const std::array<Dim, 4> outChannels{6, 8, 16, 32};
    static const std::array<Dim, 4> classes{2, 5, 10, 100};
    ConvNet net;
    const Dim h = random.pick(sizes);
    const Dim w = random.chance(70) ? h : random.pick(sizes);
    net.input = {random.pick(batches), random.chance(60) ? 3 : 1, h, w};
    net.outChannels = random.pick(outChannels);
    net.kernel = random.chance(65) ? 3 : 5;
    net.stride = random.chance(25) ? 2 : 1;
    net.padding = random.chance(30) ? 1 : 0;
    net.pool = random.chance(50);
    net.outFeatures = random.pick(classes);
    return net;
}

// A random conv net whose features (conv, ReLU, pool, Flatten) trace, with the sizes the engine
// traced. Every net drawn fits (the smallest input, 16, survives a 5x5 kernel, stride 2 and a
// pool), so the first draw is kept and set N stays the same; the loop only guards the sizes above.
ConvNet randomConvNet(PracticeRandom &random)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        ConvNet net = drawConvNet(random);
        const ShapeTrace features = traceOf(net.input, sequential(net.features(net.input[1])));
        if (features.output && features.output->size() == 2 && !features.layers.empty()
            && features.layers.front().output.size() == 4) {
            net.inFeatures = (*features.output)[1];
            net.convHeight = features.layers.front().output[2];
            net.convWidth = features.layers.front().output[3];
            return net;
        }
    }
    // Unreachable with the sizes above; a known-good net rather than a hang.
    ConvNet net;
    net.input = {1, 3, 28, 28};
    net.inFeatures = 16 * 26 * 26;
    net.convHeight = net.convWidth = 26;
    return net;
}

// What the engine says each step does, for solutions: "`Conv2d(...)` → `(32, 16, 26, 26)`".
QStringList traceSteps(const ShapeTrace &trace)
{
    QStringList steps;
    for (const LayerTrace &layer : trace.layers)
        steps << QStringLiteral("%1 → %2").arg(code(str(layer.module)), code(shapeText(layer.output)));
    if (trace.error) {
        steps << QStringLiteral("%1 layer %2 raises %3.")
                     .arg(steps.isEmpty() ? QStringLiteral("At once,") : QStringLiteral("Then"))
                     .arg(trace.error->index)
                     .arg(code(str(trace.error->type) + QStringLiteral(": ") + str(trace.error->message)));
    }
    return steps;
}

Question inFeaturesQuestion(PracticeRandom &random, Question question)
{
    const ConvNet net = randomConvNet(random);
    const Dim c = net.input[1];
    const Dim inFeatures = net.inFeatures;
    QStringList layers = net.features(c);
    layers << net.linear(inFeatures);
    const QString model = sequential(layers);
    const ShapeTrace full = traceOf(net.input, model);

    setModel(question, QuestionKind::Choice, net.input, model, full);
    question.tags << kTagInFeatures << QStringLiteral("conv-shapes");
    question.difficulty = net.pool || net.stride != 1 || net.padding ? 4 : 3;
    QStringList shown = layers;
    shown.last() = QStringLiteral("nn.Linear(?, %1)").arg(net.outFeatures);
    question.stem = pythonBlock(shown, net.input) + QStringLiteral("\n\nWhat number must replace `?` so that `model(x)` runs?");
    question.quickCheck = QStringLiteral("in_features = channels × height × width of one sample after the last conv/pool layer.");

    const Dim k = net.outChannels, h = net.convHeight, w = net.convWidth;
    const auto pooled = [&](Dim size) { return net.pool ? size / 2 : size; };
    const Dim ph = pooled(h), pw = pooled(w);
    const Dim H = net.input[2], W = net.input[3];

    question.solution << QStringLiteral("Conv2d: out = (in + 2·padding − kernel) // stride + 1, so %1 × %2 becomes %3 × %4 with %5 channels.")
                             .arg(H).arg(W).arg(h).arg(w).arg(k);
    if (net.pool)
        question.solution << QStringLiteral("MaxPool2d(2) halves height and width (rounding down): %1 × %2.").arg(ph).arg(pw);
    question.solution << QStringLiteral("nn.Flatten() keeps the batch and multiplies the rest: %1 × %2 × %3 = %4.").arg(k).arg(ph).arg(pw).arg(inFeatures)
                      << QStringLiteral("So the layer is %1; the engine traces it:").arg(code(net.linear(inFeatures)));
    question.solution << traceSteps(full);

    const auto number = [](Dim n) { return code(QString::number(n)); };
    QList<Candidate> wrong;
    const auto convSize = [&](Dim in) { return (in + 2 * net.padding - net.kernel) / net.stride; }; // missing the + 1
    wrong.append({number(k * pooled(convSize(H)) * pooled(convSize(W))),
                  QStringLiteral("Off by one: the conv size formula ends in + 1; (in + 2·padding − kernel) // stride + 1 gives %1 × %2.").arg(h).arg(w),
                  QStringLiteral("Forgetting the + 1 in the conv output size.")});
    wrong.append({number(k * pooled(h + 1) * pooled(w + 1)),
                  QStringLiteral("Off by one the other way: a %1×%1 kernel trims kernel − 1 pixels, giving %2 × %3.").arg(net.kernel).arg(h).arg(w),
                  QStringLiteral("Getting the conv output size off by one.")});
    if (net.pool)
        wrong.append({number(k * h * w), QStringLiteral("This forgets the MaxPool2d(2), which halves height and width to %1 × %2.").arg(ph).arg(pw),
                      QStringLiteral("Forgetting the pooling layer.")});
    wrong.append({number(net.input[0] * inFeatures),
                  QStringLiteral("This multiplies the batch size (%1) in too; Linear's in_features counts one sample's numbers.").arg(net.input[0]),
                  QStringLiteral("Counting the batch dimension into in_features.")});
    wrong.append({number(c * ph * pw), QStringLiteral("This uses the input's %1 channel(s); after the conv there are out_channels=%2.").arg(c).arg(k),
                  QStringLiteral("Using in_channels instead of out_channels.")});
    wrong.append({number(k * pooled(H) * pooled(W)),
                  QStringLiteral("This keeps the input's %1 × %2; the conv changes it to %3 × %4.").arg(H).arg(W).arg(h).arg(w),
                  QStringLiteral("Ignoring how the conv changes height and width.")});
    fillOptions(question, random,
                {number(inFeatures), QStringLiteral("Right: one sample leaves the Flatten as %1 × %2 × %3 = %4 numbers.").arg(k).arg(ph).arg(pw).arg(inFeatures), {}},
                wrong);
    return question;
}

// ---- What happens when this model runs? -------------------------------------------------------

enum class Bug { None, WrongInFeatures, OffByOne, StartDimZero, MissingFlatten, ChannelMismatch };

Question outcomeQuestion(PracticeRandom &random, Question question)
{
    ConvNet net = randomConvNet(random);
    const Dim c = net.input[1];
    const Dim inFeatures = net.inFeatures;
    const Dim h = net.convHeight, w = net.convWidth;

    static const std::array<Bug, 7> bugs{Bug::None, Bug::None, Bug::WrongInFeatures, Bug::OffByOne,
                                         Bug::StartDimZero, Bug::MissingFlatten, Bug::ChannelMismatch};
    const Bug bug = random.pick(bugs);
    const auto pooled = [&](Dim size) { return net.pool ? size / 2 : size; };
    QStringList layers;
    QString bugNote;
    switch (bug) {
    case Bug::None:
        layers = net.features(c) << net.linear(inFeatures);
        break;
    case Bug::WrongInFeatures: // computed from the input's height and width, as if the conv kept them
        layers = net.features(c) << net.linear(net.outChannels * pooled(net.input[2]) * pooled(net.input[3]));
        bugNote = QStringLiteral("in_features was computed from the input's size, as if the conv kept it.");
        break;
    case Bug::OffByOne: {
        const Dim wrong = net.outChannels * pooled(h - 1) * pooled(w - 1);
        layers = net.features(c) << net.linear(wrong == inFeatures ? inFeatures + net.outChannels : wrong);
        bugNote = QStringLiteral("in_features is off by one in the conv size.");
        break;
    }
    case Bug::StartDimZero:
        layers = net.features(c, QStringLiteral("nn.Flatten(start_dim=0)")) << net.linear(inFeatures);
        bugNote = QStringLiteral("start_dim=0 merges the batch dimension too.");
        break;
    case Bug::MissingFlatten:
        layers = net.features(c, {}) << net.linear(inFeatures);
        bugNote = QStringLiteral("there is no nn.Flatten() before the Linear.");
        break;
    case Bug::ChannelMismatch:
        layers = net.features(c == 3 ? 1 : 3) << net.linear(inFeatures);
        bugNote = QStringLiteral("the conv's in_channels does not match the input's channels.");
        break;
    }
    const QString model = sequential(layers);
    const ModelAnalysis analysis = analyseModel(net.input, model.toStdString());
    const ShapeTrace &trace = analysis.trace;

    setModel(question, QuestionKind::Shape, net.input, model, trace);
    question.tags << kTagOutcome << QStringLiteral("debugging");
    question.difficulty = bug == Bug::None ? 3 : 4;
    question.stem = pythonBlock(layers, net.input) + QStringLiteral("\n\nWhat does `model(x)` do?");
    question.quickCheck = QStringLiteral("Trace the shape layer by layer; Linear needs in_features = the size of the last dim it gets.");
    question.solution << traceSteps(trace);
    const Diagnosis &diagnosis = analysis.diagnosis;
    if (!diagnosis.explanation.empty())
        question.solution << str(diagnosis.explanation);
    if (!diagnosis.hint.empty())
        question.solution << str(diagnosis.hint);

    // Distractors: what the engine says happens under the learner's likely wrong picture of it.
    QList<Candidate> wrong;
    const auto variant = [&](const QStringList &variantLayers, const Shape &input, const QString &feedback, const QString &mistake) {
        wrong.append({outcomeText(traceOf(input, sequential(variantLayers))), feedback, mistake});
    };
    QStringList fixed = net.features(c) << net.linear(inFeatures);
    if (bug != Bug::None)
        variant(fixed, net.input, QStringLiteral("That would be right if the shapes fitted, but here %1").arg(bugNote),
                QStringLiteral("Assuming the model runs without tracing the shapes."));
    if (bug != Bug::StartDimZero && bug != Bug::MissingFlatten) {
        QStringList batchFlattened = layers;
        batchFlattened.replaceInStrings(QStringLiteral("nn.Flatten()"), QStringLiteral("nn.Flatten(start_dim=0)"));
        variant(batchFlattened, net.input,
                QStringLiteral("That is what happens when the batch is flattened too (start_dim=0); nn.Flatten() keeps dim 0."),
                QStringLiteral("Flattening the batch dimension too."));
    }
    variant(layers, Shape(net.input.begin() + 1, net.input.end()),
            QStringLiteral("That is what one sample without a batch dimension would do; x here has a batch of %1.").arg(net.input[0]),
            QStringLiteral("Forgetting the batch dimension."));
    if (trace.output && !trace.layers.empty() && trace.layers.size() >= 2)
        wrong.append({code(shapeText(trace.layers[trace.layers.size() - 2].output)),
                      QStringLiteral("That is the shape after the Flatten; the Linear then maps the last dim to out_features=%1.").arg(net.outFeatures),
                      QStringLiteral("Stopping the trace one layer early.")});
    if (bug == Bug::None) {
        variant(net.features(c, {}) << net.linear(inFeatures), net.input,
                QStringLiteral("That is what happens without the Flatten; here nn.Flatten() is in place, so Linear gets (batch, %1).").arg(inFeatures),
                QStringLiteral("Missing the Flatten."));
    }
    if (bug == Bug::MissingFlatten) {
        wrong.append({code(shapeText({net.input[0], net.outFeatures})),
                      QStringLiteral("Linear does not flatten anything: it acts on the last dim only, and without nn.Flatten() that dim has %1 numbers.")
                          .arg(pooled(w)),
                      QStringLiteral("Expecting Linear to flatten its input.")});
    }
    if (bug == Bug::StartDimZero) {
        wrong.append({code(shapeText({net.input[0], net.outFeatures})),
                      QStringLiteral("start_dim=0 merges the batch too, so Linear gets one long vector, not %1 rows.").arg(net.input[0]),
                      QStringLiteral("Thinking start_dim=0 keeps the batch.")});
    }
    // Last resorts, for tiny batches where several pictures end in the same outcome.
    wrong.append({code(shapeText({net.outFeatures})),
                  QStringLiteral("Linear keeps the batch dimension: its output is (batch, out_features), here (%1, %2) if it runs.")
                      .arg(net.input[0]).arg(net.outFeatures),
                  QStringLiteral("Forgetting the batch dimension.")});
    wrong.append({code(shapeText({net.input[0], inFeatures})),
                  QStringLiteral("(%1, %2) is what a working nn.Flatten() hands the Linear; it is not what the model returns.").arg(net.input[0]).arg(inFeatures),
                  QStringLiteral("Stopping the trace one layer early.")});
    const QString rightText = outcomeText(trace);
    const QString rightFeedback = trace.error
                                      ? QStringLiteral("Right: %1 PyTorch stops at layer %2.").arg(bugNote).arg(trace.error->index)
                                      : QStringLiteral("Right: every shape fits, and the Linear maps each sample's %1 numbers to %2.").arg(inFeatures).arg(net.outFeatures);
    fillOptions(question, random, {rightText, rightFeedback, {}}, wrong);
    if (trace.output && bug == Bug::None)
        question.mistakes.prepend(QStringLiteral("Forgetting that Flatten keeps the batch dimension."));
    return question;
}

} // namespace

QString QuestionGenerator::questionId(quint32 seed, int index)
{
    return QStringLiteral("practice-%1-%2").arg(seed).arg(index);
}

std::optional<Question> QuestionGenerator::questionById(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^practice-(\\d{1,6})-(\\d{1,6})$"));
    const QRegularExpressionMatch match = pattern.match(id);
    if (!match.hasMatch())
        return std::nullopt;
    return QuestionGenerator(match.captured(1).toUInt()).question(match.captured(2).toInt());
}

std::optional<GeneratedKind> QuestionGenerator::kindOf(const Question &question)
{
    if (question.bankId != kBankId)
        return std::nullopt;
    if (question.tags.contains(kTagFlatten))
        return GeneratedKind::FlattenShape;
    if (question.tags.contains(kTagInFeatures))
        return GeneratedKind::InFeatures;
    if (question.tags.contains(kTagOutcome))
        return GeneratedKind::ModelOutcome;
    return std::nullopt;
}

Question QuestionGenerator::question(int index) const
{
    // Each question has its own stream, so question i never depends on how many numbers the
    // questions before it consumed.
    PracticeRandom random(std::uint64_t(m_seed) * 0xD1B54A32D192ED03ULL ^ (std::uint64_t(index) + 1) * 0x8CB92BA72F3D8DD7ULL);
    random.next();

    Question question;
    question.id = questionId(m_seed, index);
    question.bankId = kBankId;
    const std::uint64_t kind = random.below(10);
    if (kind < 4)
        return flattenShapeQuestion(random, question);
    if (kind < 7)
        return inFeaturesQuestion(random, question);
    return outcomeQuestion(random, question);
}

QList<Question> QuestionGenerator::questions(int first, int count) const
{
    QList<Question> list;
    for (int i = first; i < first + count; ++i)
        list << question(i);
    return list;
}

} // namespace ft::content
