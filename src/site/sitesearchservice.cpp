#include "site/sitesearchservice.h"

#include <QMetaObject>
#include <QPointer>

#include "common/threadpriority.h"
#include "site/sitescan.h"
#include "site/sitesearchindex.h"

namespace {

// Opens the site's search database on the calling thread (the search thread) the first time.
SiteSearchIndex *searchIndexOn(std::unique_ptr<SiteSearchIndex> &holder, const QString &cache,
                               const QString &root, QString *error) {
    if (!holder) {
        Result<std::unique_ptr<SiteSearchIndex>> opened =
            SiteSearchIndex::open(SiteSearchIndex::databasePath(cache, root));
        if (!opened) {
            *error = opened.error();
            return nullptr;
        }
        holder = std::move(opened.value());
    }
    return holder.get();
}

}  // namespace

SiteSearchService::SiteSearchService(const QString &root, const QString &cacheFolder, QObject *parent)
    : QObject(parent)
    , m_root(root)
    , m_cacheFolder(cacheFolder)
    , m_indexer(std::make_shared<std::unique_ptr<SiteSearchIndex>>())
    , m_searcher(std::make_shared<std::unique_ptr<SiteSearchIndex>>()) {
    for (QThreadPool *pool : {&m_indexThread, &m_searchThread}) {
        pool->setMaxThreadCount(1);
        pool->setExpiryTimeout(-1);
    }
}

SiteSearchService::~SiteSearchService() {
    m_indexThread.start([holder = m_indexer] { holder->reset(); });
    m_searchThread.start([holder = m_searcher] { holder->reset(); });
    m_indexThread.waitForDone();
    m_searchThread.waitForDone();
}

void SiteSearchService::update(const QList<SearchDocument> &documents, const QStringList &removed,
                               const std::optional<QStringList> &everything) {
    const QString root = m_root;
    const QString cache = m_cacheFolder;
    const auto holder = m_indexer;
    QPointer<SiteSearchService> self(this);
    m_indexThread.start([holder, root, cache, documents, removed, everything, self] {
        ThreadPriority::makeCurrentThreadBackground();
        QString error;
        SiteSearchIndex *index = searchIndexOn(*holder, cache, root, &error);
        if (!index)
            return;
        // Bodies are read only for documents the database does not hold as they are now.
        const Result<QHash<QString, SiteSearchIndex::Stamp>> stamps = index->stamps();
        QList<SearchDocument> stale;
        for (const SearchDocument &doc : documents) {
            bool changed = true;
            if (stamps) {
                const auto known = stamps->constFind(doc.relativePath);
                changed = known == stamps->cend() || known->size != doc.size || known->mtimeMs != doc.mtimeMs;
            }
            if (changed)
                stale.append(doc);
        }
        // Batches keep memory bounded, and each is a commit the search thread sees at once.
        constexpr int kBatch = 500;
        for (int from = 0; from < stale.size(); from += kBatch) {
            QList<SearchDocument> batch = stale.mid(from, kBatch);
            for (SearchDocument &doc : batch)
                doc.body = SiteScan::bodyText(root + QLatin1Char('/') + doc.relativePath);
            index->update(batch);
        }
        if (!removed.isEmpty())
            index->remove(removed);
        if (everything) {
            // Files deleted while Postwright was closed are only found by what a whole read did not see.
            index->removeMissing(*everything);
            if (stale.size() > 1000)
                index->optimize();
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self] {
                if (!self)
                    return;
                self->m_ready = true;
                emit self->updated();
            },
            Qt::QueuedConnection);
    });
}

int SiteSearchService::search(const QString &text, int limit) {
    const int id = ++m_nextSearch;
    if (!m_ready) {
        // The indexing thread opens (and may create or rebuild) the database first; a search connection
        // opened meanwhile could hold a file that is about to be replaced. updated() says when
        // to ask again.
        QMetaObject::invokeMethod(
            this, [this, id] { emit finished(id, {}, tr("The full-text index is still being built")); },
            Qt::QueuedConnection);
        return id;
    }
    const auto holder = m_searcher;
    const QString root = m_root;
    const QString cache = m_cacheFolder;
    QPointer<SiteSearchService> self(this);
    m_searchThread.start([holder, root, cache, text, limit, id, self] {
        QString error;
        QList<SearchHit> found;
        if (SiteSearchIndex *index = searchIndexOn(*holder, cache, root, &error)) {
            const Result<QList<SearchHit>> hits = index->search(text, limit);
            if (hits)
                found = hits.value();
            else
                error = hits.error();
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, found, error] {
                if (self)
                    emit self->finished(id, found, error);
            },
            Qt::QueuedConnection);
    });
    return id;
}
