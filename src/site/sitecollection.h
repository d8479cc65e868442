#pragma once

#include <QString>

// One `collections:` entry of _config.yml (never `posts` or `data`, which Jekyll reads otherwise).
struct SiteCollection {
    QString label;
    bool output = false;
    QString permalink;           // the collection's own `permalink`, or empty
    bool permalinkNull = false;  // `permalink: ~`: Jekyll has no pattern for its documents' URLs
};
