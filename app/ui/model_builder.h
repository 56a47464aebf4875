// model_builder.h — write an nn.Sequential(...) expression, see every layer's output shape.
//
// An editor for the expression, an input shape field and a layer table like torchinfo's summary
// (LayerTableModel). Every edit re-traces the model through the engine: the layer that raised is
// highlighted with PyTorch's exact error, a plain explanation and a concrete fix hint; a syntax
// error shows the engine's message with a caret under the column. The ready examples are course
// data (examples/*.md in a content folder: the seed tutorial's CNNs, correct and buggy).
//
//     auto *builder = new ft::ui::ModelBuilder(this);
//     builder->setExamples(library.modelExamples());        // loads the first one
//     builder->loadExample(builder->exampleIndex(QStringLiteral("missing-flatten")));
//     builder->layerModel()->failedRow();   // the Linear's row
//     builder->hintLabel()->text();         // "Hint: Add nn.Flatten() before this Linear: ..."
#pragma once

#include "content/model_example.h"
#include "engine/trace.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace ft::ui {

class LayerTableModel;

class ModelBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit ModelBuilder(QWidget *parent = nullptr);

    // The examples the list offers; the first one is loaded (the editor stays as it is when empty).
    void setExamples(const QList<ft::content::ModelExample> &examples);
    const QList<ft::content::ModelExample> &examples() const { return m_examples; }
    int exampleIndex(const QString &id) const;

    void loadExample(int index);
    void setModelText(const QString &text);
    void setInputText(const QString &text);

    QComboBox *exampleBox() const { return m_exampleBox; }
    QPlainTextEdit *editor() const { return m_editor; }
    QLineEdit *inputEdit() const { return m_inputEdit; }
    QTableView *table() const { return m_table; }
    LayerTableModel *layerModel() const { return m_model; }
    QLabel *parseErrorLabel() const { return m_parseErrorLabel; }
    QLabel *outputLabel() const { return m_outputLabel; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QLabel *explanationLabel() const { return m_explanationLabel; }
    QLabel *hintLabel() const { return m_hintLabel; }
    // PyTorch's own warnings for this model (nn.Softmax() without a dim), one per line.
    QLabel *warningLabel() const { return m_warningLabel; }
    QLabel *totalLabel() const { return m_totalLabel; }
    // The last trace; empty while the expression or the input shape does not parse.
    const std::optional<ft::ShapeTrace> &trace() const { return m_trace; }

signals:
    void traced();

protected:
    void changeEvent(QEvent *event) override;

private:
    void syncExampleBox();
    void refresh();
    void showParseError(const ft::ParseError &error, bool inEditor);
    void applyFonts();
    void fitTableToRows();

    QList<ft::content::ModelExample> m_examples;
    QComboBox *m_exampleBox = nullptr;
    QLineEdit *m_inputEdit = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_parseErrorLabel = nullptr;
    QTableView *m_table = nullptr;
    LayerTableModel *m_model = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_outputLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_explanationLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_warningLabel = nullptr;
    std::optional<ft::ShapeTrace> m_trace;
    bool m_loading = false;
};

} // namespace ft::ui
