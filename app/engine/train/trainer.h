// trainer.h — trains one DemoCnn variant on a Dataset and measures it like a PyTorch loop would.
//
// Each epoch: shuffle the training split (seeded), mini-batch steps (forward, cross-entropy,
// backward, optimiser step), then evaluate the test split in batches of the same size (the
// mix-batch bug depends on the batch, so evaluation must see batches too). Train loss/accuracy
// are averages over the epoch's batches as they were trained. Everything is determined by the
// seed: same seed, same numbers.
//
//     TrainingRun run(digitsDataset(), TrainConfig{.variant = FlattenVariant::Correct, .epochs = 8});
//     while (!run.finished()) { if (auto m = run.runEpoch()) print(*m); }
//     ClassificationReport report = run.evaluate();     // accuracy, precision, recall, confusion
#pragma once

#include "engine/train/demo_cnn.h"
#include "engine/train/digits.h"
#include "engine/train/optim.h"

#include <functional>
#include <memory>
#include <optional>

namespace ft::train {

enum class OptimizerKind { Sgd, Adam };

struct TrainConfig
{
    FlattenVariant variant = FlattenVariant::Correct;
    int epochs = 8;
    std::uint64_t seed = 1;
    int batchSize = 32;
    OptimizerKind optimizer = OptimizerKind::Adam;
    float learningRate = 0.003f; // Adam; SGD uses learningRate with momentum
    float momentum = 0.9f;
    CnnConfig model;
};

struct EpochMetrics
{
    int epoch = 0; // 1-based
    double trainLoss = 0;
    double trainAccuracy = 0; // 0..1
    double testLoss = 0;
    double testAccuracy = 0;
    double seconds = 0;       // wall time of this epoch's training steps (evaluation excluded)
};

struct ClassificationReport
{
    double accuracy = 0;
    double loss = 0;
    std::vector<double> precision; // per class; 0 when the class was never predicted
    std::vector<double> recall;    // per class; 0 when the class never occurs
    std::vector<std::vector<int>> confusion; // confusion[true class][predicted class]
};

// sklearn-style metrics from true and predicted labels.
ClassificationReport classificationReport(const std::vector<int> &truth, const std::vector<int> &predicted, int classes);

class TrainingRun
{
public:
    // The dataset must outlive the run. Throws std::invalid_argument for a bad config.
    TrainingRun(const Dataset &data, const TrainConfig &config);

    const TrainConfig &config() const { return m_config; }
    const DemoCnn &model() const { return m_model; }
    int epochsDone() const { return m_epochsDone; }
    bool finished() const { return m_epochsDone >= m_config.epochs || m_cancelled; }
    bool cancelled() const { return m_cancelled; }
    double trainingSeconds() const { return m_trainingSeconds; }

    // One epoch of training, then evaluation. `shouldStop` is polled between batches: when it
    // returns true the run ends (cancelled) and nullopt is returned. `progress` gets the fraction
    // of this epoch done after each batch.
    std::optional<EpochMetrics> runEpoch(const std::function<bool()> &shouldStop = {},
                                         const std::function<void(double)> &progress = {});
    // The test split, batched like training.
    ClassificationReport evaluate() const;

private:
    const Dataset &m_data;
    TrainConfig m_config;
    DemoCnn m_model;
    std::unique_ptr<Optimizer> m_optimizer;
    Rng m_shuffle;
    int m_epochsDone = 0;
    bool m_cancelled = false;
    double m_trainingSeconds = 0;
};

struct TrainResult
{
    std::vector<EpochMetrics> epochs;
    ClassificationReport test;
    bool cancelled = false;
};

// A whole run: onEpoch after each epoch; shouldStop polled between batches.
TrainResult train(const Dataset &data, const TrainConfig &config,
                  const std::function<void(const EpochMetrics &)> &onEpoch = {},
                  const std::function<bool()> &shouldStop = {});

} // namespace ft::train
