// source_step_model.h — the steps of a traced model class as a table: line, call, output shape.
//
// One row per tensor-producing call the engine recorded (SourceTrace::steps), in order; the
// module's repr is the call's tooltip; the row that changed the batch is marked (StateRole).
// lineHints() gives, per source line, what the editor paints at that line's right margin: the
// output of the last call that ran on it (a line like `x = self.pool(F.relu(self.conv1(x)))`
// makes three calls; the outermost one runs last), the warning's kind before it on the line
// that changed the batch, the error's type on the line that raised.
//
//     auto *model = new ft::ui::SourceStepModel(this);
//     model->setTrace(ft::source::traceSource({4, 3, 32, 32}, code));
//     model->lineHints().value(21).text;   // "→ (4, 6, 14, 14)"
#pragma once

#include "ui/code_editor.h"
#include "engine/source/source_trace.h"

#include <QAbstractTableModel>
#include <QMap>

#include <optional>

namespace ft::ui {

class SourceStepModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, CodeColumn, OutputColumn, ColumnCount };
    enum class RowState { Normal, BatchChanged };
    static constexpr int StateRole = Qt::UserRole + 1;
    static constexpr int LineRole = Qt::UserRole + 2;

    explicit SourceStepModel(QObject *parent = nullptr);

    void setTrace(const ft::source::SourceTrace &trace);
    void clear();
    const std::optional<ft::source::SourceTrace> &trace() const { return m_trace; }

    const ft::source::SourceStep &step(int row) const { return m_trace->steps.at(size_t(row)); }
    // The last step recorded on a 1-based line, -1 when none ran there.
    int lastRowOnLine(int line) const;
    QMap<int, CodeEditor::LineHint> lineHints() const;
    // "(4, 6, 14, 14)", or "((4, 10), (4, 5))" for a tuple.
    static QString outputText(const ft::source::SourceStep &step);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<ft::source::SourceTrace> m_trace;
};

} // namespace ft::ui
