// The Training page: training runs on a worker thread while the GUI keeps processing events, the
// charts fill one point per epoch for both models, results (accuracy, precision/recall, confusion
// matrix) appear when it ends, cancel stops quickly and leaves every control usable, and the page
// closes cleanly while training. Saves a screenshot to $FT_BUILD_DIR/screenshots/training-page.png.
#include "ft_test.h"
#include "screenshot_dir.h"

#include "ui/confusion_matrix_view.h"
#include "ui/training_page.h"
#include "ui/training_worker.h"

#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <QTimer>

using ft::train::FlattenVariant;
using ft::ui::TrainingPage;

namespace {

} // namespace

class TrainingPageTest : public QObject
{
    Q_OBJECT

private slots:
    void offersTheFourVariantsWithCorrectVersusMixBatchFirst()
    {
        TrainingPage page;
        QCOMPARE(page.variantBox(0)->count(), 4);
        QCOMPARE(page.variantBox(0)->currentData().toInt(), int(ft::train::FlattenVariant::Correct));
        QCOMPARE(page.variantBox(1)->currentData().toInt(), int(ft::train::FlattenVariant::MixBatch));
        QCOMPARE(page.variantBox(1)->currentText(), QStringLiteral("Mixes the batch")); // the title, not the command-line key
        QVERIFY(page.trainButton()->isEnabled());
        QVERIFY(!page.cancelButton()->isEnabled());
    }

    void trainsBothOffTheGuiThreadAndShowsResults()
    {
        TrainingPage page;
        page.resize(1000, 900);
        page.show();
        page.setVariants(FlattenVariant::Correct, FlattenVariant::Truncate);
        page.epochsBox()->setValue(3);
        page.seedBox()->setValue(2);
        QSignalSpy finished(&page, &TrainingPage::trainingFinished);
        QSignalSpy epochs(&page, &TrainingPage::epochShown);

        // A GUI-thread timer keeps ticking while training: the event loop is never blocked for long.
        int ticks = 0;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, this, [&] { ++ticks; });
        heartbeat.start(10);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(page.trainButton(), Qt::LeftButton);
        QVERIFY(page.isTraining());
        QVERIFY(!page.trainButton()->isEnabled());
        QVERIFY(page.cancelButton()->isEnabled());
        QVERIFY(!page.variantBox(0)->isEnabled());
        QVERIFY(finished.wait(60000));
        const qint64 elapsed = clock.elapsed();
        heartbeat.stop();

        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(epochs.count(), 6); // 3 epochs x 2 models
        QCOMPARE(page.plottedEpochs(0), 3);
        QCOMPARE(page.plottedEpochs(1), 3);
        // At least a third of the 10 ms ticks fired: the GUI thread was free.
        QVERIFY2(ticks >= elapsed / 30, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(elapsed)));
        QVERIFY2(page.resultText(0).contains(QStringLiteral("Test accuracy")), qPrintable(page.resultText(0)));
        QCOMPARE(page.confusionView(0)->matrix().size(), std::size_t(10));
        QCOMPARE(page.confusionView(1)->matrix().size(), std::size_t(10));
        QCOMPARE(page.progressBar()->value(), page.progressBar()->maximum());
        QVERIFY(page.trainButton()->isEnabled());
        QVERIFY(!page.cancelButton()->isEnabled());
    }

    void cancelStopsQuicklyAndLeavesTheUiUsable()
    {
        TrainingPage page;
        page.show();
        page.epochsBox()->setValue(50);
        QSignalSpy finished(&page, &TrainingPage::trainingFinished);
        page.startTraining();
        QVERIFY(page.isTraining());
        QVERIFY(QTest::qWaitFor([&] { return page.progressBar()->value() > 0; }, 20000));
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QStringLiteral("cancel took %1 ms").arg(clock.elapsed())));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!page.isTraining());
        QVERIFY(page.plottedEpochs(0) < 50);
        QVERIFY(page.trainButton()->isEnabled());
        QVERIFY(page.variantBox(0)->isEnabled());
        QVERIFY(page.epochsBox()->isEnabled());
        QVERIFY(!page.cancelButton()->isEnabled());

        // Usable again: a new short run starts from clean charts and completes.
        page.epochsBox()->setValue(1);
        page.startTraining();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QCOMPARE(page.plottedEpochs(0), 1);
        QCOMPARE(page.plottedEpochs(1), 1);
    }

    // Axis ticks sit on round values (2, 4, ... 16 epochs; loss 0, 0.5, ... 2.5), not on a tick
    // count spread evenly over the range (1, 6, 11, 17 and 0.6, 1.3, 1.9).
    void axisTicksAreRoundNumbers()
    {
        TrainingPage page;
        page.show();
        page.epochsBox()->setValue(17);
        QSignalSpy finished(&page, &TrainingPage::trainingFinished);
        page.startTraining();
        auto *epochs = qobject_cast<QValueAxis *>(page.lossChart()->axes(Qt::Horizontal).value(0));
        auto *loss = qobject_cast<QValueAxis *>(page.lossChart()->axes(Qt::Vertical).value(0));
        QVERIFY(epochs && loss);
        for (QValueAxis *axis : {epochs, loss}) {
            QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
            QCOMPARE(axis->tickAnchor(), 0.0);
        }
        QCOMPARE(epochs->min(), 1.0);
        QCOMPARE(epochs->max(), 17.0);
        QCOMPARE(epochs->tickInterval(), 2.0);  // 2, 4, ..., 16: nine ticks
        QCOMPARE(loss->tickInterval(), 0.5);
        QVERIFY(std::fmod(loss->max(), loss->tickInterval()) == 0.0);
        page.cancelTraining();
        QVERIFY(finished.wait(10000));
    }

    // Regression: a run that raised emitted failed() and then finished(true), and the page replaced
    // the error with "Cancelled.". Now the error stays and the controls are usable again.
    void trainingErrorIsShownNotReportedAsCancelled()
    {
        TrainingPage page;
        QSignalSpy failed(&page, &TrainingPage::trainingFailed);
        QSignalSpy finished(&page, &TrainingPage::trainingFinished);
        QSignalSpy workerFailed(page.worker(), &ft::ui::TrainingWorker::failed);
        // A negative epoch count makes the trainer raise, on the worker thread as in a real run.
        QMetaObject::invokeMethod(page.worker(), [worker = page.worker()] {
            worker->train({FlattenVariant::Correct, FlattenVariant::MixBatch}, -1, 1);
        });
        QTRY_COMPARE(failed.count(), 1);
        // Whatever the worker emitted after failing has been posted by now: deliver it.
        QMetaObject::invokeMethod(page.worker(), [] {}, Qt::BlockingQueuedConnection);
        QCoreApplication::processEvents();
        QCOMPARE(workerFailed.count(), 1);
        const QString message = workerFailed.first().first().toString();
        QVERIFY(!message.isEmpty());
        QCOMPARE(finished.count(), 0);
        QVERIFY2(page.statusLabel()->text().contains(message), qPrintable(page.statusLabel()->text()));
        QVERIFY(page.trainButton()->isEnabled());
        QVERIFY(!page.cancelButton()->isEnabled());
        QVERIFY(!page.isTraining());
    }

    void closingWhileTrainingDoesNotHang()
    {
        QElapsedTimer clock;
        clock.start();
        {
            TrainingPage page;
            page.epochsBox()->setValue(50);
            page.startTraining();
            QTest::qWait(50);
        } // the destructor stops the worker and joins its thread
        QVERIFY(clock.elapsed() < 5000);
    }

    void screenshotAfterARun()
    {
        TrainingPage page;
        page.resize(1180, 940);
        page.setVariants(FlattenVariant::Correct, FlattenVariant::MixBatch);
        page.epochsBox()->setValue(8);
        page.show();
        QSignalSpy finished(&page, &TrainingPage::trainingFinished);
        page.startTraining();
        QVERIFY(finished.wait(60000));
        QTest::qWait(50); // let the charts repaint
        QVERIFY(page.grab().save(screenshotDir() + QStringLiteral("/training-page.png")));
        // The size it gets inside the main window (1180x760 minus navigation and chrome).
        page.resize(960, 680);
        QTest::qWait(50);
        QVERIFY(page.grab().save(screenshotDir() + QStringLiteral("/training-page-in-window.png")));
    }
};

FT_REGISTER_TEST(TrainingPageTest)
#include "tst_training_page.moc"
