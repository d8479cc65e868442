// kramdown's `markdown="1"` in HTML blocks (KramdownHtmlMarkdown). Every expected HTML below is what the real
// kramdown printed through Jekyll 4.3's Markdown converter with its defaults (`ruby /work/tmp/kd.rb`, a
// script that calls Jekyll::Converters::Markdown#convert), pasted as it printed it.
#include "kramdownrender.h"

#include <QtTest>

class TestKramdownHtmlMarkdown : public QObject {
    Q_OBJECT

private slots:
    void markup_data();
    void markup();
    void blocksJoinedAreTheDocument_data() { markup_data(); }
    void blocksJoinedAreTheDocument();
    void elementKeepsItsLines();
};

void TestKramdownHtmlMarkdown::markup_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");

    QTest::newRow("Markdown right after the opening tag")
        << QByteArray("<div class=\"x\" markdown=\"1\">\n**Bold** and *em*\n\n- item\n</div>\n\nAfter\n")
        << QByteArray(
               "<div class=\"x\">\n  <p><strong>Bold</strong> and <em>em</em></p>\n\n  <ul>\n    "
               "<li>item</li>\n  </ul>\n</div>\n\n<p>After</p>\n");
    QTest::newRow("a blank line after the opening tag")
        << QByteArray("<div class=\"x\" markdown=\"1\">\n\n**Bold** and \"q\"\n\n</div>\n")
        << QByteArray("<div class=\"x\">\n\n  <p><strong>Bold</strong> and “q”</p>\n\n</div>\n");
    QTest::newRow("the closing tag in the same block")
        << QByteArray("<section markdown=\"1\">\nSome `code` here.\n</section>\n")
        << QByteArray(
               "<section>\n  <p>Some <code class=\"language-plaintext highlighter-rouge\">code</code> "
               "here.</p>\n</section>\n");
    QTest::newRow("without the attribute the block stays raw")
        << QByteArray("<div class=\"x\">\n**Bold**\n</div>\n")
        << QByteArray("<div class=\"x\">\n**Bold**\n</div>\n");
}

void TestKramdownHtmlMarkdown::markup() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(withoutIndentation(renderKramdown(markdown)), withoutIndentation(jekyll));
}

void TestKramdownHtmlMarkdown::blocksJoinedAreTheDocument() {
    QFETCH(QByteArray, markdown);
    QCOMPARE(BlockRenderer::joined(renderKramdownBlocks(markdown)), renderKramdown(markdown));
}

void TestKramdownHtmlMarkdown::elementKeepsItsLines() {
    const RenderedBlocks blocks = renderKramdownBlocks("A\n\n<div markdown=\"1\">\n*x*\ny\n</div>\n\nB\n");
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(1).html, QByteArray("<div>\n<p><em>x</em>\ny</p>\n</div>\n"));
    QCOMPARE(blocks.at(1).firstLine, 3);
    QCOMPARE(blocks.at(1).lastLine, 6);
}

QTEST_GUILESS_MAIN(TestKramdownHtmlMarkdown)
#include "tst_kramdownhtmlmarkdown.moc"
