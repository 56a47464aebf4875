// app_style.h — the app-wide type size: zoom (Ctrl +, Ctrl -, Ctrl 0) and presentation mode
// (large type for a projector). Colours are never set here: every widget paints with the system
// palette's roles, so the app follows the desktop's light or dark theme.
//
//     ft::ui::AppStyle style;          // remembers QApplication::font() as the 100 % size
//     style.zoomIn();                  // every widget that uses the application font grows
//     style.setPresentationMode(true); // and grows again by presentationFactor()
#pragma once

#include <QFont>
#include <QObject>

namespace ft::ui {

class AppStyle : public QObject
{
    Q_OBJECT

public:
    explicit AppStyle(QObject *parent = nullptr);
    ~AppStyle() override;

    // Zoom steps from minZoomStep() (smaller) to maxZoomStep() (larger); 0 is the system size.
    int zoomStep() const { return m_zoomStep; }
    static int minZoomStep();
    static int maxZoomStep();
    void setZoomStep(int step);
    void zoomIn() { setZoomStep(m_zoomStep + 1); }
    void zoomOut() { setZoomStep(m_zoomStep - 1); }
    void resetZoom() { setZoomStep(0); }

    bool presentationMode() const { return m_presentation; }
    void setPresentationMode(bool on);
    // How much larger presentation mode makes the type, on top of the zoom.
    static double presentationFactor() { return 1.5; }

    // Current size relative to the system font: zoom factor x (presentation factor or 1).
    double scale() const;
    QFont baseFont() const { return m_baseFont; }

signals:
    void scaleChanged(double scale);

private:
    void apply();

    QFont m_baseFont;
    int m_zoomStep = 0;
    bool m_presentation = false;
};

} // namespace ft::ui
