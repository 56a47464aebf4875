#include "ui/training_page.h"

#include "ui/chart_palette.h"
#include "ui/confusion_matrix_view.h"
#include "ui/playground_theme.h"
#include "ui/responsive_row.h"
#include "ui/training_worker.h"
#include "ui/padded_item_delegate.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace ft::ui {

using ft::train::FlattenVariant;

namespace {

// Model A blue, model B orange: distinguishable for the common colour-vision deficiencies.
const std::array<QColor, 2> kSideColors{QColor(31, 119, 180), QColor(230, 120, 20)};
const std::array<const char *, 2> kSideNames{"A", "B"};

QLineSeries *makeSeries(const QString &name, const QColor &color, bool dashed)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(dashed ? 1.8 : 2.6);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    series->setPointsVisible(true);
    return series;
}

// Ticks at multiples of `step` from 0 (loss 0, 0.5, 1 …; epochs 1, 2, 3 …), not at the range
// split in equal parts (2.5, 1.9, 1.3).
QValueAxis *makeAxis(const QString &title, double low, double high, const QString &format, double step)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(low, high);
    axis->setLabelFormat(format);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    return axis;
}

// The per-digit table sized from its type (rows one line high, columns as wide as "precision"),
// so it grows with zoom and presentation type instead of scrolling sideways.
void fitTableToType(QTableWidget *table)
{
    const QFontMetrics metrics(table->font());
    const int rowHeight = fitRowsToType(table, 0.15);
    int columns = 0;
    for (int c = 0; c < table->columnCount(); ++c) {
        const QString header = table->horizontalHeaderItem(c) ? table->horizontalHeaderItem(c)->text() : QString();
        columns += std::max(metrics.horizontalAdvance(header), metrics.horizontalAdvance(QStringLiteral("100.0%"))) + 3 * metrics.averageCharWidth();
    }
    const int width = columns + metrics.horizontalAdvance(QStringLiteral("00")) + 2 * metrics.averageCharWidth() + 2 * table->frameWidth();
    table->setFixedWidth(width);
    // All ten digits without a scroll bar.
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + table->rowCount() * rowHeight + 2 * table->frameWidth());
}

// The smallest of 0.5, 1, 2, 5, 10, 20, 50, ... (not below `least`) that gives at most `maxTicks`
// ticks over a range `span` long.
double roundTickInterval(double span, int maxTicks, double least)
{
    for (double decade = 0.1;; decade *= 10) {
        for (const double step : {1.0, 2.0, 5.0}) {
            const double interval = step * decade;
            if (interval >= least - 1e-9 && span / interval <= maxTicks)
                return interval;
        }
    }
}

QString percent(double fraction)
{
    return QString::number(100.0 * fraction, 'f', 1) + QLatin1Char('%');
}

} // namespace

TrainingPage::TrainingPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingPage"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *intro = new QLabel(tr("<b>Flatten has no metrics of its own</b>, but a flattening bug shows up in every metric "
                                "after it. Train one small CNN on real handwritten digits, flattened two ways."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(createControls());
    layout->addWidget(createCharts(), 3);
    // The two models side by side when there is room, one under the other on a small screen.
    auto *panels = new ResponsiveRow(90, content);
    panels->setObjectName(QStringLiteral("trainingPanels"));
    panels->addWidget(createSidePanel(0));
    panels->addWidget(createSidePanel(1));
    layout->addWidget(panels, 4);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Training two flattening variants"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_worker = new TrainingWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TrainingWorker::epochFinished, this, &TrainingPage::onEpochFinished);
    connect(m_worker, &TrainingWorker::sideFinished, this, &TrainingPage::onSideFinished);
    connect(m_worker, &TrainingWorker::finished, this, &TrainingPage::onFinished);
    connect(m_worker, &TrainingWorker::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_worker, &TrainingWorker::failed, this, &TrainingPage::onFailed);
    m_thread.setObjectName(QStringLiteral("training"));
    m_thread.start(QThread::LowPriority); // the GUI stays smooth even on a busy machine

    setVariants(FlattenVariant::Correct, FlattenVariant::MixBatch);
    fitToType();
}

TrainingPage::~TrainingPage()
{
    m_worker->requestStop();
    m_thread.quit();
    m_thread.wait();
}

QWidget *TrainingPage::createControls()
{
    auto *box = new QWidget;
    auto *rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    rows->addLayout(row);
    for (int side = 0; side < 2; ++side) {
        auto *combo = new QComboBox(box);
        combo->setObjectName(QStringLiteral("variant%1").arg(QLatin1String(kSideNames[std::size_t(side)])));
        combo->setAccessibleName(tr("Model %1 flattening").arg(QLatin1String(kSideNames[std::size_t(side)])));
        for (const auto &info : ft::train::flattenVariants())
            combo->addItem(QCoreApplication::translate("ft::train", info.title), int(info.variant));
        // As wide as a short title, not the longest translated one: the row fits 1024 pixels in
        // every language (the list shows whole titles, the panel below repeats the chosen one).
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        auto *label = new QLabel(tr("Model &%1:").arg(QLatin1String(kSideNames[std::size_t(side)])), box);
        label->setBuddy(combo);
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, kSideColors[std::size_t(side)].darker(120));
        label->setPalette(pal);
        row->addWidget(label);
        row->addWidget(combo);
        m_sides[std::size_t(side)].variant = combo;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, side] { showVariant(side); });
    }
    row->addStretch(1);
    // The run settings on their own line, so the controls fit a 1024-pixel screen in large type.
    row = new QHBoxLayout;
    rows->addLayout(row);
    m_epochs = new QSpinBox(box);
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_epochs->setRange(1, 50); // one epoch takes a few tens of milliseconds
    m_epochs->setValue(8);
    m_seed = new QSpinBox(box);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, 999999);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed gives the same initial weights, batches and results."));
    auto *epochsLabel = new QLabel(tr("&Epochs:"), box);
    epochsLabel->setBuddy(m_epochs);
    auto *seedLabel = new QLabel(tr("&Seed:"), box);
    seedLabel->setBuddy(m_seed);
    row->addWidget(epochsLabel);
    row->addWidget(m_epochs);
    row->addWidget(seedLabel);
    row->addWidget(m_seed);
    row->addSpacing(12);
    m_trainButton = new QPushButton(tr("&Train both"), box);
    m_trainButton->setObjectName(QStringLiteral("trainButton"));
    m_trainButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("&Cancel"), box);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setEnabled(false);
    row->addWidget(m_trainButton);
    row->addWidget(m_cancelButton);
    row->addStretch(1);
    auto *progressRow = new QHBoxLayout;
    rows->addLayout(progressRow);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("trainingProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Training progress"));
    m_progress->setMaximumHeight(fontMetrics().height());
    progressRow->addWidget(m_progress, 1);
    m_status = new QLabel(tr("Ready."), box);
    m_status->setObjectName(QStringLiteral("trainingStatus"));
    m_status->setTextFormat(Qt::PlainText); // an error message may hold "<" or "&"
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Training on a worker thread…")));
    progressRow->addWidget(m_status);
    connect(m_trainButton, &QPushButton::clicked, this, &TrainingPage::startTraining);
    connect(m_cancelButton, &QPushButton::clicked, this, &TrainingPage::cancelTraining);
    return box;
}

QWidget *TrainingPage::createCharts()
{
    m_lossChart = new QChart;
    m_lossChart->setTitle(tr("Cross-entropy loss per epoch"));
    m_accuracyChart = new QChart;
    m_accuracyChart->setTitle(tr("Accuracy per epoch (%)"));
    m_lossX = makeAxis(tr("epoch"), 1, 8, QStringLiteral("%d"), 1);
    m_lossY = makeAxis(QString(), 0, 2.5, QStringLiteral("%.1f"), 0.5);
    m_accuracyX = makeAxis(tr("epoch"), 1, 8, QStringLiteral("%d"), 1);
    auto *accuracyY = makeAxis(QString(), 0, 100, QStringLiteral("%d"), 25);
    m_lossChart->addAxis(m_lossX, Qt::AlignBottom);
    m_lossChart->addAxis(m_lossY, Qt::AlignLeft);
    m_accuracyChart->addAxis(m_accuracyX, Qt::AlignBottom);
    m_accuracyChart->addAxis(accuracyY, Qt::AlignLeft);
    for (int side = 0; side < 2; ++side) {
        Side &s = m_sides[std::size_t(side)];
        const QString name = QLatin1String(kSideNames[std::size_t(side)]);
        const QColor color = kSideColors[std::size_t(side)];
        s.trainLoss = makeSeries(tr("%1 train").arg(name), color, true);
        s.testLoss = makeSeries(tr("%1 test").arg(name), color, false);
        s.trainAccuracy = makeSeries(tr("%1 train").arg(name), color, true);
        s.testAccuracy = makeSeries(tr("%1 test").arg(name), color, false);
        for (QLineSeries *series : {s.trainLoss, s.testLoss}) {
            m_lossChart->addSeries(series);
            series->attachAxis(m_lossX);
            series->attachAxis(m_lossY);
        }
        for (QLineSeries *series : {s.trainAccuracy, s.testAccuracy}) {
            m_accuracyChart->addSeries(series);
            series->attachAxis(m_accuracyX);
            series->attachAxis(accuracyY);
        }
    }
    applyChartPalette();
    auto *box = new ResponsiveRow(70);
    box->setObjectName(QStringLiteral("trainingCharts"));
    for (QChart *chart : {m_lossChart, m_accuracyChart}) {
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // dashed = train, solid = test
        chart->setMargins(QMargins(4, 4, 4, 4));
        auto *view = new QChartView(chart, box);
        view->setRenderHint(QPainter::Antialiasing);
        view->setAccessibleName(chart->title());
        m_chartViews.push_back(view);
        box->addWidget(view);
    }
    return box;
}

void TrainingPage::applyChartPalette()
{
    for (QChart *chart : {m_lossChart, m_accuracyChart})
        ft::ui::applyChartPalette(chart, palette());
}

void TrainingPage::changeEvent(QEvent *event)
{
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_lossChart)
        applyChartPalette();
    if (event->type() == QEvent::FontChange && m_lossChart)
        fitToType();
    QWidget::changeEvent(event);
}

void TrainingPage::fitToType()
{
    // Zoom and presentation type reach the charts' text and the tables, not only the labels.
    for (QChart *chart : {m_lossChart, m_accuracyChart})
        applyChartFont(chart, font());
    for (QChartView *view : m_chartViews)
        view->setMinimumHeight(fontMetrics().height() * 18); // room for every tick label
    for (Side &s : m_sides) {
        fitTableToType(s.perClass);
        s.snippet->setFont(shapeFont(font(), 0.9));
    }
    m_progress->setMaximumHeight(fontMetrics().height());
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Training on a worker thread…")));
}

QWidget *TrainingPage::createSidePanel(int side)
{
    Side &s = m_sides[std::size_t(side)];
    auto *box = new QGroupBox;
    box->setObjectName(QStringLiteral("panel%1").arg(QLatin1String(kSideNames[std::size_t(side)])));
    auto *layout = new QVBoxLayout(box);
    s.title = new QLabel(box);
    s.snippet = new QLabel(box);
    s.snippet->setTextInteractionFlags(Qt::TextSelectableByMouse);
    s.snippet->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); padding: 4px; border-radius: 3px; }"));
    s.explanation = new QLabel(box);
    s.explanation->setWordWrap(true);
    s.result = new QLabel(tr("Not trained yet."), box);
    s.result->setObjectName(QStringLiteral("result%1").arg(QLatin1String(kSideNames[std::size_t(side)])));
    s.confusion = new ConfusionMatrixView(box);
    s.perClass = new QTableWidget(10, 2, box);
    s.perClass->setHorizontalHeaderLabels({tr("precision"), tr("recall")});
    s.perClass->setEditTriggers(QAbstractItemView::NoEditTriggers);
    s.perClass->setSelectionMode(QAbstractItemView::NoSelection);
    s.perClass->setFocusPolicy(Qt::NoFocus);
    s.perClass->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    s.perClass->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    s.perClass->setAccessibleName(tr("Precision and recall per digit"));
    fitTableToType(s.perClass);
    QStringList digits;
    for (int d = 0; d < 10; ++d)
        digits << QString::number(d);
    s.perClass->setVerticalHeaderLabels(digits);
    // The texts keep their own height; extra room goes to the confusion matrix.
    for (QLabel *label : {s.title, s.snippet, s.explanation, s.result}) {
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        layout->addWidget(label);
    }
    auto *metrics = new QHBoxLayout;
    metrics->addWidget(s.confusion, 1);
    metrics->addWidget(s.perClass, 0, Qt::AlignTop); // aligned: its fixed height does not cap the row
    layout->addLayout(metrics, 1);
    return box;
}

void TrainingPage::setVariants(FlattenVariant a, FlattenVariant b)
{
    m_sides[0].variant->setCurrentIndex(int(a));
    m_sides[1].variant->setCurrentIndex(int(b));
    showVariant(0);
    showVariant(1);
}

FlattenVariant TrainingPage::selectedVariant(int side) const
{
    return FlattenVariant(m_sides[std::size_t(side)].variant->currentData().toInt());
}

void TrainingPage::showVariant(int side)
{
    Side &s = m_sides[std::size_t(side)];
    const auto &info = ft::train::variantInfo(selectedVariant(side));
    s.title->setText(QStringLiteral("<span style='color:%1'><b>%2: %3</b></span>")
                         .arg(kSideColors[std::size_t(side)].name(), QLatin1String(kSideNames[std::size_t(side)]),
                              QCoreApplication::translate("ft::train", info.title).toHtmlEscaped()));
    s.snippet->setText(QString::fromUtf8(info.snippet));
    s.explanation->setText(QCoreApplication::translate("ft::train", info.explanation));
}

void TrainingPage::setControlsEnabled(bool enabled)
{
    for (const Side &s : m_sides)
        s.variant->setEnabled(enabled);
    m_epochs->setEnabled(enabled);
    m_seed->setEnabled(enabled);
    m_trainButton->setEnabled(enabled);
    m_cancelButton->setEnabled(!enabled);
}

void TrainingPage::startTraining()
{
    if (m_training)
        return;
    m_training = true;
    setControlsEnabled(false);
    m_cancelButton->setFocus();
    const int epochs = m_epochs->value();
    m_lossX->setRange(1, std::max(2, epochs));
    m_accuracyX->setRange(1, std::max(2, epochs));
    // Round steps (1, 2, 3 … or 2, 4, 6 …), never 1, 6, 11, 17.
    m_lossX->setTickInterval(roundTickInterval(std::max(2, epochs), 10, 1));
    m_accuracyX->setTickInterval(m_lossX->tickInterval());
    m_maxLoss = 2.5;
    m_lossY->setRange(0, m_maxLoss);
    m_lossY->setTickInterval(roundTickInterval(m_maxLoss, 6, 0.5));
    for (Side &s : m_sides) {
        for (QLineSeries *series : {s.trainLoss, s.testLoss, s.trainAccuracy, s.testAccuracy})
            series->clear();
        s.result->setText(tr("Training…"));
        s.confusion->clear();
        s.perClass->clearContents();
    }
    m_progress->setValue(0);
    m_status->setText(tr("Training on a worker thread…"));
    const std::array<FlattenVariant, 2> variants{selectedVariant(0), selectedVariant(1)};
    const quint64 seed = quint64(m_seed->value());
    m_worker->prepare();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, variants, epochs, seed] { worker->train(variants, epochs, seed); });
}

void TrainingPage::cancelTraining()
{
    if (!m_training)
        return;
    m_worker->requestStop();
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Stopping…"));
}

void TrainingPage::onEpochFinished(int side, const ft::train::EpochMetrics &m)
{
    Side &s = m_sides[std::size_t(side)];
    s.trainLoss->append(m.epoch, m.trainLoss);
    s.testLoss->append(m.epoch, m.testLoss);
    s.trainAccuracy->append(m.epoch, 100.0 * m.trainAccuracy);
    s.testAccuracy->append(m.epoch, 100.0 * m.testAccuracy);
    const double highest = std::max(m.trainLoss, m.testLoss);
    if (highest > m_maxLoss) {
        m_maxLoss = std::ceil(highest * 2.0) / 2.0;
        m_lossY->setRange(0, m_maxLoss);
        m_lossY->setTickInterval(roundTickInterval(m_maxLoss, 6, 0.5));
    }
    s.result->setText(tr("Epoch %1: test accuracy %2, test loss %3")
                          .arg(m.epoch)
                          .arg(percent(m.testAccuracy))
                          .arg(m.testLoss, 0, 'f', 3));
    emit epochShown(side, m.epoch);
}

void TrainingPage::onSideFinished(int side, const ft::train::ClassificationReport &report, double trainingSeconds)
{
    Side &s = m_sides[std::size_t(side)];
    s.result->setText(tr("<b>Test accuracy %1</b> &middot; test loss %2 &middot; trained in %3 s")
                          .arg(percent(report.accuracy))
                          .arg(report.loss, 0, 'f', 3)
                          .arg(trainingSeconds, 0, 'f', 2));
    QStringList labels;
    for (int d = 0; d < int(report.confusion.size()); ++d)
        labels << QString::number(d);
    s.confusion->setMatrix(report.confusion, labels);
    for (int c = 0; c < int(report.precision.size()) && c < s.perClass->rowCount(); ++c) {
        const std::array<double, 2> values{report.precision[std::size_t(c)], report.recall[std::size_t(c)]};
        for (int col = 0; col < 2; ++col) {
            auto *item = new QTableWidgetItem(percent(values[std::size_t(col)]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            // Weak classes stand out: a red tint below 80%.
            if (values[std::size_t(col)] < 0.8)
                item->setBackground(errorTint(palette())); // light and dark themes alike
            s.perClass->setItem(c, col, item);
        }
    }
}

void TrainingPage::onFinished(bool cancelled)
{
    m_training = false;
    setControlsEnabled(true);
    m_trainButton->setFocus();
    if (cancelled) {
        m_status->setText(tr("Cancelled."));
        for (Side &s : m_sides) {
            if (s.testAccuracy->count() == 0)
                s.result->setText(tr("Cancelled before the first epoch ended."));
        }
    } else {
        m_progress->setValue(m_progress->maximum());
        m_status->setText(tr("Done."));
    }
    emit trainingFinished(cancelled);
}

void TrainingPage::onFailed(const QString &message)
{
    m_training = false;
    setControlsEnabled(true);
    m_trainButton->setFocus();
    m_status->setText(tr("Training failed: %1").arg(message));
    for (Side &s : m_sides) {
        if (s.testAccuracy->count() == 0)
            s.result->setText(tr("Training failed before the first epoch ended."));
    }
    emit trainingFailed(message);
}

QString TrainingPage::resultText(int side) const
{
    return m_sides[std::size_t(side)].result->text();
}

int TrainingPage::plottedEpochs(int side) const
{
    return int(m_sides[std::size_t(side)].testAccuracy->count());
}

} // namespace ft::ui
