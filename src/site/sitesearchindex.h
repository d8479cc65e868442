#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

#include "common/result.h"
#include "site/searchdatabase.h"
#include "site/searchdocument.h"
#include "site/searchhit.h"

// Full-text search over a site's posts: an SQLite FTS5 database in the cache folder, through Qt SQL.
//
// Threads: each instance owns its own Qt SQL connection (a unique connection name), and Qt SQL connections
// belong to the thread that made them. So open(), every call and the destruction happen on ONE thread, the
// one that called open() (a worker, not the GUI thread: a first indexing of 10,000 posts takes seconds).
// A call from another thread fails with an error value instead of touching the connection. Two instances
// on the same file (say a worker that indexes and one that answers) are fine: SQLite locks the file, and
// the database runs in WAL mode so readers do not wait for the writer. Open the indexing one first and the
// other once that open() returned: open() may delete and recreate the file, which another instance would
// then no longer see.
//
// The database is a cache: when its schema version differs from kSchemaVersion, or it is not a readable
// SQLite database with our tables, open() deletes it and starts an empty one.
class SiteSearchIndex {
    Q_DECLARE_TR_FUNCTIONS(SiteSearchIndex)

public:
    static constexpr int kSchemaVersion = SearchDatabase::kSchemaVersion;

    struct UpdateCounts {
        int added = 0;      // paths the index did not have
        int changed = 0;    // known paths whose size or modification time differed: re-indexed
        int unchanged = 0;  // known paths with the same size and modification time: not touched
    };
    struct Stamp {
        qint64 size = 0;
        qint64 mtimeMs = 0;
    };
    // Called during update(), on its thread, with the documents handled so far and their total.
    using Progress = std::function<void(int done, int total)>;

    // `<cacheFolder>/sites/<hash of the canonical site root>/search.sqlite`; the caller picks the cache
    // folder (QStandardPaths::CacheLocation in the application).
    static QString databasePath(const QString &cacheFolder, const QString &siteRoot);

    // Opens the database at `path` (creating it and its folder), or rebuilds it empty as said above. Fails,
    // with a message naming the file and the reason, when Qt's SQLite driver or SQLite's FTS5 is missing or
    // the file cannot be created.
    static Result<std::unique_ptr<SiteSearchIndex>> open(const QString &path);

    ~SiteSearchIndex();
    SiteSearchIndex(const SiteSearchIndex &) = delete;
    SiteSearchIndex &operator=(const SiteSearchIndex &) = delete;

    QString path() const;

    // In one transaction: indexes the documents the index does not have, or has with another size or
    // modification time, and skips the others (their body is not read). Documents not given are kept: see
    // removeMissing(). Memory follows the list given, so callers with a large site may call it in batches
    // (each batch is then its own transaction).
    Result<UpdateCounts> update(const QList<SearchDocument> &documents, const Progress &progress = {});

    // Removes these paths (unknown ones are ignored); returns how many were removed.
    Result<int> remove(const QStringList &relativePaths);
    // Removes every path not in `keepPaths` (files deleted since the last indexing); returns how many.
    Result<int> removeMissing(const QStringList &keepPaths);

    // Deletes the file and starts an empty index, for a caller that got an error saying the file is damaged
    // ("database disk image is malformed") after open() had accepted it. The caller then indexes again.
    Status recreate();

    // Merges the index into one b-tree: searches of frequent words then cost about 40 % less. It rewrites
    // the whole index (about 1 s for 10,000 posts), so call it once after a site's first indexing or a large
    // update, on the worker, not after every change.
    Status optimize();

    // What the index holds, for a reader that wants to skip reading files that did not change.
    Result<QHash<QString, Stamp>> stamps() const;
    Result<int> documentCount() const;

    // The best `limit` documents for what a person typed (see SearchQuery for the syntax), best first:
    // title matches above tag matches above body matches. Text with nothing searchable gives no hits.
    Result<QList<SearchHit>> search(const QString &userText, int limit = 50) const;
    // How many documents search() would find without a limit ("1,204 posts"), much cheaper than search().
    Result<int> matchCount(const QString &userText) const;

private:
    explicit SiteSearchIndex(std::unique_ptr<SearchDatabase> database);
    QString failure(const QString &what, const QString &reason) const;

    std::unique_ptr<SearchDatabase> m_database;
};
