// fuzz_source_trace — any bytes as a learner's model file (`trace --file`), any shape as input.
//
// Input layout (what the seed corpus uses, so mutations stay meaningful):
//     <shape text>\n<python source>
// The first line goes through ft::parseShape; when it is not a shape, (2, 3, 4, 5) is used. The
// only acceptable outcomes are a SourceTrace or a SourceError: anything else (another exception,
// a crash, a sanitizer report, a hang past the bounds) is a bug.
#include "engine/source/source_trace.h"
#include "engine/trace.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const size_t newline = text.find('\n');
    const std::string_view shapeText = newline == std::string_view::npos ? std::string_view() : text.substr(0, newline);
    const std::string_view source = newline == std::string_view::npos ? text : text.substr(newline + 1);

    ft::Shape input{2, 3, 4, 5};
    try {
        input = ft::parseShape(shapeText);
    } catch (const ft::ParseError &) {
    }
    const int lines = int(std::count(source.begin(), source.end(), '\n')) + 1;
    try {
        const ft::source::SourceTrace trace = ft::source::traceSource(input, source);
        // forward either returned or raised; never both, never neither.
        if (trace.succeeded == trace.error.has_value())
            std::abort();
        if (trace.error && (trace.error->line < 0 || trace.error->line > lines))
            std::abort();
        for (const ft::source::SourceStep &step : trace.steps)
            if (step.line < 1 || step.line > lines || step.outputs.empty())
                std::abort();
        if (trace.warnings.size() > 1)
            std::abort();
    } catch (const ft::source::SourceError &error) {
        if (error.line() < 1 || error.line() > lines || error.column() < 1)
            std::abort();
        (void)error.formatted();
    }
    return 0;
}
