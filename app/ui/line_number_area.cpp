#include "ui/line_number_area_p.h"

#include "ui/code_editor.h"

#include <QMouseEvent>

namespace ft::ui {

LineNumberArea::LineNumberArea(CodeEditor *editor)
    : QWidget(editor), m_editor(editor)
{
    setObjectName(QStringLiteral("lineNumberArea"));
    setAccessibleName(tr("Line numbers"));
}

QSize LineNumberArea::sizeHint() const { return QSize(m_editor->lineNumberAreaWidth(), 0); }

void LineNumberArea::paintEvent(QPaintEvent *event) { m_editor->paintLineNumberArea(event); }

void LineNumberArea::mousePressEvent(QMouseEvent *event)
{
    // A click on a number puts the cursor on that line, as in most editors.
    m_editor->moveCursorToLine(m_editor->lineAt(event->position().y()));
}

} // namespace ft::ui
