// Runs the registered test classes of one layer: all of them, or the one named by argv[1].
//
// Hermetic: QStandardPaths runs in test mode under a home folder of this process's own, so no test
// reads or writes the real user's data, settings or course folder, parallel runs share nothing, and
// each test class gets a fresh home, so classes run in one process share nothing either.
#include "ft_test.h"

#ifdef FT_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>

int main(int argc, char **argv)
{
    // Test mode puts every standard location under $HOME/.qttest; this run gets its own $HOME.
    QTemporaryDir home;
    if (!home.isValid()) {
        qCritical("cannot create a temporary home folder");
        return 2;
    }
    qputenv("HOME", home.path().toLocal8Bit());
    qunsetenv("FLATTEN_TUTOR_PROGRESS");
    QStandardPaths::setTestModeEnabled(true);
#ifdef FT_TEST_GUI
    // The offscreen platform's default screen is 800x800; the UI tests size windows as learners
    // do (1024x768 up to 1920x1080), so they get one 1920x1080 screen, whoever starts them.
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        QFile config(home.filePath(QStringLiteral("offscreen-screen.json")));
        if (config.open(QIODevice::WriteOnly)
            && config.write(R"({"screens": [{"name": "screen", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") > 0) {
            config.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
        }
    }
#endif
    TestApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FlattenTutorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("flatten-tutor-tests"));

    const char *only = (argc > 1 && argv[1][0] != '-') ? argv[1] : nullptr;
    // QTest sees the program name followed by everything after the class name.
    std::vector<char *> testArgs{argv[0]};
    for (int i = only ? 2 : 1; i < argc; ++i)
        testArgs.push_back(argv[i]);

    int failures = 0;
    bool found = false;
    for (const auto &[name, factory] : fttest::registry()) {
        if (only && std::strcmp(only, name) != 0)
            continue;
        found = true;
        // Each class starts from an empty home of its own: nothing one class stores (progress,
        // settings, profiles) is seen by the next when a whole layer runs in one process.
        QTemporaryDir classHome;
        if (!classHome.isValid()) {
            qCritical("cannot create a temporary home folder");
            return 2;
        }
        qputenv("HOME", classHome.path().toLocal8Bit());
        std::unique_ptr<QObject> test(factory());
        failures += QTest::qExec(test.get(), int(testArgs.size()), testArgs.data());
    }
    if (only && !found) {
        qCritical("no test class named %s", only);
        return 2;
    }
    return failures == 0 ? 0 : 1;
}
