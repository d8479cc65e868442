// kramdown's extensions `{::comment}`, `{::nomarkdown}` and `{::options}` (KramdownExtensions). Every
// expected HTML below is what the real kramdown printed through Jekyll 4.3's Markdown converter with its
// defaults
// (`ruby /work/tmp/kd.rb`, a script that calls Jekyll::Converters::Markdown#convert), pasted as it printed
// it.
#include "kramdownrender.h"

#include <QtTest>

class TestKramdownExtensions : public QObject {
    Q_OBJECT

private slots:
    void markup_data();
    void markup();
    void blocksJoinedAreTheDocument_data() { markup_data(); }
    void blocksJoinedAreTheDocument();
    void commentBlockKeepsTheLinesItTookIn();
    void closingTagTypedFarBelowTheOpening();
};

void TestKramdownExtensions::markup_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");

    QTest::newRow("a comment block prints as an HTML comment")
        << QByteArray("{::comment}\nline one\nline two\n{:/comment}\n\nA\n")
        << QByteArray("<!-- line one\nline two -->\n\n<p>A</p>\n");
    QTest::newRow("a comment block with a blank line, closed by {:/}")
        << QByteArray("{::comment}\nx\n\ny\n{:/}\n\nB\n") << QByteArray("<!-- x\n\ny -->\n\n<p>B</p>\n");
    QTest::newRow("span extensions: options gone, comment, raw content")
        << QByteArray(
               "Para {::options auto_ids=\"false\" /} text and {::comment}a \"q\"{:/comment} end "
               "{::nomarkdown}<b>x</b>{:/nomarkdown}.\n")
        << QByteArray("<p>Para  text and <!-- a \"q\" --> end <b>x</b>.</p>\n");
    QTest::newRow("a nomarkdown block prints as written")
        << QByteArray("{::nomarkdown}\n<div>\n\n*x*\n</div>\n{:/nomarkdown}\n\nAfter\n")
        << QByteArray("<div>\n\n*x*\n</div>\n\n<p>After</p>\n");
    QTest::newRow("an options block prints nothing")
        << QByteArray("{::options parse_block_html=\"true\" /}\n\nA\n") << QByteArray("\n<p>A</p>\n");
    QTest::newRow("an unknown extension stays text")
        << QByteArray("A {::unknown}x{:/unknown} b\n") << QByteArray("<p>A {::unknown}x{:/unknown} b</p>\n");
}

void TestKramdownExtensions::markup() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(withoutIndentation(renderKramdown(markdown)), withoutIndentation(jekyll));
}

void TestKramdownExtensions::blocksJoinedAreTheDocument() {
    QFETCH(QByteArray, markdown);
    QCOMPARE(BlockRenderer::joined(renderKramdownBlocks(markdown)), renderKramdown(markdown));
}

void TestKramdownExtensions::commentBlockKeepsTheLinesItTookIn() {
    const RenderedBlocks blocks = renderKramdownBlocks("A\n\n{::comment}\nx\n\n- y\n{:/comment}\n\nB\n");
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(1).html, QByteArray("<!-- x\n\n- y -->\n"));
    QCOMPARE(blocks.at(1).firstLine, 3);
    QCOMPARE(blocks.at(1).lastLine, 7);
    QCOMPARE(blocks.at(2).firstLine, 9);
}

// The block the closing tag is typed in is not the one the extension starts in: the whole body is rendered.
void TestKramdownExtensions::closingTagTypedFarBelowTheOpening() {
    bool incremental = true;
    QVERIFY(incrementalMatchesFull("A\n\n{::comment}\nx\n\ny\n", "A\n\n{::comment}\nx\n\ny\n{:/comment}\n",
                                   &incremental));
    QVERIFY(!incremental);
}

QTEST_GUILESS_MAIN(TestKramdownExtensions)
#include "tst_kramdownextensions.moc"
