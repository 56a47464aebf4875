#include "ui/padded_item_delegate.h"

namespace ft::ui {

PaddedItemDelegate::PaddedItemDelegate(double lines, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_lines(lines)
{
}

QSize PaddedItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rheight() += int(2 * m_lines * option.fontMetrics.height());
    return size;
}

} // namespace ft::ui
