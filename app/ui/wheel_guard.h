// wheel_guard.h — the mouse wheel scrolls the page; it changes a spin box or a combo box only
// while that box has the keyboard focus.
//
//     qApp->installEventFilter(new ft::ui::WheelGuard(window));   // once, for the whole app
//
// Without it, scrolling a lesson with the pointer passing over a spin box turned end_dim from -1
// to -16 and stopped the page. The guard gives such boxes Qt::StrongFocus (a wheel no longer
// focuses them) and hands wheel events over an unfocused box to the scroll area around it.
#pragma once

#include <QObject>

namespace ft::ui {

class WheelGuard : public QObject
{
    Q_OBJECT

public:
    explicit WheelGuard(QObject *parent = nullptr);

    // Whether `widget` is a value box the guard protects (QAbstractSpinBox, QComboBox).
    static bool guards(const QObject *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace ft::ui
