// playground_page.h — the Playground screen: the flatten playground and the model builder (Sequential
// or Python class, see BuildModelPage), one tab each.
//
//     auto *page = new ft::ui::PlaygroundPage(this);
//     page->showModelBuilder();          // e.g. from a lesson's "try it" link
#pragma once

#include <QWidget>

class QTabWidget;

namespace ft::ui {

class BuildModelPage;
class ClassEditor;
class FlattenPlayground;
class ModelBuilder;

class PlaygroundPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaygroundPage(QWidget *parent = nullptr);

    FlattenPlayground *flattenPlayground() const { return m_playground; }
    ModelBuilder *modelBuilder() const { return m_builder; }
    ClassEditor *classEditor() const;
    QTabWidget *tabs() const { return m_tabs; }
    BuildModelPage *buildModelPage() const { return m_buildPage; }

    void showFlattenPlayground();
    void showModelBuilder();
    // The "Build a model" tab in its Python class mode.
    void showClassEditor();

private:
    QTabWidget *m_tabs = nullptr;
    FlattenPlayground *m_playground = nullptr;
    ModelBuilder *m_builder = nullptr;
    BuildModelPage *m_buildPage = nullptr;
};

} // namespace ft::ui
