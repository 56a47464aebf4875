#include "ui/padded_item_delegate.h"

#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

#include <algorithm>
#include <cmath>

namespace ft::ui {

namespace {

int padding(const QFontMetrics &metrics, double lines) { return int(std::lround(2 * lines * metrics.height())); }

} // namespace

PaddedItemDelegate::PaddedItemDelegate(double lines, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_lines(lines)
{
}

QSize PaddedItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // A tree measures its rows with no width, so wrapped text would count as one line. A column
    // sized to its contents is measured unwrapped: its width comes from this very hint.
    const auto *tree = qobject_cast<const QTreeView *>(option.widget);
    QStyleOptionViewItem measured = option;
    if (tree && tree->wordWrap() && tree->header()->sectionResizeMode(index.column()) != QHeaderView::ResizeToContents)
        // (the style wraps only in a valid rectangle)
        measured.rect = QRect(option.rect.topLeft(), QSize(tree->columnWidth(index.column()), std::max(1, option.rect.height())));
    QSize size = QStyledItemDelegate::sizeHint(measured, index);
    size.rheight() += padding(option.fontMetrics, m_lines);
    if (tree) {
        for (int column = 0; column < index.model()->columnCount(index.parent()); ++column) {
            if (const QWidget *widget = tree->indexWidget(index.siblingAtColumn(column)))
                size.setHeight(std::max(size.height(), widget->sizeHint().height()));
        }
    }
    return size;
}

int fitRowsToType(QTableView *table, double lines)
{
    const QFontMetrics metrics(table->font());
    const int height = metrics.height() + padding(metrics, lines);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(height);
    return height;
}

} // namespace ft::ui
