#include "main_window.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>

namespace ft::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Flatten Tutor"));
    resize(1100, 720);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setFixedWidth(180);
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    for (const QString &name : {tr("Lessons"), tr("Practice"), tr("Playground"), tr("Progress")}) {
        auto *placeholder = new QLabel(name, m_pages);
        placeholder->setAlignment(Qt::AlignCenter);
        addPage(name, placeholder);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
}

void MainWindow::addPage(const QString &name, QWidget *page)
{
    m_navigation->addItem(name);
    m_pages->addWidget(page);
}

} // namespace ft::ui
