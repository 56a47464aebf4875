#include "engine/source/source_error.h"

namespace ft::source {

std::string sourceLine(std::string_view source, int line)
{
    size_t start = 0;
    for (int i = 1; i < line; ++i) {
        const size_t next = source.find('\n', start);
        if (next == std::string_view::npos)
            return {};
        start = next + 1;
    }
    size_t end = source.find('\n', start);
    if (end == std::string_view::npos)
        end = source.size();
    std::string text(source.substr(start, end - start));
    if (!text.empty() && text.back() == '\r')
        text.pop_back();
    return text;
}

std::string SourceError::formatted() const
{
    if (m_kind == "usage")
        return m_message; // about the file as a whole (no such class), not a place in it
    std::string out = "line " + std::to_string(m_line) + ", column " + std::to_string(m_column) + ": ";
    if (m_kind != "unsupported" && m_kind != "limit")
        out += m_kind + ": ";
    out += m_message;
    if (m_lineText.empty())
        return out;
    // Tabs stay tabs under the caret so it lines up in any terminal.
    std::string caret;
    for (int i = 0; i + 1 < m_column && size_t(i) < m_lineText.size(); ++i)
        caret += m_lineText[size_t(i)] == '\t' ? '\t' : ' ';
    return out + "\n    " + m_lineText + "\n    " + caret + "^";
}

} // namespace ft::source
