#include "ui/quiz_runner.h"

#include "ui/markdown_view.h"
#include "ui/padded_item_delegate.h"
#include "ui/option_button.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ft::ui {

namespace {

constexpr int kMaxOptions = 6;

QString optionKey(int index)
{
    return QString(QChar(u'A' + index));
}

// A titled, initially hidden panel holding one Markdown view (solution, quick check, mistakes).
QWidget *revealPanel(const QString &heading, MarkdownView **view, QWidget *parent)
{
    auto *panel = new QWidget(parent);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()), panel);
    *view = new MarkdownView(panel);
    (*view)->setAccessibleName(heading);
    layout->addWidget(title);
    layout->addWidget(*view);
    panel->hide();
    return panel;
}

// The stem's first line, short, for the list of missed questions.
QString stemPreview(const QString &stem)
{
    QString line = stem.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > 110)
        line = line.left(107) + QStringLiteral("…");
    return line;
}

} // namespace

QuizRunner::QuizRunner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("quizRunner"));
    m_session = new ft::content::QuizSession(this);
    connect(m_session, &ft::content::QuizSession::answerChecked, this, &QuizRunner::answerChecked);
    connect(m_session, &ft::content::QuizSession::roundFinished, this, &QuizRunner::roundFinished);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("quizTitle"));
    m_titleLabel->setWordWrap(true);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("quizProgress"));
    m_progressLabel->setForegroundRole(QPalette::PlaceholderText);
    m_progressLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildStartPage());
    m_stack->addWidget(buildQuestionPage());
    m_stack->addWidget(buildResultsPage());

    auto *header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_progressLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    showStart();
}

QWidget *QuizRunner::buildStartPage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Choose a set of questions. Each question shows what every answer means once you "
                                "check it, and a step-by-step solution."),
                             page);
    intro->setWordWrap(true);
    m_bankList = new QListWidget(page);
    m_bankList->setObjectName(QStringLiteral("bankList"));
    m_bankList->setAccessibleName(tr("Question sets"));
    m_bankList->setItemDelegate(new PaddedItemDelegate(0.4, m_bankList));
    m_startButton = new QPushButton(tr("Start"), page);
    m_startButton->setObjectName(QStringLiteral("startQuiz"));
    m_startButton->setAccessibleName(tr("Start the chosen question set"));
    m_startButton->setToolTip(tr("Start (Enter)"));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_bankList, 1);
    layout->addWidget(m_startButton, 0, Qt::AlignRight);

    connect(m_bankList, &QListWidget::itemActivated, this, &QuizRunner::startSelectedBank);
    connect(m_startButton, &QPushButton::clicked, this, &QuizRunner::startSelectedBank);
    return page;
}

QWidget *QuizRunner::buildQuestionPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("questionPage"));

    m_questionScroll = new QScrollArea(page);
    m_questionScroll->setWidgetResizable(true);
    m_questionScroll->setAccessibleName(tr("Question and answers"));
    m_questionScroll->setFrameShape(QFrame::NoFrame);
    auto *scrolled = new QWidget;
    auto *centre = new QHBoxLayout(scrolled);
    centre->setContentsMargins(0, 0, 0, 0);
    auto *content = new QWidget(scrolled);
    m_questionColumn = content;
    centre->addWidget(content, 1);
    centre->addStretch(0);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(4, 4, 12, 12);
    column->setSpacing(10);

    m_questionHeading = new QLabel(content);
    m_questionHeading->setObjectName(QStringLiteral("questionHeading"));
    m_stem = new MarkdownView(content);
    m_stem->setObjectName(QStringLiteral("questionStem"));
    m_stem->setAccessibleName(tr("Question"));
    m_hint = new QLabel(content);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    m_optionBox = new QWidget(content);
    m_optionBox->setAccessibleName(tr("Answer options"));
    m_optionLayout = new QVBoxLayout(m_optionBox);
    m_optionLayout->setContentsMargins(0, 0, 0, 0);
    m_optionLayout->setSpacing(8);
    m_verdict = new QLabel(content);
    m_verdict->setObjectName(QStringLiteral("questionVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::MarkdownText);

    m_solutionButton = new QPushButton(content);
    m_solutionButton->setAccessibleName(tr("Show or hide the step-by-step solution"));
    m_quickCheckButton = new QPushButton(content);
    m_quickCheckButton->setAccessibleName(tr("Show or hide the quick check"));
    m_mistakesButton = new QPushButton(content);
    m_mistakesButton->setAccessibleName(tr("Show or hide the common mistakes"));
    for (QPushButton *button : {m_solutionButton, m_quickCheckButton, m_mistakesButton})
        button->setCheckable(true);
    auto *reveal = new QHBoxLayout;
    reveal->addWidget(m_solutionButton);
    reveal->addWidget(m_quickCheckButton);
    reveal->addWidget(m_mistakesButton);
    reveal->addStretch(1);

    m_solutionPanel = revealPanel(tr("Step-by-step solution"), &m_solution, content);
    m_solutionPanel->setObjectName(QStringLiteral("solutionPanel"));
    m_quickCheckPanel = revealPanel(tr("Quick check"), &m_quickCheck, content);
    m_quickCheckPanel->setObjectName(QStringLiteral("quickCheckPanel"));
    m_mistakesPanel = revealPanel(tr("Common mistakes"), &m_mistakes, content);
    m_mistakesPanel->setObjectName(QStringLiteral("mistakesPanel"));

    column->addWidget(m_questionHeading);
    column->addWidget(m_stem);
    column->addWidget(m_hint);
    column->addWidget(m_optionBox);
    column->addWidget(m_verdict);
    column->addLayout(reveal);
    column->addWidget(m_quickCheckPanel);
    column->addWidget(m_solutionPanel);
    column->addWidget(m_mistakesPanel);
    column->addStretch(1);
    m_questionScroll->setWidget(scrolled);
    updateColumnWidth();

    m_checkButton = new QPushButton(tr("Check"), page);
    m_checkButton->setObjectName(QStringLiteral("checkAnswer"));
    m_checkButton->setAccessibleName(tr("Check my answer"));
    m_checkButton->setToolTip(tr("Check (Enter)"));
    m_nextButton = new QPushButton(page);
    m_nextButton->setObjectName(QStringLiteral("nextQuestion"));
    m_nextButton->setAccessibleName(tr("Next question"));
    m_nextButton->setToolTip(tr("Next (N, Right or Enter)"));
    auto *quit = new QPushButton(tr("Stop"), page);
    quit->setAccessibleName(tr("Stop this round and choose another question set"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(quit);
    actions->addStretch(1);
    actions->addWidget(m_checkButton);
    actions->addWidget(m_nextButton);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_questionScroll, 1);
    layout->addLayout(actions);

    connect(m_checkButton, &QPushButton::clicked, this, &QuizRunner::checkAnswer);
    connect(m_nextButton, &QPushButton::clicked, this, &QuizRunner::nextQuestion);
    connect(quit, &QPushButton::clicked, this, &QuizRunner::showStart);
    connect(m_solutionButton, &QPushButton::clicked, this, &QuizRunner::toggleSolution);
    connect(m_quickCheckButton, &QPushButton::clicked, this, &QuizRunner::toggleQuickCheck);
    connect(m_mistakesButton, &QPushButton::clicked, this, &QuizRunner::toggleMistakes);

    // Keys live on the question page: a hidden page's shortcuts do not fire, so these never
    // steal keys from other screens or from text fields elsewhere.
    auto addKey = [page](const QKeySequence &key, auto slot) {
        auto *shortcut = new QShortcut(key, page);
        QObject::connect(shortcut, &QShortcut::activated, page, slot);
    };
    for (int i = 0; i < kMaxOptions; ++i) {
        addKey(QKeySequence(Qt::Key_1 + i), [this, i] { chooseOption(i); });
        addKey(QKeySequence(Qt::Key_A + i), [this, i] { chooseOption(i); });
    }
    addKey(QKeySequence(Qt::Key_Return), [this] { onEnter(); });
    addKey(QKeySequence(Qt::Key_Enter), [this] { onEnter(); });
    addKey(QKeySequence(Qt::Key_N), [this] { nextQuestion(); });
    addKey(QKeySequence(Qt::Key_Right), [this] { nextQuestion(); });
    addKey(QKeySequence(Qt::Key_S), [this] { toggleSolution(); });
    addKey(QKeySequence(Qt::Key_Q), [this] { toggleQuickCheck(); });
    addKey(QKeySequence(Qt::Key_M), [this] { toggleMistakes(); });
    return page;
}

QWidget *QuizRunner::buildResultsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("resultsPage"));
    m_resultLabel = new QLabel(page);
    m_resultLabel->setObjectName(QStringLiteral("quizResult"));
    m_resultLabel->setWordWrap(true);
    m_missedList = new MarkdownView(page);
    m_missedList->setAccessibleName(tr("Questions you missed"));
    m_reviewButton = new QPushButton(tr("Review my mistakes"), page);
    m_reviewButton->setObjectName(QStringLiteral("reviewMistakes"));
    m_reviewButton->setAccessibleName(tr("Answer again only the questions I missed"));
    m_reviewButton->setToolTip(tr("Review my mistakes (R)"));
    m_againButton = new QPushButton(tr("Practise all again"), page);
    m_againButton->setObjectName(QStringLiteral("practiseAgain"));
    m_otherButton = new QPushButton(tr("Choose another set"), page);
    m_otherButton->setObjectName(QStringLiteral("chooseAnotherSet"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reviewButton);
    buttons->addWidget(m_againButton);
    buttons->addWidget(m_otherButton);
    buttons->addStretch(1);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_missedList);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_resultLabel);
    layout->addLayout(buttons);
    layout->addWidget(scroll, 1);

    connect(m_reviewButton, &QPushButton::clicked, this, &QuizRunner::reviewMistakes);
    connect(m_againButton, &QPushButton::clicked, this, &QuizRunner::restart);
    connect(m_otherButton, &QPushButton::clicked, this, &QuizRunner::showStart);
    auto *reviewKey = new QShortcut(QKeySequence(Qt::Key_R), page);
    connect(reviewKey, &QShortcut::activated, this, &QuizRunner::reviewMistakes);
    return page;
}

void QuizRunner::setBanks(const QList<ft::content::QuestionBank> &banks)
{
    m_banks = banks;
    m_bankList->clear();
    int total = 0;
    for (const ft::content::QuestionBank &bank : banks)
        total += int(bank.questions.size());
    auto *all = new QListWidgetItem(tr("All questions (%1)").arg(total), m_bankList);
    all->setData(Qt::UserRole, QString());
    for (const ft::content::QuestionBank &bank : banks) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(bank.title).arg(bank.questions.size()), m_bankList);
        item->setData(Qt::UserRole, bank.id);
    }
    m_bankList->setCurrentRow(0);
    m_startButton->setEnabled(total > 0);
}

void QuizRunner::addStartWidget(QWidget *widget)
{
    if (auto *layout = qobject_cast<QVBoxLayout *>(m_startButton->parentWidget()->layout()))
        layout->addWidget(widget);
}

bool QuizRunner::startBank(const QString &bankId)
{
    QList<ft::content::Question> questions;
    QString title = tr("All questions");
    for (const ft::content::QuestionBank &bank : std::as_const(m_banks)) {
        if (bankId.isEmpty() || bank.id == bankId) {
            questions += bank.questions;
            if (!bankId.isEmpty())
                title = bank.title;
        }
    }
    if (questions.isEmpty())
        return false;
    start(questions, title, ft::content::QuizSession::Kind::Quiz);
    return true;
}

void QuizRunner::startSelectedBank()
{
    if (QListWidgetItem *item = m_bankList->currentItem())
        startBank(item->data(Qt::UserRole).toString());
}

void QuizRunner::start(const QList<ft::content::Question> &questions, const QString &title,
                       ft::content::QuizSession::Kind kind)
{
    m_session->start(questions, title, kind);
    if (m_session->isFinished()) {
        showResults();
        return;
    }
    m_stack->setCurrentIndex(int(Screen::Question));
    showQuestion();
}

QuizRunner::Screen QuizRunner::screen() const
{
    return Screen(m_stack->currentIndex());
}

const ft::content::Question *QuizRunner::currentQuestion() const
{
    return screen() == Screen::Question ? m_session->current() : nullptr;
}

void QuizRunner::showStart()
{
    m_stack->setCurrentIndex(int(Screen::Start));
    updateHeader();
    m_bankList->setFocus();
}

void QuizRunner::showQuestion()
{
    const ft::content::Question &question = *m_session->current();

    qDeleteAll(m_options);
    m_options.clear();
    delete m_optionGroup;
    m_optionGroup = new QButtonGroup(this);
    const bool multiple = question.isMultipleAnswer();
    m_optionGroup->setExclusive(!multiple);

    // The header already says "Question 3 of 10"; this line says how hard this one is.
    const int difficulty = qBound(1, question.difficulty, 5);
    m_questionHeading->setText(tr("Difficulty %1").arg(QString(difficulty, QChar(0x25CF)) + QString(5 - difficulty, QChar(0x25CB))));
    m_questionHeading->setAccessibleName(tr("Difficulty %1 of 5").arg(difficulty));
    m_stem->setMarkdownText(question.stem);
    m_hint->setText(multiple ? tr("Choose all that apply (keys 1–%1 or A–%2), then press Enter to check.")
                                   .arg(qMin(int(question.options.size()), kMaxOptions))
                                   .arg(optionKey(qMin(int(question.options.size()), kMaxOptions) - 1))
                             : tr("Choose one answer (keys 1–%1 or A–%2), then press Enter to check.")
                                   .arg(qMin(int(question.options.size()), kMaxOptions))
                                   .arg(optionKey(qMin(int(question.options.size()), kMaxOptions) - 1)));
    QWidget *previous = m_stem;
    for (int i = 0; i < question.options.size() && i < kMaxOptions; ++i) {
        auto *button = new OptionButton(optionKey(i), m_session->displayedOption(i)->text, m_optionBox);
        button->setObjectName(QStringLiteral("option%1").arg(optionKey(i)));
        m_optionGroup->addButton(button, i);
        m_optionLayout->addWidget(button);
        m_options << button;
        connect(button, &QAbstractButton::toggled, this, [this] { m_checkButton->setEnabled(!chosenOptions().isEmpty()); });
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_checkButton);

    m_verdict->clear();
    m_verdict->hide();
    for (QPushButton *button : {m_solutionButton, m_quickCheckButton, m_mistakesButton}) {
        button->setChecked(false);
        button->hide();
    }
    m_solutionPanel->hide();
    m_quickCheckPanel->hide();
    m_mistakesPanel->hide();

    m_checkButton->show();
    m_checkButton->setEnabled(false);
    m_nextButton->hide();
    updateHeader();
    if (!m_options.isEmpty())
        m_options.first()->setFocus();
    m_clock.start();
}

QList<int> QuizRunner::chosenOptions() const
{
    QList<int> chosen;
    for (int i = 0; i < m_options.size(); ++i) {
        if (m_options.at(i)->isChecked())
            chosen << i;
    }
    return chosen;
}

void QuizRunner::chooseOption(int displayIndex)
{
    if (screen() != Screen::Question || m_session->isChecked() || displayIndex < 0 || displayIndex >= m_options.size())
        return;
    OptionButton *button = m_options.at(displayIndex);
    // Same as a click: toggles in a multiple-answer question, selects in a single-answer one.
    if (m_optionGroup->exclusive())
        button->setChecked(true);
    else
        button->toggle();
    button->setFocus();
}

bool QuizRunner::checkAnswer()
{
    const ft::content::Question *question = currentQuestion();
    if (!question)
        return false;
    const std::optional<ft::content::QuizSession::Grade> grade = m_session->check(chosenOptions(), m_clock.elapsed());
    if (!grade)
        return false;
    const bool correct = grade->correct;

    for (int i = 0; i < m_options.size(); ++i) {
        const ft::content::Option &option = *m_session->displayedOption(i);
        const bool picked = grade->chosen.contains(m_session->optionOrder().at(i));
        OptionButton::Verdict verdict = option.correct ? (picked ? OptionButton::Verdict::ChosenRight : OptionButton::Verdict::MissedRight)
                                                       : (picked ? OptionButton::Verdict::ChosenWrong : OptionButton::Verdict::NotChosenWrong);
        m_options.at(i)->setVerdict(verdict, option.feedback);
    }

    QStringList rightKeys;
    for (int i : grade->right)
        rightKeys << optionKey(i);
    m_verdict->setText(correct ? tr("### ✓ Right!")
                               : tr("### ✗ Not quite.\nThe right answer: **%1**. Read what each option means above.")
                                     .arg(rightKeys.join(QStringLiteral(", "))));
    m_verdict->show();

    QStringList steps;
    for (int i = 0; i < question->solution.size(); ++i)
        steps << tr("**Step %1.** %2").arg(i + 1).arg(question->solution.at(i));
    if (question->answer && !question->answer->trace.isEmpty())
        steps << tr("What the engine computes, layer by layer:") + QStringLiteral("\n\n```\n") + question->answer->trace.trimmed()
                     + QStringLiteral("\n```");
    m_solution->setMarkdownText(steps.join(QStringLiteral("\n\n")));
    m_quickCheck->setMarkdownText(question->quickCheck);
    QStringList mistakes;
    for (const QString &mistake : question->mistakes)
        mistakes << QStringLiteral("- ") + mistake;
    m_mistakes->setMarkdownText(mistakes.join(QLatin1Char('\n')));

    m_solutionButton->show();
    m_quickCheckButton->setVisible(!question->quickCheck.isEmpty());
    m_mistakesButton->setVisible(!question->mistakes.isEmpty());
    // A wrong answer opens the solution at once; a right one leaves it one key away.
    m_solutionButton->setChecked(!correct);
    m_solutionPanel->setVisible(!correct);
    m_solutionButton->setText(tr("Solution (S)"));
    m_quickCheckButton->setText(tr("Quick check (Q)"));
    m_mistakesButton->setText(tr("Common mistakes (M)"));

    m_checkButton->hide();
    m_nextButton->setText(m_session->position() + 1 < m_session->count() ? tr("Next question →") : tr("See my score →"));
    m_nextButton->show();
    m_nextButton->setFocus();
    updateHeader();
    return true;
}

void QuizRunner::onEnter()
{
    if (m_session->isChecked())
        nextQuestion();
    else
        checkAnswer();
}

void QuizRunner::nextQuestion()
{
    if (screen() != Screen::Question || !m_session->isChecked())
        return;
    if (m_session->next())
        showQuestion();
    else
        showResults();
}

void QuizRunner::showResults()
{
    m_stack->setCurrentIndex(int(Screen::Results));
    const QList<ft::content::Question> &missed = m_session->missed();
    const int total = m_session->count();
    m_resultLabel->setText(QStringLiteral("<h2>%1</h2>").arg(resultText().toHtmlEscaped()));
    if (missed.isEmpty()) {
        m_missedList->setMarkdownText(total > 0 ? tr("No mistakes in this round.") : QString());
    } else {
        QStringList lines{tr("**Questions to look at again:**"), QString()};
        for (const ft::content::Question &question : std::as_const(missed))
            lines << QStringLiteral("- ") + stemPreview(question.stem);
        m_missedList->setMarkdownText(lines.join(QLatin1Char('\n')));
    }
    m_reviewButton->setEnabled(!missed.isEmpty());
    m_reviewButton->setText(missed.isEmpty() ? tr("Review my mistakes")
                                               : tr("Review my %n mistake(s)", nullptr, int(missed.size())));
    updateHeader();
    (missed.isEmpty() ? m_againButton : m_reviewButton)->setFocus();
}

QString QuizRunner::resultText() const
{
    if (m_session->count() == 0)
        return tr("There are no questions in this set.");
    return tr("You answered %1 of %2 correctly.").arg(m_session->score()).arg(m_session->count());
}

void QuizRunner::reviewMistakes()
{
    if (screen() != Screen::Results || m_session->missed().isEmpty())
        return;
    const QString title = m_session->title().startsWith(tr("Review: ")) ? m_session->title()
                                                                        : tr("Review: %1").arg(m_session->title());
    start(QList<ft::content::Question>(m_session->missed()), title, ft::content::QuizSession::Kind::Review);
}

void QuizRunner::restart()
{
    m_session->restart();
    if (m_session->isFinished()) {
        showResults();
        return;
    }
    m_stack->setCurrentIndex(int(Screen::Question));
    showQuestion();
}

void QuizRunner::toggleSolution()
{
    if (!m_session->isChecked())
        return;
    m_solutionPanel->setVisible(!m_solutionPanel->isVisible());
    m_solutionButton->setChecked(m_solutionPanel->isVisible());
    reveal(m_solutionPanel);
}

void QuizRunner::toggleQuickCheck()
{
    if (!m_session->isChecked() || m_quickCheckButton->isHidden())
        return;
    m_quickCheckPanel->setVisible(!m_quickCheckPanel->isVisible());
    m_quickCheckButton->setChecked(m_quickCheckPanel->isVisible());
    reveal(m_quickCheckPanel);
}

void QuizRunner::toggleMistakes()
{
    if (!m_session->isChecked() || m_mistakesButton->isHidden())
        return;
    m_mistakesPanel->setVisible(!m_mistakesPanel->isVisible());
    m_mistakesButton->setChecked(m_mistakesPanel->isVisible());
    reveal(m_mistakesPanel);
}

void QuizRunner::reveal(QWidget *panel)
{
    if (!panel->isVisible())
        return;
    // The panel opens below the options: scroll every scroll area around it so it is in view.
    for (QWidget *w = panel->parentWidget(); w; w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            if (QWidget *content = scroll->widget(); content && content->layout())
                content->layout()->activate(); // place the panel now, not at the next event loop turn
            scroll->ensureWidgetVisible(panel, 0, 0);
            panel = scroll;
        }
    }
}

void QuizRunner::updateColumnWidth()
{
    // Keep lines readable on wide screens: the question column stops growing at ~90 characters.
    m_questionColumn->setMaximumWidth(fontMetrics().averageCharWidth() * 95 + 40);
}

void QuizRunner::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateColumnWidth();
}

void QuizRunner::updateHeader()
{
    switch (screen()) {
    case Screen::Start:
        m_titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Practice")));
        m_progressLabel->clear();
        break;
    case Screen::Question:
        m_titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(m_session->title().toHtmlEscaped()));
        m_progressLabel->setText(tr("Question %1 of %2  ·  %3 right so far")
                                     .arg(m_session->position() + 1)
                                     .arg(m_session->count())
                                     .arg(m_session->score()));
        break;
    case Screen::Results:
        m_titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(m_session->title().toHtmlEscaped()));
        m_progressLabel->setText(tr("Score %1 / %2").arg(m_session->score()).arg(m_session->count()));
        break;
    }
}

} // namespace ft::ui
