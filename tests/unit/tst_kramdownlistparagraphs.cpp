// kramdown's item-by-item choice between `<li><p>text</p></li>` and `<li>text</li>` (KramdownListParagraphs).
// Every expected HTML below is what the real kramdown printed through Jekyll 4.3's Markdown converter with
// its defaults (`ruby /work/tmp/kd.rb`, a script that calls Jekyll::Converters::Markdown#convert).
#include "kramdownrender.h"

#include <QtTest>

class TestKramdownListParagraphs : public QObject {
    Q_OBJECT

private slots:
    void markup_data();
    void markup();
    void blocksJoinedAreTheDocument_data() { markup_data(); }
    void blocksJoinedAreTheDocument();
    void commonMarkKeepsOneChoicePerList();
};

void TestKramdownListParagraphs::markup_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");

    QTest::newRow("only the item a blank line follows is a paragraph")
        << QByteArray("1.  a\n2.  b\n    \n3.  c\n\nafter\n")
        << QByteArray(
               "<ol>\n  <li>a</li>\n  <li>\n    <p>b</p>\n  </li>\n  <li>c</li>\n</ol>\n\n<p>after</p>\n");
    QTest::newRow("every item apart: all paragraphs")
        << QByteArray("- a\n\n- b\n\n- c\n")
        << QByteArray(
               "<ul>\n  <li>\n    <p>a</p>\n  </li>\n  <li>\n    <p>b</p>\n  </li>\n  <li>\n    <p>c</p>\n  "
               "</li>\n</ul>\n");
    QTest::newRow("the last item is bare after a bare one")
        << QByteArray("- a\n- b\n\n- c\n")
        << QByteArray("<ul>\n  <li>a</li>\n  <li>\n    <p>b</p>\n  </li>\n  <li>c</li>\n</ul>\n");
    QTest::newRow("an item with two paragraphs, then the last after it")
        << QByteArray("- a\n\n  more\n- b\n")
        << QByteArray(
               "<ul>\n  <li>\n    <p>a</p>\n\n    <p>more</p>\n  </li>\n  <li>\n    <p>b</p>\n  "
               "</li>\n</ul>\n");
    QTest::newRow("a second paragraph in a middle item")
        << QByteArray("- a\n- b\n\n  more\n- c\n")
        << QByteArray(
               "<ul>\n  <li>a</li>\n  <li>\n    <p>b</p>\n\n    <p>more</p>\n  </li>\n  <li>c</li>\n</ul>\n");
    QTest::newRow("bare items after the blank line")
        << QByteArray("- a\n\n- b\n- c\n")
        << QByteArray("<ul>\n  <li>\n    <p>a</p>\n  </li>\n  <li>b</li>\n  <li>c</li>\n</ul>\n");
    QTest::newRow("the last item before a paragraph follows its wrapped siblings")
        << QByteArray("* a\n\n* b\n\ntext\n")
        << QByteArray(
               "<ul>\n  <li>\n    <p>a</p>\n  </li>\n  <li>\n    <p>b</p>\n  </li>\n</ul>\n\n<p>text</p>\n");
    QTest::newRow("a nested loose list inside a tight one")
        << QByteArray("- a\n  - x\n\n  - y\n- b\n")
        << QByteArray(
               "<ul>\n  <li>a\n    <ul>\n      <li>\n        <p>x</p>\n      </li>\n      <li>\n        "
               "<p>y</p>\n      </li>\n    </ul>\n  </li>\n  <li>b</li>\n</ul>\n");
}

void TestKramdownListParagraphs::markup() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(withoutSpaceAroundTags(renderKramdown(markdown)), withoutSpaceAroundTags(jekyll));
}

void TestKramdownListParagraphs::blocksJoinedAreTheDocument() {
    QFETCH(QByteArray, markdown);
    QCOMPARE(withoutIndentation(BlockRenderer::joined(renderKramdownBlocks(markdown))),
             withoutIndentation(renderKramdown(markdown)));
}

// A site on CommonMark keeps cmark's one choice for the whole list.
void TestKramdownListParagraphs::commonMarkKeepsOneChoicePerList() {
    const QByteArray html = BlockRenderer::renderDocument(
        "- a\n- b\n\n- c\n", BlockRenderer::Liquid::Verbatim, MarkdownDialect::commonMark());
    QCOMPARE(html, QByteArray(
                       "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n<li>\n<p>c</p>\n</li>\n</ul>\n"));
}

QTEST_GUILESS_MAIN(TestKramdownListParagraphs)
#include "tst_kramdownlistparagraphs.moc"
