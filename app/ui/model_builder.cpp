#include "ui/model_builder.h"

#include "engine/analysis.h"
#include "ui/layer_table_model.h"
#include "ui/playground_theme.h"
#include "ui/padded_item_delegate.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace ft::ui {

namespace {

// Failing rows are bold as well as tinted, so the mark does not rely on colour alone.
class LayerRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = LayerTableModel::RowState(index.data(LayerTableModel::StateRole).toInt());
        if (state == LayerTableModel::RowState::Failed)
            option->font.setBold(true);
        if (state == LayerTableModel::RowState::Input)
            option->font.setItalic(true);
    }
};

} // namespace

int ModelBuilder::exampleIndex(const QString &id) const
{
    for (int i = 0; i < m_examples.size(); ++i)
        if (m_examples[i].id == id)
            return i;
    return -1;
}

void ModelBuilder::setExamples(const QList<ft::content::ModelExample> &examples)
{
    m_examples = examples;
    m_exampleBox->clear();
    for (const ft::content::ModelExample &example : examples)
        m_exampleBox->addItem(example.title, example.id);
    m_exampleBox->setEnabled(!examples.isEmpty());
    loadExample(0);
}

ModelBuilder::ModelBuilder(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("modelBuilder"));
    setAccessibleName(tr("Model builder"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *top = new QGridLayout;
    top->setHorizontalSpacing(12);
    top->setVerticalSpacing(10);
    auto *exampleCaption = new QLabel(tr("E&xample"), this);
    m_exampleBox = new QComboBox(this);
    m_exampleBox->setObjectName(QStringLiteral("exampleBox"));
    m_exampleBox->setAccessibleName(tr("Example models"));
    m_exampleBox->setEnabled(false); // until setExamples()
    // Shown when the model is no example's (edited, or typed in): the box names what is shown.
    m_exampleBox->setPlaceholderText(tr("Your own model"));
    exampleCaption->setBuddy(m_exampleBox);
    // Long titles must not set the window's minimum width; the open list shows them in full.
    m_exampleBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_exampleBox->setMinimumContentsLength(24);
    top->addWidget(exampleCaption, 0, 0);
    top->addWidget(m_exampleBox, 0, 1);

    auto *inputCaption = new QLabel(tr("&Input shape"), this);
    m_inputEdit = new QLineEdit(this);
    m_inputEdit->setObjectName(QStringLiteral("inputEdit"));
    m_inputEdit->setAccessibleName(tr("Input shape"));
    m_inputEdit->setPlaceholderText(tr("e.g. 32, 3, 28, 28"));
    inputCaption->setBuddy(m_inputEdit);
    top->addWidget(inputCaption, 1, 0);
    top->addWidget(m_inputEdit, 1, 1);
    top->setColumnStretch(1, 1);
    layout->addLayout(top);

    auto *modelCaption = new QLabel(tr("&Model — an nn.Sequential(...) expression, as in Python"), this);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("modelEditor"));
    m_editor->setAccessibleName(tr("Model expression"));
    m_editor->setTabChangesFocus(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    modelCaption->setBuddy(m_editor);
    layout->addWidget(modelCaption);
    layout->addWidget(m_editor);

    m_parseErrorLabel = new QLabel(this);
    m_parseErrorLabel->setObjectName(QStringLiteral("parseErrorLabel"));
    m_parseErrorLabel->setAccessibleName(tr("Syntax error"));
    m_parseErrorLabel->setTextFormat(Qt::PlainText);
    m_parseErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_parseErrorLabel->setVisible(false);
    // A long line is cut at the right edge rather than widening the window; the caret stays aligned.
    m_parseErrorLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_parseErrorLabel);

    m_model = new LayerTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("layerTable"));
    m_table->setAccessibleName(tr("Layers"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new LayerRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(LayerTableModel::IndexColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LayerTableModel::ModuleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LayerTableModel::OutputColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LayerTableModel::ParametersColumn, QHeaderView::ResizeToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_table);

    auto *summary = new QHBoxLayout;
    m_outputLabel = new QLabel(this);
    m_outputLabel->setObjectName(QStringLiteral("modelOutputLabel"));
    m_outputLabel->setAccessibleName(tr("Model output shape"));
    m_outputLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));
    summary->addWidget(m_outputLabel, 1);
    summary->addWidget(m_totalLabel);
    layout->addLayout(summary);

    auto *errorPanel = new QFrame(this);
    errorPanel->setObjectName(QStringLiteral("errorPanel"));
    auto *errorLayout = new QVBoxLayout(errorPanel);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->setSpacing(8);
    m_errorLabel = new QLabel(errorPanel);
    m_errorLabel->setObjectName(QStringLiteral("modelErrorLabel"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_explanationLabel = new QLabel(errorPanel);
    m_explanationLabel->setObjectName(QStringLiteral("modelExplanationLabel"));
    m_explanationLabel->setAccessibleName(tr("Explanation"));
    m_hintLabel = new QLabel(errorPanel);
    m_hintLabel->setObjectName(QStringLiteral("modelHintLabel"));
    m_hintLabel->setAccessibleName(tr("Hint"));
    m_warningLabel = new QLabel(errorPanel);
    m_warningLabel->setObjectName(QStringLiteral("modelWarningLabel"));
    m_warningLabel->setAccessibleName(tr("PyTorch warnings"));
    for (QLabel *label : {m_errorLabel, m_explanationLabel, m_hintLabel, m_warningLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        errorLayout->addWidget(label);
    }
    layout->addWidget(errorPanel);
    layout->addStretch(1);

    setTabOrder(m_exampleBox, m_inputEdit);
    setTabOrder(m_inputEdit, m_editor);
    setTabOrder(m_editor, m_table);

    connect(m_exampleBox, &QComboBox::activated, this, &ModelBuilder::loadExample);
    connect(m_inputEdit, &QLineEdit::textChanged, this, &ModelBuilder::refresh);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ModelBuilder::refresh);

    applyFonts();
}

void ModelBuilder::loadExample(int index)
{
    if (index < 0 || index >= m_examples.size())
        return;
    const ft::content::ModelExample &example = m_examples[index];
    m_loading = true;
    m_exampleBox->setCurrentIndex(index);
    m_inputEdit->setText(example.input);
    m_editor->setPlainText(example.code);
    m_loading = false;
    refresh();
}

void ModelBuilder::syncExampleBox()
{
    // The box names the example the builder shows, or none once the model or input is changed.
    int shown = -1;
    for (int i = 0; i < m_examples.size(); ++i) {
        if (m_examples[i].code.trimmed() == m_editor->toPlainText().trimmed()
            && m_examples[i].input.simplified() == m_inputEdit->text().simplified()) {
            shown = i;
            break;
        }
    }
    if (m_exampleBox->currentIndex() != shown)
        m_exampleBox->setCurrentIndex(shown);
}

void ModelBuilder::setModelText(const QString &text) { m_editor->setPlainText(text); }

void ModelBuilder::setInputText(const QString &text) { m_inputEdit->setText(text); }

void ModelBuilder::showParseError(const ft::ParseError &error, bool inEditor)
{
    m_parseErrorLabel->setText(QString::fromStdString(error.formatted()));
    m_parseErrorLabel->setVisible(true);
    if (!inEditor)
        return;
    // Underline the character the parser stopped at, in the editor itself.
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(m_editor->document());
    const int position = std::clamp(error.column() - 1, 0, std::max(0, m_editor->document()->characterCount() - 1));
    mark.cursor.setPosition(position);
    mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(errorColor(palette()));
    mark.format.setBackground(errorTint(palette()));
    m_editor->setExtraSelections({mark});
}

void ModelBuilder::refresh()
{
    if (m_loading)
        return;
    syncExampleBox();
    m_parseErrorLabel->clear();
    m_parseErrorLabel->setVisible(false);
    // A long line is cut at the right edge rather than widening the window; the caret stays aligned.
    m_parseErrorLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_editor->setExtraSelections({});
    m_errorLabel->clear();
    m_explanationLabel->clear();
    m_hintLabel->clear();
    m_warningLabel->clear();
    m_outputLabel->clear();
    m_totalLabel->clear();
    m_trace.reset();

    ft::Shape input;
    try {
        input = ft::parseShape(m_inputEdit->text().toStdString());
    } catch (const ft::ParseError &e) {
        m_model->clear();
        showParseError(e, false);
        emit traced();
        return;
    }

    const ft::ModelAnalysis analysis = ft::analyseModel(input, m_editor->toPlainText().toStdString());
    if (analysis.parseError) {
        m_model->clear();
        showParseError(*analysis.parseError, true);
        emit traced();
        return;
    }
    const ft::ShapeTrace &trace = analysis.trace;
    const std::vector<ft::ModulePtr> &layers = analysis.layers;
    const ft::Diagnosis &diagnosis = analysis.diagnosis;

    m_model->setTrace(trace, layers);
    m_trace = trace;
    if (!layers.empty())
        m_totalLabel->setText(tr("Total parameters: %1")
                                  .arg(m_model->totalParameters() < 0 ? LayerTableModel::overflowText()
                                                                      : QLocale().toString(m_model->totalParameters())));
    if (trace.output)
        m_outputLabel->setText(tr("Output: %1").arg(QString::fromStdString(ft::formatShape(*trace.output))));
    if (trace.error) {
        m_errorLabel->setText(QString::fromStdString(trace.error->type + ": " + trace.error->message));
        m_explanationLabel->setText(QString::fromStdString(diagnosis.explanation));
        if (!diagnosis.hint.empty())
            m_hintLabel->setText(tr("Hint: ") + QString::fromStdString(diagnosis.hint));
        // The failing row becomes current (keyboard and screen readers land on it) but is not
        // selected: the selection colour would hide the error tint.
        const int row = m_model->failedRow();
        if (row >= 0) {
            m_table->clearSelection();
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
            m_table->scrollTo(m_model->index(row, 0));
        }
    }
    // PyTorch prints these and runs on; they come in the order it printed them.
    QStringList warnings;
    for (const ft::TraceWarning &warning : trace.pytorchWarnings) {
        const QString where = warning.stage == ft::TraceStage::Construct ? tr("while building layer %1") : tr("at layer %1");
        warnings << tr("%1 %2: %3")
                        .arg(QString::fromStdString(warning.warning.category), where.arg(warning.index),
                             QString::fromStdString(warning.warning.message));
    }
    m_warningLabel->setText(warnings.join(QStringLiteral("\n\n"))); // a blank line between long warnings
    fitTableToRows();
    m_errorLabel->setVisible(trace.error.has_value());
    m_explanationLabel->setVisible(!m_explanationLabel->text().isEmpty());
    m_hintLabel->setVisible(!m_hintLabel->text().isEmpty());
    m_warningLabel->setVisible(!m_warningLabel->text().isEmpty());
    emit traced();
}

void ModelBuilder::fitTableToRows()
{
    // Every layer visible without scrolling (up to a dozen rows), no empty space under them.
    const int rows = std::clamp(m_model->rowCount(), 3, 12);
    const int height = m_table->horizontalHeader()->sizeHint().height() + rows * m_table->verticalHeader()->defaultSectionSize()
                       + 2 * m_table->frameWidth() + 2;
    m_table->setFixedHeight(height);
}

void ModelBuilder::applyFonts()
{
    const QFont mono = shapeFont(font(), 1.1);
    m_editor->setFont(mono);
    m_inputEdit->setFont(mono);
    m_table->setFont(mono);
    m_parseErrorLabel->setFont(mono);
    m_errorLabel->setFont(shapeFont(font(), 1.15));
    QFont output = shapeFont(font(), 1.4);
    output.setBold(true);
    m_outputLabel->setFont(output);
    const QFontMetrics fm(mono);
    m_editor->setFixedHeight(fm.lineSpacing() * 7 + 16);
    fitRowsToType(m_table, 0.45);
    QFont explanation = font();
    if (explanation.pointSizeF() > 0)
        explanation.setPointSizeF(explanation.pointSizeF() * 1.1);
    m_explanationLabel->setFont(explanation);
    m_hintLabel->setFont(explanation);
    m_warningLabel->setFont(explanation);
    const QPalette pal = palette();
    m_warningLabel->setStyleSheet(QStringLiteral("color: %1;").arg(warningColor(pal).name()));
    m_errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor(pal).name()));
    m_parseErrorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor(pal).name()));
    m_hintLabel->setStyleSheet(hintStyleSheet());
    fitTableToRows();
}

void ModelBuilder::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        applyFonts();
}

} // namespace ft::ui
