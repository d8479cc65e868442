#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QVector>

#include <memory>

#include "site/postsummary.h"
#include "site/searchhit.h"
#include "site/sitepost.h"
#include "site/sitescan.h"
#include "site/sitetermcounts.h"
#include "site/termvocabulary.h"

class QFileSystemWatcher;
class QTimer;
class SiteSearchService;

// The whole site as Jekyll reads it, kept current while Postwright runs: one per site per process (forSite),
// shared by every window and panel that shows the site. Reads run off the GUI thread (both cores); after a
// change on disk only the changed files are read again. Changes are seen three ways: folder watches (files
// added, removed, renamed: how git and most editors write), refresh() for our own saves and moves, and a
// periodic sweep of sizes and times off the GUI thread for editors that write in place. The full-text index
// (SQLite FTS5 in the cache folder) is fed from the same reads on its own thread. GUI thread only.
class SiteIndex : public QObject {
    Q_OBJECT

public:
    // The index of the site at `root` (canonical path), created and started on first use; it lives while
    // someone holds it.
    static std::shared_ptr<SiteIndex> forSite(const QString &root);
    // The folder the full-text index lives under (each site gets its own file there); tests set a temporary
    // one. Default: QStandardPaths::CacheLocation.
    static void setCacheFolder(const QString &folder);

    ~SiteIndex() override;

    QString root() const { return m_root; }
    bool isReady() const { return m_ready; }
    // The documents as last read, in no particular order.
    const QVector<SitePost> &documents() const { return m_scan.documents(); }
    const SiteScan &scan() const { return m_scan; }
    // Posts and drafts as the Posts panel lists them (pages and collection documents too, by kind).
    QVector<PostSummary> summaries() const;
    static PostSummary summary(const SitePost &post);
    // The document at `path`, or null.
    const SitePost *find(const QString &path) const;
    // Tags and categories of the posts Jekyll would publish, with counts (site.tags / site.categories); kept
    // per changed file, recounted when a scheduled post's time has come.
    TermVocabulary tags() const;
    TermVocabulary categories() const;

    // Reads these files again now (they were saved, moved or deleted by us); documentsChanged follows.
    void refresh(const QStringList &paths);
    // How often sizes and times are compared with what was read (ms); 0 stops the sweep.
    void setSweepInterval(int ms);

    // Full-text search over titles, tags and bodies; searchFinished(requestId, ...) answers. Words are ANDed,
    // the last one a prefix (type-ahead). Until the first indexing is done it answers no hits with a message;
    // ask again on searchIndexUpdated().
    int search(const QString &text, int limit = 200);

    // Whether the documentsRead batches, together, were exactly the read that made the index ready (no
    // earlier read was cut short after delivering some): a list filled from them needs no refill then.
    bool batchesMatchReady() const {
        return m_readyGeneration >= 0 && m_readyGeneration == m_batchGeneration;
    }

Q_SIGNALS:
    void readProgress(int done, int total);
    // While the first full read runs: a batch of documents as summaries (URLs included), in no particular
    // order, so a list fills progressively; every document of that read comes once, before ready().
    void documentsRead(const QVector<PostSummary> &batch);
    // The first full read is done (documents() holds the site).
    void ready();
    // Documents were added or read again (`updated`) or disappeared (`removed`); absolute paths.
    void documentsChanged(const QStringList &updated, const QStringList &removed);
    void searchFinished(int requestId, const QList<SearchHit> &hits, const QString &error);
    // The full-text index caught up with the documents.
    void searchIndexUpdated();

private:
    explicit SiteIndex(const QString &root);
    void start();
    // A whole read, the newest started (its term counts already in m_terms).
    void onScanned(const SiteScan &scan);
    void onBatchRead(const QVector<PostSummary> &batch, int done, int total, int generation);
    void onFolderChanged(const QString &folder);
    void rescanFolders();
    void sweep();
    void reread(const QStringList &paths);
    void applyReread(const QVector<SitePost> &read, const QStringList &gone);
    void watchFolders();
    const SiteTermCounts &terms() const;
    void updateSearchIndex(const QStringList &paths, const QStringList &removed, bool wholeSite);
    static QString searchCache();

    QString m_root;
    SiteScan m_scan;
    QHash<QString, int> m_byPath;    // absolute path -> index in m_scan.documents
    mutable SiteTermCounts m_terms;  // recounted by tags() when a scheduled post became due
    bool m_ready = false;
    int m_readGeneration = 0;     // counts full reads started
    int m_batchGeneration = -1;   // the read whose batches were delivered (-1: none yet)
    bool m_batchesMixed = false;  // batches of more than one read were delivered
    int m_readyGeneration = -1;   // the read that made the index ready
    bool m_busy = false;          // a re-read is in flight; more paths wait in m_pending
    QSet<QString> m_pending;
    QSet<QString> m_changedFolders;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_folderTimer = nullptr;
    QTimer *m_sweepTimer = nullptr;
    // Reads and re-reads run here, not in the global pool: SiteReader spreads its work over the global
    // pool and waits for it, which would deadlock if the waiting tasks held every global thread.
    QThreadPool m_workThread;
    SiteSearchService *m_search = nullptr;
};
