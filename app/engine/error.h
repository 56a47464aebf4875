// error.h — PyTorch's exceptions, as typed values the UI and the CLI can show and reason about.
//
// Every failure the engine reports is a TorchError carrying the Python exception class PyTorch
// raises ("RuntimeError", "IndexError", "TypeError", "ValueError") and PyTorch's exact message
// (first line), for showing. Next to them, for reasoning, it carries an ErrorKind and the numbers,
// shapes and names the message states (ErrorDetails), so that code explaining an error (the
// diagnosis) never reads them back out of the text: rewording a message cannot lose its hint.
//
//     try { shape = flattenShape({32, 3, 28, 28}, 4, -1); }
//     catch (const ft::TorchError &e) {
//         e.type() == "IndexError"; e.message() == "Dimension out of range ...";
//         e.kind() == ft::ErrorKind::DimOutOfRange; e.details().got == 4; e.details().high == 3;
//     }
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace ft {

// What went wrong, for code that explains errors. Generic errors are shown as PyTorch words them
// and explained neutrally; each other kind documents the ErrorDetails fields it fills.
enum class ErrorKind {
    Generic,             // anything else: type() and message() say it all
    DimOutOfRange,       // got = the dim asked for; low..high = the valid range ([-4, 3])
    StartAfterEnd,       // flatten's start_dim comes after end_dim: low = wrapped start, high = wrapped end
    NegativeDimension,   // a tensor of a negative size: got = the size; input = the sizes
    MatmulShapeMismatch, // Linear: input = mat1 (rows, got), other = mat2 (expected, out_features);
                         // got = the input's features, expected = in_features
    ChannelMismatch,     // convolution: expected = in_channels x groups, got = the input's channels;
                         // input = the (batched) input, other = the weight
    KernelTooLarge,      // convolution: input = padded input size per channel, other = the (dilated) kernel
    OutputTooSmall,      // pooling: input = (planes, H, W) in, other = (planes, H, W) out
    RankMismatch,        // function = "conv2d"; low = unbatched rank, high = batched rank; input = the input
    UnexpectedKeyword,   // function = the class ("Flatten"); arguments = {the keyword}
    MissingArgument,     // function = the class ("Linear"); arguments = the missing names, in order
    TupleInput,          // a tuple (MaxPool2d(return_indices=True)) reached what needs a tensor;
                         // arguments = {the attribute asked for} when it was an attribute ("shape")
    NoCuda,              // a device that needs CUDA, which this PyTorch is built without
    InvalidView,         // view/reshape sizes that do not fit the elements: input = the sizes, got = the element count
    MultipleInferred,    // more than one -1 in view/reshape sizes
};

using ErrorSize = std::int64_t;

// The values a message names, filled as documented per ErrorKind (unused fields stay empty/0).
struct ErrorDetails
{
    std::string function{};              // the op or module class the message names
    std::vector<std::string> arguments{}; // argument names the message names
    std::vector<ErrorSize> input{};      // the first shape or size list the message names
    std::vector<ErrorSize> other{};      // the second one
    ErrorSize got = 0;                   // the value found
    ErrorSize expected = 0;              // the value required
    ErrorSize low = 0;                   // a range, inclusive
    ErrorSize high = 0;
};

// A warning PyTorch prints without raising (warnings.warn): its category ("UserWarning") and message.
struct PythonWarning
{
    std::string category;
    std::string message;
    bool operator==(const PythonWarning &) const = default;
};

class TorchError : public std::runtime_error
{
public:
    // A message holding a newline (a str() of a user's string: "Invalid padding string 'a\nb'")
    // keeps its first line: the first line is what the trace reports (CONTRACT-trace.md).
    TorchError(std::string type, std::string message, ErrorKind kind = ErrorKind::Generic, ErrorDetails details = {})
        : std::runtime_error(firstLine(message)), m_type(std::move(type)), m_message(firstLine(std::move(message))),
          m_kind(kind), m_details(std::move(details)) {}

    // Python exception class name, e.g. "RuntimeError".
    const std::string &type() const noexcept { return m_type; }
    // PyTorch's message, exactly (first line only).
    const std::string &message() const noexcept { return m_message; }
    ErrorKind kind() const noexcept { return m_kind; }
    const ErrorDetails &details() const noexcept { return m_details; }
    // What the raising code had warned before it raised (nn.LSTM(3, 0, dropout=0.5) warns about
    // its dropout, then refuses its hidden_size): Python prints those warnings too.
    const std::vector<PythonWarning> &warningsBefore() const noexcept { return m_warningsBefore; }
    void addWarningsBefore(const std::vector<PythonWarning> &warnings)
    {
        m_warningsBefore.insert(m_warningsBefore.begin(), warnings.begin(), warnings.end());
    }

private:
    static std::string firstLine(std::string text)
    {
        // The line breaks of Python's str.splitlines() that ASCII has.
        if (const size_t end = text.find_first_of("\n\r\x0b\x0c\x1c\x1d\x1e"); end != std::string::npos)
            text.resize(end);
        return text;
    }

    std::string m_type;
    std::string m_message;
    ErrorKind m_kind;
    ErrorDetails m_details;
    std::vector<PythonWarning> m_warningsBefore;
};

[[noreturn]] inline void throwRuntimeError(std::string message, ErrorKind kind = ErrorKind::Generic, ErrorDetails details = {})
{
    throw TorchError("RuntimeError", std::move(message), kind, std::move(details));
}
[[noreturn]] inline void throwIndexError(std::string message, ErrorKind kind = ErrorKind::Generic, ErrorDetails details = {})
{
    throw TorchError("IndexError", std::move(message), kind, std::move(details));
}
[[noreturn]] inline void throwTypeError(std::string message, ErrorKind kind = ErrorKind::Generic, ErrorDetails details = {})
{
    throw TorchError("TypeError", std::move(message), kind, std::move(details));
}
[[noreturn]] inline void throwValueError(std::string message, ErrorKind kind = ErrorKind::Generic, ErrorDetails details = {})
{
    throw TorchError("ValueError", std::move(message), kind, std::move(details));
}
[[noreturn]] inline void throwAttributeError(std::string message, ErrorKind kind = ErrorKind::Generic, ErrorDetails details = {})
{
    throw TorchError("AttributeError", std::move(message), kind, std::move(details));
}

} // namespace ft
