#pragma once

#include "site/siteimage.h"

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QThreadPool>
#include <QVector>

class ThumbnailCache;

// Decodes the picker's thumbnails on a pool of its own at low priority, never on the GUI thread: a JPEG is
// decoded at a reduced scale (QImageReader::setScaledSize), and a file whose pixels would need more than
// kAllocationMB is not decoded at all. Results go into the cache and come back one by one, in the order
// asked, so the first rows of the list fill first. Destroying the loader cancels what is left.
class ThumbnailLoader : public QObject {
    Q_OBJECT

public:
    static constexpr int kEdge = 96;           // px, the longer side of a thumbnail
    static constexpr int kAllocationMB = 128;  // two decodes at once stay under 256 MB

    explicit ThumbnailLoader(ThumbnailCache *cache, QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    // Decodes those of `images` the cache lacks, in that order, replacing any earlier request (whose
    // remaining files are dropped). Those already cached are not reported again: ask thumbnail() first.
    void load(const QVector<SiteImage> &images);
    // The cached thumbnail, or a null image.
    QImage thumbnail(const SiteImage &image) const;
    // Whether decoding `image` was tried and failed (not an image, too large, a format Qt lacks, SVG).
    bool failed(const SiteImage &image) const;
    bool isLoading() const { return m_watcher->isRunning(); }

    // A thumbnail at most `edge` px on its longer side, or a null image; any thread. SVG is never decoded:
    // Qt's SVG module is not among the program's dependencies.
    static QImage decode(const QString &path, int edge = kEdge);

Q_SIGNALS:
    // `thumbnail` is null when the file could not be decoded.
    void thumbnailReady(const QString &path, const QImage &thumbnail);
    void finished();

private:
    void takeResult(int index);

    ThumbnailCache *m_cache;
    QThreadPool *m_pool;
    QFutureWatcher<QImage> *m_watcher;
    QVector<SiteImage> m_pending;   // what the running request decodes, by result index
    QHash<QString, bool> m_failed;  // ThumbnailCache::keyOf
};
