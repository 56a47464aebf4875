// responsive_row.h — widgets side by side while there is room, one under the other when the row
// gets narrow (a 1024x768 projector, large zoom, presentation type), so a screen never needs
// sideways scrolling.
//
//     auto *row = new ft::ui::ResponsiveRow(60, this);   // side by side from 60 average characters up
//     row->addWidget(lossChart);
//     row->addWidget(accuracyChart);
//
// The row switches to a column when it is narrower than `minimumChars` average character widths of
// its font (so zoom and presentation type switch it earlier) or than its widgets' minimum widths
// side by side. Its minimum width is the column's, so a scroll area around it never needs to
// scroll sideways because of it.
#pragma once

#include <QWidget>

class QBoxLayout;

namespace ft::ui {

class ResponsiveRow : public QWidget
{
    Q_OBJECT

public:
    explicit ResponsiveRow(int minimumChars, QWidget *parent = nullptr);

    void addWidget(QWidget *widget, int stretch = 1);
    // Whether the widgets sit side by side now.
    bool isRow() const;

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateDirection(int width);

    QBoxLayout *m_layout = nullptr;
    int m_minimumChars = 0;
};

} // namespace ft::ui
