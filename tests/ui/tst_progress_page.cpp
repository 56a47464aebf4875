// The Progress screen shows what the store holds (lessons, topic accuracy, session scores, most
// missed), retries a missed question in one click, resets only after confirmation, exports CSV;
// the wiring records checked answers, runs endless practice and review. Saves a screenshot.
#include "ft_test.h"
#include "screenshot_dir.h"

#include "content/content_library.h"
#include "ui/lesson_reader.h"
#include "ui/main_window.h"
#include "ui/progress_page.h"
#include "content/progress_store.h"
#include "ui/progress_wiring.h"
#include "content/question_generator.h"
#include "ui/quiz_runner.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QScatterSeries>
#include <QXYSeries>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using ft::content::AnswerRecord;
using ft::content::ProgressStore;

namespace {

const QDateTime kStart(QDate(2026, 11, 16), QTime(17, 0), Qt::UTC);

QList<ft::content::Lesson> course()
{
    QList<ft::content::Lesson> lessons;
    const QStringList titles{QStringLiteral("What Flatten does"), QStringLiteral("The batch dimension"),
                             QStringLiteral("Counting the flattened size"), QStringLiteral("start_dim and end_dim"),
                             QStringLiteral("Flatten before Linear")};
    for (int i = 0; i < titles.size(); ++i) {
        ft::content::Lesson lesson;
        lesson.id = QStringLiteral("lesson-%1").arg(i + 1);
        lesson.title = titles.at(i);
        lesson.order = i + 1;
        lessons << lesson;
    }
    return lessons;
}

// A week of a learner's work: three lessons done, one started, five practice sessions improving.
void fillWeek(ProgressStore &store)
{
    for (int i = 0; i < 3; ++i) {
        store.recordLessonOpened(QStringLiteral("lesson-%1").arg(i + 1), kStart.addDays(i));
        store.recordLessonFinished(QStringLiteral("lesson-%1").arg(i + 1), kStart.addDays(i).addSecs(600));
    }
    store.recordLessonOpened(QStringLiteral("lesson-4"), kStart.addDays(3));
    const QList<int> rightPerSession{3, 5, 6, 8, 9};
    const QStringList topics{QStringLiteral("batch"), QStringLiteral("flatten-shape"), QStringLiteral("in-features"),
                             QStringLiteral("negative-dims"), QStringLiteral("debugging")};
    for (int s = 0; s < rightPerSession.size(); ++s) {
        const QDateTime at = kStart.addDays(s).addSecs(3600);
        const qint64 session = store.beginSession(QStringLiteral("endless"), QStringLiteral("Endless practice — set #%1").arg(s), at);
        for (int q = 0; q < 10; ++q) {
            AnswerRecord answer;
            answer.questionId = q < 3 ? QStringLiteral("practice-42-%1").arg(q) : QStringLiteral("practice-%1-%2").arg(s).arg(q);
            answer.correct = q >= 10 - rightPerSession.at(s);
            answer.chosen = {answer.correct ? 0 : 1};
            answer.elapsedMs = 8000;
            answer.answeredAt = at.addSecs(30 * q);
            answer.sessionId = session;
            answer.topics = {topics.at((q + s) % topics.size())};
            store.recordAnswer(answer);
        }
    }
}

template<typename Series>
Series *seriesOf(QChartView *view)
{
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *typed = qobject_cast<Series *>(series))
            return typed;
    }
    return nullptr;
}

QMessageBox *waitForMessageBox(QWidget *parent)
{
    QMessageBox *box = nullptr;
    for (int i = 0; i < 50 && !box; ++i) {
        QTest::qWait(10);
        box = parent->findChild<QMessageBox *>(QStringLiteral("resetConfirmation"));
    }
    return box;
}

} // namespace

class ProgressPageTest : public QObject
{
    Q_OBJECT

private slots:
    void showsLessonsTopicsSessionsAndMissed()
    {
        QTemporaryDir dir;
        ProgressStore store(dir.filePath(QStringLiteral("p.sqlite")));
        fillWeek(store);
        ft::ui::ProgressPage page(&store);
        page.setLessons(course());
        page.setQuestionTitle([](const QString &id) {
            const auto question = ft::content::QuestionGenerator::questionById(id);
            return question ? ft::ui::ProgressPage::questionTitle(*question) : id;
        });
        page.resize(1180, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Lessons: every course lesson, the finished ones marked done.
        QCOMPARE(page.lessonList()->topLevelItemCount(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(page.lessonList()->topLevelItem(i)->data(0, Qt::UserRole).toBool(), i < 3);
        QVERIFY(page.lessonList()->topLevelItem(3)->text(1).contains(QStringLiteral("Started")));
        QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("3 of 5 lessons done")));

        // Topic accuracy: one bar per topic, each the store's percentage.
        const auto topics = store.topicAccuracy();
        auto *bars = seriesOf<QHorizontalBarSeries>(page.topicChart());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        QCOMPARE(bars->barSets().first()->count(), topics.size());
        for (int i = 0; i < topics.size(); ++i) // drawn bottom-up, so reversed
            QCOMPARE(bars->barSets().first()->at(topics.size() - 1 - i), topics.at(i).accuracy() * 100.0);

        // Sessions over time: 30%, 50%, 60%, 80%, 90%.
        auto *line = seriesOf<QLineSeries>(page.sessionChart());
        QVERIFY(line);
        QCOMPARE(line->count(), 5);
        const QList<double> scores{30, 50, 60, 80, 90};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(line->at(i).y(), scores.at(i));

        // Most missed: the three questions of set 42 missed in several sessions come first.
        const auto missed = store.mostMissed(10);
        QCOMPARE(page.missedList()->topLevelItemCount(), missed.size());
        QCOMPARE(page.missedList()->topLevelItem(0)->data(0, Qt::UserRole).toString(), missed.first().questionId);
        QVERIFY(missed.first().questionId.startsWith(QStringLiteral("practice-42-")));

        QVERIFY(page.grab().save(screenshotDir() + QStringLiteral("/progress-page.png")));
    }

    void retryIsOneClickAway()
    {
        QTemporaryDir dir;
        ProgressStore store(dir.filePath(QStringLiteral("p.sqlite")));
        fillWeek(store);
        ft::ui::ProgressPage page(&store);
        page.refresh();
        QSignalSpy retry(&page, &ft::ui::ProgressPage::retryRequested);
        QTreeWidgetItem *first = page.missedList()->topLevelItem(0);
        auto *button = qobject_cast<QPushButton *>(page.missedList()->itemWidget(first, 2));
        QVERIFY(button);
        button->click();
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.first().first().toString(), first->data(0, Qt::UserRole).toString());
    }

    void emptyStoreShowsWhatWillAppear()
    {
        QTemporaryDir dir;
        ProgressStore store(dir.filePath(QStringLiteral("p.sqlite")));
        ft::ui::ProgressPage page(&store);
        page.setLessons(course());
        QVERIFY(page.topicChart()->chart()->series().isEmpty());
        QVERIFY(!page.topicChart()->chart()->title().isEmpty());
        QVERIFY(!page.sessionChart()->chart()->title().isEmpty());
        QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("0 of 5")));
    }

    void resetNeedsConfirmation()
    {
        QTemporaryDir dir;
        ProgressStore store(dir.filePath(QStringLiteral("p.sqlite")));
        fillWeek(store);
        ft::ui::ProgressPage page(&store);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy reset(&page, &ft::ui::ProgressPage::progressReset);

        page.resetButton()->click();
        QMessageBox *box = waitForMessageBox(&page);
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(20);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(store.answers().size(), 50);

        page.resetButton()->click();
        box = waitForMessageBox(&page);
        QVERIFY(box);
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmReset"));
        QVERIFY(confirm);
        confirm->click();
        QTRY_COMPARE(reset.size(), 1);
        QVERIFY(store.answers().isEmpty());
        QCOMPARE(page.missedList()->topLevelItemCount(), 1); // "Nothing missed yet."
        QVERIFY(page.missedList()->itemWidget(page.missedList()->topLevelItem(0), 2) == nullptr);
    }

    void exportWritesTheStoresCsvAndSaysWhere()
    {
        QTemporaryDir dir;
        ProgressStore store(dir.filePath(QStringLiteral("p.sqlite")));
        fillWeek(store);
        ft::ui::ProgressPage page(&store);
        QSignalSpy message(&page, &ft::ui::ProgressPage::messageChanged);
        const QString file = dir.filePath(QStringLiteral("results.csv"));
        QVERIFY(page.exportTo(file));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readAll()).remove(QChar(0xFEFF)), store.csv());
        QCOMPARE(message.size(), 1);
        QVERIFY(message.first().first().toString().contains(QStringLiteral("results.csv")));
    }

    // The whole loop in the real window: endless practice -> answer -> stored -> retry / review.
    void wiringRecordsAnswersAndRunsPracticeAndReview()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
        qputenv("FLATTEN_TUTOR_PROGRESS", path.toLocal8Bit());
        ft::ui::MainWindow window{ft::content::ContentLibrary()};
        qunsetenv("FLATTEN_TUTOR_PROGRESS");
        auto *wiring = window.findChild<ft::ui::ProgressWiring *>();
        QVERIFY(wiring);
        QCOMPARE(wiring->store().path(), path);
        QVERIFY(qobject_cast<ft::ui::ProgressPage *>(window.page(ft::ui::ScreenId::Progress)));
        QVERIFY(window.quizRunner()->findChild<QSpinBox *>(QStringLiteral("practiceSet")));

        // The Practice screen offers endless practice and review under the question sets.
        window.resize(1180, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ft::ui::ScreenId::Practice);
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/practice-start.png")));

        wiring->seedBox()->setValue(42);
        wiring->startEndlessPractice(42);
        ft::ui::QuizRunner *runner = window.quizRunner();
        QCOMPARE(runner->questionCount(), ft::ui::ProgressWiring::EndlessRoundSize);
        QCOMPARE(runner->currentQuestion()->id, QStringLiteral("practice-42-0"));
        QCOMPARE(window.currentPageId(), ft::ui::ScreenId::Practice);

        // Answer wrongly on purpose: the first option that is not right (options show in file order).
        const ft::content::Question question = *runner->currentQuestion();
        QSignalSpy checked(runner, &ft::ui::QuizRunner::answerChecked);
        int wrong = 0;
        while (question.options.at(wrong).correct)
            ++wrong;
        runner->chooseOption(wrong);
        QVERIFY(runner->checkAnswer());
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.first().at(2).toBool(), false);
        const QList<AnswerRecord> answers = wiring->store().answers();
        QVERIFY(!answers.isEmpty());
        QCOMPARE(answers.last().questionId, question.id);
        QCOMPARE(answers.last().correct, false);
        QCOMPARE(answers.last().topics, question.tags);
        QCOMPARE(wiring->store().sessions().first().kind, QStringLiteral("endless"));

        // The missed question is due for review today and comes back first.
        QCOMPARE(wiring->dueForReview(), QStringList{question.id});
        QVERIFY(wiring->reviewButton()->isEnabled());
        wiring->startReview();
        QCOMPARE(runner->questionCount(), 1);
        QCOMPARE(runner->currentQuestion()->id, question.id);
        QCOMPARE(runner->title(), QStringLiteral("Review: questions you missed"));
    }

    // Issue 16.5: the progress charts stayed white on a dark desktop. They take the palette's
    // colours, when built and when the desktop switches theme.
    void chartsFollowThePalette()
    {
        QTemporaryDir dir;
        ProgressStore store(dir.filePath(QStringLiteral("p.sqlite")));
        fillWeek(store);
        ft::ui::ProgressPage page(&store);
        page.setLessons(course());
        page.refresh();
        const QPalette original = QApplication::palette();
        for (QChartView *view : {page.topicChart(), page.sessionChart()})
            QCOMPARE(view->chart()->backgroundBrush().color(), page.palette().color(QPalette::Base));
        QPalette dark = original;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        QApplication::setPalette(dark);
        QApplication::processEvents();
        for (QChartView *view : {page.topicChart(), page.sessionChart()}) {
            QCOMPARE(view->chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
            for (QAbstractAxis *axis : view->chart()->axes())
                QCOMPARE(axis->labelsColor(), QColor(0xe6, 0xe6, 0xe6));
            // The session scores' point labels too (they stayed dark grey on the dark chart).
            for (QAbstractSeries *series : view->chart()->series())
                if (auto *xy = qobject_cast<QXYSeries *>(series); xy && xy->pointLabelsVisible())
                    QCOMPARE(xy->pointLabelsColor(), QColor(0xe6, 0xe6, 0xe6));
        }
        QApplication::setPalette(original);
    }

    // Issue 16.5: with 10+ topics every axis label became "…", a 0% topic drew no bar and no
    // number, a session of 2 right out of 7 read "28.5714%", and "Missed most" showed raw Markdown.
    void progressChartsStayReadable()
    {
        QTemporaryDir dir;
        ProgressStore store(dir.filePath(QStringLiteral("p.sqlite")));
        // Twelve topics; "never-right" is always missed. One session of 7 answers, 2 right.
        const qint64 session = store.beginSession(QStringLiteral("quiz"), QStringLiteral("Twelve topics"), kStart);
        for (int q = 0; q < 7; ++q) {
            AnswerRecord answer;
            answer.questionId = QStringLiteral("q-%1").arg(q);
            answer.correct = q < 2;
            answer.chosen = {0};
            answer.answeredAt = kStart.addSecs(30 * q);
            answer.sessionId = session;
            answer.topics = {q < 2 ? QStringLiteral("batch") : QStringLiteral("never-right")};
            for (int t = 0; t < 10; ++t)
                answer.topics << QStringLiteral("topic-number-%1").arg(t);
            store.recordAnswer(answer);
        }
        ft::ui::ProgressPage page(&store);
        page.setLessons(course());
        page.resize(1180, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::processEvents();
        QVERIFY(page.grab().save(screenshotDir() + QStringLiteral("/progress-many-topics.png")));

        // Every rendered text of the topic chart reads in full.
        const auto texts = [](QChartView *view) {
            QList<QGraphicsTextItem *> items;
            for (QGraphicsItem *item : view->scene()->items())
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                    items << text;
            return items;
        };
        QStringList shown;
        for (QGraphicsTextItem *text : texts(page.topicChart()))
            shown << text->toPlainText();
        QCOMPARE(store.topicAccuracy().size(), 12);
        for (const auto &topic : store.topicAccuracy()) {
            const QString label = QStringLiteral("%1: %2% of %3").arg(QString(topic.topic).replace(QLatin1Char('-'), QLatin1Char(' ')))
                                      .arg(qRound(topic.accuracy() * 100)).arg(topic.answered);
            QVERIFY2(shown.contains(label), qPrintable(label + QStringLiteral(" not in ") + shown.join(QLatin1Char('|'))));
        }
        // Including the 0% topic and the 2-of-7 ones, in whole percents.
        QVERIFY(shown.contains(QStringLiteral("never right: 0% of 5")));
        QVERIFY(shown.contains(QStringLiteral("topic number 3: 29% of 7")));
        QVERIFY2(!shown.join(QString()).contains(QStringLiteral("…")), qPrintable(shown.join(QLatin1Char('|'))));
        const QRectF plot = page.topicChart()->chart()->plotArea();
        QVERIFY(plot.height() > page.fontMetrics().height() * 12 * 1.5);

        // The session's point reads 29%.
        auto *points = seriesOf<QScatterSeries>(page.sessionChart());
        QVERIFY(points);
        QCOMPARE(points->at(0).y(), 29.0);
    }

    // Issue 16.5: starting maximized on Progress drew every axis label twice. Each chart's scene
    // holds each visible axis label once.
    void startingMaximizedOnProgressDrawsEachLabelOnce()
    {
        QTemporaryDir dir;
        // Settings in a folder of this test's own (never the learner's).
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        qputenv("FLATTEN_TUTOR_PROGRESS", dir.filePath(QStringLiteral("progress.sqlite")).toLocal8Bit());
        {
            ProgressStore store(dir.filePath(QStringLiteral("progress.sqlite")));
            fillWeek(store);
        }
        QSettings().setValue(QStringLiteral("mainWindow/page"), QStringLiteral("progress"));
        ft::ui::MainWindow window{ft::content::ContentLibrary::load({QStringLiteral(FT_SOURCE_DIR)})};
        qunsetenv("FLATTEN_TUTOR_PROGRESS");
        window.showMaximized();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPageId(), ft::ui::ScreenId::Progress);
        QApplication::processEvents();
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/progress-maximized.png")));
        auto *page = qobject_cast<ft::ui::ProgressPage *>(window.currentPage());
        QVERIFY(page);
        for (QChartView *view : {page->topicChart(), page->sessionChart()}) {
            QStringList labels;
            for (QGraphicsItem *item : view->scene()->items()) {
                auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                if (text && text->isVisible() && text->toPlainText().endsWith(QLatin1Char('%')) && text->sceneBoundingRect().intersects(view->sceneRect()))
                    labels << text->toPlainText() + QStringLiteral("@") + QString::number(qRound(text->sceneBoundingRect().center().y()));
            }
            QVERIFY(!labels.isEmpty());
            const QSet<QString> unique(labels.begin(), labels.end());
            QVERIFY2(unique.size() == labels.size(), qPrintable(labels.join(QLatin1Char(' '))));
        }
        QSettings().remove(QStringLiteral("mainWindow/page"));
    }

    // "Missed most" names a question by its readable text: no Markdown, no internal id.
    // Issue 16.5: a long question title in "Missed most" was cut at the column's edge (its row
    // stayed one line high). Each title wraps within its column and its row is as tall as the
    // wrapped text and its Retry button, at a narrow and a wide window and in larger type; the
    // tooltip holds the whole title.
    void longMissedTitlesWrapInsteadOfBeingCut_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("typeScale");
        for (const int width : {640, 1024, 1920})
            for (const double typeScale : {1.0, 1.5})
                QTest::addRow("%dpx x%.1f", width, typeScale) << width << typeScale;
    }
    void longMissedTitlesWrapInsteadOfBeingCut()
    {
        QFETCH(int, width);
        QFETCH(double, typeScale);
        QTemporaryDir dir;
        ProgressStore store(dir.filePath(QStringLiteral("p.sqlite")));
        const qint64 session = store.beginSession(QStringLiteral("quiz"), QStringLiteral("Shapes"), kStart);
        for (const QString &id : {QStringLiteral("long"), QStringLiteral("short")}) {
            AnswerRecord answer;
            answer.questionId = id;
            answer.correct = false;
            answer.chosen = {1};
            answer.answeredAt = kStart;
            answer.sessionId = session;
            answer.topics = {QStringLiteral("batch")};
            QVERIFY(store.recordAnswer(answer) > 0);
        }
        const QString longTitle = QStringLiteral("What shape comes out of nn.Flatten() for an input of shape (16, 3, 28, 28) "
                                                 "when the model then feeds it to nn.Linear(3 * 28 * 28, 10) and a batch of sixteen pictures goes in?");
        ft::ui::ProgressPage page(&store);
        QFont type = page.font();
        type.setPointSizeF(type.pointSizeF() * typeScale);
        page.setFont(type);
        page.setQuestionTitle([&](const QString &id) { return id == QStringLiteral("long") ? longTitle : QStringLiteral("Short one"); });
        page.setLessons(course());
        page.resize(width, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.refresh();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();

        QTreeWidget *missed = page.missedList();
        QTreeWidgetItem *item = nullptr;
        for (int i = 0; i < missed->topLevelItemCount(); ++i)
            item = missed->topLevelItem(i)->text(0) == longTitle ? missed->topLevelItem(i) : item;
        QVERIFY(item);
        QCOMPARE(item->toolTip(0), longTitle);
        const QRect row = missed->visualItemRect(item);
        // The title wrapped at the column's width, less the item's text margins.
        const int textWidth = missed->columnWidth(0) - 2 * (missed->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, missed) + 1);
        const QRect wrapped = QFontMetrics(missed->font()).boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, longTitle);
        QVERIFY2(wrapped.height() > QFontMetrics(missed->font()).height(), "the test title is longer than its column");
        QVERIFY2(row.height() >= wrapped.height(),
                 qPrintable(QStringLiteral("row %1 px high for %2 px of wrapped title").arg(row.height()).arg(wrapped.height())));
        auto *retry = qobject_cast<QPushButton *>(missed->itemWidget(item, 2));
        QVERIFY(retry);
        QVERIFY2(row.height() >= retry->sizeHint().height(),
                 qPrintable(QStringLiteral("row %1 px, Retry needs %2 px").arg(row.height()).arg(retry->sizeHint().height())));
        QVERIFY(page.grab().save(screenshotDir() + QStringLiteral("/progress-missed-%1-x%2.png").arg(width).arg(typeScale)));
    }

    void missedQuestionsReadAsText()
    {
        const auto library = ft::content::ContentLibrary::load({QStringLiteral(FT_SOURCE_DIR)});
        QVERIFY(library.questions().size() > 20);
        for (const ft::content::Question &question : library.questions()) {
            const QString title = ft::ui::ProgressPage::questionTitle(question);
            QVERIFY2(title != question.id, qPrintable(question.id));
            for (const QString &markup : {QStringLiteral("**"), QStringLiteral("`"), QStringLiteral("]("), QStringLiteral("\\")})
                QVERIFY2(!title.contains(markup), qPrintable(question.id + QStringLiteral(": ") + title));
        }
    }

    // Regression (issue 16.2): a lesson marked done was forgotten at the next launch (no tick,
    // "0 of 9 done") while Progress said 1 of 9; and the app reopened at lesson 1. The lesson
    // list reads the store, the last lesson read reopens, and "done" can be undone for good.
    void finishedLessonsAndTheLastLessonReadSurviveARestart()
    {
        QTemporaryDir dir;
        qputenv("FLATTEN_TUTOR_PROGRESS", dir.filePath(QStringLiteral("progress.sqlite")).toLocal8Bit());
        const auto library = ft::content::ContentLibrary::load({QStringLiteral(FT_SOURCE_DIR)});
        QVERIFY(library.lessons().size() >= 3);
        const QString first = library.lessons().at(0).id;
        {
            ft::ui::MainWindow window{library};
            ft::ui::LessonReader *reader = window.lessonReader();
            QCOMPARE(reader->currentLessonId(), first);
            reader->markCurrentDone();
            reader->openLessonAt(2);
            window.close(); // saves the settings
        }
        {
            ft::ui::MainWindow again{library};
            ft::ui::LessonReader *reader = again.lessonReader();
            QVERIFY(reader->isLessonDone(first));
            QVERIFY(reader->lessonList()->item(0)->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("done")));
            QCOMPARE(reader->currentIndex(), 2);
            QVERIFY(reader->findChild<QLabel *>(QStringLiteral("lessonPosition"))->text().startsWith(QStringLiteral("1 of ")));
            // Undo, and it stays undone.
            reader->openLesson(first);
            reader->toggleCurrentDone();
            QVERIFY(!reader->isLessonDone(first));
            auto *wiring = again.findChild<ft::ui::ProgressWiring *>();
            QVERIFY(!wiring->store().finishedLessonIds().contains(first));
        }
        ft::ui::MainWindow third{library};
        qunsetenv("FLATTEN_TUTOR_PROGRESS");
        QVERIFY(!third.lessonReader()->isLessonDone(first));
    }

    // Regression: the kind of a round leaked into the next one. Endless practice stopped before
    // any answer, then "All questions", was stored as `endless`; after an abandoned Retry, a
    // normal bank was stored (and exported) as `retry`. Each round now starts with its own kind.
    void eachRoundIsStoredWithItsOwnKind()
    {
        QTemporaryDir dir;
        qputenv("FLATTEN_TUTOR_PROGRESS", dir.filePath(QStringLiteral("progress.sqlite")).toLocal8Bit());
        ft::ui::MainWindow window{ft::content::ContentLibrary::load({QStringLiteral(FT_SOURCE_DIR)})};
        qunsetenv("FLATTEN_TUTOR_PROGRESS");
        auto *wiring = window.findChild<ft::ui::ProgressWiring *>();
        QVERIFY(wiring);
        ft::ui::QuizRunner *runner = window.quizRunner();
        QVERIFY(!runner->banks().isEmpty());
        QPushButton *stop = nullptr;
        for (QPushButton *button : runner->findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("Stop"))
                stop = button;
        QVERIFY(stop);
        const auto answerFirstOption = [runner] {
            runner->chooseOption(0);
            return runner->checkAnswer();
        };

        wiring->startEndlessPractice(7);
        QTest::mouseClick(stop, Qt::LeftButton); // stopped before answering anything
        QCOMPARE(runner->screen(), ft::ui::QuizRunner::Screen::Start);
        QVERIFY(runner->startBank(QString()));   // "All questions"
        QVERIFY(answerFirstOption());
        QCOMPARE(wiring->store().sessions().size(), 1);
        QCOMPARE(wiring->store().sessions().last().kind, QStringLiteral("quiz"));

        wiring->retryQuestion(runner->banks().first().questions.first().id);
        QCOMPARE(runner->title(), QStringLiteral("Retry a missed question"));
        QTest::mouseClick(stop, Qt::LeftButton); // the retry is abandoned
        QVERIFY(runner->startBank(runner->banks().last().id));
        QVERIFY(answerFirstOption());
        QCOMPARE(wiring->store().sessions().size(), 2);
        QCOMPARE(wiring->store().sessions().last().kind, QStringLiteral("quiz"));
        QCOMPARE(wiring->store().sessions().last().title, runner->banks().last().title);
        QVERIFY(!wiring->store().csv().contains(QStringLiteral(",retry,")));
        QVERIFY(!wiring->store().csv().contains(QStringLiteral(",endless,")));
    }
};

FT_REGISTER_TEST(ProgressPageTest)
#include "tst_progress_page.moc"
