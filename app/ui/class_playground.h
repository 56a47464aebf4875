// class_playground.h — a lesson's ```playground-class block, live: the class editor in its compact
// form, preloaded with the lesson's class and input shape, and a Reset button that brings them back.
//
//     auto *p = new ft::ui::ClassPlayground(lesson.playgrounds().first(), this);
//     p->editor()->outputLabel()->text();   // "forward() returns (4, 10)"
//     p->editor()->setInputText("4, 1, 56, 56");  // the Linear's line turns red, with the fix
//     p->reset();                           // the lesson's class and input again
//
// The learner edits forward() in the lesson itself and sees each line's shape, the error with its
// explanation and fix, or the silent batch change, as in the Playground's class editor.
#pragma once

#include "content/lesson.h"

#include <QWidget>

class QPushButton;

namespace ft::ui {

class ClassEditor;

class ClassPlayground : public QWidget
{
    Q_OBJECT

public:
    explicit ClassPlayground(const ft::content::PlaygroundBlock &block, QWidget *parent = nullptr);

    ClassEditor *editor() const { return m_editor; }
    QPushButton *resetButton() const { return m_resetButton; }

public slots:
    // The lesson's class and input shape again; Ctrl+Z brings the learner's version back.
    void reset();

private:
    QString m_input;
    QString m_source;
    ClassEditor *m_editor = nullptr;
    QPushButton *m_resetButton = nullptr;
};

} // namespace ft::ui
