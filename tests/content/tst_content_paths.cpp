// Where content is read from: the bundled folder first, then extra folders, without duplicates.
#include "ft_test.h"

#include "content/content_paths.h"
#include "content/progress_store.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class ContentPathsTest : public QObject
{
    Q_OBJECT

private slots:
    // Hermetic tests: every standard location (the progress store, the user's course folder,
    // settings) lies under this run's own test home, never in the real user's data folder.
    void testsNeverTouchTheRealUserDataFolder()
    {
        QVERIFY(QStandardPaths::isTestModeEnabled());
        const QString testHome = QDir::homePath() + QStringLiteral("/.qttest/");
        QVERIFY2(ft::content::ProgressStore::defaultPath().startsWith(testHome), qPrintable(ft::content::ProgressStore::defaultPath()));
        QVERIFY(ft::content::userContentDir().startsWith(testHome));
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).startsWith(testHome));
    }

    void bundledFolderHoldsLessonsAndQuizzes()
    {
        const QString dir = ft::content::bundledContentDir();
        QVERIFY2(QFileInfo(dir + QStringLiteral("/lessons")).isDir(), qPrintable(dir));
        QVERIFY2(QFileInfo(dir + QStringLiteral("/quizzes")).isDir(), qPrintable(dir));
    }

    void extraFoldersComeAfterBundledOnce()
    {
        QTemporaryDir extra;
        const QStringList dirs = ft::content::contentDirs({extra.path(), extra.path()});
        QCOMPARE(dirs.first(), ft::content::bundledContentDir());
        QCOMPARE(dirs.count(QDir::cleanPath(extra.path())), 1);
        QCOMPARE(dirs.last(), QDir::cleanPath(extra.path()));
    }
};

FT_REGISTER_TEST(ContentPathsTest)
#include "tst_content_paths.moc"
