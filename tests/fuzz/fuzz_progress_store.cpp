// fuzz_progress_store — any bytes as the progress database file, then the app's open path.
//
// The bytes are written where the store lives and a ProgressStore opens it, exactly as the app does
// at start-up. Whatever the file holds (SQLite pages with damage, another schema, text, garbage),
// the store must open — reading what it can or moving the file aside — and then accept and return
// a new answer. A crash, a sanitizer report, or a store that silently loses the new answer is a bug.
#include "content/progress_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QTemporaryDir *workDir = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir dir;
    workDir = &dir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ft::content;
    // A fresh folder per input: moved-aside files must not pile up or feed the next run.
    const QString folder = workDir->filePath(QStringLiteral("run"));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/progress.sqlite");
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }

    {
        ProgressStore store(path);
        if (!store.isPersistent()) {
            std::fprintf(stderr, "store not persistent: %s\n", qPrintable(store.recoveryMessage()));
            std::abort();
        }
        (void)store.answers();
        (void)store.lessons();
        (void)store.sessions();
        (void)store.topicAccuracy();
        (void)store.mostMissed();
        (void)store.csv();
        AnswerRecord answer;
        answer.questionId = QStringLiteral("fuzz-question");
        answer.chosen = {1};
        answer.correct = true;
        answer.topics = {QStringLiteral("fuzz")};
        if (store.recordAnswer(answer) == 0) {
            std::fprintf(stderr, "cannot record after open: %s\n", qPrintable(store.lastError()));
            std::abort();
        }
    }
    // What was recorded is there when the app starts again.
    ProgressStore reopened(path);
    bool found = false;
    for (const AnswerRecord &record : reopened.answers())
        found = found || record.questionId == QLatin1String("fuzz-question");
    if (!found) {
        std::fprintf(stderr, "answer lost on reopen: %s\n", qPrintable(reopened.recoveryMessage()));
        std::abort();
    }
    return 0;
}
