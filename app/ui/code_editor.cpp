#include "ui/code_editor.h"

#include "ui/line_number_area_p.h"
#include "ui/playground_theme.h"
#include "ui/python_highlighter.h"

#include <QFileInfo>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>

namespace ft::ui {

namespace {

constexpr int kHintPaddingX = 6;   // inside the hint's rounded box
constexpr int kHintGap = 24;       // at least this far right of the line's text
constexpr int kIndent = 4;         // spaces per indentation level, as PEP 8 says

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("codeEditor"));
    setAccessibleName(tr("Python source"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(shapeFont(font(), 1.1));
    m_lineNumberArea = new LineNumberArea(this);
    m_highlighter = new PythonHighlighter(document(), palette());
    viewport()->setMouseTracking(true);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, m_lineNumberArea, qOverload<>(&QWidget::update));
    updateLineNumberAreaWidth();
}

void CodeEditor::setLineHints(const QMap<int, LineHint> &hints)
{
    if (hints == m_hints)
        return;
    m_hints = hints;
    viewport()->update();
}

void CodeEditor::setLineMarks(const QMap<int, Mark> &marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    updateExtraSelections();
    m_lineNumberArea->update();
}

void CodeEditor::setCaretMark(int line, int column)
{
    if (line == m_caretLine && column == m_caretColumn)
        return;
    m_caretLine = line;
    m_caretColumn = column;
    updateExtraSelections();
}

void CodeEditor::setSelectedHintLine(int line)
{
    if (line == m_selectedHintLine)
        return;
    m_selectedHintLine = line;
    viewport()->update();
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette pal = palette();
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        const QTextBlock block = document()->findBlockByNumber(it.key() - 1);
        if (!block.isValid() || it.value() == Mark::None)
            continue;
        QTextEdit::ExtraSelection line;
        line.cursor = QTextCursor(block);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.format.setBackground(it.value() == Mark::Error ? errorTint(pal) : warningTint(pal));
        selections << line;
    }
    const QTextBlock caretBlock = document()->findBlockByNumber(m_caretLine - 1);
    if (m_caretLine > 0 && caretBlock.isValid()) {
        QTextEdit::ExtraSelection caret;
        caret.cursor = QTextCursor(caretBlock);
        const int column = std::clamp(m_caretColumn - 1, 0, std::max(0, caretBlock.length() - 2));
        caret.cursor.setPosition(caretBlock.position() + column);
        caret.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        caret.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        caret.format.setUnderlineColor(errorColor(pal));
        caret.format.setBackground(errorTint(pal));
        selections << caret;
    }
    setExtraSelections(selections);
}

QFont CodeEditor::hintFont() const
{
    QFont hint = font();
    if (hint.pointSizeF() > 0)
        hint.setPointSizeF(hint.pointSizeF() * 0.9);
    return hint;
}

namespace {

// The line without a trailing comment (a '#' outside quotes) and trailing blanks.
QString codePart(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#')) {
            QString code = line.left(i);
            while (!code.isEmpty() && code.back().isSpace())
                code.chop(1);
            return code;
        }
    }
    return line;
}

} // namespace

qreal CodeEditor::hintColumn() const
{
    // One column for all hints, just right of the longest code (comments aside) among the
    // hinted lines: the eye reads across a short gap, and the shapes line up like a table.
    const QFontMetricsF fm(font());
    qreal widest = 0;
    for (auto it = m_hints.cbegin(); it != m_hints.cend(); ++it) {
        const QTextBlock block = document()->findBlockByNumber(it.key() - 1);
        if (block.isValid())
            widest = std::max(widest, fm.horizontalAdvance(codePart(block.text())));
    }
    return contentOffset().x() + document()->documentMargin() + widest + kHintGap;
}

QRect CodeEditor::hintRect(int line) const { return hintRect(line, hintColumn()); }

QRect CodeEditor::hintRect(int line, qreal column) const
{
    const auto hint = m_hints.constFind(line);
    if (hint == m_hints.cend())
        return {};
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid() || !block.isVisible() || !block.layout() || block.layout()->lineCount() == 0)
        return {};
    const QPointF offset = contentOffset();
    const QRectF geometry = blockBoundingGeometry(block).translated(offset);
    if (geometry.bottom() < 0 || geometry.top() > viewport()->height())
        return {};
    const QTextLine textLine = block.layout()->lineAt(0);
    const QFontMetrics fm(hintFont());
    const int width = fm.horizontalAdvance(hint->text) + 2 * kHintPaddingX;
    const int height = std::min(int(textLine.height()), fm.height() + 2);
    const int y = int(geometry.top() + (textLine.height() - height) / 2);
    // A line whose comment reaches past the column keeps its hint after the comment.
    const qreal textEnd = offset.x() + block.layout()->position().x() + textLine.x() + textLine.naturalTextWidth();
    return QRect(int(std::max(column, textEnd + kHintGap / 2)), y, width, height);
}

int CodeEditor::lineAt(qreal y) const
{
    QTextBlock block = firstVisibleBlock();
    const QPointF offset = contentOffset();
    while (block.isValid()) {
        const QRectF geometry = blockBoundingGeometry(block).translated(offset);
        if (y < geometry.bottom() || !block.next().isValid())
            return block.blockNumber() + 1;
        block = block.next();
    }
    return document()->blockCount();
}

void CodeEditor::moveCursorToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    setTextCursor(QTextCursor(block));
    ensureCursorVisible();
}

void CodeEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_hints.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(hintFont());
    const QPalette pal = palette();
    const qreal column = hintColumn();
    for (auto it = m_hints.cbegin(); it != m_hints.cend(); ++it) {
        const QRect rect = hintRect(it.key(), column);
        if (rect.isEmpty() || !rect.intersects(event->rect()))
            continue;
        // A plain shape is quiet; the line that raised or changed the batch is a solid badge.
        QColor background = pal.color(QPalette::AlternateBase);
        QColor text = pal.color(QPalette::Text);
        if (it->mark != Mark::None) {
            background = it->mark == Mark::Error ? errorColor(pal) : warningColor(pal);
            text = textColorOn(background);
        }
        painter.setPen(it.key() == m_selectedHintLine ? QPen(pal.color(QPalette::Highlight), 2) : Qt::NoPen);
        painter.setBrush(background);
        painter.drawRoundedRect(QRectF(rect).adjusted(1, 0.5, -1, -0.5), 4, 4);
        painter.setPen(text);
        painter.drawText(rect, Qt::AlignCenter, it->text);
    }
}

void CodeEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int line = lineAt(event->position().y());
        if (hintRect(line).contains(event->position().toPoint())) {
            emit hintClicked(line);
            event->accept();
            return;
        }
    }
    QPlainTextEdit::mousePressEvent(event);
}

void CodeEditor::mouseMoveEvent(QMouseEvent *event)
{
    const int line = lineAt(event->position().y());
    viewport()->setCursor(hintRect(line).contains(event->position().toPoint()) ? Qt::PointingHandCursor : Qt::IBeamCursor);
    QPlainTextEdit::mouseMoveEvent(event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    // Tab indents, so keyboard users leave the editor with Ctrl+Tab / Ctrl+Shift+Tab.
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) && event->modifiers().testFlag(Qt::ControlModifier)) {
        // QPlainTextEdit's own focusNextPrevChild refuses while Tab indents; the scroll area's moves.
        QAbstractScrollArea::focusNextPrevChild(event->key() == Qt::Key_Tab && !event->modifiers().testFlag(Qt::ShiftModifier));
        return;
    }
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        insertPlainText(QString(kIndent, QLatin1Char(' ')));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        const QString line = textCursor().block().text().left(textCursor().positionInBlock());
        int indent = 0;
        while (indent < line.size() && line[indent] == QLatin1Char(' '))
            ++indent;
        if (line.trimmed().endsWith(QLatin1Char(':')))
            indent += kIndent;
        insertPlainText(QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

QString CodeEditor::droppedPythonFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".py"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

void CodeEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedPythonFile(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QPlainTextEdit::dragEnterEvent(event);
}

void CodeEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (!droppedPythonFile(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QPlainTextEdit::dragMoveEvent(event);
}

void CodeEditor::dropEvent(QDropEvent *event)
{
    const QString path = droppedPythonFile(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        emit fileDropped(path);
        return;
    }
    QPlainTextEdit::dropEvent(event);
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateExtraSelections();
    }
    if (event->type() == QEvent::FontChange)
        updateLineNumberAreaWidth();
}

int CodeEditor::lineNumberAreaWidth() const
{
    const int digits = int(QString::number(std::max(99, document()->blockCount())).size());
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void CodeEditor::updateLineNumberAreaWidth() { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); }

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_lineNumberArea->setGeometry(QRect(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height()));
}

void CodeEditor::paintLineNumberArea(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    const int current = textCursor().blockNumber();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    const int width = m_lineNumberArea->width() - 6;
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const Mark mark = m_marks.value(line, Mark::None);
            const QRectF row(0, top, m_lineNumberArea->width(), height);
            if (mark != Mark::None)
                painter.fillRect(row, mark == Mark::Error ? errorTint(pal) : warningTint(pal));
            QFont number = font();
            number.setBold(block.blockNumber() == current || mark != Mark::None);
            painter.setFont(number);
            painter.setPen(mark == Mark::Error     ? errorColor(pal)
                           : mark == Mark::Warning ? warningColor(pal)
                           : block.blockNumber() == current ? pal.color(QPalette::Text)
                                                          : pal.color(QPalette::PlaceholderText));
            painter.drawText(QRectF(0, top, width, height), Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
        }
        top += height;
        block = block.next();
    }
}

} // namespace ft::ui
