// playground_page.h — the Playground screen: the flatten playground and the model builder, one tab each.
//
//     auto *page = new ft::ui::PlaygroundPage(this);
//     page->showModelBuilder();          // e.g. from a lesson's "try it" link
#pragma once

#include <QWidget>

class QTabWidget;

namespace ft::ui {

class FlattenPlayground;
class ModelBuilder;

class PlaygroundPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaygroundPage(QWidget *parent = nullptr);

    FlattenPlayground *flattenPlayground() const { return m_playground; }
    ModelBuilder *modelBuilder() const { return m_builder; }
    QTabWidget *tabs() const { return m_tabs; }

    void showFlattenPlayground();
    void showModelBuilder();

private:
    QTabWidget *m_tabs = nullptr;
    FlattenPlayground *m_playground = nullptr;
    ModelBuilder *m_builder = nullptr;
};

} // namespace ft::ui
