#include "ui/flatten_animation_view.h"

#include "ui/playground_theme.h"
#include "engine/tensor.h"

#include <QEasingCurve>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QParallelAnimationGroup>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace ft::ui {

namespace {

constexpr qreal kMargin = 16.0;
constexpr qreal kGap = 18.0;         // least room between blocks that are not merged
constexpr qreal kGridGap = 0.6;      // between sample bands and between tiles, in cell units
constexpr qreal kMinCellPx = 18.0;   // below this, rows wrap instead of shrinking further
constexpr qreal kMaxCellPx = 48.0;   // (both at the normal type size; they grow with the type)

qreal lerp(qreal a, qreal b, qreal t) { return a + (b - a) * t; }
QPointF lerp(QPointF a, QPointF b, qreal t) { return a + (b - a) * t; }
QRectF lerp(const QRectF &a, const QRectF &b, qreal t)
{
    return QRectF(lerp(a.x(), b.x(), t), lerp(a.y(), b.y(), t), lerp(a.width(), b.width(), t), lerp(a.height(), b.height(), t));
}

qreal smooth(qreal t)
{
    static const QEasingCurve curve(QEasingCurve::InOutCubic);
    return curve.valueForProgress(std::clamp(t, 0.0, 1.0));
}

QString num(ft::Dim value) { return QString::number(value); }

struct GridLayout
{
    std::vector<QPointF> positions; // by row-major element index
    QSizeF extent;
};

// Positions of a shape's elements on a grid a learner reads naturally: the last dim runs left to
// right, the one before it top to bottom, any dims in between become tiles side by side (one tile
// per channel), and dim 0 of a 2-D-or-more tensor stacks one band per sample. Long rows wrap.
GridLayout gridLayout(const ft::Shape &shape, int wrapColumns)
{
    GridLayout layout;
    const auto rowWrapped = [&](ft::Dim n, std::vector<QPointF> &out) {
        const ft::Dim cols = std::max<ft::Dim>(1, std::min<ft::Dim>(n, wrapColumns));
        for (ft::Dim k = 0; k < n; ++k)
            out.emplace_back(qreal(k % cols), qreal(k / cols));
        return QSizeF(qreal(cols), qreal((n + cols - 1) / cols));
    };
    if (shape.empty()) {
        layout.positions.emplace_back(0, 0);
        layout.extent = QSizeF(1, 1);
        return layout;
    }
    if (shape.size() == 1) {
        layout.extent = rowWrapped(shape[0], layout.positions);
        return layout;
    }

    // One sample's layout.
    const ft::Shape inner(shape.begin() + 1, shape.end());
    std::vector<QPointF> innerPositions;
    QSizeF innerExtent;
    if (inner.size() == 1) {
        innerExtent = rowWrapped(inner[0], innerPositions);
    } else {
        const ft::Dim rows = inner[inner.size() - 2];
        const ft::Dim cols = inner[inner.size() - 1];
        ft::Dim tiles = 1;
        for (size_t i = 0; i + 2 < inner.size(); ++i)
            tiles *= inner[i];
        const qreal tileWidth = qreal(cols) + kGridGap;
        const ft::Dim perRow = std::max<ft::Dim>(1, ft::Dim((wrapColumns + kGridGap) / tileWidth));
        const ft::Dim tileColumns = std::min(tiles, perRow);
        const ft::Dim tileRows = (tiles + perRow - 1) / perRow;
        for (ft::Dim t = 0; t < tiles; ++t) {
            const QPointF origin(qreal(t % perRow) * tileWidth, qreal(t / perRow) * (qreal(rows) + kGridGap));
            for (ft::Dim r = 0; r < rows; ++r)
                for (ft::Dim c = 0; c < cols; ++c)
                    innerPositions.push_back(origin + QPointF(qreal(c), qreal(r)));
        }
        innerExtent = QSizeF(qreal(tileColumns) * tileWidth - kGridGap, qreal(tileRows) * (qreal(rows) + kGridGap) - kGridGap);
    }
    const qreal bandHeight = innerExtent.height() + kGridGap;
    for (ft::Dim b = 0; b < shape[0]; ++b)
        for (const QPointF &p : innerPositions)
            layout.positions.push_back(p + QPointF(0, qreal(b) * bandHeight));
    layout.extent = QSizeF(innerExtent.width(), qreal(shape[0]) * bandHeight - kGridGap);
    return layout;
}

} // namespace

FlattenAnimationView::FlattenAnimationView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("flattenAnimation"));
    setAccessibleName(tr("Flatten animation"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_group = new QParallelAnimationGroup(this);
    m_blockAnimation = new QVariantAnimation(m_group);
    m_elementAnimation = new QVariantAnimation(m_group);
    for (QVariantAnimation *animation : {m_blockAnimation, m_elementAnimation}) {
        animation->setStartValue(0.0);
        animation->setEndValue(1.0);
        animation->setDuration(kBaseDurationMs);
        m_group->addAnimation(animation);
    }
    // Blocks ease inside blocksAt() per phase; the animation itself stays linear in time.
    connect(m_blockAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        update();
        emit progressChanged(value.toReal());
    });
    connect(m_elementAnimation, &QVariantAnimation::valueChanged, this, [this] { update(); });
    connect(m_group, &QAbstractAnimation::stateChanged, this,
            [this](QAbstractAnimation::State state) { emit playingChanged(state == QAbstractAnimation::Running); });
    m_group->setCurrentTime(m_group->duration());
}

// The animations are children: QWidget's destructor deletes them after this class is gone, and a
// running group announces that it stopped. Nothing of this class may hear it.
FlattenAnimationView::~FlattenAnimationView()
{
    for (QObject *sender : std::initializer_list<QObject *>{m_group, m_blockAnimation, m_elementAnimation})
        sender->disconnect(this);
}

int FlattenAnimationView::totalDuration() const { return m_group->duration(); }

qreal FlattenAnimationView::progress() const
{
    return m_blockAnimation->duration() > 0 ? qreal(m_blockAnimation->currentTime()) / m_blockAnimation->duration() : 1.0;
}

bool FlattenAnimationView::isPlaying() const { return m_group->state() == QAbstractAnimation::Running; }

void FlattenAnimationView::setReport(const ft::FlattenReport &report)
{
    const bool same = m_hasReport && report.input == m_report.input && report.startDim == m_report.startDim
                      && report.endDim == m_report.endDim;
    m_report = report;
    m_hasReport = true;
    updateAccessibleText();
    if (same) {
        update();
        return;
    }
    rebuildCells();
    relayoutCells();
    // Re-animate from the input without a blank frame: the first frame painted is progress 0.
    m_group->stop();
    m_group->setCurrentTime(0);
    if (m_report.ok() && (m_report.mergedCount() >= 2 || elementViewShown()))
        m_group->start();
    else
        m_group->setCurrentTime(m_group->duration());
    update();
}

void FlattenAnimationView::play()
{
    if (m_group->state() == QAbstractAnimation::Paused) {
        m_group->resume();
        return;
    }
    if (m_group->state() == QAbstractAnimation::Running)
        return;
    const int at = m_group->currentTime() >= m_group->duration() ? 0 : m_group->currentTime();
    m_group->start();
    m_group->setCurrentTime(at);
}

void FlattenAnimationView::pause()
{
    if (m_group->state() == QAbstractAnimation::Running)
        m_group->pause();
}

void FlattenAnimationView::togglePlay() { isPlaying() ? pause() : play(); }

void FlattenAnimationView::step()
{
    pause();
    const int duration = m_group->duration();
    const int now = m_group->currentTime();
    int next = 0;
    for (int key : {duration / 2, duration}) {
        if (key > now + 1) {
            next = key;
            break;
        }
    }
    m_group->setCurrentTime(next);
    update();
}

void FlattenAnimationView::replay()
{
    m_group->stop();
    m_group->setCurrentTime(0);
    m_group->start();
}

void FlattenAnimationView::setSpeed(double speed)
{
    speed = std::clamp(speed, 0.25, 4.0);
    const qreal at = progress();
    m_speed = speed;
    const int duration = int(std::lround(kBaseDurationMs / speed));
    m_blockAnimation->setDuration(duration);
    m_elementAnimation->setDuration(duration);
    m_group->setCurrentTime(int(std::lround(at * duration)));
}

// --- geometry ----------------------------------------------------------------------------------

QRectF FlattenAnimationView::blockArea() const
{
    const QFontMetricsF fm(shapeFont(font(), 1.35));
    const qreal height = fm.height() * 2.2 + QFontMetricsF(font()).height() * 2.6 + kMargin;
    return QRectF(kMargin, kMargin, width() - 2 * kMargin, height);
}

// Under the blocks: the shape line, then the legend (what the element view shows, or why it is
// not shown), wrapped to the view's width, then the cells.
QRectF FlattenAnimationView::legendArea() const
{
    const QRectF blocks = blockArea();
    const QFontMetricsF fm(font());
    const qreal top = blocks.bottom() + QFontMetricsF(shapeFont(font(), 1.25)).height() + fm.height() * 0.5;
    const QString note = legendText();
    const qreal textHeight = note.isEmpty() ? 0.0
                                            : fm.boundingRect(QRectF(0, 0, blocks.width(), 1e6), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, note).height();
    return QRectF(blocks.left(), top, blocks.width(), textHeight);
}

QString FlattenAnimationView::legendText() const
{
    if (!m_hasReport || !m_report.ok())
        return QString();
    if (!m_cells.empty()) {
        return m_report.input.empty()
                   ? tr("The single value keeps its place.")
                   : tr("One cell per value, numbered in row-major order; colour = index along dim %1. "
                        "The values stay, only the shape changes.")
                         .arg(*m_report.start);
    }
    if (const std::optional<ft::Dim> n = ft::checkedNumel(m_report.input); n && *n > kMaxElements) {
        return tr("%1 values are too many to draw one by one (the element view shows up to %2); try a shape like 2, 3, 4, 4.")
            .arg(QLocale().toString(qlonglong(*n)))
            .arg(kMaxElements);
    }
    return QString();
}

QRectF FlattenAnimationView::elementArea() const
{
    const qreal top = legendArea().bottom() + QFontMetricsF(font()).height() * 0.8;
    return QRectF(kMargin, top, width() - 2 * kMargin, std::max(0.0, height() - top - kMargin));
}

std::vector<FlattenAnimationView::Block> FlattenAnimationView::blocksAt(qreal p) const
{
    std::vector<Block> blocks;
    if (!m_hasReport)
        return blocks;
    const ft::Shape &input = m_report.input;
    const int rank = int(input.size());
    const QFontMetricsF fm(shapeFont(font(), 1.35));
    const qreal pad = fm.height() * 0.6;
    const qreal blockHeight = fm.height() * 2.2;
    const QRectF area = blockArea();

    if (rank == 0) {
        // A 0-d tensor: a single number becomes a (1,) tensor; one block throughout.
        Block b;
        b.label = p < 0.5 ? QStringLiteral("()") : QStringLiteral("1");
        b.caption = p < 0.5 ? tr("0-d: one number") : tr("dim 0");
        b.shortCaption = p < 0.5 ? tr("0-d") : b.caption;
        b.colors = {dimColor(0)};
        const qreal w = fm.horizontalAdvance(QStringLiteral("()")) + 2 * pad + 40;
        b.rect = QRectF(area.center().x() - w / 2, area.top(), w, blockHeight);
        blocks.push_back(b);
        return blocks;
    }

    std::vector<qreal> widths(static_cast<size_t>(rank));
    for (int i = 0; i < rank; ++i)
        widths[size_t(i)] = std::max(fm.horizontalAdvance(num(input[size_t(i)])) + 2 * pad, blockHeight * 1.1);

    const bool merges = m_report.ok() && m_report.mergedCount() >= 2;
    const int s = merges ? int(*m_report.start) : rank;
    const int e = merges ? int(*m_report.end) : rank - 1;
    const QString mergedLabel = QString::fromStdString(m_report.mergedProduct);
    // Where the view is wide enough, the blocks stand further apart so that the longest caption
    // ("dim 3 is now dim 1") fits on two lines under its block; where it is not, captions shorten.
    qreal gap = kGap;
    if (rank > 1) {
        const QFontMetricsF captionMetrics(font());
        const qreal longest = captionMetrics.horizontalAdvance(tr("dim %1 is now dim %2").arg(rank - 1).arg(rank - 1));
        const qreal narrowest = *std::min_element(widths.begin(), widths.end());
        const qreal wanted = longest * 0.6 + 2 * captionMetrics.averageCharWidth() - narrowest;
        qreal sum = 0;
        for (const qreal w : widths)
            sum += w;
        const qreal spare = (area.width() - sum) / (rank - 1);
        gap = std::clamp(wanted, kGap, std::max(kGap, spare));
    }

    // Three key frames of x positions (before centring): input, slid together, merged.
    const size_t n = static_cast<size_t>(rank);
    std::vector<qreal> x0(n), x1(n), x2(n);
    qreal x = 0;
    for (int i = 0; i < rank; ++i) {
        x0[size_t(i)] = x;
        x += widths[size_t(i)] + gap;
    }
    const qreal total0 = x - gap;
    qreal groupWidth = 0, mergedWidth = 0, total2 = total0;
    if (merges) {
        for (int i = s; i <= e; ++i)
            groupWidth += widths[size_t(i)];
        mergedWidth = std::max(groupWidth, fm.horizontalAdvance(mergedLabel) + 2 * pad);
        for (int i = 0; i < rank; ++i) {
            if (i < s) {
                x1[size_t(i)] = x2[size_t(i)] = x0[size_t(i)];
            } else if (i <= e) {
                x1[size_t(i)] = i == s ? x0[size_t(s)] : x1[size_t(i - 1)] + widths[size_t(i - 1)];
                x2[size_t(i)] = x0[size_t(s)];
            } else {
                const qreal prevRight1 = i == e + 1 ? x0[size_t(s)] + groupWidth : x1[size_t(i - 1)] + widths[size_t(i - 1)];
                const qreal prevRight2 = i == e + 1 ? x0[size_t(s)] + mergedWidth : x2[size_t(i - 1)] + widths[size_t(i - 1)];
                x1[size_t(i)] = prevRight1 + gap;
                x2[size_t(i)] = prevRight2 + gap;
            }
        }
        total2 = rank - 1 > e ? x2[size_t(rank - 1)] + widths[size_t(rank - 1)] : x0[size_t(s)] + mergedWidth;
    }
    // One offset for every frame, so the dims before start_dim stay exactly where they are.
    const qreal span = std::max(total0, total2);
    const qreal offset = area.left() + std::max(0.0, (area.width() - span) / 2);
    const qreal top = area.top();

    const qreal slide = merges ? smooth(p / 0.5) : 0.0;
    const qreal fuse = merges ? smooth((p - 0.5) / 0.5) : 0.0;
    const int outShift = e - s; // output dim index = input dim index - outShift for dims after end

    for (int i = 0; i < rank; ++i) {
        Block b;
        b.label = num(input[size_t(i)]);
        b.colors = {dimColor(i)};
        const qreal xi = merges ? (p <= 0.5 ? lerp(x0[size_t(i)], x1[size_t(i)], slide) : lerp(x1[size_t(i)], x2[size_t(i)], fuse))
                                : x0[size_t(i)];
        b.rect = QRectF(offset + xi, top, widths[size_t(i)], blockHeight);
        const bool inGroup = merges && i >= s && i <= e;
        if (inGroup)
            b.opacity = 1.0 - fuse;
        b.shortCaption = tr("dim %1").arg(i);
        if (!merges || p < 0.75 || inGroup)
            b.caption = b.shortCaption;
        else if (i < s)
            b.caption = tr("dim %1 stays").arg(i);
        else
            b.caption = tr("dim %1 is now dim %2").arg(i).arg(i - outShift);
        if (inGroup && p >= 0.75)
            b.caption.clear();
        if (!m_report.ok())
            b.opacity = 0.55;
        blocks.push_back(b);
    }
    if (merges && fuse > 0) {
        Block m;
        m.label = mergedLabel;
        m.caption = p >= 0.75 ? tr("dims %1-%2 merged into dim %1").arg(s).arg(e) : QString();
        m.shortCaption = p >= 0.75 ? tr("dim %1").arg(s) : QString();
        for (int i = s; i <= e; ++i)
            m.colors.push_back(dimColor(i));
        const QRectF group(offset + x1[size_t(s)], top, groupWidth, blockHeight);
        const QRectF merged(offset + x2[size_t(s)], top, mergedWidth, blockHeight);
        m.rect = lerp(group, merged, fuse);
        m.opacity = fuse;
        // Keep the merged block in dim order between the others.
        blocks.insert(blocks.begin() + s, m);
    }
    return blocks;
}

QStringList FlattenAnimationView::blockLabels() const
{
    QStringList labels;
    for (const Block &b : blocksAt(progress()))
        if (b.opacity >= 0.5)
            labels << b.label;
    return labels;
}

QStringList FlattenAnimationView::blockCaptions() const
{
    QStringList captions;
    for (const Block &b : blocksAt(progress()))
        if (b.opacity >= 0.5 && !b.caption.isEmpty())
            captions << b.caption;
    return captions;
}

QList<QRectF> FlattenAnimationView::captionRects() const
{
    const std::vector<Block> blocks = blocksAt(progress());
    const QTransform transform = blockTransform(blocks);
    QList<QRectF> rects;
    for (const Caption &caption : layoutCaptions(blocks))
        rects << transform.mapRect(caption.rect);
    return rects;
}

// Each caption gets the room under its block up to halfway to its neighbours' blocks (to the
// view's edge for the outer ones), less a small gap, and takes the first form that fits there:
// the whole caption on one line, on two lines, its short form ("dim 0"), the short form elided.
// So neighbouring captions never overlap or touch, whatever the widths and the type size.
std::vector<FlattenAnimationView::Caption> FlattenAnimationView::layoutCaptions(const std::vector<Block> &blocks) const
{
    std::vector<const Block *> shown;
    for (const Block &b : blocks)
        if (!b.caption.isEmpty() && b.opacity > 0.0)
            shown.push_back(&b);
    std::sort(shown.begin(), shown.end(), [](const Block *a, const Block *b) { return a->rect.center().x() < b->rect.center().x(); });

    const QFontMetricsF fm(font());
    const qreal apart = std::max(4.0, fm.averageCharWidth()); // the least space between two captions
    const QRectF area = blockArea();
    const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    std::vector<Caption> captions;
    for (size_t k = 0; k < shown.size(); ++k) {
        const QRectF &r = shown[k]->rect;
        const qreal left = k == 0 ? std::min(area.left(), r.left()) : (shown[k - 1]->rect.right() + r.left()) / 2 + apart / 2;
        const qreal right = k + 1 == shown.size() ? std::max(area.right(), r.right())
                                                  : (r.right() + shown[k + 1]->rect.left()) / 2 - apart / 2;
        // Centred under the block, as wide as the narrower side allows.
        const qreal half = std::max(1.0, std::min(r.center().x() - left, right - r.center().x()));
        const QRectF room(r.center().x() - half, r.bottom() + 4, 2 * half, fm.lineSpacing() * 2 + 1);
        Caption caption;
        caption.room = room;
        caption.flags = flags;
        caption.opacity = shown[k]->opacity;
        for (QString text : {shown[k]->caption, shown[k]->shortCaption}) {
            if (text.isEmpty())
                continue;
            // A number never starts a line: "dim 0" wraps as a whole, in every language.
            static const QRegularExpression spaceBeforeNumber(QStringLiteral(" (?=\\d)"));
            text.replace(spaceBeforeNumber, QString(QChar::Nbsp));
            const QRectF bounds = fm.boundingRect(room, flags, text);
            if (bounds.width() <= room.width() && bounds.height() <= room.height()) {
                caption.text = text;
                caption.rect = bounds;
                break;
            }
        }
        if (caption.text.isEmpty()) {
            const QString shortText = shown[k]->shortCaption.isEmpty() ? shown[k]->caption : shown[k]->shortCaption;
            caption.text = fm.elidedText(shortText, Qt::ElideRight, room.width());
            caption.flags = Qt::AlignHCenter | Qt::AlignTop;
            caption.rect = fm.boundingRect(room, caption.flags, caption.text);
        }
        captions.push_back(caption);
    }
    return captions;
}

// Blocks wider than the view are drawn smaller rather than cut off: the scale about the top left
// of the block area that makes them fit (identity when they fit).
QTransform FlattenAnimationView::blockTransform(const std::vector<Block> &blocks) const
{
    const QRectF area = blockArea();
    qreal right = area.left();
    for (const Block &b : blocks)
        right = std::max(right, b.rect.right());
    QTransform transform;
    if (right > area.right()) {
        const qreal scale = area.width() / (right - area.left());
        transform.translate(area.left(), area.top());
        transform.scale(scale, scale);
        transform.translate(-area.left(), -area.top());
    }
    return transform;
}

void FlattenAnimationView::rebuildCells()
{
    m_cells.clear();
    if (!m_report.ok())
        return;
    const std::optional<ft::Dim> numel = ft::checkedNumel(m_report.input);
    if (!numel || *numel < 1 || *numel > kMaxElements)
        return;
    // The engine decides where every value goes: flatten an arange and read the values back.
    const ft::Tensor x = ft::Tensor::arange(m_report.input);
    const std::vector<float> out = x.flatten(m_report.startDim, m_report.endDim).values();
    const ft::Shape strides = ft::contiguousStrides(m_report.input);
    const ft::Dim colorDim = m_report.input.empty() ? -1 : *m_report.start;
    m_cells.resize(out.size());
    for (size_t k = 0; k < out.size(); ++k) {
        Cell &cell = m_cells[k];
        cell.value = int(out[k]);
        cell.colorIndex = colorDim < 0 ? 0
                                       : int((cell.value / strides[size_t(colorDim)]) % m_report.input[size_t(colorDim)]);
        // Cells set off one after another in output order, so the row-major reading is visible.
        cell.delay = out.size() > 1 ? 0.55 * qreal(k) / qreal(out.size() - 1) : 0.0;
    }
}

qreal FlattenAnimationView::minimumCellSize() const
{
    return std::max(kMinCellPx, QFontMetricsF(font()).height() * 1.5);
}

qreal FlattenAnimationView::maximumCellSize() const
{
    return std::max(kMaxCellPx, QFontMetricsF(font()).height() * 3.0);
}

void FlattenAnimationView::relayoutCells()
{
    if (m_cells.empty()) {
        // Just the blocks, the shape line and the legend: no empty band under them.
        const int preferred = int(std::ceil(legendArea().bottom() + kMargin));
        if (m_neededHeight != 0 || preferred != m_preferredHeight) {
            m_neededHeight = 0;
            m_preferredHeight = preferred;
            updateGeometry();
        }
        return;
    }
    const QRectF area = elementArea();
    const int wrap = std::max(4, int(area.width() / minimumCellSize()));
    const GridLayout in = gridLayout(m_report.input, wrap);
    const GridLayout out = gridLayout(*m_report.output, wrap);
    for (size_t k = 0; k < m_cells.size(); ++k) {
        Cell &cell = m_cells[k];
        cell.from = in.positions[size_t(cell.value)];
        cell.to = out.positions[k];
    }
    m_gridExtent = QSizeF(std::max(in.extent.width(), out.extent.width()), std::max(in.extent.height(), out.extent.height()));
    // Never below the minimum: the view asks for the height that needs (minimumSizeHint) and the
    // page scrolls, instead of the cells shrinking to unnumbered dots.
    const qreal byHeight = std::max(minimumCellSize(), area.height() / std::max(1.0, m_gridExtent.height()));
    m_cellSize = std::min({maximumCellSize(), area.width() / std::max(1.0, m_gridExtent.width()), byHeight});
    const int needed = int(std::ceil(area.top() + m_gridExtent.height() * minimumCellSize() + kMargin));
    // Preferred: cells as big as the width allows (up to the largest), and not a pixel more.
    const qreal preferredCell = std::clamp(area.width() / std::max(1.0, m_gridExtent.width()), minimumCellSize(), maximumCellSize());
    const int preferred = int(std::ceil(area.top() + m_gridExtent.height() * preferredCell + kMargin));
    if (needed != m_neededHeight || preferred != m_preferredHeight) {
        m_neededHeight = needed;
        m_preferredHeight = preferred;
        updateGeometry();
    }
}

qreal FlattenAnimationView::cellProgress(const Cell &cell) const
{
    const qreal e = m_elementAnimation->duration() > 0
                        ? qreal(m_elementAnimation->currentTime()) / m_elementAnimation->duration()
                        : 1.0;
    return smooth((e - cell.delay) / 0.44);
}

QPointF FlattenAnimationView::cellGridPosition(int value) const
{
    for (const Cell &cell : m_cells)
        if (cell.value == value)
            return lerp(cell.from, cell.to, cellProgress(cell));
    return QPointF(-1, -1);
}

// --- painting ----------------------------------------------------------------------------------

void FlattenAnimationView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_hasReport)
        return;
    paintBlocks(painter);
    paintElements(painter);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void FlattenAnimationView::paintBlocks(QPainter &painter) const
{
    const QFont labelFont = shapeFont(font(), 1.35);
    const QColor text = palette().color(QPalette::Text);
    const qreal p = progress();
    const std::vector<Block> blocks = blocksAt(p);

    const QRectF area = blockArea();
    painter.save();
    painter.setTransform(blockTransform(blocks), true);
    for (const Block &b : blocks) {
        painter.setOpacity(b.opacity);
        QPainterPath path;
        path.addRoundedRect(b.rect, 8, 8);
        if (b.colors.size() > 1) {
            QLinearGradient gradient(b.rect.topLeft(), b.rect.topRight());
            for (size_t i = 0; i < b.colors.size(); ++i)
                gradient.setColorAt(qreal(i) / qreal(b.colors.size() - 1), b.colors[i]);
            painter.fillPath(path, gradient);
        } else {
            painter.fillPath(path, b.colors.front());
        }
        painter.setPen(QPen(text, 1.2));
        painter.drawPath(path);
        // The merged label sits on a gradient: give it a plate so it reads on every colour.
        QColor labelColor = textColorOn(b.colors.front());
        if (b.colors.size() > 1) {
            const QFontMetricsF fm(labelFont);
            QRectF plate(0, 0, fm.horizontalAdvance(b.label) + 16, fm.height() + 6);
            plate.moveCenter(b.rect.center());
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette().color(QPalette::Base));
            painter.drawRoundedRect(plate, 5, 5);
            labelColor = text;
        }
        painter.setFont(labelFont);
        painter.setPen(labelColor);
        painter.drawText(b.rect, Qt::AlignCenter, b.label);
    }
    painter.setFont(font());
    painter.setPen(text);
    for (const Caption &caption : layoutCaptions(blocks)) {
        painter.setOpacity(caption.opacity);
        painter.drawText(caption.room, caption.flags, caption.text);
    }
    painter.restore();

    // The shapes in Python's notation, under the blocks: the output appears when the merge is done.
    painter.setOpacity(1.0);
    painter.setFont(shapeFont(font(), 1.25));
    painter.setPen(text);
    const QFontMetricsF shapeMetrics(painter.font());
    QString line = QString::fromStdString(ft::formatShape(m_report.input));
    QString result;
    if (m_report.ok())
        result = QString::fromStdString(ft::formatShape(*m_report.output));
    else
        result = QString::fromStdString(m_report.errorType);
    const QString arrow = QStringLiteral("  →  ");
    const qreal fullWidth = shapeMetrics.horizontalAdvance(line + arrow + result);
    const QPointF at(area.left() + std::max(0.0, (area.width() - fullWidth) / 2), area.bottom() + shapeMetrics.ascent());
    painter.drawText(at, line);
    painter.setOpacity(m_report.ok() ? std::clamp((p - 0.75) / 0.25, 0.0, 1.0) : 1.0);
    painter.drawText(at + QPointF(shapeMetrics.horizontalAdvance(line), 0), arrow + result);
    painter.setOpacity(1.0);

    // Under it: what the element view shows, or why it is not shown.
    if (!m_report.ok())
        return;
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(legendArea(), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, legendText());
}

void FlattenAnimationView::paintElements(QPainter &painter) const
{
    if (m_cells.empty())
        return;
    const QRectF area = elementArea();
    const qreal c = m_cellSize;
    const QPointF origin(area.left() + std::max(0.0, (area.width() - m_gridExtent.width() * c) / 2), area.top());
    QFont numberFont = font();
    numberFont.setPixelSize(std::max(7, int(c * 0.42)));
    painter.setFont(numberFont);
    const bool numbers = c >= 14;
    const QColor outline = palette().color(QPalette::Text);
    painter.setOpacity(1.0);
    for (const Cell &cell : m_cells) {
        const QPointF at = origin + lerp(cell.from, cell.to, cellProgress(cell)) * c;
        const QRectF r(at.x() + 1, at.y() + 1, c - 2, c - 2);
        const QColor fill = dimColor(cell.colorIndex);
        painter.setPen(QPen(outline, 0.6));
        painter.setBrush(fill);
        painter.drawRoundedRect(r, 3, 3);
        if (numbers) {
            painter.setPen(textColorOn(fill));
            painter.drawText(r, Qt::AlignCenter, QString::number(cell.value));
        }
    }
}

void FlattenAnimationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayoutCells();
}

void FlattenAnimationView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        relayoutCells();
        update();
    }
}

void FlattenAnimationView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        togglePlay();
        break;
    case Qt::Key_Right:
        step();
        break;
    case Qt::Key_R:
        replay();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void FlattenAnimationView::updateAccessibleText()
{
    QString text = QString::fromStdString(ft::formatShape(m_report.input));
    if (m_report.ok()) {
        text += tr(" becomes ") + QString::fromStdString(ft::formatShape(*m_report.output));
        if (!m_report.mergedProduct.empty())
            text += QStringLiteral(": ") + QString::fromStdString(m_report.mergedProduct);
    } else {
        text += QStringLiteral(": ") + QString::fromStdString(m_report.errorType);
    }
    setAccessibleDescription(text);
    setToolTip(text);
}

QSize FlattenAnimationView::sizeHint() const
{
    return QSize(720, m_preferredHeight > 0 ? std::max(m_preferredHeight, minimumSizeHint().height()) : 420);
}

QSize FlattenAnimationView::minimumSizeHint() const
{
    const int blocks = int(blockArea().height() + 2 * kMargin);
    return QSize(320, m_cells.empty() ? blocks : std::max(blocks, m_neededHeight));
}

} // namespace ft::ui
