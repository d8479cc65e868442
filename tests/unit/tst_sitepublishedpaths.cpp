// SitePublishedPaths: the files a Jekyll build writes and the URL paths that reach them, checked against
// `jekyll build --safe` itself on the project's link fixture and on the corpus site jasper2.
#include "site/sitepublishedpaths.h"
#include "site/sitescan.h"

#include "siteenginerun.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// A generous bound so that a hung Jekyll fails the test instead of blocking it; not a speed assertion.
constexpr int kJekyllGuardMs = 300000;

QStringList filesUnder(const QString &root) {
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

}  // namespace

class TestSitePublishedPaths : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;  // a copy of tests/data/sites/links
    SitePublishedPaths m_paths;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_site = m_dir.filePath(QStringLiteral("links"));
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("links"), m_site));
        m_paths = SitePublishedPaths::fromScan(SiteScan::read(m_site));
    }

    void outputFilesAreWhatJekyllWrites_data() {
        QTest::addColumn<QString>("source");
        QTest::newRow("fixture: static files, pages, posts, a collection, filters")
            << TestPaths::data() + QStringLiteral("/sites/links");
        QTest::newRow("corpus jasper2: baseurl, permalink /:title, theme assets")
            << TestPaths::shared() + QStringLiteral("/corpus/sites/jasper2");
    }
    void outputFilesAreWhatJekyllWrites() {
        QFETCH(QString, source);
        QVERIFY2(QDir(source).exists(), qPrintable(source + QStringLiteral(" is missing")));
        QTemporaryDir dir;
        const QString site = dir.filePath(QStringLiteral("src"));
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(SiteEngineFiles::copyTree(source, site));
        const QStringList ours = SitePublishedPaths::fromScan(SiteScan::read(site)).outputFiles();

        QProcess jekyll;
        jekyll.start(QStringLiteral("jekyll"),
                     {QStringLiteral("build"), QStringLiteral("--safe"), QStringLiteral("--quiet"),
                      QStringLiteral("-s"), site, QStringLiteral("-d"), out});
        QVERIFY2(jekyll.waitForFinished(kJekyllGuardMs), "jekyll build did not finish");
        QVERIFY2(jekyll.exitCode() == 0, jekyll.readAllStandardError().constData());
        QCOMPARE(ours, filesUnder(out));
    }

    void serves_data() {
        QTest::addColumn<QString>("urlPath");
        QTest::addColumn<bool>("served");
        QTest::newRow("a static file at its path") << "/assets/images/good.png" << true;
        QTest::newRow("a static file with a space, decoded") << "/assets/images/two words.png" << true;
        QTest::newRow("a missing file") << "/assets/images/missing.png" << false;
        QTest::newRow("a page's folder URL") << "/about/" << true;
        QTest::newRow("a page's folder URL without the slash") << "/about" << true;
        QTest::newRow("a page's index.html") << "/about/index.html" << true;
        QTest::newRow("a page published as .html") << "/contact.html" << true;
        QTest::newRow("a page's .html dropped, as static hosts serve it") << "/contact" << true;
        QTest::newRow("a page's source file is not published") << "/about.md" << false;
        QTest::newRow("a post at its date URL") << "/2024/01/01/first.html" << true;
        QTest::newRow("a post's source is not published") << "/_posts/2024-01-01-first.md" << false;
        QTest::newRow("a draft is not built") << "/someday.html" << false;
        QTest::newRow("a page with published: false") << "/unpublished.html" << false;
        QTest::newRow("a collection document with output") << "/recipes/soup.html" << true;
        QTest::newRow("a collection's static file at the collection's URL") << "/recipes/photo.jpg" << true;
        QTest::newRow("a collection's folder is not published") << "/_recipes/photo.jpg" << false;
        QTest::newRow("an HTML file without front matter is copied") << "/docs/plain.html" << true;
        QTest::newRow("an index page in a folder") << "/docs/" << true;
        QTest::newRow("an excluded file") << "/secret.txt" << false;
        QTest::newRow("a dot file") << "/.hidden.txt" << false;
        QTest::newRow("a dot file Jekyll includes by default") << "/.htaccess" << true;
        QTest::newRow("an underscore folder") << "/_private/x.txt" << false;
        QTest::newRow("a backup file") << "/notes.txt~" << false;
        QTest::newRow("the configuration") << "/_config.yml" << false;
        QTest::newRow("the site's root without an index") << "/" << false;
        QTest::newRow("a path climbing out of the site") << "/../links/notes.txt" << false;
    }
    void serves() {
        QFETCH(QString, urlPath);
        QFETCH(bool, served);
        QCOMPARE(m_paths.serves(urlPath), served);
    }

    void documentUrlsAreKnownByPath() {
        QCOMPARE(m_paths.urlOf(QDir(m_site).canonicalPath() + QStringLiteral("/_posts/2024-01-02-hello.md")),
                 QStringLiteral("/2024/01/02/hello.html"));
        QCOMPARE(m_paths.baseurl(), QStringLiteral("/blog"));
    }

    // The editor checks against a scan taken earlier: a pasted image counts at once, a deleted one no more.
    void staticFilesAreAskedOfTheDisk() {
        QTemporaryDir dir;
        const QString site = dir.filePath(QStringLiteral("links"));
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("links"), site));
        const SitePublishedPaths paths = SitePublishedPaths::fromScan(SiteScan::read(site));
        QFile added(site + QStringLiteral("/assets/images/new.png"));
        QVERIFY(added.open(QIODevice::WriteOnly));
        added.write("png");
        added.close();
        QVERIFY(paths.serves(QStringLiteral("/assets/images/new.png")));
        QVERIFY(QFile::remove(site + QStringLiteral("/assets/images/good.png")));
        QVERIFY(!paths.serves(QStringLiteral("/assets/images/good.png")));
    }

    void staticUrl_data() {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("url");
        QTest::newRow("a path keeps its folders") << "assets/images/x.png"
                                                  << "/assets/images/x.png";
        QTest::newRow("trailing dots of the base name are dropped") << "a..png"
                                                                    << "/a.png";
        QTest::newRow("a dot file has no extension") << ".htaccess"
                                                     << "/.htaccess";
    }
    void staticUrl() {
        QFETCH(QString, relativePath);
        QFETCH(QString, url);
        QCOMPARE(SitePublishedPaths::staticUrl(relativePath), url);
    }
};

QTEST_GUILESS_MAIN(TestSitePublishedPaths)
#include "tst_sitepublishedpaths.moc"
