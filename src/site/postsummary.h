#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "site/postfilter.h"
#include "site/sitepost.h"

// One row of the site's post list, as the Posts panel, quick open and `postwright list` show it: what the
// site index read from a post, draft, page or collection document. Plain value type.
struct PostSummary {
    using Kind = PostFilter::Kind;

    QString path;          // absolute
    QString relativePath;  // to the site root, `/`-separated
    Kind kind = Kind::Post;
    QString collection;  // `posts` for posts and drafts, else the collection's label (empty for pages)
    QString title;       // Jekyll's: front matter, else from the file name
    QDateTime date;      // Jekyll's date, with its offset
    PostFilter::Status status = PostFilter::Status::Published;
    QStringList tags;
    QStringList categories;
    QString url;  // Jekyll's page.url, without baseurl
    int wordCount = 0;
    QString problem;  // the first front-matter error, "LINE:COLUMN: message", or empty

    // `post`, `draft`, `page` or the collection's label (PostFilter::kindName).
    QString kindName() const { return PostFilter::kindName(kind, collection); }

    // The row of a document as the index read it (its URL filled).
    static PostSummary of(const SitePost &post);
    static Kind kindOf(SitePost::Kind kind);
};
