// error.h — PyTorch's exceptions, as values the UI and the CLI can show.
//
// Every failure the engine reports is a TorchError carrying the Python exception class PyTorch
// raises ("RuntimeError", "IndexError", "TypeError", "ValueError") and PyTorch's exact message
// (first line). The UI never writes an error text itself; it shows what the engine throws.
//
//     try { shape = flattenShape({32, 3, 28, 28}, 4, -1); }
//     catch (const ft::TorchError &e) { e.type() == "IndexError"; e.message() == "Dimension out of range ..." }
#pragma once

#include <stdexcept>
#include <string>

namespace ft {

class TorchError : public std::runtime_error
{
public:
    TorchError(std::string type, std::string message)
        : std::runtime_error(message), m_type(std::move(type)), m_message(std::move(message)) {}

    // Python exception class name, e.g. "RuntimeError".
    const std::string &type() const noexcept { return m_type; }
    // PyTorch's message, exactly (first line only).
    const std::string &message() const noexcept { return m_message; }

private:
    std::string m_type;
    std::string m_message;
};

[[noreturn]] inline void throwRuntimeError(std::string message) { throw TorchError("RuntimeError", std::move(message)); }
[[noreturn]] inline void throwIndexError(std::string message) { throw TorchError("IndexError", std::move(message)); }
[[noreturn]] inline void throwTypeError(std::string message) { throw TorchError("TypeError", std::move(message)); }
[[noreturn]] inline void throwValueError(std::string message) { throw TorchError("ValueError", std::move(message)); }
[[noreturn]] inline void throwAttributeError(std::string message) { throw TorchError("AttributeError", std::move(message)); }

} // namespace ft
