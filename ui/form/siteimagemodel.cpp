#include "form/siteimagemodel.h"

#include "form/thumbnailloader.h"

#include <QApplication>
#include <QPixmap>
#include <QStyle>

SiteImageModel::SiteImageModel(ThumbnailLoader *loader, QObject *parent)
    : QAbstractListModel(parent), m_loader(loader) {
    QPixmap blank(ThumbnailLoader::kEdge * 3 / 4, ThumbnailLoader::kEdge * 3 / 4);
    blank.fill(QApplication::palette().color(QPalette::Midlight));
    m_placeholder = QIcon(blank);
    m_unavailable = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    connect(m_loader, &ThumbnailLoader::thumbnailReady, this,
            [this](const QString &path, const QImage &) { thumbnailArrived(path); });
}

void SiteImageModel::setImages(const QVector<SiteImage> &images) {
    m_all = images;
    SiteImageCatalog::sort(m_all, m_order);
    refilter();
}

void SiteImageModel::setOrder(SiteImageCatalog::Order order) {
    if (order == m_order)
        return;
    m_order = order;
    SiteImageCatalog::sort(m_all, m_order);
    refilter();
}

void SiteImageModel::setFilterText(const QString &text) {
    if (text == m_filter)
        return;
    m_filter = text;
    refilter();
}

void SiteImageModel::refilter() {
    beginResetModel();
    m_shown.clear();
    m_rowOfPath.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (!SiteImageCatalog::matches(m_all.at(i), m_filter))
            continue;
        m_rowOfPath.insert(m_all.at(i).path, int(m_shown.size()));
        m_shown.append(i);
    }
    endResetModel();
}

QVector<SiteImage> SiteImageModel::shownFirst() const {
    QVector<SiteImage> images;
    images.reserve(m_all.size());
    QVector<bool> taken(m_all.size(), false);
    for (int index : m_shown) {
        images.append(m_all.at(index));
        taken[index] = true;
    }
    for (int i = 0; i < m_all.size(); ++i) {
        if (!taken.at(i))
            images.append(m_all.at(i));
    }
    return images;
}

SiteImage SiteImageModel::imageAt(int row) const {
    return row >= 0 && row < m_shown.size() ? m_all.at(m_shown.at(row)) : SiteImage();
}

int SiteImageModel::rowOf(const QString &relativePath) const {
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_all.at(m_shown.at(row)).relativePath == relativePath)
            return row;
    }
    return -1;
}

int SiteImageModel::pendingCount() const {
    int pending = 0;
    for (int index : m_shown) {
        if (stateOf(m_all.at(index)) == Pending)
            ++pending;
    }
    return pending;
}

int SiteImageModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_shown.size());
}

SiteImageModel::ThumbnailState SiteImageModel::stateOf(const SiteImage &image) const {
    if (m_loader->failed(image))
        return Unavailable;
    return m_loader->thumbnail(image).isNull() ? Pending : Shown;
}

QVariant SiteImageModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const SiteImage &image = m_all.at(m_shown.at(index.row()));
    switch (role) {
        case Qt::DisplayRole:
            return image.fileName();
        case Qt::ToolTipRole:
            return image.relativePath;
        case Qt::DecorationRole: {
            const QImage thumbnail = m_loader->thumbnail(image);
            if (!thumbnail.isNull())
                return QPixmap::fromImage(thumbnail);
            return m_loader->failed(image) ? m_unavailable : m_placeholder;
        }
        case RelativePathRole:
            return image.relativePath;
        case PathRole:
            return image.path;
        case ThumbnailStateRole:
            return stateOf(image);
        default:
            return {};
    }
}

void SiteImageModel::thumbnailArrived(const QString &path) {
    const auto row = m_rowOfPath.constFind(path);
    if (row == m_rowOfPath.constEnd())
        return;
    const QModelIndex changed = index(*row);
    Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole, ThumbnailStateRole});
}
