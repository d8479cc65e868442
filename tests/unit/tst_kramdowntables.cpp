// kramdown's tables where GFM reads something else (KramdownTables). Every expected HTML below is what the
// real kramdown printed through Jekyll 4.3's Markdown converter with its defaults (`ruby /work/tmp/kd.rb`, a
// script that calls Jekyll::Converters::Markdown#convert), pasted as it printed it.
#include "kramdownrender.h"

#include <QtTest>

class TestKramdownTables : public QObject {
    Q_OBJECT

private slots:
    void markup_data();
    void markup();
    void blocksJoinedAreTheDocument_data() { markup_data(); }
    void blocksJoinedAreTheDocument();
    void headerlessTableIsKramdownsExactText();
    void tableTakesTheLinesOfTheParagraphCmarkSplitOff();
    void incrementalEditInACell();
};

void TestKramdownTables::markup_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");

    QTest::newRow("separators with plus signs, a second body and a footer")
        << QByteArray(
               "|-----------------+------------+-----------------+----------------|\n| Default aligned |Left "
               "aligned| Center aligned  | Right aligned  "
               "|\n|-----------------|:-----------|:---------------:|---------------:|\n| First body part "
               "|Second cell | Third cell      | fourth cell    |\n| Second line     |foo         | "
               "**strong**      | baz            "
               "|\n|-----------------+------------+-----------------+----------------|\n| Second body     |  "
               "          |                 |                "
               "|\n|=================+============+=================+================|\n| Footer row      |  "
               "          |                 |                "
               "|\n|-----------------+------------+-----------------+----------------|\n")
        << QByteArray(
               "<table>\n  <thead>\n    <tr>\n      <th>Default aligned</th>\n      <th style=\"text-align: "
               "left\">Left aligned</th>\n      <th style=\"text-align: center\">Center aligned</th>\n      "
               "<th style=\"text-align: right\">Right aligned</th>\n    </tr>\n  </thead>\n  <tbody>\n    "
               "<tr>\n      <td>First body part</td>\n      <td style=\"text-align: left\">Second "
               "cell</td>\n      <td style=\"text-align: center\">Third cell</td>\n      <td "
               "style=\"text-align: right\">fourth cell</td>\n    </tr>\n    <tr>\n      <td>Second "
               "line</td>\n      <td style=\"text-align: left\">foo</td>\n      <td style=\"text-align: "
               "center\"><strong>strong</strong></td>\n      <td style=\"text-align: right\">baz</td>\n    "
               "</tr>\n  </tbody>\n  <tbody>\n    <tr>\n      <td>Second body</td>\n      <td "
               "style=\"text-align: left\">\xc2\xa0"
               "</td>\n      <td style=\"text-align: center\">\xc2\xa0"
               "</td>\n      <td style=\"text-align: right\">\xc2\xa0"
               "</td>\n    </tr>\n  </tbody>\n  <tfoot>\n    <tr>\n      <td>Footer row</td>\n      <td "
               "style=\"text-align: left\">\xc2\xa0"
               "</td>\n      <td style=\"text-align: center\">\xc2\xa0"
               "</td>\n      <td style=\"text-align: right\">\xc2\xa0"
               "</td>\n    </tr>\n  </tfoot>\n</table>\n");
    QTest::newRow("no header: a first line of dashes")
        << QByteArray("Text.\n\n|--|--|--|\n|a |  |\"b\" |\n|  |c |\n")
        << QByteArray(
               "<p>Text.</p>\n\n<table>\n  <tbody>\n    <tr>\n      <td>a</td>\n      <td>\xc2\xa0"
               "</td>\n      <td>“b”</td>\n    </tr>\n    <tr>\n      <td>\xc2\xa0"
               "</td>\n      <td>c</td>\n      <td>\xc2\xa0"
               "</td>\n    </tr>\n  </tbody>\n</table>\n");
    QTest::newRow("short rows are padded, a pipe in code stays")
        << QByteArray("|---\n| x | y | z\n|-|:-\n| `a|b` | 2\n| 3\n")
        << QByteArray(
               "<table>\n  <thead>\n    <tr>\n      <th>x</th>\n      <th style=\"text-align: "
               "left\">y</th>\n      <th>z</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td><code "
               "class=\"language-plaintext highlighter-rouge\">a|b</code></td>\n      <td "
               "style=\"text-align: left\">2</td>\n      <td>\xc2\xa0"
               "</td>\n    </tr>\n    <tr>\n      <td>3</td>\n      <td style=\"text-align: left\">\xc2\xa0"
               "</td>\n      <td>\xc2\xa0"
               "</td>\n    </tr>\n  </tbody>\n</table>\n");
    QTest::newRow("a GFM table stays GFM's")
        << QByteArray("| a | b |\n|---|---|\n| 1 | 2 |\n")
        << QByteArray(
               "<table>\n  <thead>\n    <tr>\n      <th>a</th>\n      <th>b</th>\n    </tr>\n  </thead>\n  "
               "<tbody>\n    <tr>\n      <td>1</td>\n      <td>2</td>\n    </tr>\n  </tbody>\n</table>\n");
    QTest::newRow("rows without any separator are a table too")
        << QByteArray("| a | b |\n| c | d |\n")
        << QByteArray(
               "<table>\n  <tbody>\n    <tr>\n      <td>a</td>\n      <td>b</td>\n    </tr>\n    <tr>\n      "
               "<td>c</td>\n      <td>d</td>\n    </tr>\n  </tbody>\n</table>\n");
    QTest::newRow("an empty cell of a GFM table is a no-break space")
        << QByteArray("| a | b | c |\n|---|---|---|\n|x | 2 ||\n")
        << QByteArray(
               "<table>\n  <thead>\n    <tr>\n      <th>a</th>\n      <th>b</th>\n      <th>c</th>\n    "
               "</tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td>x</td>\n      <td>2</td>\n      "
               "<td>\xc2\xa0"
               "</td>\n    </tr>\n  </tbody>\n</table>\n");
    QTest::newRow("an empty header cell of a GFM table too")
        << QByteArray("| a |||\n|---|---|---|\n| x | y | z |\n")
        << QByteArray(
               "<table>\n  <thead>\n    <tr>\n      <th>a</th>\n      <th>\xc2\xa0"
               "</th>\n      <th>\xc2\xa0"
               "</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td>x</td>\n      <td>y</td>\n      "
               "<td>z</td>\n    </tr>\n  </tbody>\n</table>\n");
}

void TestKramdownTables::markup() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(withoutIndentation(renderKramdown(markdown)), withoutIndentation(jekyll));
}

void TestKramdownTables::blocksJoinedAreTheDocument() {
    QFETCH(QByteArray, markdown);
    QCOMPARE(BlockRenderer::joined(renderKramdownBlocks(markdown)), renderKramdown(markdown));
}

void TestKramdownTables::headerlessTableIsKramdownsExactText() {
    // kramdown printed this for "|--|--|\n| a | b |\n".
    QCOMPARE(
        renderKramdown("|--|--|\n| a | b |\n"),
        QByteArray("<table>\n  <tbody>\n    <tr>\n      <td>a</td>\n      <td>b</td>\n    </tr>\n  </tbody>\n"
                   "</table>\n"));
}

// cmark reads `|---+---|` then a header and a delimiter row as a paragraph interrupted by a table.
void TestKramdownTables::tableTakesTheLinesOfTheParagraphCmarkSplitOff() {
    const RenderedBlocks blocks = renderKramdownBlocks(
        "Intro.\n\n|---+---|\n| a | b |\n|---|---|\n| 1 | 2 |\n|===+===|\n| f | g |\n\nEnd.\n");
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(1).firstLine, 3);
    QCOMPARE(blocks.at(1).lastLine, 8);
    QVERIFY(blocks.at(1).html.contains("  <tfoot>\n    <tr>\n      <td>f</td>"));
    QCOMPARE(blocks.at(2).firstLine, 10);
}

void TestKramdownTables::incrementalEditInACell() {
    bool incremental = false;
    QVERIFY(incrementalMatchesFull("A.\n\n|--|--|\n| a | b |\n\nB.\n", "A.\n\n|--|--|\n| a | \"c\" |\n\nB.\n",
                                   &incremental));
    QVERIFY(incremental);
}

QTEST_GUILESS_MAIN(TestKramdownTables)
#include "tst_kramdowntables.moc"
