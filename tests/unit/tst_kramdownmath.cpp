// kramdown's `$$` math as its default engine, MathJax, prints it (KramdownMath). Every expected HTML below is
// what the real kramdown printed through Jekyll 4.3's Markdown converter with its defaults
// (`ruby /work/tmp/kd.rb`, a script that calls Jekyll::Converters::Markdown#convert), pasted as it printed
// it.
#include "kramdownrender.h"

#include <QtTest>

class TestKramdownMath : public QObject {
    Q_OBJECT

private slots:
    void markup_data();
    void markup();
    void blocksJoinedAreTheDocument_data() { markup_data(); }
    void blocksJoinedAreTheDocument();
    void mathBlockIsKramdownsExactTextWithItsLines();
    void incrementalEditInsideMath();
};

void TestKramdownMath::markup_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");

    QTest::newRow("inline math keeps its backslashes")
        << QByteArray("Math $$a\\,b + \\frac{1}{2}$$ inline.\n")
        << QByteArray("<p>Math \\(a\\,b + \\frac{1}{2}\\) inline.</p>\n");
    QTest::newRow("a paragraph of math is a block")
        << QByteArray("$$\nx^2 \\\\ y_1 * z_2\n$$\n") << QByteArray("\\[x^2 \\\\ y_1 * z_2\\]\n");
    QTest::newRow("math is escaped and stripped, quotes stay")
        << QByteArray("x $$ a \"q\" & b<c $$ y\n") << QByteArray("<p>x \\(a \"q\" &amp; b&lt;c\\) y</p>\n");
    QTest::newRow("emphasis markers inside math are math")
        << QByteArray("$$a*b*c$$ and $$d_1 e_2$$\n") << QByteArray("<p>\\(a*b*c\\) and \\(d_1 e_2\\)</p>\n");
    QTest::newRow("two spans in a paragraph are inline")
        << QByteArray("$$ a $$ and $$b$$\n") << QByteArray("<p>\\(a\\) and \\(b\\)</p>\n");
    QTest::newRow("dollars in a code span stay code")
        << QByteArray("`$$code$$` and $$m$$\n")
        << QByteArray(
               "<p><code class=\"language-plaintext highlighter-rouge\">$$code$$</code> and \\(m\\)</p>\n");
    QTest::newRow("math on a paragraph's second line is inline")
        << QByteArray("text\n$$b = c$$\n") << QByteArray("<p>text\n\\(b = c\\)</p>\n");
    QTest::newRow("math in a list item")
        << QByteArray("- item $$y$$\n- $$\\alpha$$\n")
        << QByteArray("<ul>\n  <li>item \\(y\\)</li>\n  <li>\n\\[\\alpha\\]\n  </li>\n</ul>\n");
    QTest::newRow("math in a quote") << QByteArray("> $$\\beta$$ quoted\n")
                                     << QByteArray(
                                            "<blockquote>\n  <p>\\(\\beta\\) quoted</p>\n</blockquote>\n");
}

void TestKramdownMath::markup() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(withoutIndentation(renderKramdown(markdown)), withoutIndentation(jekyll));
}

void TestKramdownMath::blocksJoinedAreTheDocument() {
    QFETCH(QByteArray, markdown);
    QCOMPARE(BlockRenderer::joined(renderKramdownBlocks(markdown)), renderKramdown(markdown));
}

void TestKramdownMath::mathBlockIsKramdownsExactTextWithItsLines() {
    const RenderedBlocks blocks = renderKramdownBlocks("Before.\n\n$$\n\\sum_{i=1}^n i\n$$\n\nAfter.\n");
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(1).html, QByteArray("\\[\\sum_{i=1}^n i\\]\n"));
    QCOMPARE(blocks.at(1).firstLine, 3);
    QCOMPARE(blocks.at(1).lastLine, 5);
}

void TestKramdownMath::incrementalEditInsideMath() {
    bool incremental = false;
    QVERIFY(incrementalMatchesFull("A.\n\n$$\nx\n$$\n\nB $$y$$.\n", "A.\n\n$$\nx\\,z\n$$\n\nB $$y$$.\n",
                                   &incremental));
    QVERIFY(incremental);
}

QTEST_GUILESS_MAIN(TestKramdownMath)
#include "tst_kramdownmath.moc"
