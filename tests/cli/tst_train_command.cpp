// `flatten-tutor train` headless: the JSON has the documented fields with consistent values, the
// text report shows the epoch table and the bug's explanation, the same seed reproduces the same
// numbers, and bad arguments exit 2 with a message that says what was wrong.
#include "app_run.h"
#include "ft_test.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

using Run = fttest::AppRun;

Run runTrain(const QStringList &arguments)
{
    return fttest::runApp(QStringList{QStringLiteral("train")} + arguments);
}

} // namespace

class TrainCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasTheDocumentedFields()
    {
        const Run run = runTrain({"--variant", "correct", "--epochs", "2", "--seed", "3", "--json"});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + "\n" + run.out));
        QCOMPARE(root.value("variant").toString(), QStringLiteral("correct"));
        QCOMPARE(root.value("seed").toInt(), 3);

        const QJsonArray epochs = root.value("epochs").toArray();
        QCOMPARE(epochs.size(), 2);
        for (int i = 0; i < epochs.size(); ++i) {
            const QJsonObject e = epochs.at(i).toObject();
            QCOMPARE(e.value("epoch").toInt(), i + 1);
            for (const char *key : {"train_loss", "train_acc", "test_loss", "test_acc"})
                QVERIFY2(e.value(key).isDouble(), key);
            QVERIFY(e.value("train_acc").toDouble() >= 0 && e.value("train_acc").toDouble() <= 1);
        }

        const QJsonObject test = root.value("test").toObject();
        QCOMPARE(test.value("precision").toArray().size(), 10);
        QCOMPARE(test.value("recall").toArray().size(), 10);
        const QJsonArray confusion = test.value("confusion").toArray();
        QCOMPARE(confusion.size(), 10);
        int total = 0, diagonal = 0;
        for (int t = 0; t < 10; ++t) {
            const QJsonArray row = confusion.at(t).toArray();
            QCOMPARE(row.size(), 10);
            for (int p = 0; p < 10; ++p)
                total += row.at(p).toInt();
            diagonal += row.at(t).toInt();
        }
        QCOMPARE(total, 449); // every test image counted once
        // The reported accuracy is the confusion matrix's diagonal share, and the last epoch's.
        QVERIFY(qAbs(test.value("accuracy").toDouble() - double(diagonal) / total) < 1e-6);
        QVERIFY(qAbs(test.value("accuracy").toDouble() - epochs.last().toObject().value("test_acc").toDouble()) < 1e-6);
    }

    void sameSeedReproducesTheSameMetrics()
    {
        const QStringList args{"--variant", "channels-last", "--epochs", "1", "--seed", "11", "--json"};
        const QJsonObject first = QJsonDocument::fromJson(runTrain(args).out.toUtf8()).object();
        const QJsonObject second = QJsonDocument::fromJson(runTrain(args).out.toUtf8()).object();
        QVERIFY(!first.isEmpty());
        QCOMPARE(first.value("epochs"), second.value("epochs"));
        QCOMPARE(first.value("test"), second.value("test"));
    }

    void textReportShowsEpochsSnippetAndExplanation()
    {
        const Run run = runTrain({"--variant", "mix-batch", "--epochs", "1"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("x.view(-1, x.size(0)).t()"), qPrintable(run.out));
        QVERIFY(run.out.contains("epoch  train loss  train acc  test loss  test acc"));
        QVERIFY(run.out.contains("Confusion matrix"));
        QVERIFY(run.out.contains("labels no longer match their features"));
    }

    void badArgumentsExitWithUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown variant") << QStringList{"--variant", "flat"}
                                         << "unknown variant 'flat' (choose correct, mix-batch, truncate or channels-last)";
        QTest::newRow("zero epochs") << QStringList{"--epochs", "0"} << "--epochs needs a whole number from 1 to 1000, got '0'";
        QTest::newRow("epochs not a number") << QStringList{"--epochs", "ten"} << "got 'ten'";
        QTest::newRow("negative seed") << QStringList{"--seed", "-1"} << "--seed needs a non-negative whole number, got '-1'";
        QTest::newRow("unknown option") << QStringList{"--fast"} << "Unknown option 'fast'";
        QTest::newRow("stray argument") << QStringList{"correct"} << "unexpected argument 'correct'";
        QTest::newRow("unknown optimizer") << QStringList{"--optimizer", "rmsprop"} << "unknown optimizer 'rmsprop'";
    }
    void badArgumentsExitWithUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runTrain(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

FT_REGISTER_TEST(TrainCommandTest)
#include "tst_train_command.moc"
