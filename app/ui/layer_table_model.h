// layer_table_model.h — a model's layers as a table, like torchinfo's summary.
//
// Rows: the input, then each top-level layer (index, module as PyTorch prints it, output shape,
// parameters). The layer that raised is marked Failed and carries PyTorch's error; layers after it
// are NotReached. The model holds only what the engine traced: it computes nothing but the total.
//
//     ft::ui::LayerTableModel model;
//     model.setTrace(trace, layers);          // layers: the top-level modules parseModel built
//     model.failedRow() == 3;                 // row 0 is the input, so layer 2 is row 3
#pragma once

#include "engine/trace.h"

#include <QAbstractTableModel>

#include <vector>

namespace ft::ui {

class LayerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IndexColumn, ModuleColumn, OutputColumn, ParametersColumn, ColumnCount };
    enum class RowState { Input, Ran, Failed, NotReached };
    Q_ENUM(RowState)
    enum Role {
        StateRole = Qt::UserRole + 1, // RowState as int
        ErrorTypeRole,                // on the failed row: "RuntimeError"
        ErrorMessageRole,             // on the failed row: PyTorch's message
    };

    explicit LayerTableModel(QObject *parent = nullptr);

    // Shows a trace. `layers` are the model's top-level modules in order (may be empty when the
    // model could not be built; then only the input row and the error remain).
    void setTrace(const ft::ShapeTrace &trace, const std::vector<ft::ModulePtr> &layers);
    void clear();

    // Row of the layer that raised, or -1.
    int failedRow() const;
    // Row of layer `index` (the input occupies row 0).
    static int rowOfLayer(int index) { return index + 1; }
    // Sum of the layers' parameters; -1 when some layer's count (or the sum) is too large to represent.
    qint64 totalParameters() const { return m_totalParameters; }
    // What a parameter cell says when the count is too large to represent.
    static QString overflowText();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString index;
        QString module;
        QString output;
        qint64 parameters = -1; // -1: a count too large to represent
        bool hasParameters = true; // false for the input row and a layer that could not be built
        RowState state = RowState::Ran;
        QString errorType;
        QString errorMessage;
    };

    std::vector<Row> m_rows;
    qint64 m_totalParameters = 0;
};

} // namespace ft::ui
