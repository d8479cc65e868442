// The site URL scheme's path resolution, the cover URL and the request filter, as plain functions: what may
// be served and what never is, without a browser in the way.

#include "preview/previewrequestinterceptor.h"
#include "tst_previewharness.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

class TestPreviewScheme : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void resolve_data();
    void resolve();
    void resolveWithOutputFolder_data();
    void resolveWithOutputFolder();
    void coverUrl_data();
    void coverUrl();
    void onlyOwnSchemeIsRequested_data();
    void onlyOwnSchemeIsRequested();

private:
    QString path(const QString &relative) const { return m_dir.path() + QLatin1Char('/') + relative; }
    QTemporaryDir m_dir;
};

void TestPreviewScheme::initTestCase() {
    QVERIFY(m_dir.isValid());
    for (const char *folder :
         {"site/assets", "site/_posts", "site/content/bundle/images", "outside", "cache/_site/assets/css"})
        QVERIFY(QDir().mkpath(path(QLatin1String(folder))));
    for (const char *file :
         {"site/assets/x.png", "site/content/bundle/index.md", "site/content/bundle/images/y.png",
          "outside/secret.png", "cache/_site/assets/css/style.css", "cache/_site/assets/x.png",
          "cache/secret.css"}) {
        QFile out(path(QLatin1String(file)));
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write("data") == 4);
    }
    QVERIFY(QFile::link(path("outside/secret.png"), path("site/assets/out.png")));
    QVERIFY(QFile::link(path("outside"), path("site/linkdir")));
    QVERIFY(QFile::link(path("site/assets/x.png"), path("site/assets/in.png")));
    QVERIFY(QFile::link(path("site"), path("rootlink")));
    QVERIFY(QFile::link(path("outside/secret.png"), path("cache/_site/assets/out.png")));
    QVERIFY(QFile::link(path("outside"), path("cache/_site/linkdir")));
    QVERIFY(QFile::link(path("site/assets/x.png"), path("cache/_site/assets/site.png")));
    QVERIFY(QFile::link(path("cache/_site"), path("outputlink")));
}

void TestPreviewScheme::resolve_data() {
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("postFolder");
    QTest::addColumn<QString>("urlPath");
    QTest::addColumn<QString>("expected");  // relative to the temporary folder; empty: refused

    const QString site = path("site");
    const QString bundle = path("site/content/bundle");
    QTest::newRow("a file under the root") << site << QString() << "/assets/x.png"
                                           << "site/assets/x.png";
    QTest::newRow("a path without a leading slash") << site << QString() << "assets/x.png"
                                                    << "site/assets/x.png";
    QTest::newRow("dot-dots that stay inside") << site << QString() << "/_posts/../assets/x.png"
                                               << "site/assets/x.png";
    QTest::newRow("dot-dots climbing out of the root") << site << QString() << "/../outside/secret.png"
                                                       << "";
    QTest::newRow("dot-dots to the file system root") << site << QString() << "/../../../../../../etc/passwd"
                                                      << "";
    QTest::newRow("a symlink to a file outside") << site << QString() << "/assets/out.png"
                                                 << "";
    QTest::newRow("a symlinked folder outside") << site << QString() << "/linkdir/secret.png"
                                                << "";
    QTest::newRow("a symlink that stays inside") << site << QString() << "/assets/in.png"
                                                 << "site/assets/x.png";
    QTest::newRow("the root given through a symlink") << path("rootlink") << QString() << "/assets/x.png"
                                                      << "site/assets/x.png";
    QTest::newRow("no site root") << QString() << QString() << "/assets/x.png"
                                  << "";
    QTest::newRow("a site root that does not exist") << path("nothing") << QString() << "/assets/x.png"
                                                     << "";
    QTest::newRow("a folder is not served") << site << QString() << "/assets"
                                            << "";
    QTest::newRow("the root itself is not served") << site << QString() << "/"
                                                   << "";
    QTest::newRow("a missing file") << site << QString() << "/assets/none.png"
                                    << "";
    QTest::newRow("a NUL in the path")
        << site << QString() << QStringLiteral("/assets/x.png%1.txt").arg(QChar(0)) << "";
    QTest::newRow("a page-bundle image beside the post") << site << bundle << "/images/y.png"
                                                         << "site/content/bundle/images/y.png";
    QTest::newRow("the site root wins over the post folder") << site << bundle << "/assets/x.png"
                                                             << "site/assets/x.png";
    QTest::newRow("a post folder outside the root") << site << path("outside") << "/secret.png"
                                                    << "";
    QTest::newRow("dot-dots climbing out of the post folder")
        << site << bundle << "/../../../outside/secret.png"
        << "";
}

void TestPreviewScheme::resolve() {
    QFETCH(QString, root);
    QFETCH(QString, postFolder);
    QFETCH(QString, urlPath);
    QFETCH(QString, expected);
    const QString canonicalTemp = QFileInfo(m_dir.path()).canonicalFilePath();
    QCOMPARE(SiteSchemeHandler::resolve(root, postFolder, urlPath),
             expected.isEmpty() ? QString() : canonicalTemp + QLatin1Char('/') + expected);
}

void TestPreviewScheme::resolveWithOutputFolder_data() {
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("urlPath");
    QTest::addColumn<QString>("expected");  // relative to the temporary folder; empty: refused

    const QString output = path("cache/_site");
    QTest::newRow("a compiled stylesheet only in the output folder") << output << "/assets/css/style.css"
                                                                     << "cache/_site/assets/css/style.css";
    QTest::newRow("the output folder wins over the site root") << output << "/assets/x.png"
                                                               << "cache/_site/assets/x.png";
    QTest::newRow("the site root when the output folder has no such file")
        << output << "/content/bundle/index.md"
        << "site/content/bundle/index.md";
    QTest::newRow("a page-bundle image still found beside the post") << output << "/images/y.png"
                                                                     << "site/content/bundle/images/y.png";
    QTest::newRow("dot-dots climbing out of the output folder") << output << "/../secret.css"
                                                                << "";
    QTest::newRow("dot-dots to the file system root") << output << "/../../../../../../etc/passwd"
                                                      << "";
    QTest::newRow("a symlink out of the output folder") << output << "/assets/out.png"
                                                        << "";
    QTest::newRow("a symlinked folder out of the output folder") << output << "/linkdir/secret.png"
                                                                 << "";
    QTest::newRow("a symlink from the output folder into the site") << output << "/assets/site.png"
                                                                    << "";
    QTest::newRow("the output folder given through a symlink")
        << path("outputlink") << "/assets/css/style.css"
        << "cache/_site/assets/css/style.css";
    QTest::newRow("an output folder that does not exist") << path("cache/none") << "/assets/x.png"
                                                          << "site/assets/x.png";
    QTest::newRow("no output folder") << QString() << "/assets/css/style.css"
                                      << "";
    QTest::newRow("a NUL in the path")
        << output << QStringLiteral("/assets/css/style.css%1.txt").arg(QChar(0)) << "";
}

void TestPreviewScheme::resolveWithOutputFolder() {
    QFETCH(QString, output);
    QFETCH(QString, urlPath);
    QFETCH(QString, expected);
    const QString canonicalTemp = QFileInfo(m_dir.path()).canonicalFilePath();
    QCOMPARE(SiteSchemeHandler::resolve(output, path("site"), path("site/content/bundle"), urlPath),
             expected.isEmpty() ? QString() : canonicalTemp + QLatin1Char('/') + expected);
}

void TestPreviewScheme::coverUrl_data() {
    QTest::addColumn<QString>("cover");
    QTest::addColumn<QUrl>("expected");
    const QUrl image(QStringLiteral("pwsite://site/assets/c.jpg"));
    QTest::newRow("absolute site path") << "/assets/c.jpg" << image;
    QTest::newRow("relative path") << "assets/c.jpg" << image;
    QTest::newRow("relative path that climbs") << "../assets/c.jpg" << image;
    QTest::newRow("surrounding spaces") << "  /assets/c.jpg " << image;
    QTest::newRow("page-bundle file") << "cover.jpg" << QUrl(QStringLiteral("pwsite://site/cover.jpg"));
    QTest::newRow("remote image stays off") << "https://example.com/c.jpg" << QUrl();
    QTest::newRow("scheme-relative remote image") << "//example.com/c.jpg" << QUrl();
    QTest::newRow("file URL") << "file:///etc/hostname" << QUrl();
    QTest::newRow("javascript URL") << "javascript:alert(1)" << QUrl();
    QTest::newRow("empty") << "" << QUrl();
}

void TestPreviewScheme::coverUrl() {
    QFETCH(QString, cover);
    QFETCH(QUrl, expected);
    QCOMPARE(PreviewView::coverUrl(cover), expected);
}

void TestPreviewScheme::onlyOwnSchemeIsRequested_data() {
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("site file") << QUrl("pwsite://site/assets/x.png") << true;
    QTest::newRow("shell stylesheet") << QUrl("pwsite://app/preview.css") << true;
    QTest::newRow("inline data") << QUrl("data:image/png;base64,AAAA") << true;
    QTest::newRow("remote http") << QUrl("http://127.0.0.1:8765/x") << false;
    QTest::newRow("remote https") << QUrl("https://example.com/x.png") << false;
    QTest::newRow("local file") << QUrl("file:///etc/hostname") << false;
    QTest::newRow("websocket") << QUrl("ws://127.0.0.1:8765/") << false;
    QTest::newRow("ftp") << QUrl("ftp://example.com/x") << false;
}

void TestPreviewScheme::onlyOwnSchemeIsRequested() {
    QFETCH(QUrl, url);
    QFETCH(bool, allowed);
    QCOMPARE(PreviewRequestInterceptor::isAllowed(url), allowed);
}

PREVIEW_TEST_MAIN(TestPreviewScheme)
#include "tst_previewscheme.moc"
