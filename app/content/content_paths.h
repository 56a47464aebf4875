// content_paths.h — where lessons and question banks are read from.
//
// In order: the bundled folder (installed share/flatten-tutor, or the source tree when running
// from a build folder), the user's folder (QStandardPaths::AppDataLocation + "/content"), and any
// folder given with --content DIR. Later folders add to earlier ones.
#pragma once

#include <QStringList>

namespace ft::content {

// Folder holding the bundled lessons/ and quizzes/.
QString bundledContentDir();
// The per-user folder a teacher or learner can drop extra content into (may not exist yet).
QString userContentDir();
// bundled + user (if it exists) + extra, without duplicates.
QStringList contentDirs(const QStringList &extraDirs = {});

} // namespace ft::content
