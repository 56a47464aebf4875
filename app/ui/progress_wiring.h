// progress_wiring.h — connects the screens to the learner's lasting progress.
//
//     new ft::ui::ProgressWiring(window);   // once, after the main window built its screens
//
// It opens the progress store (telling the learner in the status bar, calmly, when an unreadable
// store was set aside), records lessons opened/finished from the lesson reader and every checked
// answer from the quiz runner (each committed at once), puts the Progress screen in place, and
// adds "Endless practice — set #N" and "Review missed questions" to the Practice screen.
// Learner profiles (a classroom computer is shared): File ▸ Learner lists them and creates,
// renames, deletes and switches; every screen then shows the chosen learner's progress and the
// window title names them. File ▸ Export my results… and Reset my progress… act on that learner.
#pragma once

#include "content/progress_store.h"
#include "content/question.h"
#include "content/question_generator.h"
#include "content/quiz_session.h"

#include <QObject>

#include <memory>
#include <optional>

class QMenu;
class QSpinBox;
class QPushButton;

namespace ft::ui {

class MainWindow;
class ProgressPage;

class ProgressWiring : public QObject
{
    Q_OBJECT

public:
    static constexpr int EndlessRoundSize = ft::content::QuestionGenerator::RoundSize;

    explicit ProgressWiring(MainWindow *window, const QString &storePath = ft::content::ProgressStore::defaultPath());
    ~ProgressWiring() override;

    ft::content::ProgressStore &store() { return *m_store; }
    ProgressPage *page() const { return m_page; }
    QSpinBox *seedBox() const { return m_seedBox; }
    QPushButton *reviewButton() const { return m_reviewButton; }

    // A bank question by id, or a generated one rebuilt from its id.
    std::optional<ft::content::Question> findQuestion(const QString &id) const;
    // Question ids due for review today, missed ones first.
    QStringList dueForReview() const;

    QMenu *learnerMenu() const { return m_learnerMenu; }

public slots:
    // Each returns false (and says why in the status bar) when the store refuses.
    bool createLearner(const QString &name);       // and switches to the new learner
    bool renameLearner(const QString &name);       // the current learner
    bool deleteLearner(qint64 profileId);
    bool switchLearner(qint64 profileId);
    // "Who is learning?": a list of the learners to pick from; asked at start when there are several.
    void askWhoIsLearning();
    void startEndlessPractice(int seed);
    void startReview();
    void retryQuestion(const QString &questionId);

private:
    void beginRound(ft::content::QuizSession::Kind kind, const QString &title);
    void recordAnswer(const QString &questionId, const QList<int> &chosen, bool correct, qint64 elapsedMs);
    void startRound(const QList<ft::content::Question> &questions, const QString &title, ft::content::QuizSession::Kind kind);
    void updateReviewButtons();
    QWidget *buildPracticePanel();
    void buildFileMenu();
    void fillLearnerMenu();
    void learnerChanged();
    void refuse(const QString &reason);

    MainWindow *m_window = nullptr;
    std::unique_ptr<ft::content::ProgressStore> m_store;
    ProgressPage *m_page = nullptr;
    QSpinBox *m_seedBox = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QMenu *m_learnerMenu = nullptr;
    ft::content::QuizSession::Kind m_roundKind = ft::content::QuizSession::Kind::Quiz; // the running round
    QString m_roundTitle;
    qint64 m_sessionId = 0;      // its stored session, 0 until its first answer
    int m_nextEndlessIndex = 0;  // "one more round" continues the set where the last round stopped
    int m_endlessSeed = -1;
};

} // namespace ft::ui
