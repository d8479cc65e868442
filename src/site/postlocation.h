#pragma once

#include <QDate>
#include <QString>

// Where a new post goes in a Jekyll site.
class PostLocation {
public:
    // `<siteRoot>/_posts/YYYY-MM-DD-<slug>.md`, or `<siteRoot>/_drafts/<slug>.md` for a draft (Jekyll takes a
    // draft's date from its front matter or the file's mtime, so the name carries none). The slug comes from
    // Slug::fromTitle. An invalid `date` means today. The path is not checked against existing files.
    static QString newPostPath(const QString &siteRoot, const QString &title, const QDate &date, bool draft);
};
