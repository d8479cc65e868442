// Heading ids and kramdown's table of contents. Expected HTML is what Jekyll 4.3.1 (kramdown 2.4, GFM input)
// printed for the same Markdown and `_config.yml`.
#include "render/blockrenderer.h"
#include "render/headingids.h"
#include "render/incrementalrenderer.h"
#include "render/markdowndialect.h"
#include "site/siteconfig.h"

#include <QRegularExpression>
#include <QtTest>

namespace {

QByteArray comparable(const QByteArray &html) {
    return QString::fromUtf8(html)
        .replace(QRegularExpression(QStringLiteral("\\s+<")), QStringLiteral("<"))
        .replace(QRegularExpression(QStringLiteral(">\\s+")), QStringLiteral(">"))
        .replace(QStringLiteral("<code class=\"language-plaintext highlighter-rouge\">"),
                 QStringLiteral("<code>"))
        .trimmed()
        .toUtf8();
}

MarkdownDialect dialectOf(const QByteArray &yaml) {
    const Result<SiteConfig> config = SiteConfig::fromText(yaml, QStringLiteral("_config.yml"));
    if (!config)
        qFatal("%s", qPrintable(config.error()));
    return MarkdownDialect::fromSiteSettings(config->settings());
}

QByteArray render(const QByteArray &markdown, const MarkdownDialect &dialect = MarkdownDialect()) {
    return BlockRenderer::joined(
        BlockRenderer::renderBlocks(markdown, BlockRenderer::Liquid::Verbatim, dialect));
}

const QByteArray kTocSample = "* x\n{:toc}\n\n# A\n\n## B\n\n### C\n\n## A\n";

}  // namespace

class TestHeadingIds : public QObject {
    Q_OBJECT

private slots:
    void asJekyllPrints_data();
    void asJekyllPrints();
    void siteOptions_data();
    void siteOptions();
    void baseIdKeepsWordCharacters();
    void editFarAwayRenumbersAndPatchesOnlyWhatChanged();
    void tocFollowsAnEditIncrementally();
    void randomEditsMatchAWholeRender();
};

void TestHeadingIds::asJekyllPrints_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");
    QTest::newRow("non-ASCII letters kept, punctuation dropped")
        << QByteArray("## Ünïcode Straße 2.0\n")
        << QByteArray("<h2 id=\"ünïcode-straße-20\">Ünïcode Straße 2.0</h2>");
    QTest::newRow("code kept, markup and quotes dropped")
        << QByteArray("## Don't `x_y` *em* [link](http://x.com) & more\n")
        << QByteArray(
               "<h2 id=\"dont-x_y-em-link--more\">Don’t <code>x_y</code> <em>em</em> <a "
               "href=\"http://x.com\">link</a> &amp; more</h2>");
    QTest::newRow("an empty id is not printed but counts")
        << QByteArray("## !!!\n\n## !!!\n") << QByteArray("<h2>!!!</h2><h2 id=\"-1\">!!!</h2>");
    QTest::newRow("symbols dropped, tab a dash")
        << QByteArray("## 1. Intro...\n\n## Tab\there -- dash\n")
        << QByteArray("<h2 id=\"1-intro\">1. Intro…</h2><h2 id=\"tab-here--dash\">Tab\there – dash</h2>");
    QTest::newRow("image alt and raw tags left out")
        << QByteArray("## ![img](a.png) Image alt\n\n## <span>Raw</span> html\n")
        << QByteArray(
               "<h2 id=\"-image-alt\"><img src=\"a.png\" alt=\"img\" /> Image alt</h2><h2 "
               "id=\"raw-html\"><span>Raw</span> html</h2>");
    QTest::newRow("lower case beyond ASCII")
        << QByteArray("## Αθήνα İstanbul\n") << QByteArray("<h2 id=\"αθήνα-i̇stanbul\">Αθήνα İstanbul</h2>");
    QTest::newRow("repeated ids numbered, own ids not counted")
        << QByteArray("## A\n\n## A {#a}\n\n## A\n\n> ## A\n")
        << QByteArray(
               "<h2 id=\"a\">A</h2><h2 id=\"a\">A</h2><h2 id=\"a-1\">A</h2><blockquote><h2 "
               "id=\"a-2\">A</h2></blockquote>");
    QTest::newRow("a footnote is left out of the table of contents")
        << QByteArray("* toc\n{:toc}\n\n## Title[^1] *x*\n\n[^1]: Note.\n")
        << QByteArray(
               "<ul id=\"markdown-toc\"><li><a href=\"#title-x\" id=\"markdown-toc-title-x\">Title "
               "<em>x</em></a></li></ul><h2 id=\"title-x\">Title<sup id=\"fnref:1\" "
               "role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\" rel=\"footnote\">1</a></sup> "
               "<em>x</em></h2><div class=\"footnotes\" role=\"doc-endnotes\"><ol><li id=\"fn:1\" "
               "role=\"doc-endnote\"><p>Note.\u00a0<a href=\"#fnref:1\" class=\"reversefootnote\" "
               "role=\"doc-backlink\">&#8617;</a></p></li></ol></div>");
    QTest::newRow("only the first {:toc} list is a table of contents")
        << QByteArray("* a\n{:toc}\n\n## One\n\n* b\n{:toc .x}\n")
        << QByteArray(
               "<ul id=\"markdown-toc\"><li><a href=\"#one\" id=\"markdown-toc-one\">One</a></li></ul><h2 "
               "id=\"one\">One</h2><ul class=\"x\"><li>b</li></ul>");
    QTest::newRow("setext headings too")
        << QByteArray("Title\n=====\n") << QByteArray("<h1 id=\"title\">Title</h1>");
}

void TestHeadingIds::asJekyllPrints() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(comparable(render(markdown)), comparable(jekyll));
    QCOMPARE(BlockRenderer::renderDocument(markdown, BlockRenderer::Liquid::Verbatim), render(markdown));
}

void TestHeadingIds::siteOptions_data() {
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("jekyll");
    QTest::newRow("defaults")
        << QByteArray("title: x\n")
        << QByteArray(
               "<ul id=\"markdown-toc\"><li><a href=\"#a\" id=\"markdown-toc-a\">A</a><ul><li><a href=\"#b\" "
               "id=\"markdown-toc-b\">B</a><ul><li><a href=\"#c\" "
               "id=\"markdown-toc-c\">C</a></li></ul></li><li><a "
               "href=\"#a-1\" id=\"markdown-toc-a-1\">A</a></li></ul></li></ul><h1 id=\"a\">A</h1><h2 "
               "id=\"b\">B</h2><h3 id=\"c\">C</h3><h2 id=\"a-1\">A</h2>");
    QTest::newRow("prefix and levels")
        << QByteArray("kramdown:\n  auto_id_prefix: sec-\n  toc_levels: 2..3\n")
        << QByteArray(
               "<ul id=\"markdown-toc\"><li><a href=\"#sec-b\" id=\"markdown-toc-sec-b\">B</a><ul><li><a "
               "href=\"#sec-c\" id=\"markdown-toc-sec-c\">C</a></li></ul></li><li><a href=\"#sec-a-1\" "
               "id=\"markdown-toc-sec-a-1\">A</a></li></ul><h1 id=\"sec-a\">A</h1><h2 id=\"sec-b\">B</h2><h3 "
               "id=\"sec-c\">C</h3><h2 id=\"sec-a-1\">A</h2>");
    QTest::newRow("no ids, so no table of contents")
        << QByteArray("kramdown:\n  auto_ids: false\n")
        << QByteArray("<h1>A</h1><h2>B</h2><h3>C</h3><h2>A</h2>");
}

void TestHeadingIds::siteOptions() {
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(comparable(render(kTocSample, dialectOf(config))), comparable(jekyll));
}

void TestHeadingIds::baseIdKeepsWordCharacters() {
    QCOMPARE(HeadingIds::baseId("Hello, World_2 – ok"), QByteArray("hello-world_2--ok"));
    QCOMPARE(HeadingIds::numbered("a", 0, "p-"), QByteArray("p-a"));
    QCOMPARE(HeadingIds::numbered("a", 2, ""), QByteArray("a-2"));
}

// A heading typed above another with the same text renumbers the later one: the incremental render, which
// parsed only the new heading, changes that far block too.
void TestHeadingIds::editFarAwayRenumbersAndPatchesOnlyWhatChanged() {
    QByteArray before = "Intro.\n\n";
    for (int i = 0; i < 40; ++i)
        before += "Paragraph " + QByteArray::number(i) + ".\n\n";
    before += "## Setup\n";
    const QByteArray after = "## Setup\n\n" + before;
    IncrementalRenderer renderer;
    const RenderedBlocks first = renderer.render(before);
    QVERIFY(first.constLast().html.contains("id=\"setup\""));
    const RenderedBlocks second = renderer.render(after);
    QVERIFY(renderer.lastReport().incremental);
    QCOMPARE(second, BlockRenderer::render(after));
    QVERIFY(second.constFirst().html.contains("id=\"setup\""));
    QVERIFY(second.constLast().html.contains("id=\"setup-1\""));
}

void TestHeadingIds::tocFollowsAnEditIncrementally() {
    QByteArray text = "* toc\n{:toc}\n\n";
    for (int i = 0; i < 30; ++i)
        text += "## Part " + QByteArray::number(i) + "\n\nText.\n\n";
    IncrementalRenderer renderer;
    renderer.render(text);
    const QByteArray edited = text + "## Last part\n";
    const RenderedBlocks blocks = renderer.render(edited);
    QVERIFY(renderer.lastReport().incremental);
    QCOMPARE(blocks, BlockRenderer::render(edited));
    QVERIFY(blocks.constFirst().html.contains(
        "<a href=\"#last-part\" id=\"markdown-toc-last-part\">Last part</a>"));
}

void TestHeadingIds::randomEditsMatchAWholeRender() {
    QByteArray text = "* toc\n{:toc}\n\n";
    const QByteArrayList titles = {"Setup", "Usage", "Setup", "Notes {#notes}", "Usage", "Setup"};
    for (int i = 0; i < 24; ++i)
        text += "#" + QByteArray(1 + i % 3, '#') + ' ' + titles.at(i % titles.size()) + "\n\nText " +
                QByteArray::number(i) + ".\n\n";
    QRandomGenerator random(10);
    IncrementalRenderer renderer;
    renderer.render(text);
    const QByteArrayList insertions = {
        "## Setup\n\n", "Usage", "\n", "#", "x", "## New\n{: .no_toc}\n\n", "* more\n{:toc}\n\n"};
    int incremental = 0;
    for (int i = 0; i < 200; ++i) {
        const int at = random.bounded(int(text.size()) + 1);
        if (random.bounded(3) == 0 && text.size() > 20)
            text.remove(at, random.bounded(1, 12));
        else
            text.insert(at, insertions.at(random.bounded(int(insertions.size()))));
        const RenderedBlocks blocks = renderer.render(text);
        QCOMPARE(blocks, BlockRenderer::render(text));
        incremental += renderer.lastReport().incremental ? 1 : 0;
    }
    QVERIFY(incremental > 100);
}

QTEST_APPLESS_MAIN(TestHeadingIds)
#include "tst_headingids.moc"
