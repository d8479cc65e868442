#include <QDirIterator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include "post/post.h"
#include "post/postfile.h"
#include "site/newpost.h"
#include "site/siteshape.h"
#include "testpaths.h"

class TestSiteShape : public QObject {
    Q_OBJECT

private slots:
    void learnsKeysKindsAndCommonValues() {
        const QVector<Post> posts{
            Post::fromText("---\nlayout: post\ntitle: A\ntags: [a]\nauthor: ann\nnavigation: True\n---\n"),
            Post::fromText("---\nlayout: post\ntitle: B\ntags: b\nauthor: bob\nnavigation: True\n---\n"),
            Post::fromText("---\nlayout: post\ntitle: C\ntags:\n  - c\nauthor: cy\nmath: true\n---\n"),
            Post::fromText("---\nlayout: page\ntitle: D\ntags: [d, e]\nauthor:\n---\n"),
            Post::fromText("+++\ntitle = 'toml is skipped'\n+++\n"),
            Post::fromText("---\ntitle: [broken\n---\n"),
        };
        const SiteShape shape = SiteShape::learn(posts);
        QCOMPARE(shape.postsLearnedFrom(), 4);
        QCOMPARE(shape.key("layout")->posts, 4);
        QCOMPARE(shape.key("layout")->commonValue, QByteArray("post"));
        QCOMPARE(shape.key("tags")->kind, FieldEntry::Kind::Sequence);  // 3 of 4 write a list
        QVERIFY(shape.key("tags")->commonValue.isEmpty());
        QCOMPARE(shape.key("author")->kind, FieldEntry::Kind::Scalar);  // an empty `author:` is not the kind
        QVERIFY(shape.key("author")->commonValue.isEmpty());
        QCOMPARE(shape.key("navigation")->scalarType, ScalarType::Bool);
        QVERIFY(!shape.key("missing"));

        // Carried by more than half: layout, tags, author (title is each post's own). navigation (2 of 4) is
        // not.
        const QVector<QPair<QString, QString>> fields = shape.newPostFields();
        QCOMPARE(fields,
                 (QVector<QPair<QString, QString>>{{"layout", "post"}, {"tags", "[]"}, {"author", ""}}));
    }

    // A new post starts with the fields its siblings carry; `_config.yml` defaults win where both give one.
    void newPostTakesTheSiteShape() {
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write("_config.yml",
              "defaults:\n  - scope: {type: posts}\n    values: {comments: true, layout: single}\n");
        write("_posts/2020-01-01-a.md", "---\nlayout: post\ntitle: A\ncover: a.jpg\nnavigation: True\n---\n");
        write("_posts/2020-01-02-b.md", "---\nlayout: post\ntitle: B\ncover: b.jpg\nnavigation: True\n---\n");
        write("_posts/2020-01-03-c.md", "---\nlayout: post\ntitle: C\nnavigation: True\n---\n");
        NewPost::Options options;
        options.title = "Fresh";
        options.date = QDate(2024, 1, 5);
        const Result<QString> created = NewPost::create(dir.path(), options);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QFile file(created.value());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("---\nlayout: single\ncover:\nnavigation: True\ncomments: true\n"
                                            "title: Fresh\ndate: 2024-01-05\n---\n\n"));
    }

    // The defaults a new post gets are the ones Jekyll applies where the file lands (JekyllDefaults): scope
    // paths are string prefixes, globs match what is on disk, drafts are documents of the posts collection.
    void newPostGetsTheDefaultsOfWhereItLands_data() {
        QTest::addColumn<QByteArray>("scope");
        QTest::addColumn<bool>("draft");
        QTest::addColumn<bool>("applies");
        QTest::newRow("_posts scope, a post") << QByteArray("{path: _posts}") << false << true;
        QTest::newRow("_posts scope, a draft") << QByteArray("{path: _posts}") << true << false;
        QTest::newRow("_drafts scope, a draft") << QByteArray("{path: _drafts}") << true << true;
        QTest::newRow("type posts, a draft") << QByteArray("{type: posts}") << true << true;
        QTest::newRow("type drafts never applies") << QByteArray("{type: drafts}") << true << false;
        QTest::newRow("a prefix of the folder applies: _post")
            << QByteArray("{path: _post}") << false << true;
        QTest::newRow("a leading slash never matches") << QByteArray("{path: /_posts}") << false << false;
        QTest::newRow("a glob matching the folder") << QByteArray("{path: \"_p*s\"}") << false << true;
        QTest::newRow("a glob matching another folder") << QByteArray("{path: \"_d*s\"}") << false << false;
    }
    void newPostGetsTheDefaultsOfWhereItLands() {
        QFETCH(QByteArray, scope);
        QFETCH(bool, draft);
        QFETCH(bool, applies);
        QTemporaryDir dir;
        QFile config(dir.filePath("_config.yml"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("defaults:\n  - scope: " + scope + "\n    values: {author: Mara}\n");
        config.close();
        QVERIFY(QDir(dir.path()).mkpath("_posts"));
        QVERIFY(QDir(dir.path()).mkpath("_drafts"));
        NewPost::Options options;
        options.title = "Fresh";
        options.draft = draft;
        const Result<QString> created = NewPost::create(dir.path(), options);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        const Post post = PostFile::load(created.value()).value();
        QCOMPARE(post.scalar("author"), applies ? QStringLiteral("Mara") : QString());
        QCOMPARE(post.field("layout") != nullptr,
                 !applies);  // `layout: post` only when nothing else is given
    }

    // Dated now, a new post takes the offset of the site's `timezone` (as Jekyll dates it), not the
    // system's; the file name carries the site's date.
    void newPostIsDatedInTheSiteTimeZone_data() {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("UTC+14") << QByteArray("Pacific/Kiritimati");
        QTest::newRow("UTC-11") << QByteArray("Pacific/Pago_Pago");
    }
    void newPostIsDatedInTheSiteTimeZone() {
        QFETCH(QByteArray, zone);
        QTemporaryDir dir;
        QFile config(dir.filePath("_config.yml"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("timezone: " + zone + "\n");
        config.close();
        NewPost::Options options;
        options.title = "Now";
        const QDate before = QDateTime::currentDateTime().toTimeZone(QTimeZone(zone)).date();
        const Result<QString> created = NewPost::create(dir.path(), options);
        const QDate after = QDateTime::currentDateTime().toTimeZone(QTimeZone(zone)).date();
        QVERIFY2(created.ok(), qPrintable(created.error()));
        const Post post = PostFile::load(created.value()).value();
        const int offset = QTimeZone(zone).offsetFromUtc(QDateTime::currentDateTime());
        const QString suffix = QStringLiteral(" %1%2%3")
                                   .arg(offset < 0 ? '-' : '+')
                                   .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                   .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
        const QString written = post.scalar("date");
        QVERIFY2(written.endsWith(suffix), qPrintable(written + " has not " + suffix));
        const QString name = QFileInfo(created.value()).fileName();
        QVERIFY2(
            name.startsWith(before.toString(Qt::ISODate)) || name.startsWith(after.toString(Qt::ISODate)),
            qPrintable(name));
        QVERIFY2(written.startsWith(name.left(10)), qPrintable(written + " in " + name));
    }

    // A key written twice in one post (Jekyll keeps the last) counts that post once.
    void duplicateKeysCountOnce() {
        const QVector<Post> posts{
            Post::fromText("---\nlayout: post\nx: 1\nx: 2\nx: 3\n---\n"),
            Post::fromText("---\nlayout: post\n---\n"),
            Post::fromText("---\nlayout: post\n---\n"),
            Post::fromText("---\nlayout: post\n---\n"),
        };
        const SiteShape shape = SiteShape::learn(posts);
        QCOMPARE(shape.key("x")->posts, 1);
        QCOMPARE(shape.newPostFields(), (QVector<QPair<QString, QString>>{{"layout", "post"}}));
    }

    void emptySite() {
        const SiteShape shape = SiteShape::learn({});
        QCOMPARE(shape.postsLearnedFrom(), 0);
        QVERIFY(shape.newPostFields().isEmpty());
    }

    // The Jasper2 theme's posts: a new post gets the fields its siblings have.
    void jasper2() {
        REQUIRE_SHARED_DIR("/corpus/sites/jasper2/_posts");
        QVector<Post> posts;
        for (QDirIterator it(TestPaths::shared() + "/corpus/sites/jasper2/_posts", QDir::Files);
             it.hasNext();)
            posts.append(PostFile::load(it.next()).value());
        QStringList names;
        for (const auto &[name, yaml] : SiteShape::learn(posts).newPostFields())
            names << name + ": " + yaml;
        QCOMPARE(names, (QStringList{"layout: post", "current: post", "cover: ", "navigation: True",
                                     "tags: []", "class: post-template", "subclass: 'post'", "author: "}));
    }
};

QTEST_GUILESS_MAIN(TestSiteShape)
#include "tst_siteshape.moc"
