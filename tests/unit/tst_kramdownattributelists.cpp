// Attribute lists and heading ids against Jekyll's kramdown. The expected HTML of each row is what
// Jekyll 4.3.1 (kramdown 2.4, GFM input, Jekyll's defaults) printed for the Markdown of the row.
#include "kramdownrender.h"
#include "render/attributedhtml.h"
#include "render/blockrenderer.h"
#include "render/elementattributes.h"
#include "render/kramdownattributelists.h"

#include <QtTest>

class TestKramdownAttributeLists : public QObject {
    Q_OBJECT

private slots:
    void asJekyllPrints_data();
    void asJekyllPrints();
    void code_data();
    void code();
    void parsesKramdownsListSyntax();
    void escapesValuesAsKramdown();
    void addsAttributesToTheStartTag_data();
    void addsAttributesToTheStartTag();
    void reachesAcrossBlocks_data();
    void reachesAcrossBlocks();
    void wholeDocumentMatchesTheBlocks();
};

void TestKramdownAttributeLists::asJekyllPrints_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");
    QTest::newRow("paragraph list after it")
        << QByteArray("A note.\n{: .note}\n") << QByteArray("<p class=\"note\">A note.</p>\n");
    QTest::newRow("list before the paragraph") << QByteArray("{: .lead}\nAn introduction.\n")
                                               << QByteArray("<p class=\"lead\">An introduction.</p>\n");
    QTest::newRow("list after a blank line is for the next block")
        << QByteArray("{: .alone}\n\nThe next paragraph.\n") << QByteArray("\n<p>The next paragraph.</p>\n");
    QTest::newRow("id, class and key-value in written order")
        << QByteArray("Text.\n{: #here .a .b data-x=\"1\" title='t'}\n")
        << QByteArray("<p id=\"here\" class=\"a b\" data-x=\"1\" title=\"t\">Text.</p>\n");
    QTest::newRow("classes add up over two lists")
        << QByteArray("Text.\n{: .a}\n{: .b}\n") << QByteArray("<p class=\"a b\">Text.</p>\n");
    QTest::newRow("heading with a list on the next line")
        << QByteArray("## Title\n{: .section}\n")
        << QByteArray("<h2 class=\"section\" id=\"title\">Title</h2>\n");
    QTest::newRow("heading id written after it")
        << QByteArray("## Title {#custom}\n") << QByteArray("<h2 id=\"custom\">Title</h2>\n");
    QTest::newRow("heading id from a list goes first")
        << QByteArray("## Title\n{: #mine .k}\n") << QByteArray("<h2 id=\"mine\" class=\"k\">Title</h2>\n");
    QTest::newRow("list after a lazy list line is the list's")
        << QByteArray("* one\n* two\n{: .checklist}\n")
        << QByteArray("<ul class=\"checklist\">\n  <li>one</li>\n  <li>two</li>\n</ul>\n");
    QTest::newRow("list in a list item is the item paragraph's")
        << QByteArray("* one\n  {: .p}\n* two\n")
        << QByteArray("<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>\n");
    QTest::newRow("quote takes a lazy list")
        << QByteArray("> A quote\n{: .q}\n")
        << QByteArray("<blockquote class=\"q\">\n  <p>A quote</p>\n</blockquote>\n");
    QTest::newRow("list inside the quote is the paragraph's")
        << QByteArray("> A quote\n> {: .inner}\n")
        << QByteArray("<blockquote>\n  <p class=\"inner\">A quote</p>\n</blockquote>\n");
    QTest::newRow("table takes a list")
        << QByteArray("| a | b |\n|---|---|\n| 1 | 2 |\n{: .data}\n")
        << QByteArray(
               "<table class=\"data\">\n  <thead>\n    <tr>\n      <th>a</th>\n      <th>b</th>\n    </tr>\n "
               " </thead>\n  <tbody>\n    <tr>\n      <td>1</td>\n      <td>2</td>\n    </tr>\n  "
               "</tbody>\n</table>\n");
    QTest::newRow("rule takes a list")
        << QByteArray("***\n{: .divider}\n") << QByteArray("<hr class=\"divider\" />\n");
    QTest::newRow("span list on emphasis, strong and strikethrough")
        << QByteArray("*em*{: .e} **strong**{: .s} ~~gone~~{: .g}\n")
        << QByteArray(
               "<p><em class=\"e\">em</em> <strong class=\"s\">strong</strong> <del "
               "class=\"g\">gone</del></p>\n");
    QTest::newRow("span list on a link keeps href first")
        << QByteArray("[a link](https://example.com \"Old\"){: title=\"New\" .ext}\n")
        << QByteArray("<p><a href=\"https://example.com\" title=\"New\" class=\"ext\">a link</a></p>\n");
    QTest::newRow("span list on an image")
        << QByteArray("![alt](/x.png){: width=\"600\" height=\"400\"}\n")
        << QByteArray("<p><img src=\"/x.png\" alt=\"alt\" width=\"600\" height=\"400\" /></p>\n");
    QTest::newRow("span list after text stays text")
        << QByteArray("text{: .nope}\n") << QByteArray("<p>text{: .nope}</p>\n");
    QTest::newRow("definition used by name")
        << QByteArray("{:warn: .notice .warning}\n\nCareful.\n{: warn}\n")
        << QByteArray("\n<p class=\"notice warning\">Careful.</p>\n");
    QTest::newRow("definition used after other attributes")
        << QByteArray("{:big: .large}\n\nText.\n{: .first big #p}\n")
        << QByteArray("\n<p class=\"large first\" id=\"p\">Text.</p>\n");
    QTest::newRow("quotes inside a list are not typography")
        << QByteArray("Say \"hi\".\n{: title=\"a \\\"b\\\" c\"}\n")
        << QByteArray("<p title=\"a &quot;b&quot; c\">Say “hi”.</p>\n");
    QTest::newRow("escaped brace in a value")
        << QByteArray("Text.\n{: title=\"a\\}b\"}\n") << QByteArray("<p title=\"a}b\">Text.</p>\n");
    QTest::newRow("empty list removed") << QByteArray("Text.\n{: }\n") << QByteArray("<p>Text.</p>\n");
}

void TestKramdownAttributeLists::code_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");
    // Rouge's token spans left out of the expected HTML (KramdownCode does not make them).
    QTest::newRow("class between the language and Rouge's")
        << QByteArray("`success`{:.success} and `x`{: .language-ruby #c}\n")
        << QByteArray(
               "<p><code class=\"language-plaintext success highlighter-rouge\">success</code> and "
               "<code class=\"language-ruby highlighter-rouge\" id=\"c\">x</code></p>\n");
}

void TestKramdownAttributeLists::code() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(BlockRenderer::joined(BlockRenderer::render(markdown)), jekyll);
}

void TestKramdownAttributeLists::asJekyllPrints() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(withoutIndentation(BlockRenderer::joined(BlockRenderer::render(markdown))),
             withoutIndentation(jekyll));
}

void TestKramdownAttributeLists::parsesKramdownsListSyntax() {
    const ElementAttributes attributes = ElementAttributes::parse(" #top .a.b key='v' ref data-x=\"1\" ");
    const QVector<QPair<QByteArray, QByteArray>> expected = {
        {"id", "top"}, {"class", "a b"}, {"key", "v"}, {"data-x", "1"}};
    QCOMPARE(attributes.items(), expected);
    QCOMPARE(attributes.refs(), QByteArrayList{"ref"});
    QVERIFY(ElementAttributes::parse(":").isEmpty());
    QVERIFY(ElementAttributes::parse("  ").isEmpty());
    // Not an attribute: kramdown ignores it.
    QVERIFY(ElementAttributes::parse("=oops").isEmpty());
}

void TestKramdownAttributeLists::escapesValuesAsKramdown() {
    QCOMPARE(ElementAttributes::escaped("a<b>\"c\" & d &amp; &#38; &#x26;"),
             QByteArray("a&lt;b&gt;&quot;c&quot; &amp; d &amp; &#38; &#x26;"));
    // A NUL becomes U+FFFD, as cmark-gfm reads it: the HTML goes into cmark's C strings (found by
    // fuzz_render).
    QCOMPARE(ElementAttributes::escaped(QByteArray("a\0b", 3)), QByteArray("a\xEF\xBF\xBD"
                                                                           "b"));
    QCOMPARE(BlockRenderer::renderDocument(QByteArray("{: .x\0y}\npara\n", 15)),
             BlockRenderer::joined(BlockRenderer::render(QByteArray("{: .x\0y}\npara\n", 15))));
    ElementAttributes blankId;
    blankId.set("id", " ");
    blankId.set("class", "x");
    QCOMPARE(blankId.html(), QByteArray(" class=\"x\""));
}

void TestKramdownAttributeLists::addsAttributesToTheStartTag_data() {
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("appended") << QByteArray("<p>x</p>\n") << QByteArray("p") << QByteArray(".c #i")
                              << QByteArray("<p class=\"c\" id=\"i\">x</p>\n");
    QTest::newRow("replaces in place, class adds up")
        << QByteArray("<a href=\"u\" title=\"t\" class=\"k\">x</a>") << QByteArray("a")
        << QByteArray("title=\"n\" .c") << QByteArray("<a href=\"u\" title=\"n\" class=\"k c\">x</a>");
    QTest::newRow("void tag") << QByteArray("<img src=\"s\" alt=\"a\" />") << QByteArray("img")
                              << QByteArray("width=\"1\"")
                              << QByteArray("<img src=\"s\" alt=\"a\" width=\"1\" />");
    QTest::newRow("another tag is left alone")
        << QByteArray("<em>x</em>") << QByteArray("p") << QByteArray(".c") << QByteArray("<em>x</em>");
    QTest::newRow("a longer tag name is not the tag")
        << QByteArray("<pre>x</pre>") << QByteArray("p") << QByteArray(".c") << QByteArray("<pre>x</pre>");
}

void TestKramdownAttributeLists::addsAttributesToTheStartTag() {
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, tag);
    QFETCH(QByteArray, list);
    QFETCH(QByteArray, expected);
    QCOMPARE(AttributedHtml::withAttributes(html, tag, ElementAttributes::parse(list)), expected);
}

void TestKramdownAttributeLists::reachesAcrossBlocks_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("reaches");
    QTest::newRow("list right after its block") << QByteArray("Text.\n{: .a}\n\nMore.\n") << false;
    QTest::newRow("list right before its block") << QByteArray("{: .a}\nText.\n") << false;
    QTest::newRow("list before a blank line") << QByteArray("{: .a}\n\nText.\n") << true;
    QTest::newRow("list after a blank line on the last line") << QByteArray("Text.\n\n{: .a}") << true;
    QTest::newRow("list ending the text right after its block") << QByteArray("Text.\n{: .a}") << false;
    QTest::newRow("definition") << QByteArray("{:name: .a}\nText.\n") << true;
    QTest::newRow("span list") << QByteArray("*a*{: .b}\n\nText.\n") << false;
    QTest::newRow("extension") << QByteArray("{::comment}\nx\n{:/comment}\n") << false;
}

void TestKramdownAttributeLists::reachesAcrossBlocks() {
    QFETCH(QByteArray, text);
    QFETCH(bool, reaches);
    QCOMPARE(KramdownAttributeLists::reachesAcrossBlocks(text.constData(), text.size()), reaches);
}

// renderDocument() prints the document in one go, attributes and table of contents included: the reference
// the blocks are checked against.
void TestKramdownAttributeLists::wholeDocumentMatchesTheBlocks() {
    const QByteArray markdown = "* toc\n{:toc}\n\n## A\n{: .x}\n\n> ## A\n> text *em*{: .e}\n\n## B {#b}\n";
    QCOMPARE(BlockRenderer::renderDocument(markdown), BlockRenderer::joined(BlockRenderer::render(markdown)));
    QVERIFY(
        BlockRenderer::renderDocument(markdown).contains("<a href=\"#a-1\" id=\"markdown-toc-a-1\">A</a>"));
}

QTEST_APPLESS_MAIN(TestKramdownAttributeLists)
#include "tst_kramdownattributelists.moc"
