#include "ui/progress_wiring.h"

#include "ui/lesson_reader.h"
#include "ui/main_window.h"
#include "ui/progress_page.h"
#include "content/question_generator.h"
#include "ui/quiz_runner.h"
#include "content/review_schedule.h"

#include <QActionGroup>
#include <QDate>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ft::ui {

using ft::content::QuizSession;

namespace {
// How long a status-bar sentence stays (the recovery sentence stays until replaced).
constexpr int kMessageMs = 8000;
}

ProgressWiring::ProgressWiring(MainWindow *window, const QString &storePath)
    : QObject(window)
    , m_window(window)
    , m_store(std::make_unique<ft::content::ProgressStore>(storePath))
{
    if (!m_store->recoveryMessage().isEmpty())
        window->statusBar()->showMessage(m_store->recoveryMessage());

    m_page = new ProgressPage(m_store.get(), window->pages());
    m_page->setLessons(window->library().lessons());
    m_page->setQuestionTitle([this](const QString &id) {
        const std::optional<ft::content::Question> question = findQuestion(id);
        // A question the course no longer has (content changed) is named, not shown by its id.
        if (!question)
            return tr("A question no longer in the course");
        return ProgressPage::questionTitle(*question);
    });
    window->replacePage(ScreenId::Progress, m_page);

    connect(m_page, &ProgressPage::retryRequested, this, &ProgressWiring::retryQuestion);
    connect(m_page, &ProgressPage::reviewRequested, this, &ProgressWiring::startReview);
    connect(m_page, &ProgressPage::progressReset, this, [this] {
        updateReviewButtons();
        if (LessonReader *reader = m_window->lessonReader())
            reader->setDoneLessons(m_store->finishedLessonIds());
    });
    connect(m_page, &ProgressPage::messageChanged, this,
            [window](const QString &message) { window->statusBar()->showMessage(message, kMessageMs); });

    if (LessonReader *reader = window->lessonReader()) {
        // The lesson list shows what the store remembers, from the first frame.
        reader->setDoneLessons(m_store->finishedLessonIds());
        connect(reader, &LessonReader::lessonOpened, this, [this](const QString &id) { m_store->recordLessonOpened(id); });
        connect(reader, &LessonReader::lessonFinished, this, [this](const QString &id) { m_store->recordLessonFinished(id); });
        connect(reader, &LessonReader::lessonUnfinished, this, [this](const QString &id) { m_store->clearLessonFinished(id); });
    }
    if (QuizRunner *runner = window->quizRunner()) {
        // The session says when a round starts and of which kind; nothing is guessed from widgets.
        connect(runner->session(), &QuizSession::roundStarted, this, &ProgressWiring::beginRound);
        connect(runner->session(), &QuizSession::answerChecked, this, &ProgressWiring::recordAnswer);
        connect(runner->session(), &QuizSession::roundFinished, this, &ProgressWiring::updateReviewButtons);
        runner->addStartWidget(buildPracticePanel());
    }
    connect(window, &MainWindow::libraryChanged, this, [this] {
        m_page->setLessons(m_window->library().lessons());
        learnerChanged();
    });
    buildFileMenu();
    window->setLearnerName(m_store->currentProfile().name);
    updateReviewButtons();
}

ProgressWiring::~ProgressWiring() = default;

void ProgressWiring::buildFileMenu()
{
    QMenu *file = m_window->fileMenu();
    if (!file)
        return;
    QAction *first = file->actions().value(0);
    m_learnerMenu = new QMenu(tr("&Learner"), file);
    m_learnerMenu->setObjectName(QStringLiteral("learnerMenu"));
    connect(m_learnerMenu, &QMenu::aboutToShow, this, &ProgressWiring::fillLearnerMenu);
    fillLearnerMenu();
    file->insertMenu(first, m_learnerMenu);
    auto *exportAction = new QAction(tr("&Export my results…"), file);
    exportAction->setObjectName(QStringLiteral("exportResultsAction"));
    connect(exportAction, &QAction::triggered, m_page, &ProgressPage::requestExport);
    auto *resetAction = new QAction(tr("&Reset my progress…"), file);
    resetAction->setObjectName(QStringLiteral("resetProgressAction"));
    connect(resetAction, &QAction::triggered, m_page, &ProgressPage::requestReset);
    file->insertActions(first, {exportAction, resetAction});
    file->insertSeparator(first);
}

void ProgressWiring::fillLearnerMenu()
{
    m_learnerMenu->clear();
    auto *group = new QActionGroup(m_learnerMenu);
    const qint64 current = m_store->currentProfile().id;
    for (const ft::content::LearnerProfile &profile : m_store->profiles()) {
        QAction *pick = m_learnerMenu->addAction(profile.name);
        pick->setCheckable(true);
        pick->setChecked(profile.id == current);
        pick->setData(profile.id);
        group->addAction(pick);
        const qint64 id = profile.id;
        connect(pick, &QAction::triggered, this, [this, id] { switchLearner(id); });
    }
    m_learnerMenu->addSeparator();
    m_learnerMenu->addAction(tr("&New learner…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(m_window, tr("New learner"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            createLearner(name);
    });
    m_learnerMenu->addAction(tr("&Rename %1…").arg(m_store->currentProfile().name), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(m_window, tr("Rename learner"), tr("Name:"), QLineEdit::Normal,
                                                   m_store->currentProfile().name, &ok);
        if (ok)
            renameLearner(name);
    });
    QAction *remove = m_learnerMenu->addAction(tr("&Delete %1…").arg(m_store->currentProfile().name), this, [this] {
        const ft::content::LearnerProfile profile = m_store->currentProfile();
        const auto answer = QMessageBox::question(
            m_window, tr("Delete learner"),
            tr("Delete %1 and all of %1's progress? This cannot be undone.").arg(profile.name.toHtmlEscaped()));
        if (answer == QMessageBox::Yes)
            deleteLearner(profile.id);
    });
    remove->setEnabled(m_store->profiles().size() > 1);
}

void ProgressWiring::refuse(const QString &reason)
{
    m_window->statusBar()->showMessage(reason, kMessageMs);
}

bool ProgressWiring::createLearner(const QString &name)
{
    const qint64 id = m_store->createProfile(name);
    if (id == 0) {
        refuse(m_store->lastError());
        return false;
    }
    return switchLearner(id);
}

bool ProgressWiring::renameLearner(const QString &name)
{
    if (!m_store->renameProfile(m_store->currentProfile().id, name)) {
        refuse(m_store->lastError());
        return false;
    }
    learnerChanged();
    return true;
}

bool ProgressWiring::deleteLearner(qint64 profileId)
{
    if (!m_store->deleteProfile(profileId)) {
        refuse(m_store->lastError());
        return false;
    }
    learnerChanged();
    return true;
}

bool ProgressWiring::switchLearner(qint64 profileId)
{
    if (!m_store->switchProfile(profileId)) {
        refuse(m_store->lastError());
        return false;
    }
    learnerChanged();
    m_window->statusBar()->showMessage(tr("Now learning: %1.").arg(m_store->currentProfile().name), kMessageMs);
    return true;
}

void ProgressWiring::askWhoIsLearning()
{
    const QList<ft::content::LearnerProfile> profiles = m_store->profiles();
    if (profiles.size() < 2)
        return;
    QStringList names;
    int current = 0;
    for (const ft::content::LearnerProfile &profile : profiles) {
        if (profile.id == m_store->currentProfile().id)
            current = int(names.size());
        names << profile.name;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Who is learning?"), tr("Learner:"), names, current, false, &ok);
    const qsizetype picked = names.indexOf(name);
    if (ok && picked >= 0)
        switchLearner(profiles.at(picked).id);
}

void ProgressWiring::learnerChanged()
{
    // A round under way goes on for the new learner, in a session of theirs.
    m_sessionId = 0;
    m_window->setLearnerName(m_store->currentProfile().name);
    if (LessonReader *reader = m_window->lessonReader())
        reader->setDoneLessons(m_store->finishedLessonIds());
    m_page->refresh();
    updateReviewButtons();
}

QWidget *ProgressWiring::buildPracticePanel()
{
    auto *panel = new QFrame;
    panel->setObjectName(QStringLiteral("endlessPracticePanel"));
    panel->setFrameShape(QFrame::StyledPanel);

    auto *endlessLabel = new QLabel(tr("<b>Endless practice</b> — set #"), panel);
    m_seedBox = new QSpinBox(panel);
    m_seedBox->setObjectName(QStringLiteral("practiceSet"));
    m_seedBox->setRange(0, ft::content::QuestionGenerator::MaxSeed);
    m_seedBox->setValue(int(QDate::currentDate().toJulianDay() % 1000)); // a new set each day unless told
    m_seedBox->setAccessibleName(tr("Practice set number"));
    m_seedBox->setToolTip(tr("Everyone who picks the same set number gets the same questions"));
    endlessLabel->setBuddy(m_seedBox);
    auto *endlessStart = new QPushButton(tr("Start"), panel);
    endlessStart->setAccessibleName(tr("Start endless practice"));
    endlessStart->setObjectName(QStringLiteral("startEndless"));
    auto *hint = new QLabel(tr("New questions made from real mistakes; the engine checks every answer."), panel);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);

    m_reviewButton = new QPushButton(panel);
    m_reviewButton->setObjectName(QStringLiteral("practiceReview"));
    m_reviewButton->setToolTip(tr("Missed questions come back, spaced out, until you answer them right on separate days"));

    // Two short rows rather than one long one: the panel must not widen the window's minimum size.
    auto *row = new QHBoxLayout;
    row->addWidget(endlessLabel);
    row->addWidget(m_seedBox);
    row->addWidget(endlessStart);
    row->addStretch(1);
    auto *reviewRow = new QHBoxLayout;
    reviewRow->addWidget(m_reviewButton);
    reviewRow->addStretch(1);
    auto *layout = new QVBoxLayout(panel);
    layout->addLayout(row);
    layout->addWidget(hint);
    layout->addLayout(reviewRow);

    connect(endlessStart, &QPushButton::clicked, this, [this] { startEndlessPractice(m_seedBox->value()); });
    connect(m_reviewButton, &QPushButton::clicked, this, &ProgressWiring::startReview);
    return panel;
}

std::optional<ft::content::Question> ProgressWiring::findQuestion(const QString &id) const
{
    if (const ft::content::Question *question = m_window->library().question(id))
        return *question;
    return ft::content::QuestionGenerator::questionById(id);
}

QStringList ProgressWiring::dueForReview() const
{
    const auto schedule = ft::content::ReviewSchedule::fromAnswers(m_store->answers());
    QStringList ids;
    // Questions that no longer exist (content changed) cannot come back; skip them.
    for (const QString &id : schedule.dueQuestionIds(QDate::currentDate())) {
        if (findQuestion(id))
            ids << id;
    }
    return ids;
}

void ProgressWiring::startRound(const QList<ft::content::Question> &questions, const QString &title, QuizSession::Kind kind)
{
    if (questions.isEmpty())
        return;
    m_window->quizRunner()->start(questions, title, kind);
    m_window->showPage(ScreenId::Practice);
}

void ProgressWiring::startEndlessPractice(int seed)
{
    if (seed != m_endlessSeed) {
        m_endlessSeed = seed;
        m_nextEndlessIndex = 0;
    }
    const ft::content::QuestionGenerator generator{quint32(seed)};
    const QList<ft::content::Question> questions = generator.questions(m_nextEndlessIndex, EndlessRoundSize);
    m_nextEndlessIndex += EndlessRoundSize;
    startRound(questions, tr("Endless practice — set #%1").arg(seed), QuizSession::Kind::Endless);
}

void ProgressWiring::startReview()
{
    QList<ft::content::Question> questions;
    for (const QString &id : dueForReview())
        questions << *findQuestion(id);
    if (questions.isEmpty()) {
        const auto next = ft::content::ReviewSchedule::fromAnswers(m_store->answers()).nextDueAfter(QDate::currentDate());
        m_window->statusBar()->showMessage(next ? tr("Nothing to review today; the next review is on %1.")
                                                      .arg(QLocale().toString(*next, QLocale::LongFormat))
                                                : tr("Nothing to review: every question you missed has been learned."),
                                           kMessageMs);
        return;
    }
    startRound(questions, tr("Review: questions you missed"), QuizSession::Kind::Review);
}

void ProgressWiring::retryQuestion(const QString &questionId)
{
    const std::optional<ft::content::Question> question = findQuestion(questionId);
    if (!question) {
        m_window->statusBar()->showMessage(tr("That question is no longer in the course."), kMessageMs);
        return;
    }
    startRound({*question}, tr("Retry a missed question"), QuizSession::Kind::Retry);
}

void ProgressWiring::beginRound(QuizSession::Kind kind, const QString &title)
{
    m_roundKind = kind;
    m_roundTitle = title;
    m_sessionId = 0;
}

void ProgressWiring::recordAnswer(const QString &questionId, const QList<int> &chosen, bool correct, qint64 elapsedMs)
{
    const QuizSession *session = m_window->quizRunner()->session();
    // A round is stored with its first answer: rounds left before any answer leave no trace.
    if (m_sessionId == 0)
        m_sessionId = m_store->beginSession(QuizSession::kindKey(m_roundKind), m_roundTitle, {}, session->attemptSeed());
    ft::content::AnswerRecord record;
    record.questionId = questionId;
    record.chosen = chosen;
    record.correct = correct;
    record.elapsedMs = elapsedMs;
    record.sessionId = m_sessionId;
    if (const ft::content::Question *current = session->current(); current && current->id == questionId)
        record.topics = current->tags;
    if (m_store->recordAnswer(record) == 0)
        m_window->statusBar()->showMessage(tr("This answer could not be saved (%1).").arg(m_store->lastError()), kMessageMs);
    if (!correct)
        updateReviewButtons();
}

void ProgressWiring::updateReviewButtons()
{
    const int due = int(dueForReview().size());
    if (m_reviewButton) {
        m_reviewButton->setText(due == 0   ? tr("Nothing to review today")
                                : due == 1 ? tr("Review 1 missed question")
                                           : tr("Review %1 missed questions").arg(due));
        m_reviewButton->setEnabled(due > 0);
    }
    m_page->setReviewDue(due);
}

} // namespace ft::ui
