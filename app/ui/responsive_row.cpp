#include "ui/responsive_row.h"

#include <QBoxLayout>
#include <QResizeEvent>

#include <algorithm>

namespace ft::ui {

ResponsiveRow::ResponsiveRow(int minimumChars, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
    , m_minimumChars(minimumChars)
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    // The layout must not raise the widget's minimum to the row's: minimumSizeHint() decides.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
}

void ResponsiveRow::addWidget(QWidget *widget, int stretch)
{
    m_layout->addWidget(widget, stretch);
    updateDirection(width());
}

bool ResponsiveRow::isRow() const
{
    return m_layout->direction() == QBoxLayout::LeftToRight;
}

QSize ResponsiveRow::minimumSizeHint() const
{
    // As narrow as the widest widget (a column); as tall as the current direction needs.
    int width = 0;
    for (int i = 0; i < m_layout->count(); ++i)
        width = std::max(width, m_layout->itemAt(i)->minimumSize().width());
    const QMargins margins = m_layout->contentsMargins();
    return {width + margins.left() + margins.right(), m_layout->minimumSize().height()};
}

void ResponsiveRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateDirection(event->size().width());
}

void ResponsiveRow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateDirection(width());
}

void ResponsiveRow::updateDirection(int width)
{
    int rowMinimum = m_layout->spacing() * std::max(0, m_layout->count() - 1);
    for (int i = 0; i < m_layout->count(); ++i)
        rowMinimum += m_layout->itemAt(i)->minimumSize().width();
    const int threshold = std::max(rowMinimum, fontMetrics().averageCharWidth() * m_minimumChars);
    const auto direction = width >= threshold ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (direction == m_layout->direction())
        return;
    m_layout->setDirection(direction);
    updateGeometry(); // the height the parent gives changes with the direction
}

} // namespace ft::ui
