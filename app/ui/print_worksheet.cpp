#include "print_worksheet.h"

#include "worksheet_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace ft::ui {

void printWorksheet(QWidget *parent, const QList<ft::content::QuestionBank> &banks)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("PrintWorksheet", text); };
    if (banks.isEmpty()) {
        QMessageBox::information(parent, tr("Print worksheet"), tr("There is no question bank to print."));
        return;
    }
    QStringList titles;
    for (const ft::content::QuestionBank &bank : banks)
        titles << bank.title;
    bool chosen = false;
    const QString title = QInputDialog::getItem(parent, tr("Print worksheet"), tr("Question bank:"), titles, 0, false, &chosen);
    if (!chosen)
        return;
    const ft::content::QuestionBank &bank = banks.at(titles.indexOf(title));
    const QMessageBox::StandardButton key = QMessageBox::question(parent, tr("Print worksheet"),
        tr("Add an answer key with short solutions on the last page?"), QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
    if (key == QMessageBox::Cancel)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save worksheet"),
                                                      QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(bank.id + QStringLiteral("-worksheet.pdf")),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    ft::worksheet::WorksheetWriter writer(bank.title, bank.questions);
    writer.setAnswerKey(key == QMessageBox::Yes);
    QString error;
    if (!writer.writePdf(path, &error))
        QMessageBox::warning(parent, tr("Print worksheet"), tr("The worksheet could not be written to %1: %2").arg(QDir::toNativeSeparators(path), error));
}

} // namespace ft::ui
