#include "ui/app_style.h"

#include <QApplication>

#include <array>

namespace ft::ui {

namespace {

// Steps a reader can tell apart; larger steps grow faster, as in browsers' zoom.
constexpr std::array kZoomFactors{0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.4};
constexpr int kZeroIndex = 2;

} // namespace

AppStyle::AppStyle(QObject *parent)
    : QObject(parent)
    , m_baseFont(QApplication::font())
{
    // Some platforms report the font in pixels; scaling needs points.
    if (m_baseFont.pointSizeF() <= 0)
        m_baseFont.setPointSizeF(10.0);
}

AppStyle::~AppStyle()
{
    // The type size belongs to the window that set it: a window closed at a zoom (or in
    // presentation mode) must not leave the next one starting from its scaled font.
    if (m_zoomStep != 0 || m_presentation)
        QApplication::setFont(m_baseFont);
}

int AppStyle::minZoomStep()
{
    return -kZeroIndex;
}

int AppStyle::maxZoomStep()
{
    return int(kZoomFactors.size()) - 1 - kZeroIndex;
}

void AppStyle::setZoomStep(int step)
{
    step = qBound(minZoomStep(), step, maxZoomStep());
    if (step == m_zoomStep)
        return;
    m_zoomStep = step;
    apply();
}

void AppStyle::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    apply();
}

double AppStyle::scale() const
{
    return kZoomFactors[std::size_t(m_zoomStep + kZeroIndex)] * (m_presentation ? presentationFactor() : 1.0);
}

void AppStyle::apply()
{
    QFont font = m_baseFont;
    font.setPointSizeF(m_baseFont.pointSizeF() * scale());
    // Setting the application font reaches every widget that has not fixed its own font,
    // so screens size their text relative to the widget font instead of fixing point sizes.
    QApplication::setFont(font);
    emit scaleChanged(scale());
}

} // namespace ft::ui
