// The sample blog (resources/sample-blog) is a real site with its own small theme: Debian's Jekyll builds it
// in safe mode (no plugins, no Gemfile), its posts wear the post layout with the front-matter fields the
// sample posts use, its Sass compiles, and building it writes nothing into the source folder.

#include "testpaths.h"

#include "post/post.h"
#include "spelling/spellinglanguage.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString sampleBlog() {
    return TestPaths::sourceDir() + QStringLiteral("/resources/sample-blog");
}

// Every file and folder under `root` (hidden ones too) with its size and modification time.
QStringList snapshot(const QString &root) {
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        entries.append(QStringLiteral("%1 %2 %3")
                           .arg(QDir(root).relativeFilePath(info.filePath()))
                           .arg(info.size())
                           .arg(info.lastModified().toMSecsSinceEpoch()));
    }
    entries.sort();
    return entries;
}

QByteArray read(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TstSampleBlog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_site;  // the built site
    QStringList m_sourceBefore;
    QByteArray m_log;

    QByteArray page(const QString &relative) const { return read(m_site + QLatin1Char('/') + relative); }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(sampleBlog() + QStringLiteral("/_config.yml")).isFile(), qPrintable(sampleBlog()));
        const QString jekyll = QStandardPaths::findExecutable(QStringLiteral("jekyll"));
        QVERIFY2(!jekyll.isEmpty(),
                 "jekyll is not installed (Debian package jekyll; `make deps` installs it)");
        m_sourceBefore = snapshot(sampleBlog());
        m_site = m_dir.filePath(QStringLiteral("_site"));

        QProcess process;
        process.setWorkingDirectory(m_dir.path());  // nothing relative may land in the source
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(jekyll, {QStringLiteral("build"), QStringLiteral("--safe"),
                               QStringLiteral("--disable-disk-cache"), QStringLiteral("-s"), sampleBlog(),
                               QStringLiteral("-d"), m_site});
        QVERIFY(process.waitForFinished(300000));
        m_log = process.readAll();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, m_log.constData());
    }

    void buildWritesNothingIntoTheSource() {
        QCOMPARE(snapshot(sampleBlog()), m_sourceBefore);
        for (const char *generated : {".jekyll-cache", ".sass-cache", "_site", ".jekyll-metadata"})
            QVERIFY2(!QFileInfo::exists(sampleBlog() + QLatin1Char('/') + QLatin1String(generated)),
                     generated);
    }

    void buildHasNoWarnings() {
        QVERIFY2(!m_log.contains("Warning") && !m_log.contains("Error"), m_log.constData());
    }

    // Each post page: the site header linking home, the post title, the meta line, the content element, and
    // the cover the post's front matter names the way its theme of origin does.
    void postPagesWearThePostLayout_data() {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QByteArray>("title");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::addColumn<QByteArrayList>("absent");
        QTest::newRow("cover: and tags (Jasper's fields)")
            << QStringLiteral("2018/09/21/sharpening-a-hand-plane/index.html")
            << QByteArray("Sharpening a Hand Plane Without Losing a Weekend")
            << QByteArrayList{"<img src=\"/assets/images/workbench-cover.jpg\"",
                              "<li class=\"tag\">Hand Tools</li>", "<li class=\"tag\">sharpening</li>",
                              "21 September 2018"}
            << QByteArrayList{"<figcaption>"};
        QTest::newRow("header.image with its caption and last_modified_at (Minimal Mistakes' fields)")
            << QStringLiteral("2019/03/14/tracking-humidity-in-the-shop/index.html")
            << QByteArray("Tracking Humidity in the Shop: A Winter of Readings")
            << QByteArrayList{"<img src=\"/assets/images/humidity-header.jpg\"",
                              "<figcaption>Readings taken every ten minutes from December to "
                              "March</figcaption>",
                              "updated <time datetime=\"2019-04-02T09:30:00+02:00\">",
                              "in Shop, Measurements", "<li class=\"tag\">python</li>"}
            << QByteArrayList{};
        QTest::newRow("image.path and image.alt (Chirpy's fields)")
            << QStringLiteral("2019/08/08/a-plain-text-cut-list/index.html")
            << QByteArray("A Plain-Text Cut List for Small Furniture")
            << QByteArrayList{"<img src=\"/assets/images/cut-list.jpg\" alt=\"A cut list written out by hand "
                              "before it moved into a text file.\"",
                              "<li class=\"tag\">yaml</li>"}
            << QByteArrayList{"<figcaption>"};
        QTest::newRow("a title and a date only: no cover, no tags")
            << QStringLiteral("2020/01/05/first-frost/index.html") << QByteArray("First Frost")
            << QByteArrayList{"5 January 2020"} << QByteArrayList{"post-cover", "class=\"tags\""};
    }
    void postPagesWearThePostLayout() {
        QFETCH(QString, page);
        QFETCH(QByteArray, title);
        QFETCH(QByteArrayList, expected);
        QFETCH(QByteArrayList, absent);
        const QByteArray html = this->page(page);
        QVERIFY2(!html.isEmpty(), qPrintable(page));
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("<link rel=\"stylesheet\" href=\"/assets/css/style.css\">"));
        QVERIFY(html.contains("<a class=\"site-title\" rel=\"author\" href=\"/\">Workbench Notes</a>"));
        QVERIFY(html.contains("<h1 class=\"post-title\">" + title + "</h1>"));
        QVERIFY(html.contains("<p class=\"post-meta\">"));
        QVERIFY(html.contains("<footer class=\"site-footer\">"));
        // The converted Markdown sits inside the content element, after the post's header.
        const qsizetype content = html.indexOf("<div class=\"post-content\">");
        QVERIFY(content > html.indexOf("<header class=\"post-header\">"));
        QVERIFY(html.indexOf("<p>", content) > content);
        for (const QByteArray &text : expected)
            QVERIFY2(html.contains(text), text.constData());
        for (const QByteArray &text : absent)
            QVERIFY2(!html.contains(text), text.constData());
    }

    void homePageListsThePostsNewestFirst() {
        const QByteArray html = page(QStringLiteral("index.html"));
        const qsizetype newest = html.indexOf("href=\"/2020/01/05/first-frost/\"");
        const qsizetype oldest = html.indexOf("href=\"/2018/09/21/sharpening-a-hand-plane/\"");
        QVERIFY(newest > html.indexOf("<ul class=\"post-list\">"));
        QVERIFY(oldest > newest);
        QVERIFY(!html.contains("finishing-with-oil"));  // drafts are not built
        QVERIFY(page(QStringLiteral("about/index.html")).contains("<h1 id=\"about\">About</h1>"));
    }

    // The sample posts are English: a writer whose desktop speaks German opening the sample blog sees them
    // checked against the English dictionary, not every word underlined (the site says `lang: en`).
    void samplePostsAreCheckedInEnglishWhateverTheSystem() {
        QCOMPARE(SpellingLanguage::ofSite(sampleBlog()), QStringLiteral("en"));
        const QString path = sampleBlog() + QStringLiteral("/_posts/2020-01-05-first-frost.md");
        const Post post = Post::fromFileBytes(read(path), path).value();
        QCOMPARE(SpellingLanguage::forPost(post, sampleBlog(), QStringLiteral("de_DE")),
                 QStringLiteral("en"));
    }

    // The stylesheet page compiled with the partials from _sass/ (variables substituted, nesting flattened).
    void stylesheetCompiles() {
        const QByteArray css = page(QStringLiteral("assets/css/style.css"));
        QVERIFY2(!css.isEmpty(), "assets/css/style.css was not written");
        QVERIFY(!css.contains("@import") && !css.contains('$'));
        QVERIFY(css.contains("background: #fbf9f4"));
        QVERIFY(css.contains(".site-header .wrapper {"));
        QVERIFY(css.contains(".post-content h2 {"));
        QVERIFY(css.contains(".tag {"));
    }
};

QTEST_GUILESS_MAIN(TstSampleBlog)
#include "tst_sampleblog.moc"
