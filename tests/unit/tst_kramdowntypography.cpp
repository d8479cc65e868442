// kramdown's typography in the renderer (KramdownTypography) and the per-site choice of dialect it hangs on
// (MarkdownDialect). Every expected HTML below is what the real kramdown 2.4 printed for the same input with
// Jekyll's options (GFM input, `hard_wrap: false`, the characters as Jekyll's `entity_output: as_char` prints
// them): `ruby -rkramdown -rkramdown-parser-gfm -e 'puts Kramdown::Document.new(STDIN.read, input:
// "GFM").to_html'`. Both sides are compared after the differences that are not typography are taken out:
// whitespace between tags,
// `&quot;` (cmark escapes a straight double quote, kramdown does not) and kramdown's heading ids.
#include "render/blockrenderer.h"
#include "render/incrementalrenderer.h"
#include "render/markdowndialect.h"
#include "site/siteconfig.h"

#include <QRegularExpression>
#include <QtTest>

namespace {

QByteArray comparable(QByteArray html) {
    html.replace("&quot;", "\"");
    // Jekyll's highlighter option gives code spans a class (KramdownCode); plain kramdown, run above, does
    // not.
    html.replace("<code class=\"language-plaintext highlighter-rouge\">", "<code>");
    // Whitespace next to a tag: kramdown indents nested blocks, cmark does not.
    html = QString::fromUtf8(html)
               .replace(QRegularExpression(QStringLiteral("\\s+<")), QStringLiteral("<"))
               .replace(QRegularExpression(QStringLiteral(">\\s+")), QStringLiteral(">"))
               .toUtf8();
    return html.trimmed();
}

MarkdownDialect dialectOf(const QByteArray &yaml) {
    const Result<SiteConfig> config = SiteConfig::fromText(yaml, QStringLiteral("_config.yml"));
    if (!config)
        qFatal("%s", qPrintable(config.error()));
    return MarkdownDialect::fromSiteSettings(config->settings());
}

QByteArray render(const QByteArray &markdown, const MarkdownDialect &dialect) {
    return BlockRenderer::renderDocument(markdown, BlockRenderer::Liquid::Verbatim, dialect);
}

// The German quotes and ASCII symbols some sites configure.
const QByteArray kOptionsSample = "\"Hallo\" 'Welt' -- ja... << a >>";

}  // namespace

class TestKramdownTypography : public QObject {
    Q_OBJECT

private slots:
    void kramdownRules_data();
    void kramdownRules();
    void blocksAgreeWithWholeDocument_data() { kramdownRules_data(); }
    void blocksAgreeWithWholeDocument();
    void incrementalEditKeepsTypography();
    void markupShownAsWrittenIsUntouched();
    void footnotesGetTypography();
    void dialectFromConfig_data();
    void dialectFromConfig();
    void commonMarkSiteKeepsStraightQuotes();
    void siteOptionsChangeTheCharacters_data();
    void siteOptionsChangeTheCharacters();
    void siteWithoutConfigIsKramdown();
};

void TestKramdownTypography::kramdownRules_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("kramdown");

    QTest::newRow("double quotes around a word")
        << QByteArray("He said \"hello\" to me.") << QByteArray("<p>He said “hello” to me.</p>");
    QTest::newRow("single quotes around a word")
        << QByteArray("a 'word' here") << QByteArray("<p>a ‘word’ here</p>");
    QTest::newRow("apostrophe inside a word") << QByteArray("don't stop") << QByteArray("<p>don’t stop</p>");
    QTest::newRow("apostrophe after a plural")
        << QByteArray("the dogs' bone") << QByteArray("<p>the dogs’ bone</p>");
    QTest::newRow("apostrophe before a decade")
        << QByteArray("in the '80s and '90s") << QByteArray("<p>in the ’80s and ’90s</p>");
    QTest::newRow("quote at the start of a block")
        << QByteArray("\"Start here") << QByteArray("<p>“Start here</p>");
    QTest::newRow("quote at the end of a block") << QByteArray("the end\"") << QByteArray("<p>the end”</p>");
    QTest::newRow("quote after a line break")
        << QByteArray("first line\n\"second\" line") << QByteArray("<p>first line\n“second” line</p>");
    QTest::newRow("quote after punctuation closes")
        << QByteArray("a.\"b\" and (\"c\")") << QByteArray("<p>a.”b” and (“c”)</p>");
    QTest::newRow("quote before punctuation closes")
        << QByteArray("\"foo\", 'bar'.") << QByteArray("<p>“foo”, ‘bar’.</p>");
    QTest::newRow("double then single quote opening")
        << QByteArray("\"'Hi,' he said.\"") << QByteArray("<p>“‘Hi,’ he said.”</p>");
    QTest::newRow("single then double quote opening")
        << QByteArray("He wrote '\"ok\"' twice") << QByteArray("<p>He wrote ‘“ok”’ twice</p>");
    QTest::newRow("feet and inches") << QByteArray("5'6\" tall") << QByteArray("<p>5’6” tall</p>");
    QTest::newRow("possessive after a code span")
        << QByteArray("`code`'s value") << QByteArray("<p><code>code</code>’s value</p>");
    QTest::newRow("opening quote after a code span")
        << QByteArray("`x`'y") << QByteArray("<p><code>x</code>‘y</p>");
    QTest::newRow("quotes around a code span")
        << QByteArray("\"`code`\"") << QByteArray("<p>“<code>code</code>”</p>");
    QTest::newRow("quotes around a link")
        << QByteArray("\"[link](u)\" and [x](u)'s")
        << QByteArray("<p>“<a href=\"u\">link</a>” and <a href=\"u\">x</a>’s</p>");
    QTest::newRow("quotes inside link text")
        << QByteArray("[\"quoted\" link](u)") << QByteArray("<p><a href=\"u\">“quoted” link</a></p>");
    QTest::newRow("quote before emphasis opens")
        << QByteArray("\"*word*\" and '**bold**'")
        << QByteArray("<p>“<em>word</em>” and ‘<strong>bold</strong>’</p>");
    QTest::newRow("possessive after emphasis")
        << QByteArray("*word*'s _it_'") << QByteArray("<p><em>word</em>’s <em>it</em>’</p>");
    QTest::newRow("quote after a non-ASCII letter closes")
        << QByteArray("café\"s \"x\"") << QByteArray("<p>café”s “x”</p>");
    QTest::newRow("escaped quotes stay straight")
        << QByteArray("\\\"a\\\" don\\'t") << QByteArray("<p>\"a\" don't</p>");
    QTest::newRow("quote after an entity")
        << QByteArray("&amp;\"x\" &eacute;'y") << QByteArray("<p>&amp;“x” é‘y</p>");
    QTest::newRow("en dash") << QByteArray("pages 10--20") << QByteArray("<p>pages 10–20</p>");
    QTest::newRow("em dash") << QByteArray("wait---what") << QByteArray("<p>wait—what</p>");
    QTest::newRow("ellipsis") << QByteArray("and so on...") << QByteArray("<p>and so on…</p>");
    QTest::newRow("four hyphens and four dots")
        << QByteArray("a----b c....d") << QByteArray("<p>a—-b c….d</p>");
    QTest::newRow("escaped hyphens stay")
        << QByteArray("a \\-- b a -\\- c") << QByteArray("<p>a -- b a -- c</p>");
    QTest::newRow("dash before a quote") << QByteArray("a--\"x\" \"y\"--") << QByteArray("<p>a–“x” “y”–</p>");
    QTest::newRow("guillemets") << QByteArray("<<1>> and x<<y") << QByteArray("<p>«1» and x«y</p>");
    QTest::newRow("guillemets with spaces") << QByteArray("<< a >>") << QByteArray("<p>« a »</p>");
    QTest::newRow("escaped guillemet") << QByteArray("\\<< e") << QByteArray("<p>&lt;&lt; e</p>");
    QTest::newRow("code span untouched")
        << QByteArray("`a--b \"c\" ...`") << QByteArray("<p><code>a--b \"c\" ...</code></p>");
    QTest::newRow("raw HTML attributes untouched")
        << QByteArray("a <span title=\"a--b\">\"x\" -- y</span>")
        << QByteArray("<p>a <span title=\"a--b\">“x” – y</span></p>");
    QTest::newRow("autolink untouched")
        << QByteArray("<http://a--b.c/x...y>")
        << QByteArray("<p><a href=\"http://a--b.c/x...y\">http://a--b.c/x...y</a></p>");
    QTest::newRow("bare URL is text with typography")
        << QByteArray("see http://a.b/c--d and www.x.com/a...b")
        << QByteArray("<p>see http://a.b/c–d and www.x.com/a…b</p>");
    QTest::newRow("image alt text untouched")
        << QByteArray("![a \"b\" -- c](x.png) \"d\"")
        << QByteArray("<p><img src=\"x.png\" alt=\"a &quot;b&quot; -- c\" /> “d”</p>");
    QTest::newRow("hard line break") << QByteArray("a \"b\"  \n\"c\"")
                                     << QByteArray("<p>a “b”<br />\n“c”</p>");
    QTest::newRow("list item") << QByteArray("- \"item\" -- one")
                               << QByteArray("<ul><li>“item” – one</li></ul>");
    QTest::newRow("block quote") << QByteArray("> 'quoted' text...")
                                 << QByteArray("<blockquote><p>‘quoted’ text…</p></blockquote>");
    QTest::newRow("table cell") << QByteArray("| \"a\" | b--c |\n|---|---|\n| don't | x... |")
                                << QByteArray(
                                       "<table><thead><tr><th>“a”</th><th>b–c</th></tr></"
                                       "thead><tbody><tr><td>don’t</td><td>x…</td></tr></tbody></table>");
    QTest::newRow("heading") << QByteArray("## \"Title\" -- part")
                             << QByteArray("<h2 id=\"title--part\">“Title” – part</h2>");
    QTest::newRow("strikethrough") << QByteArray("~~\"x\"~~ y") << QByteArray("<p><del>“x”</del> y</p>");
    QTest::newRow("numeric entity quotes stay straight")
        << QByteArray("&#34;a&#34; and &#x27;b&#x27; and \"c\"")
        << QByteArray("<p>\"a\" and 'b' and “c”</p>");
    QTest::newRow("quote after a tab") << QByteArray("a	\"b\"") << QByteArray("<p>a	“b”</p>");
    QTest::newRow("nested list in a block quote") << QByteArray("> - item \"one\"\n>   - it's \"two\" -- ok")
                                                  << QByteArray(
                                                         "<blockquote><ul><li>item “one”\n      <ul><li>it’s "
                                                         "“two” – ok</li></ul></li></ul></blockquote>");
    QTest::newRow("lazy continuation line")
        << QByteArray("> first 'line'\nsecond \"line\"")
        << QByteArray("<blockquote><p>first ‘line’\nsecond “line”</p></blockquote>");
    QTest::newRow("quote after raw inline HTML")
        << QByteArray("<b>x</b>'s and <i>y</i>\"z\"") << QByteArray("<p><b>x</b>’s and <i>y</i>“z”</p>");
    QTest::newRow("hyphen between words stays") << QByteArray("a-b c - d") << QByteArray("<p>a-b c - d</p>");
    QTest::newRow("dots in a number stay") << QByteArray("1.5 and 2..3") << QByteArray("<p>1.5 and 2..3</p>");
    QTest::newRow("quote after strikethrough")
        << QByteArray("~~gone~~'s \"x\"") << QByteArray("<p><del>gone</del>’s “x”</p>");
    QTest::newRow("quote after an image")
        << QByteArray("![a](x.png)'s \"y\"") << QByteArray("<p><img src=\"x.png\" alt=\"a\" />’s “y”</p>");
    QTest::newRow("quote right after a link with a title")
        << QByteArray("[a](u \"t\")'s 'x'") << QByteArray("<p><a href=\"u\" title=\"t\">a</a>’s ‘x’</p>");
}

void TestKramdownTypography::kramdownRules() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, kramdown);
    QCOMPARE(comparable(render(markdown, MarkdownDialect::kramdown())), comparable(kramdown));
}

// Typography is applied to each block's inline text: rendering block by block gives the whole document.
void TestKramdownTypography::blocksAgreeWithWholeDocument() {
    QFETCH(QByteArray, markdown);
    const QByteArray twice = markdown + "\n\n" + markdown + "\n";
    QCOMPARE(BlockRenderer::joined(BlockRenderer::renderBlocks(twice, BlockRenderer::Liquid::Verbatim)),
             BlockRenderer::renderDocument(twice, BlockRenderer::Liquid::Verbatim));
}

// An edit re-parses only its region; the quotes and dashes there come out as in a full render.
void TestKramdownTypography::incrementalEditKeepsTypography() {
    IncrementalRenderer renderer;
    const QByteArray before = "# \"Title\"\n\nFirst -- para.\n\nMiddle para.\n\nLast 'one'.\n";
    const QByteArray after = "# \"Title\"\n\nFirst -- para.\n\nMiddle \"para\"...\n\nLast 'one'.\n";
    renderer.render(before);
    const RenderedBlocks edited = renderer.render(after);
    QVERIFY(renderer.lastReport().incremental);
    QCOMPARE(edited, BlockRenderer::render(after));
    QVERIFY(BlockRenderer::joined(edited).contains("Middle “para”…"));
}

// Jekyll runs Liquid before kramdown sees the text, so what the preview cannot run and shows as written keeps
// the quotes it was written with; the text around it does not. Attribute lists are taken out before the
// typography pass, so their quotes are not typography's (Jekyll's output).
void TestKramdownTypography::markupShownAsWrittenIsUntouched() {
    QCOMPARE(BlockRenderer::joined(BlockRenderer::render("{% include toc title=\"On this page\" %} \"x\" -- "
                                                         "{{ page.title | append: '...' }}\n")),
             QByteArray("<p>{% include toc title=&quot;On this page&quot; %} “x” – {{ page.title | append: "
                        "'...' }}</p>\n"));
    QCOMPARE(BlockRenderer::joined(
                 BlockRenderer::render("![i](x.png){: width=\"600\"} \"y\"\n\n{: .notice--info}\n")),
             QByteArray("<p><img src=\"x.png\" alt=\"i\" width=\"600\" /> “y”</p>\n"));
}

// kramdown: `Text[^1]'s "note"` → `…</sup>’s “note”`, and the definition `The "note" -- here.` → `The “note”
// – here.` (its footnote markup differs from cmark-gfm's, so only the text is compared).
void TestKramdownTypography::footnotesGetTypography() {
    const QByteArray html =
        BlockRenderer::joined(BlockRenderer::render("Text[^1]'s \"note\"\n\n[^1]: The \"note\" -- here.\n"));
    QVERIFY2(html.contains("</sup>’s “note”</p>"), html.constData());
    QVERIFY2(html.contains("<p>The “note” – here."), html.constData());
}

void TestKramdownTypography::dialectFromConfig_data() {
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("kramdown");
    QTest::addColumn<bool>("symbols");
    QTest::addColumn<QByteArray>("leftDouble");
    QTest::addColumn<QByteArray>("hellip");

    QTest::newRow("no markdown key is kramdown")
        << QByteArray("title: x\n") << true << true << QByteArray("“") << QByteArray("…");
    QTest::newRow("markdown: kramdown")
        << QByteArray("markdown: kramdown\n") << true << true << QByteArray("“") << QByteArray("…");
    QTest::newRow("processor name is case-insensitive")
        << QByteArray("markdown: Kramdown\n") << true << true << QByteArray("“") << QByteArray("…");
    QTest::newRow("CommonMarkGhPages is CommonMark")
        << QByteArray("markdown: CommonMarkGhPages\n") << false << true << QByteArray("“") << QByteArray("…");
    QTest::newRow("jekyll-commonmark's CommonMark")
        << QByteArray("markdown: CommonMark\nplugins: [jekyll-commonmark]\n") << false << true
        << QByteArray("“") << QByteArray("…");
    QTest::newRow("smart_quotes as a string of entity names")
        << QByteArray("kramdown:\n  smart_quotes: sbquo,lsquo,bdquo,ldquo\n") << true << true
        << QByteArray("„") << QByteArray("…");
    QTest::newRow("smart_quotes as a list of code points")
        << QByteArray("kramdown:\n  smart_quotes: [8249, 8250, 171, 187]\n") << true << true
        << QByteArray("«") << QByteArray("…");
    QTest::newRow("smart_quotes with the wrong count keeps the defaults")
        << QByteArray("kramdown:\n  smart_quotes: lsquo,rsquo\n") << true << true << QByteArray("“")
        << QByteArray("…");
    QTest::newRow("typographic_symbols replaces one symbol")
        << QByteArray("kramdown:\n  typographic_symbols: {hellip: '...'}\n") << true << true
        << QByteArray("“") << QByteArray("...");
    QTest::newRow("gfm_quirks no_auto_typographic turns symbols off")
        << QByteArray("kramdown:\n  gfm_quirks: [paragraph_end, no_auto_typographic]\n") << true << false
        << QByteArray("“") << QByteArray("…");
}

void TestKramdownTypography::dialectFromConfig() {
    QFETCH(QByteArray, yaml);
    const MarkdownDialect dialect = dialectOf(yaml);
    QTEST(dialect.isKramdown(), "kramdown");
    QTEST(dialect.typographicSymbols(), "symbols");
    QTEST(dialect.quote(MarkdownDialect::LeftDouble), "leftDouble");
    QTEST(dialect.symbol(MarkdownDialect::Hellip), "hellip");
}

// A site on jekyll-commonmark publishes plain GFM: straight quotes, `--` as written, bare URLs linked.
void TestKramdownTypography::commonMarkSiteKeepsStraightQuotes() {
    const MarkdownDialect dialect = dialectOf("markdown: CommonMarkGhPages\n");
    QCOMPARE(
        render("\"a\" don't -- b... see https://x.org\n", dialect),
        QByteArray("<p>&quot;a&quot; don't -- b... see <a href=\"https://x.org\">https://x.org</a></p>\n"));
}

void TestKramdownTypography::siteOptionsChangeTheCharacters_data() {
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("kramdown");

    // Each from kramdown given the same options on kOptionsSample.
    QTest::newRow("German smart quotes") << QByteArray("kramdown:\n  smart_quotes: sbquo,lsquo,bdquo,ldquo\n")
                                         << QByteArray("<p>„Hallo“ ‚Welt‘ – ja… «\u00a0a\u00a0»</p>");
    QTest::newRow("ASCII typographic symbols")
        << QByteArray(
               "kramdown:\n  typographic_symbols: {hellip: '...', ndash: '--', laquo_space: '<<', "
               "raquo_space: '>>'}\n")
        << QByteArray("<p>“Hallo” ‘Welt’ -- ja... &lt;&lt;a&gt;&gt;</p>");
    QTest::newRow("no automatic typographic symbols")
        << QByteArray("kramdown:\n  gfm_quirks: [no_auto_typographic]\n")
        << QByteArray("<p>“Hallo” ‘Welt’ -- ja... &lt;&lt; a &gt;&gt;</p>");
    QTest::newRow("straight quotes by entity name")
        << QByteArray("kramdown:\n  smart_quotes: [apos, apos, quot, quot]\n")
        << QByteArray("<p>\"Hallo\" 'Welt' – ja… «\u00a0a\u00a0»</p>");
}

void TestKramdownTypography::siteOptionsChangeTheCharacters() {
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, kramdown);
    QCOMPARE(comparable(render(kOptionsSample, dialectOf(yaml))), comparable(kramdown));
}

// A post outside any site is rendered as Jekyll would render it: kramdown with Jekyll's defaults.
void TestKramdownTypography::siteWithoutConfigIsKramdown() {
    QVERIFY(MarkdownDialect::forSite(QString()) == MarkdownDialect::kramdown());
    QTemporaryDir site;
    QVERIFY(site.isValid());
    QVERIFY(MarkdownDialect::forSite(site.path()) == MarkdownDialect::kramdown());
}

QTEST_GUILESS_MAIN(TestKramdownTypography)
#include "tst_kramdowntypography.moc"
