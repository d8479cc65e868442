#pragma once

#include <QCoreApplication>
#include <QString>

#include "common/result.h"
#include "site/filemove.h"

// Renames a post's file after its title changed: the slug made from the title (Slug::fromTitle), the date
// prefix and the extension kept, in the same folder. Says when the post's URL changes with it (Jekyll's URL,
// through SiteScan) and, when the site uses jekyll-redirect-from, can add the old URL to `redirect_from` so
// links to it keep working; no other byte changes. The move is a FileMove: never over another file, refused
// when the file changed since it was read, undone only while unchanged.
class PostRename {
    Q_DECLARE_TR_FUNCTIONS(PostRename)

public:
    struct Plan {
        FileMove move;
        QString oldUrl;
        QString newUrl;
        bool urlChanges = false;
        // A draft's URL (`jekyll serve --drafts` dates it by the file's time) is not one anybody links to:
        // no redirect is added for it and callers need not mention it.
        bool hasPublicUrl = false;
        bool siteUsesRedirects = false;  // jekyll-redirect-from is among the site's plugins
        bool redirectAdded = false;
    };

    // Plans renaming the post at `path` (whose bytes the caller read: `expectedBytes`) after `title`.
    // With `addRedirect`, and when the URL changes and the site uses jekyll-redirect-from, the old URL is
    // added to `redirect_from` (created as a list when absent).
    static Result<Plan> plan(const QString &path, const QByteArray &expectedBytes, const QString &title,
                             bool addRedirect);
};
