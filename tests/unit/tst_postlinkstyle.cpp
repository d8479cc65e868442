#include <QtTest>

#include "site/postlinkstyle.h"

using Kind = PostLinkStyle::Kind;

namespace {

PostSummary post(const QString &relativePath, const QString &url, const QString &title,
                 PostSummary::Kind kind = PostSummary::Kind::Post) {
    PostSummary p;
    p.relativePath = relativePath;
    p.path = QStringLiteral("/site/") + relativePath;
    p.url = url;
    p.title = title;
    p.kind = kind;
    return p;
}

const QSet<QString> kUrls{QStringLiteral("/2018/09/21/welcome.html"),
                          QStringLiteral("/2019/01/02/next.html")};

}  // namespace

class TestPostLinkStyle : public QObject {
    Q_OBJECT

private slots:
    void detect_data() {
        QTest::addColumn<QStringList>("bodies");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("baseurl");
        QTest::newRow("nothing found defaults to post_url")
            << QStringList{"Plain text, [a](https://x.org/)."} << int(Kind::PostUrl) << false;
        QTest::newRow("post_url counted")
            << QStringList{"See [a]({% post_url 2018-09-21-welcome %}).", "[b](/2019/01/02/next.html)",
                           "[c]({%post_url 2019-01-02-next %})"}
            << int(Kind::PostUrl) << false;
        QTest::newRow("link counted")
            << QStringList{"[a]({% link _posts/2018-09-21-welcome.md %})", "[b]({%- link _posts/x.md %})",
                           "[c]({% post_url 2018-09-21-welcome %})"}
            << int(Kind::Link) << false;
        QTest::newRow("plain URLs of posts")
            << QStringList{"[a](/2018/09/21/welcome.html) and [b](/2019/01/02/next.html#part)"}
            << int(Kind::Url) << false;
        QTest::newRow("URLs with the baseurl tag")
            << QStringList{"[a]({{ site.baseurl }}/2018/09/21/welcome.html)",
                           "<a href=\"{{site.baseurl}}/2019/01/02/next.html\">b</a>"}
            << int(Kind::Url) << true;
        QTest::newRow("reference-style definitions count")
            << QStringList{"[a][w]\n\n[w]: /2018/09/21/welcome.html\n"} << int(Kind::Url) << false;
        QTest::newRow("URLs that are not posts do not count")
            << QStringList{"[a](/about/) [b](/2018/09/21/missing.html)"} << int(Kind::PostUrl) << false;
    }
    void detect() {
        QFETCH(QStringList, bodies);
        QFETCH(int, kind);
        QFETCH(bool, baseurl);
        const PostLinkStyle style = PostLinkStyle::detect(bodies, kUrls);
        QCOMPARE(int(style.kind()), kind);
        QCOMPARE(style.baseurlPrefix(), baseurl);
    }

    void postUrlName_data() {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("name");
        QTest::newRow("root posts folder") << "_posts/2018-09-21-welcome.md"
                                           << "2018-09-21-welcome";
        QTest::newRow("subfolder of _posts") << "_posts/2018/2018-09-21-welcome.markdown"
                                             << "2018/2018-09-21-welcome";
        QTest::newRow("category folder") << "news/_posts/2018-09-21-welcome.md"
                                         << "news/2018-09-21-welcome";
        QTest::newRow("draft has none") << "_drafts/welcome.md"
                                        << "";
        QTest::newRow("undated file has none") << "_posts/welcome.md"
                                               << "";
        QTest::newRow("page has none") << "about.md"
                                       << "";
    }
    void postUrlName() {
        QFETCH(QString, relativePath);
        QFETCH(QString, name);
        QCOMPARE(PostLinkStyle::postUrlName(relativePath), name);
    }

    void markdownLink_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("baseurl");
        QTest::addColumn<int>("postKind");
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("link");
        const int post = int(PostSummary::Kind::Post);
        QTest::newRow("post_url") << int(Kind::PostUrl) << false << post << "_posts/2018-09-21-welcome.md"
                                  << "[Welcome \\[1\\]]({% post_url 2018-09-21-welcome %})";
        QTest::newRow("post_url style links a draft with link")
            << int(Kind::PostUrl) << false << int(PostSummary::Kind::Draft) << "_drafts/welcome.md"
            << "[Welcome \\[1\\]]({% link _drafts/welcome.md %})";
        QTest::newRow("link") << int(Kind::Link) << false << post << "_posts/2018-09-21-welcome.md"
                              << "[Welcome \\[1\\]]({% link _posts/2018-09-21-welcome.md %})";
        QTest::newRow("url") << int(Kind::Url) << false << post << "_posts/2018-09-21-welcome.md"
                             << "[Welcome \\[1\\]](/2018/09/21/welcome.html)";
        QTest::newRow("url with baseurl") << int(Kind::Url) << true << post << "_posts/2018-09-21-welcome.md"
                                          << "[Welcome \\[1\\]]({{ site.baseurl }}/2018/09/21/welcome.html)";
    }
    void markdownLink() {
        QFETCH(int, kind);
        QFETCH(bool, baseurl);
        QFETCH(int, postKind);
        QFETCH(QString, relativePath);
        QFETCH(QString, link);
        const PostSummary p =
            post(relativePath, "/2018/09/21/welcome.html", "Welcome [1]", PostSummary::Kind(postKind));
        QCOMPARE(PostLinkStyle(Kind(kind), baseurl).markdownLink(p), link);
    }
};

QTEST_GUILESS_MAIN(TestPostLinkStyle)
#include "tst_postlinkstyle.moc"
