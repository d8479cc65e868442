#include "form/thumbnaildelegate.h"

ThumbnailDelegate::ThumbnailDelegate(const QSize &decorationSize, QObject *parent)
    : QStyledItemDelegate(parent), m_decorationSize(decorationSize) {}

void ThumbnailDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    // The style centres the icon in this area.
    option->decorationSize = m_decorationSize;
}
