#pragma once

#include "site/sitepost.h"

#include <QByteArray>
#include <QString>

// A file the walk found that Jekyll reads as a post, draft, page or collection document (pages and
// collection documents only if they start with a `---` line, which the reader checks).
struct SiteCandidate {
    SitePost::Kind kind = SitePost::Kind::Page;
    QString collection;          // "posts" for posts and drafts, the label for collection documents
    QByteArray nativePath;       // absolute, the file name's own bytes (which need not be UTF-8)
    QString path;                // absolute, as Qt decodes it
    QString relativePath;        // to the site root
    QString jekyllRelativePath;  // Jekyll's relative_path (documents: relative to collections_dir)
    bool needsHeader = false;
    bool nameNotUtf8 = false;
};
