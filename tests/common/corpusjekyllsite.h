#pragma once

#include <QMap>
#include <QString>

// A Jekyll site made of the corpus's Jekyll posts (every source folder of ../shared/corpus/posts but the
// Hugo ones), for measuring how our preview agrees with Jekyll's rendering. Only files Jekyll converts with
// its Markdown converter are placed (its default markdown_ext: md, markdown, mkdown, mkdn, mkd): Jekyll
// renders no Markdown in the others. Each goes to `_posts/SOURCE/DIRS/NAME`, the folders' leading
// underscores dropped (Jekyll skips a `_`-named folder right under _posts) and `2000-01-01-` put before a
// name without a date (Jekyll reads no post without one). _config.yml holds `markdown: kramdown` only:
// Jekyll's defaults.
class CorpusJekyllSite {
public:
    // Writes the site into `siteDir` (an empty folder) from `corpusPosts` (../shared/corpus/posts).
    // Returns site-relative path -> corpus-relative path for every placed post; empty on a write error.
    static QMap<QString, QString> build(const QString &corpusPosts, const QString &siteDir);
};
