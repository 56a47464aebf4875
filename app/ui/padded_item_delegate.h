// padded_item_delegate.h — list, tree and table rows with room around the text, so they are easy
// to hit with a mouse and to read from the back of a room. The padding is computed from the
// item's font, so it follows zoom and presentation mode (a style sheet would pin the font).
// In a tree with word wrap a row is as tall as its text wrapped to its column (a long question
// title reads whole instead of being cut at the column's edge) and as the widget it holds.
//
//     list->setItemDelegate(new ft::ui::PaddedItemDelegate(0.5, list));
//     ft::ui::fitRowsToType(table, 0.3);   // a table's rows; call again on QEvent::FontChange
#pragma once

#include <QStyledItemDelegate>

class QTableView;

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

// Sets every row of `table` to one line of its font plus `lines` above and below, so the rows
// grow with zoom and presentation type. Returns the row height.
int fitRowsToType(QTableView *table, double lines);

} // namespace ft::ui
