#include "ui/classroom_style.h"

#include <QApplication>
#include <QFocusEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOption>

#include <algorithm>
#include <functional>
#include <cmath>

namespace ft::ui {

namespace {

// Radio buttons and check boxes: a little smaller than a line of the widget's type.
int indicatorSize(const QWidget *widget, int fallback)
{
    if (!widget)
        return fallback;
    return std::max(fallback, qRound(widget->fontMetrics().height() * 0.9));
}

QPalette::ColorGroup groupOf(const QStyleOption *option)
{
    if (!(option->state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return (option->state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
}

// The outline of an unchecked indicator: the text colour, softened, so it reads on light and dark.
QColor outlineColour(const QStyleOption *option)
{
    QColor colour = option->palette.color(groupOf(option), QPalette::Text);
    colour.setAlphaF(option->state & QStyle::State_Enabled ? 0.8f : 0.45f);
    return colour;
}

// Tells the outline where the focus went and why (QApplication::focusChanged carries no reason).
class FocusWatcher : public QObject
{
public:
    FocusWatcher(std::function<void(QWidget *, Qt::FocusReason)> focused, QObject *parent)
        : QObject(parent), m_focused(std::move(focused))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn && watched->isWidgetType())
            m_focused(static_cast<QWidget *>(watched), static_cast<QFocusEvent *>(event)->reason());
        return false;
    }

private:
    std::function<void(QWidget *, Qt::FocusReason)> m_focused;
};

} // namespace

ClassroomStyle::ClassroomStyle() = default;

void ClassroomStyle::install()
{
    if (qobject_cast<ClassroomStyle *>(QApplication::style()))
        return;
    // Changing the style resets the palette to the style's; a palette the app (or a test) set stays.
    const QPalette palette = QApplication::palette();
    const bool paletteWasSet = palette.resolveMask() != 0;
    QApplication::setStyle(new ClassroomStyle);
    if (paletteWasSet)
        QApplication::setPalette(palette);
}

int ClassroomStyle::focusOutlineWidth(const QFont &font)
{
    return std::max(3, qRound(QFontMetricsF(font).height() / 6.0));
}

int ClassroomStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    switch (metric) {
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
        return indicatorSize(widget, QProxyStyle::pixelMetric(metric, option, widget));
    case PM_FocusFrameHMargin:
    case PM_FocusFrameVMargin:
        return focusOutlineWidth(widget ? widget->font() : QApplication::font()) + 1;
    default:
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
}

int ClassroomStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget, QStyleHintReturn *returnData) const
{
    // The outline is drawn around the widget, over its neighbours' margins, never under them.
    if (hint == SH_FocusFrame_AboveWidget)
        return 1;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void ClassroomStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (element != PE_IndicatorRadioButton && element != PE_IndicatorCheckBox) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    const QPalette::ColorGroup group = groupOf(option);
    const QColor accent = option->palette.color(group, QPalette::Highlight);
    const bool on = option->state & State_On;
    const bool partly = option->state & State_NoChange;
    const qreal side = std::min(option->rect.width(), option->rect.height());
    const qreal pen = std::max(1.5, side / 10.0);
    const QRectF box = QRectF(option->rect.x() + (option->rect.width() - side) / 2.0,
                              option->rect.y() + (option->rect.height() - side) / 2.0, side, side)
                           .adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor outline = outlineColour(option);
    if ((on || partly) && (option->state & State_Enabled))
        outline = accent;
    if (option->state & State_MouseOver && option->state & State_Enabled)
        outline = accent;
    painter->setPen(QPen(outline, pen));
    painter->setBrush(option->palette.brush(group, QPalette::Base));
    if (element == PE_IndicatorRadioButton) {
        painter->drawEllipse(box);
        if (on) {
            const qreal dot = box.width() * 0.5;
            painter->setPen(Qt::NoPen);
            painter->setBrush(option->state & State_Enabled ? accent : outlineColour(option));
            painter->drawEllipse(box.center(), dot / 2, dot / 2);
        }
    } else {
        if (on || partly)
            painter->setBrush(option->state & State_Enabled ? accent : outlineColour(option));
        painter->drawRoundedRect(box, side / 6.0, side / 6.0);
        painter->setPen(QPen(option->palette.color(group, QPalette::HighlightedText), pen * 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        if (on) {
            QPainterPath tick;
            tick.moveTo(box.left() + box.width() * 0.22, box.top() + box.height() * 0.52);
            tick.lineTo(box.left() + box.width() * 0.42, box.top() + box.height() * 0.72);
            tick.lineTo(box.left() + box.width() * 0.78, box.top() + box.height() * 0.3);
            painter->drawPath(tick);
        } else if (partly) {
            painter->drawLine(QPointF(box.left() + box.width() * 0.25, box.center().y()),
                              QPointF(box.right() - box.width() * 0.25, box.center().y()));
        }
    }
    painter->restore();
}

FocusOutline::FocusOutline(QWidget *window)
    : QFocusFrame(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("focusOutline"));
    qApp->installEventFilter(new FocusWatcher([this](QWidget *widget, Qt::FocusReason reason) { follow(widget, reason); }, this));
}

void FocusOutline::follow(QWidget *widget, Qt::FocusReason reason)
{
    // A popup closing gives the focus back: the outline stays as it was.
    if (reason == Qt::PopupFocusReason || widget != QApplication::focusWidget())
        return;
    // Keys show the outline; the mouse hides it; the app moving the focus itself (after checking
    // an answer, when the window is activated) keeps whichever the learner last used.
    if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason)
        m_keyboard = true;
    else if (reason == Qt::MouseFocusReason)
        m_keyboard = false;
    setWidget(m_keyboard && m_window->isAncestorOf(widget) ? widget : nullptr);
}

void FocusOutline::paintEvent(QPaintEvent *)
{
    if (!widget())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int width = ClassroomStyle::focusOutlineWidth(widget()->font());
    painter.setPen(QPen(palette().color(QPalette::Active, QPalette::Highlight), width));
    painter.setBrush(Qt::NoBrush);
    const qreal inset = width / 2.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), width + 2, width + 2);
}

} // namespace ft::ui
