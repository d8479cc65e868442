#pragma once

#include "common/diagnostic.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

// One document of a Jekyll site as Jekyll 4.3 reads it (posts, drafts, pages and collection documents).
// Plain data, cheap to copy between threads. `url` is left empty by the reader: JekyllPermalink fills it.
struct SitePost {
    enum class Kind { Post, Draft, Page, CollectionDocument };
    // The `published` value Jekyll holds: from front matter and, for documents, from the defaults. Pages
    // ignore defaults here, as Jekyll's Publisher does (it reads the page's own data with Hash#fetch).
    enum class Published { Absent, True, False, Null, Other };

    Kind kind = Kind::Post;
    QString collection;  // "posts" for posts and drafts, the label for collection documents, empty for pages
    QString path;        // absolute, as Qt decodes the file name
    QByteArray nativePath;    // the file system's own bytes: opens a file whose name is not UTF-8
    QString relativePath;     // to the site root, '/'-separated
    QString slug;             // Jekyll's: file name without date prefix and extension, trailing dots removed
    bool hasOwnSlug = false;  // the slug comes from front matter (`slug:`), not from the file name
    QString title;            // Jekyll's `title` (to_s); empty when Jekyll has none (hasTitle false)
    bool hasTitle = false;
    QDateTime date;    // in the site's zone; invalid for pages
    QStringList tags;  // as Jekyll's page.tags (to_s of each item; not made unique, as Jekyll does not)
    QStringList categories;
    Published published = Published::Absent;
    bool future = false;  // date later than the time of the read
    bool draft = false;   // Jekyll's `draft?`
    QString layout;
    int wordCount = 0;  // whitespace-separated words of the body (of its first `bodyBytesRead` bytes)
    QVector<Diagnostic> problems;  // front matter problems; line:column count in the file
    // Jekyll could not read the front matter (YAML error, not a mapping): like Jekyll, the document keeps
    // only its defaults and folder categories, no title, and (posts) the date of the read.
    bool frontMatterFailed = false;
    bool unreadable = false;    // the file could not be opened or read: Jekyll skips it
    bool validUtf8 = true;      // Jekyll skips posts whose body is not UTF-8
    QString permalink;          // the document's own `permalink` (front matter or defaults), or empty
    bool hasPermalink = false;  // a `permalink` Jekyll uses: `permalink: ""` is one, `~` and `false` are not
    QString outputExt;          // ".html" for Markdown and HTML, else the file's own extension
    QString extension;          // the file's extension, with its dot
    qint64 size = 0;
    QDateTime modified;
    bool bodyTruncated = false;  // a huge file: only its start was read (word count covers that part)
    QString url;                 // left empty here; see JekyllPermalink
};
