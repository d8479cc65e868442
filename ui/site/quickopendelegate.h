#pragma once

#include <QStyledItemDelegate>

// Draws a quick-open row: the title with the characters the pattern matched in bold, and under it the
// post's date and file in a smaller, muted line.
class QuickOpenDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    enum Role {
        PositionsRole = Qt::UserRole + 10,  // QVector<int>: matched characters of the title
        DetailRole,                         // QString: the second line
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
