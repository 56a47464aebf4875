// line_number_area_p.h — the gutter of a CodeEditor: line numbers, the current one bold, and a
// mark beside lines the trace flagged. It only paints; the editor sizes and scrolls it.
//
//     auto *area = new ft::ui::LineNumberArea(editor);   // editor->lineNumberAreaWidth() wide
#pragma once

#include <QWidget>

namespace ft::ui {

class CodeEditor;

class LineNumberArea : public QWidget
{
    Q_OBJECT

public:
    explicit LineNumberArea(CodeEditor *editor);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    CodeEditor *m_editor = nullptr;
};

} // namespace ft::ui
