// print_worksheet.h — File > Print worksheet…: pick a bank, choose whether to add the answer key,
// and save the PDF that `flatten-tutor worksheet` writes (ft::worksheet::WorksheetWriter).
//
//     fileMenu->addAction(tr("&Print worksheet…"), this, [this] { ft::ui::printWorksheet(this, m_library.banks()); });
#pragma once

#include "content/question.h"

#include <QList>

class QWidget;

namespace ft::ui {

void printWorksheet(QWidget *parent, const QList<ft::content::QuestionBank> &banks);

} // namespace ft::ui
