#pragma once

#include "site/siteimage.h"

#include <QCache>
#include <QImage>
#include <QString>

// Decoded thumbnails kept in memory between openings of the image picker, keyed by file, modification time
// and size, so an image changed on disk is decoded again. Bounded by bytes. GUI thread only.
class ThumbnailCache {
public:
    static constexpr qsizetype kDefaultBytes = 64 * 1024 * 1024;

    explicit ThumbnailCache(qsizetype maxBytes = kDefaultBytes);

    // The cache the form's image fields share for the whole session.
    static ThumbnailCache &shared();

    static QString keyOf(const SiteImage &image);
    // The thumbnail of `image` as it is on disk now, or a null image.
    QImage find(const SiteImage &image) const;
    void insert(const SiteImage &image, const QImage &thumbnail);
    int count() const { return m_images.count(); }

private:
    QCache<QString, QImage> m_images;  // cost in KB, so a large cache fits QCache's int
};
