#include "ui/layer_table_model.h"

#include "ui/playground_theme.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace ft::ui {

LayerTableModel::LayerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LayerTableModel::setTrace(const ft::ShapeTrace &trace, const std::vector<ft::ModulePtr> &layers)
{
    beginResetModel();
    m_rows.clear();
    m_totalParameters = 0;

    Row input;
    input.module = tr("Input");
    input.output = QString::fromStdString(ft::formatShape(trace.input));
    input.state = RowState::Input;
    input.hasParameters = false;
    m_rows.push_back(input);

    const int failedIndex = trace.error ? trace.error->index : -1;
    // Which layers ran, by index: one pass over the trace, so a long model stays linear.
    std::vector<const ft::LayerTrace *> ranLayer(layers.size(), nullptr);
    for (const ft::LayerTrace &ran : trace.layers)
        if (ran.index >= 0 && size_t(ran.index) < layers.size())
            ranLayer[size_t(ran.index)] = &ran;
    m_rows.reserve(layers.size() + 2);
    for (size_t i = 0; i < layers.size(); ++i) {
        Row row;
        row.index = QString::number(i);
        row.module = QString::fromStdString(layers[i]->repr());
        row.parameters = layers[i]->parameterCount();
        // The engine answers -1 for a count too large to represent; then so is the total.
        if (row.parameters < 0 || m_totalParameters < 0
            || __builtin_add_overflow(m_totalParameters, row.parameters, &m_totalParameters))
            m_totalParameters = -1;
        row.state = RowState::NotReached;
        if (const ft::LayerTrace *ran = ranLayer[i]) {
            row.state = RowState::Ran;
            row.output = QString::fromStdString(ft::formatShape(ran->output));
        }
        if (int(i) == failedIndex) {
            row.state = RowState::Failed;
            row.errorType = QString::fromStdString(trace.error->type);
            row.errorMessage = QString::fromStdString(trace.error->message);
            row.output = QStringLiteral("✗ ") + row.errorType;
        } else if (row.state == RowState::NotReached) {
            row.output = tr("not reached");
        }
        m_rows.push_back(row);
    }
    // A constructor error leaves no modules: still show which layer failed and why.
    if (layers.empty() && trace.error) {
        Row row;
        row.index = QString::number(trace.error->index);
        row.module = tr("(could not be built)");
        row.hasParameters = false;
        row.state = RowState::Failed;
        row.errorType = QString::fromStdString(trace.error->type);
        row.errorMessage = QString::fromStdString(trace.error->message);
        row.output = QStringLiteral("✗ ") + row.errorType;
        m_rows.push_back(row);
    }
    endResetModel();
}

void LayerTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_totalParameters = 0;
    endResetModel();
}

QString LayerTableModel::overflowText() { return tr("too many to count"); }

int LayerTableModel::failedRow() const
{
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].state == RowState::Failed)
            return int(r);
    return -1;
}

int LayerTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int LayerTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LayerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case IndexColumn:
            return row.index;
        case ModuleColumn:
            return row.module;
        case OutputColumn:
            return row.output;
        case ParametersColumn:
            if (!row.hasParameters)
                return QString();
            return row.parameters < 0 ? overflowText() : QLocale().toString(row.parameters);
        }
        return {};
    case Qt::ToolTipRole:
        if (row.state == RowState::Failed)
            return QStringLiteral("%1: %2").arg(row.errorType, row.errorMessage);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ParametersColumn || index.column() == IndexColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (row.state == RowState::Failed)
            return QBrush(errorTint(QGuiApplication::palette()));
        return {};
    case Qt::ForegroundRole:
        if (row.state == RowState::NotReached)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case StateRole:
        return int(row.state);
    case ErrorTypeRole:
        return row.errorType;
    case ErrorMessageRole:
        return row.errorMessage;
    }
    return {};
}

QVariant LayerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndexColumn:
        return tr("#");
    case ModuleColumn:
        return tr("Layer (as PyTorch prints it)");
    case OutputColumn:
        return tr("Output shape");
    case ParametersColumn:
        return tr("Parameters");
    }
    return {};
}

} // namespace ft::ui
