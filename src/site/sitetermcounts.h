#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>
#include <utility>

#include "site/termvocabulary.h"

class QDateTime;
class SiteConfig;
struct SitePost;

// The site's tags and categories with counts over the posts Jekyll would publish (site.tags /
// site.categories), kept current per changed file: what each post added is remembered, so a change of a
// few files costs work for those files, not for the site. Time moves a scheduled post into the counts:
// `isDue` says when a recount is needed for that. Plain value type.
class SiteTermCounts {
public:
    // Counts every post of `documents` that Jekyll publishes at `now`.
    void recount(const QVector<SitePost> &documents, const SiteConfig &config, const QDateTime &now);
    // A document read again or added.
    void update(const SitePost &post, const SiteConfig &config, const QDateTime &now);
    // A document gone.
    void remove(const QString &path);
    // Whether a post left out for its future date is published by `now` (recount then).
    bool isDue(const QDateTime &now) const;

    const TermVocabulary &tags() const { return m_tags; }
    const TermVocabulary &categories() const { return m_categories; }

private:
    void count(const SitePost &post, const SiteConfig &config, const QDateTime &now);

    TermVocabulary m_tags;
    TermVocabulary m_categories;
    QHash<QString, std::pair<QStringList, QStringList>> m_counted;  // path -> the tags and categories counted
    qint64 m_nextDueSecs = std::numeric_limits<qint64>::max();      // the earliest future post's date
};
