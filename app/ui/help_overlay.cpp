#include "ui/help_overlay.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace ft::ui {

HelpOverlay::HelpOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("helpOverlay"));
    setAccessibleName(tr("Keyboard shortcuts"));
    setFocusPolicy(Qt::StrongFocus);
    hide();

    // The card: a framed panel in the middle, painted with the Base role like a page of text.
    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("helpCard"));
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    card->setMaximumWidth(900);

    auto *title = new QLabel(tr("<h2>Keyboard shortcuts</h2>"), card);
    m_table = new QLabel(card);
    m_table->setObjectName(QStringLiteral("helpTable"));
    m_table->setTextFormat(Qt::RichText);
    m_table->setWordWrap(true);
    m_table->setTextInteractionFlags(Qt::NoTextInteraction);
    auto *close = new QPushButton(tr("Close (Esc)"), card);
    close->setAccessibleName(tr("Close the shortcut list"));
    connect(close, &QPushButton::clicked, this, &QWidget::hide);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 20, 28, 20);
    cardLayout->addWidget(title);
    cardLayout->addWidget(m_table, 1);
    cardLayout->addWidget(close, 0, Qt::AlignRight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 30, 40, 30);
    layout->addWidget(card, 0, Qt::AlignCenter);

    if (parent)
        parent->installEventFilter(this);
}

void HelpOverlay::setShortcuts(const QList<ShortcutHelp> &shortcuts)
{
    m_shortcuts = shortcuts;
    // Sections in order of first appearance; keys set in bold so the eye finds them first.
    QStringList sections;
    for (const ShortcutHelp &s : shortcuts)
        if (!sections.contains(s.section))
            sections << s.section;
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='4'>");
    for (const QString &section : sections) {
        html += QStringLiteral("<tr><td colspan='2' style='padding-top:10px'><b><big>%1</big></b></td></tr>")
                    .arg(section.toHtmlEscaped());
        for (const ShortcutHelp &s : shortcuts) {
            if (s.section != section)
                continue;
            html += QStringLiteral("<tr><td style='padding-right:24px'><b><tt>%1</tt></b></td><td>%2</td></tr>")
                        .arg(s.keys.toHtmlEscaped(), s.description.toHtmlEscaped());
        }
    }
    html += QStringLiteral("</table>");
    m_table->setText(html);
    setAccessibleDescription(text());
}

QString HelpOverlay::text() const
{
    QStringList lines;
    for (const ShortcutHelp &s : m_shortcuts)
        lines << s.section + QStringLiteral(": ") + s.keys + QStringLiteral(" — ") + s.description;
    return lines.join(QLatin1Char('\n'));
}

void HelpOverlay::showOverParent()
{
    if (parentWidget())
        setGeometry(parentWidget()->rect());
    raise();
    show();
    setFocus(Qt::PopupFocusReason);
}

void HelpOverlay::paintEvent(QPaintEvent *)
{
    // Dim what lies below with the window colour itself, so light and dark themes both work.
    QColor veil = palette().color(QPalette::Window);
    veil.setAlpha(225);
    QPainter painter(this);
    painter.fillRect(rect(), veil);
}

void HelpOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F1 || event->key() == Qt::Key_Question) {
        hide();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void HelpOverlay::mousePressEvent(QMouseEvent *event)
{
    hide();
    event->accept();
}

bool HelpOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace ft::ui
