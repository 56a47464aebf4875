// main_window.h — the app's frame: a navigation list (Lessons, Practice, Playground, Progress)
// on the left, the chosen screen on the right.
#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace ft::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }

private:
    void addPage(const QString &name, QWidget *page);

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
};

} // namespace ft::ui
