// Endless practice: every generated question's right answer is what ft::traceModel says, no
// question repeats an option, and a seed always gives the same set on every machine.
#include "ft_test.h"

#include "content/question_generator.h"
#include "engine/trace.h"

#include <QSet>
#include <QTest>

using ft::content::GeneratedKind;
using ft::content::Question;
using ft::content::QuestionGenerator;

namespace {

constexpr int kQuestionsPerSeed = 60;
const QList<quint32> kSeeds{0, 1, 7, 42, 1234, 999999};

QString shapeOption(const ft::Shape &shape) { return QLatin1Char('`') + QString::fromStdString(ft::formatShape(shape)) + QLatin1Char('`'); }

// The option text the engine's trace calls for, worked out here independently of the generator.
QString expectedRightOption(const Question &question, QString *why)
{
    const ft::ShapeTrace trace = ft::traceModel(question.inputShape, question.model.toStdString());
    switch (*QuestionGenerator::kindOf(question)) {
    case GeneratedKind::FlattenShape:
    case GeneratedKind::ModelOutcome:
        if (trace.output)
            return shapeOption(*trace.output);
        return QLatin1Char('`') + QString::fromStdString(trace.error->type + ": " + trace.error->message) + QLatin1Char('`');
    case GeneratedKind::InFeatures:
        // The model holds the right in_features: it must run, and equal what the Flatten gives.
        if (!trace.output) {
            *why = QStringLiteral("the in_features model does not run: ") + QString::fromStdString(trace.error->message);
            return {};
        }
        for (const ft::LayerTrace &layer : trace.layers) {
            if (layer.typeName == "Flatten")
                return QLatin1Char('`') + QString::number(layer.output.at(1)) + QLatin1Char('`');
        }
        *why = QStringLiteral("no Flatten in the model");
        return {};
    }
    return {};
}

QStringList optionTexts(const Question &question)
{
    QStringList texts;
    for (const ft::content::Option &option : question.options)
        texts << option.text;
    return texts;
}

} // namespace

class QuestionGeneratorTest : public QObject
{
    Q_OBJECT

private slots:
    void randomIsSplitMix64()
    {
        // Reference values of splitmix64 seeded with 0 (from the published C implementation).
        ft::content::PracticeRandom random(0);
        QCOMPARE(random.next(), Q_UINT64_C(0xE220A8397B1DCDAF));
        QCOMPARE(random.next(), Q_UINT64_C(0x6E789E6AA1B965F4));
        QCOMPARE(random.next(), Q_UINT64_C(0x06C45D188009454F));
    }

    void rangeReductionStaysInRangeAndCoversIt()
    {
        ft::content::PracticeRandom random(99);
        QSet<qint64> seen;
        for (int i = 0; i < 2000; ++i) {
            const qint64 value = random.between(-3, 4);
            QVERIFY(value >= -3 && value <= 4);
            seen.insert(value);
        }
        QCOMPARE(seen.size(), 8);
    }

    void rightAnswerIsTheEnginesTrace_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : kSeeds)
            QTest::addRow("set %u", seed) << seed;
    }

    void rightAnswerIsTheEnginesTrace()
    {
        QFETCH(quint32, seed);
        const QuestionGenerator generator(seed);
        for (int i = 0; i < kQuestionsPerSeed; ++i) {
            const Question question = generator.question(i);
            const QString context = question.id + QStringLiteral(": ") + question.model;
            QVERIFY2(QuestionGenerator::kindOf(question).has_value(), qPrintable(context));
            QString why;
            const QString expected = expectedRightOption(question, &why);
            QVERIFY2(why.isEmpty(), qPrintable(context + QStringLiteral(" — ") + why));
            QCOMPARE(question.correctIndexes().size(), 1);
            QCOMPARE(question.options.at(question.correctIndexes().first()).text, expected);
        }
    }

    void noQuestionHasTwoEqualOptions_data() { rightAnswerIsTheEnginesTrace_data(); }

    void noQuestionHasTwoEqualOptions()
    {
        QFETCH(quint32, seed);
        const QuestionGenerator generator(seed);
        for (int i = 0; i < kQuestionsPerSeed; ++i) {
            const Question question = generator.question(i);
            const QStringList texts = optionTexts(question);
            QVERIFY2(texts.size() >= 3 && texts.size() <= 6, qPrintable(question.id + QStringLiteral(": ") + texts.join(QStringLiteral(" | "))));
            QCOMPARE(QSet<QString>(texts.begin(), texts.end()).size(), texts.size());
        }
    }

    void everyQuestionIsComplete()
    {
        const QuestionGenerator generator(42);
        for (int i = 0; i < kQuestionsPerSeed; ++i) {
            const Question question = generator.question(i);
            QVERIFY(!question.stem.isEmpty());
            QVERIFY(!question.solution.isEmpty());
            QVERIFY(!question.quickCheck.isEmpty());
            QVERIFY2(!question.mistakes.isEmpty(), qPrintable(question.id));
            QVERIFY(question.answer.has_value());
            QVERIFY(question.difficulty >= 1 && question.difficulty <= 5);
            for (const ft::content::Option &option : question.options)
                QVERIFY2(!option.feedback.isEmpty(), qPrintable(question.id + QStringLiteral(" ") + option.text));
        }
    }

    void sameSeedGivesTheSameSet()
    {
        const QList<Question> a = QuestionGenerator(42).questions(0, 25);
        const QList<Question> b = QuestionGenerator(42).questions(0, 25);
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).id, b.at(i).id);
            QCOMPARE(a.at(i).stem, b.at(i).stem);
            QCOMPARE(optionTexts(a.at(i)), optionTexts(b.at(i)));
            QCOMPARE(a.at(i).correctIndexes(), b.at(i).correctIndexes());
        }
    }

    // Pinned so a change of algorithm (or a library that draws numbers differently) shows up:
    // a teacher's "practice set 42" must stay the same set.
    void setFortyTwoStartsAsPinned()
    {
        const Question first = QuestionGenerator(42).question(0);
        QCOMPARE(first.id, QStringLiteral("practice-42-0"));
        QCOMPARE(first.model, QStringLiteral("nn.Flatten(0, 2)"));
        QCOMPARE(QuestionGenerator(42).question(1).model, QStringLiteral("nn.Sequential(nn.Conv2d(1, 6, kernel_size=5), nn.ReLU(), nn.Flatten(), nn.Linear(726, 2))"));
    }

    void differentSeedsGiveDifferentSets()
    {
        QSet<QString> stems;
        for (quint32 seed : kSeeds) {
            QString all;
            for (const Question &question : QuestionGenerator(seed).questions(0, 10))
                all += question.stem + question.model;
            stems.insert(all);
        }
        QCOMPARE(stems.size(), kSeeds.size());
    }

    void everyKindAppears()
    {
        QSet<int> kinds;
        for (const Question &question : QuestionGenerator(3).questions(0, 40))
            kinds.insert(int(*QuestionGenerator::kindOf(question)));
        QCOMPARE(kinds.size(), 3);
    }

    void idRebuildsTheSameQuestion()
    {
        const Question original = QuestionGenerator(77).question(13);
        const std::optional<Question> rebuilt = QuestionGenerator::questionById(original.id);
        QVERIFY(rebuilt.has_value());
        QCOMPARE(rebuilt->stem, original.stem);
        QCOMPARE(optionTexts(*rebuilt), optionTexts(original));
        QVERIFY(!QuestionGenerator::questionById(QStringLiteral("flatten-output-16")).has_value());
        QVERIFY(!QuestionGenerator::questionById(QStringLiteral("practice-1-99999999999")).has_value());
    }
};

FT_REGISTER_TEST(QuestionGeneratorTest)
#include "tst_question_generator.moc"
