// Code in the kramdown dialect (KramdownCode): the markup Jekyll 4.3 prints with kramdown 2.4 and Rouge 3.30
// (Debian's packages, Jekyll's defaults: `highlighter: rouge`, default language `plaintext`). Every expected
// HTML below is what the real Jekyll printed for the same post (tests/jekyll/render_oracle.rb on a site with
// only `markdown: kramdown`), with Rouge's token <span>s taken out: the preview does not colour code yet.
#include "render/blockrenderer.h"
#include "render/incrementalrenderer.h"
#include "render/markdowndialect.h"
#include "render/rougelexernames.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

namespace {

QByteArray render(const QByteArray &markdown, const MarkdownDialect &dialect = MarkdownDialect::kramdown()) {
    return BlockRenderer::renderDocument(markdown, BlockRenderer::Liquid::Verbatim, dialect);
}

// kramdown indents the blocks nested in a list or a quote; cmark does not.
QByteArray withoutIndentation(QByteArray html) {
    return QString::fromUtf8(html)
        .replace(QRegularExpression(QStringLiteral("\\n\\s+")), QStringLiteral("\n"))
        .replace(QRegularExpression(QStringLiteral(">\\s+<")), QStringLiteral("><"))
        .toUtf8()
        .trimmed();
}

const QByteArray kRougeOpen = "<div class=\"highlight\"><pre class=\"highlight\"><code>";
const QByteArray kRougeClose = "</code></pre></div></div>\n";

QByteArray rougeBlock(const QByteArray &language, const QByteArray &code) {
    return "<div class=\"language-" + language + " highlighter-rouge\">" + kRougeOpen + code + kRougeClose;
}

}  // namespace

class TestKramdownCode : public QObject {
    Q_OBJECT

private slots:
    void blocks_data();
    void blocks();
    void blocksAgreeWithWholeDocument_data() { blocks_data(); }
    void blocksAgreeWithWholeDocument();
    void spans_data();
    void spans();
    void nestedBlocks_data();
    void nestedBlocks();
    void topLevelBlockKeepsItsLines();
    void incrementalEditKeepsTheMarkup();
    void commonMarkKeepsCmarkMarkup();
    void lexerNamesMatchInstalledRouge();
};

void TestKramdownCode::blocks_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");

    QTest::newRow("fence in a language Rouge knows gets Rouge's wrappers")
        << QByteArray("```ruby\ndef x; end\n```\n") << rougeBlock("ruby", "def x; end\n");
    QTest::newRow("fence without a language is plaintext")
        << QByteArray("```\nno lang <b>\n```\n") << rougeBlock("plaintext", "no lang &lt;b&gt;\n");
    QTest::newRow("tilde fence like a backtick one")
        << QByteArray("~~~python\nprint(\"hi\")\n~~~\n") << rougeBlock("python", "print(\"hi\")\n");
    QTest::newRow("space before the language")
        << QByteArray("~~~ ruby\nspaced\n~~~\n") << rougeBlock("ruby", "spaced\n");
    QTest::newRow("indented code is plaintext") << QByteArray("    indented <code>\n    second\n")
                                                << rougeBlock("plaintext", "indented &lt;code&gt;\nsecond\n");
    QTest::newRow("an alias keeps its name in the class")
        << QByteArray("```text\nplain text\n```\n") << rougeBlock("text", "plain text\n");
    QTest::newRow("a name with a sign")
        << QByteArray("```c++\nint x;\n```\n") << rougeBlock("c++", "int x;\n");
    QTest::newRow("Rouge's options after ? are left out of the class")
        << QByteArray("```ruby?start_inline=1\nputs 1\n```\n") << rougeBlock("ruby", "puts 1\n");
    QTest::newRow("guess always finds a lexer")
        << QByteArray("```guess\njust some text\n```\n") << rougeBlock("guess", "just some text\n");
    QTest::newRow("a trailing blank line stays in the code")
        << QByteArray("```plaintext\npt\n\n```\n") << rougeBlock("plaintext", "pt\n\n");
    QTest::newRow("only & < > escaped, quotes and references kept as text")
        << QByteArray("```text\n\"q\" 'q' &amp;\n```\n") << rougeBlock("text", "\"q\" 'q' &amp;amp;\n");
    QTest::newRow("tabs kept") << QByteArray("```sh\necho \"$HOME\"\n\ttab\n```\n")
                               << rougeBlock("sh", "echo \"$HOME\"\n\ttab\n");
    QTest::newRow("empty block in a known language")
        << QByteArray("```ruby\n```\n") << rougeBlock("ruby", "");
    QTest::newRow("empty block without a language")
        << QByteArray("```\n```\n") << rougeBlock("plaintext", "");
    QTest::newRow("unknown language: kramdown's bare pre")
        << QByteArray("```nosuchlang\nfoo <x>\n```\n")
        << QByteArray("<pre><code class=\"language-nosuchlang\">foo &lt;x&gt;\n</code></pre>\n");
    QTest::newRow("unknown language keeps quotes unescaped")
        << QByteArray("```nosuch\n\"q\" 'q' &amp; &copy;\n```\n")
        << QByteArray("<pre><code class=\"language-nosuch\">\"q\" 'q' &amp;amp; &amp;copy;\n</code></pre>\n");
    QTest::newRow("names are case-sensitive")
        << QByteArray("```Ruby\ncaps\n```\n")
        << QByteArray("<pre><code class=\"language-Ruby\">caps\n</code></pre>\n");
    QTest::newRow("empty block in an unknown language still ends its line")
        << QByteArray("```nosuch\n```\n")
        << QByteArray("<pre><code class=\"language-nosuch\">\n</code></pre>\n");
    QTest::newRow("between paragraphs")
        << QByteArray("Before.\n\n```js\nlet x;\n```\n\nAfter.\n")
        << "<p>Before.</p>\n" + rougeBlock("js", "let x;\n") + "<p>After.</p>\n";
}

void TestKramdownCode::blocks() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(render(markdown), jekyll);
}

void TestKramdownCode::blocksAgreeWithWholeDocument() {
    QFETCH(QByteArray, markdown);
    const RenderedBlocks blocks =
        BlockRenderer::renderBlocks(markdown, BlockRenderer::Liquid::Verbatim, MarkdownDialect::kramdown());
    QCOMPARE(BlockRenderer::joined(blocks), render(markdown));
}

void TestKramdownCode::spans_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");

    QTest::newRow("span is plaintext, only & < > escaped")
        << QByteArray("Span `a < b && \"c\"` here.")
        << QByteArray(
               "<p>Span <code class=\"language-plaintext highlighter-rouge\">a &lt; b &amp;&amp; \"c\"</code>"
               " here.</p>\n");
    QTest::newRow("a reference in a span is text")
        << QByteArray("`&amp; 'q'`")
        << QByteArray("<p><code class=\"language-plaintext highlighter-rouge\">&amp;amp; 'q'</code></p>\n");
    QTest::newRow("backticks inside a double-backtick span")
        << QByteArray("A `` `x` `` b")
        << QByteArray("<p>A <code class=\"language-plaintext highlighter-rouge\">`x`</code> b</p>\n");
    QTest::newRow("span in a heading and emphasis")
        << QByteArray("# The `x` *and `y`*\n")
        << QByteArray(
               "<h1 id=\"the-x-and-y\">The <code class=\"language-plaintext highlighter-rouge\">x</code> "
               "<em>and "
               "<code class=\"language-plaintext highlighter-rouge\">y</code></em></h1>\n");
}

void TestKramdownCode::spans() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(render(markdown), jekyll);
}

void TestKramdownCode::nestedBlocks_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("jekyll");

    QTest::newRow("in a list item") << QByteArray("- item\n\n  ```ruby\n  in list\n  ```\n")
                                    << "<ul>\n<li>\n<p>item</p>\n" +
                                           rougeBlock("ruby", "in list\n").trimmed() + "\n</li>\n</ul>";
    QTest::newRow("in a quote") << QByteArray("> ```\n> in quote\n> ```\n")
                                << "<blockquote>\n" + rougeBlock("plaintext", "in quote\n").trimmed() +
                                       "\n</blockquote>";
}

void TestKramdownCode::nestedBlocks() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, jekyll);
    QCOMPARE(withoutIndentation(render(markdown)), withoutIndentation(jekyll));
    const RenderedBlocks blocks =
        BlockRenderer::renderBlocks(markdown, BlockRenderer::Liquid::Verbatim, MarkdownDialect::kramdown());
    QCOMPARE(BlockRenderer::joined(blocks), render(markdown));
}

// The top-level block's HTML is made from the code node itself, which keeps the lines the preview maps it to.
void TestKramdownCode::topLevelBlockKeepsItsLines() {
    const RenderedBlocks blocks =
        BlockRenderer::renderBlocks("Para.\n\n```ruby\na\nb\n```\n\n    x\n", BlockRenderer::Liquid::Verbatim,
                                    MarkdownDialect::kramdown());
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(1).html, rougeBlock("ruby", "a\nb\n"));
    QCOMPARE(blocks.at(1).firstLine, 3);
    QCOMPARE(blocks.at(1).lastLine, 6);
    QVERIFY(blocks.at(1).openEnded);
    QCOMPARE(blocks.at(2).html, rougeBlock("plaintext", "x\n"));
    QCOMPARE(blocks.at(2).firstLine, 8);
    QCOMPARE(blocks.at(2).lastLine, 8);
}

void TestKramdownCode::incrementalEditKeepsTheMarkup() {
    IncrementalRenderer renderer;
    const QByteArray before = "First.\n\n```ruby\nx = 1\n```\n\nLast `y`.\n";
    const QByteArray after = "First.\n\n```ruby\nx = 2 < 3\n```\n\nLast `y`.\n";
    renderer.render(before);
    const RenderedBlocks edited = renderer.render(after);
    QVERIFY(renderer.lastReport().incremental);
    QCOMPARE(edited, BlockRenderer::render(after));
    QVERIFY(BlockRenderer::joined(edited).contains(rougeBlock("ruby", "x = 2 &lt; 3\n")));
}

// A site on jekyll-commonmark keeps cmark-gfm's markup.
void TestKramdownCode::commonMarkKeepsCmarkMarkup() {
    QCOMPARE(render("```ruby\nx\n```\n\n`y`\n", MarkdownDialect::commonMark()),
             QByteArray("<pre><code class=\"language-ruby\">x\n</code></pre>\n<p><code>y</code></p>\n"));
}

// The table the preview looks languages up in is the one the installed Rouge has.
void TestKramdownCode::lexerNamesMatchInstalledRouge() {
    const QString script =
        qEnvironmentVariable("POSTWRIGHT_SOURCE_DIR") + QStringLiteral("/tests/jekyll/rouge_lexer_names.rb");
    QProcess ruby;
    ruby.start(QStringLiteral("ruby"), {script});
    QVERIFY2(
        ruby.waitForFinished(60000) && ruby.exitStatus() == QProcess::NormalExit && ruby.exitCode() == 0,
        qPrintable(
            QStringLiteral("%1 failed: %2").arg(script, QString::fromUtf8(ruby.readAllStandardError()))));
    const QByteArrayList rouge = ruby.readAllStandardOutput().trimmed().split('\n');
    QVERIFY(rouge.size() > 100);
    QCOMPARE(RougeLexerNames::all(), rouge);
    QVERIFY(RougeLexerNames::contains("ruby"));
    QVERIFY(!RougeLexerNames::contains("Ruby"));
}

QTEST_APPLESS_MAIN(TestKramdownCode)
#include "tst_kramdowncode.moc"
