#include "form/thumbnailloader.h"

#include "common/threadpriority.h"
#include "form/thumbnailcache.h"

#include <QFileInfo>
#include <QImageReader>
#include <QtConcurrent>

namespace {

QImage decodeSiteImage(const SiteImage &image) {
    // The pool's threads decode thumbnails and nothing else, so they stay at background priority (on Linux
    // QThread::LowPriority alone changes nothing for ordinary threads).
    thread_local bool lowered = false;
    if (!lowered) {
        ThreadPriority::makeCurrentThreadBackground();
        lowered = true;
    }
    return ThumbnailLoader::decode(image.path);
}

}  // namespace

ThumbnailLoader::ThumbnailLoader(ThumbnailCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_pool(new QThreadPool(this))
    , m_watcher(new QFutureWatcher<QImage>(this)) {
    // Typing in the window goes first; a slow decode only delays a thumbnail.
    m_pool->setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    connect(m_watcher, &QFutureWatcher<QImage>::resultReadyAt, this, &ThumbnailLoader::takeResult);
    connect(m_watcher, &QFutureWatcher<QImage>::finished, this, &ThumbnailLoader::finished);
}

ThumbnailLoader::~ThumbnailLoader() {
    // Nothing new starts; the pool, a child, waits for the files being decoded (one per thread,
    // milliseconds).
    m_watcher->future().cancel();
}

void ThumbnailLoader::load(const QVector<SiteImage> &images) {
    // The files being decoded finish on their own and their results are dropped: a new request never waits.
    m_watcher->future().cancel();
    m_pending.clear();
    for (const SiteImage &image : images) {
        if (m_cache->find(image).isNull() && !failed(image))
            m_pending.append(image);
    }
    m_watcher->setFuture(QtConcurrent::mapped(m_pool, m_pending, decodeSiteImage));
}

QImage ThumbnailLoader::thumbnail(const SiteImage &image) const {
    return m_cache->find(image);
}

bool ThumbnailLoader::failed(const SiteImage &image) const {
    return m_failed.contains(ThumbnailCache::keyOf(image));
}

void ThumbnailLoader::takeResult(int index) {
    if (index < 0 || index >= m_pending.size())
        return;
    const SiteImage &image = m_pending.at(index);
    const QImage thumbnail = m_watcher->resultAt(index);
    if (thumbnail.isNull())
        m_failed.insert(ThumbnailCache::keyOf(image), true);
    else
        m_cache->insert(image, thumbnail);
    Q_EMIT thumbnailReady(image.path, thumbnail);
}

QImage ThumbnailLoader::decode(const QString &path, int edge) {
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0)
        return {};
    QImageReader reader(path);
    reader.setAutoTransform(true);  // EXIF orientation, as browsers show photos
    reader.setAllocationLimit(kAllocationMB);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > edge || size.height() > edge))
        reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    // Formats that cannot decode at a reduced scale (PNG, GIF) give the full image scaled here.
    if (image.width() > edge || image.height() > edge)
        image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}
