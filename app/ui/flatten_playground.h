// flatten_playground.h — edit a tensor shape and start_dim/end_dim; see the result live.
//
// The learner types an input shape (or adds/removes dims with buttons), sets start_dim and end_dim
// (negative values allowed; the valid range is shown next to them) and switches between
// nn.Flatten's defaults (1, -1) and torch.flatten's (0, -1). The engine answers every edit with a
// FlattenReport: the output shape, or PyTorch's exact error with its exception type, plus a
// plain-language explanation and a hint. The animation view below re-animates each change.
// A lesson can embed one preset:
//
//     auto *p = new ft::ui::FlattenPlayground({32, 3, 28, 28}, 1, -1,
//                                             ft::ui::FlattenPlayground::Mode::Module, this);
//     p->outputLabel()->text() == "(32, 2352)";
#pragma once

#include "engine/diagnosis.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QComboBox;
class QSpinBox;

namespace ft::ui {

class FlattenAnimationView;

class FlattenPlayground : public QWidget
{
    Q_OBJECT

public:
    // Which defaults the toggle applies: nn.Flatten() (start_dim=1, end_dim=-1) or
    // torch.flatten(x) (start_dim=0, end_dim=-1).
    enum class Mode { Module, Function };
    Q_ENUM(Mode)

    explicit FlattenPlayground(QWidget *parent = nullptr);
    FlattenPlayground(const ft::Shape &shape, ft::Dim startDim, ft::Dim endDim, Mode mode = Mode::Module,
                      QWidget *parent = nullptr);

    void setShape(const ft::Shape &shape);
    // Accepts what the shape field accepts: "32, 3, 28, 28", "(32, 3, 28, 28)", "()".
    void setShapeText(const QString &text);
    void setStartDim(ft::Dim dim);
    void setEndDim(ft::Dim dim);
    // Switches the call shown and resets start_dim/end_dim to that form's defaults.
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Hides the model-style editing buttons when a lesson wants a compact, preset playground.
    void setCompact(bool compact);

    // The last answer from the engine (invalid shape text leaves the previous one, see shapeError()).
    const ft::FlattenReport &report() const { return m_report; }
    // The engine's parse error for the shape field, empty when the text is a valid shape.
    QString shapeError() const { return m_shapeError; }

    QLineEdit *shapeEdit() const { return m_shapeEdit; }
    QSpinBox *startDimBox() const { return m_startBox; }
    QSpinBox *endDimBox() const { return m_endBox; }
    QRadioButton *moduleButton() const { return m_moduleButton; }
    QRadioButton *functionButton() const { return m_functionButton; }
    QLabel *codeLabel() const { return m_codeLabel; }
    QLabel *rangeLabel() const { return m_rangeLabel; }
    QLabel *outputLabel() const { return m_outputLabel; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QLabel *explanationLabel() const { return m_explanationLabel; }
    QLabel *hintLabel() const { return m_hintLabel; }
    FlattenAnimationView *animationView() const { return m_view; }

signals:
    void reportChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void addDim();
    void removeDim();
    void onShapeEdited(const QString &text);
    void refresh();
    void applyFonts();

    Mode m_mode = Mode::Module;
    ft::Shape m_shape{32, 3, 28, 28};
    ft::FlattenReport m_report;
    QString m_shapeError;
    bool m_updating = false;

    QLineEdit *m_shapeEdit = nullptr;
    QPushButton *m_addDimButton = nullptr;
    QPushButton *m_removeDimButton = nullptr;
    QRadioButton *m_moduleButton = nullptr;
    QRadioButton *m_functionButton = nullptr;
    QSpinBox *m_startBox = nullptr;
    QSpinBox *m_endBox = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_outputCaption = nullptr;
    QLabel *m_outputLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_explanationLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    FlattenAnimationView *m_view = nullptr;
    QPushButton *m_playButton = nullptr;
    QPushButton *m_stepButton = nullptr;
    QPushButton *m_replayButton = nullptr;
    QComboBox *m_speedBox = nullptr;
};

} // namespace ft::ui
