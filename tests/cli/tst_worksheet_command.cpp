// `flatten-tutor worksheet`: a PDF with the questions, lettered options and, when asked, an answer
// key starting on a page of its own; read back with pdftotext (poppler-utils) as a teacher would print it.
#include "app_run.h"
#include "ft_test.h"
#include "pdf_text.h"

#include <QFile>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

namespace {

using Run = fttest::AppRun;
using fttest::pdfPages;

} // namespace

class WorksheetCommandTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;

private slots:
    void initTestCase()
    {
        if (!fttest::havePdfToText())
            QSKIP("pdftotext (poppler-utils) is not installed; scripts/install-deps test installs it");
    }

    void bankWorksheetHasEveryQuestionAndNoAnswers()
    {
        const QString pdf = m_work.filePath(QStringLiteral("sheet.pdf"));
        const Run run = fttest::runApp({QStringLiteral("worksheet"), QStringLiteral("--bank"),
                                        QStringLiteral(FT_SOURCE_DIR "/quizzes/03-flattened-size.md"), QStringLiteral("-o"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList pages = pdfPages(pdf);
        QVERIFY(pages.size() >= 2);
        const QString text = pages.join(QLatin1Char('\n'));
        QVERIFY(pages.first().contains(QStringLiteral("Computing the flattened size")));
        QVERIFY(pages.first().contains(QStringLiteral("Name:")));
        for (int n = 1; n <= 7; ++n)
            QVERIFY2(text.contains(QStringLiteral("%1. ").arg(n)), qPrintable(QString::number(n)));
        QVERIFY(text.contains(QStringLiteral("A. (50176,)")) || text.contains(QStringLiteral("(64, 784)")));
        QVERIFY(text.contains(QStringLiteral("D. ")));
        QVERIFY(!text.contains(QStringLiteral("Answer key")));
        // The engine's input and model, shown once when the stem does not show them.
        QVERIFY(text.contains(QStringLiteral("nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten())")));
        QVERIFY(pages.last().contains(QStringLiteral("page %1 of %1").arg(pages.size())));
    }

    void answerKeyStartsOnItsOwnPage()
    {
        const QString plain = m_work.filePath(QStringLiteral("plain.pdf"));
        const QString keyed = m_work.filePath(QStringLiteral("keyed.pdf"));
        const QString bank = QStringLiteral(FT_SOURCE_DIR "/quizzes/03-flattened-size.md");
        QCOMPARE(fttest::runApp({QStringLiteral("worksheet"), QStringLiteral("--bank"), bank, QStringLiteral("-o"), plain}).exitCode, 0);
        QCOMPARE(fttest::runApp({QStringLiteral("worksheet"), QStringLiteral("--bank"), bank, QStringLiteral("-o"), keyed, QStringLiteral("--answers")}).exitCode, 0);
        const QStringList without = pdfPages(plain);
        const QStringList with = pdfPages(keyed);
        QVERIFY(with.size() > without.size());
        const QString firstKeyPage = with.at(without.size());
        QVERIFY2(firstKeyPage.trimmed().startsWith(QStringLiteral("Answer key")), qPrintable(firstKeyPage));
        // "1. D — (64, 784)": the right letter, the right option and the solution's steps.
        QVERIFY2(firstKeyPage.contains(QRegularExpression(QStringLiteral("1\\. [A-D] — \\(64, 784\\)"))), qPrintable(firstKeyPage));
        QVERIFY(firstKeyPage.contains(QStringLiteral("The batch of 64 stays.")));
        QVERIFY(firstKeyPage.contains(QStringLiteral("Remember:")));
    }

    void practiceSetWorksheet()
    {
        const QString pdf = m_work.filePath(QStringLiteral("set.pdf"));
        const Run run = fttest::runApp({QStringLiteral("worksheet"), QStringLiteral("--set"), QStringLiteral("42"), QStringLiteral("-o"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = pdfPages(pdf).join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("Endless practice — set #42")));
        // Ten questions; a question that opens with code has its number on a line of its own.
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("^\\s*10\\.(\\s|$)"), QRegularExpression::MultilineOption)));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("^\\s*11\\.(\\s|$)"), QRegularExpression::MultilineOption)));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("neither") << QStringList{QStringLiteral("worksheet"), QStringLiteral("-o"), QStringLiteral("x.pdf")} << "either --bank FILE or --set N";
        QTest::newRow("both") << QStringList{QStringLiteral("worksheet"), QStringLiteral("--set"), QStringLiteral("1"), QStringLiteral("--bank"), QStringLiteral("b.md"), QStringLiteral("-o"), QStringLiteral("x.pdf")} << "either --bank FILE or --set N";
        QTest::newRow("no output") << QStringList{QStringLiteral("worksheet"), QStringLiteral("--set"), QStringLiteral("1")} << "-o sheet.pdf is required";
        QTest::newRow("missing bank") << QStringList{QStringLiteral("worksheet"), QStringLiteral("--bank"), QStringLiteral("no-such.md"), QStringLiteral("-o"), QStringLiteral("x.pdf")} << "is not a file";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("worksheet"), QStringLiteral("--colour")} << "Unknown option";
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = fttest::runApp(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void brokenBankWritesNothing()
    {
        const QString pdf = m_work.filePath(QStringLiteral("broken.pdf"));
        const Run run = fttest::runApp({QStringLiteral("worksheet"), QStringLiteral("--bank"),
                                        QStringLiteral(FT_TESTS_DIR "/content/fixtures/broken/quizzes/bad-questions.md"), QStringLiteral("-o"), pdf});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("bad-questions.md:")));
        QVERIFY(!QFile::exists(pdf));
    }
};

FT_REGISTER_TEST(WorksheetCommandTest)
#include "tst_worksheet_command.moc"
