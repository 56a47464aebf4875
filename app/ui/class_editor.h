// class_editor.h — the model builder's "Python class" mode: write or open a learner's own
// nn.Module class and see, as you type, what PyTorch does with it, line by line.
//
// A CodeEditor holds the class; every edit (debounced by a few milliseconds) re-traces it through
// the engine (ft::source::traceSource) on the input shape given. Each line that made a tensor
// shows its output shape at its right margin; the line that raised is tinted with PyTorch's
// message, the engine's explanation and fix below; the line where the batch silently stopped
// being dim 0 is tinted with the engine's warning; a syntax error or unsupported construct shows
// the engine's line, column and caret. The steps are listed too: choosing one (or clicking a
// line's hint) plays the Flatten animation when that step is a flatten, view or reshape.
// Examples are the course's models/*.py (ContentLibrary::classExamples(), given by setExamples);
// files open and save as .py, or are dropped on the editor.
//
//     auto *editor = new ft::ui::ClassEditor(this);
//     editor->setExamples(library.classExamples());      // loads the first one into an empty editor
//     editor->loadExample(editor->exampleIndex(QStringLiteral("05-silent-batch-change")));
//     editor->codeEditor()->lineMarks();    // {23: Warning}
//     editor->warningLabel()->text();       // the engine's batch-changed message
#pragma once

#include "content/model_example_loader.h"
#include "engine/source/source_trace.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace ft::ui {

class CodeEditor;
class FlattenAnimationView;
class SourceStepModel;

class ClassEditor : public QWidget
{
    Q_OBJECT

public:
    // Delay between the last keystroke and the re-trace: one frame, so a burst of typing traces once.
    static constexpr int kRetraceDelayMs = 15;

    explicit ClassEditor(QWidget *parent = nullptr);

    // The example list; the first example is loaded when the editor is still empty.
    void setExamples(const QList<ft::content::ClassExample> &examples);
    const QList<ft::content::ClassExample> &examples() const { return m_examples; }
    int exampleIndex(const QString &id) const;
    void loadExample(int index);

    // Replaces the whole class as one undoable edit.
    void setSourceText(const QString &text);
    void setInputText(const QString &text);
    // Traces now (the debounce timer calls this too).
    void retrace();

    // Reads a .py file into the editor; false (and the reason in fileLabel()) when it cannot.
    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    QString currentFile() const { return m_currentFile; }

    // Shows a step below the editor: its Flatten animation when it is a flatten, view or reshape.
    void showStep(int row);

    // Compact (embedded in a lesson): no example list, no Open/Save, no steps table (the chosen
    // step's animation stays), and the editor as tall as its text, so the page scrolls instead.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    CodeEditor *codeEditor() const { return m_editor; }
    QComboBox *exampleBox() const { return m_exampleBox; }
    QLineEdit *inputEdit() const { return m_inputEdit; }
    QPushButton *openButton() const { return m_openButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    QTableView *stepTable() const { return m_stepTable; }
    SourceStepModel *stepModel() const { return m_stepModel; }
    FlattenAnimationView *animationView() const { return m_animationView; }
    QLabel *fileLabel() const { return m_fileLabel; }
    QLabel *outputLabel() const { return m_outputLabel; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QLabel *explanationLabel() const { return m_explanationLabel; }
    QLabel *hintLabel() const { return m_hintLabel; }
    QLabel *warningLabel() const { return m_warningLabel; }
    QLabel *stepCaption() const { return m_stepCaption; }
    QTimer *retraceTimer() const { return m_timer; }
    // The last trace; empty while the input shape or the file itself (syntax) is wrong.
    const std::optional<ft::source::SourceTrace> &trace() const;

signals:
    void traced();

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFileToOpen();
    void chooseFileToSave();
    void showHintedStep(int line);
    void replaceText(const QString &text);
    // Underlines the error's column in the editor.
    void showSourceError(const ft::source::SourceError &error, const std::string &source);
    void scrollToMarkedLine();
    void applyFonts();
    void fitEditorToText();

    QList<ft::content::ClassExample> m_examples;
    QComboBox *m_exampleBox = nullptr;
    QLineEdit *m_inputEdit = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_fileLabel = nullptr;
    CodeEditor *m_editor = nullptr;
    QLabel *m_outputLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_explanationLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_warningLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_stepTable = nullptr;
    SourceStepModel *m_stepModel = nullptr;
    QLabel *m_stepCaption = nullptr;
    FlattenAnimationView *m_animationView = nullptr;
    QTimer *m_timer = nullptr;
    QString m_currentFile;
    bool m_loading = false;
    bool m_compact = false;
};

} // namespace ft::ui
