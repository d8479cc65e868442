#pragma once

#include <QString>

// Writes a synthetic Jekyll site for the reader's tests and benchmark: posts in `_posts/` and category
// folders, drafts, pages, a collection, front-matter defaults, and the front-matter shapes Jekyll treats
// specially (YAML 1.1 booleans, dates with and without zones, quoted dates, tags and categories as lists
// and as text, titles missing, YAML Jekyll rejects). Deterministic for a given seed.
class SiteGenerator {
public:
    struct Options {
        int posts = 1000;
        quint32 seed = 1;
        QString timezone = QStringLiteral("Europe/Berlin");  // empty: no `timezone:` in _config.yml
        bool broken = true;                                  // include posts whose YAML Jekyll rejects
        int bodyWords = 120;                                 // words per post body
        QString permalink;                                   // the site's `permalink:`, empty for none
    };

    // Writes into `root` (which must exist and be empty). Returns false when a file could not be written.
    static bool write(const QString &root, const Options &options);
};
