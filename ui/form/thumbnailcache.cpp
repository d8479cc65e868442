#include "form/thumbnailcache.h"

ThumbnailCache::ThumbnailCache(qsizetype maxBytes) : m_images(int(maxBytes / 1024)) {}

ThumbnailCache &ThumbnailCache::shared() {
    static ThumbnailCache cache;
    return cache;
}

QString ThumbnailCache::keyOf(const SiteImage &image) {
    return QStringLiteral("%1\n%2\n%3")
        .arg(image.path)
        .arg(image.modified.toMSecsSinceEpoch())
        .arg(image.size);
}

QImage ThumbnailCache::find(const SiteImage &image) const {
    const QImage *found = m_images.object(keyOf(image));
    return found ? *found : QImage();
}

void ThumbnailCache::insert(const SiteImage &image, const QImage &thumbnail) {
    if (thumbnail.isNull())
        return;
    m_images.insert(keyOf(image), new QImage(thumbnail),
                    int(qMax<qsizetype>(1, thumbnail.sizeInBytes() / 1024)));
}
