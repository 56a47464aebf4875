// The binary answers --help and --version without a display, and rejects unknown subcommands.
// Headless commands never load the window's libraries; the window lives in a module beside the binary.
#include "app_run.h"
#include "ft_test.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = fttest::AppRun;

Run runApp(const QStringList &arguments, const QProcessEnvironment &extra = {},
           const QString &app = QStringLiteral(FT_APP_PATH))
{
    QProcessEnvironment env = fttest::headlessEnvironment(); // prove no display is needed at all
    env.insert(extra);
    return fttest::runApp(arguments, env, app);
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

    // What makes `trace` fast: the dynamic loader never maps Qt Widgets, Charts or OpenGL for it.
    // glibc's LD_DEBUG=files lists every shared object the process loads, on stderr.
    void headlessCommandsLoadNoWindowLibraries()
    {
        QProcessEnvironment debug;
        debug.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const Run trace = runApp({QStringLiteral("trace"), QStringLiteral("--input"), QStringLiteral("2,3,4"),
                                  QStringLiteral("--model"), QStringLiteral("nn.Flatten()")}, debug);
        QCOMPARE(trace.exitCode, 0);
        QVERIFY2(trace.err.contains(QStringLiteral("libQt6Core")), "LD_DEBUG listed no libraries; the check is void");
        static const QRegularExpression windowLibraries(QStringLiteral("libQt6(Widgets|Gui|Charts|OpenGL)|flatten-tutor-gui"));
        QVERIFY2(!trace.err.contains(windowLibraries), qPrintable(trace.err.left(4000)));
    }

    void windowStartsFromItsModule()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("FT_STARTUP_PROBE"), QStringLiteral("1"));
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        QTemporaryDir home;
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        const Run run = runApp({}, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("first-frame-ms ")), qPrintable(run.out + run.err.right(2000)));
        QVERIFY(run.err.contains(QStringLiteral("flatten-tutor-gui")));
    }

    // A binary copied away from its module still runs headless, and says plainly why no window opens.
    void missingWindowModuleIsExplained()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("flatten-tutor"));
        QVERIFY(QFile::copy(QStringLiteral(FT_APP_PATH), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::permissions(copy) | QFileDevice::ExeOwner));

        const Run gui = runApp({}, {}, copy);
        QCOMPARE(gui.exitCode, 1);
        QVERIFY2(gui.err.contains(QStringLiteral("cannot open the window")), qPrintable(gui.err));
        QVERIFY2(gui.err.contains(QStringLiteral("flatten-tutor-gui")), qPrintable(gui.err));
        QVERIFY2(gui.err.contains(QStringLiteral("headless subcommands still work")), qPrintable(gui.err));

        const Run trace = runApp({QStringLiteral("trace"), QStringLiteral("--input"), QStringLiteral("2,3"),
                                  QStringLiteral("--model"), QStringLiteral("nn.Flatten(0)")}, {}, copy);
        QCOMPARE(trace.exitCode, 0);
        QVERIFY2(trace.out.contains(QStringLiteral("(6,)")), qPrintable(trace.out));
    }
};

FT_REGISTER_TEST(AppCommandLineTest)
#include "tst_app_command_line.moc"
