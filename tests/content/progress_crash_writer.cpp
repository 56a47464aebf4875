// progress_crash_writer — a stand-in for the app being killed mid-practice.
//
//     progress_crash_writer <store-path>
// Records answers "crash-0", "crash-1", ... forever, printing each index on stdout only after
// recordAnswer() has returned (the answer is committed). The store test SIGKILLs it and checks
// that every printed answer is in the store.
#include "content/progress_store.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: progress_crash_writer <store-path>\n");
        return 2;
    }
    ft::content::ProgressStore store(QString::fromLocal8Bit(argv[1]));
    const qint64 session = store.beginSession(QStringLiteral("quiz"), QStringLiteral("crash test"));
    for (int i = 0;; ++i) {
        ft::content::AnswerRecord answer;
        answer.questionId = QStringLiteral("crash-%1").arg(i);
        answer.chosen = {i % 4};
        answer.correct = i % 3 == 0;
        answer.elapsedMs = 1000 + i;
        answer.sessionId = session;
        answer.topics = {QStringLiteral("crash")};
        if (store.recordAnswer(answer) == 0) {
            std::fprintf(stderr, "cannot record: %s\n", qPrintable(store.lastError()));
            return 1;
        }
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}
