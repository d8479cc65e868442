// LinkTargetCheck and LinkTargetResolver: broken links and images of a post, and images without alt text, at
// exact lines and columns, against the project's link fixture (tests/data/sites/links, baseurl /blog).
#include "render/linktargetcheck.h"
#include "render/linktargetresolver.h"
#include "site/sitepublishedpaths.h"
#include "site/sitescan.h"

#include "siteenginerun.h"

#include <QTemporaryDir>
#include <QtTest>

class TestLinkTargetCheck : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;
    SitePublishedPaths m_paths;

    QStringList bodySpans(const QByteArray &body) const {
        QStringList spans;
        for (const LinkTargetProblem &p :
             LinkTargetCheck::checkBody(body, m_paths, QStringLiteral("/2024/01/02/hello.html")))
            spans.append(QStringLiteral("%1:%2+%3").arg(p.line).arg(p.column).arg(p.length));
        return spans;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_site = m_dir.filePath(QStringLiteral("links"));
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("links"), m_site));
        m_paths = SitePublishedPaths::fromScan(SiteScan::read(m_site));
    }

    // Every broken target of the fixture's post, and nothing for the good ones on the same lines (baseurl in
    // every form, pages, posts, the collection, relative paths, external URLs, anchors and queries).
    void reportsTheBrokenTargetsOfAPost() {
        QFile file(m_site + QStringLiteral("/_posts/2024-01-02-hello.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QVector<Diagnostic> found =
            LinkTargetCheck::check(file.readAll(), m_paths, QStringLiteral("/2024/01/02/hello.html"));
        QStringList lines;
        for (const Diagnostic &d : found) {
            QVERIFY(!d.isError());
            lines.append(QStringLiteral("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message));
        }
        const QStringList expected = {
            QStringLiteral("3:8: No file at /assets/images/missing-cover.png in the site"),
            QStringLiteral("6:27: No file at /assets/images/missing.png in the site"),
            QStringLiteral("7:71: No file at /assets/images/gone.png in the site"),
            QStringLiteral("8:67: No file at /assets/nope.png in the site"),
            QStringLiteral("9:70: No page or file at /nowhere/ in the site"),
            QStringLiteral("10:54: No page or file at /2024/01/01/second.html in the site"),
            QStringLiteral("11:58: No file at /2024/01/02/pic.png in the site"),
            QStringLiteral(
                "13:19: /assets/images/good.png lacks the site's baseurl /blog: it leads nowhere once "
                "published"),
            QStringLiteral("14:85: No page or file at /gone in the site"),
            QStringLiteral("15:18: No page or file at /unpublished.html in the site"),
            QStringLiteral("15:46: No page or file at /someday.html in the site"),
            QStringLiteral("16:1: Image without alt text"),
            QStringLiteral("18:51: Image without alt text"),
            QStringLiteral("18:61: No file at /assets/images/absent.png in the site"),
            QStringLiteral("20:54: No page or file at /gone/ in the site"),
            QStringLiteral("22:8: No page or file at /assets/images/ref-missing.png in the site"),
            QStringLiteral("30:24: No file at /q-missing.png in the site"),
        };
        QCOMPARE(lines, expected);
    }

    void spansInTheBody_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("spans");
        QTest::newRow("the target of an inline image")
            << QByteArray("![a](/m.png)\n") << QStringList{"1:6+6"};
        QTest::newRow("a continuation line's leading blanks, which cmark does not count")
            << QByteArray("para\n     more ![a](/m.png)\n") << QStringList{"2:16+6"};
        QTest::newRow("a tab before the image")
            << QByteArray("para\n\t![a](/m.png)\n") << QStringList{"2:7+6"};
        QTest::newRow("a paragraph that starts with a reference definition")
            << QByteArray("[r]: /r.png\ntext ![a](/m.png)\n") << QStringList{"1:6+6", "2:11+6"};
        QTest::newRow("a list item's paragraph")
            << QByteArray("- item\n\n  text ![a](/m.png)\n") << QStringList{"3:13+6"};
        QTest::newRow("an angle-bracket target") << QByteArray("![a](</m n.png>)\n") << QStringList{"1:7+8"};
        QTest::newRow("a missing alt: the whole image")
            << QByteArray("x ![](/blog/assets/images/good.png) y\n") << QStringList{"1:3+33"};
        QTest::newRow("an img over lines in an HTML block, without alt")
            << QByteArray("<div>\n<img\n  src=\"/m.png\">\n</div>\n") << QStringList{"2:1+20", "3:8+6"};
        QTest::newRow("an img with an empty alt is decorative")
            << QByteArray("<img src=\"/blog/assets/images/good.png\" alt=\"\">\n") << QStringList{};
        QTest::newRow("a code span is not checked") << QByteArray("`![](/m.png)`\n") << QStringList{};
        QTest::newRow("a fenced code block is not checked")
            << QByteArray("```\n![](/m.png)\n```\n") << QStringList{};
        QTest::newRow("a highlight block is not checked")
            << QByteArray("{% highlight md %}\n![](/m.png)\n{% endhighlight %}\n") << QStringList{};
        QTest::newRow("a link tag is left to LiquidWarnings")
            << QByteArray("[x]({% link _posts/2099-01-01-none.md %})\n") << QStringList{};
        QTest::newRow("other Liquid in a target is not guessed at")
            << QByteArray("![a]({{ page.cover }})\n") << QStringList{};
        QTest::newRow("a link around an image with the same target, once")
            << QByteArray("[![a](/m.png)](/m.png)\n") << QStringList{"1:7+6", "1:16+6"};
        QTest::newRow("multi-byte text before: columns count bytes")
            << QByteArray("é ![a](/m.png)\n") << QStringList{"1:9+6"};
    }
    void spansInTheBody() {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, spans);
        QCOMPARE(bodySpans(body), spans);
    }

    void messagesSayWhatIsWrong_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("an image: a file")
            << QByteArray("![a](/blog/x.png)") << "No file at /x.png in the site";
        QTest::newRow("a link: a page or a file")
            << QByteArray("[a](/blog/x/)") << "No page or file at /x/ in the site";
        QTest::newRow("a link without baseurl to nothing either")
            << QByteArray("<a href=\"/x/\">a</a>") << "No page or file at /x/ in the site";
        QTest::newRow("a link without baseurl to a page")
            << QByteArray("[a](/about/)")
            << "/about/ lacks the site's baseurl /blog: it leads nowhere once published";
    }
    void messagesSayWhatIsWrong() {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const QVector<LinkTargetProblem> problems = LinkTargetCheck::checkBody(body, m_paths, QString());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).message, message);
    }

    void resolve_data() {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("pageUrl");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("missesBaseurl");
        const int inSite = int(LinkTargetResolver::Target::State::InSite);
        const int external = int(LinkTargetResolver::Target::State::External);
        const int unchecked = int(LinkTargetResolver::Target::State::Unchecked);
        const QString page = QStringLiteral("/2024/01/02/hello.html");
        QTest::newRow("root-relative under baseurl")
            << "/blog/a/b.png" << page << inSite << "/a/b.png" << false;
        QTest::newRow("root-relative without baseurl") << "/a/b.png" << page << inSite << "/a/b.png" << true;
        QTest::newRow("site.baseurl") << "{{ site.baseurl }}/a.png" << page << inSite << "/a.png" << false;
        QTest::newRow("site.baseurl, no spaces")
            << "{{site.baseurl}}/a.png" << page << inSite << "/a.png" << false;
        QTest::newRow("site.url and site.baseurl")
            << "{{ site.url }}{{ site.baseurl }}/a.png" << page << inSite << "/a.png" << false;
        QTest::newRow("relative_url")
            << "{{ '/a.png' | relative_url }}" << page << inSite << "/a.png" << false;
        QTest::newRow("relative_url without a leading slash")
            << "{{ \"a.png\" | relative_url }}" << page << inSite << "/a.png" << false;
        QTest::newRow("absolute_url")
            << "{{ '/a.png' | absolute_url }}" << page << inSite << "/a.png" << false;
        QTest::newRow("relative to the page")
            << "pic.png" << page << inSite << "/2024/01/02/pic.png" << false;
        QTest::newRow("relative with ..") << "../../x/y.png" << page << inSite << "/2024/x/y.png" << false;
        QTest::newRow("relative to a folder URL") << "./pic.png"
                                                  << "/about/" << inSite << "/about/pic.png" << false;
        QTest::newRow("relative without a page URL")
            << "pic.png" << QString() << unchecked << QString() << false;
        QTest::newRow("fragment and query stripped")
            << "/blog/a.html?x=1#y" << page << inSite << "/a.html" << false;
        QTest::newRow("percent-escapes decoded")
            << "/blog/two%20words.png" << page << inSite << "/two words.png" << false;
        QTest::newRow("http") << "http://example.com/a.png" << page << external << QString() << false;
        QTest::newRow("mailto") << "mailto:a@b.c" << page << external << QString() << false;
        QTest::newRow("protocol-relative")
            << "//cdn.example.com/a.js" << page << external << QString() << false;
        QTest::newRow("absolute_url of a full URL")
            << "{{ 'https://x.org/a' | absolute_url }}" << page << external << QString() << false;
        QTest::newRow("an anchor in the page") << "#top" << page << unchecked << QString() << false;
        QTest::newRow("post_url") << "{% post_url 2024-01-01-first %}" << page << unchecked << QString()
                                  << false;
        QTest::newRow("unknown Liquid") << "{{ page.image }}" << page << unchecked << QString() << false;
    }
    void resolve() {
        QFETCH(QString, written);
        QFETCH(QString, pageUrl);
        QFETCH(int, state);
        QFETCH(QString, path);
        QFETCH(bool, missesBaseurl);
        const LinkTargetResolver::Target target =
            LinkTargetResolver(QStringLiteral("/blog"), pageUrl).resolve(written);
        QCOMPARE(int(target.state), state);
        QCOMPARE(target.path, path);
        QCOMPARE(target.missesBaseurl, missesBaseurl);
    }

    void frontMatterFieldsCountFromTheSiteRoot_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("a good cover without a slash")
            << QByteArray("---\ncover: assets/images/good.png\n---\nx\n") << QStringList{};
        QTest::newRow("a good image with baseurl")
            << QByteArray("---\nimage: \"/blog/assets/images/good.png\"\n---\n") << QStringList{};
        QTest::newRow("a missing quoted image")
            << QByteArray("---\ntitle: t\nimage: '/nope.png'\n---\n") << QStringList{"3:9"};
        QTest::newRow("an external image")
            << QByteArray("---\nimage: https://x.org/a.png\n---\n") << QStringList{};
        QTest::newRow("a nested image field is not read")
            << QByteArray("---\nheader:\n  image: /nope.png\n---\n") << QStringList{};
    }
    void frontMatterFieldsCountFromTheSiteRoot() {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, found);
        QStringList places;
        for (const Diagnostic &d : LinkTargetCheck::check(file, m_paths, QString()))
            places.append(QStringLiteral("%1:%2").arg(d.line).arg(d.column));
        QCOMPARE(places, found);
    }
};

QTEST_GUILESS_MAIN(TestLinkTargetCheck)
#include "tst_linktargetcheck.moc"
