// SourceLines: cmark's line numbers for byte offsets and back, also for the line numbers of nodes made
// without a position.
#include "render/blockrenderer.h"
#include "render/markdowndialect.h"
#include "render/sourcelines.h"

#include <QtTest>

class TestSourceLines : public QObject {
    Q_OBJECT

private slots:
    void linesEndAsCommonMarkEndsThem();
    void lineZeroIsTheTextsStart();
    void paragraphTheTableExtensionSplitOff();
};

void TestSourceLines::linesEndAsCommonMarkEndsThem() {
    const QByteArray text = "a\nbb\r\ncc\rd";
    const SourceLines lines(text);
    QCOMPARE(lines.lineCount(), 4);
    QCOMPARE(lines.start(1), 0);
    QCOMPARE(lines.start(2), 2);
    QCOMPARE(lines.start(3), 6);
    QCOMPARE(lines.start(4), 9);
    QCOMPARE(lines.start(5), text.size());
    QCOMPARE(lines.lineAt(7), 3);
    QVERIFY(!lines.isBlank(2));
    QVERIFY(lines.isBlank(0));
}

// A node cmark or a pass made without a position says line 0: its text is read from the text's start, never
// from before it.
void TestSourceLines::lineZeroIsTheTextsStart() {
    const QByteArray text = "first\nsecond\n";
    const SourceLines lines(text);
    QCOMPARE(lines.start(0), 0);
    QCOMPARE(lines.start(-3), 0);
}

// Found by fuzz_render: GFM's table extension splits the paragraph before a table into a new paragraph
// without a position, which the kramdown passes then read.
void TestSourceLines::paragraphTheTableExtensionSplitOff() {
    const QByteArray html = BlockRenderer::renderDocument("|\n{::\n|-\n", BlockRenderer::Liquid::Verbatim,
                                                          MarkdownDialect::kramdown());
    QVERIFY2(html.startsWith("<p>|</p>\n<table>"), html.constData());
}

QTEST_GUILESS_MAIN(TestSourceLines)
#include "tst_sourcelines.moc"
