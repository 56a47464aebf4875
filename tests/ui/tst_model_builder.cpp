// The model builder, driven like a learner drives it: load each ready example, edit the
// expression and the input shape; the failing layer's row is highlighted with PyTorch's exact
// error and a fix hint; a syntax error shows the parser's caret. Expected errors below are what
// PyTorch 1.13 raises for the same model and input.
#include "ft_test.h"
#include "course_file.h"
#include "screenshot_dir.h"

#include "content/content_library.h"
#include "engine/diagnosis.h"
#include "engine/trace.h"
#include "ui/layer_table_model.h"
#include "ui/model_builder.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

using ft::ui::LayerTableModel;
using ft::ui::ModelBuilder;

namespace {

int currentRow(const QTableView *table) { return table->currentIndex().isValid() ? table->currentIndex().row() : -1; }

// The bundled course's examples (examples/model-builder.md).
QList<ft::content::ModelExample> courseExamples()
{
    return ft::content::ContentLibrary::load({QStringLiteral(FT_SOURCE_DIR)}).modelExamples();
}

// What the engine itself says about a model on an input: the diagnosis the builder must show.
ft::Diagnosis engineDiagnosis(const QString &input, const QString &code)
{
    const ft::ShapeTrace trace = ft::traceModel(ft::parseShape(input.toStdString()), code.toStdString());
    if (trace.error && trace.error->stage == ft::TraceStage::Construct)
        return ft::diagnoseTrace(trace);
    return ft::diagnoseTrace(trace, *ft::parseModel(code.toStdString()));
}

} // namespace

class ModelBuilderTest : public QObject
{
    Q_OBJECT

private slots:
    // The error is PyTorch's own text (from its golden data); the explanation and hint are the
    // engine's diagnosis, which the engine tests pin: the label must show exactly that.
    void examplesTraceAsPyTorchDoes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("failedLayer"); // -1: the model runs
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("output");
        QTest::newRow("seed CNN works") << "seed-cnn" << -1 << "" << "Output: (32, 128)";
        QTest::newRow("pooling CNN works") << "pooling-cnn" << -1 << "" << "Output: (64, 10)";
        QTest::newRow("Flatten(start_dim=0)")
            << "flatten-start-0" << 2 << "RuntimeError: mat1 and mat2 shapes cannot be multiplied (1x216320 and 6760x100)" << "";
        QTest::newRow("wrong in_features")
            << "wrong-in-features" << 2 << "RuntimeError: mat1 and mat2 shapes cannot be multiplied (32x10816 and 12544x10)" << "";
        QTest::newRow("missing Flatten")
            << "missing-flatten" << 1 << "RuntimeError: mat1 and mat2 shapes cannot be multiplied (31744x62 and 61504x128)" << "";
        QTest::newRow("channel mismatch")
            << "channel-mismatch" << 0
            << "RuntimeError: Given groups=1, weight of size [16, 3, 3, 3], expected input[32, 1, 28, 28] to have 3 "
               "channels, but got 1 channels instead"
            << "";
        QTest::newRow("kernel too big")
            << "kernel-too-big" << 1
            << "RuntimeError: Calculated padded input size per channel: (3 x 3). Kernel size: (5 x 5). Kernel size can't "
               "be greater than actual input size"
            << "";
        QTest::newRow("Flatten(dim=0) is refused when built")
            << "flatten-dim-keyword" << 0 << "TypeError: Flatten.__init__() got an unexpected keyword argument 'dim'" << "";
    }
    void examplesTraceAsPyTorchDoes()
    {
        QFETCH(QString, id);
        QFETCH(int, failedLayer);
        QFETCH(QString, error);
        QFETCH(QString, output);

        ModelBuilder builder;
        builder.setExamples(courseExamples());
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        const int index = builder.exampleIndex(id);
        QVERIFY(index >= 0);
        // Pick it the way a learner does: from the list, with the keyboard.
        builder.exampleBox()->setFocus();
        builder.loadExample(0);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(builder.exampleBox(), Qt::Key_Down);
        QCOMPARE(builder.exampleBox()->currentIndex(), index);
        QCOMPARE(builder.editor()->toPlainText(), builder.examples()[index].code);

        QVERIFY2(builder.parseErrorLabel()->isHidden(), qPrintable(builder.parseErrorLabel()->text()));
        QCOMPARE(builder.errorLabel()->text(), error);
        QCOMPARE(builder.outputLabel()->text(), output);
        const ft::Diagnosis diagnosis = engineDiagnosis(builder.inputEdit()->text(), builder.editor()->toPlainText());
        QCOMPARE(builder.explanationLabel()->text(), QString::fromStdString(diagnosis.explanation));
        QCOMPARE(builder.hintLabel()->text(), diagnosis.hint.empty() ? QString() : QStringLiteral("Hint: ") + QString::fromStdString(diagnosis.hint));
        // Every buggy example comes with an explanation and a hint to fix it.
        QCOMPARE(builder.explanationLabel()->text().isEmpty(), failedLayer < 0);
        QCOMPARE(builder.hintLabel()->text().isEmpty(), failedLayer < 0);

        LayerTableModel *model = builder.layerModel();
        if (failedLayer < 0) {
            QCOMPARE(model->failedRow(), -1);
            return;
        }
        const int row = LayerTableModel::rowOfLayer(failedLayer);
        QCOMPARE(model->failedRow(), row);
        QCOMPARE(currentRow(builder.table()), row);
        const QModelIndex cell = model->index(row, LayerTableModel::OutputColumn);
        QCOMPARE(cell.data(LayerTableModel::StateRole).toInt(), int(LayerTableModel::RowState::Failed));
        QVERIFY(cell.data(Qt::BackgroundRole).isValid());
        QVERIFY(error.endsWith(cell.data(LayerTableModel::ErrorMessageRole).toString()));
        for (int r = row + 1; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, 0).data(LayerTableModel::StateRole).toInt(), int(LayerTableModel::RowState::NotReached));
    }

    void fixingTheExpressionClearsTheError()
    {
        ModelBuilder builder;
        builder.setExamples(courseExamples());
        builder.loadExample(builder.exampleIndex(QStringLiteral("wrong-in-features")));
        QCOMPARE(builder.layerModel()->failedRow(), 3);
        QString code = builder.editor()->toPlainText();
        code.replace(QStringLiteral("16 * 28 * 28"), QStringLiteral("16 * 26 * 26"));
        builder.editor()->setPlainText(code);
        QCOMPARE(builder.layerModel()->failedRow(), -1);
        QVERIFY(builder.errorLabel()->isHidden());
        QCOMPARE(builder.outputLabel()->text(), QStringLiteral("Output: (32, 10)"));
        QCOMPARE(builder.layerModel()->index(3, LayerTableModel::OutputColumn).data().toString(), QStringLiteral("(32, 10)"));
    }

    // PyTorch's own warnings show under the output, as PyTorch prints them and runs on; a model
    // that does not warn shows none.
    void pytorchWarningsShowUnderTheOutput()
    {
        ModelBuilder builder;
        builder.setInputText(QStringLiteral("4, 10"));
        builder.setModelText(QStringLiteral("nn.Sequential(nn.Linear(10, 3), nn.Softmax())"));
        QVERIFY(builder.errorLabel()->isHidden());
        QVERIFY(!builder.warningLabel()->isHidden());
        const ft::ShapeTrace trace = ft::traceModel({4, 10}, "nn.Sequential(nn.Linear(10, 3), nn.Softmax())");
        QCOMPARE(trace.pytorchWarnings.size(), size_t(1));
        QCOMPARE(builder.warningLabel()->text(),
                 QStringLiteral("UserWarning at layer 1: ") + QString::fromStdString(trace.pytorchWarnings.front().warning.message));
        builder.setModelText(QStringLiteral("nn.Sequential(nn.LSTM(10, 3, dropout=0.5), nn.Flatten())"));
        QVERIFY(!builder.errorLabel()->isHidden());
        QVERIFY2(builder.warningLabel()->text().startsWith(QStringLiteral("UserWarning while building layer 0: dropout option")),
                 qPrintable(builder.warningLabel()->text()));
        builder.setModelText(QStringLiteral("nn.Sequential(nn.Linear(10, 3), nn.Softmax(dim=1))"));
        QVERIFY(builder.warningLabel()->isHidden());
        QVERIFY(builder.warningLabel()->text().isEmpty());
    }

    void typingInTheEditorRetraces()
    {
        ModelBuilder builder;
        builder.setExamples(courseExamples());
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        builder.editor()->clear();
        builder.editor()->setFocus();
        QTest::keyClicks(builder.editor(), QStringLiteral("nn.Flatten(0)"));
        // The first example's input, (32, 3, 64, 64), flattened from dim 0: 32 * 3 * 64 * 64 values.
        QVERIFY(builder.parseErrorLabel()->isHidden());
        QCOMPARE(builder.outputLabel()->text(), QStringLiteral("Output: (393216,)"));
        QCOMPARE(builder.layerModel()->rowCount(), 2);
        // The Example box names the model shown: no example now, not the last one picked.
        QCOMPARE(builder.exampleBox()->currentIndex(), -1);
        QCOMPARE(builder.exampleBox()->placeholderText(), QStringLiteral("Your own model"));
        builder.loadExample(1);
        QCOMPARE(builder.exampleBox()->currentIndex(), 1);
        // Typing an example's model back names that example again.
        const ft::content::ModelExample first = courseExamples().first();
        builder.setInputText(first.input);
        builder.setModelText(first.code);
        QCOMPARE(builder.exampleBox()->currentIndex(), 0);
    }

    void parseErrorShowsCaretUnderTheColumn()
    {
        ModelBuilder builder;
        builder.setExamples(courseExamples());
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        const QString source = QStringLiteral("nn.Sequential(nn.Flatten(), nn.Linear(10 10))");
        builder.setModelText(source);
        QVERIFY(builder.parseErrorLabel()->isVisible());
        const QStringList lines = builder.parseErrorLabel()->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(QStringLiteral("column ")), qPrintable(lines[0]));
        // The caret sits under the second 10, where the parser expected ',' or ')'.
        const int caret = int(lines[2].indexOf(QLatin1Char('^')));
        QVERIFY(caret > 0);
        QCOMPARE(lines[1].mid(caret, 2), QStringLiteral("10"));
        QCOMPARE(lines[1].trimmed(), source);
        // The editor marks the same character.
        const QList<QTextEdit::ExtraSelection> marks = builder.editor()->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().cursor.selectedText(), QStringLiteral("1"));
        QCOMPARE(source.mid(marks.first().cursor.selectionStart(), 2), QStringLiteral("10"));
        QCOMPARE(builder.layerModel()->rowCount(), 0);
        QVERIFY(builder.errorLabel()->isHidden());
        QVERIFY(builder.grab().save(screenshotDir() + QStringLiteral("/model-builder-syntax-error.png")));
    }

    void multiLineParseErrorNamesTheLine()
    {
        ModelBuilder builder;
        builder.setExamples(courseExamples());
        builder.setModelText(QStringLiteral("nn.Sequential(\n    nn.Flatten(),\n    nn.Linear(10 10)\n)"));
        const QStringList lines = builder.parseErrorLabel()->text().split(QLatin1Char('\n'));
        QVERIFY2(lines[0].startsWith(QStringLiteral("line 3, column ")), qPrintable(lines[0]));
        const int caret = int(lines[2].indexOf(QLatin1Char('^')));
        QCOMPARE(lines[1].mid(caret, 2), QStringLiteral("10"));
    }

    void badInputShapeIsReported()
    {
        ModelBuilder builder;
        builder.setExamples(courseExamples());
        builder.setInputText(QStringLiteral("32, -3"));
        QVERIFY(!builder.parseErrorLabel()->isHidden());
        QVERIFY(builder.parseErrorLabel()->text().contains(QLatin1Char('^')));
        QVERIFY(!builder.trace().has_value());
        builder.setInputText(QStringLiteral("32, 3, 64, 64"));
        QVERIFY(builder.parseErrorLabel()->isHidden());
        QVERIFY(builder.trace().has_value());
    }

    // The examples are course data: a teacher's examples/ folder adds to the list, no code change.
    void examplesComeFromTheCourseFolder()
    {
        QTemporaryDir dir;
        QVERIFY(writeCourseFile(dir, QStringLiteral("examples/mine.md"),
                                "## teacher-mlp\ntitle: A teacher's MLP\ninput: 4, 1, 8, 8\n\n```python\n"
                                "nn.Sequential(\n    nn.Flatten(),\n    nn.Linear(64, 10)\n)\n```\n"));
        const auto library = ft::content::ContentLibrary::load({QStringLiteral(FT_SOURCE_DIR), dir.path()});
        QVERIFY2(!library.hasProblems(), qPrintable(library.problems().value(0).toString()));
        ModelBuilder builder;
        builder.setExamples(library.modelExamples());
        QCOMPARE(builder.exampleBox()->count(), int(courseExamples().size()) + 1);
        QCOMPARE(builder.exampleBox()->itemText(0), courseExamples().first().title); // the first one is loaded
        QCOMPARE(builder.editor()->toPlainText(), courseExamples().first().code);
        const int mine = builder.exampleIndex(QStringLiteral("teacher-mlp"));
        QCOMPARE(mine, builder.exampleBox()->count() - 1);
        QCOMPARE(builder.exampleBox()->itemText(mine), QStringLiteral("A teacher's MLP"));
        builder.loadExample(mine);
        QCOMPARE(builder.inputEdit()->text(), QStringLiteral("4, 1, 8, 8"));
        QCOMPARE(builder.outputLabel()->text(), QStringLiteral("Output: (4, 10)"));
    }

    void screenshotOfABuggyModel()
    {
        ModelBuilder builder;
        builder.setExamples(courseExamples());
        builder.resize(1100, 760);
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        builder.loadExample(builder.exampleIndex(QStringLiteral("wrong-in-features")));
        QVERIFY(builder.grab().save(screenshotDir() + QStringLiteral("/model-builder.png")));
        builder.loadExample(builder.exampleIndex(QStringLiteral("pooling-cnn")));
        QVERIFY(builder.grab().save(screenshotDir() + QStringLiteral("/model-builder-ok.png")));
        builder.setInputText(QStringLiteral("8, 16, 20"));
        builder.setModelText(QStringLiteral("nn.Sequential(nn.Conv1d(16, 8, 3), nn.Dropout2d(), nn.Flatten(), nn.Linear(144, 4), nn.Softmax())"));
        QVERIFY(builder.grab().save(screenshotDir() + QStringLiteral("/model-builder-warnings.png")));
    }
};

FT_REGISTER_TEST(ModelBuilderTest)
#include "tst_model_builder.moc"
