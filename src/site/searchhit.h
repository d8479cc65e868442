#pragma once

#include <QList>
#include <QPair>
#include <QString>

// One answer of SiteSearchIndex::search().
struct SearchHit {
    QString relativePath;
    QString title;
    // FTS5's bm25() with the title weighted above the tags and the tags above the body: lower (more
    // negative) is better; hits come sorted by it. Only comparable within one search.
    double rank = 0;
    // A short plain-text excerpt of the body around the best match ("…" where it was cut), and the matched
    // words in it as (start, length) in QChars, for the caller to mark however it shows text.
    QString snippet;
    QList<QPair<int, int>> highlights;
};
