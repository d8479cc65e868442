// PostReferences: which files of the site a post's body points at, in the URL styles sites use.

#include "site/postreferences.h"

#include "testfiles.h"

#include <QTemporaryDir>
#include <QtTest>

class TstPostReferences : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_site;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeTestFile(m_dir.filePath(QStringLiteral("outside.png")), "x"));
        QVERIFY(writeTestFile(m_dir.filePath(QStringLiteral("site/_config.yml")), "x"));
        m_site = QFileInfo(m_dir.filePath(QStringLiteral("site"))).canonicalFilePath();
        for (const char *file :
             {"_config.yml", "assets/a.png", "assets/b c.png", "assets/photo.jpg", "files/doc.pdf",
              "_posts/2020-01-01-other.md", "_posts/beside.png", ".hidden/x.png", "root.png"})
            QVERIFY(writeTestFile(m_site + QLatin1Char('/') + QLatin1String(file), "x"));
    }

    void targetsInOrder() {
        const QByteArray body =
            "![a](/assets/a.png \"t\") <img src='/x.png' alt=\"\">\n"
            "[doc][d] and [l](<with space.pdf>)\n\n[d]: /files/doc.pdf\n"
            "<a href=/files/doc.pdf>";
        QCOMPARE(PostReferences::targets(body),
                 (QStringList{QStringLiteral("/assets/a.png"), QStringLiteral("/x.png"),
                              QStringLiteral("<with space.pdf>"), QStringLiteral("/files/doc.pdf"),
                              QStringLiteral("/files/doc.pdf")}));
    }

    void localFiles_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("files");  // relative to the site
        QTest::newRow("root-relative image")
            << QByteArray("![a](/assets/a.png)") << QStringList{"assets/a.png"};
        QTest::newRow("site.baseurl prefix")
            << QByteArray("![a]({{ site.baseurl }}/assets/a.png)") << QStringList{"assets/a.png"};
        QTest::newRow("site.url and site.baseurl prefixes")
            << QByteArray("![a]({{site.url}}{{ site.baseurl }}/assets/a.png)") << QStringList{"assets/a.png"};
        QTest::newRow("relative_url filter, either quote")
            << QByteArray(
                   "![a]({{ '/assets/a.png' | relative_url }}) ![b]({{ \"assets/photo.jpg\" | absolute_url "
                   "}})")
            << QStringList{"assets/a.png", "assets/photo.jpg"};
        QTest::newRow("percent-encoded and angle-bracketed names")
            << QByteArray("![a](/assets/b%20c.png) ![b](</assets/b c.png>)") << QStringList{"assets/b c.png"};
        QTest::newRow("HTML src and href, query and fragment dropped")
            << QByteArray("<img src=\"/assets/photo.jpg?v=2\"> <a href='/files/doc.pdf#page=2'>")
            << QStringList{"assets/photo.jpg", "files/doc.pdf"};
        QTest::newRow("reference definition")
            << QByteArray("![a][x]\n\n[x]: /assets/a.png \"T\"\n") << QStringList{"assets/a.png"};
        QTest::newRow("relative to the site root when not beside the post")
            << QByteArray("![a](root.png)") << QStringList{"root.png"};
        QTest::newRow("external, anchors, other Liquid and missing files are skipped")
            << QByteArray(
                   "![a](https://x.org/a.png) [b](#top) [c](mailto:a@b) ![d]({{ page.image }}) "
                   "![e](//cdn/x.png) ![f](/assets/missing.png) [g]({% post_url 2020-01-01-other %})")
            << QStringList();
        QTest::newRow("files Jekyll does not copy (other posts, hidden) are skipped")
            << QByteArray("[p](/_posts/2020-01-01-other.md) ![h](/.hidden/x.png) ![b](beside.png)")
            << QStringList();
        QTest::newRow("outside the site is skipped")
            << QByteArray(
                   "![a](/../outside.png) ![b](../../outside.png) ![c]({{ site.baseurl }}/../outside.png)")
            << QStringList();
    }
    void localFiles() {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, files);
        QStringList expected;
        for (const QString &file : files)
            expected.append(m_site + QLatin1Char('/') + file);
        QCOMPARE(
            PostReferences::localFiles(m_site, m_site + QStringLiteral("/_posts/2020-02-02-post.md"), body),
            expected);
    }
};

QTEST_GUILESS_MAIN(TstPostReferences)
#include "tst_postreferences.moc"
