// worksheet_writer.h — a printable worksheet (PDF) of practice questions, for paper in class.
//
//     ft::worksheet::WorksheetWriter sheet(bank.title, bank.questions);
//     sheet.setAnswerKey(true);                        // answer key with short solutions, last page(s)
//     QString error;
//     if (!sheet.writePdf(QStringLiteral("sheet.pdf"), &error)) report(error);
//
// A4 pages: the title with lines for name and date, then numbered questions (Markdown stems, the
// input shape and model in monospace when the stem does not show them), lettered options and ruled
// space to write; a question never splits across pages. Each page has "page N of M" at its foot.
// QtGui only (QPdfWriter, QTextDocument): needs a QGuiApplication, no display (offscreen is fine).
#pragma once

#include "content/question.h"

#include <QList>
#include <QString>

class QTextDocument;

namespace ft::worksheet {

class WorksheetWriter
{
public:
    WorksheetWriter(const QString &title, const QList<ft::content::Question> &questions);

    void setAnswerKey(bool answerKey) { m_answerKey = answerKey; }

    // Writes the whole file or nothing (a temporary file renamed into place).
    bool writePdf(const QString &path, QString *error) const;

    // "A", "B", ... for option `index`; "A, C" for a question's right options.
    static QString letter(int index);
    static QString rightLetters(const ft::content::Question &question);

private:
    QString m_title;
    QList<ft::content::Question> m_questions;
    bool m_answerKey = false;
};

} // namespace ft::worksheet
