#include "site/jekylldefaults.h"
#include "site/postlocation.h"
#include "site/siteconfig.h"
#include "site/siteposts.h"
#include "site/siteroot.h"

#include "testpaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Creates `relative` (and its folders) under `root`, with `text`, and optionally a modification time.
QString touch(const QString &root, const QString &relative, const QByteArray &text = "x\n",
              const QDateTime &modified = {}) {
    const QString path = QDir(root).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    file.flush();  // a later flush would move the modification time set below
    if (modified.isValid() && !file.setFileTime(modified, QFileDevice::FileModificationTime))
        qFatal("cannot set the time of %s", qPrintable(path));
    return QFileInfo(path).absoluteFilePath();
}

QString canonical(const QString &path) {
    return QFileInfo(path).canonicalFilePath();
}

QString sampleBlog() {
    return TestPaths::sourceDir() + QStringLiteral("/resources/sample-blog");
}

}  // namespace

class TstSite : public QObject {
    Q_OBJECT

private slots:
    void siteRootMarkers_data();
    void siteRootMarkers();
    void siteRootFromPostDeepInside();
    void siteRootFromTheRootItself();
    void siteRootOfPathNotCreatedYet();
    void siteRootIsTheNearest();
    void siteRootOfACategoryFolder();
    void siteRootOfACategoryFolderInASiteWithoutRootPosts();
    void siteRootWithoutConfigUnderAnUnrelatedOne();
    void siteRootIsCanonical();
    void siteRootOutsideAnySite();

    void newPostPath_data();
    void newPostPath();
    void newPostPathWithoutDateIsToday();

    void postsNewestFirst();
    void postsSkipWhatJekyllSkips();
    void postsAcceptEveryPostExtension();
    void newestOfSiteWithoutPosts();

    void sampleBlogIsASiteWithPostsAndDefaults();
    void sampleBlogFrontMatterParses();
    void sampleBlogImagesExist();
};

void TstSite::siteRootMarkers_data() {
    QTest::addColumn<QString>("marker");
    QTest::addColumn<bool>("isFolder");
    QTest::addColumn<bool>("isSite");

    QTest::newRow("_config.yml") << "_config.yml" << false << true;
    QTest::newRow("_config.yaml") << "_config.yaml" << false << true;
    QTest::newRow("_config.toml") << "_config.toml" << false << true;
    QTest::newRow("_posts folder alone") << "_posts" << true << true;
    QTest::newRow("a file named _posts is no marker") << "_posts" << false << false;
    QTest::newRow("a folder named _config.yml is no marker") << "_config.yml" << true << false;
    QTest::newRow("config.yml without underscore") << "config.yml" << false << false;
}

void TstSite::siteRootMarkers() {
    QFETCH(QString, marker);
    QFETCH(bool, isFolder);
    QFETCH(bool, isSite);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString root = QDir(tmp.path()).filePath(QStringLiteral("site"));
    if (isFolder)
        QVERIFY(QDir().mkpath(QDir(root).filePath(marker)));
    else
        touch(root, marker);
    const QString post = touch(root, QStringLiteral("drafts-of-mine/post.md"));

    QCOMPARE(SiteRoot::isSiteRoot(root), isSite);
    QCOMPARE(SiteRoot::find(post), isSite ? canonical(root) : QString());
}

void TstSite::siteRootFromPostDeepInside() {
    QTemporaryDir tmp;
    touch(tmp.path(), QStringLiteral("_config.yml"), "title: Deep\n");
    const QString post = touch(tmp.path(), QStringLiteral("_posts/2019/travel/2019-05-01-a-trip.md"));
    QCOMPARE(SiteRoot::find(post), canonical(tmp.path()));
    QCOMPARE(SiteRoot::find(QFileInfo(post).absolutePath()), canonical(tmp.path()));
}

void TstSite::siteRootFromTheRootItself() {
    QTemporaryDir tmp;
    touch(tmp.path(), QStringLiteral("_config.yml"));
    QCOMPARE(SiteRoot::find(tmp.path()), canonical(tmp.path()));
    QCOMPARE(SiteRoot::find(tmp.path() + QStringLiteral("/")), canonical(tmp.path()));
}

void TstSite::siteRootOfPathNotCreatedYet() {
    QTemporaryDir tmp;
    touch(tmp.path(), QStringLiteral("_config.yml"));
    const QString future = QDir(tmp.path()).filePath(QStringLiteral("_posts/2030/2030-01-01-not-yet.md"));
    QVERIFY(!QFileInfo::exists(future));
    QCOMPARE(SiteRoot::find(future), canonical(tmp.path()));
}

void TstSite::siteRootIsTheNearest() {
    // A project whose docs/ folder is its own Jekyll site (GitHub Pages does this).
    QTemporaryDir tmp;
    touch(tmp.path(), QStringLiteral("_config.yml"));
    touch(tmp.path(), QStringLiteral("docs/_config.yml"));
    const QString post = touch(tmp.path(), QStringLiteral("docs/_posts/2020-02-02-inner.md"));
    QCOMPARE(SiteRoot::find(post), canonical(tmp.path() + QStringLiteral("/docs")));
}

void TstSite::siteRootOfACategoryFolder() {
    // Jekyll reads news/_posts/ as the site's posts (category `news`): they belong to the site above.
    QTemporaryDir tmp;
    touch(tmp.path(), QStringLiteral("_config.yml"));
    touch(tmp.path(), QStringLiteral("_posts/2020-02-01-root.md"));
    const QString post = touch(tmp.path(), QStringLiteral("news/_posts/2020-02-02-in-news.md"));
    QCOMPARE(SiteRoot::find(post), canonical(tmp.path()));
    QCOMPARE(SiteRoot::find(tmp.path() + QStringLiteral("/news/_drafts/new.md")), canonical(tmp.path()));
}

void TstSite::siteRootOfACategoryFolderInASiteWithoutRootPosts() {
    // A site whose posts all live in category folders: its root has the config and its layouts.
    QTemporaryDir tmp;
    touch(tmp.path(), QStringLiteral("_config.yml"));
    touch(tmp.path(), QStringLiteral("_layouts/post.html"));
    const QString post = touch(tmp.path(), QStringLiteral("news/_posts/2020-02-02-in-news.md"));
    QCOMPARE(SiteRoot::find(post), canonical(tmp.path()));
}

void TstSite::siteRootWithoutConfigUnderAnUnrelatedOne() {
    // A `_config.yml` in a folder without posts (the home folder, say) does not take in a site below it
    // that has posts but no config.
    QTemporaryDir tmp;
    touch(tmp.path(), QStringLiteral("_config.yml"));
    const QString post = touch(tmp.path(), QStringLiteral("blog/_posts/2020-02-02-mine.md"));
    QCOMPARE(SiteRoot::find(post), canonical(tmp.path() + QStringLiteral("/blog")));
}

void TstSite::siteRootIsCanonical() {
    QTemporaryDir tmp;
    const QString real = QDir(tmp.path()).filePath(QStringLiteral("real-site"));
    touch(real, QStringLiteral("_config.yml"));
    touch(real, QStringLiteral("_posts/2020-02-02-linked.md"));
    const QString link = QDir(tmp.path()).filePath(QStringLiteral("link-to-site"));
    QVERIFY(QFile::link(real, link));

    const QString found = SiteRoot::find(link + QStringLiteral("/_posts/../_posts/2020-02-02-linked.md"));
    QCOMPARE(found, canonical(real));
    QVERIFY(QFileInfo(found).isAbsolute());
}

void TstSite::siteRootOutsideAnySite() {
    QTemporaryDir tmp;
    const QString post = touch(tmp.path(), QStringLiteral("notes/loose-post.md"));
    QCOMPARE(SiteRoot::find(post), QString());
    QCOMPARE(SiteRoot::find(QString()), QString());
}

void TstSite::newPostPath_data() {
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QString>("path");

    QTest::newRow("post") << "/home/me/blog"
                          << "Hello, World" << QDate(2018, 9, 21) << false
                          << "/home/me/blog/_posts/2018-09-21-hello-world.md";
    QTest::newRow("month and day are zero-padded")
        << "/blog"
        << "New Year" << QDate(2020, 1, 5) << false << "/blog/_posts/2020-01-05-new-year.md";
    QTest::newRow("draft has no date")
        << "/blog"
        << "Hello, World" << QDate(2018, 9, 21) << true << "/blog/_drafts/hello-world.md";
    QTest::newRow("trailing slash on the root")
        << "/blog/"
        << "Hi" << QDate(2021, 12, 31) << false << "/blog/_posts/2021-12-31-hi.md";
    QTest::newRow("accented title") << "/blog" << u8"Größe über Alles" << QDate(2019, 8, 8) << false
                                    << "/blog/_posts/2019-08-08-grosse-uber-alles.md";
    QTest::newRow("title with nothing usable")
        << "/blog"
        << "???" << QDate(2019, 8, 8) << false << "/blog/_posts/2019-08-08-untitled.md";
}

void TstSite::newPostPath() {
    QFETCH(QString, root);
    QFETCH(QString, title);
    QFETCH(QDate, date);
    QFETCH(bool, draft);
    QFETCH(QString, path);
    QCOMPARE(PostLocation::newPostPath(root, title, date, draft), path);
}

void TstSite::newPostPathWithoutDateIsToday() {
    const QString before = QDate::currentDate().toString(Qt::ISODate);
    const QString path =
        PostLocation::newPostPath(QStringLiteral("/blog"), QStringLiteral("Now"), QDate(), false);
    const QString after = QDate::currentDate().toString(Qt::ISODate);
    // Two candidates so the test cannot fail when it runs across midnight.
    const QStringList expected{QStringLiteral("/blog/_posts/%1-now.md").arg(before),
                               QStringLiteral("/blog/_posts/%1-now.md").arg(after)};
    QVERIFY2(expected.contains(path), qPrintable(path));
}

void TstSite::postsNewestFirst() {
    QTemporaryDir tmp;
    const QString root = tmp.path();
    const QDateTime old(QDate(2001, 1, 1), QTime(12, 0));
    const QDateTime morning(QDate(2001, 1, 2), QTime(9, 0));
    const QDateTime evening(QDate(2001, 1, 2), QTime(21, 0));
    const QDateTime draftDay(QDate(2019, 6, 1), QTime(8, 0));

    const QString p2018 = touch(root, QStringLiteral("_posts/2018-09-21-older.md"), "x", evening);
    const QString p2020 = touch(root, QStringLiteral("_posts/2020-01-05-newest.md"), "x", old);
    const QString nested = touch(root, QStringLiteral("_posts/2019/2019-08-08-nested.markdown"), "x", old);
    // Same date in the name: the later modification comes first.
    const QString sameDayLate = touch(root, QStringLiteral("_posts/2019-03-14-b.md"), "x", evening);
    const QString sameDayEarly = touch(root, QStringLiteral("_posts/2019-03-14-a.md"), "x", morning);
    // One-digit month and day are dates too (Jekyll accepts them).
    const QString shortDate = touch(root, QStringLiteral("_posts/2019-7-4-short.md"), "x", old);
    // A draft counts from its modification day: 2019-06-01 sorts between July and March.
    const QString draft = touch(root, QStringLiteral("_drafts/idea.md"), "x", draftDay);

    const QStringList expected{p2020, nested, shortDate, draft, sameDayLate, sameDayEarly, p2018};
    QCOMPARE(SitePosts::list(root), expected);
    QCOMPARE(SitePosts::newest(root), p2020);
}

void TstSite::postsSkipWhatJekyllSkips() {
    QTemporaryDir tmp;
    const QString root = tmp.path();
    const QString kept = touch(root, QStringLiteral("_posts/2019-01-01-kept.md"));
    touch(root, QStringLiteral("_posts/.2019-01-02-hidden.md"));
    touch(root, QStringLiteral("_posts/_2019-01-03-underscore.md"));
    touch(root, QStringLiteral("_posts/#2019-01-04-autosave.md"));
    touch(root, QStringLiteral("_posts/2019-01-05-backup.md~"));
    touch(root, QStringLiteral("_posts/2019-01-06-notes.txt"));
    touch(root, QStringLiteral("_posts/2019-01-07-picture.png"));
    touch(root, QStringLiteral("_posts/_private/2019-01-08-in-skipped-folder.md"));
    touch(root, QStringLiteral("_posts/.git/2019-01-09-in-hidden-folder.md"));
    touch(root, QStringLiteral("posts/2019-01-10-wrong-folder.md"));
    touch(root, QStringLiteral("2019-01-11-at-root.md"));
    const QString elsewhere = touch(tmp.path(), QStringLiteral("outside/2019-01-12-elsewhere.md"));
    QVERIFY(QFile::link(elsewhere, QDir(root).filePath(QStringLiteral("_posts/2019-01-12-linked.md"))));

    QCOMPARE(SitePosts::list(root), QStringList{kept});
}

void TstSite::postsAcceptEveryPostExtension() {
    QTemporaryDir tmp;
    QStringList expected;
    int day = 28;
    for (const char *ext : {"md", "markdown", "mkdown", "mkdn", "mkd", "html", "MD", "Markdown"}) {
        const QString name = QStringLiteral("_posts/2019-02-%1-post.%2").arg(day--).arg(QLatin1String(ext));
        expected.append(touch(tmp.path(), name));
    }
    QCOMPARE(SitePosts::list(tmp.path()), expected);
}

void TstSite::newestOfSiteWithoutPosts() {
    QTemporaryDir tmp;
    touch(tmp.path(), QStringLiteral("_config.yml"));
    QVERIFY(SitePosts::list(tmp.path()).isEmpty());
    QCOMPARE(SitePosts::newest(tmp.path()), QString());
    QVERIFY(QDir(tmp.path()).mkpath(QStringLiteral("_posts")));
    QCOMPARE(SitePosts::newest(tmp.path()), QString());
}

void TstSite::sampleBlogIsASiteWithPostsAndDefaults() {
    const QString root = sampleBlog();
    QVERIFY2(QFileInfo(root).isDir(), qPrintable(root));
    const QStringList posts = SitePosts::list(root);
    QCOMPARE(posts.size(), 5);  // four posts and one draft
    QCOMPARE(posts.filter(QStringLiteral("/_drafts/")).size(), 1);
    for (const QString &post : posts)
        QCOMPARE(SiteRoot::find(post), canonical(root));

    const Result<SiteConfig> config = SiteConfig::load(root);
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QVERIFY(!config->title().isEmpty());
    const JekyllValue defaults =
        JekyllDefaults(config.value(), root).all(QStringLiteral("_posts/2020-01-01-new.md"), "posts");
    const JekyllValue *layout = defaults.find(QStringLiteral("layout"));
    QVERIFY(layout);
    QCOMPARE(layout->toFlowYaml(), QStringLiteral("post"));
    QVERIFY(defaults.find(QStringLiteral("author")));
}

void TstSite::sampleBlogFrontMatterParses() {
    // Each post opens with a front-matter block that is a YAML mapping with at least a title.
    const QStringList posts = SitePosts::list(sampleBlog());
    QVERIFY(!posts.isEmpty());
    for (const QString &post : posts) {
        QFile file(post);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.startsWith("---\n"), qPrintable(post));
        const qsizetype end = text.indexOf("\n---\n", 3);
        QVERIFY2(end > 0, qPrintable(post));
        const Result<SiteConfig> block = SiteConfig::fromText(text.mid(4, end - 3), post);
        QVERIFY2(block.ok(), qPrintable(block.error()));
        QVERIFY2(!block->title().isEmpty(), qPrintable(post));
    }
}

void TstSite::sampleBlogImagesExist() {
    // Covers and body images point at assets/images; every one must be there.
    static const QRegularExpression reference(QStringLiteral("/?(assets/images/[A-Za-z0-9._-]+)"));
    int references = 0;
    for (const QString &post : SitePosts::list(sampleBlog())) {
        QFile file(post);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = reference.globalMatch(text); it.hasNext(); ++references) {
            const QString image = QDir(sampleBlog()).filePath(it.next().captured(1));
            QVERIFY2(QFileInfo(image).isFile(), qPrintable(image));
            QVERIFY2(QFileInfo(image).size() < 64 * 1024, qPrintable(image));
        }
    }
    QVERIFY(references >= 3);
}

QTEST_GUILESS_MAIN(TstSite)
#include "tst_site.moc"
