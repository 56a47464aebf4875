#include "ui/markdown_view.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace ft::ui {

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The page behind shows through: text sits on the lesson's background, not in a box.
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    // Tab moves on to the next control instead of walking every link in long text.
    setTabChangesFocus(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse
                            | Qt::LinksAccessibleByKeyboard);
    document()->setDocumentMargin(2);
    connect(this, &QTextBrowser::anchorClicked, this, &MarkdownView::openLink);
}

void MarkdownView::setMarkdownText(const QString &markdown)
{
    m_markdown = markdown;
    render();
}

void MarkdownView::render()
{
    QTextDocument *doc = document();
    doc->setDefaultFont(font());
    doc->setMarkdown(m_markdown, QTextDocument::MarkdownDialectGitHub);

    // The Markdown importer gives code a fixed-width font with a fixed point size; make it follow
    // the reader's size (zoom, presentation) and give code blocks a quiet background from the palette.
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    const qreal size = font().pointSizeF() > 0 ? font().pointSizeF() : 10.0;
    QTextCursor cursor(doc);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const bool codeBlock = block.blockFormat().hasProperty(QTextFormat::BlockCodeFence)
                               || block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage);
        if (codeBlock) {
            QTextBlockFormat blockFormat = block.blockFormat();
            blockFormat.setBackground(palette().alternateBase());
            blockFormat.setLeftMargin(8);
            blockFormat.setRightMargin(8);
            cursor.setPosition(block.position());
            cursor.setBlockFormat(blockFormat);
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!codeBlock && !format.fontFixedPitch())
                continue;
            QTextCharFormat code;
            code.setFontFamilies({mono});
            code.setFontFixedPitch(true);
            code.setFontPointSize(size * 0.95); // monospace looks larger than the text at equal size
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(code);
        }
    }
    fitHeight();
}

void MarkdownView::fitHeight()
{
    const int width = viewport()->width() > 0 ? viewport()->width() : 600;
    document()->setTextWidth(width);
    const int height = int(std::ceil(document()->size().height())) + 2 * frameWidth();
    if (height != this->height())
        setFixedHeight(height);
    updateGeometry();
}

QSize MarkdownView::sizeHint() const
{
    return {QTextBrowser::sizeHint().width(), int(std::ceil(document()->size().height())) + 2 * frameWidth()};
}

QSize MarkdownView::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, sizeHint().height()};
}

void MarkdownView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitHeight();
}

void MarkdownView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // Zoom and theme changes arrive as font and palette changes: render again at the new size.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        render();
}

QVariant MarkdownView::loadResource(int type, const QUrl &name)
{
    // Lessons never pull anything from outside: no web images (privacy, offline classrooms)
    // and no local files (a lesson from a shared folder must not read the learner's disk).
    if (name.scheme() == QLatin1String("qrc") || name.scheme() == QLatin1String("data")
        || (name.scheme().isEmpty() && name.path().startsWith(QLatin1Char(':')))) {
        return QTextBrowser::loadResource(type, name);
    }
    m_refused << name;
    return {};
}

void MarkdownView::openLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto")) {
        QDesktopServices::openUrl(url);
        emit externalLinkOpened(url);
    }
}

} // namespace ft::ui
