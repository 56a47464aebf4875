#pragma once
// The text of a PDF, page by page, read with pdftotext (poppler-utils) as a teacher's printout
// would show it; used by the worksheet tests of the CLI and the UI.
//
//     const QStringList pages = fttest::pdfPages(path);   // empty when pdftotext fails
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace fttest {

inline bool havePdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

// The PDF's text, pages separated by form feeds; empty when pdftotext fails.
inline QStringList pdfPages(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    // NFKC turns the fonts' ligatures (U+FB02 "fl") back into letters, as PDF viewers do when searching.
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace fttest
