// fuzz_parse_shape — any bytes as an input shape ("32,3,28,28", "(5,)", "[]", ...).
// A Shape or a ParseError with a column inside the text; a parsed shape prints back to text that
// parses to the same shape.
#include "engine/trace.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    try {
        const ft::Shape shape = ft::parseShape(text);
        for (const ft::Dim dim : shape) {
            if (dim < 0)
                std::abort();
        }
        (void)ft::checkedNumel(shape);
        if (ft::parseShape(ft::formatShape(shape)) != shape)
            std::abort();
    } catch (const ft::ParseError &error) {
        if (error.column() < 1 || size_t(error.column()) > size + 1)
            std::abort();
        (void)error.formatted();
    }
    return 0;
}
