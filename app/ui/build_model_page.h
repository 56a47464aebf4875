// build_model_page.h — the "Build a model" tab: a switch between the Sequential builder (one
// nn.Sequential(...) expression) and the Python class editor (a learner's own nn.Module class).
//
//     auto *page = new ft::ui::BuildModelPage(new ft::ui::ModelBuilder, new ft::ui::ClassEditor, this);
//     page->setMode(ft::ui::BuildModelPage::Mode::PythonClass);
#pragma once

#include <QWidget>

class QButtonGroup;
class QRadioButton;
class QStackedWidget;

namespace ft::ui {

class ClassEditor;
class ModelBuilder;

class BuildModelPage : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Sequential, PythonClass };

    // Takes ownership of both editors.
    BuildModelPage(ModelBuilder *builder, ClassEditor *classEditor, QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const;

    ModelBuilder *modelBuilder() const { return m_builder; }
    ClassEditor *classEditor() const { return m_classEditor; }
    QRadioButton *sequentialButton() const { return m_sequentialButton; }
    QRadioButton *classButton() const { return m_classButton; }

private:
    ModelBuilder *m_builder = nullptr;
    ClassEditor *m_classEditor = nullptr;
    QStackedWidget *m_stack = nullptr;
    QButtonGroup *m_group = nullptr;
    QRadioButton *m_sequentialButton = nullptr;
    QRadioButton *m_classButton = nullptr;
};

} // namespace ft::ui
