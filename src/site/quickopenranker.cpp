#include "site/quickopenranker.h"

#include <algorithm>
#include <limits>

#include "site/fuzzymatch.h"

namespace {

QString needleOf(const QString &pattern) {
    QString needle;
    for (const QChar c : FuzzyMatch::fold(pattern)) {
        if (!c.isSpace())
            needle.append(c);
    }
    return needle;
}

bool holdsInOrder(const QString &haystack, const QString &needle) {
    qsizetype k = 0;
    const qsizetype m = needle.size();
    for (qsizetype i = 0, n = haystack.size(); i < n && k < m; ++i) {
        if (haystack.at(i) == needle.at(k))
            ++k;
    }
    return k == m;
}

}  // namespace

void QuickOpenRanker::setPosts(const QVector<PostSummary> &posts) {
    m_titles.clear();
    m_folded.clear();
    m_dates.clear();
    m_titles.reserve(posts.size());
    m_folded.reserve(posts.size());
    m_dates.reserve(posts.size());
    for (const PostSummary &post : posts) {
        m_titles.append(post.title);
        m_folded.append(FuzzyMatch::fold(post.title));
        m_dates.append(post.date.isValid() ? post.date.toMSecsSinceEpoch()
                                           : std::numeric_limits<qint64>::min());
    }
    m_lastNeedle.clear();
    m_lastMatches.clear();
}

QVector<QuickOpenRanker::Hit> QuickOpenRanker::rank(const QString &pattern, int limit) {
    const QString needle = needleOf(pattern);
    QVector<int> matches;
    const bool narrowing = !m_lastNeedle.isEmpty() && needle.startsWith(m_lastNeedle);
    if (narrowing) {
        for (const int i : std::as_const(m_lastMatches)) {
            if (holdsInOrder(m_folded.at(i), needle))
                matches.append(i);
        }
    } else {
        matches.reserve(m_folded.size());
        for (int i = 0; i < m_folded.size(); ++i) {
            if (needle.isEmpty() || holdsInOrder(m_folded.at(i), needle))
                matches.append(i);
        }
    }
    m_lastNeedle = needle;
    m_lastMatches = matches;

    QVector<Hit> hits;
    hits.reserve(matches.size());
    for (const int i : std::as_const(matches)) {
        if (needle.isEmpty()) {
            hits.append({i, 0, {}});
            continue;
        }
        if (const std::optional<FuzzyMatch::Match> m = FuzzyMatch::match(needle, m_titles.at(i)))
            hits.append({i, m->score, m->positions});
    }
    const auto better = [this](const Hit &a, const Hit &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (m_dates.at(a.index) != m_dates.at(b.index))
            return m_dates.at(a.index) > m_dates.at(b.index);
        return m_titles.at(a.index) < m_titles.at(b.index);
    };
    if (hits.size() > limit) {
        std::partial_sort(hits.begin(), hits.begin() + limit, hits.end(), better);
        hits.resize(limit);
    } else {
        std::sort(hits.begin(), hits.end(), better);
    }
    return hits;
}
