// kramdown's block shapes where cmark-gfm reads others (KramdownBlockShapes) and its backslash escapes
// (KramdownEscapes). Every expected HTML below is what the real kramdown printed through Jekyll 4.3's
// Markdown converter with its defaults (`ruby /work/tmp/kd.rb`, a script that calls
// Jekyll::Converters::Markdown#convert), pasted as it printed it.
#include "kramdownrender.h"

#include <QtTest>

class TestKramdownBlockShapes : public QObject {
    Q_OBJECT

private slots:
    void markup_data();
    void markup();
    void blocksJoinedAreTheDocument_data() { markup_data(); }
    void blocksJoinedAreTheDocument();
    void blocksKeepTheirLines_data();
    void blocksKeepTheirLines();
    void incrementalEditsMatchFullRenders_data();
    void incrementalEditsMatchFullRenders();
    void anyOneEditRendersAsAWholeRender();
    void editsFoundByTheStressRunMatchFullRenders_data();
    void editsFoundByTheStressRunMatchFullRenders();
};

void TestKramdownBlockShapes::markup_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");

    QTest::newRow("a simple table's dash line is paragraph text")
        << QByteArray("Name  Size\n------------- -----  ----\nfoo  1\n")
        << QByteArray("<p>Name  Size\n————- —–  —-\nfoo  1</p>\n");
    QTest::newRow("a star break after a line is paragraph text")
        << QByteArray("para\n***\n") << QByteArray("<p>para\n***</p>\n");
    QTest::newRow("an underscore break after a line is paragraph text")
        << QByteArray("para\n___\n") << QByteArray("<p>para\n___</p>\n");
    QTest::newRow("a break that starts like a list item ends the paragraph")
        << QByteArray("para\n* * *\n") << QByteArray("<p>para</p>\n<hr />\n");
    QTest::newRow("a spaced dash break ends the paragraph")
        << QByteArray("para\n- - -\n") << QByteArray("<p>para</p>\n<hr />\n");
    QTest::newRow("a dash underline under two lines is paragraph text")
        << QByteArray("a\nb\n---\n") << QByteArray("<p>a\nb\n—</p>\n");
    QTest::newRow("an equals underline under two lines is paragraph text")
        << QByteArray("a\nb\n===\n") << QByteArray("<p>a\nb\n===</p>\n");
    QTest::newRow("a dash underline under one line is a heading")
        << QByteArray("a\n---\n") << QByteArray("<h2 id=\"a\">a</h2>\n");
    QTest::newRow("an indented underline is paragraph text")
        << QByteArray("a\n ---\n") << QByteArray("<p>a\n —</p>\n");
    QTest::newRow("a break after a quote line is lazy quote text")
        << QByteArray("> a\n***\n") << QByteArray("<blockquote>\n  <p>a\n***</p>\n</blockquote>\n");
    QTest::newRow("a break in a list item after its line is item text")
        << QByteArray("* a\n  ***\n") << QByteArray("<ul>\n  <li>a\n***</li>\n</ul>\n");
    QTest::newRow("an underline in a quote under two lines is quote text")
        << QByteArray("> a\n> b\n> ---\n") << QByteArray("<blockquote>\n  <p>a\nb\n—</p>\n</blockquote>\n");
    QTest::newRow("a break after a blank line stays a break")
        << QByteArray("para\n\n***\n") << QByteArray("<p>para</p>\n\n<hr />\n");
    QTest::newRow("an end-of-block marker separates two code blocks")
        << QByteArray("    code\n\n^\n    two\n")
        << QByteArray(
               "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre "
               "class=\"highlight\"><code>code\n</code></pre></div></div>\n\n<div class=\"language-plaintext "
               "highlighter-rouge\"><div class=\"highlight\"><pre "
               "class=\"highlight\"><code>two\n</code></pre></div></div>\n");
    QTest::newRow("an end-of-block marker ends a paragraph")
        << QByteArray("para\n^\nmore\n") << QByteArray("<p>para</p>\n<p>more</p>\n");
    QTest::newRow("an end-of-block marker separates two lists")
        << QByteArray("* a\n^\n* b\n")
        << QByteArray("<ul>\n  <li>a</li>\n</ul>\n<ul>\n  <li>b</li>\n</ul>\n");
    QTest::newRow("an end-of-block marker separates two quotes")
        << QByteArray("> q\n^\n> r\n")
        << QByteArray("<blockquote>\n  <p>q</p>\n</blockquote>\n<blockquote>\n  <p>r</p>\n</blockquote>\n");
    QTest::newRow("an end-of-block marker alone prints nothing")
        << QByteArray("a\n\n^\n\nb\n") << QByteArray("<p>a</p>\n\n<p>b</p>\n");
    QTest::newRow("a caret in a fence stays code")
        << QByteArray("```\n^\n```\n")
        << QByteArray(
               "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre "
               "class=\"highlight\"><code>^\n</code></pre></div></div>\n");
    QTest::newRow("a caret with text is text") << QByteArray("^ x\n") << QByteArray("<p>^ x</p>\n");
    QTest::newRow("a thin space in single-dollar TeX keeps its backslash")
        << QByteArray("$ \\int_a^b f(x)\\,dx. $\n") << QByteArray("<p>$ \\int_a^b f(x)\\,dx. $</p>\n");
    QTest::newRow("only kramdown's escapable characters lose the backslash")
        << QByteArray("a \\& b \\^ c \\@ d \\, e \\. f \\* g \\/ h\n")
        << QByteArray("<p>a \\&amp; b \\^ c \\@ d \\, e . f * g \\/ h</p>\n");
    QTest::newRow("an escaped backslash before a parenthesis")
        << QByteArray("\\\\( x\\,y \\\\)\n") << QByteArray("<p>\\( x\\,y \\)</p>\n");
    QTest::newRow("a list of the other kind under an item's line is nested in the item")
        << QByteArray("1. one\n2. two\n  * a\n  * b\n3. three\n")
        << QByteArray(
               "<ol>\n  <li>one</li>\n  <li>two\n    <ul>\n      <li>a</li>\n      <li>b</li>\n    </ul>\n  "
               "</li>\n  <li>three</li>\n</ol>\n");
    QTest::newRow("an ordered list under a bullet item at the margin is nested")
        << QByteArray("* a\n1. b\n")
        << QByteArray("<ul>\n  <li>a\n    <ol>\n      <li>b</li>\n    </ol>\n  </li>\n</ul>\n");
    QTest::newRow("a bullet of another character goes on with the list")
        << QByteArray("* a\n- b\n+ c\n")
        << QByteArray("<ul>\n  <li>a</li>\n  <li>b</li>\n  <li>c</li>\n</ul>\n");
    QTest::newRow("lines indented as the item's content after lazy ones are a list of their own")
        << QByteArray("1. x\n  * a\n      * b\n")
        << QByteArray(
               "<ol>\n  <li>x\n    <ul>\n      <li>a</li>\n    </ul>\n    <ul>\n      <li>b</li>\n    "
               "</ul>\n  </li>\n</ol>\n");
    QTest::newRow("an ordered list after the moved list is its own list")
        << QByteArray("1. x\n  * a\n  * b\n    1. c\n")
        << QByteArray(
               "<ol>\n  <li>x\n    <ul>\n      <li>a</li>\n      <li>b</li>\n    </ul>\n    <ol>\n      "
               "<li>c</li>\n    </ol>\n  </li>\n</ol>\n");
    QTest::newRow("the moved list's items end at a blank line")
        << QByteArray("1. x\n  * a\n\n  * b\n")
        << QByteArray(
               "<ol>\n  <li>x\n    <ul>\n      <li>a</li>\n    </ul>\n  </li>\n</ol>\n\n<ul>\n  "
               "<li>b</li>\n</ul>\n");
    QTest::newRow("nested lists three deep")
        << QByteArray("* u\n* v\n  1. o\n  2. p\n    * q\n    * r\n* w\n")
        << QByteArray(
               "<ul>\n  <li>u</li>\n  <li>v\n    <ol>\n      <li>o</li>\n      <li>p\n        <ul>\n         "
               " <li>q</li>\n          <li>r</li>\n        </ul>\n      </li>\n    </ol>\n  </li>\n  "
               "<li>w</li>\n</ul>\n");
    QTest::newRow("the corpus's ordered, unordered, unordered")
        << QByteArray(
               "1. ordered item\n2. ordered item \n  * **unordered**\n  * **unordered** \n    * unordered "
               "item\n    * unordered item\n3. ordered item\n4. ordered item\n")
        << QByteArray(
               "<ol>\n  <li>ordered item</li>\n  <li>ordered item\n    <ul>\n      "
               "<li><strong>unordered</strong></li>\n      <li><strong>unordered</strong></li>\n    </ul>\n  "
               "  <ul>\n      <li>unordered item</li>\n      <li>unordered item</li>\n    </ul>\n  </li>\n  "
               "<li>ordered item</li>\n  <li>ordered item</li>\n</ol>\n");
    QTest::newRow("lists indented as cmark wants stay")
        << QByteArray("1. one\n   * a\n   * b\n2. two\n")
        << QByteArray(
               "<ol>\n  <li>one\n    <ul>\n      <li>a</li>\n      <li>b</li>\n    </ul>\n  </li>\n  "
               "<li>two</li>\n</ol>\n");
    QTest::newRow("typography in a moved list's line")
        << QByteArray("1. one\n  * a -- b \"q\"\n")
        << QByteArray("<ol>\n  <li>one\n    <ul>\n      <li>a – b “q”</li>\n    </ul>\n  </li>\n</ol>\n");
    QTest::newRow("a moved list with a link reference")
        << QByteArray("1. one\n  * [a][r]\n\n[r]: /x\n")
        << QByteArray(
               "<ol>\n  <li>one\n    <ul>\n      <li><a href=\"/x\">a</a></li>\n    </ul>\n  "
               "</li>\n</ol>\n\n");
    QTest::newRow("a dash line under a quote's one line makes a heading in the quote")
        << QByteArray("> q\n---\n") << QByteArray("<blockquote>\n  <h2 id=\"q\">q</h2>\n</blockquote>\n");
    QTest::newRow("a dash line under an item's one line makes a heading in the item")
        << QByteArray("* li\n---\n")
        << QByteArray("<ul>\n  <li>\n    <h2 id=\"li\">li</h2>\n  </li>\n</ul>\n");
    QTest::newRow("a dash line under a quoted list item's line")
        << QByteArray("> * a\n---\n")
        << QByteArray(
               "<blockquote>\n  <ul>\n    <li>\n      <h2 id=\"a\">a</h2>\n    </li>\n  "
               "</ul>\n</blockquote>\n");
}

void TestKramdownBlockShapes::markup() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(withoutIndentation(renderKramdown(markdown)), withoutIndentation(jekyll));
}

void TestKramdownBlockShapes::blocksJoinedAreTheDocument() {
    QFETCH(QByteArray, markdown);
    QCOMPARE(BlockRenderer::joined(renderKramdownBlocks(markdown)), renderKramdown(markdown));
}

void TestKramdownBlockShapes::blocksKeepTheirLines_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QVector<int>>("firstLines");
    QTest::addColumn<QVector<int>>("lastLines");

    QTest::newRow("a paragraph takes in a break line and what follows it")
        << QByteArray("Intro.\n\nName  Size\n---- --\nfoo  1\n\nEnd.\n") << QVector<int>{1, 3, 7}
        << QVector<int>{1, 5, 7};
    QTest::newRow("an end-of-block marker is between blocks, in none")
        << QByteArray("    code\n\n^\n    two\n\npara\n^\nmore\n") << QVector<int>{1, 4, 6, 8}
        << QVector<int>{1, 4, 6, 8};
}

void TestKramdownBlockShapes::blocksKeepTheirLines() {
    QFETCH(QByteArray, markdown);
    QFETCH(QVector<int>, firstLines);
    QFETCH(QVector<int>, lastLines);
    const RenderedBlocks blocks = renderKramdownBlocks(markdown);
    QVector<int> firsts;
    QVector<int> lasts;
    for (const RenderedBlock &block : blocks) {
        firsts.append(block.firstLine);
        lasts.append(block.lastLine);
    }
    QCOMPARE(firsts, firstLines);
    QCOMPARE(lasts, lastLines);
}

void TestKramdownBlockShapes::incrementalEditsMatchFullRenders_data() {
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("a break line typed under a paragraph")
        << QByteArray("A.\n\nName  Size\n\nB.\n") << QByteArray("A.\n\nName  Size\n***\n\nB.\n");
    QTest::newRow("a second line typed over an underline")
        << QByteArray("A.\n\nTitle\n---\n\nB.\n") << QByteArray("A.\n\nTitle\nmore\n---\n\nB.\n");
    QTest::newRow("an end-of-block marker typed between code blocks")
        << QByteArray("A.\n\n    one\n\n\n    two\n\nB.\n")
        << QByteArray("A.\n\n    one\n\n^\n    two\n\nB.\n");
    QTest::newRow("an end-of-block marker taken out")
        << QByteArray("A.\n\n* a\n^\n* b\n\nB.\n") << QByteArray("A.\n\n* a\n\n* b\n\nB.\n");
}

void TestKramdownBlockShapes::incrementalEditsMatchFullRenders() {
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    bool incremental = false;
    QVERIFY(incrementalMatchesFull(before, after, &incremental));
    QVERIFY(incremental);
}

// Every small edit at every place of a body with each shape: the incremental renderer re-parses a region
// between blank lines, which must give what a whole render gives.
void TestKramdownBlockShapes::anyOneEditRendersAsAWholeRender() {
    const QByteArray body(
        "Intro.\n\nName  Size\n---- --\nfoo  1\n\n> a\n***\n\na\nb\n===\n\n    code\n\n^\n"
        "    two\n\n* a\n^\n* b\n\nx \\, y\n\n1. x\n  * a\n      * b\n2. y\n\nEnd.\n");
    const QByteArray inserts[] = {"", "\n", "\n\n", "-", "^\n", "***\n", "x"};
    for (qsizetype at = 0; at <= body.size(); ++at) {
        for (const QByteArray &insert : inserts) {
            for (int removed = 0; removed <= 1; ++removed) {
                if (insert.isEmpty() && removed == 0)
                    continue;
                QByteArray edited = body;
                edited.replace(at, removed, insert);
                bool incremental = false;
                QVERIFY2(incrementalMatchesFull(body, edited, &incremental), edited.constData());
            }
        }
    }
}

// Edits like those where a first version of the rules made a region render differ from a whole render (a
// random run of small edits over bodies made of these shapes found them).
void TestKramdownBlockShapes::editsFoundByTheStressRunMatchFullRenders_data() {
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("an attribute list after an end-of-block marker is for the block after the blank line")
        << QByteArray("* a\n^\n{:.c}\n\n    code\n***\n    2. g\n")
        << QByteArray("* a\n^\n{:.c}\n\n    code\n***\n    2.\n");
    QTest::newRow("an end-of-block marker in a list ends it before a break is looked at")
        << QByteArray("* a\n^\n^\n\n    code\n___\n    2. g\n")
        << QByteArray("* a\n^\n^\n\n    code\n___\n    2.\n");
    QTest::newRow("an end-of-block marker read as a heading's line")
        << QByteArray("1. c\n^\n\n    code\n^\npara\ntext -- x\n---\n")
        << QByteArray("1. c\n^\n\n    code\n^\npara\ntext -- `\n---\n");
    QTest::newRow("lists after a moved list and a blank line")
        << QByteArray("  1. f\n- b\n\n    * e\ntext -- x\n    * e\n- b\n")
        << QByteArray("  1. f\n- b\n\n    * e\ntext -- x\n   - b\n* e\n- b\n");
    QTest::newRow("a chain of lists of the other kind")
        << QByteArray("1. c\n    2. g\n  * d\n\n  * d\n1. c\n  * d\n  * d\n")
        << QByteArray("1. c\n    2. g\n  * d\n\n  * d\n1. c\n  * d\n  *  \n");
    QTest::newRow("a moved list that took in a line after a blank one in cmark's first reading")
        << QByteArray("  1. f\n  * d\n\n\t* t\n   + h\n    2. g\n")
        << QByteArray("  1. f\n  * d\n\n\t* t\n   + h\n      1. g\n");
    // Found by fuzz_render: the whole text holds a byte characters are hidden behind, so nothing is hidden;
    // a region without it would hide the underline.
    const QByteArray tail = "\n\nP1\n\nP2\n\nP3\n\nP4\n\nlast \x02 byte\n";
    QTest::newRow("an edit far from a byte the text holds that hides characters")
        << QByteArray("A\nB\n---\n" + tail) << QByteArray("A\nBx\n---\n" + tail);
}

void TestKramdownBlockShapes::editsFoundByTheStressRunMatchFullRenders() {
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    bool incremental = false;
    QVERIFY(incrementalMatchesFull(before, after, &incremental));
}

QTEST_GUILESS_MAIN(TestKramdownBlockShapes)
#include "tst_kramdownblockshapes.moc"
