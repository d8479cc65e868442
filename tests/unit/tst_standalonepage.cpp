// StandalonePage: the preview's DOM made into one HTML file (File > Export as HTML): stylesheets inlined,
// the scheme's files listed for copying and referred to in the asset folder, the policy replaced, links kept.
#include "render/standalonepage.h"

#include <QtTest>

namespace {

const QUrl kBase(QStringLiteral("pwsite://site/"));

StandalonePage::Input input(const QString &html) {
    StandalonePage::Input in;
    in.html = html;
    in.baseUrl = kBase;
    in.scheme = QStringLiteral("pwsite");
    in.assetFolder = QStringLiteral("My Post_files");
    in.available = [](const QUrl &url) { return !url.path().contains(QLatin1String("missing")); };
    return in;
}

QString page(const QString &body) {
    return QStringLiteral(
               "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
               "'none'; img-src pwsite:\"><title>Postwright preview</title>"
               "<link rel=\"stylesheet\" href=\"pwsite://app/preview.css\"></head><body>%1</body>"
               "</html>")
        .arg(body);
}

}  // namespace

class TestStandalonePage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Each kind of reference to a file of ours points into the asset folder; others stay as written.
    void referencesPointIntoTheAssetFolder_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("copied");
        QTest::newRow("a relative image")
            << "<img src=\"assets/a.png\" alt=\"A\">"
            << "<img src=\"My%20Post_files/a.png\" alt=\"A\">" << QStringList{"pwsite://site/assets/a.png"};
        QTest::newRow("a root-relative image")
            << "<img src=\"/assets/a.png\">"
            << "<img src=\"My%20Post_files/a.png\">" << QStringList{"pwsite://site/assets/a.png"};
        QTest::newRow("the cover, by its full URL")
            << "<img id=\"pw-cover\" src=\"pwsite://site/img/cover.jpg\">"
            << "<img id=\"pw-cover\" src=\"My%20Post_files/cover.jpg\">"
            << QStringList{"pwsite://site/img/cover.jpg"};
        QTest::newRow("srcset, descriptors kept")
            << "<img srcset=\"a.png 1x, b.png 2x\">"
            << "<img srcset=\"My%20Post_files/a.png 1x, My%20Post_files/b.png 2x\">"
            << QStringList{"pwsite://site/a.png", "pwsite://site/b.png"};
        QTest::newRow("a video's poster")
            << "<video poster=\"v.jpg\"></video>"
            << "<video poster=\"My%20Post_files/v.jpg\"></video>" << QStringList{"pwsite://site/v.jpg"};
        QTest::newRow("a style attribute's url()")
            << "<div style=\"background: url(&quot;bg.png&quot;)\"></div>"
            << "<div style=\"background: url(My%20Post_files/bg.png)\"></div>"
            << QStringList{"pwsite://site/bg.png"};
        QTest::newRow("a remote image stays") << "<img src=\"https://example.org/x.png\">"
                                              << "<img src=\"https://example.org/x.png\">" << QStringList{};
        QTest::newRow("a data: image stays") << "<img src=\"data:image/png;base64,AAAA\">"
                                             << "<img src=\"data:image/png;base64,AAAA\">" << QStringList{};
        QTest::newRow("a missing file stays as written") << "<img src=\"missing.png\">"
                                                         << "<img src=\"missing.png\">" << QStringList{};
        QTest::newRow("a link to another page stays")
            << "<a href=\"/2020/01/05/first-frost/\">x</a>"
            << "<a href=\"/2020/01/05/first-frost/\">x</a>" << QStringList{};
    }
    void referencesPointIntoTheAssetFolder() {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QFETCH(QStringList, copied);
        const StandalonePage::Output out = StandalonePage::build(input(page(body)));
        QVERIFY2(out.html.contains(expected), qPrintable(out.html));
        QStringList urls;
        for (const StandalonePage::Asset &asset : out.assets)
            urls << asset.url.toString();
        urls.sort();
        QCOMPARE(urls, copied);
    }

    // One file per URL; two files of the same name get different names.
    void namesAreUniquePerUrl() {
        const StandalonePage::Output out = StandalonePage::build(input(page(
            "<img src=\"a/pic.png\"><img src=\"b/pic.png\"><img src=\"a/pic.png\"><img src=\"b/PIC.png\">")));
        QStringList names;
        for (const StandalonePage::Asset &asset : out.assets)
            names << asset.fileName;
        names.sort();
        QCOMPARE(names, QStringList({"PIC-3.png", "pic-2.png", "pic.png"}));
        QCOMPARE(out.html.count(QStringLiteral("My%20Post_files/pic.png")) +
                     out.html.count(QStringLiteral("My%20Post_files/pic-2.png")),
                 3);
    }

    // The page's stylesheets come in as <style>, their url()s resolved against the sheet's own URL; the
    // preview's policy is replaced by one that lets no script run; the title is the post's.
    void stylesheetsPolicyAndTitle() {
        StandalonePage::Input in = input(page(QStringLiteral("<p>Text</p><script>alert(1)</script>")));
        in.stylesheets = {
            {QUrl(QStringLiteral("pwsite://app/katex/katex.css")),
             QStringLiteral("@font-face{src:url(fonts/KaTeX_Main.woff2)} p{color:red}")},
            {QUrl(QStringLiteral("pwsite://site/css/main.css")), QStringLiteral("b{x:1}</style>")}};
        in.title = QStringLiteral("Frost & <Fire>");
        const StandalonePage::Output out = StandalonePage::build(in);
        QVERIFY(!out.html.contains(QLatin1String("<link")));
        QVERIFY(!out.html.contains(QLatin1String("pwsite:")));
        QVERIFY(out.html.contains(QStringLiteral("url(My%20Post_files/KaTeX_Main.woff2)")));
        QVERIFY(out.html.contains(QStringLiteral("b{x:1}<\\/style>")));
        QVERIFY(out.html.contains(
            QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none';")));
        QCOMPARE(out.html.count(QStringLiteral("Content-Security-Policy")), 1);
        QVERIFY(out.html.contains(QStringLiteral("<title>Frost &amp; &lt;Fire&gt;</title>")));
        QVERIFY(out.html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QCOMPARE(out.assets.size(), 1);
        QCOMPARE(out.assets.first().url, QUrl(QStringLiteral("pwsite://app/katex/fonts/KaTeX_Main.woff2")));
        QVERIFY(out.html.indexOf(QLatin1String("Content-Security-Policy")) <
                out.html.indexOf(QLatin1String("<script>")));
    }
};

QTEST_GUILESS_MAIN(TestStandalonePage)
#include "tst_standalonepage.moc"
