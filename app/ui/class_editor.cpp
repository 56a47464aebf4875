#include "ui/class_editor.h"

#include "ui/code_editor.h"
#include "content/content_file.h"
#include "ui/flatten_animation_view.h"
#include "ui/playground_theme.h"
#include "ui/source_step_model.h"
#include "ui/padded_item_delegate.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace ft::ui {

namespace {

// Height of the steps table and of the animation beside it: about seven steps.
constexpr int kStepsHeight = 240;

// SourceError columns count bytes of the UTF-8 line; the editor counts characters.
int characterColumn(const std::string &lineText, int byteColumn)
{
    const int bytes = std::clamp(byteColumn - 1, 0, int(lineText.size()));
    return int(QString::fromUtf8(lineText.data(), bytes).size()) + 1;
}

} // namespace

ClassEditor::ClassEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("classEditor"));
    setAccessibleName(tr("Python class editor"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    auto *top = new QGridLayout;
    top->setHorizontalSpacing(10);
    top->setVerticalSpacing(6);
    auto *exampleCaption = new QLabel(tr("E&xample"), this);
    m_exampleBox = new QComboBox(this);
    m_exampleBox->setObjectName(QStringLiteral("classExampleBox"));
    m_exampleBox->setAccessibleName(tr("Example model classes"));
    m_exampleBox->setEnabled(false); // until setExamples()
    m_exampleBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_exampleBox->setMinimumContentsLength(20);
    exampleCaption->setBuddy(m_exampleBox);
    top->addWidget(exampleCaption, 0, 0);
    top->addWidget(m_exampleBox, 0, 1, 1, 3);

    auto *inputCaption = new QLabel(tr("&Input shape"), this);
    m_inputEdit = new QLineEdit(this);
    m_inputEdit->setObjectName(QStringLiteral("classInputEdit"));
    m_inputEdit->setAccessibleName(tr("Input shape"));
    m_inputEdit->setPlaceholderText(tr("e.g. 4, 3, 32, 32"));
    inputCaption->setBuddy(m_inputEdit);
    m_openButton = new QPushButton(tr("&Open .py…"), this);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_openButton->setAccessibleName(tr("Open a Python file"));
    m_saveButton = new QPushButton(tr("Sa&ve .py…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save as a Python file"));
    top->addWidget(inputCaption, 1, 0);
    top->addWidget(m_inputEdit, 1, 1);
    top->addWidget(m_openButton, 1, 2);
    top->addWidget(m_saveButton, 1, 3);
    top->setColumnStretch(1, 1);
    layout->addLayout(top);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setAccessibleName(tr("File"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setVisible(false);
    layout->addWidget(m_fileLabel);

    m_editor = new CodeEditor(this);
    m_editor->setObjectName(QStringLiteral("classCodeEditor"));
    m_editor->setAccessibleName(tr("Model class source"));
    m_editor->setAccessibleDescription(tr("Each line that makes a tensor shows its output shape at its right end. "
                                          "Ctrl+Tab leaves the editor."));

    // Below the editor: what the trace found, then its steps and the chosen step's animation.
    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->setSpacing(6);
    m_outputLabel = new QLabel(results);
    m_outputLabel->setObjectName(QStringLiteral("classOutputLabel"));
    m_outputLabel->setAccessibleName(tr("Model output shape"));
    m_errorLabel = new QLabel(results);
    m_errorLabel->setObjectName(QStringLiteral("classErrorLabel"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_explanationLabel = new QLabel(results);
    m_explanationLabel->setObjectName(QStringLiteral("classExplanationLabel"));
    m_explanationLabel->setAccessibleName(tr("Explanation"));
    m_hintLabel = new QLabel(results);
    m_hintLabel->setObjectName(QStringLiteral("classHintLabel"));
    m_hintLabel->setAccessibleName(tr("Fix"));
    m_warningLabel = new QLabel(results);
    m_warningLabel->setObjectName(QStringLiteral("classWarningLabel"));
    m_warningLabel->setAccessibleName(tr("Warning"));
    for (QLabel *label : {m_outputLabel, m_errorLabel, m_explanationLabel, m_hintLabel, m_warningLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setVisible(false);
        resultsLayout->addWidget(label);
    }
    // A syntax error's caret must stay under its column: no wrapping there.
    m_errorLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *stepsRow = new QHBoxLayout;
    stepsRow->setSpacing(10);
    m_stepModel = new SourceStepModel(this);
    m_stepTable = new QTableView(results);
    m_stepTable->setObjectName(QStringLiteral("stepTable"));
    m_stepTable->setAccessibleName(tr("Steps of forward()"));
    m_stepTable->setModel(m_stepModel);
    m_stepTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stepTable->setWordWrap(false);
    m_stepTable->setShowGrid(false);
    m_stepTable->verticalHeader()->setVisible(false);
    m_stepTable->horizontalHeader()->setSectionResizeMode(SourceStepModel::LineColumn, QHeaderView::ResizeToContents);
    m_stepTable->horizontalHeader()->setSectionResizeMode(SourceStepModel::CodeColumn, QHeaderView::Stretch);
    m_stepTable->horizontalHeader()->setSectionResizeMode(SourceStepModel::OutputColumn, QHeaderView::ResizeToContents);
    m_stepTable->setMinimumHeight(110);
    m_stepTable->setMaximumHeight(kStepsHeight);
    stepsRow->addWidget(m_stepTable, 1);

    auto *animationColumn = new QVBoxLayout;
    m_stepCaption = new QLabel(results);
    m_stepCaption->setObjectName(QStringLiteral("stepCaption"));
    m_stepCaption->setAccessibleName(tr("Chosen step"));
    m_stepCaption->setTextFormat(Qt::PlainText);
    m_stepCaption->setWordWrap(true);
    m_stepCaption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_animationView = new FlattenAnimationView(results);
    m_animationView->setObjectName(QStringLiteral("classAnimationView"));
    m_animationView->setAccessibleName(tr("Flatten animation of the chosen step"));
    m_animationView->setMaximumHeight(kStepsHeight);
    m_animationView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    animationColumn->addWidget(m_stepCaption);
    animationColumn->addWidget(m_animationView, 1);
    animationColumn->addStretch(0); // keeps the caption at the top while no animation shows
    stepsRow->addLayout(animationColumn, 1);
    resultsLayout->addLayout(stepsRow, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("classSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(results);
    // The code gets every pixel the results do not need.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_editor->setMinimumHeight(120);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_exampleBox, m_inputEdit);
    setTabOrder(m_inputEdit, m_openButton);
    setTabOrder(m_openButton, m_saveButton);
    setTabOrder(m_saveButton, m_editor);
    setTabOrder(m_editor, m_stepTable);
    setTabOrder(m_stepTable, m_animationView);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kRetraceDelayMs);
    connect(m_timer, &QTimer::timeout, this, &ClassEditor::retrace);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_timer->start();
    });
    connect(m_inputEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            m_timer->start();
    });
    connect(m_exampleBox, &QComboBox::activated, this, &ClassEditor::loadExample);
    connect(m_openButton, &QPushButton::clicked, this, &ClassEditor::chooseFileToOpen);
    connect(m_saveButton, &QPushButton::clicked, this, &ClassEditor::chooseFileToSave);
    connect(m_editor, &CodeEditor::fileDropped, this, &ClassEditor::openFile);
    connect(m_editor, &CodeEditor::hintClicked, this, &ClassEditor::showHintedStep);
    connect(m_stepTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showStep(current.row());
            });

    applyFonts();
    retrace();
}

void ClassEditor::setExamples(const QList<ft::content::ClassExample> &examples)
{
    m_examples = examples;
    m_exampleBox->clear();
    for (const ft::content::ClassExample &example : m_examples)
        m_exampleBox->addItem(example.title, example.id);
    m_exampleBox->setEnabled(!m_examples.isEmpty());
    if (!m_examples.isEmpty() && m_editor->document()->isEmpty())
        loadExample(0);
    else
        m_exampleBox->setCurrentIndex(-1);
}

const std::optional<ft::source::SourceTrace> &ClassEditor::trace() const { return m_stepModel->trace(); }

int ClassEditor::exampleIndex(const QString &id) const
{
    for (int i = 0; i < m_examples.size(); ++i) {
        if (m_examples[i].id == id)
            return i;
    }
    return -1;
}

void ClassEditor::loadExample(int index)
{
    if (index < 0 || index >= m_examples.size())
        return;
    const ft::content::ClassExample &example = m_examples[index];
    m_loading = true;
    m_exampleBox->setCurrentIndex(index);
    m_inputEdit->setText(example.input);
    replaceText(example.code);
    m_loading = false;
    m_currentFile.clear();
    m_fileLabel->setVisible(false);
    retrace();
    scrollToMarkedLine();
}

void ClassEditor::setSourceText(const QString &text) { replaceText(text); }

void ClassEditor::replaceText(const QString &text)
{
    // One edit on the undo stack (setPlainText would clear it): Ctrl+Z after picking an example
    // or opening a file brings the learner's own class back.
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    m_editor->moveCursorToLine(1);
}

void ClassEditor::setInputText(const QString &text) { m_inputEdit->setText(text); }

void ClassEditor::retrace()
{
    m_timer->stop();
    m_editor->setCaretMark(0, 0);
    // The new texts are collected first and only labels whose text changed are touched, so a
    // keystroke that changes one shape does not relayout the whole page.
    QString output;
    QString errorText;
    QString explanation;
    QString hint;
    QString warningText;

    const std::string source = m_editor->toPlainText().toStdString();
    std::optional<ft::source::SourceTrace> trace;
    try {
        const ft::Shape input = ft::parseShape(m_inputEdit->text().toStdString());
        trace = ft::source::traceSource(input, source);
    } catch (const ft::ParseError &error) {
        errorText = tr("Input shape: %1").arg(QString::fromStdString(error.formatted()));
    } catch (const ft::source::SourceError &error) {
        errorText = QString::fromStdString(error.formatted());
        showSourceError(error, source);
    }

    QMap<int, CodeEditor::Mark> marks;
    if (trace) {
        const int previousRow = m_stepTable->currentIndex().row();
        m_stepModel->setTrace(*trace);
        if (trace->error) {
            errorText = (trace->error->line > 0
                                      ? tr("Line %1: %2: %3")
                                            .arg(trace->error->line)
                                            .arg(QString::fromStdString(trace->error->type), QString::fromStdString(trace->error->message))
                                      : QString::fromStdString(trace->error->type + ": " + trace->error->message));
            if (trace->error->line > 0)
                marks[trace->error->line] = CodeEditor::Mark::Error;
            explanation = QString::fromStdString(trace->diagnosis.explanation);
            if (!trace->diagnosis.hint.empty())
                hint = tr("Fix: %1").arg(QString::fromStdString(trace->diagnosis.hint));
        } else if (!trace->outputs.empty()) {
            QStringList shapes;
            for (const ft::Shape &shape : trace->outputs)
                shapes << QString::fromStdString(ft::formatShape(shape));
            output = (tr("forward() returns %1")
                                       .arg(trace->outputIsTuple ? QStringLiteral("(%1)").arg(shapes.join(QStringLiteral(", "))) : shapes.first()));
        } else {
            output = tr("forward() returns a %1, not a tensor").arg(QString::fromStdString(trace->returnedType));
        }
        QStringList warnings;
        for (const ft::source::SourceWarning &warning : trace->warnings) {
            marks.insert(warning.line, CodeEditor::Mark::Warning);
            warnings << QString::fromStdString(warning.message);
        }
        for (const ft::source::SourceWarning &warning : trace->pytorchWarnings) {
            marks.insert(warning.line, CodeEditor::Mark::Warning);
            warnings << tr("%1 at line %2: %3").arg(QString::fromStdString(warning.kind)).arg(warning.line).arg(QString::fromStdString(warning.message));
        }
        warningText = warnings.join(QLatin1Char('\n'));
        // Keep the step the learner was looking at; otherwise show the first flatten.
        int row = previousRow >= 0 && previousRow < m_stepModel->rowCount() ? previousRow : -1;
        for (int i = 0; row < 0 && i < m_stepModel->rowCount(); ++i) {
            if (ft::source::flattenOf(m_stepModel->step(i)))
                row = i;
        }
        if (row >= 0) {
            m_stepTable->setCurrentIndex(m_stepModel->index(row, 0));
            showStep(row);
        } else {
            showStep(-1);
        }
    } else {
        m_stepModel->clear();
        showStep(-1);
    }
    // An error's tint wins over a warning on the same line.
    for (auto it = marks.begin(); it != marks.end(); ++it) {
        if (trace && trace->error && it.key() == trace->error->line)
            it.value() = CodeEditor::Mark::Error;
    }
    m_editor->setLineMarks(marks);
    m_editor->setLineHints(m_stepModel->lineHints());

    const std::pair<QLabel *, const QString *> labels[]{{m_outputLabel, &output}, {m_errorLabel, &errorText},
                                                       {m_explanationLabel, &explanation}, {m_hintLabel, &hint},
                                                       {m_warningLabel, &warningText}};
    for (const auto &[label, text] : labels) {
        if (label->text() != *text)
            label->setText(*text);
        if (label->isVisibleTo(this) == text->isEmpty())
            label->setVisible(!text->isEmpty());
    }
    emit traced();
}

void ClassEditor::showSourceError(const ft::source::SourceError &error, const std::string &source)
{
    const std::string lineText = ft::source::sourceLine(source, error.line());
    m_editor->setCaretMark(error.line(), characterColumn(lineText, error.column()));
}

void ClassEditor::showStep(int row)
{
    if (row < 0 || row >= m_stepModel->rowCount()) {
        m_editor->setSelectedHintLine(0);
        m_stepCaption->setText(m_stepModel->rowCount() ? tr("Choose a step, or click a shape in the editor.") : QString());
        m_animationView->setVisible(false);
        return;
    }
    const ft::source::SourceStep &step = m_stepModel->step(row);
    m_editor->setSelectedHintLine(step.line);
    const QString before = step.input ? QString::fromStdString(ft::formatShape(*step.input)) : QString();
    const QString call = QStringLiteral("%1: %2   %3 → %4")
                             .arg(step.line)
                             .arg(QString::fromStdString(step.code), before, SourceStepModel::outputText(step));
    if (const std::optional<ft::FlattenReport> report = ft::source::flattenOf(step)) {
        m_animationView->setReport(*report);
        m_animationView->setVisible(true);
        m_stepCaption->setText(tr("Line %1").arg(call));
    } else {
        m_animationView->setVisible(false);
        m_stepCaption->setText(tr("Line %1\nOnly a flatten, view or reshape that merges neighbouring dims is animated.").arg(call));
    }
}

void ClassEditor::showHintedStep(int line)
{
    const int row = m_stepModel->lastRowOnLine(line);
    if (row < 0)
        return;
    m_stepTable->setCurrentIndex(m_stepModel->index(row, 0));
    m_stepTable->scrollTo(m_stepModel->index(row, 0));
    showStep(row);
}

void ClassEditor::scrollToMarkedLine()
{
    const QMap<int, CodeEditor::Mark> &marks = m_editor->lineMarks();
    if (!marks.isEmpty()) {
        m_editor->moveCursorToLine(marks.firstKey());
        m_editor->centerCursor();
        return;
    }
    // No mark: show forward() from its first call, with the `def` line above it.
    m_editor->moveCursorToLine(1);
    if (m_stepModel->rowCount() > 0)
        m_editor->verticalScrollBar()->setValue(std::max(0, m_stepModel->step(0).line - 4));
}

bool ClassEditor::openFile(const QString &path)
{
    ft::content::ContentProblems problems;
    const std::optional<QString> text = ft::content::readContentFile(path, problems, qint64(ft::source::kMaxSourceBytes));
    if (!text) {
        m_fileLabel->setText(problems.isEmpty() ? tr("Could not open %1").arg(path) : problems.first().toString());
        m_fileLabel->setVisible(true);
        return false;
    }
    replaceText(*text);
    m_exampleBox->setCurrentIndex(-1);
    m_currentFile = path;
    m_fileLabel->setText(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    m_fileLabel->setVisible(true);
    retrace();
    return true;
}

bool ClassEditor::saveFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_editor->toPlainText().toUtf8()) < 0 || !file.commit()) {
        m_fileLabel->setText(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        m_fileLabel->setVisible(true);
        return false;
    }
    m_currentFile = path;
    m_fileLabel->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    m_fileLabel->setVisible(true);
    return true;
}

void ClassEditor::chooseFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a model file"), QFileInfo(m_currentFile).path(),
                                                      tr("Python files (*.py);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ClassEditor::chooseFileToSave()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the model file"),
                                                m_currentFile.isEmpty() ? QStringLiteral("model.py") : m_currentFile,
                                                tr("Python files (*.py)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".py");
    saveFile(path);
}

void ClassEditor::applyFonts()
{
    const QFont mono = shapeFont(font(), 1.1);
    m_editor->setFont(mono);
    m_inputEdit->setFont(mono);
    m_stepTable->setFont(shapeFont(font(), 1.0));
    fitRowsToType(m_stepTable, 0.3);
    m_errorLabel->setFont(shapeFont(font(), 1.05));
    QFont output = shapeFont(font(), 1.2);
    output.setBold(true);
    m_outputLabel->setFont(output);
    const QPalette pal = palette();
    m_errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor(pal).name()));
    m_hintLabel->setStyleSheet(hintStyleSheet());
    m_warningLabel->setStyleSheet(
        QStringLiteral("QLabel { color: %1; background-color: %2; border-left: 5px solid %3; border-radius: 3px; padding: 6px 10px; }")
            .arg(pal.color(QPalette::Text).name(), warningTint(pal).name(), warningColor(pal).name()));
}

void ClassEditor::setCompact(bool compact)
{
    if (m_compact == compact)
        return;
    m_compact = compact;
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->buddy() == m_exampleBox)
            label->setVisible(!compact);
    }
    m_exampleBox->setVisible(!compact);
    m_openButton->setVisible(!compact);
    m_saveButton->setVisible(!compact);
    // Each line shows its shape already; the chosen step's animation stays.
    m_stepTable->setVisible(!compact);
    // A splitter sizes its parts by their size hints, so a wrapped message would lose lines in a
    // narrow lesson column: compact, the editor and its results sit in the box layout instead.
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    if (compact) {
        QWidget *results = m_splitter->widget(1);
        const int at = box->indexOf(m_splitter);
        box->insertWidget(at, m_editor);
        box->insertWidget(at + 1, results);
        m_splitter->hide();
    } else {
        QWidget *results = box->itemAt(box->indexOf(m_editor) + 1)->widget();
        m_splitter->insertWidget(0, m_editor);
        m_splitter->insertWidget(1, results);
        m_splitter->show();
    }
    if (compact) {
        m_fileLabel->setVisible(false);
        connect(m_editor, &QPlainTextEdit::blockCountChanged, this, &ClassEditor::fitEditorToText, Qt::UniqueConnection);
        connect(m_editor->horizontalScrollBar(), &QScrollBar::rangeChanged, this, &ClassEditor::fitEditorToText, Qt::UniqueConnection);
    } else {
        disconnect(m_editor, &QPlainTextEdit::blockCountChanged, this, &ClassEditor::fitEditorToText);
        disconnect(m_editor->horizontalScrollBar(), &QScrollBar::rangeChanged, this, &ClassEditor::fitEditorToText);
        m_editor->setMinimumHeight(120);
    }
    fitEditorToText();
}

void ClassEditor::fitEditorToText()
{
    if (!m_compact)
        return;
    // Every line and one more: the lesson scrolls, the editor does not.
    const int lines = m_editor->document()->blockCount() + 1;
    const QScrollBar *sideways = m_editor->horizontalScrollBar();
    // The text layout spaces lines by the font's exact (fractional) line spacing.
    const int height = int(std::ceil(lines * QFontMetricsF(m_editor->font()).lineSpacing())) + 2 * m_editor->frameWidth()
                       + int(2 * m_editor->document()->documentMargin()) + (sideways->maximum() > 0 ? sideways->sizeHint().height() : 0);
    m_editor->setMinimumHeight(height);
}

void ClassEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        applyFonts();
        fitEditorToText();
    }
}

} // namespace ft::ui
