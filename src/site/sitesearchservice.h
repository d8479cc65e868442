#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <memory>
#include <optional>

#include "site/searchdocument.h"
#include "site/searchhit.h"

class SiteSearchIndex;

// The full-text side of a SiteIndex: the site's SQLite FTS5 database (SiteSearchIndex) in the cache folder,
// fed on one thread and searched on another, each with its own connection (a Qt SQL connection belongs to
// one thread), so a search never waits for an indexing batch. Bodies are read on the indexing thread, and
// only for documents the database does not hold as they are now. GUI thread only; answers come as signals.
class SiteSearchService : public QObject {
    Q_OBJECT

public:
    SiteSearchService(const QString &root, const QString &cacheFolder, QObject *parent = nullptr);
    // Closes the database on its own threads, after what they still have to do.
    ~SiteSearchService() override;

    // Indexes `documents` (relative paths; bodies are read here when stale) and forgets `removed`. With
    // `everything` (every document of a whole read), documents not among them are forgotten too: files
    // deleted while Postwright was closed are only found that way. `updated()` follows.
    void update(const QList<SearchDocument> &documents, const QStringList &removed,
                const std::optional<QStringList> &everything);
    // Words ANDed, the last a prefix; `finished(id, ...)` answers. Until the first update() is done it
    // answers no hits with a message: ask again on updated().
    int search(const QString &text, int limit);

Q_SIGNALS:
    void finished(int requestId, const QList<SearchHit> &hits, const QString &error);
    // The database caught up with an update().
    void updated();

private:
    QString m_root;
    QString m_cacheFolder;
    QThreadPool m_indexThread;
    QThreadPool m_searchThread;
    std::shared_ptr<std::unique_ptr<SiteSearchIndex>> m_indexer;
    std::shared_ptr<std::unique_ptr<SiteSearchIndex>> m_searcher;
    int m_nextSearch = 0;
    bool m_ready = false;  // the indexing thread has opened the database and indexed once
};
