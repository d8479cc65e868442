// kramdown's reading of raw HTML at block level (KramdownHtmlBlocks, KramdownRawHtml). Every expected HTML
// below is what the real kramdown printed through Jekyll 4.3's Markdown converter with its defaults
// (`ruby /work/tmp/kd.rb`, a script that calls Jekyll::Converters::Markdown#convert), pasted as it printed
// it.
#include "kramdownrender.h"

#include "render/kramdownhtmlblocks.h"

#include <QtTest>

namespace {

// kramdown prints the span-level tags it parses again, an element without a body as `<br />`; a browser
// reads `<br>` alike, and which block holds the tag is what these tests are about.
QByteArray comparable(const QByteArray &html) {
    return withoutIndentation(html).replace(" />", ">");
}

}  // namespace

class TestKramdownHtmlBlocks : public QObject {
    Q_OBJECT

private slots:
    void markup_data();
    void markup();
    void blocksJoinedAreTheDocument_data() { markup_data(); }
    void blocksJoinedAreTheDocument();
    void elementKeepsItsLines();
    void mayReachOtherBlocks_data();
    void mayReachOtherBlocks();
    void partialRenderAfterEditIsFullRender_data();
    void partialRenderAfterEditIsFullRender();
};

void TestKramdownHtmlBlocks::markup_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");

    QTest::newRow("a line with a span-level tag alone is a paragraph")
        << QByteArray("x\n\n<br>\n\ny\n") << QByteArray("<p>x</p>\n\n<p><br /></p>\n\n<p>y</p>\n");
    QTest::newRow("a span-level tag line in a body with a break line KramdownBlockShapes hides")
        << QByteArray("Name  Size\n------- ----\n\n<br>\n\nx\n")
        << QByteArray(
               "<p>Name  Size\n\xe2\x80\x94\xe2\x80\x94- \xe2\x80\x94-</p>\n\n<p><br /></p>\n\n<p>x</p>\n");
    QTest::newRow("an image tag alone is a paragraph")
        << QByteArray("<img src=\"a.png\">\n\ntext\n")
        << QByteArray("<p><img src=\"a.png\" /></p>\n\n<p>text</p>\n");
    QTest::newRow("span-level tag lines continue a list item lazily")
        << QByteArray("- **x**\n<small>\n    *One css*<br />\n</small>\n")
        << QByteArray(
               "<ul>\n  <li><strong>x</strong>\n<small>\n  <em>One css</em><br />\n</small></li>\n</ul>\n");
    QTest::newRow("a lazy span-level tag keeps the list open past a blank line")
        << QByteArray("1. one\n<em>\ntwo\n</em>\n\n2. three\n")
        << QByteArray(
               "<ol>\n  <li>\n    <p>one\n<em>\ntwo\n</em></p>\n  </li>\n  <li>\n    <p>three</p>\n  "
               "</li>\n</ol>\n");
    QTest::newRow("span-level tag lines continue a quote lazily")
        << QByteArray("> quote\n<small>\nmore\n</small>\n")
        << QByteArray("<blockquote>\n  <p>quote\n<small>\nmore\n</small></p>\n</blockquote>\n");
    QTest::newRow("a table runs across blank lines to its closing tag")
        << QByteArray(
               "<table>\n  <tr>\n    <td>\n      a & b\n    </td>\n\n    <td>\n      &lt; c\n    </td>\n  "
               "</tr>\n</table>\n\nafter\n")
        << QByteArray(
               "<table>\n  <tr>\n    <td>\n      a &amp; b\n    </td>\n\n    <td>\n      &lt; c\n    "
               "</td>\n  </tr>\n</table>\n\n<p>after</p>\n");
    QTest::newRow("an element without its closing tag runs to the end")
        << QByteArray("<div>\nx & y\n\n# not a heading\n")
        << QByteArray("<div>\nx &amp; y\n\n# not a heading\n</div>\n");
    QTest::newRow("a nested element of the same name closes first")
        << QByteArray("<div class=\"a\">\n<div>\ninner\n</div>\n\n*still raw*\n</div>\n\n*em*\n")
        << QByteArray(
               "<div class=\"a\">\n<div>\ninner\n</div>\n\n*still raw*\n</div>\n\n<p><em>em</em></p>\n");
    QTest::newRow("a nested element left open takes in its parent's closing tag")
        << QByteArray("<div><p>a</div>\n\n# h\n\n</p>\n\nz\n")
        << QByteArray("<div><p>a&lt;/div&gt;\n\n# h\n\n</p>\n\nz\n</div>\n");
    QTest::newRow("an indented tag in an element is not code")
        << QByteArray("para\n\n<div>\n<p>one</p>\n\n    <p>two</p>\n</div>\n\n    code\n")
        << QByteArray(
               "<p>para</p>\n\n<div>\n<p>one</p>\n\n    <p>two</p>\n</div>\n\n<div "
               "class=\"language-plaintext "
               "highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>code\n"
               "</code></pre></div></div>\n");
    QTest::newRow("a closing tag in a comment does not close the element")
        << QByteArray("<div>\n<!-- </div> -->\n\nx\n</div>\n\n*y*\n")
        << QByteArray("<div>\n<!-- </div> -->\n\nx\n</div>\n\n<p><em>y</em></p>\n");
    QTest::newRow("an element kramdown does not know is a block-level element")
        << QByteArray("<custom-box>\n\n*raw*\n\n</custom-box>\n\n*y*\n")
        << QByteArray("<custom-box>\n\n*raw*\n\n</custom-box>\n\n<p><em>y</em></p>\n");
    QTest::newRow("a span-level tag after a list marker starts the item's text")
        << QByteArray("- <small>\n  *x*\n  </small>\n- b\n")
        << QByteArray("<ul>\n  <li><small>\n<em>x</em>\n</small></li>\n  <li>b</li>\n</ul>\n");
    QTest::newRow("the text in raw content is escaped")
        << QByteArray("<pre>\na < b & c\n</pre>\n") << QByteArray("<pre>\na &lt; b &amp; c\n</pre>\n");
}

void TestKramdownHtmlBlocks::markup() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(comparable(renderKramdown(markdown)), comparable(jekyll));
}

void TestKramdownHtmlBlocks::blocksJoinedAreTheDocument() {
    QFETCH(QByteArray, markdown);
    QCOMPARE(BlockRenderer::joined(renderKramdownBlocks(markdown)), renderKramdown(markdown));
}

void TestKramdownHtmlBlocks::elementKeepsItsLines() {
    const RenderedBlocks blocks =
        renderKramdownBlocks("A\n\n<table>\n<tr>\n\n<td>x</td>\n</tr>\n</table>\n\nB\n");
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(1).html, QByteArray("<table>\n<tr>\n\n<td>x</td>\n</tr>\n</table>\n"));
    QCOMPARE(blocks.at(1).firstLine, 3);
    QCOMPARE(blocks.at(1).lastLine, 8);
    QCOMPARE(blocks.at(2).firstLine, 10);
}

void TestKramdownHtmlBlocks::mayReachOtherBlocks_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("reaches");

    QTest::newRow("a comment across a blank line in an element")
        << QByteArray("<div>\n<!-- a\n\nb -->\n</div>\n") << true;
    QTest::newRow("a comment left open in an element") << QByteArray("<div>\nx <!-- a\n\n</div>\n") << true;
    QTest::newRow("a quoted attribute value across a blank line")
        << QByteArray("<div>\n<a title=\"x\n\ny\">z</a>\n</div>\n") << true;
    QTest::newRow("a closing tag across a blank line") << QByteArray("<div>\nx\n</div\n\n>\n") << true;
    QTest::newRow("markup within its lines")
        << QByteArray("<div>\n<!-- a -->\n\n<b>x</b>\n</div>\n") << false;
    QTest::newRow("a comment across a blank line with no element before it")
        << QByteArray("text\n\n<!-- a\n\nb -->\n\n<br>\n") << false;
    QTest::newRow("a less-than sign in text") << QByteArray("<div>\nx\n</div>\n\na < b\n\nc\n") << false;
    QTest::newRow("the marker byte anywhere") << QByteArray("a\x0e b\n") << true;
}

void TestKramdownHtmlBlocks::mayReachOtherBlocks() {
    QFETCH(QByteArray, text);
    QFETCH(bool, reaches);
    QCOMPARE(KramdownHtmlBlocks::mayReachOtherBlocks(text), reaches);
}

void TestKramdownHtmlBlocks::partialRenderAfterEditIsFullRender_data() {
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    // Whether only a region is parsed again: not when the element may run to the end of the body.
    QTest::addColumn<bool>("partial");

    const QByteArray tail = "\n\nP1\n\n    indented\n\n*P2*\n\n- item\n\nP3\n\nP4\n\nP5\n\nP6\n";
    const QByteArray table = "<table>\n<tr>\n\n    <td>x</td>\n\n</tr>\n</table>";
    QTest::newRow("an opening tag typed above blocks takes them in")
        << QByteArray("A\n\nB\n\n" + tail) << QByteArray("A\n\n<div>\n\nB\n\n" + tail) << false;
    QTest::newRow("a closing tag deleted lets the element take in what follows")
        << QByteArray("A\n\n" + table + tail) << QByteArray("A\n\n" + table.chopped(8) + tail) << false;
    QTest::newRow("a closing tag typed gives the blocks after it back")
        << QByteArray("A\n\n" + table.chopped(8) + tail) << QByteArray("A\n\n" + table + tail) << true;
    QTest::newRow("an edit inside the element")
        << QByteArray("A\n\n" + table + tail)
        << QByteArray("A\n\n" + QByteArray(table).replace("x", "y & z") + tail) << true;
    QTest::newRow("a span-level tag line typed after a list item")
        << QByteArray("A\n\n- item\n\nB\n" + tail) << QByteArray("A\n\n- item\n<small>\n\nB\n" + tail)
        << true;
    QTest::newRow("a comment opened in an element and closed below a blank line")
        << QByteArray("A\n\n<div>\nfoo bar\n</div>" + tail + "\nx -->\n")
        << QByteArray("A\n\n<div>\nfoo <!--bar\n</div>" + tail + "\nx -->\n") << false;
    QTest::newRow("a span-level tag line typed after a paragraph")
        << QByteArray("A\n\nB\n" + tail) << QByteArray("A\n\n<br>\n\nB\n" + tail) << true;
    // Found by fuzz_render: the whole text holds the marker byte, so nothing is marked; a region without it
    // would have been.
    QTest::newRow("an edit far from a marker byte the text holds")
        << QByteArray("A\x0e\n" + tail + "\n<br>\n**b**\n")
        << QByteArray("A\x0e\n" + tail + "\n<br>\n**c**\n") << false;
}

void TestKramdownHtmlBlocks::partialRenderAfterEditIsFullRender() {
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(bool, partial);
    bool incremental = false;
    QVERIFY(incrementalMatchesFull(before, after, &incremental));
    if (partial)
        QVERIFY(incremental);
}

QTEST_GUILESS_MAIN(TestKramdownHtmlBlocks)
#include "tst_kramdownhtmlblocks.moc"
