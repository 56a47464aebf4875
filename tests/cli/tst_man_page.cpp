// The man page (resources/man/flatten-tutor.1, installed by the package) covers every subcommand
// the launcher knows and every option the window takes, so `man flatten-tutor` cannot fall behind.
#include "ft_test.h"

#include "cli/cli.h"

#include <QFile>
#include <QTest>

class ManPageTest : public QObject
{
    Q_OBJECT

private:
    static QString manPage()
    {
        QFile file(QStringLiteral(FT_SOURCE_DIR "/resources/man/flatten-tutor.1"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void everySubcommandHasASection_data()
    {
        QTest::addColumn<QString>("name");
        for (const ft::cli::Subcommand &command : ft::cli::subcommands())
            QTest::newRow(command.name) << QString::fromLatin1(command.name);
    }
    void everySubcommandHasASection()
    {
        QFETCH(QString, name);
        const QString page = manPage();
        QVERIFY(!page.isEmpty());
        QVERIFY2(page.contains(QStringLiteral("\n.SS ") + name + QLatin1Char('\n')), qPrintable(name));
        QVERIFY2(page.contains(QStringLiteral(".B flatten-tutor ") + name), qPrintable(name + QStringLiteral(" in the synopsis")));
    }

    void windowOptionsAreDocumented()
    {
        const QString page = manPage();
        for (const char *option : {"content", "presentation", "help", "version"})
            QVERIFY2(page.contains(QStringLiteral("\\-\\-") + QLatin1String(option)), option);
    }
};

FT_REGISTER_TEST(ManPageTest)
#include "tst_man_page.moc"
