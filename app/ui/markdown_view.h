// markdown_view.h — a read-only Markdown text that is exactly as tall as its content, for stacking
// inside a scroll area (lesson text between playgrounds, a question's stem, a solution step).
//
//     auto *view = new ft::ui::MarkdownView(this);
//     view->setMarkdownText(QStringLiteral("Flatten keeps the **batch** dim: `(32, 2352)`"));
//
// Safety: links open only when clicked, in the system browser (http, https, mailto); nothing is
// ever fetched, and images with a remote or file URL are refused (loadResource returns nothing).
// Code blocks and inline code use the system's fixed-width font at the reader's size (zoom follows).
#pragma once

#include <QTextBrowser>

namespace ft::ui {

class MarkdownView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MarkdownView(QWidget *parent = nullptr);

    void setMarkdownText(const QString &markdown);
    QString markdownText() const { return m_markdown; }

    // Remote or local URLs the view refused to load (for tests).
    QList<QUrl> refusedResources() const { return m_refused; }

    QVariant loadResource(int type, const QUrl &name) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // An external link the reader clicked; it was handed to the system browser.
    void externalLinkOpened(const QUrl &url);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void fitHeight();
    void openLink(const QUrl &url);

    QString m_markdown;
    QList<QUrl> m_refused;
};

} // namespace ft::ui
