// fuzz_model_trace — any bytes as `--model`, any shape as `--input`, through parse and trace.
//
// Input layout (what the seed corpus uses, so mutations stay meaningful):
//     <shape text>\n<model expression, may span lines>
// The first line goes through ft::parseShape; when it is not a shape, (2, 3, 4, 5) is used so the
// model text is still traced. The only acceptable outcomes are a ShapeTrace or a ParseError:
// anything else (another exception, a crash, a sanitizer report, a hang) is a bug.
#include "engine/trace.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const size_t newline = text.find('\n');
    const std::string_view shapeText = newline == std::string_view::npos ? std::string_view() : text.substr(0, newline);
    const std::string_view modelText = newline == std::string_view::npos ? text : text.substr(newline + 1);

    ft::Shape input{2, 3, 4, 5};
    try {
        input = ft::parseShape(shapeText);
    } catch (const ft::ParseError &error) {
        (void)error.formatted();
    }

    try {
        const ft::ShapeTrace trace = ft::traceModel(input, modelText);
        // A trace either ran to the end (with a tensor, or a tuple such as an LSTM's) or names the
        // layer that raised; never both, never neither.
        const bool succeeded = trace.output.has_value() || !trace.outputs.empty();
        if (succeeded == trace.error.has_value() || (trace.output && !trace.outputs.empty()))
            std::abort();
        // Only a bare Python `assert` (Hardtanh's max_val > min_val) raises with no message.
        if (trace.error && trace.error->message.empty() && trace.error->type != "AssertionError")
            std::abort();
        for (const ft::LayerTrace &layer : trace.layers)
            (void)ft::formatShape(layer.output);
    } catch (const ft::ParseError &error) {
        // Every syntax error points into the text (column 1 past the end is the end of input).
        if (error.column() < 1 || size_t(error.column()) > modelText.size() + 1)
            std::abort();
        (void)error.formatted();
        (void)error.line();
        (void)error.lineColumn();
    }
    return 0;
}
