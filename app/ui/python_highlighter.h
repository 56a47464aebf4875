// python_highlighter.h — Python colouring for the class editor: keywords, builtins, `self`,
// numbers, strings (triple-quoted ones across lines), comments and decorators.
//
// Colours come from the palette (keywords in the link colour, comments in the placeholder
// colour) so a dark desktop stays readable; setPalette() re-colours the document.
//
//     auto *highlighter = new ft::ui::PythonHighlighter(editor->document(), editor->palette());
#pragma once

#include <QPalette>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <vector>

namespace ft::ui {

class PythonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // What a character is coloured as; formatFor() exposes the format for tests.
    enum class Role { Keyword, Builtin, Self, Number, String, Comment, Decorator, Definition };

    PythonHighlighter(QTextDocument *document, const QPalette &palette);

    void setPalette(const QPalette &palette);
    QTextCharFormat formatFor(Role role) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        Role role;
        int group = 0; // capture group coloured (0: the whole match)
    };

    void highlightTripleQuotes(const QString &text, const QString &delimiter, int state);

    std::vector<Rule> m_rules;
    QPalette m_palette;
};

} // namespace ft::ui
