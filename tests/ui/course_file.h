#pragma once
// A teacher's course folder in a test: writes `text` to `relativePath` below `course` (creating
// quizzes/, lessons/ or examples/ as needed), so the app loads it as it loads a real course.
//     QTemporaryDir course;
//     QVERIFY(writeCourseFile(course, QStringLiteral("quizzes/mine.md"), "---\nid: mine\n..."));
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

inline bool writeCourseFile(const QTemporaryDir &course, const QString &relativePath, const QByteArray &text)
{
    const QString path = course.filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}
