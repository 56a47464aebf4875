// Helpers shared by the content tests: fixture paths and reading a fixture file as text.
#pragma once

#include <QFile>
#include <QString>

inline QString contentFixture(const QString &relative)
{
    return QStringLiteral(FT_TESTS_DIR "/content/fixtures/") + relative;
}

inline QString readFixture(const QString &relative)
{
    QFile file(contentFixture(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
