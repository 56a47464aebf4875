#include "ui/lesson_reader.h"

#include "ui/class_playground.h"
#include "ui/flatten_playground.h"
#include "ui/markdown_view.h"
#include "ui/padded_item_delegate.h"
#include "ui/model_builder.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace ft::ui {

namespace {

// A round mark in the palette's highlight colour: filled with a tick when done, a ring when not.
QIcon doneMark(const QPalette &palette, bool done)
{
    const int size = 64;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(6, 6, size - 12, size - 12);
    if (done) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette.color(QPalette::Highlight));
        painter.drawEllipse(circle);
        QPen tick(palette.color(QPalette::HighlightedText), 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(tick);
        painter.setBrush(Qt::NoBrush);
        QPainterPath path;
        path.moveTo(19, 33);
        path.lineTo(28, 42);
        path.lineTo(45, 23);
        painter.drawPath(path);
    } else {
        QColor ring = palette.color(QPalette::WindowText);
        ring.setAlpha(90);
        painter.setPen(QPen(ring, 4));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle.adjusted(2, 2, -2, -2));
    }
    return QIcon(pixmap);
}

// A live playground for one lesson block: a Flatten block gets the compact flatten playground,
// a block with a model gets the model builder preset with that model and input, a class block
// the compact class editor with the lesson's class.
QWidget *livePlayground(const ft::content::PlaygroundBlock &block, QWidget *parent)
{
    if (block.isClass())
        return new ClassPlayground(block, parent);
    if (block.model.isEmpty()) {
        auto *playground = new FlattenPlayground(block.inputShape, block.startDim.value_or(1), block.endDim.value_or(-1),
                                                 FlattenPlayground::Mode::Module, parent);
        playground->setCompact(true);
        return playground;
    }
    auto *builder = new ModelBuilder(parent);
    builder->setInputText(block.inputText);
    builder->setModelText(block.model);
    return builder;
}

} // namespace

LessonReader::LessonReader(QWidget *parent)
    : QWidget(parent)
    , m_playgroundFactory(&livePlayground)
{
    setObjectName(QStringLiteral("lessonReader"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_list->setAccessibleName(tr("Lessons in order"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setMinimumWidth(140);
    m_list->setItemDelegate(new PaddedItemDelegate(0.3, m_list));

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("lessonScroll"));
    m_scroll->setAccessibleName(tr("Lesson text"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setBackgroundRole(QPalette::Base);
    auto *page = new QWidget;
    page->setBackgroundRole(QPalette::Base);
    auto *pageLayout = new QHBoxLayout(page);
    pageLayout->setContentsMargins(24, 16, 24, 24);
    m_column = new QWidget(page);
    m_column->setObjectName(QStringLiteral("lessonColumn"));
    m_columnLayout = new QVBoxLayout(m_column);
    m_columnLayout->setContentsMargins(0, 0, 0, 0);
    m_columnLayout->setSpacing(12);
    pageLayout->addStretch(1);
    pageLayout->addWidget(m_column, 100);
    pageLayout->addStretch(1);
    // The lesson always takes the viewport's width: prose wraps and playgrounds lay out narrower,
    // so no lesson needs sideways scrolling (1024x768, presentation type included).
    page->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(page);

    m_previous = new QPushButton(tr("← Previous"), this);
    m_previous->setObjectName(QStringLiteral("previousLesson"));
    m_previous->setAccessibleName(tr("Previous lesson"));
    m_previous->setToolTip(tr("Previous lesson (Alt+Left)"));
    m_doneButton = new QPushButton(tr("Mark as done"), this);
    m_doneButton->setObjectName(QStringLiteral("markDone"));
    m_doneButton->setAccessibleName(tr("Mark this lesson as done"));
    m_doneButton->setToolTip(tr("Mark this lesson as done (Ctrl+D)"));
    m_next = new QPushButton(tr("Next →"), this);
    m_next->setObjectName(QStringLiteral("nextLesson"));
    m_next->setAccessibleName(tr("Next lesson"));
    m_next->setToolTip(tr("Next lesson (Alt+Right)"));
    m_next->setDefault(true);
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("lessonPosition"));

    // The count of lessons done sits under the list: the button row stays narrow enough for
    // presentation type at 1024x768.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addStretch(1);
    buttons->addWidget(m_doneButton);
    buttons->addWidget(m_next);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_scroll, 1);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    m_position->setContentsMargins(8, 4, 8, 4);
    leftLayout->addWidget(m_position);
    m_listPanel = left;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 800});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_emptyNote = new QLabel(tr("No lessons were found. Lessons are Markdown files in a <tt>lessons/</tt> folder; "
                                "start the app with <tt>--content DIR</tt> to add a folder."),
                             m_column);
    m_emptyNote->setWordWrap(true);
    m_columnLayout->addWidget(m_emptyNote);
    m_columnLayout->addStretch(1);

    setTabOrder(m_list, m_scroll);
    setTabOrder(m_scroll, m_previous);
    setTabOrder(m_previous, m_doneButton);
    setTabOrder(m_doneButton, m_next);

    connect(m_list, &QListWidget::currentRowChanged, this, &LessonReader::openLessonAt);
    connect(m_previous, &QPushButton::clicked, this, &LessonReader::showPrevious);
    connect(m_next, &QPushButton::clicked, this, &LessonReader::showNext);
    connect(m_doneButton, &QPushButton::clicked, this, &LessonReader::toggleCurrentDone);

    // Window-wide keys that only work while this screen is shown (a hidden widget's shortcuts sleep).
    auto *nextKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this);
    connect(nextKey, &QShortcut::activated, this, &LessonReader::showNext);
    auto *previousKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    connect(previousKey, &QShortcut::activated, this, &LessonReader::showPrevious);
    auto *doneKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this);
    connect(doneKey, &QShortcut::activated, this, &LessonReader::toggleCurrentDone);

    updateColumnWidth();
    refreshButtons();
}

void LessonReader::setLessons(const QList<ft::content::Lesson> &lessons)
{
    m_lessons = lessons;
    m_current = -1;
    refreshList();
    if (!m_lessons.isEmpty())
        openLessonAt(0);
    refreshButtons();
}

void LessonReader::setDoneLessons(const QSet<QString> &ids)
{
    m_done = ids;
    refreshList();
    refreshButtons();
}

void LessonReader::setLessonDone(const QString &id, bool done)
{
    if (done)
        m_done.insert(id);
    else
        m_done.remove(id);
    refreshList();
    refreshButtons();
}

QString LessonReader::currentLessonId() const
{
    return m_current >= 0 && m_current < m_lessons.size() ? m_lessons.at(m_current).id : QString();
}

bool LessonReader::openLesson(const QString &id)
{
    for (int i = 0; i < m_lessons.size(); ++i) {
        if (m_lessons.at(i).id == id) {
            openLessonAt(i);
            return true;
        }
    }
    return false;
}

void LessonReader::openLessonAt(int index)
{
    if (index < 0 || index >= m_lessons.size() || index == m_current)
        return;
    m_current = index;
    if (m_list->currentRow() != index) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(index);
    }
    buildLessonView(m_lessons.at(index));
    refreshButtons();
    emit lessonOpened(m_lessons.at(index).id);
}

void LessonReader::showNext()
{
    if (m_current < 0)
        return;
    if (m_current + 1 < m_lessons.size())
        openLessonAt(m_current + 1);
}

void LessonReader::showPrevious()
{
    if (m_current > 0)
        openLessonAt(m_current - 1);
}

void LessonReader::markCurrentDone()
{
    const QString id = currentLessonId();
    if (id.isEmpty() || m_done.contains(id))
        return;
    m_done.insert(id);
    refreshList();
    refreshButtons();
    emit lessonFinished(id);
}

void LessonReader::setLessonListVisible(bool visible)
{
    m_listPanel->setVisible(visible);
}

void LessonReader::markCurrentNotDone()
{
    const QString id = currentLessonId();
    if (id.isEmpty() || !m_done.contains(id))
        return;
    m_done.remove(id);
    refreshList();
    refreshButtons();
    emit lessonUnfinished(id);
}

void LessonReader::toggleCurrentDone()
{
    if (isLessonDone(currentLessonId()))
        markCurrentNotDone();
    else
        markCurrentDone();
}

void LessonReader::buildLessonView(const ft::content::Lesson &lesson)
{
    // Tear down the previous lesson's widgets (playgrounds included) before building the next.
    m_textViews.clear();
    m_playgrounds.clear();
    while (QLayoutItem *item = m_columnLayout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    m_emptyNote = nullptr;

    auto *title = new QLabel(QStringLiteral("<h1>%1</h1>").arg(lesson.title.toHtmlEscaped()), m_column);
    title->setObjectName(QStringLiteral("lessonTitle"));
    title->setWordWrap(true);
    title->setAccessibleName(lesson.title);
    m_columnLayout->addWidget(title);
    QStringList meta{tr("Lesson %1 of %2").arg(m_current + 1).arg(m_lessons.size())};
    if (lesson.minutes > 0)
        meta << (lesson.minutes == 1 ? tr("about 1 minute") : tr("about %1 minutes").arg(lesson.minutes));
    auto *metaLabel = new QLabel(meta.join(QStringLiteral("  ·  ")), m_column);
    metaLabel->setObjectName(QStringLiteral("lessonMeta"));
    metaLabel->setForegroundRole(QPalette::PlaceholderText);
    m_columnLayout->addWidget(metaLabel);

    bool firstText = true;
    for (const ft::content::LessonBlock &block : lesson.blocks) {
        if (block.kind == ft::content::LessonBlock::Kind::Markdown) {
            QString markdown = block.markdown;
            // The title above already says what a leading "# Heading" would; do not say it twice.
            if (firstText && markdown.trimmed().startsWith(QLatin1String("# "))) {
                markdown = markdown.trimmed();
                const qsizetype lineEnd = markdown.indexOf(QLatin1Char('\n'));
                markdown = lineEnd < 0 ? QString() : markdown.mid(lineEnd + 1);
            }
            firstText = false;
            if (markdown.trimmed().isEmpty())
                continue;
            auto *view = new MarkdownView(m_column);
            view->setAccessibleName(tr("Lesson text"));
            view->setMarkdownText(markdown);
            view->setMaximumWidth(textWidth());
            // No alignment flag: the text fills the column up to its reading width.
            m_columnLayout->addWidget(view);
            m_textViews << view;
        } else {
            if (!block.playground.caption.isEmpty()) {
                auto *caption = new QLabel(QStringLiteral("<b>%1</b>").arg(block.playground.caption.toHtmlEscaped()), m_column);
                caption->setWordWrap(true);
                m_columnLayout->addWidget(caption);
            }
            QWidget *playground = m_playgroundFactory(block.playground, m_column);
            playground->setObjectName(QStringLiteral("lessonPlayground"));
            if (playground->accessibleName().isEmpty())
                playground->setAccessibleName(tr("Playground: input %1").arg(block.playground.inputText));
            m_columnLayout->addWidget(playground);
            m_playgrounds << playground;
        }
    }

    auto *end = new QLabel(m_current + 1 < m_lessons.size()
                               ? tr("End of the lesson. <b>Next</b> takes you to “%1”.")
                                     .arg(m_lessons.at(m_current + 1).title.toHtmlEscaped())
                               : tr("End of the last lesson. Try the <b>Practice</b> screen (Ctrl+2)."),
                           m_column);
    end->setWordWrap(true);
    end->setForegroundRole(QPalette::PlaceholderText);
    m_columnLayout->addSpacing(12);
    m_columnLayout->addWidget(end);
    m_columnLayout->addStretch(1);
    m_scroll->verticalScrollBar()->setValue(0);
}

void LessonReader::refreshList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const int iconSize = fontMetrics().height();
    m_list->setIconSize(QSize(iconSize, iconSize));
    for (int i = 0; i < m_lessons.size(); ++i) {
        const ft::content::Lesson &lesson = m_lessons.at(i);
        const bool done = m_done.contains(lesson.id);
        auto *item = new QListWidgetItem(doneMark(palette(), done), QStringLiteral("%1. %2").arg(i + 1).arg(lesson.title), m_list);
        item->setData(Qt::UserRole, lesson.id);
        item->setData(Qt::AccessibleTextRole, done ? tr("%1, done").arg(lesson.title) : lesson.title);
        if (!lesson.summary.isEmpty())
            item->setToolTip(lesson.summary);
    }
    m_list->setCurrentRow(m_current);
}

void LessonReader::refreshButtons()
{
    const bool open = m_current >= 0;
    m_previous->setEnabled(open && m_current > 0);
    m_next->setEnabled(open && m_current + 1 < m_lessons.size());
    const bool done = open && m_done.contains(currentLessonId());
    m_doneButton->setEnabled(open);
    m_doneButton->setText(done ? tr("✓ Done (undo)") : tr("Mark as done"));
    m_doneButton->setAccessibleName(done ? tr("Done; press to mark this lesson as not done") : tr("Mark this lesson as done"));
    m_doneButton->setToolTip(done ? tr("Mark this lesson as not done (Ctrl+D)") : tr("Mark this lesson as done (Ctrl+D)"));
    m_position->setText(open ? tr("%1 of %2 done").arg(m_done.size()).arg(m_lessons.size()) : QString());
}

int LessonReader::textWidth() const
{
    // About 75 characters a line: long lines tire the eye, and a projector needs no wider text.
    return fontMetrics().averageCharWidth() * 78 + 24;
}

void LessonReader::updateColumnWidth()
{
    // Playgrounds may use more room than the text beside them, like figures in a book.
    m_column->setMaximumWidth(fontMetrics().averageCharWidth() * 130 + 40);
    for (MarkdownView *view : std::as_const(m_textViews))
        view->setMaximumWidth(textWidth());
}

void LessonReader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateColumnWidth();
        refreshList();
    } else if (event->type() == QEvent::PaletteChange) {
        refreshList();
    }
}

} // namespace ft::ui
