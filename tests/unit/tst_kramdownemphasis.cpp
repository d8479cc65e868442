// kramdown's emphasis rules on cmark's parse (KramdownEmphasis). Every expected HTML below is what the real
// kramdown printed through Jekyll 4.3's Markdown converter with its defaults (`ruby /work/tmp/kd.rb`, a
// script that calls Jekyll::Converters::Markdown#convert), pasted as it printed it.
#include "kramdownrender.h"

#include <QtTest>

class TestKramdownEmphasis : public QObject {
    Q_OBJECT

private slots:
    void markup_data();
    void markup();
    void blocksJoinedAreTheDocument_data() { markup_data(); }
    void blocksJoinedAreTheDocument();
    void editsKeepPartialRendersWhole();
    void commonMarkKeepsItsRules();
    void manyUnclosedRunsStayText();
    void bytesThatAreNotUtf8KeepTheirPlace();
};

void TestKramdownEmphasis::markup_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");

    QTest::newRow("strong around CJK brackets, which cmark's flanking rules refuse")
        << QByteArray("这是**「重要」**的\n") << QByteArray("<p>这是<strong>「重要」</strong>的</p>\n");
    QTest::newRow("a closer after CJK punctuation and before a letter")
        << QByteArray("**免责声明：**我之前\n") << QByteArray("<p><strong>免责声明：</strong>我之前</p>\n");
    QTest::newRow("a run across a sentence with brackets inside")
        << QByteArray("它**「出乎意料」且「矛盾」**。\n")
        << QByteArray("<p>它<strong>「出乎意料」且「矛盾」</strong>。</p>\n");
    QTest::newRow("emphasis next to CJK brackets, underscores after a letter stay text")
        << QByteArray("一个*「引用」*和__「强」__\n")
        << QByteArray("<p>一个<em>「引用」</em>和__「强」__</p>\n");
    QTest::newRow("emphasis inside emphasis is text")
        << QByteArray("This *does _not_ work*.\n") << QByteArray("<p>This <em>does _not_ work</em>.</p>\n");
    QTest::newRow("strong inside strong is text")
        << QByteArray("This **does __not__ work either**.\n")
        << QByteArray("<p>This <strong>does __not__ work either</strong>.</p>\n");
    QTest::newRow("strong inside a link inside strong is text")
        << QByteArray("**a [b **c** d](u) e**\n")
        << QByteArray("<p><strong>a <a href=\"u\">b **c** d</a> e</strong></p>\n");
    QTest::newRow("a triple run is strong around emphasis")
        << QByteArray("第一日 ***Module?*** 从\n")
        << QByteArray("<p>第一日 <strong><em>Module?</em></strong> 从</p>\n");
    QTest::newRow("emphasis inside strong stays")
        << QByteArray("**a *b* c**\n") << QByteArray("<p><strong>a <em>b</em> c</strong></p>\n");
    QTest::newRow("escaped stars stay text")
        << QByteArray("a \\*not\\* em **x\n") << QByteArray("<p>a *not* em **x</p>\n");
    QTest::newRow("runs with white space after the opener or before the closer stay text")
        << QByteArray("这是** 不 **的\n") << QByteArray("<p>这是** 不 **的</p>\n");
    QTest::newRow("lone runs stay text") << QByteArray("x ** y\n") << QByteArray("<p>x ** y</p>\n");
    QTest::newRow("underscores inside words stay text, after a digit they open")
        << QByteArray("中文__强调__中文 and 1_000_\n")
        << QByteArray("<p>中文__强调__中文 and 1<em>000</em></p>\n");
    QTest::newRow("intraword stars emphasise, intraword underscores do not")
        << QByteArray("_a_b_ and *a*b*\n") << QByteArray("<p><em>a_b</em> and <em>a</em>b*</p>\n");
    QTest::newRow("a star inside link text is the link's")
        << QByteArray("*[link*](u) z*\n") << QByteArray("<p><em><a href=\"u\">link*</a> z</em></p>\n");
    QTest::newRow("across a line break and a code span")
        << QByteArray("文字**「一」\n`code`「二」**完\n")
        << QByteArray(
               "<p>文字<strong>「一」\n<code class=\"language-plaintext highlighter-rouge\">code</code>「二」"
               "</strong>完</p>\n");
    QTest::newRow("in a list item and a heading")
        << QByteArray("- 项目**「一」**项\n\n## 标题**「二」**题\n")
        << QByteArray(
               "<ul>\n  <li>项目<strong>「一」</strong>项</li>\n</ul>\n\n<h2 "
               "id=\"标题二题\">标题<strong>「二」</strong>题</h2>\n");
}

void TestKramdownEmphasis::markup() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(withoutIndentation(renderKramdown(markdown)), withoutIndentation(jekyll));
}

void TestKramdownEmphasis::blocksJoinedAreTheDocument() {
    QFETCH(QByteArray, markdown);
    QCOMPARE(withoutIndentation(BlockRenderer::joined(renderKramdownBlocks(markdown))),
             withoutIndentation(renderKramdown(markdown)));
}

// Pairing is inside one block: an edit that opens or closes a run renders only near it, and as a whole
// render does.
void TestKramdownEmphasis::editsKeepPartialRendersWhole() {
    const QByteArray before = "Intro.\n\n这是**「重要」的\n\nMiddle.\n\nEnd.\n";
    const QByteArray after = "Intro.\n\n这是**「重要」**的\n\nMiddle.\n\nEnd.\n";
    bool incremental = false;
    QVERIFY(incrementalMatchesFull(before, after, &incremental));
    QVERIFY(incremental);
    QVERIFY(withoutIndentation(renderKramdown(after)).contains("<strong>「重要」</strong>"));
    QVERIFY(!withoutIndentation(renderKramdown(before)).contains("<strong>"));
}

// A site on CommonMark keeps cmark's rules.
void TestKramdownEmphasis::commonMarkKeepsItsRules() {
    const QByteArray html = BlockRenderer::renderDocument(
        "这是**「重要」**的 *a _b_ c*\n", BlockRenderer::Liquid::Verbatim, MarkdownDialect::commonMark());
    QCOMPARE(html, QByteArray("<p>这是**「重要」**的 <em>a <em>b</em> c</em></p>\n"));
}

// kramdown's reading is not linear; a paragraph of unclosed runs is still rendered, the runs as text.
void TestKramdownEmphasis::manyUnclosedRunsStayText() {
    QByteArray markdown;
    for (int i = 0; i < 3000; ++i)
        markdown += "**a *b ";
    markdown += "\n";
    const QByteArray html = renderKramdown(markdown);
    QVERIFY(html.startsWith("<p>**a *b **a"));
    QVERIFY(!html.contains("<strong>"));
}

// The renderer gets bytes that are not UTF-8 from the fuzzer (the editor refuses such files): the runs are
// still cut at their own bytes.
void TestKramdownEmphasis::bytesThatAreNotUtf8KeepTheirPlace() {
    const QByteArray html = renderKramdown("\xff\xff \xe4\xb8\xad**\xe3\x80\x8cx\xe3\x80\x8d**z _y_\n");
    QVERIFY2(html.endsWith(" \xe4\xb8\xad<strong>\xe3\x80\x8cx\xe3\x80\x8d</strong>z <em>y</em></p>\n"),
             html.toHex(' ').constData());
}

QTEST_GUILESS_MAIN(TestKramdownEmphasis)
#include "tst_kramdownemphasis.moc"
