// training_page.h — the "Training" screen: the same small CNN trained twice on real handwritten
// digits, flattened two different ways, side by side.
//
// Flatten has no metrics of its own; this page shows its mistakes downstream. Choose two variants
// (correct, mix-batch, truncate, channels-last), an epoch count and a seed, press Train: a worker
// thread trains both (one epoch of each in turn) while live Qt Charts plot loss and accuracy per
// epoch (train dashed, test solid) and a progress bar moves; Cancel stops within milliseconds.
// Afterwards each side shows its test accuracy, per-class precision and recall, a confusion-matrix
// heat map, the PyTorch snippet and one line on what the bug did. The UI never blocks.
//
//     auto *page = new TrainingPage(parent);
//     page->setVariants(FlattenVariant::Correct, FlattenVariant::Truncate);
//     page->startTraining();       // returns at once; trainingFinished(bool cancelled) follows
#pragma once

#include "engine/train/trainer.h"

#include <QThread>
#include <QWidget>

#include <array>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QValueAxis;

namespace ft::ui {

class ConfusionMatrixView;
class TrainingWorker;

class TrainingPage : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingPage(QWidget *parent = nullptr);
    ~TrainingPage() override;

    void setVariants(ft::train::FlattenVariant a, ft::train::FlattenVariant b);
    bool isTraining() const { return m_training; }

    // For tests and for the window's keyboard shortcuts.
    QComboBox *variantBox(int side) const { return m_sides[std::size_t(side)].variant; }
    QSpinBox *epochsBox() const { return m_epochs; }
    QSpinBox *seedBox() const { return m_seed; }
    QPushButton *trainButton() const { return m_trainButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }
    ConfusionMatrixView *confusionView(int side) const { return m_sides[std::size_t(side)].confusion; }
    QString resultText(int side) const;
    // Points plotted so far for one side: test accuracy per epoch.
    int plottedEpochs(int side) const;
    // The loss chart, for tests (its colours follow the palette).
    QChart *lossChart() const { return m_lossChart; }
    QLabel *statusLabel() const { return m_status; }
    TrainingWorker *worker() const { return m_worker; }

protected:
    void changeEvent(QEvent *event) override;

public slots:
    void startTraining();
    void cancelTraining();

signals:
    void epochShown(int side, int epoch);
    void trainingFinished(bool cancelled);
    // A run that raised: the controls are usable again and the status says what went wrong.
    void trainingFailed(const QString &message);

private:
    struct Side
    {
        QComboBox *variant = nullptr;
        QLabel *title = nullptr;
        QLabel *snippet = nullptr;
        QLabel *explanation = nullptr;
        QLabel *result = nullptr;
        ConfusionMatrixView *confusion = nullptr;
        QTableWidget *perClass = nullptr;
        QLineSeries *trainLoss = nullptr;
        QLineSeries *testLoss = nullptr;
        QLineSeries *trainAccuracy = nullptr;
        QLineSeries *testAccuracy = nullptr;
    };

    QWidget *createControls();
    QWidget *createCharts();
    // Qt Charts paints its own light theme; this gives the charts the palette's colours instead,
    // so they sit calmly in a dark desktop theme too.
    void applyChartPalette();
    // Sizes the charts' text, their height and the tables from the current type (zoom, presentation).
    void fitToType();
    QWidget *createSidePanel(int side);
    void showVariant(int side);
    void setControlsEnabled(bool enabled);
    void onEpochFinished(int side, const ft::train::EpochMetrics &metrics);
    void onSideFinished(int side, const ft::train::ClassificationReport &report, double trainingSeconds);
    void onFinished(bool cancelled);
    void onFailed(const QString &message);
    ft::train::FlattenVariant selectedVariant(int side) const;

    std::array<Side, 2> m_sides;
    QSpinBox *m_epochs = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_trainButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QChart *m_lossChart = nullptr;
    QChart *m_accuracyChart = nullptr;
    QList<QChartView *> m_chartViews;
    QValueAxis *m_lossX = nullptr;
    QValueAxis *m_lossY = nullptr;
    QValueAxis *m_accuracyX = nullptr;
    double m_maxLoss = 0;
    bool m_training = false;
    QThread m_thread;
    TrainingWorker *m_worker = nullptr;
};

} // namespace ft::ui
