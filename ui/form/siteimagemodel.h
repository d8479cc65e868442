#pragma once

#include "site/siteimage.h"
#include "site/siteimagecatalog.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QVector>

class ThumbnailLoader;

// The picker's list: the site's images that match the filter text, each shown with its thumbnail once the
// loader has it (a placeholder until then, a generic icon when it cannot be decoded).
class SiteImageModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        RelativePathRole = Qt::UserRole + 1,  // QString, to the site root
        PathRole,                             // QString, absolute
        ThumbnailStateRole,                   // ThumbnailState
    };
    enum ThumbnailState { Pending, Shown, Unavailable };
    Q_ENUM(ThumbnailState)

    SiteImageModel(ThumbnailLoader *loader, QObject *parent = nullptr);

    void setImages(const QVector<SiteImage> &images);
    void setOrder(SiteImageCatalog::Order order);
    void setFilterText(const QString &text);
    const QVector<SiteImage> &allImages() const { return m_all; }
    // Every image, those the filter shows first (in their order): the order thumbnails are worth decoding.
    QVector<SiteImage> shownFirst() const;
    // The image shown at `row`.
    SiteImage imageAt(int row) const;
    // The row showing the file at `relativePath`, or -1.
    int rowOf(const QString &relativePath) const;
    // Rows whose thumbnail has not arrived yet (tests, the benchmark).
    int pendingCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void refilter();
    void thumbnailArrived(const QString &path);
    ThumbnailState stateOf(const SiteImage &image) const;

    ThumbnailLoader *m_loader;
    QVector<SiteImage> m_all;
    QVector<int> m_shown;             // indexes into m_all
    QHash<QString, int> m_rowOfPath;  // absolute path -> row in m_shown
    QString m_filter;
    SiteImageCatalog::Order m_order = SiteImageCatalog::Order::Newest;
    QIcon m_placeholder;
    QIcon m_unavailable;
};
