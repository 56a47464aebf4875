// The binary answers --help and --version without a display, and rejects unknown subcommands.
#include "ft_test.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

struct Run
{
    int exitCode;
    QString out;
    QString err;
};

Run runApp(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // prove no display is needed at all
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FT_APP_PATH), arguments);
    process.waitForFinished(30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class AppCommandLineTest : public QObject
{
    Q_OBJECT

private slots:
    void versionPrintsWithoutDisplay()
    {
        const Run run = runApp({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("flatten-tutor 0.")), qPrintable(run.out));
    }

    void helpListsSubcommands()
    {
        const Run run = runApp({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("trace")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("check-content")));
        QVERIFY(run.out.contains(QStringLiteral("--presentation")));
    }

    void unknownSubcommandIsUsageError()
    {
        const Run run = runApp({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unknown subcommand 'frobnicate'")), qPrintable(run.err));
    }
};

FT_REGISTER_TEST(AppCommandLineTest)
#include "tst_app_command_line.moc"
