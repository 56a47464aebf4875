#include "ui/training_worker.h"

#include <memory>

namespace ft::ui {

TrainingWorker::TrainingWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ft::train::EpochMetrics>();
    qRegisterMetaType<ft::train::ClassificationReport>();
}

void TrainingWorker::train(std::array<ft::train::FlattenVariant, 2> variants, int epochs, quint64 seed)
{
    using namespace ft::train;
    try {
        const Dataset &data = digitsDataset();
        std::array<std::unique_ptr<TrainingRun>, 2> runs;
        for (int side = 0; side < 2; ++side) {
            TrainConfig config;
            config.variant = variants[std::size_t(side)];
            config.epochs = epochs;
            config.seed = seed;
            runs[std::size_t(side)] = std::make_unique<TrainingRun>(data, config);
        }
        const auto shouldStop = [this] { return m_stop.load(); };
        const double totalEpochs = 2.0 * epochs;
        int lastPermille = -1;
        for (int epoch = 0; epoch < epochs; ++epoch) {
            for (int side = 0; side < 2; ++side) {
                const auto progress = [&](double fraction) {
                    const int permille = int(1000.0 * (2 * epoch + side + fraction) / totalEpochs);
                    if (permille != lastPermille) { // at most 1000 signals per run
                        lastPermille = permille;
                        emit progressChanged(permille);
                    }
                };
                const auto metrics = runs[std::size_t(side)]->runEpoch(shouldStop, progress);
                if (!metrics) {
                    emit finished(true);
                    return;
                }
                emit epochFinished(side, *metrics);
            }
        }
        for (int side = 0; side < 2; ++side)
            emit sideFinished(side, runs[std::size_t(side)]->evaluate(), runs[std::size_t(side)]->trainingSeconds());
        emit finished(false);
    } catch (const std::exception &e) {
        // The run ends here, and says why: failed() is its only terminal signal (no finished()).
        emit failed(QString::fromUtf8(e.what()));
    }
}

} // namespace ft::ui
