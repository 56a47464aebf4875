#include "ui/class_playground.h"

#include "ui/class_editor.h"
#include "ui/code_editor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ft::ui {

ClassPlayground::ClassPlayground(const ft::content::PlaygroundBlock &block, QWidget *parent)
    : QWidget(parent)
    , m_input(block.inputText)
    , m_source(block.source)
{
    setObjectName(QStringLiteral("classPlayground"));
    setAccessibleName(tr("Class playground: input %1").arg(block.inputText));
    m_editor = new ClassEditor(this);
    m_editor->setCompact(true);
    m_resetButton = new QPushButton(tr("&Reset the class"), this);
    m_resetButton->setObjectName(QStringLiteral("resetClassButton"));
    m_resetButton->setAccessibleName(tr("Reset the class and its input to the lesson's"));
    m_resetButton->setToolTip(tr("Put back the lesson's class and input shape (Ctrl+Z undoes this)"));
    auto *note = new QLabel(tr("Edit the class or its input shape: each line shows its output shape on the right."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *row = new QHBoxLayout;
    row->addWidget(note, 1);
    row->addWidget(m_resetButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_editor);

    connect(m_resetButton, &QPushButton::clicked, this, &ClassPlayground::reset);
    reset();
    // The lesson's class is where undo starts: the editor's own first example is not in its history.
    m_editor->codeEditor()->document()->clearUndoRedoStacks();
}

void ClassPlayground::reset()
{
    m_editor->setInputText(m_input);
    m_editor->setSourceText(m_source);
    m_editor->retrace();
}

} // namespace ft::ui
