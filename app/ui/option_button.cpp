#include "ui/option_button.h"

#include "ui/playground_theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace ft::ui {

namespace {

QLabel *passiveLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    // Clicks belong to the button, not to the text inside it.
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    label->setWordWrap(true);
    return label;
}

// Question banks are data: a QLabel's document would read any image an option names (local files
// included), so images become their alt text and inline <img> tags are dropped before rendering.
QString withoutImages(QString markdown)
{
    static const QRegularExpression markdownImage(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression htmlImage(QStringLiteral("<img\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    markdown.replace(markdownImage, QStringLiteral("\\1"));
    markdown.replace(htmlImage, QString());
    return markdown;
}

// The palette's text colour, see-through: outlines that read on light and dark themes alike
// (the palette's Mid is nearly the background in many dark themes, and the key circles vanished).
QColor textTint(const QPalette &palette, qreal alpha)
{
    QColor colour = palette.color(QPalette::Text);
    colour.setAlphaF(float(alpha));
    return colour;
}

} // namespace

OptionButton::OptionButton(const QString &key, const QString &markdown, QWidget *parent)
    : QAbstractButton(parent)
    , m_key(key)
    , m_markdown(markdown)
{
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);

    m_badge = passiveLabel(this);
    m_badge->setText(QStringLiteral("<b>%1</b>").arg(key.toHtmlEscaped()));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setWordWrap(false);
    m_text = passiveLabel(this);
    m_text->setTextFormat(Qt::MarkdownText);
    m_text->setText(withoutImages(markdown));
    m_feedback = passiveLabel(this);
    m_feedback->setTextFormat(Qt::MarkdownText);
    m_feedback->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setHorizontalSpacing(14);
    layout->addWidget(m_badge, 0, 0, Qt::AlignTop);
    layout->addWidget(m_text, 0, 1);
    layout->addWidget(m_feedback, 1, 1);
    layout->setColumnStretch(1, 1);
    updateAccessibleName();
}

void OptionButton::setVerdict(Verdict verdict, const QString &feedback)
{
    m_verdict = verdict;
    QString head;
    switch (verdict) {
    case Verdict::None:
        break;
    case Verdict::ChosenRight:
        head = tr("✓ **Right** — your choice.");
        break;
    case Verdict::MissedRight:
        head = tr("✓ **Right answer** — you did not choose it.");
        break;
    case Verdict::ChosenWrong:
        head = tr("✗ **Not right** — your choice.");
        break;
    case Verdict::NotChosenWrong:
        head = tr("✗ Not right.");
        break;
    }
    if (verdict == Verdict::None) {
        m_feedback->clear();
        m_feedback->hide();
    } else {
        m_feedback->setText(head + QLatin1Char(' ') + withoutImages(feedback));
        m_feedback->show();
    }
    // Wrong options nobody chose step back so the eye lands on the choice and the right answer.
    m_text->setForegroundRole(verdict == Verdict::NotChosenWrong ? QPalette::PlaceholderText : QPalette::WindowText);
    m_feedback->setForegroundRole(verdict == Verdict::NotChosenWrong ? QPalette::PlaceholderText : QPalette::WindowText);
    updateAccessibleName();
    updateGeometry();
    update();
}

QString OptionButton::feedbackText() const
{
    return m_feedback->isHidden() ? QString() : m_feedback->text();
}

QSize OptionButton::sizeHint() const
{
    return layout()->sizeHint();
}

QSize OptionButton::minimumSizeHint() const
{
    return layout()->minimumSize();
}

void OptionButton::checkStateSet()
{
    m_badge->setForegroundRole(isChecked() ? QPalette::HighlightedText : QPalette::WindowText);
    updateAccessibleName();
    update();
}

void OptionButton::nextCheckState()
{
    // Once checked, the answer is fixed: clicks no longer change the choice.
    if (m_verdict == Verdict::None)
        QAbstractButton::nextCheckState();
}

void OptionButton::updateAccessibleName()
{
    QString name = tr("Option %1: %2").arg(m_key, m_text->text());
    if (isChecked())
        name += tr(", chosen");
    setAccessibleName(name);
    setAccessibleDescription(feedbackText());
}

void OptionButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const bool right = m_verdict == Verdict::ChosenRight || m_verdict == Verdict::MissedRight;
    const bool chosenWrong = m_verdict == Verdict::ChosenWrong;

    // Card background: Base; a chosen option gets a light wash of the highlight colour, and so does
    // the right answer after checking. A chosen wrong answer does not: it would read as right.
    QColor fill = pal.color(QPalette::Base);
    if (chosenWrong) {
        fill = pal.color(QPalette::AlternateBase);
    } else if (isChecked() || right) {
        QColor wash = pal.color(QPalette::Highlight);
        wash.setAlpha(right ? 55 : 35);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 8, 8);
        fill = wash;
        // A wrong choice is not tinted like the right answer: the error colour, softly.
        if (chosenWrong)
            fill = errorTint(pal);
    } else if (underMouse() && isEnabled() && m_verdict == Verdict::None) {
        fill = pal.color(QPalette::AlternateBase);
    }

    QPen border(textTint(pal, 0.35), 1.5);
    if ((isChecked() && !chosenWrong) || right)
        border = QPen(pal.color(QPalette::Highlight), 3);
    if (chosenWrong)
        border = QPen(errorColor(pal), 3, Qt::DashLine);
    painter.setPen(border);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(2, 2, -2, -2), 8, 8);

    // The key badge: a circle around the letter, filled when chosen.
    const QRect badge = m_badge->geometry();
    const int side = qMax(badge.width(), badge.height()) + 10;
    const QRectF circle(badge.center().x() - side / 2.0 + 0.5, badge.center().y() - side / 2.0 + 0.5, side, side);
    painter.setPen(QPen(isChecked() ? pal.color(QPalette::Highlight) : textTint(pal, 0.7), 2));
    painter.setBrush(isChecked() ? pal.brush(QPalette::Highlight) : Qt::NoBrush);
    painter.drawEllipse(circle);
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(5, 5, -5, -5);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

} // namespace ft::ui
