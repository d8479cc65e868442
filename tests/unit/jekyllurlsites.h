#pragma once

// The sites tst_jekyllpermalink asks the real Jekyll about: one set of posts, drafts, pages and collection
// documents (every placeholder's raw material: non-ASCII, spaces, `%`, `?`, `#`, dots, category folders,
// front-matter permalinks) under several `_config.yml`s (each permalink style, patterns, time zones with
// non-whole-hour offsets), and how an oracle item becomes a JekyllPermalink::Input.

#include "site/jekyllpermalink.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <optional>
#include <utility>
#include <vector>

namespace JekyllUrlSites {

constexpr int kMinimumItems = 40;

struct Site {
    QString name;
    QString timeZone;  // empty: none set (Jekyll and Qt both use the system zone)
    QString permalink;
    QMap<QString, QString> collectionPermalinks;  // label -> `permalink:` of that collection
    QString collectionsDir;                       // `collections_dir`, empty: none
    QStringList markdownExt = JekyllPermalink::defaultMarkdownExtensions();
};

inline std::vector<Site> all() {
    return {
        {"date-kolkata", "Asia/Kolkata", "date", {{"recipes", "/r/:categories/:title:output_ext"}}},
        {"pretty-stjohns", "America/St_Johns", "pretty", {}},
        {"ordinal-kathmandu", "Asia/Kathmandu", "ordinal", {{"recipes", "/:collection/:year/:name/"}}},
        {"weekdate-system", "", "weekdate", {{"notes", "/n/:path/:slug"}}},
        {"none-eucla", "Australia/Eucla", "none", {}},
        {"every-placeholder",
         "Asia/Kolkata",
         "/:year/:i_month/:i_day/:hour-:minute-:second/:slug/:name/:w_year/W:week/:w_day/:long_day/"
         ":short_day/"
         ":short_month/:long_month/:short_year/:y_day/:month_:day/:title:output_ext",
         {{"recipes", "/:collection/:path/:slugified_categories/:categories"}}},
        {"categories-slash", "Pacific/Chatham", "/blog/:categories/:slugified_categories/:title/", {}},
        {"title-only", "Asia/Kolkata", "/:title", {{"posts", "/p/:collection/:path:output_ext"}}},
        {"collections-dir",
         "Asia/Kolkata",
         "/:categories/:path/:title:output_ext",
         {{"notes", "/:collection/:path/"}},
         "my stuff",
         {"md", "txt"}},
    };
}

inline QString frontMatter(const QString &yaml) {
    return QStringLiteral("---\n") + yaml + QStringLiteral("---\nBody.\n");
}

inline std::vector<std::pair<QString, QString>> files() {
    const QString none = frontMatter("title: t\n");
    return {
        {"_posts/2016-05-19-codeblocks-ahoy.md", none},
        {"_posts/2016-01-01-new-year.md", frontMatter("date: 2016-01-01 00:10:00 +0000\n")},
        {"_posts/2020-12-31-week-edge.md", frontMatter("date: 2020-12-31 23:00:00 -0000\n")},
        {"_posts/2015-03-10-no-offset.md", frontMatter("date: 2015-03-10 23:59:59\n")},
        {u8"_posts/2021-03-04-Héllo Wörld! (really).md", none},
        {"_posts/2019-07-04-100% sure #1?.md", none},
        {u8"_posts/2018-02-03-日本語の記事.md", none},
        {u8"_posts/2018-02-04-Ünïcödé_Title.md", frontMatter("slug: \"Custom Slug! (v2)\"\n")},
        {"_posts/2018-02-05-dots...md", none},
        {"_posts/2015-03-14-upper-CASE.md", none},
        {"_posts/2015-03-15-long.markdown", none},
        {"_posts/2015-03-13-html-post.html", none},
        {"a/b/_posts/2017-06-07-in-folders.md", frontMatter("categories: [Tech News, \"C++\", a]\n")},
        {"news/_posts/2016-05-19-x.md", frontMatter("categories: A b c?d\ncategory: \"Über Café\"\n")},
        {"_posts/2015-03-11-cats.md", frontMatter(u8"categories: [Ça Va, ça va, \"ÇA VA\", \"100%\"]\n")},
        {"_posts/2015-03-12-cat-hash.md", frontMatter("categories: [\"c#\", \"x y#z\"]\n")},
        {"_posts/2015-03-03-perm-slash.md", frontMatter("permalink: /custom/:title/\n")},
        {"_posts/2015-03-04-perm-noslash.md", frontMatter("permalink: /custom/:year/:title\n")},
        {"_posts/2015-03-05-perm-ext.md", frontMatter("permalink: /feed/:slug.xml\n")},
        {"_posts/2015-03-06-perm-literal.md", frontMatter("permalink: \"/a b/c%20d/\"\n")},
        {"_posts/2015-03-07-perm-dots.md", frontMatter("permalink: /../x/./y/..z/\n")},
        {"_posts/2015-03-08-perm-empty.md", frontMatter("permalink: \"\"\n")},
        {"_posts/2015-03-09-perm-underscore.md", frontMatter("permalink: /:year_:month_:day/:title\n")},
        {"_posts/2015-03-16-perm-unknown.md", frontMatter("permalink: /:nope/\n")},
        {"_posts/2015-03-17-perm-path.md", frontMatter("permalink: /:categories/:path/:name:output_ext\n")},
        {"_drafts/a draft.md", none},
        {"_drafts/2019-01-01-dated-draft.md", frontMatter("date: 2019-01-01 12:00:00 +0100\n")},
        {"x/_drafts/cat-draft.md", frontMatter("date: 2019-02-02 02:02:02 +0000\n")},
        {"index.md", none},
        {"about.md", none},
        {"about/index.html", none},
        {"about/team.md", none},
        {"docs/a/b/deep.md", none},
        {"docs/a/b/index.md", none},
        {"feed.xml", none},
        {"assets/main.scss", frontMatter("\n")},
        {"robots.txt", none},
        {"404.html", none},
        {"perm-page.md", frontMatter("permalink: /:path/:basename/x/\n")},
        {"perm-page2.md", frontMatter("permalink: /:title/\n")},
        {"perm-page3.md", frontMatter("permalink: /feed.json\n")},
        {"Page With Space.md", none},
        {u8"weird/ü dir/ü page.md", none},
        {"weird/dots..md", none},
        {"a:b.md", none},
        {"2016:x.md", none},
        {"_recipes/soup.md", frontMatter("date: 2019-05-05 10:00:00 +0000\n")},
        {u8"_recipes/sub dir/Pâté #2.md", frontMatter("categories: [Main, Side Dish]\ndate: 2019-05-06\n")},
        {"_recipes/2019-05-07-dated-recipe.md", none},
        {"_recipes/perm.md", frontMatter("date: 2019-05-08\npermalink: /rec/:title:output_ext\n")},
        {"_notes/n1.md", frontMatter("date: 2020-02-29 23:30:00 +0000\n")},
        {"_notes/deep/N2 100%.md", frontMatter("date: 2020-03-01 00:30:00 +0000\nslug: Other Slug\n")},
    };
}

// Many more posts, drafts and collection documents whose names, categories, slugs, dates and permalinks are
// drawn (with a fixed seed) from pieces Jekyll's slugify and escaping treat differently.
inline std::vector<std::pair<QString, QString>> generatedFiles() {
    const QStringList pieces = {"a",
                                "Z",
                                "x y",
                                u8"é",
                                QStringLiteral("E\u0301"),
                                u8"日本",
                                u8"ß",
                                u8"ẞ",
                                u8"İ",
                                u8"Σ",
                                u8"ﬁ",
                                "%",
                                "#",
                                "?",
                                "!",
                                "(",
                                ")",
                                "_",
                                ".",
                                "-",
                                "+",
                                "&",
                                "'",
                                "~",
                                "@",
                                "[",
                                "]",
                                ",",
                                ";",
                                "=",
                                "$",
                                "*",
                                ":",
                                " ",
                                u8"Ç",
                                "0",
                                "9",
                                u8"٣",
                                u8"Ⅻ",
                                u8"😀",
                                QStringLiteral("\u00A0"),
                                "..",
                                "/."};
    const QStringList placeholders = {":categories", ":slugified_categories",
                                      ":year",       ":month",
                                      ":i_month",    ":day",
                                      ":i_day",      ":short_year",
                                      ":y_day",      ":hour",
                                      ":minute",     ":second",
                                      ":title",      ":slug",
                                      ":name",       ":path",
                                      ":output_ext", ":collection",
                                      ":week",       ":w_year",
                                      ":w_day",      ":short_day",
                                      ":long_day",   ":short_month",
                                      ":long_month"};
    const QStringList offsets = {"", " +0000", " -0330", " +1245", " +0545", " -1100"};
    QRandomGenerator random(20161905);
    auto pick = [&random](const QStringList &from) { return from.at(random.bounded(int(from.size()))); };
    auto text = [&](int maxPieces, bool forPath) {
        QString out;
        const int count = 1 + random.bounded(maxPieces);
        for (int i = 0; i < count; ++i) {
            const QString piece = pick(pieces);
            if (!forPath || !piece.contains(QLatin1Char('/')))
                out += piece;
        }
        return out;
    };
    auto quoted = [](QString value) { return QLatin1Char('"') + value + QLatin1Char('"'); };
    std::vector<std::pair<QString, QString>> files;
    for (int i = 0; i < 90; ++i) {
        const QDate date(1999 + random.bounded(32), 1 + random.bounded(12), 1 + random.bounded(28));
        QString yaml;
        if (random.bounded(2)) {
            QStringList categories;
            for (int c = random.bounded(4); c > 0; --c)
                categories << quoted(text(3, false));
            yaml += QStringLiteral("categories: [%1]\n").arg(categories.join(", "));
        }
        if (random.bounded(3) == 0) {
            const QDateTime when(QDate(1999 + random.bounded(32), 1 + (i % 12), 1 + random.bounded(31 - 3)),
                                 QTime(random.bounded(24), random.bounded(60), random.bounded(60)));
            yaml += QStringLiteral("date: %1%2\n").arg(when.toString("yyyy-MM-dd HH:mm:ss"), pick(offsets));
        }
        if (random.bounded(4) == 0)
            yaml += QStringLiteral("slug: %1\n").arg(quoted(text(4, false)));
        if (random.bounded(4) == 0) {
            QString permalink;
            for (int p = 1 + random.bounded(4); p > 0; --p)
                permalink += QLatin1Char('/') + (random.bounded(3) ? pick(placeholders) : text(2, false));
            permalink += random.bounded(2) ? QStringLiteral("/") : QString();
            yaml += QStringLiteral("permalink: %1\n").arg(quoted(permalink));
        }
        const QString name = text(5, true) + QStringLiteral(".md");
        QString path;
        switch (i % 6) {
            case 0:
                path = QStringLiteral("c%1/_posts/").arg(text(2, true)) + date.toString("yyyy-MM-dd-") + name;
                break;
            case 1:
                path = QStringLiteral("_drafts/") + name;
                break;
            case 2:
                path = QStringLiteral("_recipes/d%1/").arg(text(2, true)) + name;
                break;
            case 3:
                path = QStringLiteral("_notes/") + date.toString("yyyy-MM-dd-") + name;
                break;
            default:
                path = QStringLiteral("_posts/") + date.toString("yyyy-MM-dd-") + name;
        }
        files.emplace_back(path, frontMatter(yaml.isEmpty() ? QStringLiteral("title: t\n") : yaml));
    }
    return files;
}

// Values for escape_path and slugify: URI syntax (`//`, `://`, `?`, `#`, `:`, ports, user info), percent
// signs, white space of several kinds, case pairs whose lower case differs in length, marks, digits of other
// scripts.
inline QStringList generatedStrings(int count) {
    // clang-format off
    const QStringList pieces = {
        "a", "Z", "http", "x1", "9", "0", ":80", "%41", "//", "//", "/", ":", "?", "#", "@", "@", "%", "%20", "[",
        "]", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", "-", "_", ".", "..", "~", " ", "\t", "\n", "\r",
        QStringLiteral("\u00A0"), QStringLiteral("\u3000"), "<", ">", "{", "}", "|", "^", "`", "\\", "\"", u8"é",
        QStringLiteral("e\u0301"), u8"İ", u8"Σ", u8"ẞ", u8"ß", u8"ﬁ", u8"Ǆ", u8"ǅ", u8"Ω", u8"日本", u8"٣", u8"Ⅻ",
        u8"½", u8"😀", u8"𝒜", QStringLiteral("\u200D"), u8"ก\u0E31", u8"ｶ", u8"Ａ"};
    // clang-format on
    QRandomGenerator random(4031);
    QStringList values;
    for (int i = 0; i < count; ++i) {
        QString value;
        for (int n = 1 + random.bounded(6); n > 0; --n)
            value += pieces.at(random.bounded(int(pieces.size())));
        values << value;
    }
    return values;
}

inline void writeFile(const QString &path, const QString &content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content.toUtf8());
}

inline void write(const Site &site, const QString &root) {
    QString config =
        QStringLiteral("show_drafts: true\nfuture: true\npermalink: \"%1\"\n").arg(site.permalink);
    if (!site.timeZone.isEmpty())
        config += QStringLiteral("timezone: %1\n").arg(site.timeZone);
    config += QStringLiteral("collections:\n");
    for (const QString &label :
         {QStringLiteral("posts"), QStringLiteral("recipes"), QStringLiteral("notes")}) {
        config += QStringLiteral("  %1:\n    output: true\n").arg(label);
        if (site.collectionPermalinks.contains(label))
            config += QStringLiteral("    permalink: \"%1\"\n").arg(site.collectionPermalinks.value(label));
    }
    if (!site.collectionsDir.isEmpty())
        config += QStringLiteral("collections_dir: \"%1\"\n").arg(site.collectionsDir);
    config += QStringLiteral("markdown_ext: \"%1\"\n").arg(site.markdownExt.join(QLatin1Char(',')));
    writeFile(root + "/_config.yml", config);
    std::vector<std::pair<QString, QString>> all = files();
    for (auto &file : generatedFiles())
        all.push_back(std::move(file));
    all.emplace_back("_posts/2015-03-18-plain-text.txt", frontMatter("title: t\n"));
    for (const auto &[path, content] : all) {
        // Posts, drafts and collections live in `collections_dir` (category folders too); pages do not.
        static const QRegularExpression inCollections(QStringLiteral("(^|/)_(posts|drafts|recipes|notes)/"));
        const bool moves = !site.collectionsDir.isEmpty() && inCollections.match(path).hasMatch();
        writeFile(
            root + QLatin1Char('/') + (moves ? site.collectionsDir + QLatin1Char('/') : QString()) + path,
            content);
    }
}

// The inputs as the site reader will hand them over; the date goes in as UTC so the class must apply the
// zone.
inline JekyllPermalink::Input inputFor(const Site &site, const QJsonObject &item) {
    using Kind = JekyllPermalink::Kind;
    JekyllPermalink::Input input;
    const QString kind = item.value("kind").toString();
    input.kind = kind == "page"    ? Kind::Page
                 : kind == "draft" ? Kind::Draft
                 : kind == "post"  ? Kind::Post
                                   : Kind::CollectionDocument;
    input.collection = item.value("collection").toString();
    input.relativePath = item.value("relative_path").toString();
    input.sitePermalink = site.permalink;
    if (site.collectionPermalinks.contains(input.collection))
        input.collectionPermalink = site.collectionPermalinks.value(input.collection);
    if (item.value("permalink").isString())
        input.permalink = item.value("permalink").toString();
    input.date = QDateTime::fromString(item.value("date").toString(), Qt::ISODateWithMs).toUTC();
    input.timeZone = site.timeZone.isEmpty() ? QTimeZone() : QTimeZone(site.timeZone.toUtf8());
    for (const QJsonValue &category : item.value("categories").toArray())
        input.categories << category.toString();
    if (item.value("slug").isString())
        input.slug = item.value("slug").toString();
    input.outputExt = item.value("output_ext").toString();
    return input;
}

}  // namespace JekyllUrlSites
