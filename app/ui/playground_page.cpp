#include "ui/playground_page.h"

#include "ui/build_model_page.h"
#include "ui/class_editor.h"
#include "ui/flatten_playground.h"
#include "ui/model_builder.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ft::ui {

PlaygroundPage::PlaygroundPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("playgroundPage"));
    setAccessibleName(tr("Playground"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("playgroundTabs"));
    m_tabs->setDocumentMode(true);
    m_playground = new FlattenPlayground(m_tabs);
    m_builder = new ModelBuilder(m_tabs);
    m_buildPage = new BuildModelPage(m_builder, new ClassEditor, m_tabs);
    m_tabs->addTab(m_playground, tr("&Flatten a tensor"));
    m_tabs->addTab(m_buildPage, tr("&Build a model"));
    layout->addWidget(m_tabs);
}

ClassEditor *PlaygroundPage::classEditor() const { return m_buildPage->classEditor(); }

void PlaygroundPage::showFlattenPlayground() { m_tabs->setCurrentWidget(m_playground); }

void PlaygroundPage::showModelBuilder()
{
    m_buildPage->setMode(BuildModelPage::Mode::Sequential);
    m_tabs->setCurrentWidget(m_buildPage);
}

void PlaygroundPage::showClassEditor()
{
    m_buildPage->setMode(BuildModelPage::Mode::PythonClass);
    m_tabs->setCurrentWidget(m_buildPage);
}

} // namespace ft::ui
