#pragma once

#include <QString>
#include <QVector>

#include "site/postsummary.h"

// Ranks a site's posts for a quick-open box: FuzzyMatch on titles, best score first, ties newer first. Made
// for typing: titles are folded once, and a pattern that extends the previous one searches only the
// previous matches (a title holding `mach` in order holds `ma` in order). Not thread-safe; cheap to copy.
class QuickOpenRanker {
public:
    struct Hit {
        int index = -1;  // into the posts given to setPosts
        int score = 0;
        QVector<int> positions;  // matched characters of the title
    };

    void setPosts(const QVector<PostSummary> &posts);
    int size() const { return static_cast<int>(m_titles.size()); }

    // At most `limit` hits for `pattern`, best first; an empty pattern lists the newest posts.
    QVector<Hit> rank(const QString &pattern, int limit);
    // How many posts the last rank() call matched (before the limit).
    int lastMatchCount() const { return static_cast<int>(m_lastMatches.size()); }

private:
    QVector<QString> m_titles;
    QVector<QString> m_folded;
    QVector<qint64> m_dates;  // ms since the epoch; posts without a date sort last
    QString m_lastNeedle;
    QVector<int> m_lastMatches;  // indexes matching m_lastNeedle, ascending
};
