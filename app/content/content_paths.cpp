#include "content/content_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ft::content {

QString bundledContentDir()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        appDir + QStringLiteral("/../share/flatten-tutor"),
        QStringLiteral(FT_SOURCE_CONTENT_DIR),
    };
    for (const QString &dir : candidates) {
        if (QFileInfo::exists(dir + QStringLiteral("/lessons")))
            return QDir::cleanPath(dir);
    }
    return QDir::cleanPath(candidates.last());
}

QString userContentDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/content");
}

QStringList contentDirs(const QStringList &extraDirs)
{
    QStringList dirs{bundledContentDir()};
    if (QFileInfo::exists(userContentDir()))
        dirs << userContentDir();
    for (const QString &dir : extraDirs) {
        const QString clean = QDir::cleanPath(QDir(dir).absolutePath());
        if (!dirs.contains(clean))
            dirs << clean;
    }
    return dirs;
}

} // namespace ft::content
