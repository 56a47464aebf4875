#include "ui/confusion_matrix_view.h"

#include <QPainter>

#include <algorithm>

namespace ft::ui {

ConfusionMatrixView::ConfusionMatrixView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Confusion matrix"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ConfusionMatrixView::setMatrix(const std::vector<std::vector<int>> &matrix, const QStringList &labels)
{
    m_matrix = matrix;
    m_labels = labels;
    int diagonal = 0, total = 0;
    for (std::size_t r = 0; r < m_matrix.size(); ++r) {
        for (std::size_t c = 0; c < m_matrix[r].size(); ++c) {
            total += m_matrix[r][c];
            if (r == c)
                diagonal += m_matrix[r][c];
        }
    }
    setAccessibleDescription(tr("%1 of %2 test images on the diagonal (classified correctly)").arg(diagonal).arg(total));
    update();
}

void ConfusionMatrixView::clear()
{
    m_matrix.clear();
    setAccessibleDescription(QString());
    update();
}

void ConfusionMatrixView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const int n = int(m_matrix.size());
    QFont small = font();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() * 0.8));
    painter.setFont(small);
    const QFontMetrics metrics(small);
    const int margin = metrics.height() + 4;   // room for the axis captions
    const int labelSpace = metrics.horizontalAdvance(QStringLiteral("00")) + 4;
    const QRect area = rect().adjusted(margin + labelSpace, margin + metrics.height(), -4, -4);
    if (n == 0 || area.width() < n || area.height() < n) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("The confusion matrix appears after training."));
        return;
    }
    const int cell = std::min(area.width(), area.height()) / n;
    const QRect grid(area.left(), area.top(), cell * n, cell * n);

    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRect(grid.left(), 0, grid.width(), metrics.height()), Qt::AlignCenter, tr("predicted"));
    painter.save();
    painter.translate(metrics.height(), grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-grid.height() / 2, -metrics.height(), grid.height(), metrics.height()), Qt::AlignCenter, tr("true"));
    painter.restore();

    const QColor hot(25, 80, 170);   // a full row on one cell
    const QColor cold(255, 255, 255);
    for (int r = 0; r < n; ++r) {
        int rowTotal = 0;
        for (int value : m_matrix[std::size_t(r)])
            rowTotal += value;
        const QString label = r < m_labels.size() ? m_labels[r] : QString::number(r);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(grid.left() - labelSpace, grid.top() + r * cell, labelSpace - 3, cell), Qt::AlignRight | Qt::AlignVCenter, label);
        painter.drawText(QRect(grid.left() + r * cell, grid.top() - metrics.height() - 1, cell, metrics.height()), Qt::AlignCenter, label);
        for (int c = 0; c < n; ++c) {
            const int value = m_matrix[std::size_t(r)][std::size_t(c)];
            const double share = rowTotal ? double(value) / rowTotal : 0.0;
            QColor fill;
            fill.setRgbF(cold.redF() + (hot.redF() - cold.redF()) * share, cold.greenF() + (hot.greenF() - cold.greenF()) * share,
                         cold.blueF() + (hot.blueF() - cold.blueF()) * share);
            // Off-diagonal mistakes get a warm tint so they stand out from the correct diagonal.
            if (r != c && value > 0)
                fill = QColor::fromRgbF(1.0, 1.0 - 0.75 * std::min(1.0, share * 3 + 0.15), 1.0 - 0.85 * std::min(1.0, share * 3 + 0.15));
            const QRect box(grid.left() + c * cell, grid.top() + r * cell, cell, cell);
            painter.fillRect(box, fill);
            painter.setPen(QColor(0, 0, 0, 40));
            painter.drawRect(box.adjusted(0, 0, -1, -1));
            if (value > 0 && cell >= metrics.horizontalAdvance(QStringLiteral("00"))) {
                painter.setPen(fill.lightnessF() < 0.55 ? Qt::white : Qt::black);
                painter.drawText(box, Qt::AlignCenter, QString::number(value));
            }
        }
    }
}

} // namespace ft::ui
