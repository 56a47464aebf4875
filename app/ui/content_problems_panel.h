// content_problems_panel.h — what is wrong in the lesson and question files, for the teacher who
// edits them: one line per problem ("quizzes/mine.md:12:3: option has no feedback"), warnings
// after them, and a Reload button that reads the files again without restarting the app.
//
//     auto *panel = new ContentProblemsPanel(dock);
//     panel->setLibrary(library);                                      // lists its problems
//     connect(panel, &ContentProblemsPanel::reloadRequested, window, &MainWindow::reloadContent);
//
// It shows; it does not load. The main window owns the library and puts the panel in a dock that
// stays closed until asked for (View ▸ Content problems), so nothing is shown in front of a class.
#pragma once

#include "content/content_library.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace ft::ui {

class ContentProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ContentProblemsPanel(QWidget *parent = nullptr);

    void setLibrary(const ft::content::ContentLibrary &library);
    // Every line shown, problems first: "file:line:column: message".
    QStringList lines() const;
    QPushButton *reloadButton() const { return m_reload; }

signals:
    void reloadRequested();

private:
    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_reload = nullptr;
};

} // namespace ft::ui
