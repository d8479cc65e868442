#pragma once

#include <QSize>
#include <QStyledItemDelegate>

// Draws each picker cell with a square decoration area whatever the thumbnail's shape, so names line up
// under portrait and landscape images alike and every cell has the size the view assumes
// (uniformItemSizes).
class ThumbnailDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    ThumbnailDelegate(const QSize &decorationSize, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QSize m_decorationSize;
};
