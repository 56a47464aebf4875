// padded_item_delegate.h — list rows with room around the text (half a line above and below), so
// lists are easy to hit with a mouse and to read from the back of a room. The padding is computed
// from the item's font, so it follows zoom and presentation mode (a style sheet would pin the font).
//
//     list->setItemDelegate(new ft::ui::PaddedItemDelegate(0.5, list));
#pragma once

#include <QStyledItemDelegate>

namespace ft::ui {

class PaddedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // `lines`: extra height above and below the text, in text lines.
    explicit PaddedItemDelegate(double lines, QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    double m_lines = 0.5;
};

} // namespace ft::ui
