// How a picked image is written into a front-matter field: the way the site's other posts write that
// field, else the way this post's old value did.

#include <QtTest>

#include "site/fieldpathstyle.h"
#include "site/siteimagecatalog.h"
#include "testpaths.h"

namespace {

void writeFile(const QString &path, const QByteArray &bytes) {
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

}  // namespace

class TestFieldPathStyle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_site.isValid());
        for (const char *file : {"assets/images/a.jpg", "assets/images/b.jpg", "assets/img/posts/c.jpg",
                                 "assets/images/new.jpg", "assets/img/posts/new.jpg", "other/new.jpg"})
            writeFile(m_site.filePath(QLatin1String(file)), "x");
    }

    void learn_data() {
        QTest::addColumn<QString>("baseurl");
        QTest::addColumn<QStringList>("values");  // other posts', newest first
        QTest::addColumn<QString>("oldValue");
        QTest::addColumn<QString>("picked");
        QTest::addColumn<QString>("stored");  // empty: refused

        const QString picked = QStringLiteral("assets/images/new.jpg");
        QTest::newRow("no leading slash, as jasper2 writes cover")
            << QString() << QStringList{QStringLiteral("assets/images/a.jpg")} << QString() << picked
            << "assets/images/new.jpg";
        QTest::newRow("root-relative") << QString() << QStringList{QStringLiteral("/assets/images/a.jpg")}
                                       << QString() << picked << "/assets/images/new.jpg";
        QTest::newRow("the site's style wins over the old value's")
            << QString() << QStringList{QStringLiteral("assets/images/a.jpg")} << "/assets/images/b.jpg"
            << picked << "assets/images/new.jpg";
        QTest::newRow("site.baseurl tag")
            << "/blog" << QStringList{QStringLiteral("{{ site.baseurl }}/assets/images/a.jpg")} << QString()
            << picked << "{{ site.baseurl }}/assets/images/new.jpg";
        QTest::newRow("relative_url filter with its double quotes")
            << "/blog" << QStringList{QStringLiteral("{{ \"/assets/images/a.jpg\" | relative_url }}")}
            << QString() << picked << "{{ \"/assets/images/new.jpg\" | relative_url }}";
        QTest::newRow("baseurl written out")
            << "/blog/" << QStringList{QStringLiteral("/blog/assets/images/a.jpg")} << QString() << picked
            << "/blog/assets/images/new.jpg";
        QTest::newRow("bare name in the theme's folder")
            << QString() << QStringList{QStringLiteral("c.jpg")} << QString() << "assets/img/posts/new.jpg"
            << "new.jpg";
        QTest::newRow("bare name style refuses an image outside its folder")
            << QString() << QStringList{QStringLiteral("c.jpg")} << QString() << "other/new.jpg" << QString();
        QTest::newRow("the majority wins")
            << QString()
            << QStringList{QStringLiteral("/assets/images/a.jpg"), QStringLiteral("assets/images/a.jpg"),
                           QStringLiteral("assets/images/b.jpg")}
            << QString() << picked << "assets/images/new.jpg";
        QTest::newRow("a tie goes to the newest post")
            << QString()
            << QStringList{QStringLiteral("/assets/images/a.jpg"), QStringLiteral("assets/images/b.jpg")}
            << QString() << picked << "/assets/images/new.jpg";
        QTest::newRow("missing files, URLs and other Liquid teach nothing: old value without slash")
            << QString()
            << QStringList{QStringLiteral("/assets/gone.jpg"), QStringLiteral("https://example.com/a.jpg"),
                           QStringLiteral("{% asset a.jpg %}"), QStringLiteral("//cdn.example.com/a.jpg")}
            << "assets/old.jpg" << picked << "assets/images/new.jpg";
        QTest::newRow("no site values: old value's leading slash kept")
            << QString() << QStringList() << "/assets/old.jpg" << picked << "/assets/images/new.jpg";
        QTest::newRow("no site values, empty old value: leading slash")
            << QString() << QStringList() << QString() << picked << "/assets/images/new.jpg";
        QTest::newRow("no site values: old value's baseurl tag kept")
            << "/blog" << QStringList() << "{{ site.baseurl }}/gone.jpg" << picked
            << "{{ site.baseurl }}/assets/images/new.jpg";
        QTest::newRow("query and fragment ignored when checking the file")
            << QString() << QStringList{QStringLiteral("assets/images/a.jpg?v=2")} << QString() << picked
            << "assets/images/new.jpg";
    }

    void learn() {
        QFETCH(QString, baseurl);
        QFETCH(QStringList, values);
        QFETCH(QString, oldValue);
        QFETCH(QString, picked);
        QFETCH(QString, stored);
        const QStringList images{
            QStringLiteral("assets/images/a.jpg"),      QStringLiteral("assets/images/b.jpg"),
            QStringLiteral("assets/img/posts/c.jpg"),   QStringLiteral("assets/images/new.jpg"),
            QStringLiteral("assets/img/posts/new.jpg"), QStringLiteral("other/new.jpg")};
        const FieldPathStyle style = FieldPathStyle::learn(m_site.path(), baseurl, values, oldValue, images);
        const Result<QString> value = style.value(picked);
        QCOMPARE(value.ok(), !stored.isEmpty());
        if (value.ok())
            QCOMPARE(value.value(), stored);
        else
            QVERIFY2(value.error().contains(QStringLiteral("assets/img/posts")), qPrintable(value.error()));
    }

    void forSiteReadsTheFieldOfOtherPosts() {
        QTemporaryDir site;
        writeFile(site.filePath(QStringLiteral("_config.yml")), "baseurl: /blog\n");
        writeFile(site.filePath(QStringLiteral("assets/images/a.jpg")), "x");
        writeFile(site.filePath(QStringLiteral("_posts/2020-01-01-one.md")),
                  "---\ntitle: One\ncover: assets/images/a.jpg\nimage: /assets/images/a.jpg\n---\nBody\n");
        writeFile(site.filePath(QStringLiteral("_posts/2020-02-01-two.md")),
                  "---\ntitle: Two\ncover: assets/images/a.jpg\nheader:\n  image: "
                  "\"{{ site.baseurl }}/assets/images/a.jpg\"\n---\nBody\n");
        // The post being edited writes it otherwise; its own value must not count as the site's.
        const QString own = site.filePath(QStringLiteral("_posts/2020-03-01-own.md"));
        writeFile(own, "---\ncover: /assets/images/a.jpg\n---\n");
        const QString picked = QStringLiteral("assets/images/b.jpg");
        QCOMPARE(FieldPathStyle::forSite(site.path(), QStringLiteral("cover"), QStringLiteral("/x.jpg"), own)
                     .value(picked)
                     .value(),
                 QStringLiteral("assets/images/b.jpg"));
        QCOMPARE(FieldPathStyle::forSite(site.path(), QStringLiteral("image"), QString(), own)
                     .value(picked)
                     .value(),
                 QStringLiteral("/assets/images/b.jpg"));
        QCOMPARE(FieldPathStyle::forSite(site.path(), QStringLiteral("header.image"), QString(), own)
                     .value(picked)
                     .value(),
                 QStringLiteral("{{ site.baseurl }}/assets/images/b.jpg"));
        const FieldPathStyle none =
            FieldPathStyle::forSite(site.path(), QStringLiteral("teaser"), QStringLiteral("x.jpg"), own);
        QCOMPARE(none.votes(), 0);
        QCOMPARE(none.value(picked).value(), QStringLiteral("assets/images/b.jpg"));
    }

    // The real jasper2 site (../shared/corpus/sites): its posts write `cover: assets/images/x.jpg`.
    void learnsJasper2sCoverStyle() {
        const QString site = TestPaths::shared() + QStringLiteral("/corpus/sites/jasper2");
        QVERIFY2(QFileInfo(site + QStringLiteral("/_config.yml")).isFile(),
                 qPrintable(QStringLiteral("%1 is missing: set POSTWRIGHT_SHARED_DIR").arg(site)));
        QStringList images;
        for (const SiteImage &image : SiteImageCatalog::list(site, SiteImageCatalog::Order::ByFolder))
            images.append(image.relativePath);
        QVERIFY(images.contains(QStringLiteral("assets/images/sky.jpg")));
        const FieldPathStyle style = FieldPathStyle::forSite(site, QStringLiteral("cover"),
                                                             QStringLiteral("/old.jpg"), QString(), images);
        QCOMPARE(style.form(), FieldPathStyle::Form::SiteRelative);
        QVERIFY(style.votes() >= 5);
        QCOMPARE(style.value(QStringLiteral("assets/images/sky.jpg")).value(),
                 QStringLiteral("assets/images/sky.jpg"));
    }

private:
    QTemporaryDir m_site;
};

QTEST_GUILESS_MAIN(TestFieldPathStyle)
#include "tst_fieldpathstyle.moc"
