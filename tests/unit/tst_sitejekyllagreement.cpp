// Agreement with the real Jekyll: generated and corpus sites are read by SiteReader and by Jekyll 4.3
// (tests/jekyll/site_oracle.rb); every document's kind, date, title, slug, tags, categories, draft,
// published, layout, whether Jekyll builds it and its URL (SiteScan::fillUrl, what `postwright list`
// prints) must agree, and so must site.tags / site.categories.

#include "sitegenerator.h"
#include "siteoracle.h"
#include "testpaths.h"

#include <QtTest>

#include <ctime>

class TestSiteJekyllAgreement : public QObject {
    Q_OBJECT

private:
    void expectAgreement(const QString &site, const QByteArray &tz) {
        const SiteOracle::Comparison result = SiteOracle::compare(site, tz);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        for (const QString &mismatch : result.mismatches.mid(0, 40))
            qWarning().noquote() << mismatch;
        qInfo().noquote() << QStringLiteral(
                                 "%1: %2 of %3 documents agree with Jekyll (URLs: %4 agree), %5 mismatches")
                                 .arg(site)
                                 .arg(result.agreeing)
                                 .arg(result.documents)
                                 .arg(result.urlsAgreeing)
                                 .arg(result.mismatches.size());
        QVERIFY(result.documents > 0);
        QCOMPARE(result.mismatches.size(), 0);
    }

    using Files = QVector<QPair<QString, QByteArray>>;

    static Files targetedSite(const QString &name) {
        if (name == QLatin1String("psych scalars")) {
            return {
                {"_config.yml", "timezone: Europe/Paris\n"},
                {"_posts/2020-01-01-yes.md", "---\npublished: yEs\ntitle: 0x1F\n---\n"},
                {"_posts/2020-01-02-no.md", "---\npublished: No\ntitle: 012\n---\n"},
                {"_posts/2020-01-03-off.md", "---\npublished: OFF\ntitle: 1:30\n---\n"},
                {"_posts/2020-01-04-on.md", "---\npublished: on\ntitle: 1_000\n---\n"},
                {"_posts/2020-01-05-null.md", "---\npublished: ~\ntitle: 3.\n---\n"},
                {"_posts/2020-01-06-text.md", "---\npublished: \"no\"\ntitle: .inf\n---\n"},
                {"_posts/2020-01-07-zero.md", "---\npublished: 0\ntitle: ~\n---\n"},
                {"_posts/2020-01-08-empty.md", "---\ntitle: \"\"\ndate: 2020-1-5\n---\n"},
                {"_posts/2020-01-09-y.md", "---\ntitle: y\ndate: 2020-01-05T10:20:30.5Z\n---\n"},
                {"_posts/2020-01-10-yes-title.md", "---\ntitle: yes\ndate: 2020-01-05 10:20:30 +2\n---\n"},
                {"_posts/2020-01-11-quoted.md", "---\ndate: '2020-01-05 10:20:30'\n---\n"},
                {"_posts/2020-01-12-zoneless.md", "---\ndate: 2020-01-05 10:20:30\n---\n"},
                {"_posts/2020-01-13-lists.md",
                 "---\ntags: [a, [b, c], ~]\ncategories: [2020, \"2020\", x]\n---\n"},
                {"_posts/2020-01-14-text-lists.md", "---\ntags: \"a  b\\tc\"\ncategory: [p, q]\n---\n"},
                {"_posts/2020-01-15-singular.md",
                 "---\ntag: x y\ncategory: one two\ncategories: three four\n---\n"},
                {"_posts/2020-01-16-float.md", "---\ntitle: 1.0e+3\ntags: [1.5, 2]\n---\n"},
                {"_posts/2020-01-17-merge.md",
                 "---\nbase: &b {title: Merged, layout: m}\n<<: *b\ntags: &t [u, v]\ncategories: *t\n---\n"},
                {"_posts/2020-01-18-dup.md", "---\ntitle: First\ntitle: Second\n---\n"},
                {"_posts/2020-02-30-bad-date-name.md", "---\ndate: 2020-03-01\n---\n"},
                {"_posts/2020-01-19-caps-slug-ÄBC-déf.md", "---\n---\nno title\n"},
                {"_posts/2020-01-20--lead--dash-.md", "---\n---\n"},
                {"_posts/2020-01-21-trailing-dot..md", "---\n---\n"},
                {"_posts/2020-01-22-no-front-matter.md", "just text\n"},
                {"_posts/2020-01-23-dots.closed.md", "---\ntitle: Dots\n...\nbody\n"},
                {"_posts/2020-01-24-crlf.md", "---\r\ntitle: CRLF\r\ntags: [a]\r\n---\r\nbody\r\n"},
                {"_posts/2020-01-25-bom.md", "\xEF\xBB\xBF---\ntitle: BOM\n---\n"},
                {"_posts/2020-01-26-fence-spaces.md", "---   \ntitle: Spaces\n---  \t\n"},
                {"_posts/2020-01-27-slug.md", "---\nslug: own-slug\n---\n"},
                {"_posts/2020-01-28-layout-null.md", "---\nlayout: ~\ntitle: false\n---\n"},
            };
        }
        if (name == QLatin1String("front matter Jekyll rejects")) {
            return {
                {"_config.yml",
                 "timezone: Asia/Kolkata\ndefaults:\n  - scope: {path: \"\"}\n    values: {tags: "
                 "[from-defaults], layout: d}\n"},
                {"_posts/2020-01-01-tab.md", "---\n\ttitle: Tab\n---\n"},
                {"_posts/2020-01-02-at.md", "---\ntitle: @x\n---\n"},
                {"_posts/2020-01-03-unclosed.md", "---\ntags: [a, b\n---\n"},
                {"_posts/2020-01-04-colon.md", "---\ntitle: a: b\n---\n"},
                {"_posts/2020-01-05-list.md", "---\n- a\n- b\n---\n"},
                {"_posts/2020-01-06-scalar.md", "---\njust words\n---\n"},
                {"_posts/2020-01-07-empty.md", "---\n---\n"},
                {"_posts/2020-01-08-never-closed.md", "---\ntitle: Open\n"},
                {"_posts/2020-01-09-symbol.md", "---\ntitle: :sym\n---\n"},
                {"_posts/2020-01-10-ruby-object.md", "---\ntitle: !ruby/object:Foo {}\n---\n"},
                {"_posts/2020-01-11-backtick.md", "---\ntitle: `x\n---\n"},
                {"_posts/2020-01-12-categories-number.md", "---\ncategories: 5\n---\n"},
                {"_drafts/broken-draft.md", "---\ntitle: [\n---\n"},
                {"news/_posts/2020-01-13-broken-in-category.md", "---\ntitle: {\n---\n"},
            };
        }
        if (name == QLatin1String("entry filter")) {
            return {
                {"_config.yml",
                 "exclude: [news, \"*.txt\", drafts/]\ninclude: [_pages, .well-known, \"#keep.md\"]\n"},
                {"newsletter.md", "---\ntitle: excluded by the prefix news\n---\n"},
                {"#temp.md", "---\n---\n"},
                {"#keep.md", "---\ntitle: included\n---\n"},
                {"~x.md", "---\n---\n"},
                {"x.md~", "---\n---\n"},
                {"trailing.", "---\n---\n"},
                {"a/_b/c.md", "---\n---\n"},
                {"_pages/p.md", "---\ntitle: P\n---\n"},
                {".well-known/w.md", "---\n---\n"},
                {"notes.txt", "---\n---\n"},
                {"docs/index.html", "---\n---\n"},
                {"docs/no-header.md", "title: none\n"},
                {"docs/late-header.md", "\n---\ntitle: late\n---\n"},
                {"Gemfile", "---\n---\n"},
                {"node_modules/m.md", "---\n---\n"},
                {"vendor/bundle/v.md", "---\n---\n"},
                {"_posts/_sub/2020-01-01-special.md", "---\n---\n"},
                {"_posts/a/_b/2020-01-01-accepted.md", "---\n---\n"},
                {"_posts/.hid/2020-01-01-hidden.md", "---\n---\n"},
                {"_posts/2020-01-01-noext", "---\n---\n"},
                {"_posts/notdated.md", "---\n---\n"},
                {"_posts/2020-01-02-text.txt", "---\ntitle: a text post\n---\n"},
                {"_posts/2020-01-03-no-fm.html", "<p>no front matter</p>\n"},
                {"_drafts/draft", "---\n---\n"},
                {"_drafts/d.md", "---\n---\n"},
                {"_drafts/in_posts_name.md", "---\n---\n"},
                {"news/_posts/2020-01-04-excluded-folder.md", "---\n---\n"},
                {"blog/_drafts/sub/2020-05-06-nested.md", "---\n---\n"},
                {"my_posts_x/_posts/2020-01-05-odd-category.md", "---\n---\n"},
            };
        }
        if (name == QLatin1String("collections_dir and collections")) {
            return {
                {"_config.yml",
                 "collections_dir: my_collections\ncollections:\n  recipes:\n    output: true\n  notes: {}\n"
                 "defaults:\n  - scope: {path: my_collections/_posts}\n    values: {layout: from-scope}\n"
                 "  - scope: {type: notes}\n    values: {published: false}\n"},
                {"_posts/2020-01-01-ignored.md", "---\n---\n"},
                {"my_collections/_posts/2020-01-02-read.md", "---\n---\n"},
                {"my_collections/cat/_posts/2020-01-03-in-cat.md", "---\n---\n"},
                {"my_collections/_drafts/draft.md", "---\n---\n"},
                {"my_collections/_recipes/2019-05-06-soup.md", "---\ntitle: Soup\n---\n"},
                {"my_collections/_recipes/sub/.dot/deep.md", "---\n---\n"},
                {"my_collections/_recipes/_under.md", "---\n---\n"},
                {"my_collections/_recipes/static.md", "no header\n"},
                {"my_collections/_notes/n.md", "---\npublished: true\n---\n"},
                {"my_collections/_notes/m.md", "---\n---\n"},
                {"page.md", "---\n---\n"},
            };
        }
        if (name == QLatin1String("tag and category keys from the defaults and the post")) {
            // Each post sets one or none of tag/tags/category/categories (or a nil or false one) while
            // the defaults give others: which of the merged keys Jekyll reads (TermRename relies on it).
            return {
                {"_config.yml",
                 "defaults:\n"
                 "  - scope: {path: \"\"}\n    values: {tag: dtag, category: dcat, categories: [dc1, dc2]}\n"
                 "  - scope: {path: plural}\n    values: {tag: ~, tags: [dtags], category: false}\n"
                 "  - scope: {path: news}\n    values: {tags: news-words here}\n"
                 "  - scope: {path: \"*/_drafts\"}\n    values: {tag: globbed}\n"},
                {"_posts/2020-01-01-own-tags.md", "---\ntags: [own]\n---\n"},
                {"_posts/2020-01-02-nil-tag.md", "---\ntag: ~\ntags: [own]\n---\n"},
                {"_posts/2020-01-03-false-tag.md", "---\ntag: false\ntags: [own]\ncategory: ~\n---\n"},
                {"_posts/2020-01-04-own-categories.md", "---\ncategories: [own]\ncategory: false\n---\n"},
                {"_posts/2020-01-05-own-category.md", "---\ncategory: own\n---\n"},
                {"_posts/2020-01-06-string-categories.md", "---\ncategories: a b\n---\n"},
                {"plural/_posts/2020-01-07-none.md", "---\ntitle: T\n---\n"},
                {"plural/_posts/2020-01-08-own-tag.md", "---\ntag: own\ncategory: own\n---\n"},
                {"plural/_posts/2020-01-09-nil-tags.md", "---\ntags: ~\ncategories: ~\n---\n"},
                {"newsroom/_posts/2020-01-10-prefix.md", "---\ntag: false\n---\n"},
                {"news/_drafts/globbed.md", "---\ntags: [own]\n---\n"},
            };
        }
        // "defaults precedence"
        return {
            {"_config.yml",
             "defaults:\n"
             "  - values: {layout: everywhere, tags: a b}\n"
             "  - scope: {path: news}\n    values: {layout: news, categories: from-news}\n"
             "  - scope: {path: news, type: posts}\n    values: {layout: typed-news}\n"
             "  - scope: {path: \"news/_posts/*\"}\n    values: {author: globbed, published: false}\n"
             "  - scope: {type: page}\n    values: {layout: page, published: false, title: Default title}\n"
             "  - scope: {path: \"_posts\", type: post}\n    values: {tags: [t1], date: 2019-01-01 10:00:00 "
             "+0100}\n"},
            {"_posts/2020-01-01-root.md", "---\ntitle: Root\n---\n"},
            {"_posts/2020-01-02-own-tags.md", "---\ntags: own\n---\n"},
            {"news/_posts/2020-01-03-news.md", "---\ncategories: [x]\n---\n"},
            {"news/_posts/2020-01-04-published.md", "---\npublished: true\n---\n"},
            {"newsroom/_posts/2020-01-05-prefix.md", "---\n---\n"},
            {"about.md", "---\n---\n"},
            {"news/index.md", "---\ntitle: Own title\n---\n"},
        };
    }

    // One site per permalink setting, with what feeds a URL: folder categories, non-ASCII names and titles,
    // front-matter `slug` and `permalink` (empty, null, with an extension, with an unknown placeholder),
    // drafts, a collection with `output` and `permalink`, one taking its permalink from the defaults,
    // pages that are not HTML. `collectionsDir` moves the documents under that folder.
    static Files urlSite(const QString &permalink, const QString &collectionsDir,
                         const QString &postsPermalink) {
        QString config = QStringLiteral("timezone: Pacific/Auckland\n");
        if (!permalink.isEmpty())
            config += QStringLiteral("permalink: %1\n").arg(permalink);
        if (!collectionsDir.isEmpty())
            config += QStringLiteral("collections_dir: %1\n").arg(collectionsDir);
        config += QStringLiteral("collections:\n");
        if (!postsPermalink.isEmpty())
            config += QStringLiteral("  posts:\n    permalink: %1\n").arg(postsPermalink);
        config += QStringLiteral(
            "  recipes:\n    output: true\n    permalink: /food/:path:output_ext\n"
            "  notes: {output: true}\n"
            "  things: {output: true, permalink: ~}\n"
            "defaults:\n"
            "  - scope: {type: notes}\n    values: {permalink: /notes/:title/}\n"
            "  - scope: {path: docs}\n    values: {permalink: /documentation/:basename/}\n");
        const Files documents = {
            {"_posts/2020-03-04-plain-post.md", "---\ntitle: Plain\n---\n"},
            {"_posts/2020-03-05-Ünïcode-Ärger.md", "---\ntitle: Ça va? Ünïcode!\n---\n"},
            {"news/_posts/2021-12-31-in-news.md", "---\ncategories: [Local News, news, Ça]\n---\n"},
            {"news/deep/_posts/2019-07-08-deep.markdown", "---\ncategory: X y\n---\n"},
            {"_posts/2020-04-01-own-slug.md", "---\nslug: Mon Slug Été\n---\n"},
            {"_posts/2020-04-02-own-permalink.md", "---\npermalink: /fixed/:year/:title.html\n---\n"},
            {"_posts/2020-04-03-permalink-folder.md", "---\npermalink: /p/:slug/\n---\n"},
            {"_posts/2020-04-04-empty-permalink.md", "---\npermalink: \"\"\n---\n"},
            {"_posts/2020-04-05-null-permalink.md", "---\npermalink: ~\n---\n"},
            {"_posts/2020-04-05-false-permalink.md", "---\npermalink: false\n---\n"},
            {"_posts/2020-04-06-unknown-placeholder.md", "---\npermalink: /:nope/\n---\n"},
            {"_posts/2020-04-07-late.md", "---\ndate: 2020-04-07 23:30:00 -0800\n---\n"},
            {"_posts/2020-04-08-html-post.html", "---\n---\n"},
            {"_posts/2020-04-09-dots.v1.2.md", "---\n---\n"},
            {"_posts/2020-04-10-spaces and (parens) & more.md", "---\ntitle: Odd\n---\n"},
            {"_drafts/a-draft.md", "---\ntitle: Draft\n---\n"},
            {"_drafts/2020-05-01-dated-draft.md", "---\ncategories: d\n---\n"},
            {"_recipes/soup.md", "---\ntitle: Soup\n---\n"},
            {"_recipes/sub/Crème Brûlée.md", "---\n---\n"},
            {"_recipes/2019-01-02-dated.md", "---\npermalink: /r/:name/\n---\n"},
            {"_notes/Ünïcode note.md", "---\n---\n"},
            {"_things/no-pattern.md", "---\n---\n"},
            {"_things/own-pattern.md", "---\npermalink: /t/:name/\n---\n"},
        };
        Files files{{"_config.yml", config.toUtf8()}};
        for (const auto &file : documents) {
            const QString &path = file.first;
            files.append(
                {collectionsDir.isEmpty() ? path : collectionsDir + QLatin1Char('/') + path, file.second});
        }
        files += Files{
            {"about.md", "---\ntitle: About\n---\n"}, {"Ünïcode page.md", "---\n---\n"},
            {"docs/index.md", "---\n---\n"},          {"docs/guide.html", "---\npermalink: /guide/\n---\n"},
            {"blog/index.html", "---\n---\n"},        {"feed.xml", "---\n---\n"},
            {"assets/style.scss", "---\n---\n"},
        };
        return files;
    }

    static bool writeSite(const QString &root, const Files &files) {
        for (const auto &file : files) {
            const QString path = root + QLatin1Char('/') + file.first;
            QFile out(path);
            if (!QDir().mkpath(QFileInfo(path).path()) || !out.open(QIODevice::WriteOnly) ||
                out.write(file.second) != file.second.size())
                return false;
        }
        return true;
    }

private slots:
    void initTestCase() {
        // The process's zone is the site's when its _config.yml sets none; Jekyll gets the same TZ.
        qputenv("TZ", "America/New_York");
        tzset();
    }

    void generatedSiteAgrees_data() {
        QTest::addColumn<int>("posts");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QString>("timezone");
        QTest::addColumn<QString>("permalink");
        QTest::newRow("2000 posts, Europe/Berlin")
            << 2000 << 1u << QStringLiteral("Europe/Berlin") << QString();
        QTest::newRow("300 posts, Asia/Tokyo") << 300 << 2u << QStringLiteral("Asia/Tokyo") << QString();
        QTest::newRow("300 posts, no timezone: the process's (America/New_York)")
            << 300 << 3u << QString() << QString();
        QTest::newRow("300 posts, UTC") << 300 << 4u << QStringLiteral("UTC") << QString();
        QTest::newRow("300 posts, Australia/Adelaide, permalink pretty")
            << 300 << 5u << QStringLiteral("Australia/Adelaide") << QStringLiteral("pretty");
        QTest::newRow("300 posts, America/Los_Angeles, permalink /:categories/:title/")
            << 300 << 6u << QStringLiteral("America/Los_Angeles") << QStringLiteral("/:categories/:title/");
    }

    void generatedSiteAgrees() {
        QFETCH(int, posts);
        QFETCH(quint32, seed);
        QFETCH(QString, timezone);
        QFETCH(QString, permalink);
        QTemporaryDir dir;
        SiteGenerator::Options options;
        options.permalink = permalink;
        options.posts = posts;
        options.seed = seed;
        options.timezone = timezone;
        options.bodyWords = 20;
        QVERIFY(SiteGenerator::write(dir.path(), options));
        expectAgreement(dir.path(), "America/New_York");
    }

    void targetedSiteAgrees_data() {
        QTest::addColumn<QString>("site");
        for (const char *name : {"psych scalars", "front matter Jekyll rejects", "entry filter",
                                 "collections_dir and collections", "defaults precedence",
                                 "tag and category keys from the defaults and the post"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void targetedSiteAgrees() {
        QFETCH(QString, site);
        QTemporaryDir dir;
        QVERIFY(writeSite(dir.path(), targetedSite(site)));
        expectAgreement(dir.path(), "America/New_York");
    }

    void urlSiteAgrees_data() {
        QTest::addColumn<QString>("permalink");
        QTest::addColumn<QString>("collectionsDir");
        QTest::addColumn<QString>("postsPermalink");
        QTest::newRow("no permalink (date)") << QString() << QString() << QString();
        QTest::newRow("permalink pretty") << QStringLiteral("pretty") << QString() << QString();
        QTest::newRow("permalink /:categories/:title/")
            << QStringLiteral("/:categories/:title/") << QString() << QString();
        QTest::newRow("permalink none") << QStringLiteral("none") << QString() << QString();
        QTest::newRow("permalink /:year/:i_month/:slug:output_ext")
            << QStringLiteral("/:year/:i_month/:slug:output_ext") << QString() << QString();
        QTest::newRow("permalink ordinal, documents under collections_dir")
            << QStringLiteral("ordinal") << QStringLiteral("stuff") << QString();
        QTest::newRow("collections.posts.permalink over permalink weekdate")
            << QStringLiteral("weekdate") << QString() << QStringLiteral("/blog/:categories/:slug/");
        QTest::newRow("collections.posts.permalink under collections_dir")
            << QStringLiteral("pretty") << QStringLiteral("stuff") << QStringLiteral("/b/:name:output_ext");
    }

    void urlSiteAgrees() {
        QFETCH(QString, permalink);
        QFETCH(QString, collectionsDir);
        QFETCH(QString, postsPermalink);
        QTemporaryDir dir;
        QVERIFY(writeSite(dir.path(), urlSite(permalink, collectionsDir, postsPermalink)));
        expectAgreement(dir.path(), "America/New_York");
    }

    void pageWithEmptyPermalinkHasNoUrl() {
        // Jekyll stops the whole read on it, so the oracle cannot list it with the others.
        QTemporaryDir dir;
        QVERIFY(writeSite(dir.path(), {{"_config.yml", "title: t\n"},
                                       {"about.md", "---\n---\n"},
                                       {"blog/empty.md", "---\npermalink: \"\"\n---\n"}}));
        QString error;
        SiteOracle::runOracle(dir.path(), "America/New_York", &error);
        QVERIFY2(error.contains(QLatin1String("Invalid permalink")), qPrintable(error));
        const SiteScan scan = SiteScan::read(dir.path());
        QCOMPARE(scan.documents().size(), 2);
        for (const SitePost &page : scan.documents()) {
            if (page.relativePath == QLatin1String("about.md")) {
                QCOMPARE(page.url, QStringLiteral("/about.html"));
                continue;
            }
            QCOMPARE(page.relativePath, QStringLiteral("blog/empty.md"));
            QVERIFY(page.url.isEmpty());
            QCOMPARE(page.problems.size(), 1);
            QVERIFY2(page.problems.first().message.contains(QLatin1String("empty permalink")),
                     qPrintable(page.problems.first().message));
        }
    }

    void corpusSiteAgrees_data() {
        QTest::addColumn<QString>("site");
        QTest::newRow("jasper2") << TestPaths::shared() + QStringLiteral("/corpus/sites/jasper2");
        QTest::newRow("minima") << TestPaths::shared() + QStringLiteral("/corpus/sites/minima");
    }

    void corpusSiteAgrees() {
        QFETCH(QString, site);
        QVERIFY2(QFileInfo(site).isDir(), qPrintable(site));
        expectAgreement(site, "America/New_York");
    }
};

QTEST_GUILESS_MAIN(TestSiteJekyllAgreement)
#include "tst_sitejekyllagreement.moc"
