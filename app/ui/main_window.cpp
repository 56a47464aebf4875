#include "ui/main_window.h"
#include "ui/language_menu.h"
#include "ui/print_worksheet.h"

#include "ui/app_style.h"
#include "ui/classroom_style.h"
#include "ui/theme_menu.h"
#include "ui/content_problems_panel.h"
#include "content/content_paths.h"
#include "ui/class_editor.h"
#include "ui/lesson_reader.h"
#include "ui/model_builder.h"
#include "ui/padded_item_delegate.h"
#include "ui/playground_page.h"
#include "ui/progress_wiring.h"
#include "ui/quiz_runner.h"
#include "ui/training_page.h"
#include "ui/wheel_guard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace ft::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");
const QString kZoomKey = QStringLiteral("view/zoomStep");
const QString kLessonKey = QStringLiteral("lessons/current");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(ft::content::ContentLibrary::load(ft::content::contentDirs()), parent)
{
}

MainWindow::MainWindow(const ft::content::ContentLibrary &library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_contentDirs(ft::content::contentDirs())
    , m_style(new AppStyle(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Flatten Tutor"));
    // The wheel scrolls pages; it changes a spin box or combo box only while it has the focus.
    qApp->installEventFilter(new WheelGuard(this));
    // Indicators and the focus outline that read on a projector; the theme chosen in View > Theme.
    ClassroomStyle::install();
    ThemeMenu::applyTheme(ThemeMenu::chosenTheme());
    new FocusOutline(this);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The side bar: the app's name, the screens, and where to find the keys.
    auto *side = new QWidget(central);
    m_sideBar = side;
    side->setObjectName(QStringLiteral("sideBar"));
    side->setAutoFillBackground(true);
    side->setBackgroundRole(QPalette::Window);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 12, 8, 10);
    auto *appName = new QLabel(QStringLiteral("<b><big>%1</big></b>").arg(tr("Flatten Tutor")), side);
    appName->setContentsMargins(8, 0, 0, 8);
    m_navigation = new QListWidget(side);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Screens"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    m_navigation->setItemDelegate(new PaddedItemDelegate(0.45, m_navigation));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *keysHint = new QLabel(tr("F1  all shortcuts"), side);
    keysHint->setForegroundRole(QPalette::PlaceholderText);
    keysHint->setContentsMargins(8, 0, 0, 0);
    sideLayout->addWidget(appName);
    sideLayout->addWidget(m_navigation, 1);
    sideLayout->addWidget(keysHint);

    auto *rule = new QFrame(central);
    m_sideRule = rule;
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    layout->addWidget(side);
    layout->addWidget(rule);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_lessonReader = new LessonReader(m_pages);
    m_lessonReader->setLessons(m_library.lessons());
    m_quizRunner = new QuizRunner(m_pages);
    m_quizRunner->setBanks(m_library.banks());

    buildActions();

    // Screens, in navigation order; Ctrl+1, Ctrl+2, ... follow it. One line per screen.
    addPage(ScreenId::Lessons, tr("Lessons"), m_lessonReader);
    addPage(ScreenId::Practice, tr("Practice"), m_quizRunner);
    auto *playground = new PlaygroundPage(m_pages);
    playground->modelBuilder()->setExamples(m_library.modelExamples());
    playground->classEditor()->setExamples(m_library.classExamples());
    addPage(ScreenId::Playground, tr("Playground"), playground);
    addPage(ScreenId::Progress, tr("Progress"), placeholderPage(tr("Your progress will show here.")));
    addPage(ScreenId::Training, tr("Training"), new TrainingPage(m_pages));

    connect(m_navigation, &QListWidget::currentRowChanged, this, qOverload<int>(&MainWindow::showPage));
    connect(m_style, &AppStyle::scaleChanged, this, [this] {
        // The side bar is sized from the type, so it grows with zoom and presentation mode.
        m_navigation->setFixedWidth(m_navigation->fontMetrics().averageCharWidth() * 20 + 24);
    });
    m_navigation->setFixedWidth(m_navigation->fontMetrics().averageCharWidth() * 20 + 24);

    m_help = new HelpOverlay(this);

    // Content problems wait in a closed panel: a teacher opens it, a class never sees it uninvited.
    m_problemsDock = new QDockWidget(tr("Content problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("contentProblemsDock"));
    m_problemsPanel = new ContentProblemsPanel(m_problemsDock);
    m_problemsPanel->setLibrary(m_library);
    m_problemsDock->setWidget(m_problemsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    connect(m_problemsPanel, &ContentProblemsPanel::reloadRequested, this, &MainWindow::reloadContent);
    if (QMenu *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        QAction *toggle = m_problemsDock->toggleViewAction();
        toggle->setText(tr("Content &problems"));
        toggle->setObjectName(QStringLiteral("contentProblemsAction"));
        viewMenu->addSeparator();
        viewMenu->addAction(toggle);
    }
    if (m_library.hasProblems()) {
        const int count = int(m_library.problems().size());
        statusBar()->showMessage(count == 1 ? tr("1 problem in the content files: View ▸ Content problems lists it.")
                                            : tr("%1 problems in the content files: View ▸ Content problems lists them.").arg(count),
                                 10000);
    }
    // Lasting progress: the Progress screen, answers and lessons recorded, endless practice, review.
    new ProgressWiring(this);

    resize(1180, 760);
    restoreSettings();
    if (m_navigation->currentRow() < 0)
        showPage(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu = fileMenu;
    fileMenu->addAction(tr("&Print worksheet…"), this, [this] { printWorksheet(this, m_library.banks()); });
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    addAction(quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *zoomIn = viewMenu->addAction(tr("Zoom &in"), this, &MainWindow::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = viewMenu->addAction(tr("Zoom &out"), this, &MainWindow::zoomOut);
    zoomOut->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::CTRL | Qt::Key_Underscore)});
    QAction *zoomReset = viewMenu->addAction(tr("&Normal size"), this, &MainWindow::resetZoom);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    viewMenu->addSeparator();
    m_presentationAction = viewMenu->addAction(tr("&Presentation mode"), this, &MainWindow::togglePresentationMode);
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_sidePanelsAction = viewMenu->addAction(tr("&Side panels"), this, &MainWindow::setSidePanelsVisible);
    m_sidePanelsAction->setObjectName(QStringLiteral("sidePanelsAction"));
    m_sidePanelsAction->setCheckable(true);
    m_sidePanelsAction->setChecked(true);
    m_sidePanelsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    viewMenu->addSeparator();
    viewMenu->addMenu(new ThemeMenu(viewMenu));
    viewMenu->addMenu(new LanguageMenu(viewMenu));
    // Actions on the window itself keep working while the menu bar is hidden (presentation mode).
    addActions({zoomIn, zoomOut, zoomReset, m_presentationAction, m_sidePanelsAction});

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showHelp);
    // "?" only reaches here when no text field takes it as typed text.
    shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    addAction(shortcuts);
    helpMenu->addAction(tr("&About Flatten Tutor"), this, [this] {
        QMessageBox::about(this, tr("About Flatten Tutor"),
                           tr("<h3>Flatten Tutor %1</h3><p>Learn PyTorch's <tt>nn.Flatten</tt> by touching it: lessons, "
                              "a live playground and practice questions checked by a tiny tensor engine that "
                              "behaves like PyTorch.</p><p>%2</p>")
                               .arg(QApplication::applicationVersion(), m_library.summary().toHtmlEscaped()));
    });

    const QString anywhere = tr("Anywhere");
    m_shortcutHelp = {
        {anywhere, tr("F1 or ?"), tr("Show this list of shortcuts")},
        {anywhere, tr("Ctrl + plus / Ctrl + minus"), tr("Larger / smaller type")},
        {anywhere, tr("Ctrl+0"), tr("Normal type size")},
        {anywhere, tr("F11 or Ctrl+Shift+P"), tr("Presentation mode: full screen, large type (Esc leaves it)")},
        {anywhere, tr("Ctrl+B"), tr("Hide or show the screen list and the lesson list (more room on a projector)")},
        {anywhere, tr("Tab / Shift+Tab"), tr("Move between controls; Space presses a button")},
        {anywhere, tr("Ctrl+Q"), tr("Quit")},
        {tr("Lessons"), tr("Alt+Right / Alt+Left"), tr("Next / previous lesson")},
        {tr("Lessons"), tr("Ctrl+D"), tr("Mark the lesson as done (again: not done)")},
        {tr("Lessons"), tr("Page Down / Page Up"), tr("Scroll the lesson")},
        {tr("Practice"), tr("1–6 or A–F"), tr("Choose an option")},
        {tr("Practice"), tr("Enter"), tr("Check the answer, then go on")},
        {tr("Practice"), tr("N or Right"), tr("Next question")},
        {tr("Practice"), tr("S / Q / M"), tr("Show the solution / quick check / common mistakes")},
        {tr("Practice"), tr("R"), tr("On the score screen: review my mistakes")},
    };
}

namespace {

constexpr int kScreenIdRole = Qt::UserRole;

// Every screen sits in a scroll area: content taller or wider than the window scrolls inside it,
// so no screen can make the window grow past the screen's edge (its minimum size stays small).
QScrollArea *pageFrame(QWidget *page)
{
    auto *frame = new QScrollArea;
    frame->setObjectName(QStringLiteral("pageFrame"));
    frame->setWidgetResizable(true);
    frame->setFrameShape(QFrame::NoFrame);
    frame->setFocusPolicy(Qt::NoFocus);
    frame->setWidget(page);
    return frame;
}

QWidget *pageIn(QWidget *frame)
{
    auto *scroll = qobject_cast<QScrollArea *>(frame);
    return scroll ? scroll->widget() : frame;
}

} // namespace

int MainWindow::addPage(const QString &id, const QString &title, QWidget *page)
{
    const int index = m_pages->addWidget(pageFrame(page));
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(kScreenIdRole, id);
    item->setData(Qt::AccessibleTextRole, title);
    if (page->accessibleName().isEmpty())
        page->setAccessibleName(title);

    if (QMenu *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        auto *go = new QAction(title, this);
        go->setObjectName(QStringLiteral("show-") + id);
        if (index < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(go, &QAction::triggered, this, [this, id] { showPage(id); });
        viewMenu->addAction(go);
        addAction(go);
    }
    return index;
}

void MainWindow::replacePage(const QString &id, QWidget *page)
{
    const int index = pageIndex(id);
    if (index < 0) {
        addPage(id, id, page);
        return;
    }
    QWidget *old = m_pages->widget(index);
    const bool current = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, pageFrame(page));
    m_pages->removeWidget(old);
    old->deleteLater();
    if (current)
        m_pages->setCurrentIndex(index);
}

int MainWindow::pageIndex(const QString &id) const
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->data(kScreenIdRole).toString() == id)
            return i;
    }
    return -1;
}

QWidget *MainWindow::page(const QString &id) const
{
    const int index = pageIndex(id);
    return index >= 0 ? pageIn(m_pages->widget(index)) : nullptr;
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages->count())
        return;
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index); // comes back here through currentRowChanged
    m_pages->setCurrentIndex(index);
    updateTitle();
}

void MainWindow::setLearnerName(const QString &name)
{
    m_learnerName = name;
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QListWidgetItem *item = m_navigation->currentItem();
    const QString screen = item ? item->text() : QString();
    if (!screen.isEmpty() && !m_learnerName.isEmpty())
        setWindowTitle(tr("%1 — %2 — Flatten Tutor", "window title: the screen, the learner's name").arg(screen, m_learnerName));
    else if (!screen.isEmpty() || !m_learnerName.isEmpty())
        setWindowTitle(tr("%1 — Flatten Tutor", "window title: the screen or the learner's name").arg(screen + m_learnerName));
    else
        setWindowTitle(tr("Flatten Tutor"));
}

void MainWindow::reloadContent()
{
    m_library = ft::content::ContentLibrary::load(m_contentDirs);
    applyLibrary();
    statusBar()->showMessage(tr("Content reloaded: %1.").arg(m_library.summary()), 8000);
}

void MainWindow::applyLibrary()
{
    const QString lesson = m_lessonReader->currentLessonId();
    m_lessonReader->setLessons(m_library.lessons());
    m_lessonReader->openLesson(lesson);
    m_quizRunner->setBanks(m_library.banks());
    if (auto *playground = qobject_cast<PlaygroundPage *>(page(ScreenId::Playground))) {
        playground->modelBuilder()->setExamples(m_library.modelExamples());
        playground->classEditor()->setExamples(m_library.classExamples());
    }
    m_problemsPanel->setLibrary(m_library);
    emit libraryChanged();
}

bool MainWindow::showPage(const QString &id)
{
    const int index = pageIndex(id);
    showPage(index);
    return index >= 0;
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget() ? pageIn(m_pages->currentWidget()) : nullptr;
}

QString MainWindow::currentPageId() const
{
    QListWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(kScreenIdRole).toString() : QString();
}

QString MainWindow::currentPageTitle() const
{
    QListWidgetItem *item = m_navigation->currentItem();
    return item ? item->text() : QString();
}

void MainWindow::addShortcutHelp(const QString &section, const QString &keys, const QString &description)
{
    m_shortcutHelp.append({section, keys, description});
}

void MainWindow::showHelp()
{
    if (m_help->isVisible()) {
        m_help->hide();
        return;
    }
    // The screen list is read when shown, so screens added later appear too.
    QStringList names;
    for (int i = 0; i < m_navigation->count(); ++i)
        names << m_navigation->item(i)->text();
    QList<ShortcutHelp> all{{tr("Anywhere"), tr("Ctrl+1 … Ctrl+%1").arg(qMin(int(names.size()), 9)),
                             tr("Go to a screen: %1").arg(names.join(QStringLiteral(", ")))}};
    all += m_shortcutHelp;
    m_help->setShortcuts(all);
    m_help->showOverParent();
}

void MainWindow::zoomIn()
{
    m_style->zoomIn();
}

void MainWindow::zoomOut()
{
    m_style->zoomOut();
}

void MainWindow::resetZoom()
{
    m_style->resetZoom();
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_presentationAction->setChecked(on);
    if (on) {
        m_wasMaximized = isMaximized();
        menuBar()->hide();
        m_style->setPresentationMode(true);
        showFullScreen();
    } else {
        menuBar()->show();
        m_style->setPresentationMode(false);
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
    }
}

void MainWindow::setSidePanelsVisible(bool visible)
{
    m_sideBar->setVisible(visible);
    m_sideRule->setVisible(visible);
    m_lessonReader->setLessonListVisible(visible);
    m_sidePanelsAction->setChecked(visible);
}

bool MainWindow::sidePanelsVisible() const
{
    return !m_sideBar->isHidden();
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // Esc leaves presentation mode when nothing focused wanted the key.
    if (event->key() == Qt::Key_Escape && m_presentation) {
        setPresentationMode(false);
        event->accept();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    // Full-screen geometry is not the window's own size: keep the last normal one.
    if (!m_presentation) {
        settings.setValue(kGeometryKey, saveGeometry());
        settings.setValue(kStateKey, saveState());
    }
    settings.setValue(kPageKey, currentPageId());
    settings.setValue(kZoomKey, m_style->zoomStep());
    settings.setValue(kLessonKey, m_lessonReader->currentLessonId());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: a comfortable size that fits the screen.
        if (const QScreen *screen = QApplication::primaryScreen())
            resize(size().boundedTo(screen->availableSize() * 0.92));
    }
    clampToScreen();
    restoreState(settings.value(kStateKey).toByteArray());
    m_style->setZoomStep(settings.value(kZoomKey, 0).toInt());
    // Reopen the lesson last read (a lesson that no longer exists leaves the first one open).
    m_lessonReader->openLesson(settings.value(kLessonKey).toString());
    const QString page = settings.value(kPageKey).toString();
    if (!page.isEmpty())
        showPage(page);
}

void MainWindow::clampToScreen()
{
    // A saved size from a larger monitor (or from a window that once grew) must not hide the
    // bottom of the window: fit it into the available area of the screen it is on.
    const QScreen *screen = QGuiApplication::screenAt(geometry().center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize frameExtra = frameGeometry().size() - geometry().size();
    const QSize fitted = size().boundedTo(available.size() - frameExtra).expandedTo(minimumSizeHint().boundedTo(available.size()));
    if (fitted != size())
        resize(fitted);
    QRect frame = frameGeometry();
    frame.moveLeft(std::clamp(frame.left(), available.left(), std::max(available.left(), available.right() - frame.width() + 1)));
    frame.moveTop(std::clamp(frame.top(), available.top(), std::max(available.top(), available.bottom() - frame.height() + 1)));
    if (frame.topLeft() != frameGeometry().topLeft())
        move(frame.topLeft());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

QWidget *MainWindow::placeholderPage(const QString &text)
{
    auto *label = new QLabel(text, m_pages);
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace ft::ui
