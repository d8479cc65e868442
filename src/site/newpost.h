#pragma once

#include <QDate>
#include <QString>

#include <optional>

#include "common/result.h"

// Creates a new post file in a Jekyll site, as `postwright new` and the window's New Post do: front matter
// with the fields most of the site's newest posts carry (SiteShape: their common value, else empty) and the
// site's `_config.yml` defaults for posts (else `layout: post`), then the title and the date; the file goes
// to `_posts/DATE-slug.md` or `_drafts/slug.md`. Never overwrites an existing file.
class NewPost {
public:
    struct Options {
        QString title;
        std::optional<QDate>
            date;  // none: now in the site's `timezone`, with time and offset (drafts: no date)
        bool draft = false;
    };
    // The absolute path of the file written, or why nothing was written.
    static Result<QString> create(const QString &siteRoot, const Options &options);
};
