// kramdown's abbreviations (KramdownAbbreviations). Every expected HTML below is what the real kramdown
// printed through Jekyll 4.3's Markdown converter with its defaults (`ruby /work/tmp/kd.rb`, a script that
// calls Jekyll::Converters::Markdown#convert), pasted as it printed it.
#include "kramdownrender.h"

#include <QtTest>

class TestKramdownAbbreviations : public QObject {
    Q_OBJECT

private slots:
    void markup_data();
    void markup();
    void blocksJoinedAreTheDocument_data() { markup_data(); }
    void blocksJoinedAreTheDocument();
    void definitionsOnlyParagraphMakesNoBlock();
    void definitionEditedFarFromItsUses();
    void commonMarkKeepsTheText();
};

void TestKramdownAbbreviations::markup_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");

    QTest::newRow("a definition marks every word, and prints nothing")
        << QByteArray(
               "The HTML spec and W3C.\n\n*[HTML]: Hyper Text Markup Language\n*[W3C]:  World Wide Web "
               "Consortium\n\nMore HTML here, HTMLish no. `HTML` code.\n")
        << QByteArray(
               "<p>The <abbr title=\"Hyper Text Markup Language\">HTML</abbr> spec and <abbr title=\"World "
               "Wide Web Consortium\">W3C</abbr>.</p>\n\n<p>More <abbr title=\"Hyper Text Markup "
               "Language\">HTML</abbr> here, HTMLish no. <code class=\"language-plaintext "
               "highlighter-rouge\">HTML</code> code.</p>\n");
    QTest::newRow("a definition inside a paragraph is text")
        << QByteArray("Para\n*[HTML]: Hyper\nmore HTML\n")
        << QByteArray("<p>Para\n*[HTML]: Hyper\nmore HTML</p>\n");
    QTest::newRow("the last definition wins, lines after a definition are a paragraph")
        << QByteArray("*[HTML]: with \"quote\" & amp\n*[HTML]: override\nText HTML here\n")
        << QByteArray("<p>Text <abbr title=\"override\">HTML</abbr> here</p>\n");
    QTest::newRow("in list items and table cells")
        << QByteArray("* item HTML\n\n| a | HTML |\n|---|---|\n| HTML | b |\n\n*[HTML]: H\n")
        << QByteArray(
               "<ul>\n  <li>item <abbr title=\"H\">HTML</abbr></li>\n</ul>\n\n<table>\n  <thead>\n    <tr>\n "
               "     <th>a</th>\n      <th><abbr title=\"H\">HTML</abbr></th>\n    </tr>\n  </thead>\n  "
               "<tbody>\n    <tr>\n      <td><abbr title=\"H\">HTML</abbr></td>\n      <td>b</td>\n    "
               "</tr>\n  </tbody>\n</table>\n\n");
    QTest::newRow("an empty title prints no title")
        << QByteArray("An ABC.\n\n*[ABC]:\n") << QByteArray("<p>An <abbr>ABC</abbr>.</p>\n\n");
    QTest::newRow("the title is escaped and not typeset")
        << QByteArray("Use CSS.\n\n*[CSS]: \"Cascading\" <Style> & Sheets -- yes\n")
        << QByteArray(
               "<p>Use <abbr title=\"&quot;Cascading&quot; &lt;Style&gt; &amp; Sheets -- "
               "yes\">CSS</abbr>.</p>\n\n");
    QTest::newRow("the longest abbreviation wins")
        << QByteArray("HTML5 and HTML.\n\n*[HTML]: a\n*[HTML5]: b\n")
        << QByteArray("<p><abbr title=\"b\">HTML5</abbr> and <abbr title=\"a\">HTML</abbr>.</p>\n\n");
}

void TestKramdownAbbreviations::markup() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(withoutIndentation(renderKramdown(markdown)), withoutIndentation(jekyll));
}

void TestKramdownAbbreviations::blocksJoinedAreTheDocument() {
    QFETCH(QByteArray, markdown);
    QCOMPARE(BlockRenderer::joined(renderKramdownBlocks(markdown)), renderKramdown(markdown));
}

void TestKramdownAbbreviations::definitionsOnlyParagraphMakesNoBlock() {
    const RenderedBlocks blocks = renderKramdownBlocks("A HTML.\n\n*[HTML]: H\n*[CSS]: C\n\nB CSS.\n");
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(0).firstLine, 1);
    QCOMPARE(blocks.at(1).firstLine, 6);
    QCOMPARE(blocks.at(1).html, QByteArray("<p>B <abbr title=\"C\">CSS</abbr>.</p>\n"));
}

// A definition changes blocks far from it: the incremental renderer renders the whole body.
void TestKramdownAbbreviations::definitionEditedFarFromItsUses() {
    const QByteArray before = "HTML first.\n\nMiddle.\n\n*[HTML]: One\n";
    const QByteArray after = "HTML first.\n\nMiddle.\n\n*[HTML]: Two\n";
    bool incremental = true;
    QVERIFY(incrementalMatchesFull(before, after, &incremental));
    QVERIFY(!incremental);
    QVERIFY(BlockRenderer::joined(renderKramdownBlocks(after)).startsWith("<p><abbr title=\"Two\">"));
}

void TestKramdownAbbreviations::commonMarkKeepsTheText() {
    QCOMPARE(BlockRenderer::renderDocument("HTML.\n\n*[HTML]: H\n", BlockRenderer::Liquid::Verbatim,
                                           MarkdownDialect::commonMark()),
             QByteArray("<p>HTML.</p>\n<p>*[HTML]: H</p>\n"));
}

QTEST_GUILESS_MAIN(TestKramdownAbbreviations)
#include "tst_kramdownabbreviations.moc"
