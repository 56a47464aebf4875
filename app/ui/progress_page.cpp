#include "ui/progress_page.h"

#include "ui/chart_palette.h"
#include "ui/responsive_row.h"
#include "ui/padded_item_delegate.h"
#include "content/progress_store.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace ft::ui {

namespace {

// At most this many sessions in the chart: the recent trend is what a learner looks at.
constexpr int kChartSessions = 20;
constexpr int kMissedShown = 10;
constexpr double kRowPadding = 0.2; // lines above and below a row's text in the lists

QGroupBox *section(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

QChartView *makeChartView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->hide();
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    view->chart()->setBackgroundRoundness(0);
    return view;
}

// An empty chart says what will appear there instead of showing bare axes.
void showEmpty(QChart *chart, const QString &text)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(text);
}

QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(qRound(fraction * 100));
}

// A topic as a reader says it: tags are written "in-features", "silent_bug".
QString readableTopic(QString topic)
{
    topic.replace(QLatin1Char('-'), QLatin1Char(' '));
    topic.replace(QLatin1Char('_'), QLatin1Char(' '));
    return topic;
}

// The text a reader sees of a piece of Markdown (no `**`, backticks, link targets or escapes).
QString plainText(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    return document.toPlainText().simplified();
}

} // namespace

ProgressPage::ProgressPage(ft::content::ProgressStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("progressPage"));

    auto *title = new QLabel(QStringLiteral("<b><big>%1</big></b>").arg(tr("Your progress")), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    m_reviewButton = new QPushButton(this);
    m_reviewButton->setObjectName(QStringLiteral("startReview"));
    m_reviewButton->setToolTip(tr("The questions you missed come back until you answer them right on separate days"));
    m_exportButton = new QPushButton(tr("Export my results…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportResults"));
    m_exportButton->setToolTip(tr("Save every answer and finished lesson as a CSV file, e.g. for your teacher"));
    m_resetButton = new QPushButton(tr("Reset my progress…"), this);
    m_resetButton->setObjectName(QStringLiteral("resetProgress"));

    // The buttons on their own line under the summary, so the header fits a 1024-pixel screen.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reviewButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_resetButton);
    buttons->addStretch(1);
    auto *header = new QVBoxLayout;
    header->addWidget(title);
    header->addWidget(m_summary);
    header->addLayout(buttons);

    m_lessons = new QTreeWidget(this);
    m_lessons->setObjectName(QStringLiteral("lessonProgress"));
    m_lessons->setAccessibleName(tr("Lessons done"));
    m_lessons->setHeaderLabels({tr("Lesson"), tr("Status")});
    m_lessons->setRootIsDecorated(false);
    m_lessons->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lessons->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lessons->header()->setStretchLastSection(false);

    m_missed = new QTreeWidget(this);
    m_missed->setObjectName(QStringLiteral("mostMissed"));
    m_missed->setAccessibleName(tr("Questions missed most"));
    m_missed->setHeaderLabels({tr("Question"), tr("Missed"), QString()});
    m_missed->setRootIsDecorated(false);
    m_missed->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_missed->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_missed->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_missed->header()->setStretchLastSection(false);
    // Lesson and question titles read whole, on two lines if need be, instead of ending in "…"
    // (rows are measured again when a column's width changes).
    for (QTreeWidget *tree : {m_lessons, m_missed}) {
        tree->setItemDelegate(new PaddedItemDelegate(kRowPadding, tree));
        tree->setWordWrap(true);
        tree->setTextElideMode(Qt::ElideNone);
        tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        connect(tree->header(), &QHeaderView::sectionResized, tree, [tree] { tree->doItemsLayout(); });
    }

    m_topicChart = makeChartView(QStringLiteral("topicChart"), this);
    m_topicChart->setAccessibleName(tr("Right answers per topic"));
    m_sessionChart = makeChartView(QStringLiteral("sessionChart"), this);
    m_sessionChart->setAccessibleName(tr("Score per practice session"));

    // Two sections side by side when there is room, one under the other on a small screen.
    auto *top = new ResponsiveRow(140, this);
    top->addWidget(section(tr("Lessons"), m_lessons, this));
    top->addWidget(section(tr("Right answers per topic"), m_topicChart, this));
    auto *bottom = new ResponsiveRow(140, this);
    bottom->addWidget(section(tr("Score per practice session, oldest to newest"), m_sessionChart, this));
    bottom->addWidget(section(tr("Missed most — retry them"), m_missed, this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(top, 1);
    layout->addWidget(bottom, 1);

    connect(m_exportButton, &QPushButton::clicked, this, &ProgressPage::requestExport);
    connect(m_resetButton, &QPushButton::clicked, this, &ProgressPage::requestReset);
    connect(m_reviewButton, &QPushButton::clicked, this, &ProgressPage::reviewRequested);
    setReviewDue(0);
}

void ProgressPage::setLessons(const QList<ft::content::Lesson> &lessons)
{
    m_courseLessons = lessons;
    refresh();
}

void ProgressPage::setQuestionTitle(std::function<QString(const QString &)> title)
{
    m_questionTitle = std::move(title);
    refresh();
}

QString ProgressPage::questionTitle(const ft::content::Question &question)
{
    QStringList prose;
    bool inCode = false, hadCode = false;
    for (const QString &line : question.stem.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QStringLiteral("```"))) {
            inCode = !inCode;
            hadCode = true;
            continue;
        }
        if (!inCode && !line.trimmed().isEmpty())
            prose << line.trimmed();
    }
    QString text = plainText(prose.join(QLatin1Char('\n')));
    if (hadCode && !question.inputText.isEmpty())
        text = tr("x (%1): %2").arg(question.inputText, text);
    if (text.size() > 90)
        text = text.left(88) + QStringLiteral("…");
    return text.isEmpty() ? question.id : text;
}

void ProgressPage::setReviewDue(int count)
{
    m_reviewButton->setText(count == 1 ? tr("Review 1 missed question") : tr("Review %1 missed questions").arg(count));
    m_reviewButton->setVisible(count > 0);
}

void ProgressPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void ProgressPage::applyChartColours()
{
    for (QChartView *view : {m_topicChart, m_sessionChart})
        applyChartPalette(view->chart(), palette());
}

void ProgressPage::changeEvent(QEvent *event)
{
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_topicChart)
        applyChartColours();
    if (event->type() == QEvent::FontChange && m_topicChart)
        fitChartsToType();
    QWidget::changeEvent(event);
}

void ProgressPage::fitChartsToType()
{
    // Every topic gets a line and a half of the current type, so no axis label is cut to "…";
    // zoom and presentation type grow the charts' text with everything else.
    const int line = fontMetrics().height();
    const int topics = int(m_topicChart->chart()->axes(Qt::Vertical).isEmpty() ? 0 : m_store->topicAccuracy().size());
    m_topicChart->setMinimumHeight(std::max(line * 14, line * 2 * topics + line * 5));
    m_sessionChart->setMinimumHeight(line * 14);
    // The lists keep room for several rows when the sections stand one under the other.
    const int row = int(std::ceil(line * (1 + 2 * kRowPadding)));
    m_lessons->setMinimumHeight(row * std::min(12, int(m_courseLessons.size()) + 1) + 2 * line);
    m_missed->setMinimumHeight(line * 8);
    for (QChartView *view : {m_topicChart, m_sessionChart})
        applyChartFont(view->chart(), font());
}

void ProgressPage::refresh()
{
    if (!m_store)
        return;
    fillLessons();
    fillTopics();
    fillSessions();
    fillMissed();
    applyChartColours();
    fitChartsToType();

    const QList<ft::content::AnswerRecord> answers = m_store->answers();
    int right = 0;
    for (const auto &answer : answers)
        right += answer.correct ? 1 : 0;
    int done = 0;
    for (const auto &lesson : m_store->lessons())
        done += lesson.isFinished() ? 1 : 0;
    QStringList parts;
    if (!m_courseLessons.isEmpty())
        parts << tr("%1 of %2 lessons done").arg(done).arg(m_courseLessons.size());
    if (answers.isEmpty())
        parts << tr("no questions answered yet");
    else
        parts << (answers.size() == 1 ? tr("1 answer, %1 right") : tr("%1 answers, %2 right").arg(answers.size()))
                     .arg(percent(double(right) / answers.size()));
    const qsizetype sessions = m_store->sessions().size();
    parts << (sessions == 1 ? tr("1 practice session") : tr("%1 practice sessions").arg(sessions));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void ProgressPage::fillLessons()
{
    m_lessons->clear();
    QHash<QString, ft::content::LessonProgress> byId;
    for (const auto &lesson : m_store->lessons())
        byId.insert(lesson.lessonId, lesson);
    const auto addRow = [this](const QString &title, const ft::content::LessonProgress *progress) {
        auto *item = new QTreeWidgetItem(m_lessons);
        const bool done = progress && progress->isFinished();
        item->setText(0, (done ? QStringLiteral("✓  ") : QStringLiteral("○  ")) + title);
        if (done)
            item->setText(1, tr("Done %1").arg(QLocale().toString(progress->finished.toLocalTime().date(), QLocale::ShortFormat)));
        else
            item->setText(1, progress ? tr("Started") : tr("Not yet"));
        item->setData(0, Qt::UserRole, done);
        if (!done)
            item->setForeground(1, palette().brush(QPalette::PlaceholderText));
    };
    for (const auto &lesson : m_courseLessons) {
        const auto it = byId.constFind(lesson.id);
        addRow(lesson.title, it == byId.cend() ? nullptr : &*it);
        byId.remove(lesson.id);
    }
    // Lessons the store knows but the course no longer has (renamed or removed content).
    for (const auto &progress : std::as_const(byId))
        addRow(progress.lessonId, &progress);
}

void ProgressPage::fillTopics()
{
    QChart *chart = m_topicChart->chart();
    const QList<ft::content::TopicAccuracy> topics = m_store->topicAccuracy();
    if (topics.isEmpty()) {
        showEmpty(chart, tr("Answer a few questions to see how you do per topic."));
        return;
    }
    showEmpty(chart, QString());
    auto *set = new QBarSet(tr("Right answers"));
    QStringList labels;
    // Bottom to top in a horizontal bar chart: reverse so the list reads A to Z downwards.
    // Each topic's label carries its whole percent ("batch: 29% of 7", not "28.5714%"), so a
    // topic never answered right still reads "0%" where its bar would be (Qt Charts draws no bar
    // and no bar label for a zero).
    for (auto it = topics.crbegin(); it != topics.crend(); ++it) {
        *set << it->accuracy() * 100.0;
        labels << tr("%1: %2 of %3").arg(readableTopic(it->topic), percent(it->accuracy())).arg(it->answered);
    }
    set->setColor(palette().color(QPalette::Highlight));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setLabelFormat(QStringLiteral("%d%"));
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(25);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
}

void ProgressPage::fillSessions()
{
    QChart *chart = m_sessionChart->chart();
    QList<ft::content::PracticeSession> sessions = m_store->sessions();
    if (sessions.isEmpty()) {
        showEmpty(chart, tr("Finish a practice round to start your score chart."));
        return;
    }
    showEmpty(chart, QString());
    if (sessions.size() > kChartSessions)
        sessions = sessions.mid(sessions.size() - kChartSessions);
    auto *line = new QLineSeries;
    auto *points = new QScatterSeries;
    points->setMarkerSize(9);
    const QColor colour = palette().color(QPalette::Highlight);
    line->setColor(colour);
    points->setColor(colour);
    points->setBorderColor(colour);
    for (int i = 0; i < sessions.size(); ++i) {
        const auto &session = sessions.at(i);
        line->append(i + 1, session.score() * 100.0);
        points->append(i + 1, qRound(session.score() * 100.0)); // its label reads "29%", not "28.5714%"
    }
    points->setPointLabelsVisible(true);
    points->setPointLabelsFormat(QStringLiteral("@yPoint%"));
    points->setPointLabelsClipping(false);
    chart->addSeries(line);
    chart->addSeries(points);
    // Sessions by number (dates of same-day sessions collided and were cut to "1 D..."); the axis
    // title gives the days they span.
    auto *x = new QValueAxis;
    x->setRange(0.5, sessions.size() + 0.5);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0); // 1, 2, 3 … or 5, 10, 15 …
    x->setTickInterval(sessions.size() <= 10 ? 1 : 5);
    x->setGridLineVisible(false);
    const auto day = [](const ft::content::PracticeSession &session) {
        return QLocale().toString(session.startedAt.toLocalTime().date(), QStringLiteral("d MMM"));
    };
    const QString first = day(sessions.first()), last = day(sessions.last());
    x->setTitleText(first == last ? tr("session, %1").arg(first) : tr("session, %1 – %2").arg(first, last));
    auto *y = new QValueAxis;
    y->setRange(0, 110);
    y->setTickCount(5);
    y->setTickInterval(25);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setLabelFormat(QStringLiteral("%d%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void ProgressPage::fillMissed()
{
    m_missed->clear();
    const QList<ft::content::MissedQuestion> missed = m_store->mostMissed(kMissedShown);
    if (missed.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_missed, {tr("Nothing missed yet.")});
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const auto &question : missed) {
        const QString title = m_questionTitle ? m_questionTitle(question.questionId) : question.questionId;
        auto *item = new QTreeWidgetItem(m_missed, {title, tr("%1 of %2").arg(question.misses).arg(question.attempts)});
        item->setData(0, Qt::UserRole, question.questionId);
        item->setToolTip(0, title);
        auto *retry = new QPushButton(tr("Retry"), m_missed);
        retry->setObjectName(QStringLiteral("retry-") + question.questionId);
        retry->setAccessibleName(tr("Retry %1").arg(title));
        const QString id = question.questionId;
        connect(retry, &QPushButton::clicked, this, [this, id] { emit retryRequested(id); });
        m_missed->setItemWidget(item, 2, retry);
    }
}

bool ProgressPage::exportTo(const QString &fileName)
{
    QString error;
    if (!m_store || !m_store->exportCsv(fileName, &error)) {
        emit messageChanged(tr("Your results could not be saved to %1 (%2).").arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    emit messageChanged(tr("Your results were saved to %1.").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

void ProgressPage::requestExport()
{
    auto *dialog = new QFileDialog(this, tr("Export my results"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("flatten-tutor-results-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { exportTo(file); });
    dialog->open();
}

void ProgressPage::requestReset()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reset my progress?"),
                                tr("This forgets every answer, practice session and finished lesson on this computer. "
                                   "Export your results first if you want to keep them."),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("resetConfirmation"));
    QPushButton *reset = box->addButton(tr("Reset my progress"), QMessageBox::DestructiveRole);
    reset->setObjectName(QStringLiteral("confirmReset"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, reset](QAbstractButton *button) {
        if (button != reset || !m_store)
            return;
        if (m_store->reset()) {
            refresh();
            emit progressReset();
            emit messageChanged(tr("Your progress was reset; a fresh start."));
        } else {
            emit messageChanged(tr("Your progress could not be reset (%1).").arg(m_store->lastError()));
        }
    });
    box->open();
}

} // namespace ft::ui
