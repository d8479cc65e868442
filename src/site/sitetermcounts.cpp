#include "site/sitetermcounts.h"

#include <QDateTime>

#include "site/siteconfig.h"
#include "site/sitepost.h"

void SiteTermCounts::recount(const QVector<SitePost> &documents, const SiteConfig &config,
                             const QDateTime &now) {
    m_tags = {};
    m_categories = {};
    m_counted.clear();
    m_nextDueSecs = std::numeric_limits<qint64>::max();
    for (const SitePost &post : documents)
        count(post, config, now);
}

void SiteTermCounts::update(const SitePost &post, const SiteConfig &config, const QDateTime &now) {
    remove(post.path);
    count(post, config, now);
}

void SiteTermCounts::remove(const QString &path) {
    const auto it = m_counted.constFind(path);
    if (it == m_counted.cend())
        return;
    m_tags.removePost(it->first);
    m_categories.removePost(it->second);
    m_counted.erase(it);
}

bool SiteTermCounts::isDue(const QDateTime &now) const {
    return now.toSecsSinceEpoch() >= m_nextDueSecs;
}

void SiteTermCounts::count(const SitePost &post, const SiteConfig &config, const QDateTime &now) {
    if (post.kind != SitePost::Kind::Post)
        return;
    if (!config.publishes(post, now)) {
        // Left out for its date alone? Then it joins the counts when that time comes.
        const qint64 date = post.date.toSecsSinceEpoch();
        if (date > now.toSecsSinceEpoch() && config.publishes(post, post.date))
            m_nextDueSecs = qMin(m_nextDueSecs, date);
        return;
    }
    m_tags.addPost(post.tags);
    m_categories.addPost(post.categories);
    m_counted.insert(post.path, {post.tags, post.categories});
}
