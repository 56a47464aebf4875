// File > Print worksheet… as a teacher uses it: the dialog offers every question bank, asks about
// the answer key, suggests <bank>-worksheet.pdf, and the PDF it writes holds the chosen bank, with
// the answer key only when asked; cancelling at any step writes nothing. No printer and no person:
// the dialogs are answered by ModalSteps, the PDF is read back with pdftotext.
#include "ft_test.h"
#include "modal_steps.h"
#include "pdf_text.h"

#include "ui/main_window.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QAction *printAction(QMainWindow &window)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == QStringLiteral("&Print worksheet…"))
                return action;
        }
    }
    return nullptr;
}

} // namespace

class PrintWorksheetTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        if (!fttest::havePdfToText())
            QSKIP("pdftotext (poppler-utils) is not installed; scripts/install-deps test installs it");
    }

    void choicesMakeThePdf_data()
    {
        QTest::addColumn<QString>("bankId");
        QTest::addColumn<bool>("answerKey");
        QTest::newRow("flattened size, no key") << QStringLiteral("flattened-size") << false;
        QTest::newRow("flattened size, with key") << QStringLiteral("flattened-size") << true;
        QTest::newRow("errors, with key") << QStringLiteral("errors") << true;
    }

    void choicesMakeThePdf()
    {
        QFETCH(QString, bankId);
        QFETCH(bool, answerKey);
        ft::ui::MainWindow window;
        const QList<ft::content::QuestionBank> &banks = window.library().banks();
        const auto bank = std::find_if(banks.begin(), banks.end(), [&](const ft::content::QuestionBank &b) { return b.id == bankId; });
        QVERIFY2(bank != banks.end(), qPrintable(bankId));
        QAction *print = printAction(window);
        QVERIFY(print);

        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("sheet.pdf"));
        QStringList offered;
        QString suggested;
        ModalSteps steps({
            [&](QWidget *dialog) {
                auto *input = qobject_cast<QInputDialog *>(dialog);
                QVERIFY(input);
                offered = input->comboBoxItems();
                input->setTextValue(bank->title);
                input->accept();
            },
            [&](QWidget *dialog) {
                auto *box = qobject_cast<QMessageBox *>(dialog);
                QVERIFY(box);
                QVERIFY(box->text().contains(QLatin1String("answer key")));
                box->button(answerKey ? QMessageBox::Yes : QMessageBox::No)->click();
            },
            [&](QWidget *dialog) {
                auto *files = qobject_cast<QFileDialog *>(dialog);
                QVERIFY(files);
                QCOMPARE(files->acceptMode(), QFileDialog::AcceptSave);
                suggested = files->selectedFiles().value(0);
                files->selectFile(pdf);
                static_cast<QDialog *>(files)->accept(); // QFileDialog::accept, as the Save button does
            },
        });
        print->trigger();
        QCOMPARE(steps.done(), 3);
        QCOMPARE(steps.extra(), 0); // no error box

        QStringList titles;
        for (const ft::content::QuestionBank &b : banks)
            titles << b.title;
        QCOMPARE(offered, titles);
        QVERIFY2(suggested.endsWith(QLatin1Char('/') + bankId + QStringLiteral("-worksheet.pdf")), qPrintable(suggested));

        const QStringList pages = fttest::pdfPages(pdf);
        QVERIFY2(!pages.isEmpty(), qPrintable(pdf));
        QVERIFY2(pages.first().simplified().contains(bank->title.simplified()), qPrintable(pages.first().left(300)));
        const QString all = pages.join(QLatin1Char('\n'));
        for (int n = 1; n <= bank->questions.size(); ++n)
            QVERIFY2(all.contains(QStringLiteral("%1. ").arg(n)), qPrintable(QString::number(n)));
        const int keyPage = int(std::find_if(pages.begin(), pages.end(), [](const QString &page) {
                                    return page.trimmed().startsWith(QLatin1String("Answer key"));
                                }) - pages.begin());
        if (answerKey) {
            QVERIFY2(keyPage > 0 && keyPage < pages.size(), "the answer key starts a page of its own");
        } else {
            QCOMPARE(keyPage, int(pages.size()));
            QVERIFY(!all.contains(QLatin1String("Answer key")));
        }
    }

    void cancellingWritesNothing_data()
    {
        QTest::addColumn<int>("cancelAt"); // 1 the bank, 2 the answer-key question, 3 the file dialog
        QTest::newRow("at the bank") << 1;
        QTest::newRow("at the answer key") << 2;
        QTest::newRow("at the file") << 3;
    }

    void cancellingWritesNothing()
    {
        QFETCH(int, cancelAt);
        ft::ui::MainWindow window;
        QAction *print = printAction(window);
        QVERIFY(print);
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QStringList before = QDir(documents).entryList(QDir::Files);
        QList<ModalSteps::Step> answers{
            [](QWidget *dialog) { qobject_cast<QInputDialog *>(dialog)->accept(); },
            [](QWidget *dialog) { qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::No)->click(); },
        };
        answers = answers.mid(0, cancelAt - 1);
        answers << [cancelAt](QWidget *dialog) {
            if (cancelAt == 2)
                qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Cancel)->click();
            else
                qobject_cast<QDialog *>(dialog)->reject();
        };
        ModalSteps steps(answers);
        print->trigger();
        QCOMPARE(steps.done(), cancelAt);
        QCOMPARE(steps.extra(), 0); // no further dialog after a cancel
        QCOMPARE(QDir(documents).entryList(QDir::Files), before);
    }
};

FT_REGISTER_TEST(PrintWorksheetTest)
#include "tst_print_worksheet.moc"
