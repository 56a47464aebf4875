// `flatten-tutor trace`: what PyTorch does with a model on an input, headless and in milliseconds.
//
//     flatten-tutor trace --input 32,3,28,28 --model 'nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten())' [--json]
//
// The interface is fixed by CONTRACT-trace.md: a table (index, module, output shape, then the
// error) or one JSON object whose keys come in the contract's order (input, layers, output and/or
// error). Exit status 0: the forward pass succeeded; 1: the model raised (construct or forward);
// 2: a usage error or invalid syntax, explained on stderr with the column and a caret.
//
// The JSON is written by hand rather than with QJsonDocument because QJsonObject sorts its keys,
// and the contract's order (input first, error last) is what people read.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "engine/shape.h"
#include "engine/source/source_trace.h"
#include "engine/trace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>

namespace ft::cli {

namespace {


int usageError(const std::string &message)
{
    return ft::cli::usageError("trace", message);
}

// ---- JSON -------------------------------------------------------------------------------------

void appendJsonString(std::string &out, std::string_view text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 15];
            } else {
                out += c; // UTF-8 passes through: JSON text is UTF-8
            }
        }
    }
    out += '"';
}

void appendJsonShape(std::string &out, const Shape &shape)
{
    out += '[';
    for (size_t i = 0; i < shape.size(); ++i) {
        if (i)
            out += ", ";
        out += std::to_string(shape[i]);
    }
    out += ']';
}

// A tuple's items as nested JSON lists: [[5, 20], [[1, 20], [1, 20]]] for an LSTM's result.
void appendJsonResults(std::string &out, const std::vector<ResultShape> &items)
{
    out += '[';
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += ", ";
        if (items[i].isTuple)
            appendJsonResults(out, items[i].items);
        else
            appendJsonShape(out, items[i].shape);
    }
    out += ']';
}

std::string traceJson(const ShapeTrace &trace)
{
    std::string out = "{\n  \"input\": ";
    appendJsonShape(out, trace.input);
    if (trace.dtype != DType::Float32) {
        out += ",\n  \"dtype\": ";
        appendJsonString(out, dtypeName(trace.dtype));
    }
    out += ",\n  \"layers\": [";
    for (size_t i = 0; i < trace.layers.size(); ++i) {
        const LayerTrace &layer = trace.layers[i];
        out += i ? ",\n    " : "\n    ";
        out += "{\"index\": " + std::to_string(layer.index) + ", \"module\": ";
        appendJsonString(out, layer.module);
        if (layer.outputs.empty()) {
            out += ", \"output\": ";
            appendJsonShape(out, layer.output);
        } else {
            out += ", \"outputs\": ";
            appendJsonResults(out, layer.outputs);
        }
        out += '}';
    }
    out += trace.layers.empty() ? "]" : "\n  ]";
    if (trace.output) {
        out += ",\n  \"output\": ";
        appendJsonShape(out, *trace.output);
    } else if (!trace.outputs.empty()) {
        out += ",\n  \"output\": ";
        appendJsonResults(out, trace.outputs);
    }
    if (trace.error) {
        const TraceFailure &error = *trace.error;
        out += ",\n  \"error\": {\"index\": " + std::to_string(error.index) + ", \"stage\": ";
        appendJsonString(out, stageName(error.stage));
        out += ", \"type\": ";
        appendJsonString(out, error.type);
        out += ", \"message\": ";
        appendJsonString(out, error.message);
        out += '}';
    }
    if (!trace.warnings.empty()) {
        out += ",\n  \"warnings\": [";
        for (size_t i = 0; i < trace.warnings.size(); ++i) {
            const TraceWarning &warning = trace.warnings[i];
            out += i ? ",\n    " : "\n    ";
            out += "{\"index\": " + std::to_string(warning.index) + ", \"stage\": ";
            appendJsonString(out, stageName(warning.stage));
            out += ", \"type\": ";
            appendJsonString(out, warning.warning.category);
            out += ", \"message\": ";
            appendJsonString(out, warning.warning.message);
            out += '}';
        }
        out += "\n  ]";
    }
    out += "\n}\n";
    return out;
}

// ---- table ------------------------------------------------------------------------------------

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    size_t start = 0;
    for (;;) {
        const size_t end = text.find('\n', start);
        lines.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return lines;
        start = end + 1;
    }
}

std::string padded(std::string_view text, size_t width)
{
    std::string out(text);
    if (out.size() < width)
        out.append(width - out.size(), ' ');
    return out;
}

// One row of a trace table: a number (layer index or source line), then cells.
struct TableRow
{
    std::string number;
    std::vector<std::string> cells;       // the padded columns, then the last one as is
    std::vector<std::string_view> more;   // further lines of the first cell (a nested Sequential's repr)
};

// The layer and source tables' shared layout: the number right-aligned under its header, each
// padded column as wide as its widest cell (a cell wider than `maxCellWidth` pushes only its own
// row's later cells to the right), two spaces between columns, a cell's further lines hung below it.
std::string formatTable(const std::vector<std::string_view> &headers, const std::vector<TableRow> &rows, size_t maxCellWidth)
{
    const size_t numberWidth = headers.front().size();
    std::vector<size_t> widths;
    for (size_t c = 1; c + 1 < headers.size(); ++c) {
        size_t width = headers[c].size();
        for (const TableRow &row : rows)
            width = std::max(width, std::min(row.cells[c - 1].size(), maxCellWidth));
        widths.push_back(width);
    }
    std::string out = "\n" + std::string(headers.front());
    for (size_t c = 1; c < headers.size(); ++c)
        out += "  " + (c + 1 < headers.size() ? padded(headers[c], widths[c - 1]) : std::string(headers[c]));
    out += '\n';
    for (const TableRow &row : rows) {
        out += std::string(numberWidth - std::min(numberWidth, row.number.size()), ' ') + row.number;
        for (size_t c = 0; c < row.cells.size(); ++c)
            out += "  " + (c < widths.size() ? padded(row.cells[c], widths[c]) : row.cells[c]);
        out += '\n';
        for (std::string_view line : row.more)
            out += std::string(numberWidth + 2, ' ') + std::string(line) + '\n';
    }
    return out;
}

// input   (32, 3, 28, 28)
//
// index  module                                                 output shape
//     0  Conv2d(3, 16, kernel_size=(3, 3), stride=(1, 1))       (32, 16, 26, 26)
//     1  Flatten(start_dim=1, end_dim=-1)                       (32, 10816)
//     2  Linear(in_features=12544, out_features=10, bias=True)  raised RuntimeError
//
// RuntimeError at layer 2 (forward): mat1 and mat2 shapes cannot be multiplied (32x10816 and 12544x10)
std::string traceTable(const ShapeTrace &trace)
{
    std::vector<TableRow> rows;
    rows.reserve(trace.layers.size() + 1);
    auto addRow = [&rows](int index, std::string_view module, std::string output) {
        std::vector<std::string_view> lines = splitLines(module);
        std::string first(lines.front());
        lines.erase(lines.begin());
        rows.push_back({std::to_string(index), {std::move(first), std::move(output)}, std::move(lines)});
    };
    for (const LayerTrace &layer : trace.layers)
        addRow(layer.index, layer.module,
               layer.outputs.empty() ? formatShape(layer.output) : formatResultShape(ResultShape::tuple(layer.outputs)));
    if (trace.error && trace.error->stage == TraceStage::Forward)
        addRow(trace.error->index, trace.error->module, "raised " + trace.error->type);

    std::string out = "input   " + formatShape(trace.input)
                      + (trace.dtype == DType::Float32 ? std::string() : std::string(" ") + dtypeName(trace.dtype)) + "\n";
    // The shape sits on a row's first line; a nested Sequential's further lines hang below it.
    constexpr size_t kMaxModuleWidth = 72;
    if (!rows.empty())
        out += formatTable({"index", "module", "output shape"}, rows, kMaxModuleWidth);
    out += '\n';
    if (trace.output)
        out += "output  " + formatShape(*trace.output) + "\n";
    else if (!trace.outputs.empty())
        out += "output  " + formatResultShape(ResultShape::tuple(trace.outputs)) + "\n";
    for (const TraceWarning &warning : trace.warnings)
        out += warning.warning.category + (warning.stage == TraceStage::Construct ? " while building layer " : " at layer ")
               + std::to_string(warning.index) + " (" + stageName(warning.stage) + "): " + warning.warning.message + "\n";
    if (trace.error) {
        const TraceFailure &error = *trace.error;
        out += error.type + (error.stage == TraceStage::Construct ? " while building layer " : " at layer ")
               + std::to_string(error.index) + " (" + stageName(error.stage) + "): " + error.message + "\n";
    }
    return out;
}

// ---- a learner's source file (--file) ---------------------------------------------------------

std::string sourceJson(const source::SourceTrace &trace)
{
    std::string out = "{\n  \"input\": ";
    appendJsonShape(out, trace.input);
    out += ",\n  \"steps\": [";
    for (size_t i = 0; i < trace.steps.size(); ++i) {
        const source::SourceStep &step = trace.steps[i];
        out += i ? ",\n    " : "\n    ";
        out += "{\"line\": " + std::to_string(step.line) + ", \"code\": ";
        appendJsonString(out, step.code);
        out += ", \"op\": ";
        appendJsonString(out, step.op);
        out += ", ";
        if (step.tuple) {
            out += "\"outputs\": ";
            appendJsonResults(out, step.items);
        } else {
            out += "\"output\": ";
            appendJsonShape(out, step.outputs.front());
        }
        out += '}';
    }
    out += trace.steps.empty() ? "]" : "\n  ]";
    out += ",\n  \"warnings\": [";
    for (size_t i = 0; i < trace.warnings.size(); ++i) {
        const source::SourceWarning &warning = trace.warnings[i];
        out += i ? ",\n    " : "\n    ";
        out += "{\"line\": " + std::to_string(warning.line) + ", \"kind\": ";
        appendJsonString(out, warning.kind);
        out += ", \"message\": ";
        appendJsonString(out, warning.message);
        out += '}';
    }
    out += trace.warnings.empty() ? "]" : "\n  ]";
    if (trace.succeeded) {
        out += ",\n  \"output\": ";
        if (trace.outputs.empty())
            out += "null";
        else if (trace.outputIsTuple)
            appendJsonResults(out, trace.outputItems);
        else
            appendJsonShape(out, trace.outputs.front());
    }
    if (trace.error) {
        const source::SourceFailure &error = *trace.error;
        out += ",\n  \"error\": {\"stage\": ";
        appendJsonString(out, stageName(error.stage));
        out += ", \"type\": ";
        appendJsonString(out, error.type);
        out += ", \"message\": ";
        appendJsonString(out, error.message);
        out += ", \"line\": " + std::to_string(error.line) + '}';
    }
    out += "\n}\n";
    return out;
}

// input   (4, 3, 32, 32)
//
// line  code                    op                                                 output shape
//   17  self.conv1(x)           Conv2d(3, 6, kernel_size=(5, 5), stride=(1, 1))    (4, 6, 28, 28)
//
// output  (4, 10)
std::string sourceTable(const source::SourceTrace &trace)
{
    constexpr size_t kMaxWidth = 48;
    auto oneLine = [](const std::string &text) {
        std::string out;
        bool space = false;
        for (char c : text) {
            if (c == '\n' || c == ' ' || c == '\t') {
                space = true;
                continue;
            }
            if (space && !out.empty())
                out += ' ';
            space = false;
            out += c;
        }
        return out;
    };
    auto clip = [&](std::string text) {
        if (text.size() > kMaxWidth)
            text = text.substr(0, kMaxWidth - 3) + "...";
        return text;
    };
    std::vector<TableRow> rows;
    rows.reserve(trace.steps.size());
    for (const source::SourceStep &step : trace.steps)
        rows.push_back({std::to_string(step.line),
                        {clip(oneLine(step.code)), clip(oneLine(step.op)),
                         step.tuple ? formatResultShape(ResultShape::tuple(step.items)) : formatShape(step.outputs.front())},
                        {}});
    std::string out = "input   " + formatShape(trace.input) + "\n";
    if (!rows.empty())
        out += formatTable({"line", "code", "op", "output shape"}, rows, kMaxWidth);
    out += '\n';
    if (trace.succeeded)
        out += "output  " + (trace.outputs.empty() ? "forward returned " + trace.returnedType + ", not a tensor"
                                                   : trace.outputIsTuple ? formatResultShape(ResultShape::tuple(trace.outputItems))
                                                                         : formatShape(trace.outputs.front())) + "\n";
    for (const source::SourceWarning &warning : trace.warnings)
        out += "warning (" + warning.kind + "): " + warning.message + "\n";
    if (trace.error) {
        const source::SourceFailure &error = *trace.error;
        out += error.type + (error.line > 0 ? " at line " + std::to_string(error.line) : std::string()) + " ("
               + stageName(error.stage) + "): " + error.message + "\n";
        if (!trace.diagnosis.explanation.empty())
            out += "why:    " + trace.diagnosis.explanation + "\n";
        if (!trace.diagnosis.hint.empty())
            out += "fix:    " + trace.diagnosis.hint + "\n";
    }
    return out;
}

int runSourceTrace(const Shape &input, const QString &path, const std::string &className, bool json)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-"))
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return usageError("cannot read --file " + path.toStdString() + ": " + file.errorString().toStdString());
    const QByteArray text = file.read(qint64(source::kMaxSourceBytes) + 1);
    const std::string name = path == QLatin1String("-") ? std::string("<stdin>") : path.toStdString();
    try {
        const source::SourceTrace trace = source::traceSource(input, std::string_view(text.constData(), size_t(text.size())), className);
        writeOut(json ? sourceJson(trace) : sourceTable(trace));
        return trace.error ? kExitModelRaised : kExitSuccess;
    } catch (const source::SourceError &error) {
        writeErr("flatten-tutor trace: error in " + name + ", " + error.formatted() + "\n");
        return kExitUsage;
    }
}

QString helpEpilogue()
{
    return QStringLiteral(
        "\nExample:\n"
        "  flatten-tutor trace --input 32,3,28,28 \\\n"
        "      --model 'nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(), nn.Linear(16*26*26, 10))'\n"
        "  flatten-tutor trace --input 4,3,32,32 --file net.py [--class Net]   (--file - reads stdin)\n"
        "\nExit status: 0 the forward pass succeeded; 1 the model raised (building or running a module);\n"
        "2 a usage error or an expression that is not valid syntax; 3 an internal error (a bug).\n");
}

} // namespace

int runTrace(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Trace a model's output shapes layer by layer, and the exact error PyTorch would raise, without PyTorch."));
    const QCommandLineOption inputOption(
        QStringLiteral("input"),
        QStringLiteral("Input shape: sizes separated by commas, optionally in () or []; () or \"\" is a 0-d tensor."),
        QStringLiteral("shape"));
    const QCommandLineOption modelOption(
        QStringLiteral("model"),
        QStringLiteral("A PyTorch expression: nn.Sequential(...) of modules, or one module such as nn.Flatten(0, -1)."),
        QStringLiteral("expression"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object instead of a table."));
    const QCommandLineOption fileOption(
        QStringLiteral("file"),
        QStringLiteral("A Python file with a class X(nn.Module) (or - for stdin); forward runs on torch.zeros(input)."),
        QStringLiteral("path"));
    const QCommandLineOption classOption(
        QStringLiteral("class"), QStringLiteral("With --file: the class to build (default: `model = ...`, else the last class)."),
        QStringLiteral("name"));
    parser.addOption(inputOption);
    parser.addOption(modelOption);
    parser.addOption(fileOption);
    const QCommandLineOption dtypeOption(
        QStringLiteral("dtype"),
        QStringLiteral("With --model: the input's element type, float32 (default) or int64 (token ids for nn.Embedding)."),
        QStringLiteral("type"));
    parser.addOption(classOption);
    parser.addOption(dtypeOption);
    parser.addOption(jsonOption);

    if (const auto status = parseSubcommandArguments(
            parser, arguments, "trace",
            QStringLiteral("Usage: flatten-tutor trace --input SHAPE (--model EXPRESSION [--dtype float32|int64] | --file PATH "
                           "[--class NAME]) [--json]"),
            helpEpilogue()))
        return *status;
    if (!parser.positionalArguments().isEmpty())
        return usageError("unexpected argument '" + parser.positionalArguments().first().toStdString()
                          + "' (quote the model expression and pass it with --model)");
    if (!parser.isSet(inputOption))
        return usageError("missing --input (the input shape, for example --input 32,3,28,28)");
    if (parser.isSet(modelOption) && parser.isSet(fileOption))
        return usageError("give either --model or --file, not both");
    if (parser.isSet(classOption) && !parser.isSet(fileOption))
        return usageError("--class needs --file (the class is looked up in that file)");
    if (!parser.isSet(modelOption) && !parser.isSet(fileOption))
        return usageError("missing --model (a PyTorch expression, for example --model 'nn.Flatten()') or --file (a .py file)");

    DType dtype = DType::Float32;
    if (parser.isSet(dtypeOption)) {
        const QString name = parser.value(dtypeOption);
        if (name == QLatin1String("int64"))
            dtype = DType::Int64;
        else if (name != QLatin1String("float32"))
            return usageError("unknown --dtype '" + name.toStdString() + "' (use float32 or int64)");
        if (parser.isSet(fileOption))
            return usageError("--dtype works with --model; a learner's file makes its own tensors (torch.zeros(input) is float32)");
    }
    const std::string inputText = parser.value(inputOption).toStdString();
    const std::string modelText = parser.value(modelOption).toStdString();
    try {
        Shape input;
        try {
            input = parseShape(inputText);
        } catch (const ParseError &error) {
            writeErr("flatten-tutor trace: error in --input, " + error.formatted() + "\n");
            return kExitUsage;
        }
        if (parser.isSet(fileOption))
            return runSourceTrace(input, parser.value(fileOption), parser.value(classOption).toStdString(),
                                  parser.isSet(jsonOption));
        ShapeTrace trace;
        try {
            trace = traceModel(input, modelText, dtype);
        } catch (const ParseError &error) {
            writeErr("flatten-tutor trace: error in --model, " + error.formatted() + "\n");
            return kExitUsage;
        }
        writeOut(parser.isSet(jsonOption) ? traceJson(trace) : traceTable(trace));
        return trace.error ? kExitModelRaised : kExitSuccess;
    } catch (const std::exception &error) {
        writeErr(std::string("flatten-tutor trace: internal error: ") + error.what() + "\n");
        return kExitInternal;
    }
}

} // namespace ft::cli
