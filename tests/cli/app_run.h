#pragma once
// Runs the real flatten-tutor binary (FT_APP_PATH) as a user's shell would, for the CLI tests.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace fttest {

struct AppRun
{
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QString out;
    QString err;
};

// The test's environment without a display: headless commands must need none.
inline QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

inline AppRun runApp(const QStringList &arguments, const QProcessEnvironment &environment = headlessEnvironment(),
                     const QString &program = QStringLiteral(FT_APP_PATH))
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return {-2, {}, QString::fromUtf8(process.readAllStandardError())};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace fttest
