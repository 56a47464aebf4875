// classroom_style.h — the app's style on top of the desktop's (a QProxyStyle): what must read on a
// projector and in a dark theme. Radio buttons and check boxes are drawn as large as the type
// (zoom and presentation mode grow them) with an outline in the text colour and a solid
// highlight-coloured dot or box, instead of the base style's faint 13-pixel ones; and the widget
// that has the keyboard focus gets a thick highlight-coloured outline (FocusOutline).
//
//     ft::ui::ClassroomStyle::install();              // once; MainWindow does it
//     new ft::ui::FocusOutline(window);               // outlines the focus inside `window`
#pragma once

#include <QFocusFrame>
#include <QProxyStyle>

namespace ft::ui {

class ClassroomStyle : public QProxyStyle
{
    Q_OBJECT

public:
    ClassroomStyle();

    // Makes it the application's style (keeping a palette the app set); does nothing when it is.
    static void install();
    // Width of the focus outline for text of `font` (3 px at normal size, more with zoom).
    static int focusOutlineWidth(const QFont &font);

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

// Follows the keyboard focus inside a window with a thick outline in the palette's highlight
// colour once the learner moves it with keys (Tab, Shift+Tab, shortcuts); a mouse click hides it
// until keys are used again, as in browsers.
class FocusOutline : public QFocusFrame
{
    Q_OBJECT

public:
    explicit FocusOutline(QWidget *window);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void follow(QWidget *widget, Qt::FocusReason reason);

    QWidget *m_window = nullptr;
    bool m_keyboard = false;  // the learner's last focus move was with keys
};

} // namespace ft::ui
