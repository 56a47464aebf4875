// Translated course folders: a German class reads lessons/de/ and quizzes/de/ where a file is
// translated and the English file where it is not, file by file; the translated files keep the
// English ids; and their claims are checked like the English ones (a wrong one is a problem at
// its file:line).
#include "ft_test.h"

#include "content/content_library.h"
#include "content_test_util.h"

#include <QTest>

using namespace ft::content;

class ContentTranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void eachFileFallsBackToEnglish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("mergeTitle");
        QTest::addColumn<QString>("bankTitle");
        const QString german = QStringLiteral("Flatten fasst Dimensionen zusammen");
        const QString english = QStringLiteral("Flatten merges dimensions");
        QTest::newRow("German") << QStringLiteral("de") << german << QStringLiteral("Dimensionen zusammenfassen");
        QTest::newRow("German locale name") << QStringLiteral("de_DE") << german << QStringLiteral("Dimensionen zusammenfassen");
        QTest::newRow("English") << QStringLiteral("en") << english << QStringLiteral("Merging dimensions");
        QTest::newRow("no language") << QString() << english << QStringLiteral("Merging dimensions");
        QTest::newRow("untranslated language") << QStringLiteral("fr") << english << QStringLiteral("Merging dimensions");
    }

    void eachFileFallsBackToEnglish()
    {
        QFETCH(QString, language);
        QFETCH(QString, mergeTitle);
        QFETCH(QString, bankTitle);
        const ContentLibrary library = ContentLibrary::load({contentFixture(QStringLiteral("translated"))}, language);
        QVERIFY2(!library.hasProblems(), qPrintable(library.problems().value(0).toString()));
        QCOMPARE(library.lessons().size(), 2);
        QCOMPARE(library.lessons().at(0).title, mergeTitle);
        // lessons/de/ has no 02-batch.md: the English lesson stands in for it, in its place.
        QCOMPARE(library.lessons().at(1).id, QStringLiteral("batch"));
        QCOMPARE(library.lessons().at(1).title, QStringLiteral("The batch stays"));
        QCOMPARE(library.banks().size(), 1);
        QCOMPARE(library.banks().first().title, bankTitle);
        // Same ids in every language: progress and the question's lesson link carry over.
        const Question *question = library.question(QStringLiteral("merge-size"));
        QVERIFY(question);
        QCOMPARE(question->lessonId, QStringLiteral("merge"));
        QCOMPARE(question->correctIndexes(), QList<int>{0});
    }

    void translationsAreFound()
    {
        QCOMPARE(ContentLibrary::translations({contentFixture(QStringLiteral("translated"))}), QStringList{QStringLiteral("de")});
        QCOMPARE(ContentLibrary::translations({contentFixture(QStringLiteral("good"))}), QStringList{});
    }

    void translatedClaimsAreChecked()
    {
        const QStringList dirs{contentFixture(QStringLiteral("translated-wrong-claim"))};
        // The English lesson's claim is right, so English alone has no problem ...
        QVERIFY(!ContentLibrary::load(dirs).hasProblems());
        // ... and the German file's wrong claim is reported at its line, as is the text stating a
        // result (8, 48) that no claim of the file backs any more: every check the English files get.
        const ContentLibrary german = ContentLibrary::load(dirs, QStringLiteral("de"));
        QStringList problems;
        for (const ContentProblem &problem : german.problems()) {
            QVERIFY2(problem.file.endsWith(QLatin1String("lessons/de/01-merge.md")), qPrintable(problem.toString()));
            problems << QStringLiteral("%1:%2").arg(problem.line).arg(problem.column);
        }
        QCOMPARE(problems, (QStringList{QStringLiteral("9:77"), QStringLiteral("12:1")}));
        QVERIFY2(german.problems().at(1).message.contains(QLatin1String("gives '(8, 48)', the claim says '(8, 12)'")),
                 qPrintable(german.problems().at(1).message));
        ContentLibrary checked = ContentLibrary::load(dirs);
        checked.checkTranslations(dirs);
        QCOMPARE(checked.problems(), german.problems());
    }

    // The bundled German course: it loads cleanly, and each translated file says the same things
    // as its original: the same ids, the same right options, the same claims (identical code),
    // and no result that no claim backs.
    void bundledTranslationMatchesTheOriginal()
    {
        const QStringList dirs{QStringLiteral(FT_SOURCE_DIR)};
        QVERIFY(ContentLibrary::translations(dirs).contains(QStringLiteral("de")));
        const ContentLibrary english = ContentLibrary::load(dirs);
        const ContentLibrary german = ContentLibrary::load(dirs, QStringLiteral("de"));
        QVERIFY2(!german.hasProblems(), qPrintable(german.problems().value(0).toString()));
        const auto claimTexts = [](const QList<Claim> &claims) {
            QStringList texts;
            for (const Claim &claim : claims)
                texts << claim.inputText + QStringLiteral(" | ") + claim.expression + QStringLiteral(" -> ") + claim.expected;
            return texts;
        };
        int translatedLessons = 0;
        QCOMPARE(german.lessons().size(), english.lessons().size());
        for (int i = 0; i < english.lessons().size(); ++i) {
            const Lesson &original = english.lessons().at(i);
            const Lesson &translated = german.lessons().at(i);
            QCOMPARE(translated.id, original.id);
            if (!translated.filePath.contains(QLatin1String("/lessons/de/")))
                continue;
            ++translatedLessons;
            QVERIFY2(translated.title != original.title, qPrintable(translated.filePath));
            QCOMPARE(claimTexts(translated.claims), claimTexts(original.claims));
            QCOMPARE(translated.playgrounds().size(), original.playgrounds().size());
        }
        QVERIFY(translatedLessons >= 2);
        int translatedBanks = 0;
        QCOMPARE(german.banks().size(), english.banks().size());
        for (int b = 0; b < english.banks().size(); ++b) {
            const QuestionBank &original = english.banks().at(b);
            const QuestionBank &translated = german.banks().at(b);
            QCOMPARE(translated.id, original.id);
            if (!translated.filePath.contains(QLatin1String("/quizzes/de/")))
                continue;
            ++translatedBanks;
            QCOMPARE(translated.questions.size(), original.questions.size());
            for (int q = 0; q < original.questions.size(); ++q) {
                const Question &a = original.questions.at(q);
                const Question &t = translated.questions.at(q);
                QCOMPARE(t.id, a.id);
                QVERIFY2(t.stem != a.stem, qPrintable(t.id));
                QCOMPARE(t.effectiveModel(), a.effectiveModel());
                QCOMPARE(t.options.size(), a.options.size());
                QCOMPARE(t.correctIndexes(), a.correctIndexes());
                QCOMPARE(claimTexts(t.claims), claimTexts(a.claims));
                QVERIFY2(t.uncheckedStatements.isEmpty(), qPrintable(t.uncheckedStatements.value(0).toString()));
            }
        }
        QVERIFY(translatedBanks >= 1);
    }
};

FT_REGISTER_TEST(ContentTranslationsTest)
#include "tst_content_translations.moc"
