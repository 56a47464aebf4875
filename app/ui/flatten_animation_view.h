// flatten_animation_view.h — the shape change of a flatten, animated so it is seen, not told.
//
// Each dim is a labelled, coloured block. The dims from start_dim to end_dim slide together
// (first half) and merge into one block labelled with the product, "3 x 28 x 28 = 2352" (second
// half); dims before start_dim never move. For small tensors (up to kMaxElements) an element view
// below shows every value as a numbered cell that travels from its place in the input grid to its
// place in the output, in row-major order: the values stay, only the shape changes.
// Everything shown comes from the engine's FlattenReport and ft::Tensor::flatten.
//
//     auto *view = new ft::ui::FlattenAnimationView(this);
//     view->setReport(ft::explainFlatten({2, 3, 4, 4}, 1, -1));   // re-animates from the start
//     view->pause(); view->step(); view->setSpeed(2.0); view->replay();
#pragma once

#include "engine/diagnosis.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>
#include <QWidget>

#include <vector>

class QParallelAnimationGroup;
class QVariantAnimation;

namespace ft::ui {

class FlattenAnimationView : public QWidget
{
    Q_OBJECT

public:
    // Largest tensor whose elements are drawn one by one.
    static constexpr int kMaxElements = 300;
    // Length of one full animation at speed 1.
    static constexpr int kBaseDurationMs = 2400;

    explicit FlattenAnimationView(QWidget *parent = nullptr);
    ~FlattenAnimationView() override;

    // Shows a new flatten; re-animates from the start unless it is the flatten already shown.
    void setReport(const ft::FlattenReport &report);
    const ft::FlattenReport &report() const { return m_report; }

    // The animation driving the paint: tests and benchmarks may set its currentTime directly.
    QParallelAnimationGroup *animation() const { return m_group; }
    int totalDuration() const;
    // 0 = the input, 0.5 = merged dims slid together, 1 = merged into one block.
    qreal progress() const;
    bool isPlaying() const;
    double speed() const { return m_speed; }

    // Labels of the blocks visible now, left to right ("32", "3 x 28 x 28 = 2352" at the end).
    QStringList blockLabels() const;
    // Caption under each visible block ("dim 0 stays", "dims 1-3 merged").
    QStringList blockCaptions() const;
    // Where each caption is drawn now, in widget pixels, left to right: the bounds of its text as
    // laid out (on one or two lines, or shortened to "dim 0" when its room is too narrow), so
    // neighbouring captions never overlap or touch.
    QList<QRectF> captionRects() const;
    bool elementViewShown() const { return !m_cells.empty(); }
    int elementCount() const { return int(m_cells.size()); }
    // Side of one element's cell in pixels: at least a line and a half of the type, so its number
    // reads at any zoom and in presentation mode.
    qreal cellSize() const { return m_cellSize; }
    // Where the cell holding `value` is drawn now, in cell units (column, row) of the element grid.
    QPointF cellGridPosition(int value) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void play();
    void pause();
    void togglePlay();
    // Jumps to the next key frame (slid together, merged, back to the input) and pauses there.
    void step();
    void replay();
    // 0.25 .. 4; the position in the animation is kept.
    void setSpeed(double speed);

signals:
    void playingChanged(bool playing);
    void progressChanged(qreal progress);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Block
    {
        QRectF rect;
        QString label;
        QString caption;
        QString shortCaption;       // what the caption says when its room is too narrow ("dim 0")
        std::vector<QColor> colors; // more than one: a merged block, drawn as a gradient
        qreal opacity = 1.0;
    };
    struct Cell
    {
        int value = 0;          // the element's value (arange: its row-major index in the input)
        int colorIndex = 0;     // its index along start_dim, so a channel keeps its colour
        QPointF from;           // grid position in the input layout (cell units)
        QPointF to;             // grid position in the output layout
        qreal delay = 0.0;      // start of its move, as a fraction of the element animation
    };

    struct Caption
    {
        QRectF room;                // where it is drawn, in block coordinates
        QRectF rect;                // the laid-out text's bounds in there
        QString text;
        int flags = 0;
        qreal opacity = 1.0;
    };

    std::vector<Block> blocksAt(qreal progress) const;
    std::vector<Caption> layoutCaptions(const std::vector<Block> &blocks) const;
    QTransform blockTransform(const std::vector<Block> &blocks) const;
    void rebuildCells();
    void relayoutCells();
    QRectF blockArea() const;
    QRectF legendArea() const;
    QString legendText() const;
    QRectF elementArea() const;
    qreal minimumCellSize() const;
    qreal maximumCellSize() const;
    qreal cellProgress(const Cell &cell) const;
    void paintBlocks(QPainter &painter) const;
    void paintElements(QPainter &painter) const;
    void updateAccessibleText();

    ft::FlattenReport m_report;
    bool m_hasReport = false;
    QParallelAnimationGroup *m_group = nullptr;
    QVariantAnimation *m_blockAnimation = nullptr;
    QVariantAnimation *m_elementAnimation = nullptr;
    double m_speed = 1.0;
    std::vector<Cell> m_cells;
    QSizeF m_gridExtent;        // cell units covering both layouts
    qreal m_cellSize = 24.0;    // pixels per cell unit, set by relayoutCells()
    int m_neededHeight = 0;     // the height that shows the cells at minimumCellSize()
    int m_preferredHeight = 0;  // the height that shows everything with no empty band (sizeHint)
};

} // namespace ft::ui
