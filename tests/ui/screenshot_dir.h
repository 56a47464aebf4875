#pragma once
// Where the UI tests save the screenshots people look at: $FT_BUILD_DIR/screenshots (the build
// folder under ctest), created when missing.
#include <QDir>
#include <QString>

inline QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("FT_BUILD_DIR", QDir::currentPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}
