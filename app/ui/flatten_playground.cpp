#include "ui/flatten_playground.h"

#include "ui/flatten_animation_view.h"
#include "ui/playground_theme.h"
#include "engine/trace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ft::ui {

namespace {

// Wide enough to try every wrong value a learner might type, so the IndexError can be seen.
constexpr int kDimSpinLimit = 16;

QString shapeText(const ft::Shape &shape) { return QString::fromStdString(ft::formatShape(shape)); }

} // namespace

FlattenPlayground::FlattenPlayground(QWidget *parent)
    : QWidget(parent)
{
    build();
    setMode(Mode::Module);
}

FlattenPlayground::FlattenPlayground(const ft::Shape &shape, ft::Dim startDim, ft::Dim endDim, Mode mode, QWidget *parent)
    : QWidget(parent)
{
    m_shape = shape;
    build();
    m_updating = true;
    setMode(mode);
    m_startBox->setValue(int(startDim));
    m_endBox->setValue(int(endDim));
    m_updating = false;
    refresh();
}

void FlattenPlayground::build()
{
    setObjectName(QStringLiteral("flattenPlayground"));
    setAccessibleName(tr("Flatten playground"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);

    // --- editors ---
    auto *editors = new QGridLayout;
    editors->setHorizontalSpacing(12);
    editors->setVerticalSpacing(10);

    auto *shapeCaption = new QLabel(tr("Input &shape"), this);
    m_shapeEdit = new QLineEdit(this);
    m_shapeEdit->setObjectName(QStringLiteral("shapeEdit"));
    m_shapeEdit->setAccessibleName(tr("Input shape"));
    m_shapeEdit->setPlaceholderText(tr("e.g. 32, 3, 28, 28"));
    m_shapeEdit->setToolTip(tr("Sizes separated by commas, outermost (the batch) first. () is a 0-d tensor."));
    shapeCaption->setBuddy(m_shapeEdit);
    m_addDimButton = new QPushButton(tr("&Add dim"), this);
    m_addDimButton->setObjectName(QStringLiteral("addDimButton"));
    m_addDimButton->setToolTip(tr("Append a dimension of size 2"));
    m_removeDimButton = new QPushButton(tr("Re&move dim"), this);
    m_removeDimButton->setObjectName(QStringLiteral("removeDimButton"));
    m_removeDimButton->setToolTip(tr("Remove the last dimension"));
    auto *shapeRow = new QHBoxLayout;
    shapeRow->addWidget(m_shapeEdit, 1);
    shapeRow->addWidget(m_addDimButton);
    shapeRow->addWidget(m_removeDimButton);
    editors->addWidget(shapeCaption, 0, 0);
    editors->addLayout(shapeRow, 0, 1);

    auto *formCaption = new QLabel(tr("Flatten with"), this);
    m_moduleButton = new QRadioButton(tr("nn.Flatten()\ndefaults start_dim=1, end_dim=-1"), this);
    m_moduleButton->setObjectName(QStringLiteral("moduleButton"));
    m_functionButton = new QRadioButton(tr("torch.flatten(x)\ndefaults start_dim=0, end_dim=-1"), this);
    m_functionButton->setObjectName(QStringLiteral("functionButton"));
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_moduleButton);
    modeGroup->addButton(m_functionButton);
    // One above the other, each on two lines: side by side (or on one line each) they would set a
    // minimum width that needs sideways scrolling at 1024x768 in presentation mode.
    auto *modeRow = new QVBoxLayout;
    modeRow->setSpacing(4);
    modeRow->addWidget(m_moduleButton, 0, Qt::AlignLeft);
    modeRow->addWidget(m_functionButton, 0, Qt::AlignLeft);
    editors->addWidget(formCaption, 1, 0, Qt::AlignTop);
    editors->addLayout(modeRow, 1, 1);

    auto *dimsCaption = new QLabel(tr("Dims"), this);
    auto *startCaption = new QLabel(tr("s&tart_dim"), this);
    m_startBox = new QSpinBox(this);
    m_startBox->setObjectName(QStringLiteral("startDimBox"));
    m_startBox->setAccessibleName(tr("start_dim"));
    startCaption->setBuddy(m_startBox);
    auto *endCaption = new QLabel(tr("&end_dim"), this);
    m_endBox = new QSpinBox(this);
    m_endBox->setObjectName(QStringLiteral("endDimBox"));
    m_endBox->setAccessibleName(tr("end_dim"));
    endCaption->setBuddy(m_endBox);
    for (QSpinBox *box : {m_startBox, m_endBox}) {
        box->setRange(-kDimSpinLimit, kDimSpinLimit);
        box->setMinimumWidth(90);
        box->setToolTip(tr("Negative dims count from the end: -1 is the last dim."));
    }
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    auto *dimsRow = new QHBoxLayout;
    dimsRow->addWidget(startCaption);
    dimsRow->addWidget(m_startBox);
    dimsRow->addSpacing(16);
    dimsRow->addWidget(endCaption);
    dimsRow->addWidget(m_endBox);
    dimsRow->addStretch(1);
    editors->addWidget(dimsCaption, 2, 0);
    editors->addLayout(dimsRow, 2, 1);
    // The valid range on a line of its own: beside the boxes it made the row too wide for a
    // lesson column in presentation type.
    m_rangeLabel->setForegroundRole(QPalette::PlaceholderText);
    editors->addWidget(m_rangeLabel, 3, 1);

    auto *codeCaption = new QLabel(tr("Code"), this);
    m_codeLabel = new QLabel(this);
    m_codeLabel->setObjectName(QStringLiteral("codeLabel"));
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setAccessibleName(tr("Code"));
    m_codeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_codeLabel->setWordWrap(true); // breaks after a comma in large type instead of being cut off
    editors->addWidget(codeCaption, 4, 0);
    editors->addWidget(m_codeLabel, 4, 1);
    editors->setColumnStretch(1, 1);
    layout->addLayout(editors);

    // --- result ---
    auto *result = new QFrame(this);
    result->setObjectName(QStringLiteral("resultPanel"));
    result->setFrameShape(QFrame::StyledPanel);
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->setSpacing(8);
    auto *outputRow = new QHBoxLayout;
    m_outputCaption = new QLabel(tr("Output shape"), result);
    m_outputLabel = new QLabel(result);
    m_outputLabel->setObjectName(QStringLiteral("outputLabel"));
    m_outputLabel->setAccessibleName(tr("Output shape"));
    m_outputLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outputRow->addWidget(m_outputCaption);
    outputRow->addSpacing(12);
    outputRow->addWidget(m_outputLabel, 1);
    resultLayout->addLayout(outputRow);
    m_errorLabel = new QLabel(result);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_errorLabel);
    m_explanationLabel = new QLabel(result);
    m_explanationLabel->setObjectName(QStringLiteral("explanationLabel"));
    m_explanationLabel->setAccessibleName(tr("Explanation"));
    m_explanationLabel->setWordWrap(true);
    m_explanationLabel->setTextFormat(Qt::PlainText);
    resultLayout->addWidget(m_explanationLabel);
    m_hintLabel = new QLabel(result);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setAccessibleName(tr("Hint"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setTextFormat(Qt::PlainText);
    resultLayout->addWidget(m_hintLabel);
    layout->addWidget(result);

    // --- animation ---
    m_view = new FlattenAnimationView(this);
    layout->addWidget(m_view, 1);
    auto *controls = new QHBoxLayout;
    m_playButton = new QPushButton(tr("Pause"), this);
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_stepButton = new QPushButton(tr("Step"), this);
    m_stepButton->setObjectName(QStringLiteral("stepButton"));
    m_stepButton->setToolTip(tr("Jump to the next stage and pause (Right arrow on the animation)"));
    m_replayButton = new QPushButton(tr("Replay"), this);
    m_replayButton->setObjectName(QStringLiteral("replayButton"));
    auto *speedCaption = new QLabel(tr("S&peed"), this);
    m_speedBox = new QComboBox(this);
    m_speedBox->setObjectName(QStringLiteral("speedBox"));
    speedCaption->setBuddy(m_speedBox);
    for (double speed : {0.25, 0.5, 1.0, 2.0})
        m_speedBox->addItem(QStringLiteral("%1x").arg(speed), speed);
    m_speedBox->setCurrentIndex(2);
    controls->addWidget(m_playButton);
    controls->addWidget(m_stepButton);
    controls->addWidget(m_replayButton);
    controls->addSpacing(20);
    controls->addWidget(speedCaption);
    controls->addWidget(m_speedBox);
    controls->addStretch(1);
    layout->addLayout(controls);

    setTabOrder(m_shapeEdit, m_addDimButton);
    setTabOrder(m_addDimButton, m_removeDimButton);
    setTabOrder(m_removeDimButton, m_moduleButton);
    setTabOrder(m_moduleButton, m_functionButton);
    setTabOrder(m_functionButton, m_startBox);
    setTabOrder(m_startBox, m_endBox);
    setTabOrder(m_endBox, m_view);
    setTabOrder(m_view, m_playButton);
    setTabOrder(m_playButton, m_stepButton);
    setTabOrder(m_stepButton, m_replayButton);
    setTabOrder(m_replayButton, m_speedBox);

    connect(m_shapeEdit, &QLineEdit::textChanged, this, &FlattenPlayground::onShapeEdited);
    connect(m_addDimButton, &QPushButton::clicked, this, &FlattenPlayground::addDim);
    connect(m_removeDimButton, &QPushButton::clicked, this, &FlattenPlayground::removeDim);
    connect(m_moduleButton, &QRadioButton::toggled, this, [this](bool on) {
        if (on && m_mode != Mode::Module)
            setMode(Mode::Module);
    });
    connect(m_functionButton, &QRadioButton::toggled, this, [this](bool on) {
        if (on && m_mode != Mode::Function)
            setMode(Mode::Function);
    });
    connect(m_startBox, &QSpinBox::valueChanged, this, &FlattenPlayground::refresh);
    connect(m_endBox, &QSpinBox::valueChanged, this, &FlattenPlayground::refresh);
    connect(m_playButton, &QPushButton::clicked, m_view, &FlattenAnimationView::togglePlay);
    connect(m_stepButton, &QPushButton::clicked, m_view, &FlattenAnimationView::step);
    connect(m_replayButton, &QPushButton::clicked, m_view, &FlattenAnimationView::replay);
    connect(m_view, &FlattenAnimationView::playingChanged, this,
            [this](bool playing) { m_playButton->setText(playing ? tr("Pause") : tr("Play")); });
    connect(m_speedBox, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setSpeed(m_speedBox->currentData().toDouble()); });

    m_updating = true;
    m_shapeEdit->setText(shapeText(m_shape));
    m_updating = false;
    applyFonts();
}

void FlattenPlayground::setShape(const ft::Shape &shape) { m_shapeEdit->setText(shapeText(shape)); }

void FlattenPlayground::setShapeText(const QString &text) { m_shapeEdit->setText(text); }

void FlattenPlayground::setStartDim(ft::Dim dim) { m_startBox->setValue(int(dim)); }

void FlattenPlayground::setEndDim(ft::Dim dim) { m_endBox->setValue(int(dim)); }

void FlattenPlayground::setMode(Mode mode)
{
    m_mode = mode;
    const bool wasUpdating = m_updating;
    m_updating = true;
    (mode == Mode::Module ? m_moduleButton : m_functionButton)->setChecked(true);
    m_startBox->setValue(mode == Mode::Module ? 1 : 0);
    m_endBox->setValue(-1);
    m_updating = wasUpdating;
    if (!m_updating)
        refresh();
}

void FlattenPlayground::setCompact(bool compact)
{
    m_addDimButton->setVisible(!compact);
    m_removeDimButton->setVisible(!compact);
}

void FlattenPlayground::addDim()
{
    ft::Shape shape = m_shape;
    shape.push_back(2);
    setShape(shape);
}

void FlattenPlayground::removeDim()
{
    if (m_shape.empty())
        return;
    ft::Shape shape = m_shape;
    shape.pop_back();
    setShape(shape);
}

void FlattenPlayground::onShapeEdited(const QString &text)
{
    try {
        m_shape = ft::parseShape(text.toStdString());
        m_shapeError.clear();
    } catch (const ft::ParseError &e) {
        m_shapeError = QString::fromStdString(e.formatted());
    }
    if (!m_updating)
        refresh();
}

void FlattenPlayground::refresh()
{
    if (m_updating)
        return;
    const ft::Dim start = m_startBox->value();
    const ft::Dim end = m_endBox->value();
    if (m_mode == Mode::Module)
        m_codeLabel->setText(QStringLiteral("nn.Flatten(start_dim=%1, end_dim=%2)(x)").arg(start).arg(end));
    else
        m_codeLabel->setText(QStringLiteral("torch.flatten(x, start_dim=%1, end_dim=%2)").arg(start).arg(end));
    m_removeDimButton->setEnabled(!m_shape.empty());

    if (!m_shapeError.isEmpty()) {
        // The shape text itself is not a shape yet: say where, keep the last picture.
        m_outputLabel->clear();
        m_outputCaption->setVisible(false);
        m_outputLabel->setVisible(false);
        m_errorLabel->setText(m_shapeError);
        m_errorLabel->setVisible(true);
        m_explanationLabel->setText(tr("The input shape is not valid yet."));
        m_hintLabel->clear();
        m_hintLabel->setVisible(false);
        m_rangeLabel->clear();
        emit reportChanged();
        return;
    }

    m_report = ft::explainFlatten(m_shape, start, end);
    m_rangeLabel->setText(tr("valid dims: %1 to %2").arg(m_report.minDim).arg(m_report.maxDim));
    if (m_report.ok()) {
        m_outputLabel->setText(shapeText(*m_report.output));
        m_errorLabel->clear();
    } else {
        m_outputLabel->clear();
        m_errorLabel->setText(QString::fromStdString(m_report.errorType + ": " + m_report.errorMessage));
    }
    m_outputCaption->setVisible(m_report.ok());
    m_outputLabel->setVisible(m_report.ok());
    m_errorLabel->setVisible(!m_report.ok());
    m_explanationLabel->setText(QString::fromStdString(m_report.diagnosis.explanation));
    m_hintLabel->setText(m_report.diagnosis.hint.empty() ? QString()
                                                         : tr("Hint: ") + QString::fromStdString(m_report.diagnosis.hint));
    m_hintLabel->setVisible(!m_report.diagnosis.hint.empty());
    m_view->setReport(m_report);
    emit reportChanged();
}

void FlattenPlayground::applyFonts()
{
    m_shapeEdit->setFont(shapeFont(font(), 1.2));
    m_codeLabel->setFont(shapeFont(font(), 1.1));
    QFont output = shapeFont(font(), 1.9);
    output.setBold(true);
    m_outputLabel->setFont(output);
    m_errorLabel->setFont(shapeFont(font(), 1.15));
    QFont explanation = font();
    explanation.setPointSizeF(font().pointSizeF() * 1.1);
    m_explanationLabel->setFont(explanation);
    m_hintLabel->setFont(explanation);
    // Colours from the palette (light or dark); the hint gets an accent bar, not a fill.
    const QPalette pal = palette();
    m_errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor(pal).name()));
    m_hintLabel->setStyleSheet(hintStyleSheet());
}

void FlattenPlayground::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        applyFonts();
}

} // namespace ft::ui
