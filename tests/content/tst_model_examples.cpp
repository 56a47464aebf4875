// The model builder's examples as course data: the bundled file loads without problems and in
// order; every mistake a teacher can make in an examples file is reported at its line and column,
// and only that example is left out.
#include "ft_test.h"

#include "content/content_library.h"
#include "content/content_file.h"
#include "content/engine_answer.h"
#include "content/model_example.h"

#include <QTest>

using ft::content::ContentProblems;
using ft::content::ModelExample;
using ft::content::parseModelExamples;

class ModelExamplesTest : public QObject
{
    Q_OBJECT

private slots:
    void bundledExamplesLoadInFileOrder()
    {
        const auto library = ft::content::ContentLibrary::load({QStringLiteral(FT_SOURCE_DIR)});
        QVERIFY2(!library.hasProblems(), qPrintable(library.problems().value(0).toString()));
        const QList<ModelExample> &examples = library.modelExamples();
        QVERIFY(examples.size() >= 8);
        QCOMPARE(examples.first().id, QStringLiteral("seed-cnn"));
        QVERIFY(examples.first().code.contains(QLatin1Char('\n'))); // kept as the author laid it out
        for (const ModelExample &example : examples) {
            QVERIFY(!example.title.isEmpty());
            QVERIFY(example.filePath.endsWith(QStringLiteral("examples/model-builder.md")));
        }
    }

    // A learner picks "Works: ..." to see a model run and "Bug: ..." to meet its error: each
    // bundled example does what its title says (golden.claims holds PyTorch to the same titles).
    void everyBundledExampleDoesWhatItsTitleSays_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        const auto library = ft::content::ContentLibrary::load({QStringLiteral(FT_SOURCE_DIR)});
        for (const ModelExample &example : library.modelExamples())
            QTest::newRow(qPrintable(example.id)) << example.title << example.input << example.code;
    }
    void everyBundledExampleDoesWhatItsTitleSays()
    {
        QFETCH(QString, title);
        QFETCH(QString, input);
        QFETCH(QString, code);
        const bool works = title.startsWith(QLatin1String("Works: "));
        QVERIFY2(works || title.startsWith(QLatin1String("Bug: ")), qPrintable(title));
        ft::content::ShapeTextError error;
        const std::optional<ft::Shape> shape = ft::content::parseShapeText(input, &error);
        QVERIFY(shape);
        const ft::content::EngineRun run = ft::content::runEngine(*shape, code);
        QVERIFY2(run.answer.isError() != works, qPrintable(run.answer.text()));
    }

    void problemsAreLocated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QString model = QStringLiteral("\n```python\nnn.Flatten()\n```\n");
        QTest::newRow("missing title") << QStringLiteral("## a\ninput: 2, 3\n") + model << 1 << 1 << "missing 'title: ...'";
        QTest::newRow("missing input") << QStringLiteral("## a\ntitle: A\n") + model << 1 << 1 << "missing 'input: ...'";
        QTest::newRow("input not a shape") << QStringLiteral("## a\ntitle: A\ninput: 2, x\n") + model << 3 << 11 << "example input: ";
        QTest::newRow("no model") << QStringLiteral("## a\ntitle: A\ninput: 2, 3\n") << 1 << 1 << "missing the model";
        QTest::newRow("model syntax")
            << QStringLiteral("## a\ntitle: A\ninput: 2, 3\n\n```python\nnn.Sequential(\n    nn.Linear(3 4)\n)\n```\n") << 7 << 17
            << "example model: ";
        QTest::newRow("unclosed block") << QStringLiteral("## a\ntitle: A\ninput: 2, 3\n```python\nnn.Flatten()\n") << 4 << 1
                                        << "never closed";
        QTest::newRow("bad id") << QStringLiteral("## Bad Id\ntitle: A\ninput: 2\n") + model << 1 << 4 << "example id 'Bad Id'";
        QTest::newRow("unknown field") << QStringLiteral("## a\ntitle: A\ninput: 2\ncolour: red\n") + model << 4 << 1
                                       << "unknown field 'colour'";
        QTest::newRow("id twice") << QStringLiteral("## a\ntitle: A\ninput: 2\n") + model + QStringLiteral("## a\ntitle: B\ninput: 2\n") + model
                                  << 8 << 4 << "used twice";
    }
    void problemsAreLocated()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        ContentProblems problems;
        const QList<ModelExample> examples = parseModelExamples(text, QStringLiteral("ex.md"), problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().toString()));
        QCOMPARE(problems.first().line, line);
        QCOMPARE(problems.first().column, column);
        QVERIFY(examples.size() <= 1); // only the faulty example is left out
    }

    void aConstructorErrorIsAFineExample()
    {
        ContentProblems problems;
        const auto examples = parseModelExamples(
            QStringLiteral("## dim\ntitle: Bug\ninput: 2, 3\n\n```python\nnn.Flatten(dim=0)\n```\n"), QStringLiteral("ex.md"), problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(examples.size(), 1);
        QCOMPARE(examples.first().code, QStringLiteral("nn.Flatten(dim=0)"));
        QCOMPARE(examples.first().line, 1);
    }
};

FT_REGISTER_TEST(ModelExamplesTest)
#include "tst_model_examples.moc"
