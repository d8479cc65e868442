// kramdown's footnote markup (KramdownFootnotes). Every expected HTML below is what the real kramdown printed
// through Jekyll 4.3's Markdown converter with its defaults (`ruby /work/tmp/kd.rb`, a script that calls
// Jekyll::Converters::Markdown#convert), pasted as it printed it (the back-links follow a no-break space).
#include "kramdownrender.h"

#include <QtTest>

class TestKramdownFootnotes : public QObject {
    Q_OBJECT

private slots:
    void markup_data();
    void markup();
    void blocksJoinedAreTheDocument_data() { markup_data(); }
    void blocksJoinedAreTheDocument();
    void notesAreOneLastBlockWithTheirLines();
    void incrementalRenderStaysWhole();
    void commonMarkKeepsCmarkMarkup();
};

void TestKramdownFootnotes::markup_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");

    QTest::newRow("a note referenced once")
        << QByteArray("A[^1].\n\n[^1]: Note.\n")
        << QByteArray(
               "<p>A<sup id=\"fnref:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\" "
               "rel=\"footnote\">1</a></sup>.</p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  "
               "<ol>\n    <li id=\"fn:1\" role=\"doc-endnote\">\n      <p>Note.\xc2\xa0"
               "<a href=\"#fnref:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    "
               "</li>\n  </ol>\n</div>\n");
    QTest::newRow("named notes, numbered in reference order")
        << QByteArray("Only[^b] then[^a].\n\n[^a]: A.\n[^b]: B.\n[^c]: unused.\n")
        << QByteArray(
               "<p>Only<sup id=\"fnref:b\" role=\"doc-noteref\"><a href=\"#fn:b\" class=\"footnote\" "
               "rel=\"footnote\">1</a></sup> then<sup id=\"fnref:a\" role=\"doc-noteref\"><a href=\"#fn:a\" "
               "class=\"footnote\" rel=\"footnote\">2</a></sup>.</p>\n\n<div class=\"footnotes\" "
               "role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:b\" role=\"doc-endnote\">\n      "
               "<p>B.\xc2\xa0"
               "<a href=\"#fnref:b\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    "
               "</li>\n    <li id=\"fn:a\" role=\"doc-endnote\">\n      <p>A.\xc2\xa0"
               "<a href=\"#fnref:a\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    "
               "</li>\n  </ol>\n</div>\n");
    QTest::newRow("a note referenced twice gets two back-links")
        << QByteArray(
               "Text[^1] and again[^1] and more[^note].\n\n[^1]: First note.\n[^note]: Named *note*.\n\n    "
               "Second para.\n\nAfter.\n")
        << QByteArray(
               "<p>Text<sup id=\"fnref:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\" "
               "rel=\"footnote\">1</a></sup> and again<sup id=\"fnref:1:1\" role=\"doc-noteref\"><a "
               "href=\"#fn:1\" class=\"footnote\" rel=\"footnote\">1</a></sup> and more<sup "
               "id=\"fnref:note\" role=\"doc-noteref\"><a href=\"#fn:note\" class=\"footnote\" "
               "rel=\"footnote\">2</a></sup>.</p>\n\n<p>After.</p>\n<div class=\"footnotes\" "
               "role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:1\" role=\"doc-endnote\">\n      <p>First "
               "note.\xc2\xa0"
               "<a href=\"#fnref:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a>\xc2\xa0"
               "<a href=\"#fnref:1:1\" class=\"reversefootnote\" "
               "role=\"doc-backlink\">&#8617;<sup>2</sup></a></p>\n    </li>\n    <li id=\"fn:note\" "
               "role=\"doc-endnote\">\n      <p>Named <em>note</em>.</p>\n\n      <p>Second para.\xc2\xa0"
               "<a href=\"#fnref:note\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    "
               "</li>\n  </ol>\n</div>\n");
    QTest::newRow("a note ending in code gets a paragraph for its back-link")
        << QByteArray("A[^1].\n\n[^1]:\n    ```\n    code\n    ```\n")
        << QByteArray(
               "<p>A<sup id=\"fnref:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\" "
               "rel=\"footnote\">1</a></sup>.</p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  "
               "<ol>\n    <li id=\"fn:1\" role=\"doc-endnote\">\n\n      <div class=\"language-plaintext "
               "highlighter-rouge\"><div class=\"highlight\"><pre "
               "class=\"highlight\"><code>code\n</code></pre></div>      </div>\n      <p><a "
               "href=\"#fnref:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    "
               "</li>\n  </ol>\n</div>\n");
    QTest::newRow("a note in a list item")
        << QByteArray("- item[^x]\n\n[^x]: In a list.\n")
        << QByteArray(
               "<ul>\n  <li>item<sup id=\"fnref:x\" role=\"doc-noteref\"><a href=\"#fn:x\" "
               "class=\"footnote\" rel=\"footnote\">1</a></sup></li>\n</ul>\n\n<div class=\"footnotes\" "
               "role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:x\" role=\"doc-endnote\">\n      <p>In a "
               "list.\xc2\xa0"
               "<a href=\"#fnref:x\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    "
               "</li>\n  </ol>\n</div>\n");
}

void TestKramdownFootnotes::markup() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(withoutIndentation(renderKramdown(markdown)), withoutIndentation(jekyll));
}

void TestKramdownFootnotes::blocksJoinedAreTheDocument() {
    QFETCH(QByteArray, markdown);
    QCOMPARE(BlockRenderer::joined(renderKramdownBlocks(markdown)), renderKramdown(markdown));
}

void TestKramdownFootnotes::notesAreOneLastBlockWithTheirLines() {
    const RenderedBlocks blocks =
        renderKramdownBlocks("A[^1] b[^2].\n\n[^1]: One.\n\nMiddle.\n\n[^2]: Two.\n");
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(1).html, QByteArray("<p>Middle.</p>\n"));
    const RenderedBlock &notes = blocks.last();
    QVERIFY(notes.html.startsWith("<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n"));
    QVERIFY(notes.html.endsWith("  </ol>\n</div>\n"));
    QCOMPARE(notes.firstLine, 3);
    QCOMPARE(notes.lastLine, 7);
}

void TestKramdownFootnotes::incrementalRenderStaysWhole() {
    bool incremental = true;
    QVERIFY(incrementalMatchesFull("A[^1].\n\nB.\n\n[^1]: One.\n", "A[^1].\n\nB[^1].\n\n[^1]: One.\n",
                                   &incremental));
    QVERIFY(!incremental);
}

void TestKramdownFootnotes::commonMarkKeepsCmarkMarkup() {
    const QByteArray html = BlockRenderer::renderDocument(
        "A[^1].\n\n[^1]: One.\n", BlockRenderer::Liquid::Verbatim, MarkdownDialect::commonMark());
    QVERIFY(html.contains("<section class=\"footnotes\" data-footnotes>"));
}

QTEST_GUILESS_MAIN(TestKramdownFootnotes)
#include "tst_kramdownfootnotes.moc"
