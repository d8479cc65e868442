#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

#include "site/postfilter.h"
#include "site/sitesnapshot.h"

class SiteReader;

// A site read whole, with every document's URL (SiteReader for what Jekyll reads, JekyllPermalink for
// where it publishes it), and the re-reads that keep it current: what `postwright list`, the site index and
// the benchmark share. Plain data; the static functions run on any thread.
class SiteScan {
    Q_DECLARE_TR_FUNCTIONS(SiteScan)

public:
    // Reads the site at `root` now.
    static SiteScan read(const QString &root);
    // The same, calling `onBatch` (on the calling thread) with each batch of documents as it is read, their
    // URLs filled (see SiteReader::read).
    using BatchCallback =
        std::function<void(const QVector<SitePost> &batch, const SiteConfig &config, int done, int total)>;
    static SiteScan read(const QString &root, const BatchCallback &onBatch);
    // Reads `paths` again as a full read would (a new reader, so `future` is judged now): the documents
    // among them, and in `gone` those that no longer exist or are no longer documents.
    QVector<SitePost> reread(const QStringList &paths, QStringList *gone) const;
    // Fills `post.url` (and a problem when Jekyll could not build one) from the site's configuration.
    static void fillUrl(SitePost &post, const SiteConfig &config);

    const SiteSnapshot &snapshot() const { return m_snapshot; }
    SiteSnapshot &snapshot() { return m_snapshot; }
    const QString &root() const { return m_snapshot.root; }
    const SiteConfig &config() const { return m_snapshot.config; }
    const QVector<SitePost> &documents() const { return m_snapshot.documents; }
    bool contains(const QString &path) const;
    // What the Posts panel and `postwright list` call the document's state: a draft, `published: false`,
    // dated in the future, else published.
    static PostFilter::Status statusOf(const SitePost &post);
    // Whether Jekyll would build the document now, with the site's settings.
    bool publishes(const SitePost &post) const;

    // The folders whose changes can add, change or remove documents: the site root, the folders holding
    // documents and the folders Jekyll reads documents from (`_posts`, `_drafts`, collections) that exist.
    QStringList folders() const;
    // The configuration files (`_config.yml`/`_config.yaml`) that exist.
    QStringList configFiles() const;
    // The files directly in `folder` whose size or modification time differ from what was read, and the
    // documents read from it that are gone. `newFolders` says whether a folder appeared (a new category of
    // posts), which needs a full read.
    QStringList staleIn(const QString &folder, QStringList *gone, bool *newFolders) const;

    // The text of the file at `path` after its front matter, for the full-text index (at most the first
    // 4 MB).
    static QString bodyText(const QString &path);

private:
    SiteSnapshot m_snapshot;
};
