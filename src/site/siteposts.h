#pragma once

#include <QString>
#include <QStringList>

// The posts of a Jekyll site, as files.
class SitePosts {
public:
    // Absolute paths of the post files under `<siteRoot>/_posts/` (recursively, as Jekyll reads them) and
    // `<siteRoot>/_drafts/`: extensions .md .markdown .mkdown .mkdn .mkd .html, any case. Files and folders
    // Jekyll skips are left out: names starting with `.`, `_`, `#` or `~`, and editor backups ending with
    // `~`. Symbolic links are not followed. Newest first: by the date in the file name (`2018-09-21-...`; a
    // file without one, such as a draft, counts from its modification day), then by modification time, then
    // by path.
    static QStringList list(const QString &siteRoot);

    // The first of list(), or empty when the site has no posts.
    static QString newest(const QString &siteRoot);

    // The post a site opens on: its newest published post (under `_posts/`), else its newest draft, else
    // empty (a site with no post yet).
    static QString startingPost(const QString &siteRoot);
};
