// Content cannot drift from PyTorch: every bundled question that names a shape, a model or an
// error is run through the engine here (ft::traceModel directly, not the loader's wrapper), and
// the option marked correct must be what the engine says. The engine itself is checked against
// real PyTorch by the golden tests, so this chains the course to PyTorch.
#include "ft_test.h"

#include "content/content_library.h"
#include "engine/source/source_trace.h"
#include "engine/trace.h"

#include <QRegularExpression>
#include <QTest>

using namespace ft::content;

namespace {

// What PyTorch (via the engine) answers, written as the course writes answers.
QString engineSays(const ft::Shape &input, const QString &model)
{
    const ft::ShapeTrace trace = ft::traceModel(input, model.toStdString());
    if (trace.output)
        return QString::fromStdString(ft::formatShape(*trace.output));
    return QString::fromStdString(trace.error->type + ": " + trace.error->message);
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('`')).simplified();
}

bool isOptionsRunQuestion(const Question &question)
{
    return question.kind == QuestionKind::Choice && !question.inputText.isEmpty() && question.model.isEmpty()
           && !question.startDim && !question.endDim;
}

} // namespace

class EngineAgreementTest : public QObject
{
    Q_OBJECT

private:
    ContentLibrary m_library;

private slots:
    void initTestCase()
    {
        m_library = ContentLibrary::load({QStringLiteral(FT_SOURCE_DIR)});
        QVERIFY(!m_library.questions().isEmpty());
    }

    void shapeQuestionsMarkTheEngineAnswerCorrect_data()
    {
        QTest::addColumn<QString>("id");
        int count = 0;
        for (const Question &question : m_library.questions()) {
            if (question.kind == QuestionKind::Shape && !question.isSourceQuestion()) {
                QTest::newRow(qPrintable(question.id)) << question.id;
                ++count;
            }
        }
        QVERIFY2(count >= 10, "at least 10 engine-checked shape questions");
    }

    // "What does this forward() return / where does it fail?": the class in the question's
    // ```python block, traced here with ft::source::traceSource (not the loader's wrapper).
    void sourceQuestionsAnswerWithTheTrace_data()
    {
        QTest::addColumn<QString>("id");
        int count = 0;
        for (const Question &question : m_library.questions()) {
            if (question.isSourceQuestion()) {
                QTest::newRow(qPrintable(question.id)) << question.id;
                ++count;
            }
        }
        QVERIFY2(count >= 8, "at least 8 source questions");
    }

    void sourceQuestionsAnswerWithTheTrace()
    {
        QFETCH(QString, id);
        const Question *question = m_library.question(id);
        QVERIFY(question->source.contains(QStringLiteral("class %1(").arg(question->sourceClass)));
        const ft::source::SourceTrace trace = ft::source::traceSource(question->inputShape, question->source.toStdString(),
                                                                      question->sourceClass.toStdString());
        QCOMPARE(question->correctIndexes().size(), 1);
        const QString correct = plain(question->options.at(question->correctIndexes().first()).text);
        QString expected;
        if (trace.error) {
            // The line Python's traceback names, its code, and PyTorch's exact error.
            const QString code = question->source.split(QLatin1Char('\n')).at(trace.error->line - 1).trimmed();
            expected = QStringLiteral("Line %1 (%2) raises %3: %4").arg(trace.error->line).arg(code,
                QString::fromStdString(trace.error->type), QString::fromStdString(trace.error->message));
            QCOMPARE(correct, expected);
            bool nothingRaises = false;
            for (const Option &option : question->options)
                nothingRaises |= !option.correct && option.text.startsWith(QLatin1String("Nothing raises"));
            QVERIFY2(nothingRaises, "a failing class offers 'nothing raises' as a wrong option");
        } else {
            QVERIFY(trace.succeeded);
            QCOMPARE(trace.outputs.size(), std::size_t(1));
            expected = QString::fromStdString(ft::formatShape(trace.outputs.front()));
            QCOMPARE(correct, expected);
            if (!trace.warnings.empty()) {
                // The silent batch change: the shape the author meant is offered, as a wrong option.
                // One row per sample: a vector should have been (batch, features), else dim 0 the batch.
                const ft::Dim batch = question->inputShape.front();
                ft::Shape intended = trace.outputs.front();
                if (intended.size() == 1)
                    intended = {batch, intended.front() / batch};
                else
                    intended[0] = batch;
                const QString intendedText = QString::fromStdString(ft::formatShape(intended));
                bool offered = false;
                for (const Option &option : question->options)
                    offered |= !option.correct && plain(option.text) == intendedText;
                QVERIFY2(offered, qPrintable(intendedText));
            }
        }
        for (const Option &option : question->options) {
            if (!option.correct)
                QVERIFY2(plain(option.text) != expected, qPrintable(option.text));
        }
    }

    void shapeQuestionsMarkTheEngineAnswerCorrect()
    {
        QFETCH(QString, id);
        const Question *question = m_library.question(id);
        const QString expected = engineSays(question->inputShape, question->effectiveModel());
        QCOMPARE(question->correctIndexes().size(), 1);
        QCOMPARE(plain(question->options.at(question->correctIndexes().first()).text), expected);
        for (const Option &option : question->options) {
            if (!option.correct)
                QVERIFY2(plain(option.text) != expected, qPrintable(option.text));
        }
    }

    void choiceQuestionsWithAModelStateTheEngineAnswer_data()
    {
        QTest::addColumn<QString>("id");
        for (const Question &question : m_library.questions()) {
            if (question.kind == QuestionKind::Choice && !question.inputText.isEmpty() && !isOptionsRunQuestion(question))
                QTest::newRow(qPrintable(question.id)) << question.id;
        }
    }

    void choiceQuestionsWithAModelStateTheEngineAnswer()
    {
        QFETCH(QString, id);
        const Question *question = m_library.question(id);
        const QString expected = engineSays(question->inputShape, question->effectiveModel());
        for (const Option &option : question->options)
            QCOMPARE(plain(option.text).contains(expected), option.correct);
    }

    void whichModelRunsQuestionsAgreeWithTheEngine_data()
    {
        QTest::addColumn<QString>("id");
        for (const Question &question : m_library.questions()) {
            if (isOptionsRunQuestion(question))
                QTest::newRow(qPrintable(question.id)) << question.id;
        }
    }

    void whichModelRunsQuestionsAgreeWithTheEngine()
    {
        QFETCH(QString, id);
        const Question *question = m_library.question(id);
        for (const Option &option : question->options) {
            const ft::ShapeTrace trace = ft::traceModel(question->inputShape, plain(option.text).toStdString());
            QVERIFY2(trace.output.has_value() == option.correct, qPrintable(option.text));
        }
    }

    // The guard that makes the checks above complete: an option stating a shape or a PyTorch error
    // is only allowed in a question the engine checks, directly or through its claims.
    void everyOptionNamingAShapeOrErrorIsEngineChecked()
    {
        static const QRegularExpression statesResult(QStringLiteral("^`?(\\(\\d[\\d, ]*\\)|\\w+Error: )"));
        for (const Question &question : m_library.questions()) {
            // Or backed by claims: the loader then requires every shape a correct option or any
            // feedback states to be a claim's input or result (ContentClaimsTest).
            const bool checked = question.kind == QuestionKind::Shape || !question.inputText.isEmpty() || !question.claims.isEmpty();
            for (const Option &option : question.options) {
                if (statesResult.match(option.text).hasMatch())
                    QVERIFY2(checked, qPrintable(question.id + QStringLiteral(": ") + option.text));
            }
        }
    }

    void everyLessonPlaygroundRunsInTheEngine()
    {
        int count = 0;
        for (const Lesson &lesson : m_library.lessons()) {
            for (const PlaygroundBlock &playground : lesson.playgrounds()) {
                if (playground.isClass())
                    continue; // traced and checked against its stated result when the lesson loads
                // Throws ParseError on a syntax error, which fails the test; a PyTorch error is a fine lesson.
                const ft::ShapeTrace trace = ft::traceModel(playground.inputShape, playground.effectiveModel().toStdString());
                QVERIFY(trace.output.has_value() || trace.error.has_value());
                ++count;
            }
        }
        QVERIFY(count > 0);
    }

    void lessonTextQuotesErrorsExactlyAsTheEngine_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("lessonId");
        // Each error the error-messages lesson quotes, with a model that raises it.
        QTest::newRow("mat1 and mat2") << "32, 3, 28, 28" << "nn.Sequential(nn.Flatten(), nn.Linear(1000, 100))" << "error-messages";
        QTest::newRow("dimension out of range") << "32, 3, 28, 28" << "nn.Flatten(4)" << "error-messages";
        QTest::newRow("start after end") << "32, 3, 28, 28" << "nn.Flatten(2, 1)" << "error-messages";
        QTest::newRow("unexpected keyword") << "32, 1, 28, 28" << "nn.Flatten(dim=0)" << "error-messages";
        QTest::newRow("conv2d input rank") << "32, 3, 28, 28" << "nn.Sequential(nn.Flatten(), nn.Conv2d(3, 16, 3))" << "error-messages";
        QTest::newRow("batch flattened") << "32, 3, 28, 28" << "nn.Sequential(nn.Flatten(start_dim=0), nn.Linear(2352, 10))" << "batch-dimension";
        QTest::newRow("in_features from the input size") << "32, 3, 64, 64" << "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(), nn.Linear(16*64*64, 128))" << "flatten-before-linear";
        QTest::newRow("missing flatten") << "32, 16, 62, 62" << "nn.Linear(16*62*62, 128)" << "flatten-before-linear";
    }

    void lessonTextQuotesErrorsExactlyAsTheEngine()
    {
        QFETCH(QString, input);
        QFETCH(QString, model);
        QFETCH(QString, lessonId);
        ft::Shape shape;
        for (const QString &size : input.split(QLatin1Char(',')))
            shape.push_back(size.trimmed().toLongLong());
        const ft::ShapeTrace trace = ft::traceModel(shape, model.toStdString());
        QVERIFY(trace.error.has_value());
        const Lesson *lesson = m_library.lesson(lessonId);
        QVERIFY(lesson);
        const QString message = QString::fromStdString(trace.error->message);
        QVERIFY2(lesson->body.simplified().contains(message), qPrintable(message));
    }
};

FT_REGISTER_TEST(EngineAgreementTest)
#include "tst_engine_agreement.moc"
