#include "ui/build_model_page.h"

#include "ui/class_editor.h"
#include "ui/model_builder.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ft::ui {

BuildModelPage::BuildModelPage(ModelBuilder *builder, ClassEditor *classEditor, QWidget *parent)
    : QWidget(parent), m_builder(builder), m_classEditor(classEditor)
{
    setObjectName(QStringLiteral("buildModelPage"));
    setAccessibleName(tr("Build a model"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(0);

    auto *switchRow = new QHBoxLayout;
    switchRow->setContentsMargins(11, 0, 11, 0);
    auto *caption = new QLabel(tr("Write the model as"), this);
    m_sequentialButton = new QRadioButton(tr("nn.&Sequential(...)"), this);
    m_sequentialButton->setObjectName(QStringLiteral("sequentialModeButton"));
    m_sequentialButton->setAccessibleName(tr("Sequential mode: one nn.Sequential expression"));
    m_classButton = new QRadioButton(tr("a &Python class"), this);
    m_classButton->setObjectName(QStringLiteral("classModeButton"));
    m_classButton->setAccessibleName(tr("Python class mode: your own nn.Module class"));
    m_group = new QButtonGroup(this);
    m_group->addButton(m_sequentialButton, int(Mode::Sequential));
    m_group->addButton(m_classButton, int(Mode::PythonClass));
    switchRow->addWidget(caption);
    switchRow->addSpacing(8);
    switchRow->addWidget(m_sequentialButton);
    switchRow->addSpacing(8);
    switchRow->addWidget(m_classButton);
    switchRow->addStretch(1);
    layout->addLayout(switchRow);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_builder);
    m_stack->addWidget(m_classEditor);
    layout->addWidget(m_stack, 1);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_stack->setCurrentIndex(id);
    });
    setMode(Mode::Sequential);
}

void BuildModelPage::setMode(Mode mode)
{
    m_group->button(int(mode))->setChecked(true);
    m_stack->setCurrentIndex(int(mode));
}

BuildModelPage::Mode BuildModelPage::mode() const { return Mode(m_stack->currentIndex()); }

} // namespace ft::ui
