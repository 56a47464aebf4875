#include "ui/wheel_guard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QEvent>
#include <QWheelEvent>

namespace ft::ui {

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

bool WheelGuard::guards(const QObject *widget)
{
    return qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QComboBox *>(widget);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (!guards(watched))
        return QObject::eventFilter(watched, event);
    auto *box = static_cast<QWidget *>(watched);
    if (event->type() == QEvent::Polish && box->focusPolicy() == Qt::WheelFocus)
        box->setFocusPolicy(Qt::StrongFocus);
    if (event->type() == QEvent::Wheel && !box->hasFocus()) {
        // Not for this box: the scroll area around it scrolls instead.
        QWidget *parent = box->parentWidget();
        while (parent && !qobject_cast<QAbstractScrollArea *>(parent))
            parent = parent->parentWidget();
        if (auto *area = qobject_cast<QAbstractScrollArea *>(parent)) {
            const auto *wheel = static_cast<QWheelEvent *>(event);
            QWheelEvent forwarded(area->viewport()->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                                  wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                                  wheel->phase(), wheel->inverted(), wheel->source(), wheel->pointingDevice());
            QCoreApplication::sendEvent(area->viewport(), &forwarded);
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ft::ui
