#include "site/sitereader.h"

#include <QDir>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

SiteReader::SiteReader(const QString &root, const QDateTime &siteTime)
    : m_root(QDir(root).absolutePath()), m_siteTime(siteTime) {
    Result<SiteConfig> loaded = SiteConfig::load(m_root);
    if (loaded)
        m_config = loaded.value();
    else
        m_configProblems.append(loaded.error());
    m_context.defaults = JekyllDefaults(m_config, m_root);
    m_context.zone = m_config.zone();
    m_context.siteTime = siteTime.toTimeZone(m_context.zone);
    m_context.markdownExtensions = m_config.markdownExtensions();
    for (QString &extension : m_context.markdownExtensions)
        extension = extension.toLower();
}

SiteSnapshot SiteReader::read() const {
    return read(BatchCallback());
}

SiteSnapshot SiteReader::read(const BatchCallback &onBatch) const {
    SiteSnapshot snapshot;
    snapshot.root = m_root;
    snapshot.config = m_config;
    snapshot.siteTime = m_context.siteTime;
    snapshot.problems = m_configProblems;

    const SiteFolderWalker walker(m_root, m_config);
    const QVector<SiteCandidate> candidates = walker.walk(&snapshot.problems);
    const JekyllDocumentReader::Context &context = m_context;
    snapshot.documents.reserve(candidates.size());
    // A pool of its own: a read started from a task on the global pool (the usual way to keep it off the
    // GUI thread) would otherwise wait for workers that wait for that same pool's threads.
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());
    // Without a callback one batch holds everything: no pause between batches.
    const qsizetype batchSize = onBatch ? kBatchSize : qMax<qsizetype>(1, candidates.size());
    for (qsizetype begin = 0; begin < candidates.size(); begin += batchSize) {
        const QVector<SiteCandidate> batch = candidates.mid(begin, batchSize);
        // Workers get the candidate by value and share only const data.
        const QVector<std::optional<SitePost>> read =
            QtConcurrent::blockingMapped<QVector<std::optional<SitePost>>>(
                &pool, batch, [&context](const SiteCandidate &candidate) {
                    return JekyllDocumentReader::read(candidate, context);
                });
        QVector<SitePost> posts;
        posts.reserve(read.size());
        for (qsizetype i = 0; i < read.size(); ++i) {
            if (read[i])
                posts.append(*read[i]);
            else if (batch[i].needsHeader)  // no `---` line: Jekyll copies it (or it vanished meanwhile)
                snapshot.staticFiles.append({batch[i].relativePath, batch[i].collection});
        }
        const bool more = !onBatch || onBatch(posts, int(qMin(begin + batchSize, candidates.size())),
                                              int(candidates.size()));
        snapshot.documents += posts;
        if (!more)
            break;
    }
    std::sort(
        snapshot.staticFiles.begin(), snapshot.staticFiles.end(),
        [](const SiteStaticFile &a, const SiteStaticFile &b) { return a.relativePath < b.relativePath; });
    std::sort(snapshot.documents.begin(), snapshot.documents.end(),
              [](const SitePost &a, const SitePost &b) { return a.relativePath < b.relativePath; });
    return snapshot;
}

std::optional<SitePost> SiteReader::readFile(const QString &absolutePath) const {
    const SiteFolderWalker walker(m_root, m_config);
    const std::optional<SiteCandidate> candidate = walker.classify(absolutePath);
    if (!candidate)
        return std::nullopt;
    return JekyllDocumentReader::read(*candidate, m_context);
}
