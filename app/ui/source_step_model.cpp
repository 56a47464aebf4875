#include "ui/source_step_model.h"

namespace ft::ui {

SourceStepModel::SourceStepModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SourceStepModel::setTrace(const ft::source::SourceTrace &trace)
{
    beginResetModel();
    m_trace = trace;
    endResetModel();
}

void SourceStepModel::clear()
{
    beginResetModel();
    m_trace.reset();
    endResetModel();
}

int SourceStepModel::lastRowOnLine(int line) const
{
    if (!m_trace)
        return -1;
    for (int row = int(m_trace->steps.size()) - 1; row >= 0; --row) {
        if (m_trace->steps[size_t(row)].line == line)
            return row;
    }
    return -1;
}

QString SourceStepModel::outputText(const ft::source::SourceStep &step)
{
    if (!step.tuple && step.outputs.size() == 1)
        return QString::fromStdString(ft::formatShape(step.outputs.front()));
    QStringList items;
    for (const ft::Shape &shape : step.outputs)
        items << QString::fromStdString(ft::formatShape(shape));
    return QStringLiteral("(%1)").arg(items.join(QStringLiteral(", ")));
}

QMap<int, CodeEditor::LineHint> SourceStepModel::lineHints() const
{
    QMap<int, CodeEditor::LineHint> hints;
    if (!m_trace)
        return hints;
    for (const ft::source::SourceStep &step : m_trace->steps)
        hints[step.line] = {QStringLiteral("→ ") + outputText(step), CodeEditor::Mark::None};
    std::vector<ft::source::SourceWarning> warnings = m_trace->warnings;
    warnings.insert(warnings.end(), m_trace->pytorchWarnings.begin(), m_trace->pytorchWarnings.end());
    for (const ft::source::SourceWarning &warning : warnings) {
        CodeEditor::LineHint &hint = hints[warning.line];
        hint.text = QStringLiteral("⚠ %1  %2").arg(QString::fromStdString(warning.kind), hint.text);
        hint.mark = CodeEditor::Mark::Warning;
    }
    if (m_trace->error && m_trace->error->line > 0)
        hints[m_trace->error->line] = {QStringLiteral("✗ ") + QString::fromStdString(m_trace->error->type), CodeEditor::Mark::Error};
    return hints;
}

int SourceStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_trace ? 0 : int(m_trace->steps.size());
}

int SourceStepModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SourceStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ft::source::SourceStep &s = step(index.row());
    const bool changed = s.batchChange.has_value();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return s.line;
        case CodeColumn:
            return QString::fromStdString(s.code);
        case OutputColumn:
            return outputText(s);
        }
        return {};
    case Qt::ToolTipRole:
        return QString::fromStdString(s.op);
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case StateRole:
        return int(changed ? RowState::BatchChanged : RowState::Normal);
    case LineRole:
        return s.line;
    }
    return {};
}

QVariant SourceStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case CodeColumn:
        return tr("Call");
    case OutputColumn:
        return tr("Output shape");
    }
    return {};
}

} // namespace ft::ui
