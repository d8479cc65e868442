#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// A document's URL as Jekyll 4.3 computes it (`page.url`, without `baseurl`), from explicit inputs: the
// site reader works out the inputs (merged categories, date, slug, ...) the way Jekyll reads a site; this
// class only turns them into the URL (jekyll url.rb, drops/url_drop.rb, document.rb, page.rb,
// collection.rb).
//
// Rules worth knowing (each is a row of tst_jekyllpermalink, and all are checked against the real Jekyll):
//  - Posts and drafts use `collections.posts.permalink` if set, else the site `permalink` (`date`,
//    `pretty`, `ordinal`, `weekdate`, `none` expand to their patterns; anything else is a pattern). Other
//    collections use their own `permalink` as written, else `/:collection/:path` plus the site's suffix.
//  - Pages: non-HTML output `/:path/:basename:output_ext`; `index` pages `/:path/`; others
//    `/:path/:basename` plus the suffix: `/` for `pretty`, `:output_ext` for `date`/`ordinal`/`none` and
//    for patterns ending in `:output_ext`, `/` for patterns ending in `/`, nothing otherwise (so
//    `weekdate` gives `/about`).
//  - A front-matter `permalink` (an empty one too) replaces the pattern, and its placeholders are filled.
//    Pages know only `:path`, `:basename`, `:output_ext` (others stay as typed); an unknown placeholder in
//    a post, draft or collection document is an error (Jekyll stops the build).
//  - Values are escaped (JekyllUrlEscape), the pattern's own text is not; then `..` becomes `/`, `./` is
//    dropped and runs of `/` collapse to one.
//  - Date parts are the date in the site's time zone. `:title` is the slug (front-matter `slug`, else
//    the file name's) slugified in `pretty` mode keeping case; `:slug` and `:name` in default mode (lower
//    case); `:name` is the whole file name, date included; `:categories` is lower-cased, deduplicated and
//    joined by `/`.
// Not reproduced: names of Ruby's own methods used as placeholders (`:class`, `:hash`, `:to_s`, ...),
// which Jekyll's UrlDrop answers with an empty value; here they are unknown placeholders.
class JekyllPermalink {
    Q_DECLARE_TR_FUNCTIONS(JekyllPermalink)

public:
    enum class Kind { Post, Draft, CollectionDocument, Page };

    struct Input {
        Kind kind = Kind::Post;
        // The collection label (`posts` for posts and drafts); unused for pages.
        QString collection = QStringLiteral("posts");
        // Jekyll's `relative_path`: from the collections folder for documents (`news/_posts/2016-05-19-x.md`,
        // `_drafts/x.md`, `_recipes/soup.md`), from the site source for pages (`about/index.md`).
        QString relativePath;
        // `permalink` of _config.yml as written (Jekyll's default is `date`).
        QString sitePermalink = QStringLiteral("date");
        // `collections: <label>: permalink:` as written, when present.
        std::optional<QString> collectionPermalink;
        // The document's own `permalink` (front matter or front-matter defaults); an empty string is one.
        std::optional<QString> permalink;
        // The instant, any time spec: Jekyll converts every date (front matter with or without an offset,
        // file name, a draft's mtime, the build time) to the site's `timezone` (invalid = this system's
        // zone).
        QDateTime date;
        QTimeZone timeZone;
        // Jekyll's final `categories` (folders first, then front matter, as strings).
        QStringList categories;
        // Jekyll's `data["slug"]`: front matter `slug`, else the file name without date and extension.
        std::optional<QString> slug;
        // The output extension, see outputExtension().
        QString outputExt = QStringLiteral(".html");
    };

    // The URL, or why Jekyll could not build one (unknown placeholder, a value Addressable rejects).
    static Result<QString> url(const Input &input);

    // The pattern used when the document has no `permalink` of its own.
    static QString urlTemplate(const Input &input);

    // The pattern a site `permalink` style names (`date` ->
    // `/:categories/:year/:month/:day/:title:output_ext`); anything that is not a style name is returned as
    // it is.
    static QString styleTemplate(const QString &style);

    // Jekyll's output extension: the front-matter permalink's extension when it does not end in `/`, else
    // `.html` for Markdown (`markdown_ext`), `.css` for Sass, else the source extension.
    static QString outputExtension(const QString &relativePath, const std::optional<QString> &permalink,
                                   const QStringList &markdownExtensions = defaultMarkdownExtensions());
    static QStringList defaultMarkdownExtensions();

    // Ruby's File.extname: the last `.suffix` of the file name, ignoring leading dots (`.htaccess` has none).
    static QString rubyExtname(const QString &path);
};
