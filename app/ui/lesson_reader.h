// lesson_reader.h — the Lessons screen: the course's lessons in order with done marks on the left,
// the open lesson on the right (Markdown text with live playgrounds embedded where the lesson has
// a ```playground or ```playground-class block), and Previous / Mark as done / Next below it.
//
//     auto *reader = new ft::ui::LessonReader(this);
//     reader->setLessons(library.lessons());
//     reader->setDoneLessons(progress.doneLessonIds());           // restore the marks
//     connect(reader, &LessonReader::lessonFinished, store, &Store::markLessonDone);
//     connect(reader, &LessonReader::lessonUnfinished, store, &Store::clearLessonDone);
//
// A lesson counts as finished only when the reader says so: "Mark as done" or Ctrl+D
// (lessonFinished). The same button and key undo it (lessonUnfinished). Scrolling to the end or
// going on with Next never marks a lesson by itself.
#pragma once

#include "content/lesson.h"

#include <QSet>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace ft::ui {

class MarkdownView;

class LessonReader : public QWidget
{
    Q_OBJECT

public:
    // Makes the live widget for one ```playground block. The default builds a compact
    // FlattenPlayground for a Flatten block, a ModelBuilder for a block with a model and a
    // ClassPlayground for a ```playground-class block.
    using PlaygroundFactory = std::function<QWidget *(const ft::content::PlaygroundBlock &block, QWidget *parent)>;

    explicit LessonReader(QWidget *parent = nullptr);

    void setLessons(const QList<ft::content::Lesson> &lessons);
    const QList<ft::content::Lesson> &lessons() const { return m_lessons; }
    void setPlaygroundFactory(PlaygroundFactory factory) { m_playgroundFactory = std::move(factory); }

    // Done marks, e.g. restored from the progress store. Setting them emits nothing.
    void setDoneLessons(const QSet<QString> &ids);
    void setLessonDone(const QString &id, bool done);
    bool isLessonDone(const QString &id) const { return m_done.contains(id); }

    int currentIndex() const { return m_current; }
    QString currentLessonId() const;
    bool openLesson(const QString &id);
    void openLessonAt(int index);

    QListWidget *lessonList() const { return m_list; }
    // Hides the lesson list (presentation on a small projector); the lesson keeps its keys.
    void setLessonListVisible(bool visible);
    QScrollArea *scrollArea() const { return m_scroll; }
    // The widgets of the open lesson, in reading order.
    QList<MarkdownView *> textViews() const { return m_textViews; }
    QList<QWidget *> playgrounds() const { return m_playgrounds; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *doneButton() const { return m_doneButton; }

public slots:
    void showNext();
    void showPrevious();
    void markCurrentDone();
    void markCurrentNotDone();
    void toggleCurrentDone();

signals:
    void lessonOpened(const QString &id);
    void lessonFinished(const QString &id);
    void lessonUnfinished(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLessonView(const ft::content::Lesson &lesson);
    void refreshList();
    void refreshButtons();
    void updateColumnWidth();
    int textWidth() const;

    QList<ft::content::Lesson> m_lessons;
    QSet<QString> m_done;
    int m_current = -1;
    PlaygroundFactory m_playgroundFactory;

    QListWidget *m_list = nullptr;
    QWidget *m_listPanel = nullptr;      // the list and the "n of 9 done" line under it
    QScrollArea *m_scroll = nullptr;
    QWidget *m_column = nullptr;         // the lesson's reading column inside the scroll area
    QVBoxLayout *m_columnLayout = nullptr;
    QLabel *m_emptyNote = nullptr;
    QList<MarkdownView *> m_textViews;
    QList<QWidget *> m_playgrounds;
    QPushButton *m_previous = nullptr;
    QPushButton *m_doneButton = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_position = nullptr;
};

} // namespace ft::ui
