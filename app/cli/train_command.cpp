// `flatten-tutor train`: train the demo CNN with one flattening variant, headless, and print how
// it did — per-epoch loss and accuracy while it runs, then test accuracy, per-class precision and
// recall and the confusion matrix.
//
//     flatten-tutor train --variant mix-batch --epochs 8 --seed 1 [--json]
//
// JSON (one object on stdout, written when training ends):
//     {"variant": "correct", "seed": 1, "training_seconds": 0.31,
//      "epochs": [{"epoch": 1, "train_loss": 1.9, "train_acc": 0.48, "test_loss": 1.1, "test_acc": 0.74}, ...],
//      "test": {"accuracy": 0.95, "precision": [10 values], "recall": [10 values], "confusion": [[10] x 10]}}
// Accuracies, precision and recall are fractions in 0..1; confusion[true][predicted] counts test images.
// Exit status: 0 trained; 2 a usage error (message on stderr); 3 an internal error.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "engine/train/trainer.h"

#include <QCommandLineParser>

#include <cstdio>
#include <string>

namespace ft::cli {

namespace {

using namespace ft::train;

constexpr int kMaxEpochs = 1000;

int usageError(const std::string &message)
{
    return ft::cli::usageError("train", message);
}

std::string format(const char *pattern, double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, value);
    return buffer;
}

// Shortest text that reads back as the same double's first ~7 digits: enough for metrics.
std::string jsonNumber(double value)
{
    return format("%.7g", value);
}

std::string variantKeys()
{
    std::string keys;
    const auto &all = flattenVariants();
    for (std::size_t i = 0; i < all.size(); ++i)
        keys += std::string(i == 0 ? "" : (i + 1 == all.size() ? " or " : ", ")) + all[i].key;
    return keys;
}

std::string percent(double fraction)
{
    return format("%5.1f%%", 100.0 * fraction);
}

std::string epochLine(const EpochMetrics &m)
{
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, "%5d  %10.4f  %9s  %9.4f  %8s  %7.2f\n", m.epoch, m.trainLoss,
                  percent(m.trainAccuracy).c_str(), m.testLoss, percent(m.testAccuracy).c_str(), m.seconds);
    return buffer;
}

std::string reportText(const TrainResult &result, const Dataset &data, double seconds, const VariantInfo &info)
{
    std::string out = "\nTest accuracy " + percent(result.test.accuracy) + " after " + format("%.2f", seconds)
        + " s of training.\n\nclass  precision  recall\n";
    for (int c = 0; c < data.classes; ++c) {
        char line[80];
        std::snprintf(line, sizeof line, "%5s  %9s  %6s\n", data.classNames[std::size_t(c)].c_str(),
                      percent(result.test.precision[std::size_t(c)]).c_str(), percent(result.test.recall[std::size_t(c)]).c_str());
        out += line;
    }
    out += "\nConfusion matrix (rows: true class, columns: predicted class)\n      ";
    for (int c = 0; c < data.classes; ++c)
        out += format("%4.0f", double(c));
    out += '\n';
    for (int t = 0; t < data.classes; ++t) {
        out += format("%4.0f  ", double(t));
        for (int c = 0; c < data.classes; ++c)
            out += format("%4.0f", double(result.test.confusion[std::size_t(t)][std::size_t(c)]));
        out += '\n';
    }
    out += std::string("\n") + info.explanation + "\n";
    return out;
}

std::string reportJson(const TrainResult &result, const TrainConfig &config, double seconds)
{
    std::string out = "{\"variant\": \"" + std::string(variantInfo(config.variant).key) + "\", \"seed\": "
        + std::to_string(config.seed) + ", \"training_seconds\": " + jsonNumber(seconds) + ",\n \"epochs\": [";
    for (std::size_t i = 0; i < result.epochs.size(); ++i) {
        const EpochMetrics &m = result.epochs[i];
        out += std::string(i ? ",\n  " : "\n  ") + "{\"epoch\": " + std::to_string(m.epoch) + ", \"train_loss\": "
            + jsonNumber(m.trainLoss) + ", \"train_acc\": " + jsonNumber(m.trainAccuracy) + ", \"test_loss\": "
            + jsonNumber(m.testLoss) + ", \"test_acc\": " + jsonNumber(m.testAccuracy) + "}";
    }
    const auto list = [](const std::vector<double> &values) {
        std::string text = "[";
        for (std::size_t i = 0; i < values.size(); ++i)
            text += (i ? ", " : "") + jsonNumber(values[i]);
        return text + "]";
    };
    out += "],\n \"test\": {\"accuracy\": " + jsonNumber(result.test.accuracy) + ", \"precision\": "
        + list(result.test.precision) + ", \"recall\": " + list(result.test.recall) + ",\n  \"confusion\": [";
    for (std::size_t t = 0; t < result.test.confusion.size(); ++t) {
        out += t ? ",\n    [" : "\n    [";
        for (std::size_t c = 0; c < result.test.confusion[t].size(); ++c)
            out += (c ? ", " : "") + std::to_string(result.test.confusion[t][c]);
        out += "]";
    }
    return out + "]}}\n";
}

QString helpEpilogue()
{
    QString text;
    text += QStringLiteral("\nVariants (the same CNN, flattened four ways):\n");
    for (const VariantInfo &info : flattenVariants())
        text += QStringLiteral("  %1%2\n").arg(QString::fromLatin1(info.key), -15).arg(QString::fromUtf8(info.explanation));
    text += QStringLiteral("\nData: 1797 real 8x8 handwritten digits (UCI, via scikit-learn), 1348 for training, 449 for testing.\n"
                           "Exit status: 0 trained; 2 a usage error; 3 an internal error (a bug).\n");
    return text;
}

bool parseInteger(const QString &text, long long low, long long high, long long *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok && *value >= low && *value <= high;
}

} // namespace

int runTrain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Train the demo CNN on handwritten digits with one way of flattening its features, and print its metrics."));
    const QCommandLineOption variantOption(
        QStringLiteral("variant"), QStringLiteral("How features are flattened: %1 (default correct).")
                                       .arg(QString::fromStdString(variantKeys())),
        QStringLiteral("name"), QStringLiteral("correct"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"),
                                          QStringLiteral("Passes over the training images, 1..%1 (default 8).").arg(kMaxEpochs),
                                          QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed for initial weights and shuffling, a non-negative integer (default 1)."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption optimizerOption(QStringLiteral("optimizer"), QStringLiteral("adam (default) or sgd (momentum 0.9)."),
                                             QStringLiteral("name"), QStringLiteral("adam"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object when training ends."));
    parser.addOption(variantOption);
    parser.addOption(epochsOption);
    parser.addOption(seedOption);
    parser.addOption(optimizerOption);
    parser.addOption(jsonOption);

    if (const auto status = parseSubcommandArguments(
            parser, arguments, "train",
            QStringLiteral("Usage: flatten-tutor train [--variant NAME] [--epochs N] [--seed S] [--json]"), helpEpilogue()))
        return *status;
    if (!parser.positionalArguments().isEmpty())
        return usageError("unexpected argument '" + parser.positionalArguments().first().toStdString() + "'");

    TrainConfig config;
    const std::string variantText = parser.value(variantOption).toStdString();
    const auto variant = variantFromKey(variantText);
    if (!variant)
        return usageError("unknown variant '" + variantText + "' (choose " + variantKeys() + ")");
    config.variant = *variant;
    long long number = 0;
    if (!parseInteger(parser.value(epochsOption), 1, kMaxEpochs, &number))
        return usageError("--epochs needs a whole number from 1 to " + std::to_string(kMaxEpochs) + ", got '"
                          + parser.value(epochsOption).toStdString() + "'");
    config.epochs = int(number);
    bool seedOk = false;
    config.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk)
        return usageError("--seed needs a non-negative whole number, got '" + parser.value(seedOption).toStdString() + "'");
    const QString optimizer = parser.value(optimizerOption);
    if (optimizer == QLatin1String("sgd")) {
        config.optimizer = OptimizerKind::Sgd;
        config.learningRate = 0.05f;
    } else if (optimizer != QLatin1String("adam")) {
        return usageError("unknown optimizer '" + optimizer.toStdString() + "' (choose adam or sgd)");
    }
    const bool json = parser.isSet(jsonOption);

    try {
        const Dataset &data = digitsDataset();
        const VariantInfo &info = variantInfo(config.variant);
        if (!json) {
            writeOut("Training the demo CNN, variant " + std::string(info.key) + ", on " + std::to_string(data.trainCount())
                     + " handwritten digits (testing on " + std::to_string(data.testCount()) + "), seed "
                     + std::to_string(config.seed) + ".\nThe flattening step:\n");
            std::string snippet = info.snippet;
            std::string indented = "    ";
            for (char c : snippet)
                indented += c == '\n' ? std::string("\n    ") : std::string(1, c);
            writeOut(indented + "\n\nepoch  train loss  train acc  test loss  test acc  seconds\n");
        }
        double seconds = 0;
        const TrainResult result = ft::train::train(data, config, [&](const EpochMetrics &m) {
            seconds += m.seconds;
            if (!json)
                writeOut(epochLine(m));
        });
        writeOut(json ? reportJson(result, config, seconds) : reportText(result, data, seconds, info));
        return kExitSuccess;
    } catch (const std::exception &e) {
        writeErr(std::string("flatten-tutor train: internal error: ") + e.what() + "\n");
        return kExitInternal;
    }
}

} // namespace ft::cli
