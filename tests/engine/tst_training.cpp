// Training the demo CNN on the digits: the data loads fast and whole, a short seeded run learns
// (loss falls, accuracy well above chance), the same seed gives the same numbers on one or two
// threads, the flattening bugs hurt the way the lesson says, and the metrics follow sklearn's
// definitions.
#include "ft_test.h"

#include "engine/train/kernels.h"
#include "engine/train/trainer.h"

#include <QTest>

#include <set>
#include <stdexcept>

using namespace ft::train;

namespace {

TrainResult quickRun(FlattenVariant variant, int epochs, std::uint64_t seed = 1)
{
    TrainConfig config;
    config.variant = variant;
    config.epochs = epochs;
    config.seed = seed;
    return train(digitsDataset(), config);
}

} // namespace

class TrainingTest : public QObject
{
    Q_OBJECT

private slots:
    void digitsDecodeAndParse()
    {
        const Dataset data = parseDigitsCsv(gunzip(digitsCsvGz()));
        QCOMPARE(data.trainCount() + data.testCount(), std::size_t(1797));
        QCOMPARE(data.testCount(), std::size_t(449));
        QCOMPARE(data.imageSize(), std::size_t(64));
        QCOMPARE(data.trainImages.size(), data.trainCount() * 64);
        QCOMPARE(data.classes, 10);
        QCOMPARE(std::set<int>(data.testLabels.begin(), data.testLabels.end()).size(), std::size_t(10));
        const auto [low, high] = std::minmax_element(data.trainImages.begin(), data.trainImages.end());
        QCOMPARE(*low, 0.0f);
        QCOMPARE(*high, 1.0f);
    }

    void digitsParserNamesTheBadLine_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("expected");
        const QString pixels = QStringLiteral("0,").repeated(64);
        QTest::newRow("too few fields") << QStringLiteral("1,2,3\n") << "line 1: expected 65 fields, found 3";
        QTest::newRow("pixel out of range") << pixels + "3\n" + "17," + QStringLiteral("0,").repeated(63) + "1\n"
                                            << "line 2: pixel 17 outside 0..16";
        QTest::newRow("label out of range") << pixels + "10\n" << "line 1: label 10 outside 0..9";
        QTest::newRow("not a number") << "x," + pixels << "line 1: field 1 is not an integer";
        QTest::newRow("empty") << QString() << "digits.csv: no images";
    }
    void digitsParserNamesTheBadLine()
    {
        QFETCH(QString, csv);
        QFETCH(QString, expected);
        try {
            parseDigitsCsv(csv.toStdString());
            QFAIL("expected an error");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(expected), e.what());
        }
    }

    void gunzipRejectsCorruptData()
    {
        std::string bytes(digitsCsvGz());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, gunzip(bytes.substr(0, bytes.size() / 2)));
        bytes[100] = char(bytes[100] ^ 0x55);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, gunzip(bytes));
    }

    void shortSeededRunLearns()
    {
        const TrainResult result = quickRun(FlattenVariant::Correct, 3);
        QCOMPARE(result.epochs.size(), std::size_t(3));
        QVERIFY2(result.epochs.back().trainLoss < 0.6 * result.epochs.front().trainLoss, "training loss must fall");
        QVERIFY2(result.test.accuracy > 0.85, qPrintable(QString::number(result.test.accuracy)));
        QCOMPARE(result.test.accuracy, result.epochs.back().testAccuracy);
    }

    void sameSeedGivesSameNumbersOnOneOrTwoThreads()
    {
        setThreadCount(1);
        const TrainResult one = quickRun(FlattenVariant::Correct, 1, 5);
        setThreadCount(2);
        const TrainResult two = quickRun(FlattenVariant::Correct, 1, 5);
        const TrainResult otherSeed = quickRun(FlattenVariant::Correct, 1, 6);
        QCOMPARE(one.epochs[0].trainLoss, two.epochs[0].trainLoss);
        QCOMPARE(one.epochs[0].testLoss, two.epochs[0].testLoss);
        QCOMPARE(one.test.confusion, two.test.confusion);
        QVERIFY(otherSeed.epochs[0].trainLoss != one.epochs[0].trainLoss);
    }

    void mixBatchStaysNearChance()
    {
        const TrainResult result = quickRun(FlattenVariant::MixBatch, 3);
        QVERIFY2(result.test.accuracy < 0.2, qPrintable(QString::number(result.test.accuracy)));
        QVERIFY2(result.epochs.back().trainLoss > 2.0, "with samples mixed the loss stays near ln(10) = 2.30");
    }

    void truncateIsClearlyWorseThanCorrect()
    {
        const double correct = quickRun(FlattenVariant::Correct, 3).test.accuracy;
        const double truncated = quickRun(FlattenVariant::Truncate, 3).test.accuracy;
        QVERIFY2(truncated < correct - 0.05, qPrintable(QStringLiteral("truncate %1, correct %2").arg(truncated).arg(correct)));
    }

    void channelsLastStillLearns()
    {
        QVERIFY(quickRun(FlattenVariant::ChannelsLast, 3).test.accuracy > 0.85);
    }

    void classificationReportFollowsSklearn()
    {
        // truth 0 0 1 1 2, predicted 0 1 1 1 0: class 2 is never predicted -> precision 0.
        const ClassificationReport r = classificationReport({0, 0, 1, 1, 2}, {0, 1, 1, 1, 0}, 3);
        QCOMPARE(r.confusion, (std::vector<std::vector<int>>{{1, 1, 0}, {0, 2, 0}, {1, 0, 0}}));
        QCOMPARE(r.accuracy, 0.6);
        QCOMPARE(r.precision, (std::vector<double>{0.5, 2.0 / 3.0, 0.0}));
        QCOMPARE(r.recall, (std::vector<double>{0.5, 1.0, 0.0}));
    }

    void stopRequestEndsTheRunBetweenBatches()
    {
        int polls = 0;
        TrainConfig config;
        config.epochs = 5;
        const TrainResult result = train(digitsDataset(), config, {}, [&] { return ++polls > 3; });
        QVERIFY(result.cancelled);
        QVERIFY(result.epochs.empty());
        QCOMPARE(polls, 4);
    }

    void badConfigIsRejected()
    {
        TrainConfig config;
        config.batchSize = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingRun(digitsDataset(), config));
        config.batchSize = 32;
        config.model.classes = 4;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingRun(digitsDataset(), config));
    }

    void variantKeysRoundTrip()
    {
        QCOMPARE(flattenVariants().size(), std::size_t(4));
        for (const VariantInfo &info : flattenVariants()) {
            QCOMPARE(variantFromKey(info.key), std::optional<FlattenVariant>(info.variant));
            QVERIFY(std::string(info.snippet).find("x") != std::string::npos);
        }
        QVERIFY(!variantFromKey("flatten").has_value());
    }
};

FT_REGISTER_TEST(TrainingTest)
#include "tst_training.moc"
