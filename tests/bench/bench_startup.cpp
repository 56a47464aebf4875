// bench_startup: time from process start to the main window's first frame (goal: < 400 ms).
//
// Launches the real flatten-tutor binary 10 times with FT_STARTUP_PROBE=1; the app prints
// "first-frame-ms N" (N measured from main()) on its window's first expose and quits. This program
// measures the wall time from launching the process to reading that line, which also counts
// loading the binary and its libraries, and prints the medians of both.
// Runs offscreen unless FT_BENCH_PLATFORM names another Qt platform (e.g. xcb under a display).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = 10;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FT_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), qEnvironmentVariable("FT_BENCH_PLATFORM", QStringLiteral("offscreen")));

    std::vector<double> wall;
    std::vector<double> inside;
    for (int i = 0; i < runs + 1; ++i) { // the first run warms the disk cache and is not counted
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(FT_APP_PATH), {});
        QByteArray line;
        while (!line.contains('\n') && process.waitForReadyRead(10000))
            line += process.readAllStandardOutput();
        const double elapsed = clock.nsecsElapsed() / 1e6;
        process.waitForFinished(10000);
        if (!line.startsWith("first-frame-ms ")) {
            out << "bench_startup: the app did not report its first frame: " << process.readAllStandardError() << Qt::endl;
            return 1;
        }
        if (i == 0)
            continue;
        wall.push_back(elapsed);
        inside.push_back(line.mid(15).trimmed().toDouble());
    }
    out << "startup to first frame, " << runs << " runs (" << env.value(QStringLiteral("QT_QPA_PLATFORM")) << "):\n"
        << "  process launch -> first frame  median " << QString::number(median(wall), 'f', 1) << " ms"
        << "  (min " << QString::number(*std::min_element(wall.begin(), wall.end()), 'f', 1) << ", max "
        << QString::number(*std::max_element(wall.begin(), wall.end()), 'f', 1) << ")\n"
        << "  main() -> first frame          median " << QString::number(median(inside), 'f', 1) << " ms\n"
        << "  goal: < 400 ms  " << (median(wall) < 400 ? "met" : "NOT met") << Qt::endl;
    return 0;
}
