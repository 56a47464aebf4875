// `flatten-tutor export-bank` and `import-bank` as a teacher runs them: exit status 0 (written),
// 1 (problems, listed as file:line:column, nothing written), 2 (usage error).
#include "app_run.h"
#include "ft_test.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = fttest::AppRun;

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

} // namespace

class BankCommandsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // an empty user folder: the tests never see the real one
    QTemporaryDir m_work;

    Run run(const QStringList &arguments) const
    {
        QProcessEnvironment env = fttest::headlessEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/.local/share"));
        return fttest::runApp(arguments, env);
    }
    QString work(const QString &name) const { return m_work.filePath(name); }

private slots:
    void exportedBankImportsIntoACleanContentFolder()
    {
        const QString gift = work(QStringLiteral("errors.gift"));
        const Run exported = run({QStringLiteral("export-bank"), QStringLiteral("--format"), QStringLiteral("gift"),
                                  QStringLiteral(FT_SOURCE_DIR "/quizzes/06-errors.md"), QStringLiteral("-o"), gift});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(readAll(gift).contains(QStringLiteral("$CATEGORY: ")));
        // Imported under a new bank id into a course folder of its own, it passes check-content
        // together with the bundled course once the question ids no longer clash.
        QVERIFY(QDir().mkpath(work(QStringLiteral("course/quizzes"))));
        QString text = readAll(gift);
        text.replace(QRegularExpression(QStringLiteral("::([a-z0-9-]+)::")), QStringLiteral("::copy-\\1::"));
        text.replace(QStringLiteral("\"id\":\"errors\""), QStringLiteral("\"id\":\"errors-copy\""));
        QVERIFY(writeText(gift, text));
        const QString bank = work(QStringLiteral("course/quizzes/errors-copy.md"));
        const Run imported = run({QStringLiteral("import-bank"), gift, QStringLiteral("-o"), bank});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.err.contains(QStringLiteral("question(s) imported")));
        const Run checked = run({QStringLiteral("check-content"), work(QStringLiteral("course"))});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out));
    }

    void practiceSetExportsToStdout()
    {
        const Run exported = run({QStringLiteral("export-bank"), QStringLiteral("--format"), QStringLiteral("gift"), QStringLiteral("--set"), QStringLiteral("42")});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out.count(QRegularExpression(QStringLiteral("^::practice-42-\\d+::"), QRegularExpression::MultilineOption)), 10);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString bank = QStringLiteral(FT_SOURCE_DIR "/quizzes/02-basics.md");
        QTest::newRow("no format") << QStringList{QStringLiteral("export-bank"), bank} << "--format is required";
        QTest::newRow("unknown format") << QStringList{QStringLiteral("export-bank"), QStringLiteral("--format"), QStringLiteral("qti"), bank} << "unknown format 'qti'";
        QTest::newRow("bank and set") << QStringList{QStringLiteral("export-bank"), QStringLiteral("--format"), QStringLiteral("gift"), bank, QStringLiteral("--set"), QStringLiteral("1")} << "either a bank file or --set N";
        QTest::newRow("neither") << QStringList{QStringLiteral("export-bank"), QStringLiteral("--format"), QStringLiteral("gift")} << "either a bank file or --set N";
        QTest::newRow("set not a number") << QStringList{QStringLiteral("export-bank"), QStringLiteral("--format"), QStringLiteral("gift"), QStringLiteral("--set"), QStringLiteral("x")} << "--set takes a number";
        QTest::newRow("missing bank") << QStringList{QStringLiteral("export-bank"), QStringLiteral("--format"), QStringLiteral("gift"), QStringLiteral("no-such.md")} << "is not a file";
        QTest::newRow("import nothing") << QStringList{QStringLiteral("import-bank")} << "give one GIFT file";
        QTest::newRow("import missing file") << QStringList{QStringLiteral("import-bank"), QStringLiteral("no-such.gift")} << "is not a file";
        QTest::newRow("import unknown lesson") << QStringList{QStringLiteral("import-bank"), QStringLiteral(FT_TESTS_DIR "/content/fixtures/gift/escapes.gift"), QStringLiteral("--lesson"), QStringLiteral("nope")} << "no lesson 'nope'";
        QTest::newRow("import bad difficulty") << QStringList{QStringLiteral("import-bank"), QStringLiteral(FT_TESTS_DIR "/content/fixtures/gift/escapes.gift"), QStringLiteral("--difficulty"), QStringLiteral("6")} << "from 1 to 5";
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void brokenBankExportsNothing()
    {
        const QString out = work(QStringLiteral("broken.gift"));
        const Run result = run({QStringLiteral("export-bank"), QStringLiteral("--format"), QStringLiteral("gift"),
                                QStringLiteral(FT_TESTS_DIR "/content/fixtures/broken/quizzes/bad-questions.md"), QStringLiteral("-o"), out});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QRegularExpression(QStringLiteral("bad-questions\\.md:\\d+:\\d+: "))), qPrintable(result.err));
        QVERIFY(!QFile::exists(out));
    }

    void hostileGiftWritesNothingAndKeepsTheOldBank()
    {
        const QString gift = work(QStringLiteral("hostile.gift"));
        QVERIFY(writeText(gift, QStringLiteral("::ok::Fine? {=a #r ~b #w ####\\#\\#\\# Solution\\n1. S.\\n\\#\\#\\# Quick check\\nQ.\\n\\#\\#\\# Mistakes\\n- M.}\n\n"
                                               "::bad::Broken? {=a #r\n~b #w\n")));
        const QString bank = work(QStringLiteral("kept.md"));
        QVERIFY(writeText(bank, QStringLiteral("the teacher's previous bank\n")));
        const Run result = run({QStringLiteral("import-bank"), gift, QStringLiteral("--lesson"), QStringLiteral("what-flatten-does"), QStringLiteral("-o"), bank});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(gift + QStringLiteral(":3:16: '{' is not closed")), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("nothing written")));
        QCOMPARE(readAll(bank), QStringLiteral("the teacher's previous bank\n"));
        QVERIFY(QDir(m_work.path()).entryList({QStringLiteral("kept.md.*")}, QDir::Files | QDir::Hidden).isEmpty());
    }

    void binaryFileIsRefused()
    {
        const QString gift = work(QStringLiteral("image.gift"));
        QFile file(gift);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
        file.close();
        const Run result = run({QStringLiteral("import-bank"), gift, QStringLiteral("--lesson"), QStringLiteral("what-flatten-does")});
        QCOMPARE(result.exitCode, 1);
        // The NUL byte is on line 3 (after "\r\n" and "\n"), column 1.
        QVERIFY2(result.err.contains(gift + QStringLiteral(":3:1: binary file")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
};

FT_REGISTER_TEST(BankCommandsTest)
#include "tst_bank_commands.moc"
