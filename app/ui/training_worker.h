// training_worker.h — trains two demo-CNN variants side by side, off the GUI thread.
//
// Lives in its own QThread (the TrainingPage owns both). train() alternates one epoch of model A
// with one epoch of model B, so both curves grow together, and reports through queued signals.
// requestStop() may be called from any thread; the run ends between two batches (a few
// milliseconds) and finished(true) follows. Every run ends with exactly one of finished(false)
// (done), finished(true) (stopped) or failed(message) (an error, shown to the learner as it is).
//
//     worker->moveToThread(&thread);
//     QMetaObject::invokeMethod(worker, [=] { worker->train({Correct, MixBatch}, 8, seed); });
#pragma once

#include "engine/train/trainer.h"

#include <QMetaType>
#include <QObject>

#include <array>
#include <atomic>

namespace ft::ui {

class TrainingWorker : public QObject
{
    Q_OBJECT

public:
    explicit TrainingWorker(QObject *parent = nullptr);

    // Thread-safe. Cleared by prepare(), which the GUI calls before queueing train().
    void requestStop() { m_stop.store(true); }
    void prepare() { m_stop.store(false); }

    // Runs in the worker's thread.
    void train(std::array<ft::train::FlattenVariant, 2> variants, int epochs, quint64 seed);

signals:
    // side: 0 for model A, 1 for model B
    void epochFinished(int side, const ft::train::EpochMetrics &metrics);
    void progressChanged(int permille);
    void sideFinished(int side, const ft::train::ClassificationReport &report, double trainingSeconds);
    void finished(bool cancelled);
    void failed(const QString &message);

private:
    std::atomic<bool> m_stop{false};
};

} // namespace ft::ui

Q_DECLARE_METATYPE(ft::train::EpochMetrics)
Q_DECLARE_METATYPE(ft::train::ClassificationReport)
