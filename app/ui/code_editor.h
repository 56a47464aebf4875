// code_editor.h — a monospace Python editor that shows what the trace found, line by line.
//
// Line numbers in a gutter (LineNumberArea), Python colouring (PythonHighlighter), and for any
// line a hint painted at its right margin, like an IDE's inlay hint ("(4, 16, 5, 5)"), tinted
// when the line is the one that raised or the one that silently changed the batch. Clicking a
// hint emits hintClicked(line). Dropping a .py file emits fileDropped(path) instead of pasting
// its name. Tab inserts four spaces, Return keeps the indentation (one more level after ':'),
// Ctrl+Tab and Ctrl+Shift+Tab move the focus out.
// The editor shows what it is given: it never traces or decides anything itself.
//
//     auto *editor = new ft::ui::CodeEditor(this);
//     editor->setLineHints({{17, {"(4, 6, 28, 28)"}}, {19, {"(16, 400)", CodeEditor::Mark::Warning}}});
//     editor->setLineMarks({{19, CodeEditor::Mark::Warning}});
//     editor->setCaretMark(3, 9);                       // a syntax error's line and column
#pragma once

#include <QMap>
#include <QPlainTextEdit>

namespace ft::ui {

class LineNumberArea;
class PythonHighlighter;

class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    enum class Mark { None, Error, Warning };
    struct LineHint
    {
        QString text;
        Mark mark = Mark::None;
        friend bool operator==(const LineHint &, const LineHint &) = default;
    };

    explicit CodeEditor(QWidget *parent = nullptr);

    // 1-based line -> hint; replaces all hints.
    void setLineHints(const QMap<int, LineHint> &hints);
    const QMap<int, LineHint> &lineHints() const { return m_hints; }
    // 1-based line -> tint of the whole line; replaces all marks.
    void setLineMarks(const QMap<int, Mark> &marks);
    const QMap<int, Mark> &lineMarks() const { return m_marks; }
    // Underlines the character at a 1-based line and column (in characters); line 0 clears it.
    void setCaretMark(int line, int column);
    int caretMarkLine() const { return m_caretLine; }
    int caretMarkColumn() const { return m_caretColumn; }
    // The hint drawn with a focus frame (the step shown below), 0 for none.
    void setSelectedHintLine(int line);
    int selectedHintLine() const { return m_selectedHintLine; }

    // Where the hint of `line` is painted, in viewport coordinates; empty when it has none or
    // the line is scrolled out of view.
    QRect hintRect(int line) const;
    // 1-based line at a y position of the viewport (the last line below the text).
    int lineAt(qreal y) const;
    void moveCursorToLine(int line);

    PythonHighlighter *highlighter() const { return m_highlighter; }
    int lineNumberAreaWidth() const;
    void paintLineNumberArea(QPaintEvent *event);

signals:
    void hintClicked(int line);
    void fileDropped(const QString &path);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateExtraSelections();
    QFont hintFont() const;
    // x of the hints' left edge, in viewport coordinates.
    qreal hintColumn() const;
    QRect hintRect(int line, qreal column) const;
    // The first local .py file among dragged URLs, or empty.
    static QString droppedPythonFile(const QMimeData *mime);

    LineNumberArea *m_lineNumberArea = nullptr;
    PythonHighlighter *m_highlighter = nullptr;
    QMap<int, LineHint> m_hints;
    QMap<int, Mark> m_marks;
    int m_caretLine = 0;
    int m_caretColumn = 0;
    int m_selectedHintLine = 0;
};

} // namespace ft::ui
