#include "ui/print_worksheet.h"

#include "worksheet/worksheet_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace ft::ui {

void printWorksheet(QWidget *parent, const QList<ft::content::QuestionBank> &banks)
{
    if (banks.isEmpty()) {
        QMessageBox::information(parent, QCoreApplication::translate("PrintWorksheet", "Print worksheet"), QCoreApplication::translate("PrintWorksheet", "There is no question bank to print."));
        return;
    }
    QStringList titles;
    for (const ft::content::QuestionBank &bank : banks)
        titles << bank.title;
    bool chosen = false;
    const QString title = QInputDialog::getItem(parent, QCoreApplication::translate("PrintWorksheet", "Print worksheet"), QCoreApplication::translate("PrintWorksheet", "Question bank:"), titles, 0, false, &chosen);
    if (!chosen)
        return;
    const ft::content::QuestionBank &bank = banks.at(titles.indexOf(title));
    const QMessageBox::StandardButton key = QMessageBox::question(parent, QCoreApplication::translate("PrintWorksheet", "Print worksheet"),
        QCoreApplication::translate("PrintWorksheet", "Add an answer key with short solutions on the last page?"), QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
    if (key == QMessageBox::Cancel)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("PrintWorksheet", "Save worksheet"),
                                                      QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(bank.id + QStringLiteral("-worksheet.pdf")),
                                                      QCoreApplication::translate("PrintWorksheet", "PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    ft::worksheet::WorksheetWriter writer(bank.title, bank.questions);
    writer.setAnswerKey(key == QMessageBox::Yes);
    QString error;
    if (!writer.writePdf(path, &error))
        QMessageBox::warning(parent, QCoreApplication::translate("PrintWorksheet", "Print worksheet"), QCoreApplication::translate("PrintWorksheet", "The worksheet could not be written to %1: %2").arg(QDir::toNativeSeparators(path), error));
}

} // namespace ft::ui
