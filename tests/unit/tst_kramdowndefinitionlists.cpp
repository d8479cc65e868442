// kramdown's definition lists (KramdownDefinitionLists). Every expected HTML below is what the real kramdown
// printed through Jekyll 4.3's Markdown converter with its defaults (`ruby /work/tmp/kd.rb`, a script that
// calls Jekyll::Converters::Markdown#convert), pasted as it printed it.
#include "kramdownrender.h"

#include <QtTest>

class TestKramdownDefinitionLists : public QObject {
    Q_OBJECT

private slots:
    void markup_data();
    void markup();
    void blocksJoinedAreTheDocument_data() { markup_data(); }
    void blocksJoinedAreTheDocument();
    void tightListIsKramdownsExactText();
    void listKeepsTheLinesItTookIn();
    void incrementalEdits_data();
    void incrementalEdits();
    void commonMarkKeepsParagraphs();
};

void TestKramdownDefinitionLists::markup_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");

    QTest::newRow("a term and its definition")
        << QByteArray("term\n: definition\n")
        << QByteArray("<dl>\n  <dt>term</dt>\n  <dd>definition</dd>\n</dl>\n");
    QTest::newRow("several definitions, several terms")
        << QByteArray("Apple\n: Pomaceous fruit\n: Another def\n\nOrange\nTangerine\n: Citrus fruit\n")
        << QByteArray(
               "<dl>\n  <dt>Apple</dt>\n  <dd>Pomaceous fruit</dd>\n  <dd>Another def</dd>\n  "
               "<dt>Orange</dt>\n  <dt>Tangerine</dt>\n  <dd>Citrus fruit</dd>\n</dl>\n");
    QTest::newRow("a blank line before a definition makes it a paragraph")
        << QByteArray("term\n\n: def with blank before\n\n: second def\n")
        << QByteArray(
               "<dl>\n  <dt>term</dt>\n  <dd>\n    <p>def with blank before</p>\n  </dd>\n  <dd>\n    "
               "<p>second def</p>\n  </dd>\n</dl>\n");
    QTest::newRow("inline markup and a lazy line inside")
        << QByteArray("A para\n\nterm *em*\n: def `code`\ncontinued line\n\nafter\n")
        << QByteArray(
               "<p>A para</p>\n\n<dl>\n  <dt>term <em>em</em></dt>\n  <dd>def <code "
               "class=\"language-plaintext highlighter-rouge\">code</code>\ncontinued "
               "line</dd>\n</dl>\n\n<p>after</p>\n");
    QTest::newRow("lists apart from paragraphs around them")
        << QByteArray("Intro\n\none\n: 1\n\ntwo\n: 2\n\nOutro\n")
        << QByteArray(
               "<p>Intro</p>\n\n<dl>\n  <dt>one</dt>\n  <dd>1</dd>\n  <dt>two</dt>\n  "
               "<dd>2</dd>\n</dl>\n\n<p>Outro</p>\n");
    QTest::newRow("two blank lines: no list") << QByteArray("term\n\n\n: not a definition\n")
                                              << QByteArray("<p>term</p>\n\n<p>: not a definition</p>\n");
    QTest::newRow("a colon line after a quote is a paragraph")
        << QByteArray("> quote\n\n: alone\n")
        << QByteArray("<blockquote>\n  <p>quote</p>\n</blockquote>\n\n<p>: alone</p>\n");
    QTest::newRow("inside a list item")
        << QByteArray("- item\n\n  term\n  : def\n")
        << QByteArray(
               "<ul>\n  <li>\n    <p>item</p>\n\n    <dl>\n      <dt>term</dt>\n      <dd>def</dd>\n    "
               "</dl>\n  </li>\n</ul>\n");
    QTest::newRow("typography inside")
        << QByteArray("\"Quoted\" term\n: it's -- fine\n")
        << QByteArray("<dl>\n  <dt>“Quoted” term</dt>\n  <dd>it’s – fine</dd>\n</dl>\n");
    QTest::newRow("a colon without a blank after it")
        << QByteArray("term\n:not a definition\n") << QByteArray("<p>term\n:not a definition</p>\n");
}

void TestKramdownDefinitionLists::markup() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(withoutIndentation(renderKramdown(markdown)), withoutIndentation(jekyll));
}

void TestKramdownDefinitionLists::blocksJoinedAreTheDocument() {
    QFETCH(QByteArray, markdown);
    QCOMPARE(BlockRenderer::joined(renderKramdownBlocks(markdown)), renderKramdown(markdown));
}

// Whitespace included, as kramdown prints it.
void TestKramdownDefinitionLists::tightListIsKramdownsExactText() {
    QCOMPARE(
        renderKramdown("Apple\n: Pomaceous fruit\n: Another def\n"),
        QByteArray("<dl>\n  <dt>Apple</dt>\n  <dd>Pomaceous fruit</dd>\n  <dd>Another def</dd>\n</dl>\n"));
}

void TestKramdownDefinitionLists::listKeepsTheLinesItTookIn() {
    const RenderedBlocks blocks = renderKramdownBlocks("Intro\n\nterm\n\n: def\n\n: more\n\nOutro\n");
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(1).firstLine, 3);
    QCOMPARE(blocks.at(1).lastLine, 7);
    QVERIFY(blocks.at(1).html.startsWith("<dl>\n  <dt>term</dt>\n  <dd>\n<p>def</p>\n  </dd>\n"));
    QCOMPARE(blocks.at(2).firstLine, 9);
}

void TestKramdownDefinitionLists::incrementalEdits_data() {
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("a definition typed under a paragraph")
        << QByteArray("A\n\nterm\n\nnext\n\nZ\n") << QByteArray("A\n\nterm\n\n: next\n\nZ\n");
    QTest::newRow("the terms typed above a definition")
        << QByteArray("A\n\n# h\n\n: def\n\nZ\n") << QByteArray("A\n\nh\n\n: def\n\nZ\n");
    QTest::newRow("a definition edited")
        << QByteArray("A\n\nterm\n: one\n\nZ\n") << QByteArray("A\n\nterm\n: two\n\nZ\n");
    QTest::newRow("a definition added after a list")
        << QByteArray("term\n: one\n\nZ\n\nY\n") << QByteArray("term\n: one\n\n: Z\n\nY\n");
}

void TestKramdownDefinitionLists::incrementalEdits() {
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    bool incremental = false;
    QVERIFY(incrementalMatchesFull(before, after, &incremental));
    QVERIFY(incremental);
}

void TestKramdownDefinitionLists::commonMarkKeepsParagraphs() {
    QCOMPARE(BlockRenderer::renderDocument("term\n: def\n", BlockRenderer::Liquid::Verbatim,
                                           MarkdownDialect::commonMark()),
             QByteArray("<p>term\n: def</p>\n"));
}

QTEST_GUILESS_MAIN(TestKramdownDefinitionLists)
#include "tst_kramdowndefinitionlists.moc"
