// main_window.h — the app's frame: a navigation list on the left (Lessons, Practice, Playground,
// Progress, ...), the chosen screen on the right, and the keys that work everywhere: Ctrl+1..9 to
// switch screens, F1 or ? for the shortcut list, Ctrl +/-/0 to zoom, F11 or Ctrl+Shift+P for
// presentation mode. It remembers its size, place, zoom and last screen (QSettings), clamped to the
// available screen. Every screen scrolls inside the window: the window never grows by itself.
//
//     ft::ui::MainWindow window(ft::content::ContentLibrary::load(ft::content::contentDirs()));
//     window.addPage(QStringLiteral("training"), QObject::tr("Training"), new TrainingPage(&window));
//     window.show();
//
// Screens are named by stable ids (ScreenId below): settings, wiring and tests use the id, never
// the title, which a translation changes.
#pragma once

#include "content/content_library.h"
#include "ui/help_overlay.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;
class QListWidget;
class QStackedWidget;

namespace ft::ui {

class AppStyle;
class ContentProblemsPanel;
class LessonReader;
class QuizRunner;

// Ids of the built-in screens.
namespace ScreenId {
inline constexpr QLatin1String Lessons{"lessons"};
inline constexpr QLatin1String Practice{"practice"};
inline constexpr QLatin1String Playground{"playground"};
inline constexpr QLatin1String Progress{"progress"};
inline constexpr QLatin1String Training{"training"};
} // namespace ScreenId

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Loads the bundled and user content folders.
    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const ft::content::ContentLibrary &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a screen at the end of the navigation; Ctrl+<position> switches to it. Returns its index.
    int addPage(const QString &id, const QString &title, QWidget *page);
    // Replaces a screen's widget (e.g. a placeholder) keeping its id, title and position.
    void replacePage(const QString &id, QWidget *page);
    int pageIndex(const QString &id) const;
    QWidget *page(const QString &id) const;
    void showPage(int index);
    bool showPage(const QString &id);
    // The screen shown (the widget given to addPage, not the scroll area around it).
    QWidget *currentPage() const;
    QString currentPageId() const;
    QString currentPageTitle() const;

    // Shortcut lines for the help overlay; screens add theirs here.
    void addShortcutHelp(const QString &section, const QString &keys, const QString &description);

    const ft::content::ContentLibrary &library() const { return m_library; }
    // The folders Reload reads again (the bundled and user folders unless told otherwise).
    void setContentDirs(const QStringList &dirs) { m_contentDirs = dirs; }
    // The panel listing the content files' problems (in a dock, closed until View ▸ Content problems).
    ContentProblemsPanel *contentProblemsPanel() const { return m_problemsPanel; }
    QDockWidget *contentProblemsDock() const { return m_problemsDock; }
    // The learner whose progress is kept, shown in the window title ("Lessons — Ada — Flatten Tutor").
    void setLearnerName(const QString &name);
    QString learnerName() const { return m_learnerName; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }
    LessonReader *lessonReader() const { return m_lessonReader; }
    QuizRunner *quizRunner() const { return m_quizRunner; }
    AppStyle *appStyle() const { return m_style; }
    HelpOverlay *helpOverlay() const { return m_help; }

    bool isPresentationMode() const { return m_presentation; }
    // The screen list and the lesson list (Ctrl+B hides them to give a projector the room).
    bool sidePanelsVisible() const;

public slots:
    void setPresentationMode(bool on);
    void togglePresentationMode() { setPresentationMode(!m_presentation); }
    void setSidePanelsVisible(bool visible);
    void showHelp();
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Saves size, place, zoom and the current screen; called on close.
    void saveSettings() const;
    // Reads the content folders again and shows what they hold now (lessons, banks, examples,
    // problems), keeping the screen the learner is on.
    void reloadContent();

signals:
    void libraryChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildActions();
    void restoreSettings();
    void clampToScreen();
    void updateTitle();
    void applyLibrary();
    QWidget *placeholderPage(const QString &text);

    ft::content::ContentLibrary m_library;
    QStringList m_contentDirs;
    QString m_learnerName;
    QMenu *m_fileMenu = nullptr;
    ContentProblemsPanel *m_problemsPanel = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    AppStyle *m_style = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    LessonReader *m_lessonReader = nullptr;
    QuizRunner *m_quizRunner = nullptr;
    HelpOverlay *m_help = nullptr;
    QList<ShortcutHelp> m_shortcutHelp;
    QAction *m_presentationAction = nullptr;
    QAction *m_sidePanelsAction = nullptr;
    QWidget *m_sideBar = nullptr;
    QWidget *m_sideRule = nullptr;
    bool m_presentation = false;
    bool m_wasMaximized = false;
};

} // namespace ft::ui
