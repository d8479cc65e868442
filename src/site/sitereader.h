#pragma once

#include "site/jekylldocumentreader.h"
#include "site/sitefolderwalker.h"
#include "site/sitesnapshot.h"

#include <functional>
#include <optional>

// Reads a Jekyll site as Jekyll 4.3 does (see SiteFolderWalker for which files, JekyllDocumentReader for
// their values). The files are read and their front matter parsed on all cores; nothing here is a QObject,
// so a reader can be built and used on any thread.
class SiteReader {
public:
    // Loads `<root>/_config.yml`; `siteTime` is Jekyll's site.time (the line for `future`, the date of a
    // post whose front matter failed). A configuration Jekyll could not read is a problem of the snapshot;
    // the site is then read with Jekyll's defaults.
    explicit SiteReader(const QString &root, const QDateTime &siteTime = QDateTime::currentDateTime());

    SiteSnapshot read() const;
    // The same, calling `onBatch` on the calling thread with each batch of documents as it is read (about
    // kBatchSize at a time, in no particular order) so a panel can fill progressively; it may complete the
    // documents (their URLs) before they join the snapshot. Return false from it to stop early (the
    // snapshot then holds what was read).
    static constexpr int kBatchSize = 1000;
    using BatchCallback = std::function<bool(QVector<SitePost> &batch, int done, int total)>;
    SiteSnapshot read(const BatchCallback &onBatch) const;
    // The one file as read() would give it, or nothing when Jekyll does not read it as a document (for the
    // index's update after a change on disk).
    std::optional<SitePost> readFile(const QString &absolutePath) const;

    const SiteConfig &config() const { return m_config; }

private:
    QString m_root;
    SiteConfig m_config;
    QStringList m_configProblems;
    QDateTime m_siteTime;
    JekyllDocumentReader::Context m_context;
};
