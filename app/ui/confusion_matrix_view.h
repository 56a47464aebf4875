// confusion_matrix_view.h — a confusion matrix drawn as a heat map: rows are the true class,
// columns the predicted class, each cell shaded by the share of its row (so a perfect model is a
// dark diagonal) and labelled with its count.
//
//     auto *view = new ConfusionMatrixView(parent);
//     view->setMatrix(report.confusion, {"0", "1", ..., "9"});
#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

namespace ft::ui {

class ConfusionMatrixView : public QWidget
{
    Q_OBJECT

public:
    explicit ConfusionMatrixView(QWidget *parent = nullptr);

    void setMatrix(const std::vector<std::vector<int>> &matrix, const QStringList &labels);
    void clear();
    const std::vector<std::vector<int>> &matrix() const { return m_matrix; }

    QSize sizeHint() const override { return {260, 250}; }
    QSize minimumSizeHint() const override { return {190, 170}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<std::vector<int>> m_matrix;
    QStringList m_labels;
};

} // namespace ft::ui
