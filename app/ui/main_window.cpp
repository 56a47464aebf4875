#include "main_window.h"
#include "language_menu.h"
#include "print_worksheet.h"

#include "app_style.h"
#include "content_paths.h"
#include "lesson_reader.h"
#include "padded_item_delegate.h"
#include "playground_page.h"
#include "progress_wiring.h"
#include "quiz_runner.h"
#include "training_page.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ft::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");
const QString kZoomKey = QStringLiteral("view/zoomStep");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(ft::content::ContentLibrary::load(ft::content::contentDirs()), parent)
{
}

MainWindow::MainWindow(const ft::content::ContentLibrary &library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_style(new AppStyle(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Flatten Tutor"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The side bar: the app's name, the screens, and where to find the keys.
    auto *side = new QWidget(central);
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
    addPage(tr("Lessons"), m_lessonReader);
    addPage(tr("Practice"), m_quizRunner);
    addPage(tr("Playground"), new PlaygroundPage(m_pages));
    addPage(tr("Progress"), placeholderPage(tr("Your progress will show here.")));
    addPage(tr("Training"), new TrainingPage(m_pages));

    connect(m_navigation, &QListWidget::currentRowChanged, this, qOverload<int>(&MainWindow::showPage));
    connect(m_style, &AppStyle::scaleChanged, this, [this] {
        // The side bar is sized from the type, so it grows with zoom and presentation mode.
        m_navigation->setFixedWidth(m_navigation->fontMetrics().averageCharWidth() * 20 + 24);
    });
    m_navigation->setFixedWidth(m_navigation->fontMetrics().averageCharWidth() * 20 + 24);

    m_help = new HelpOverlay(this);

    if (m_library.hasProblems()) {
        statusBar()->showMessage(tr("%n problem(s) in the content files; run 'flatten-tutor check-content' to list them.",
                                    nullptr, int(m_library.problems().size())));
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
    viewMenu->addSeparator();
    viewMenu->addMenu(new LanguageMenu(viewMenu));
    // Actions on the window itself keep working while the menu bar is hidden (presentation mode).
    addActions({zoomIn, zoomOut, zoomReset, m_presentationAction});

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
        {anywhere, tr("Tab / Shift+Tab"), tr("Move between controls; Space presses a button")},
        {anywhere, tr("Ctrl+Q"), tr("Quit")},
        {tr("Lessons"), tr("Alt+Right / Alt+Left"), tr("Next / previous lesson")},
        {tr("Lessons"), tr("Ctrl+D"), tr("Mark the lesson as done")},
        {tr("Lessons"), tr("Page Down / Page Up"), tr("Scroll the lesson")},
        {tr("Practice"), tr("1–6 or A–F"), tr("Choose an option")},
        {tr("Practice"), tr("Enter"), tr("Check the answer, then go on")},
        {tr("Practice"), tr("N or Right"), tr("Next question")},
        {tr("Practice"), tr("S / Q / M"), tr("Show the solution / quick check / common mistakes")},
        {tr("Practice"), tr("R"), tr("On the score screen: review my mistakes")},
    };
}

int MainWindow::addPage(const QString &name, QWidget *page)
{
    const int index = m_pages->addWidget(page);
    auto *item = new QListWidgetItem(name, m_navigation);
    item->setData(Qt::AccessibleTextRole, name);
    if (page->accessibleName().isEmpty())
        page->setAccessibleName(name);

    if (QMenu *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        auto *go = new QAction(name, this);
        if (index < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(go, &QAction::triggered, this, [this, name] { showPage(name); });
        viewMenu->addAction(go);
        addAction(go);
    }
    return index;
}

void MainWindow::replacePage(const QString &name, QWidget *page)
{
    const int index = pageIndex(name);
    if (index < 0) {
        addPage(name, page);
        return;
    }
    QWidget *old = m_pages->widget(index);
    const bool current = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    if (current)
        m_pages->setCurrentIndex(index);
}

int MainWindow::pageIndex(const QString &name) const
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->text() == name)
            return i;
    }
    return -1;
}

QWidget *MainWindow::page(const QString &name) const
{
    const int index = pageIndex(name);
    return index >= 0 ? m_pages->widget(index) : nullptr;
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages->count())
        return;
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index); // comes back here through currentRowChanged
    m_pages->setCurrentIndex(index);
    setWindowTitle(tr("%1 — Flatten Tutor").arg(m_navigation->item(index)->text()));
}

bool MainWindow::showPage(const QString &name)
{
    const int index = pageIndex(name);
    showPage(index);
    return index >= 0;
}

QString MainWindow::currentPageName() const
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
    settings.setValue(kPageKey, currentPageName());
    settings.setValue(kZoomKey, m_style->zoomStep());
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
    restoreState(settings.value(kStateKey).toByteArray());
    m_style->setZoomStep(settings.value(kZoomKey, 0).toInt());
    const QString page = settings.value(kPageKey).toString();
    if (!page.isEmpty())
        showPage(page);
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
