// MarkdownHighlighter: which MarkdownStyle bits land on which characters, block state across lines (fences,
// comments, {% raw %}, {% highlight %}), and that hostile lines finish in linear time.

#include "editor/markdownhighlighter.h"
#include "editor/markdownstyle.h"
#include "testpaths.h"

#include <QFile>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

#include <limits>

using namespace MarkdownStyle;

namespace {

quint32 stylesAt(const QTextBlock &block, int position) {
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (position >= range.start && position < range.start + range.length)
            return quint32(range.format.intProperty(MarkdownHighlighter::StyleProperty));
    }
    return None;
}

// Every style bit applied anywhere on the line.
quint32 stylesOnLine(const QTextBlock &block) {
    quint32 all = None;
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges)
        all |= quint32(range.format.intProperty(MarkdownHighlighter::StyleProperty));
    return all;
}

QString describe(quint32 styles) {
    static const QList<QPair<quint32, const char *>> names = {{Heading, "Heading"},
                                                              {Emphasis, "Emphasis"},
                                                              {Strong, "Strong"},
                                                              {Strikethrough, "Strike"},
                                                              {Code, "Code"},
                                                              {Marker, "Marker"},
                                                              {LinkText, "LinkText"},
                                                              {Url, "Url"},
                                                              {Html, "Html"},
                                                              {Liquid, "Liquid"},
                                                              {ListMarker, "ListMarker"},
                                                              {TaskMarker, "TaskMarker"},
                                                              {Quote, "Quote"},
                                                              {ThematicBreak, "ThematicBreak"},
                                                              {FootnoteRef, "FootnoteRef"}};
    QStringList parts;
    for (const auto &[flag, name] : names) {
        if (styles & flag)
            parts << QLatin1String(name);
    }
    return parts.isEmpty() ? QStringLiteral("None") : parts.join(u'|');
}

// A document with the highlighter, highlighted synchronously by setPlainText.
struct Highlighted {
    QTextDocument document;
    MarkdownHighlighter *highlighter;

    // `maxStyled`: the scanner's results are checked on hostile lines far longer than the editor styles.
    explicit Highlighted(const QString &text, int maxStyled = std::numeric_limits<int>::max()) {
        document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
        highlighter = new MarkdownHighlighter(&document);
        highlighter->setMaxStyledLineLength(maxStyled);
        document.setPlainText(text);
    }
    QTextBlock line(int number) const { return document.findBlockByNumber(number); }
};

}  // namespace

class TestMarkdownHighlighter : public QObject {
    Q_OBJECT

private slots:
    void stylesAtPosition_data();
    void stylesAtPosition();
    void setextHeadingFollowsTheLineBelow();
    void openingAFenceRehighlightsTheLinesBelow();
    void codeLinesAreReported();
    void formatsLookTheirPart();
    void adversarialFilesFinish_data();
    void adversarialFilesFinish();
    void longLinesAreShownPlain();
    void hostileLinesFinish_data();
    void hostileLinesFinish();
};

void TestMarkdownHighlighter::stylesAtPosition_data() {
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>(
        "needle");  // the first character of its first occurrence on the line is checked
    QTest::addColumn<uint>("present");
    QTest::addColumn<uint>("absent");

    auto row = [](const char *name, const QString &md, int line, const QString &needle, uint present,
                  uint absent) { QTest::newRow(name) << md << line << needle << present << absent; };

    // Headings
    row("atx heading text", "# Title", 0, "Title", Heading, Marker);
    row("atx heading marker", "# Title", 0, "#", Heading | Marker, 0);
    row("atx closing hashes are markers", "# Title ##", 0, "##", Marker, 0);
    row("seven hashes are not a heading", "####### x", 0, "x", 0, Heading);
    row("hash without space is not a heading", "#tag", 0, "tag", 0, Heading);
    row("emphasis inside a heading", "# A *b*", 0, "b", Heading | Emphasis, 0);
    row("setext h1 text", "Title\n=====", 0, "Title", Heading, 0);
    row("setext h1 underline", "Title\n=====", 1, "=", Heading | Marker, 0);
    row("setext h2 underline is not a break", "para\n---", 1, "-", Heading, ThematicBreak);
    row("dashes after a blank line are a break", "para\n\n---", 2, "-", ThematicBreak, Heading);
    row("break does not make the line above a heading", "para\n\n---", 0, "para", 0, Heading);
    row("stars with spaces are a break, not a list", "* * *", 0, "*", ThematicBreak, ListMarker);

    // Emphasis
    row("star emphasis", "a *em* b", 0, "em", Emphasis, Strong);
    row("emphasis markers", "a *em* b", 0, "*", Marker, 0);
    row("strong", "a **st** b", 0, "st", Strong, Emphasis);
    row("strong and emphasis", "***both***", 0, "both", Strong | Emphasis, 0);
    row("underscore emphasis", "an _em_ word", 0, "em", Emphasis, 0);
    row("no intraword underscore emphasis", "snake_case_name", 0, "case", 0, Emphasis);
    row("intraword star emphasis", "un*frigging*believable", 0, "frigging", Emphasis, 0);
    row("lone star is literal", "2 * 3 = 6", 0, "*", 0, Marker | Emphasis);
    row("space inside delimiters is literal", "a * b * c", 0, "b", 0, Emphasis);
    row("strikethrough", "~~gone~~", 0, "gone", Strikethrough, 0);
    row("escaped stars are literal", "\\*not em\\*", 0, "not", 0, Emphasis);
    row("emphasis nested in strong", "**a *b* c**", 0, "b", Strong | Emphasis, 0);

    // Code spans
    row("code span", "use `x*y*z` here", 0, "y", Code, Emphasis);
    row("code span backticks are markers", "use `x` here", 0, "`", Code | Marker, 0);
    row("double backtick span holds a backtick", "``a ` b``", 0, "b", Code, 0);
    row("unclosed backtick is literal", "a `b", 0, "b", 0, Code);
    row("code span wins over a link", "`[a](b)`", 0, "a", Code, LinkText);

    // Links and images
    row("link text", "[text](http://x.com/a_b_)", 0, "text", LinkText, Url);
    row("link destination", "[text](http://x.com/a_b_)", 0, "x.com", Url, Emphasis);
    row("link punctuation", "[text](http://x.com)", 0, "](", Marker, 0);
    row("image alt text", "![alt](img.png)", 0, "alt", LinkText, 0);
    row("image source", "![alt](img.png)", 0, "img", Url, 0);
    row("image bang is a marker", "![alt](img.png)", 0, "!", Marker, 0);
    row("emphasis in link text", "[*em*](u)", 0, "em", LinkText | Emphasis, 0);
    row("link destination with parentheses", "[w](http://w.org/A_(b))", 0, "b))", Url, 0);
    row("reference link text", "[text][ref]", 0, "text", LinkText, 0);
    row("reference link label", "[text][ref]", 0, "ref", Url, 0);
    row("brackets without destination are text", "[just brackets]", 0, "just", 0, LinkText);
    row("autolink", "<https://example.com>", 0, "example", Url, Html);
    row("email autolink", "<me@example.com>", 0, "me@", Url, 0);
    row("bare url", "see https://example.com/x. end", 0, "example", Url, 0);
    row("bare url leaves trailing period", "see https://example.com/x. end", 0, ". end", 0, Url);
    row("underscores in a bare url are not emphasis", "go http://a.com/_b_ now", 0, "b_", Url, Emphasis);
    row("footnote reference", "text[^1] more", 0, "^1", FootnoteRef, 0);
    row("footnote definition", "[^1]: the note", 0, "[^1]", FootnoteRef, 0);
    row("reference definition label", "[id]: http://x.com \"T\"", 0, "id", LinkText, 0);
    row("reference definition url", "[id]: http://x.com \"T\"", 0, "http", Url, 0);

    // Lists, quotes, tables
    row("bullet marker", "- item", 0, "-", ListMarker, 0);
    row("bullet text", "- item", 0, "item", 0, ListMarker);
    row("ordered marker", "12. item", 0, "12.", ListMarker, 0);
    row("paren ordered marker", "3) item", 0, ")", ListMarker, 0);
    row("open task", "- [ ] todo", 0, "[ ]", TaskMarker, 0);
    row("done task", "* [x] done", 0, "[x]", TaskMarker, 0);
    row("dash without space is not a list", "-item", 0, "-", 0, ListMarker);
    row("quote marker", "> quoted *em*", 0, ">", Marker, 0);
    row("quote text", "> quoted *em*", 0, "quoted", Quote, 0);
    row("emphasis in a quote", "> quoted *em*", 0, "em", Quote | Emphasis, 0);
    row("nested quote marker", "> > deep", 0, "> deep", Marker, 0);
    row("list in a quote", "> - item", 0, "-", ListMarker | Quote, 0);
    row("table pipe", "| a | b |", 0, "|", Marker, 0);
    row("table cell", "| a | b |", 0, "a", 0, Marker);
    row("table delimiter row", "|---|:-:|", 0, ":", Marker, 0);
    row("pipe in a code span is not a column", "| `a|b` |", 0, "|b", Code, Marker);

    // HTML and Liquid
    row("html tag", "a <span class=\"x\">b</span>", 0, "span", Html, 0);
    row("text between tags", "a <span class=\"x\">b</span>", 0, "b<", 0, Html);
    row("closing tag", "a <span>b</span>", 0, "/span", Html, 0);
    row("less-than is not a tag", "a < b > c", 0, "b", 0, Html);
    row("html comment", "x <!-- c --> y", 0, " c ", Html, 0);
    row("after html comment", "x <!-- c --> y", 0, " y", 0, Html);
    row("liquid tag", "{% include a.html %}", 0, "include", Liquid, 0);
    row("liquid output", "Hi {{ page.title }}!", 0, "page", Liquid, 0);
    row("after liquid output", "Hi {{ page.title }}!", 0, "!", 0, Liquid);
    row("liquid in a code span", "`{{ x }}`", 0, "x", Code | Liquid, 0);
    row("liquid in a link destination", "[a]({{ site.url }}/b)", 0, "site", Url | Liquid, 0);
    row("unclosed liquid is text", "{{ open", 0, "open", 0, Liquid);

    // Code blocks
    row("indented code", "para\n\n    code *x*", 2, "x", Code, Emphasis);
    row("indented code at the start", "    code", 0, "code", Code, 0);
    row("indented list continuation is not code", "- item\n\n    more *x*", 2, "x", Emphasis, Code);
    row("indented lazy line is not code", "para\n    lazy", 1, "lazy", 0, Code);
    row("fence opening line", "```js\nx\n```", 0, "js", Code, 0);
    row("fence content is code", "```\n# not heading\n```", 1, "not", Code, Heading);
    row("no emphasis in a fence", "```\n*x*\n```", 1, "x", Code, Emphasis);
    row("closing fence", "```\nx\n```", 2, "`", Code | Marker, 0);
    row("markdown after a fence", "```\nx\n```\nafter *em*", 3, "em", Emphasis, Code);
    row("tilde fence", "~~~\n**x**\n~~~", 1, "x", Code, Strong);
    row("4-backtick fence holds 3-backtick lines", "````md\n```\n# inner\n```\n````\n# after", 2, "inner",
        Code, Heading);
    row("3 backticks do not close 4", "````md\n```\n# inner\n```\n````\n# after", 3, "`", Code, 0);
    row("heading after the 4-backtick fence", "````md\n```\n# inner\n```\n````\n# after", 5, "after", Heading,
        Code);
    row("tildes do not close a backtick fence", "```\n~~~\n# x\n```", 2, "x", Code, Heading);
    row("backtick info with a backtick is no fence", "``` a`b\n# h", 1, "h", Heading, Code);
    row("fence inside a list item", "- a\n\n  ```\n  # c\n  ```", 3, "c", Code, Heading);
    row("liquid inside a fence", "```\n{{ x }}\n```", 1, "x", Code | Liquid, 0);
    row("highlight tag", "{% highlight ruby %}\ndef *x*\n{% endhighlight %}\n*em*", 0, "highlight", Liquid,
        0);
    row("highlight region is code", "{% highlight ruby %}\ndef *x*\n{% endhighlight %}\n*em*", 1, "x", Code,
        Emphasis);
    row("endhighlight tag", "{% highlight ruby %}\ndef *x*\n{% endhighlight %}\n*em*", 2, "end", Liquid,
        Code);
    row("markdown after endhighlight", "{% highlight ruby %}\ndef *x*\n{% endhighlight %}\n*em*", 3, "em",
        Emphasis, Code);
    row("raw region is not liquid", "{% raw %}\n{{ x }}\n{% endraw %}\n{{ y }}", 1, "x", 0, Liquid);
    row("liquid after endraw", "{% raw %}\n{{ x }}\n{% endraw %}\n{{ y }}", 3, "y", Liquid, 0);
    row("multi-line comment hides a heading", "<!--\n# not\n-->\n# yes", 1, "not", Html, Heading);
    row("heading after a multi-line comment", "<!--\n# not\n-->\n# yes", 3, "yes", Heading, Html);
}

void TestMarkdownHighlighter::stylesAtPosition() {
    QFETCH(QString, markdown);
    QFETCH(int, line);
    QFETCH(QString, needle);
    QFETCH(uint, present);
    QFETCH(uint, absent);

    const Highlighted doc(markdown);
    const QTextBlock block = doc.line(line);
    const int position = int(block.text().indexOf(needle));
    QVERIFY2(position >= 0, qPrintable(QStringLiteral("'%1' not on line %2").arg(needle).arg(line)));
    const quint32 styles = stylesAt(block, position);
    const QString message =
        QStringLiteral("line %1 col %2 is %3").arg(line).arg(position).arg(describe(styles));
    QVERIFY2((styles & present) == present,
             qPrintable(message + QStringLiteral(", expected ") + describe(present)));
    QVERIFY2((styles & absent) == 0,
             qPrintable(message + QStringLiteral(", not expected ") + describe(absent)));
}

void TestMarkdownHighlighter::setextHeadingFollowsTheLineBelow() {
    Highlighted doc(QStringLiteral("Title\nnext"));
    QCOMPARE(stylesAt(doc.line(0), 0) & Heading, 0u);

    // Typing the underline changes only line 1; the title line is re-highlighted from the event loop.
    QTextCursor cursor(doc.line(1));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(QStringLiteral("==="));
    QCoreApplication::processEvents();
    QCOMPARE(stylesAt(doc.line(0), 0) & Heading, quint32(Heading));

    cursor.insertText(QStringLiteral("x"));  // "===x" is no longer an underline
    QCoreApplication::processEvents();
    QCOMPARE(stylesAt(doc.line(0), 0) & Heading, 0u);
}

void TestMarkdownHighlighter::openingAFenceRehighlightsTheLinesBelow() {
    Highlighted doc(QStringLiteral("intro\n# heading\n*em*"));
    QVERIFY(stylesAt(doc.line(1), 2) & Heading);

    QTextCursor cursor(doc.line(1));
    cursor.insertText(QStringLiteral("```\n"));
    QCOMPARE(doc.line(2).text(), QStringLiteral("# heading"));
    QCOMPARE(stylesAt(doc.line(2), 2) & (Heading | Code), quint32(Code));
    QCOMPARE(stylesAt(doc.line(3), 1) & (Emphasis | Code), quint32(Code));

    doc.document.undo();
    QCOMPARE(stylesAt(doc.line(1), 2) & (Heading | Code), quint32(Heading));
    QCOMPARE(stylesAt(doc.line(2), 1) & (Emphasis | Code), quint32(Emphasis));
}

void TestMarkdownHighlighter::codeLinesAreReported() {
    const Highlighted doc(QStringLiteral("- a\n```\n- b\n```\npara\n\n    code"));
    const QList<bool> expected = {false, true, true, false, false, false, true};
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(MarkdownHighlighter::isCodeLine(doc.line(i)) == expected[i], qPrintable(doc.line(i).text()));
}

void TestMarkdownHighlighter::formatsLookTheirPart() {
    const Highlighted doc(QString{});
    const MarkdownHighlighter &h = *doc.highlighter;
    QCOMPARE(h.formatForStyles(Strong).fontWeight(), int(QFont::Bold));
    QVERIFY(h.formatForStyles(Emphasis).fontItalic());
    QVERIFY(h.formatForStyles(Strong | Emphasis).fontItalic());
    QCOMPARE(h.formatForStyles(Strong | Emphasis).fontWeight(), int(QFont::Bold));
    QCOMPARE(h.formatForStyles(Heading).fontWeight(), int(QFont::Bold));
    QVERIFY(h.formatForStyles(Strikethrough).fontStrikeOut());
    QVERIFY(h.formatForStyles(Code).hasProperty(QTextFormat::BackgroundBrush));
    QVERIFY(h.formatForStyles(Marker).foreground() != h.formatForStyles(LinkText).foreground());
    QVERIFY(h.formatForStyles(Liquid).foreground() != h.formatForStyles(Html).foreground());
    QCOMPARE(h.formatForStyles(Url | Liquid).intProperty(MarkdownHighlighter::StyleProperty),
             int(Url | Liquid));
}

void TestMarkdownHighlighter::adversarialFilesFinish_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("needle");  // checked on the file's longest line
    QTest::addColumn<uint>("present");
    QTest::addColumn<uint>("absent");
    QTest::newRow("1 MB single line") << QStringLiteral("long-line.md") << QStringLiteral("word") << 0u
                                      << uint(Code | Emphasis | Heading | Marker);
    // 50,000 underscores, a period, 50,000 underscores: 25,000 nested strong spans, as cmark renders it.
    QTest::newRow("100,000 underscores") << QStringLiteral("emphasis-bomb.md") << QStringLiteral(".")
                                         << uint(Strong) << uint(Emphasis | Marker);
    QTest::newRow("100,000 underscores, markers")
        << QStringLiteral("emphasis-bomb.md") << QStringLiteral("_") << uint(Marker) << 0u;
}

// No timing here: a quadratic pass over these lines would not finish within the test's timeout.
void TestMarkdownHighlighter::adversarialFilesFinish() {
    QFETCH(QString, file);
    QFETCH(QString, needle);
    QFETCH(uint, present);
    QFETCH(uint, absent);
    REQUIRE_SHARED_DIR("/adversarial/files");
    QFile in(TestPaths::adversarialFiles() + u'/' + file);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.fileName()));
    const Highlighted doc(QString::fromUtf8(in.readAll()));

    QTextBlock longest = doc.document.firstBlock();
    for (QTextBlock b = longest; b.isValid(); b = b.next()) {
        QVERIFY2(b.userState() != -1, "every line was highlighted");
        if (b.length() > longest.length())
            longest = b;
    }
    QVERIFY(longest.length() > 99'000);
    const quint32 styles = stylesAt(longest, int(longest.text().indexOf(needle)));
    QCOMPARE(styles & (present | absent), quint32(present));
}

// In the editor a line past the limit is shown plain, so typing into a 10,000-column table stays fast; the
// state it leaves (here an open fence) still reaches the lines after it.
void TestMarkdownHighlighter::longLinesAreShownPlain() {
    const QString table = QStringLiteral("| a ").repeated(5000) + QStringLiteral("|");
    const Highlighted doc(QStringLiteral("**bold** ") + table + QStringLiteral("\n```\n# not a heading"),
                          MarkdownHighlighter::kDefaultMaxStyledLineLength);
    QCOMPARE(stylesOnLine(doc.line(0)), 0u);
    QVERIFY(doc.line(0).layout()->formats().isEmpty());
    const Highlighted shortLine(QStringLiteral("**bold** | a |\n```\n# not a heading"),
                                MarkdownHighlighter::kDefaultMaxStyledLineLength);
    QVERIFY(stylesAt(shortLine.line(0), 2) & Strong);
    QVERIFY(!(stylesAt(doc.line(2), 2) & Heading));  // inside the fence the long line did not hide
}

void TestMarkdownHighlighter::hostileLinesFinish_data() {
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("probe");  // a position whose styles are checked
    QTest::addColumn<uint>("present");

    const int n = 100'000;
    QTest::newRow("unclosed emphasis openers") << QStringLiteral("*a ").repeated(n) << 1 << 0u;
    QTest::newRow("alternating openers and closers") << QStringLiteral("*a_ ").repeated(n) << 1 << 0u;
    QTest::newRow("nested strong") << QStringLiteral("**a ").repeated(n) + QStringLiteral("a**").repeated(n)
                                   << 2 << uint(Strong);
    QTest::newRow("unclosed brackets") << QStringLiteral("[a").repeated(n) << 1 << 0u;
    QTest::newRow("unclosed link destinations") << QStringLiteral("[a](b").repeated(n) << 1 << 0u;
    QTest::newRow("nested images") << QStringLiteral("![").repeated(n) + QStringLiteral("a](b)").repeated(n)
                                   << 2 << uint(Marker);
    QString runs;
    for (int len = 1; len < 450; ++len)
        runs += QString(len, u'`') + QStringLiteral(" x ");
    QTest::newRow("backtick runs of every length") << runs << 2 << 0u;
    QTest::newRow("unclosed liquid tags") << QStringLiteral("{% a ").repeated(n) << 3 << 0u;
    QTest::newRow("unclosed liquid output") << QStringLiteral("{{ a ").repeated(n) << 3 << 0u;
    QTest::newRow("unclosed comments") << QStringLiteral("<!-- a ").repeated(n) << 5 << uint(Html);
    QTest::newRow("unclosed tags") << QStringLiteral("<a b ").repeated(n) << 1 << 0u;
    QTest::newRow("urls without end") << QStringLiteral("http://a").repeated(n) << 2 << uint(Url);
    QTest::newRow("escapes") << QStringLiteral("\\*").repeated(n) << 1 << 0u;
}

void TestMarkdownHighlighter::hostileLinesFinish() {
    QFETCH(QString, line);
    QFETCH(int, probe);
    QFETCH(uint, present);
    const Highlighted doc(line);
    const QTextBlock block = doc.line(0);
    QCOMPARE(block.length(), int(line.size()) + 1);
    QVERIFY(block.userState() != -1);
    QCOMPARE(stylesAt(block, probe) & present, quint32(present));
    if (present == 0)
        QCOMPARE(stylesOnLine(block) & (Emphasis | Strong | LinkText | Code | Liquid), 0u);
}

QTEST_MAIN(TestMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
