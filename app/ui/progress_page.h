// progress_page.h — the Progress screen: lessons done, accuracy per topic, scores per practice
// session over time, the questions missed most (each one click from a retry), and the learner's
// own "Export my results" (CSV) and "Reset my progress" (after a confirmation).
//
//     auto *page = new ft::ui::ProgressPage(&store, this);
//     page->setLessons(library.lessons());
//     page->setQuestionTitle([&](const QString &id) { return titleOf(id); });
//     connect(page, &ProgressPage::retryRequested, this, &X::retryQuestion);
//
// The page only shows what the store computes; it refreshes whenever it is shown and on refresh().
#pragma once

#include "content/lesson.h"
#include "content/question.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace ft::content {
class ProgressStore;
}

namespace ft::ui {

class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPage(ft::content::ProgressStore *store, QWidget *parent = nullptr);

    // The course, so lessons never opened show as "not yet".
    void setLessons(const QList<ft::content::Lesson> &lessons);
    // Turns a question id into the short text shown in the most-missed list (default: the id).
    void setQuestionTitle(std::function<QString(const QString &)> title);
    // A one-line title for a question in lists: the stem's prose (code blocks left out, at most
    // ~90 characters), plus the input shape when the stem shows code.
    static QString questionTitle(const ft::content::Question &question);
    // How many review questions are due today, shown on the review button (0 hides it).
    void setReviewDue(int count);

    QTreeWidget *lessonList() const { return m_lessons; }
    QTreeWidget *missedList() const { return m_missed; }
    QChartView *topicChart() const { return m_topicChart; }
    QChartView *sessionChart() const { return m_sessionChart; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *resetButton() const { return m_resetButton; }
    QPushButton *reviewButton() const { return m_reviewButton; }

    // Writes the CSV; reports success or the reason through messageChanged.
    bool exportTo(const QString &fileName);

public slots:
    void refresh();
    // Opens a save dialog (non-blocking) and exports to the chosen file.
    void requestExport();
    // Asks "Reset my progress?" (non-blocking); only Yes resets.
    void requestReset();

signals:
    void retryRequested(const QString &questionId);
    void reviewRequested();
    void progressReset();
    // One sentence for the status bar.
    void messageChanged(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyChartColours();
    void fitChartsToType();
    void fillLessons();
    void fillTopics();
    void fillSessions();
    void fillMissed();

    ft::content::ProgressStore *m_store = nullptr;
    QList<ft::content::Lesson> m_courseLessons;
    std::function<QString(const QString &)> m_questionTitle;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_lessons = nullptr;
    QTreeWidget *m_missed = nullptr;
    QChartView *m_topicChart = nullptr;
    QChartView *m_sessionChart = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_reviewButton = nullptr;
};

} // namespace ft::ui
