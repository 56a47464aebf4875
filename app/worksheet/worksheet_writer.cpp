#include "worksheet/worksheet_writer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTextDocument>

#include <memory>

namespace ft::worksheet {

namespace {

using ft::content::Question;

constexpr int kResolution = 300;           // dots per inch of the PDF's coordinate system
constexpr qreal kBodyPoints = 10.5;
constexpr int kWritingLines = 3;           // ruled lines under each question

qreal points(qreal pt) { return pt * kResolution / 72.0; }

// The sheet's own words (QCoreApplication::translate("Worksheet", ...)) follow the UI's language:
// the window installs its translator, the headless `worksheet` command prints English. lupdate
// reads them with the UI's strings.

QString styleSheet()
{
    return QStringLiteral("code, pre { font-family: 'DejaVu Sans Mono', monospace; }");
}

// One piece of the sheet laid out at the page's width: a title, a question or an answer.
struct Piece
{
    std::unique_ptr<QTextDocument> document;
    qreal writingSpace = 0; // ruled space below it, in device units
    bool newPage = false;   // starts a new page (the answer key)
    qreal height() const { return document->size().height() + writingSpace; }
};

std::unique_ptr<QTextDocument> markdownDocument(const QString &markdown, QPaintDevice *device, qreal width, qreal pointSize)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(device);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(styleSheet());
    document->setDocumentMargin(0);
    document->setMarkdown(markdown);
    document->setTextWidth(width);
    return document;
}

QString shapeOf(const Question &question)
{
    QString text = question.inputText.trimmed();
    if (!text.startsWith(QLatin1Char('(')) && !text.startsWith(QLatin1Char('[')))
        text = QLatin1Char('(') + text + QLatin1Char(')');
    return text;
}

// The question as Markdown: number, stem, the engine's input and model when the stem does not
// already show them, and the lettered options.
QString questionMarkdown(const Question &question, int number)
{
    // A stem that opens with a code block gets its number on a line of its own.
    const bool opensWithCode = question.stem.startsWith(QLatin1String("```")) || question.stem.startsWith(QLatin1String("~~~"));
    QString markdown = QStringLiteral("**%1.**%2%3\n\n").arg(number).arg(opensWithCode ? QStringLiteral("\n\n") : QStringLiteral(" "), question.stem);
    if (!question.inputText.isEmpty()) {
        // Shown when the stem does not already show them (spacing and line breaks aside).
        const auto compact = [](QString text) {
            return text.remove(QRegularExpression(QStringLiteral("\\s+"))).replace(QLatin1String(",)"), QLatin1String(")"));
        };
        const QString model = question.effectiveModel();
        const QString stem = compact(question.stem);
        const bool shapeShown = stem.contains(compact(shapeOf(question).mid(1).chopped(1)));
        if (question.isSourceQuestion()) { // the model is the class in the stem
            if (!shapeShown)
                markdown += QStringLiteral("%1 `%2`\n\n").arg(QCoreApplication::translate("Worksheet", "Input shape:"), shapeOf(question));
        } else if (!stem.contains(compact(model)) || !shapeShown) {
            markdown += QStringLiteral("%1 `%2`  \n%3 `%4`\n\n").arg(QCoreApplication::translate("Worksheet", "Input shape:"), shapeOf(question), QCoreApplication::translate("Worksheet", "Model:"), model);
        }
    }
    for (int i = 0; i < question.options.size(); ++i)
        markdown += QStringLiteral("**%1.** %2\n\n").arg(WorksheetWriter::letter(i), question.options.at(i).text);
    return markdown;
}

QString answerMarkdown(const Question &question, int number)
{
    QStringList right;
    for (const int index : question.correctIndexes())
        right << question.options.at(index).text;
    QString markdown = QStringLiteral("**%1. %2** — %3\n\n").arg(number).arg(WorksheetWriter::rightLetters(question), right.join(QStringLiteral("; ")));
    for (int i = 0; i < question.solution.size(); ++i)
        markdown += QStringLiteral("%1. %2\n").arg(i + 1).arg(QString(question.solution.at(i)).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    if (!question.quickCheck.isEmpty())
        markdown += QStringLiteral("\n*%1* %2\n").arg(QCoreApplication::translate("Worksheet", "Remember:"), question.quickCheck);
    return markdown;
}

} // namespace

WorksheetWriter::WorksheetWriter(const QString &title, const QList<Question> &questions) : m_title(title), m_questions(questions) {}

QString WorksheetWriter::letter(int index)
{
    return QString(QChar(u'A' + index));
}

QString WorksheetWriter::rightLetters(const Question &question)
{
    QStringList letters;
    for (const int index : question.correctIndexes())
        letters << letter(index);
    return letters.join(QStringLiteral(", "));
}

bool WorksheetWriter::writePdf(const QString &path, QString *error) const
{
    // The PDF is written beside its destination and renamed into place only when complete.
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly)) {
        if (error)
            *error = target.errorString();
        return false;
    }
    {
        QPdfWriter writer(&target);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Flatten Tutor"));
        const QRect page = writer.pageLayout().paintRectPixels(kResolution);
        const qreal width = page.width();
        const qreal footer = points(20);
        const qreal usable = page.height() - footer;
        const qreal gap = points(14);
        const qreal lineGap = points(22);

        std::vector<Piece> pieces;
        pieces.push_back({markdownDocument(QStringLiteral("# %1\n\n%2 ______________________________    %3 ______________\n\n%4")
                                               .arg(m_title, QCoreApplication::translate("Worksheet", "Name:"), QCoreApplication::translate("Worksheet", "Date:"),
                                                    QCoreApplication::translate("Worksheet", "Answer each question: circle the letter of every right option, and use the lines to show your working.")),
                                           &writer, width, kBodyPoints),
                          0, false});
        for (int i = 0; i < m_questions.size(); ++i)
            pieces.push_back({markdownDocument(questionMarkdown(m_questions.at(i), i + 1), &writer, width, kBodyPoints), kWritingLines * lineGap, false});
        if (m_answerKey) {
            pieces.push_back({markdownDocument(QStringLiteral("# %1\n\n%2").arg(QCoreApplication::translate("Worksheet", "Answer key"), m_title), &writer, width, kBodyPoints), 0, true});
            for (int i = 0; i < m_questions.size(); ++i)
                pieces.push_back({markdownDocument(answerMarkdown(m_questions.at(i), i + 1), &writer, width, kBodyPoints - 1), 0, false});
        }

        // Pagination first (so every page can say "of M"), then painting.
        QList<QList<std::pair<const Piece *, qreal>>> pages{{}};
        qreal y = 0;
        for (const Piece &piece : pieces) {
            const bool overflow = y > 0 && y + piece.height() > usable;
            if ((piece.newPage && y > 0) || overflow) {
                pages.append(QList<std::pair<const Piece *, qreal>>());
                y = 0;
            }
            pages.last().append({&piece, y});
            y += piece.height() + gap;
        }

        QPainter painter(&writer);
        QFont footerFont(QStringLiteral("DejaVu Sans"));
        footerFont.setPointSizeF(8);
        const QPen rule(QColor(0xb0, 0xb0, 0xb0), points(0.6));
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (p > 0)
                writer.newPage();
            for (const auto &[piece, top] : std::as_const(pages.at(p))) {
                painter.save();
                painter.translate(0, top);
                piece->document->drawContents(&painter);
                painter.restore();
                if (piece->writingSpace > 0) {
                    painter.setPen(rule);
                    const qreal textBottom = top + piece->document->size().height();
                    for (int line = 1; line <= kWritingLines; ++line)
                        painter.drawLine(QPointF(0, textBottom + line * lineGap), QPointF(width, textBottom + line * lineGap));
                }
            }
            painter.setPen(Qt::darkGray);
            painter.setFont(footerFont);
            painter.drawText(QRectF(0, page.height() - footer, width, footer), Qt::AlignRight | Qt::AlignBottom,
                             QCoreApplication::translate("Worksheet", "%1 — page %2 of %3").arg(m_title).arg(p + 1).arg(pages.size()));
        }
        if (!painter.end()) {
            if (error)
                *error = QStringLiteral("the PDF could not be drawn");
            target.cancelWriting();
            return false;
        }
    }
    if (!target.commit()) {
        if (error)
            *error = target.errorString();
        return false;
    }
    return true;
}

} // namespace ft::worksheet
