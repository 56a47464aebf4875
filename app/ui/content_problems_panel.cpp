#include "ui/content_problems_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ft::ui {

ContentProblemsPanel::ContentProblemsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("contentProblemsPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("contentProblemsSummary"));
    m_summary->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("contentProblemsList"));
    m_list->setAccessibleName(tr("Problems in the content files"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_reload = new QPushButton(tr("&Reload content"), this);
    m_reload->setObjectName(QStringLiteral("reloadContent"));
    m_reload->setAccessibleName(tr("Reload the lesson and question files"));
    m_reload->setToolTip(tr("Read the lesson and question files again, after you edited them"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);

    connect(m_reload, &QPushButton::clicked, this, &ContentProblemsPanel::reloadRequested);
}

void ContentProblemsPanel::setLibrary(const ft::content::ContentLibrary &library)
{
    m_list->clear();
    for (const ft::content::ContentProblem &problem : library.problems())
        new QListWidgetItem(problem.toString(), m_list);
    for (const ft::content::ContentProblem &warning : library.warnings())
        new QListWidgetItem(warning.toString(), m_list);
    const int problems = int(library.problems().size());
    const int warnings = int(library.warnings().size());
    if (problems == 0 && warnings == 0)
        m_summary->setText(tr("No problems in the content files (%1).").arg(library.summary()));
    else
        m_summary->setText(tr("%1 and %2 in the content files. What has a problem is left out; fix the file and press Reload.")
                               .arg(problems == 1 ? tr("1 problem") : tr("%1 problems").arg(problems),
                                    warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings)));
}

QStringList ContentProblemsPanel::lines() const
{
    QStringList all;
    for (int i = 0; i < m_list->count(); ++i)
        all << m_list->item(i)->text();
    return all;
}

} // namespace ft::ui
