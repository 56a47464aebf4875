// Moodle GIFT import and export (ft::content::GiftFormat): the whole bundled course survives
// export -> import unchanged, hand-written files in the forms Moodle's documentation shows import
// as the questions they mean, and hostile files are refused with the position of the problem.
#include "ft_test.h"

#include "content/content_library.h"
#include "content/content_paths.h"
#include "content_test_util.h"
#include "content/gift_format.h"
#include "content/question_bank_loader.h"

#include <QRegularExpression>
#include <algorithm>
#include <QTest>

using namespace ft::content;

namespace {

QStringList bundledLessonIds()
{
    QStringList ids;
    const ContentLibrary library = ContentLibrary::load({bundledContentDir()});
    for (const Lesson &lesson : library.lessons())
        ids << lesson.id;
    return ids;
}

// The bank a GIFT text imports as, or a failure listing the problems.
std::optional<QuestionBank> importGift(const QString &gift, const GiftImportOptions &options, ContentProblems *problemsOut = nullptr)
{
    const GiftImport imported = GiftFormat::read(gift, QStringLiteral("class.gift"), options);
    if (problemsOut)
        *problemsOut = imported.problems;
    if (!imported.bankText)
        return std::nullopt;
    ContentProblems problems;
    std::optional<QuestionBank> bank = parseQuestionBank(*imported.bankText, QStringLiteral("class.md"), problems);
    if (!problems.isEmpty())
        return std::nullopt;
    return bank;
}

QString problemsText(const ContentProblems &problems)
{
    QStringList lines;
    for (const ContentProblem &problem : problems)
        lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
}

GiftImportOptions fixtureOptions()
{
    GiftImportOptions options;
    options.lesson = QStringLiteral("what-flatten-does");
    options.knownLessons = bundledLessonIds();
    return options;
}

} // namespace

class GiftFormatTest : public QObject
{
    Q_OBJECT

private slots:
    void everyBundledBankSurvivesExportAndImport_data()
    {
        QTest::addColumn<QString>("bankId");
        const ContentLibrary library = ContentLibrary::load({bundledContentDir()});
        QVERIFY(library.banks().size() >= 8);
        for (const QuestionBank &bank : library.banks())
            QTest::newRow(qPrintable(bank.id)) << bank.id;
    }
    void everyBundledBankSurvivesExportAndImport()
    {
        QFETCH(QString, bankId);
        const ContentLibrary library = ContentLibrary::load({bundledContentDir()});
        const QuestionBank *original = nullptr;
        for (const QuestionBank &bank : library.banks()) {
            if (bank.id == bankId)
                original = &bank;
        }
        QVERIFY(original);
        GiftImportOptions options;
        options.knownLessons = bundledLessonIds();
        ContentProblems problems;
        const std::optional<QuestionBank> back =
            importGift(GiftFormat::write(original->id, original->title, original->questions), options, &problems);
        QVERIFY2(back, qPrintable(problemsText(problems)));
        QCOMPARE(back->id, original->id);
        QCOMPARE(back->title, original->title);
        QCOMPARE(back->questions.size(), original->questions.size());
        for (qsizetype i = 0; i < original->questions.size(); ++i) {
            const Question &a = original->questions.at(i);
            const Question &b = back->questions.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(int(b.kind), int(a.kind));
            QCOMPARE(b.stem, a.stem);
            QCOMPARE(b.options.size(), a.options.size());
            for (qsizetype k = 0; k < a.options.size(); ++k) {
                QCOMPARE(b.options.at(k).text, a.options.at(k).text);
                QCOMPARE(b.options.at(k).feedback, a.options.at(k).feedback);
                QCOMPARE(b.options.at(k).correct, a.options.at(k).correct);
            }
            QCOMPARE(b.solution, a.solution);
            QCOMPARE(b.quickCheck, a.quickCheck);
            QCOMPARE(b.mistakes, a.mistakes);
            QCOMPARE(b.difficulty, a.difficulty);
            QCOMPARE(b.tags, a.tags);
            QCOMPARE(b.lessonId, a.lessonId);
            QCOMPARE(b.inputText, a.inputText);
            QCOMPARE(b.model, a.model);
            QCOMPARE(b.sourceClass, a.sourceClass);
            QCOMPARE(b.source, a.source);
            QCOMPARE(b.startDim, a.startDim);
            QCOMPARE(b.endDim, a.endDim);
            QCOMPARE(b.answer.has_value(), a.answer.has_value());
        }
    }

    // A shape question's own wrong options are shown shuffled among the engine's. They used to
    // travel in that shuffled order, came back in the wrong order for the shuffle, and the
    // question came back as a choice question; so authors dropped options to make it survive.
    // The course has shape questions whose written options are shown out of their written order.
    void shapeQuestionsKeepSeveralAuthoredOptionsThroughMoodle()
    {
        const ContentLibrary library = ContentLibrary::load({bundledContentDir()});
        QList<Question> reordered;
        for (const Question &question : library.questions()) {
            QList<int> lines;
            for (const Option &option : question.options) {
                if (option.line != 0)
                    lines << option.line;
            }
            if (question.kind == QuestionKind::Shape && lines.size() >= 2 && !std::is_sorted(lines.begin(), lines.end()))
                reordered << question;
        }
        QVERIFY2(!reordered.isEmpty(), "a bundled shape question shows its written options out of their written order");
        GiftImportOptions options;
        options.knownLessons = bundledLessonIds();
        ContentProblems problems;
        const std::optional<QuestionBank> back = importGift(GiftFormat::write(QStringLiteral("b"), QStringLiteral("B"), reordered), options, &problems);
        QVERIFY2(back, qPrintable(problemsText(problems)));
        QCOMPARE(back->questions.size(), reordered.size());
        for (qsizetype i = 0; i < reordered.size(); ++i) {
            const Question &question = back->questions.at(i);
            QCOMPARE(int(question.kind), int(QuestionKind::Shape));
            QCOMPARE(question.options.size(), reordered.at(i).options.size());
            for (qsizetype k = 0; k < question.options.size(); ++k) {
                QCOMPARE(question.options.at(k).text, reordered.at(i).options.at(k).text);
                QCOMPARE(question.options.at(k).line != 0, reordered.at(i).options.at(k).line != 0); // still the author's
            }
        }
    }

    // Moodle reads a file in which several answers are right only through weights adding up to 100%.
    void severalRightAnswersAreWrittenAsWeights()
    {
        const ContentLibrary library = ContentLibrary::load({bundledContentDir()});
        QList<Question> several;
        for (const Question &question : library.questions()) {
            if (question.isMultipleAnswer())
                several << question;
        }
        QVERIFY2(!several.isEmpty(), "the course should have a question with several right answers");
        const QString gift = GiftFormat::write(QStringLiteral("b"), QStringLiteral("B"), several.mid(0, 1));
        const int right = int(several.first().correctIndexes().size());
        QCOMPARE(gift.count(QStringLiteral("\t~%") + QString::number(100.0 / right, 'f', 5).remove(QRegularExpression(QStringLiteral("\\.?0+$"))) + QLatin1Char('%')), right);
        QVERIFY(!gift.contains(QStringLiteral("\n\t=")));
    }

    // A teacher changed a computed option in Moodle: the question comes back as a choice question,
    // still checked by the engine, with the teacher's options.
    void editedShapeQuestionKeepsTheTeachersOptions()
    {
        const ContentLibrary library = ContentLibrary::load({bundledContentDir()});
        const Question *shape = library.question(QStringLiteral("flatten-output-16"));
        QVERIFY(shape && shape->kind == QuestionKind::Shape);
        QString gift = GiftFormat::write(QStringLiteral("b"), QStringLiteral("B"), {*shape});
        const QString wrong = shape->options.at(shape->correctIndexes().first() == 0 ? 1 : 0).feedback;
        gift.replace(GiftFormat::escape(wrong), QStringLiteral("Rewritten in Moodle."));
        GiftImportOptions options;
        options.knownLessons = bundledLessonIds();
        ContentProblems problems;
        const std::optional<QuestionBank> back = importGift(gift, options, &problems);
        QVERIFY2(back, qPrintable(problemsText(problems)));
        const Question &question = back->questions.first();
        QCOMPARE(int(question.kind), int(QuestionKind::Choice));
        QVERIFY(question.answer.has_value()); // the engine still checks the right option
        QCOMPARE(question.model, shape->model);
        bool found = false;
        for (const Option &option : question.options)
            found = found || option.feedback == QLatin1String("Rewritten in Moodle.");
        QVERIFY(found);
    }

    void multipleChoiceFixtureImports()
    {
        ContentProblems problems;
        const std::optional<QuestionBank> bank = importGift(readFixture(QStringLiteral("gift/multiple-choice.gift")), fixtureOptions(), &problems);
        QVERIFY2(bank, qPrintable(problemsText(problems)));
        QCOMPARE(bank->title, QStringLiteral("Flatten basics"));
        QCOMPARE(bank->questions.size(), 3);
        const Question &job = bank->questions.at(0);
        QCOMPARE(job.id, QStringLiteral("flatten-job"));
        QCOMPARE(job.stem, QStringLiteral("What does a Flatten layer do to each sample?"));
        QCOMPARE(job.options.size(), 3);
        QCOMPARE(job.correctIndexes(), QList<int>{1});
        QCOMPARE(job.options.at(1).text, QStringLiteral("It turns it into one vector"));
        QCOMPARE(job.options.at(1).feedback, QStringLiteral("Right: a pure reshape, the batch stays."));
        QCOMPARE(job.solution, QStringList{QStringLiteral("Flatten only reshapes: (32, 3, 28, 28) becomes (32, 2352).")});
        QCOMPARE(job.quickCheck, QStringLiteral("Flatten = one vector per sample."));
        QCOMPARE(job.difficulty, 2);
        QCOMPARE(job.lessonId, QStringLiteral("what-flatten-does"));

        const Question &missing = bank->questions.at(1);
        QCOMPARE(missing.stem, QStringLiteral("nn.Flatten() keeps dimension _____ of the input."));
        QCOMPARE(missing.options.at(0).text, QStringLiteral("0"));

        const Question &trueFalse = bank->questions.at(2);
        QCOMPARE(trueFalse.stem, QStringLiteral("`nn.Flatten()` merges the batch dimension too."));
        QCOMPARE(trueFalse.options.size(), 2);
        QCOMPARE(trueFalse.options.at(0).text, QStringLiteral("True"));
        QVERIFY(!trueFalse.options.at(0).correct);
        QCOMPARE(trueFalse.options.at(0).feedback, QStringLiteral("No: it starts at dim 1."));
        QVERIFY(trueFalse.options.at(1).correct);
        QCOMPARE(trueFalse.options.at(1).feedback, QStringLiteral("Right: the batch stays."));
    }

    void weightedAnswersFixtureImports()
    {
        ContentProblems problems;
        const std::optional<QuestionBank> bank = importGift(readFixture(QStringLiteral("gift/multiple-answers.gift")), fixtureOptions(), &problems);
        QVERIFY2(bank, qPrintable(problemsText(problems)));
        QCOMPARE(bank->id, QStringLiteral("class")); // no category: named after the file, class.gift
        QCOMPARE(bank->questions.size(), 2);
        QCOMPARE(bank->questions.at(0).correctIndexes(), (QList<int>{0, 1}));
        QCOMPARE(bank->questions.at(0).options.at(1).text, QStringLiteral("torch.flatten(x, 1)"));
        QCOMPARE(bank->questions.at(1).correctIndexes(), (QList<int>{0, 1, 2}));
    }

    void escapesFixtureImports()
    {
        ContentProblems problems;
        const std::optional<QuestionBank> bank = importGift(readFixture(QStringLiteral("gift/escapes.gift")), fixtureOptions(), &problems);
        QVERIFY2(bank, qPrintable(problemsText(problems)));
        const Question &question = bank->questions.first();
        QCOMPARE(question.stem, QStringLiteral("In Python, `d = {\"a\": 1}` then `x = ~mask` # a comment.\nWhich is a dict?"));
        QCOMPARE(question.options.at(0).text, QStringLiteral("`{\"a\": 1}`"));
        QCOMPARE(question.options.at(0).feedback, QStringLiteral("Right: braces with key: value pairs."));
        QCOMPARE(question.options.at(1).text, QStringLiteral("`~mask`"));
        QCOMPARE(question.options.at(2).feedback, QStringLiteral("An assignment, not a value; C:\\temp is no dict either."));
        QCOMPARE(question.quickCheck, QStringLiteral("{key: value} is a dict."));
        // And back: the writer escapes the same characters.
        QVERIFY(GiftFormat::write(bank->id, bank->title, bank->questions).contains(QStringLiteral("`\\{\"a\"\\: 1\\}`#Right\\: braces")));
    }

    void hostileFilesAreRefusedWithAPosition_data()
    {
        QTest::addColumn<QString>("gift");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        // The sections of the general feedback, their '#' escaped as Moodle's own export writes them.
        const QString sections = QStringLiteral("####\\#\\#\\# Solution\\n1. S.\\n\\#\\#\\# Quick check\\nQ.\\n\\#\\#\\# Mistakes\\n- M.");
        QTest::newRow("unclosed brace") << QStringLiteral("::a::Q? {\n=x #r\n~y #w\n\n::b::R? {=x #r ~y #w %1}").arg(sections) << 1 << 9 << "'{' is not closed";
        QTest::newRow("stray closing brace") << QStringLiteral("Q? } {=x #r ~y #w %1}").arg(sections) << 1 << 4 << "'}' without an opening '{'";
        QTest::newRow("brace inside answers") << QStringLiteral("Q? {=x { #r ~y #w}") << 1 << 8 << "'{' inside the answers";
        QTest::newRow("two answer blocks") << QStringLiteral("Q? {=x #r ~y #w} and {=a ~b}") << 1 << 22 << "a second answer block";
        QTest::newRow("unclosed title") << QStringLiteral("::title Q? {=x #r ~y #w}") << 1 << 1 << "the title '::' is not closed";
        QTest::newRow("short answer") << QStringLiteral("Q? {=x =y}") << 1 << 5 << "short-answer";
        QTest::newRow("numerical") << QStringLiteral("Q? {#1822:5}") << 1 << 5 << "numerical";
        QTest::newRow("matching") << QStringLiteral("Q? {=a -> b =c -> d}") << 1 << 5 << "matching";
        QTest::newRow("essay") << QStringLiteral("Q? {}") << 1 << 4 << "an essay question";
        QTest::newRow("description") << QStringLiteral("// a note\nJust some text.") << 2 << 1 << "a description";
        QTest::newRow("bad weight") << QStringLiteral("Q? {~%150%x #r ~y #w %1}").arg(sections) << 1 << 6 << "must be a percentage from -100 to 100";
        QTest::newRow("weights not 100") << QStringLiteral("Q? {~%50%x #r ~%40%y #r ~z #w %1}").arg(sections) << 1 << 4 << "add up to 90%, not 100%";
        QTest::newRow("partial credit") << QStringLiteral("Q? {=x #r ~%50%y #w %1}").arg(sections) << 1 << 11 << "partial credit (%50%)";
        QTest::newRow("no right answer") << QStringLiteral("Q? {~x #r ~y #w %1}").arg(sections) << 1 << 4 << "no answer is right";
        QTest::newRow("answer without feedback") << QStringLiteral("Q? {=x #r\n~y\n%1}").arg(sections) << 2 << 1 << "answer 'y' has no feedback";
        QTest::newRow("empty answer") << QStringLiteral("Q? {=x #r ~ #w %1}").arg(sections) << 1 << 11 << "answer has no text";
        QTest::newRow("no general feedback") << QStringLiteral("Q? {=x #r ~y #w}") << 1 << 4 << "no general feedback";
        QTest::newRow("general feedback without sections") << QStringLiteral("Q? {=x #r ~y #w ####Because.}") << 1 << 17 << "missing section '### Quick check'";
        QTest::newRow("one option") << QStringLiteral("Q? {=x #r ~%-100%x #w %1}").arg(sections).replace(QStringLiteral("~%-100%x #w "), QStringLiteral("~ #w ")) << 1 << 11 << "answer has no text";
        QTest::newRow("seven options") << QStringLiteral("Q? {=a #r ~b #w ~c #w ~d #w ~e #w ~f #w ~g #w %1}").arg(sections) << 1 << 4 << "a question needs 2 to 6 options, found 7";
        QTest::newRow("bad metadata") << QStringLiteral("// flatten-tutor {difficulty: 2}\nQ? {=x #r ~y #w %1}").arg(sections) << 1 << 19 << "must hold a JSON object";
        QTest::newRow("difficulty out of range") << QStringLiteral("// flatten-tutor {\"difficulty\": 9}\nQ? {=x #r ~y #w %1}").arg(sections) << 1 << 18 << "difficulty";
        QTest::newRow("unknown lesson") << QStringLiteral("// flatten-tutor {\"lesson\": \"no-such-lesson\"}\nQ? {=x #r ~y #w %1}").arg(sections) << 1 << 18 << "lesson 'no-such-lesson' does not exist";
        QTest::newRow("model that does not parse") << QStringLiteral("// flatten-tutor {\"input\": \"2, 3\", \"model\": \"nn.Flatten(\"}\nQ? {=x #r ~y #w %1}").arg(sections) << 1 << 18 << "model:";
        QTest::newRow("heading in the question text") << QStringLiteral("## Not a heading\\nQ? {=x #r ~y #w %1}").arg(sections) << 1 << 1 << "starts with '##'";
        QTest::newRow("category glued to a question") << QStringLiteral("$CATEGORY: x\nQ? {=x #r ~y #w %1}").arg(sections) << 1 << 1 << "blank line after the $CATEGORY";
        QTest::newRow("empty file") << QString() << 1 << 1 << "no questions found";
    }
    void hostileFilesAreRefusedWithAPosition()
    {
        QFETCH(QString, gift);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const GiftImport imported = GiftFormat::read(gift, QStringLiteral("class.gift"), fixtureOptions());
        QVERIFY2(!imported.bankText, "a file with a problem must give no bank at all");
        QVERIFY(!imported.problems.isEmpty());
        const ContentProblem &problem = imported.problems.first();
        QVERIFY2(problem.message.contains(message), qPrintable(problemsText(imported.problems)));
        QCOMPARE(problem.file, QStringLiteral("class.gift"));
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.column, column);
    }
};

FT_REGISTER_TEST(GiftFormatTest)
#include "tst_gift_format.moc"
