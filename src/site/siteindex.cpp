#include "site/siteindex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

#include <sys/stat.h>

#include "site/sitesearchservice.h"

namespace {

QHash<QString, std::weak_ptr<SiteIndex>> &registry() {
    static QHash<QString, std::weak_ptr<SiteIndex>> indexes;
    return indexes;
}

QString &cacheFolder() {
    static QString folder;
    return folder;
}

// Folder events come in bursts (git checkout, a save by rename): they are gathered this long (ms).
constexpr int kFolderSettleMs = 15;
constexpr int kDefaultSweepMs = 5000;

SearchDocument searchDocumentOf(const SitePost &post) {
    SearchDocument doc;
    doc.relativePath = post.relativePath;
    doc.title = post.title;
    doc.tags = post.tags;
    doc.categories = post.categories;
    doc.size = post.size;
    doc.mtimeMs = post.modified.toMSecsSinceEpoch();
    return doc;
}

}  // namespace

std::shared_ptr<SiteIndex> SiteIndex::forSite(const QString &root) {
    const QString key =
        QFileInfo(root).canonicalFilePath().isEmpty() ? root : QFileInfo(root).canonicalFilePath();
    if (std::shared_ptr<SiteIndex> existing = registry().value(key).lock())
        return existing;
    // Deleted through the event loop: a signal being delivered may still hold it.
    std::shared_ptr<SiteIndex> index(new SiteIndex(key), [](SiteIndex *i) { i->deleteLater(); });
    registry().insert(key, index);
    index->start();
    return index;
}

void SiteIndex::setCacheFolder(const QString &folder) {
    cacheFolder() = folder;
}

SiteIndex::SiteIndex(const QString &root)
    : m_root(root)
    , m_watcher(new QFileSystemWatcher(this))
    , m_folderTimer(new QTimer(this))
    , m_sweepTimer(new QTimer(this))
    , m_search(new SiteSearchService(root, searchCache(), this)) {
    m_workThread.setMaxThreadCount(1);
    m_workThread.setExpiryTimeout(-1);
    connect(m_search, &SiteSearchService::finished, this, &SiteIndex::searchFinished);
    connect(m_search, &SiteSearchService::updated, this, &SiteIndex::searchIndexUpdated);
    m_folderTimer->setSingleShot(true);
    m_folderTimer->setInterval(kFolderSettleMs);
    connect(m_folderTimer, &QTimer::timeout, this, &SiteIndex::rescanFolders);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SiteIndex::onFolderChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        // _config.yml decides what every document is: read the whole site again (and watch the file anew:
        // an editor that saves by rename drops the watch).
        m_watcher->addPath(path);
        start();
    });
    connect(m_sweepTimer, &QTimer::timeout, this, &SiteIndex::sweep);
    m_sweepTimer->setInterval(kDefaultSweepMs);
}

SiteIndex::~SiteIndex() {
    // Deleted later than released: a new index of the same site may be registered by now.
    if (registry().value(m_root).expired())
        registry().remove(m_root);
    m_workThread.waitForDone();
    // m_search, a child, closes the full-text index on its own threads.
}

namespace {

// A whole read with its tag and category counts, both made on the worker.
struct Scanned {
    SiteScan scan;
    SiteTermCounts terms;
};

Scanned counted(SiteScan scan) {
    Scanned out{std::move(scan), {}};
    out.terms.recount(out.scan.documents(), out.scan.config(), QDateTime::currentDateTime());
    return out;
}

}  // namespace

void SiteIndex::start() {
    const int generation = ++m_readGeneration;
    auto *watcher = new QFutureWatcher<Scanned>(this);
    connect(watcher, &QFutureWatcher<Scanned>::finished, this, [this, watcher, generation] {
        const Scanned scanned = watcher->result();
        watcher->deleteLater();
        if (generation != m_readGeneration)
            return;  // a newer read is on its way (a queued batch of it may even be delivered already)
        m_terms = scanned.terms;
        onScanned(scanned.scan);
    });
    const QString root = m_root;
    if (m_ready) {
        // Listeners hold the site already: documentsChanged tells them what this read changed.
        watcher->setFuture(
            QtConcurrent::run(&m_workThread, [root] { return counted(SiteScan::read(root)); }));
    } else {
        // The first read hands each batch to the GUI thread as summaries, and counts its tags and categories,
        // here, off the GUI thread, while the reader's threads go on reading the next batch.
        QPointer<SiteIndex> self(this);
        watcher->setFuture(QtConcurrent::run(&m_workThread, [root, self, generation] {
            Scanned out;
            const QDateTime now = QDateTime::currentDateTime();
            out.scan = SiteScan::read(
                root, [&out, &now, self, generation](const QVector<SitePost> &posts, const SiteConfig &config,
                                                     int done, int total) {
                    QVector<PostSummary> batch;
                    batch.reserve(posts.size());
                    for (const SitePost &post : posts) {
                        batch.append(summary(post));
                        out.terms.update(post, config, now);
                    }
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, batch, done, total, generation] {
                            if (self)
                                self->onBatchRead(batch, done, total, generation);
                        },
                        Qt::QueuedConnection);
                });
            return out;
        }));
    }
    emit readProgress(0, 0);
}

void SiteIndex::onBatchRead(const QVector<PostSummary> &batch, int done, int total, int generation) {
    // Batches of a read overtaken by a newer one, or arriving after ready, are of no use.
    if (m_ready || generation != m_readGeneration)
        return;
    if (m_batchGeneration >= 0 && m_batchGeneration != generation)
        m_batchesMixed = true;
    m_batchGeneration = generation;
    emit readProgress(done, total);
    emit documentsRead(batch);
}

void SiteIndex::onScanned(const SiteScan &scan) {
    const int generation = m_readGeneration;
    QSet<QString> now;
    for (const SitePost &post : scan.documents())
        now.insert(post.path);
    QStringList removed;
    for (const SitePost &old : m_scan.documents()) {
        if (!now.contains(old.path))
            removed.append(old.path);
    }
    m_scan = scan;
    m_byPath.clear();
    QStringList updated;
    for (int i = 0; i < m_scan.documents().size(); ++i) {
        m_byPath.insert(m_scan.documents().at(i).path, i);
        updated.append(m_scan.documents().at(i).path);
    }
    watchFolders();
    const bool first = !m_ready;
    if (first && !m_batchesMixed && m_batchGeneration == generation)
        m_readyGeneration = generation;
    m_ready = true;
    if (m_sweepTimer->interval() > 0)
        m_sweepTimer->start();
    if (first)
        emit ready();
    emit documentsChanged(updated, removed);
    updateSearchIndex(updated, removed, true);
}

void SiteIndex::watchFolders() {
    const QStringList watched = m_watcher->directories() + m_watcher->files();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    QStringList paths = m_scan.folders();
    for (const QString &config : m_scan.configFiles())
        paths.append(config);
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

void SiteIndex::onFolderChanged(const QString &folder) {
    m_changedFolders.insert(folder);
    m_folderTimer->start();
}

void SiteIndex::rescanFolders() {
    if (!m_ready || m_busy) {
        m_folderTimer->start();  // after the read in flight
        return;
    }
    const QStringList folders(m_changedFolders.cbegin(), m_changedFolders.cend());
    m_changedFolders.clear();
    m_busy = true;
    // One trip to the worker: find what changed in those folders and read it.
    struct Found {
        QVector<SitePost> read;
        QStringList gone;
        bool newFolders = false;
    };
    auto *watcher = new QFutureWatcher<Found>(this);
    connect(watcher, &QFutureWatcher<Found>::finished, this, [this, watcher] {
        const Found found = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        if (found.newFolders)
            start();  // a new folder may hold documents of its own (`news/_posts/`): read the site again
        else
            applyReread(found.read, found.gone);
        if (!m_pending.isEmpty())
            reread({});
    });
    const SiteScan scan = m_scan;
    watcher->setFuture(QtConcurrent::run(&m_workThread, [scan, folders] {
        Found found;
        QStringList stale;
        for (const QString &folder : folders) {
            bool newFolders = false;
            stale += scan.staleIn(folder, &found.gone, &newFolders);
            found.newFolders = found.newFolders || newFolders;
        }
        if (!found.newFolders && !stale.isEmpty())
            found.read = scan.reread(stale, &found.gone);
        return found;
    }));
}

void SiteIndex::sweep() {
    if (!m_ready || m_busy)
        return;
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
        const QStringList stale = watcher->result();
        watcher->deleteLater();
        if (!stale.isEmpty())
            reread(stale);
    });
    const QVector<SitePost> documents = m_scan.documents();
    watcher->setFuture(QtConcurrent::run(&m_workThread, [documents] {
        QStringList stale;
        for (const SitePost &post : documents) {
            // stat, not QFileInfo: a sweep of 10,000 files must stay cheap, and local times are not.
            struct stat st {};
            const bool exists = ::stat(QFile::encodeName(post.path).constData(), &st) == 0;
            const qint64 mtimeMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
            if (!exists || st.st_size != post.size || mtimeMs != post.modified.toMSecsSinceEpoch())
                stale.append(post.path);
        }
        return stale;
    }));
}

void SiteIndex::refresh(const QStringList &paths) {
    reread(paths);
}

void SiteIndex::setSweepInterval(int ms) {
    m_sweepTimer->setInterval(ms);
    if (ms <= 0)
        m_sweepTimer->stop();
    else if (m_ready)
        m_sweepTimer->start();
}

void SiteIndex::reread(const QStringList &paths) {
    for (const QString &path : paths)
        m_pending.insert(QFileInfo(path).absoluteFilePath());
    if (m_busy || !m_ready || m_pending.isEmpty())
        return;
    m_busy = true;
    const QStringList batch(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    struct Reread {
        QVector<SitePost> read;
        QStringList gone;
    };
    auto *watcher = new QFutureWatcher<Reread>(this);
    connect(watcher, &QFutureWatcher<Reread>::finished, this, [this, watcher] {
        const Reread result = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        applyReread(result.read, result.gone);
        if (!m_pending.isEmpty())
            reread({});
    });
    const SiteScan scan = m_scan;
    watcher->setFuture(QtConcurrent::run(&m_workThread, [scan, batch] {
        Reread result;
        result.read = scan.reread(batch, &result.gone);
        return result;
    }));
}

void SiteIndex::applyReread(const QVector<SitePost> &read, const QStringList &gone) {
    bool added = false;  // a document not known before may sit in a folder not watched yet
    QStringList updated;
    QStringList removed;
    const QDateTime now = QDateTime::currentDateTime();
    for (const SitePost &post : read) {
        m_terms.update(post, m_scan.config(), now);
        const auto it = m_byPath.constFind(post.path);
        if (it != m_byPath.cend()) {
            m_scan.snapshot().documents[it.value()] = post;
        } else {
            added = true;
            m_byPath.insert(post.path, m_scan.snapshot().documents.size());
            m_scan.snapshot().documents.append(post);
        }
        updated.append(post.path);
    }
    for (const QString &path : gone) {
        const auto it = m_byPath.constFind(path);
        if (it == m_byPath.cend())
            continue;
        // Swap with the last so removal stays cheap; the moved one's slot is updated.
        const int at = it.value();
        const int last = static_cast<int>(m_scan.snapshot().documents.size()) - 1;
        if (at != last) {
            m_scan.snapshot().documents[at] = m_scan.snapshot().documents.at(last);
            m_byPath[m_scan.snapshot().documents.at(at).path] = at;
        }
        m_scan.snapshot().documents.removeLast();
        m_byPath.remove(path);
        m_terms.remove(path);
        removed.append(path);
    }
    if (updated.isEmpty() && removed.isEmpty())
        return;
    const QStringList watched = m_watcher->directories();
    QStringList newFolders;
    for (const QString &folder : added ? m_scan.folders() : QStringList()) {
        if (!watched.contains(folder))
            newFolders.append(folder);
    }
    if (!newFolders.isEmpty())
        m_watcher->addPaths(newFolders);
    emit documentsChanged(updated, removed);
    updateSearchIndex(updated, removed, false);
}

const SitePost *SiteIndex::find(const QString &path) const {
    const auto it = m_byPath.constFind(QFileInfo(path).absoluteFilePath());
    return it == m_byPath.cend() ? nullptr : &m_scan.snapshot().documents.at(it.value());
}

PostSummary SiteIndex::summary(const SitePost &post) {
    return PostSummary::of(post);
}

QVector<PostSummary> SiteIndex::summaries() const {
    QVector<PostSummary> out;
    out.reserve(m_scan.snapshot().documents.size());
    for (const SitePost &post : m_scan.snapshot().documents)
        out.append(summary(post));
    return out;
}

const SiteTermCounts &SiteIndex::terms() const {
    const QDateTime now = QDateTime::currentDateTime();
    if (m_terms.isDue(now))
        m_terms.recount(m_scan.documents(), m_scan.config(), now);
    return m_terms;
}

TermVocabulary SiteIndex::tags() const {
    return terms().tags();
}

TermVocabulary SiteIndex::categories() const {
    return terms().categories();
}

QString SiteIndex::searchCache() {
    return cacheFolder().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                   : cacheFolder();
}

void SiteIndex::updateSearchIndex(const QStringList &paths, const QStringList &removed, bool wholeSite) {
    QList<SearchDocument> documents;
    for (const QString &path : paths) {
        if (const SitePost *post = find(path))
            documents.append(searchDocumentOf(*post));
    }
    QStringList removedRelative;
    for (const QString &path : removed)
        removedRelative.append(QDir(m_root).relativeFilePath(path));
    std::optional<QStringList> everything;
    if (wholeSite) {
        everything.emplace();
        for (const SitePost &post : m_scan.documents())
            everything->append(post.relativePath);
    }
    m_search->update(documents, removedRelative, everything);
}

int SiteIndex::search(const QString &text, int limit) {
    return m_search->search(text, limit);
}
