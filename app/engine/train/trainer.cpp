#include "engine/train/trainer.h"

#include <algorithm>
#include <chrono>
#include <numeric>
#include <stdexcept>

namespace ft::train {

namespace {

// Copies the images of `indices` into one (n, C, H, W) batch.
Var gatherBatch(const std::vector<float> &images, std::size_t imageSize, const Dataset &data,
                const std::size_t *indices, std::size_t n)
{
    std::vector<float> values(n * imageSize);
    for (std::size_t i = 0; i < n; ++i)
        std::copy_n(images.begin() + std::ptrdiff_t(indices[i] * imageSize), imageSize, values.begin() + std::ptrdiff_t(i * imageSize));
    return Var::constant({Dim(n), data.channels, data.height, data.width}, std::move(values));
}

int argmaxRow(const std::vector<float> &logits, std::size_t row, std::size_t classes)
{
    const auto begin = logits.begin() + std::ptrdiff_t(row * classes);
    return int(std::max_element(begin, begin + std::ptrdiff_t(classes)) - begin);
}

} // namespace

ClassificationReport classificationReport(const std::vector<int> &truth, const std::vector<int> &predicted, int classes)
{
    ClassificationReport report;
    const std::size_t k = std::size_t(classes);
    report.confusion.assign(k, std::vector<int>(k, 0));
    std::size_t correct = 0;
    for (std::size_t i = 0; i < truth.size() && i < predicted.size(); ++i) {
        ++report.confusion[std::size_t(truth[i])][std::size_t(predicted[i])];
        correct += truth[i] == predicted[i];
    }
    report.accuracy = truth.empty() ? 0.0 : double(correct) / double(truth.size());
    report.precision.assign(k, 0.0);
    report.recall.assign(k, 0.0);
    for (std::size_t c = 0; c < k; ++c) {
        int predictedAsC = 0, actuallyC = 0;
        for (std::size_t other = 0; other < k; ++other) {
            predictedAsC += report.confusion[other][c];
            actuallyC += report.confusion[c][other];
        }
        const int hits = report.confusion[c][c];
        report.precision[c] = predictedAsC ? double(hits) / predictedAsC : 0.0;
        report.recall[c] = actuallyC ? double(hits) / actuallyC : 0.0;
    }
    return report;
}

TrainingRun::TrainingRun(const Dataset &data, const TrainConfig &config)
    : m_data(data)
    , m_config(config)
    , m_model(config.variant, config.model, config.seed)
    , m_shuffle(config.seed ^ 0x5eed5eed5eedULL)
{
    if (config.epochs < 0)
        throw std::invalid_argument("epochs must not be negative");
    if (config.batchSize < 1)
        throw std::invalid_argument("batch size must be at least 1");
    if (data.channels != config.model.inChannels || data.height != config.model.imageSize
        || data.width != config.model.imageSize || data.classes != config.model.classes)
        throw std::invalid_argument("the model's input and class count do not match the data set");
    if (config.optimizer == OptimizerKind::Adam)
        m_optimizer = std::make_unique<Adam>(m_model.parameters(), AdamOptions{.lr = config.learningRate});
    else
        m_optimizer = std::make_unique<Sgd>(m_model.parameters(), SgdOptions{.lr = config.learningRate, .momentum = config.momentum});
}

std::optional<EpochMetrics> TrainingRun::runEpoch(const std::function<bool()> &shouldStop,
                                                  const std::function<void(double)> &progress)
{
    if (finished())
        return std::nullopt;
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::size_t> order(m_data.trainCount());
    std::iota(order.begin(), order.end(), std::size_t(0));
    m_shuffle.shuffle(order);

    const std::size_t batch = std::size_t(m_config.batchSize);
    const std::size_t classes = std::size_t(m_data.classes);
    double lossSum = 0;
    std::size_t correct = 0;
    std::vector<int> labels;
    for (std::size_t first = 0; first < order.size(); first += batch) {
        if (shouldStop && shouldStop()) {
            m_cancelled = true;
            m_trainingSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            return std::nullopt;
        }
        const std::size_t n = std::min(batch, order.size() - first);
        const Var images = gatherBatch(m_data.trainImages, m_data.imageSize(), m_data, order.data() + first, n);
        labels.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            labels[i] = m_data.trainLabels[order[first + i]];
        m_optimizer->zeroGrad();
        const Var logits = m_model.forward(images);
        Var loss = crossEntropy(logits, labels);
        loss.backward();
        m_optimizer->step();
        lossSum += double(loss.item()) * double(n);
        for (std::size_t i = 0; i < n; ++i)
            correct += argmaxRow(logits.value(), i, classes) == labels[i];
        if (progress)
            progress(double(first + n) / double(order.size()));
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    m_trainingSeconds += seconds;
    ++m_epochsDone;

    const ClassificationReport test = evaluate();
    EpochMetrics metrics;
    metrics.epoch = m_epochsDone;
    metrics.trainLoss = lossSum / double(order.size());
    metrics.trainAccuracy = double(correct) / double(order.size());
    metrics.testLoss = test.loss;
    metrics.testAccuracy = test.accuracy;
    metrics.seconds = seconds;
    return metrics;
}

ClassificationReport TrainingRun::evaluate() const
{
    NoGradGuard noGrad;
    const std::size_t batch = std::size_t(m_config.batchSize);
    const std::size_t count = m_data.testCount();
    std::vector<std::size_t> indices(count);
    std::iota(indices.begin(), indices.end(), std::size_t(0));
    std::vector<int> predicted(count);
    double lossSum = 0;
    for (std::size_t first = 0; first < count; first += batch) {
        const std::size_t n = std::min(batch, count - first);
        const Var images = gatherBatch(m_data.testImages, m_data.imageSize(), m_data, indices.data() + first, n);
        const std::vector<int> labels(m_data.testLabels.begin() + std::ptrdiff_t(first),
                                      m_data.testLabels.begin() + std::ptrdiff_t(first + n));
        const Var logits = m_model.forward(images);
        lossSum += double(crossEntropy(logits, labels).item()) * double(n);
        for (std::size_t i = 0; i < n; ++i)
            predicted[first + i] = argmaxRow(logits.value(), i, std::size_t(m_data.classes));
    }
    ClassificationReport report = classificationReport(m_data.testLabels, predicted, m_data.classes);
    report.loss = count ? lossSum / double(count) : 0.0;
    return report;
}

TrainResult train(const Dataset &data, const TrainConfig &config, const std::function<void(const EpochMetrics &)> &onEpoch,
                  const std::function<bool()> &shouldStop)
{
    TrainingRun run(data, config);
    TrainResult result;
    while (!run.finished()) {
        const std::optional<EpochMetrics> metrics = run.runEpoch(shouldStop);
        if (!metrics)
            break;
        result.epochs.push_back(*metrics);
        if (onEpoch)
            onEpoch(*metrics);
    }
    result.cancelled = run.cancelled();
    result.test = run.evaluate();
    return result;
}

} // namespace ft::train
