#include "render/blockrenderer.h"
#include "render/liquidpreprocessor.h"
#include "render/markdowndialect.h"
#include "testpaths.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QDirIterator>
#include <QRegularExpression>
#include <QtConcurrent>
#include <QtTest>

#include <memory>

using LineRanges = QList<QPair<int, int>>;

QByteArray describe(const RenderedBlock &block) {
    return QByteArray::number(block.firstLine) + '-' + QByteArray::number(block.lastLine) + ' ' + block.html;
}

// Found by QCOMPARE through argument-dependent lookup: failures print the blocks.
char *toString(const RenderedBlock &block) {
    return qstrdup(describe(block).constData());
}

namespace {

LineRanges rangesOf(const RenderedBlocks &blocks) {
    LineRanges ranges;
    for (const RenderedBlock &block : blocks)
        ranges.append({block.firstLine, block.lastLine});
    return ranges;
}

// The plain GFM dialect (a `markdown: CommonMarkGhPages` site): what cmark-gfm prints, no kramdown
// typography.
RenderedBlocks renderGfm(const QByteArray &markdown) {
    return BlockRenderer::renderBlocks(markdown, BlockRenderer::Liquid::Preprocess,
                                       MarkdownDialect::commonMark());
}

// The whole document straight from cmark-gfm, written here independently of BlockRenderer: the reference its
// block split must reproduce. Called from one thread only.
QByteArray cmarkWholeDocument(const QByteArray &markdown) {
    cmark_gfm_core_extensions_ensure_registered();
    const int options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE;
    std::unique_ptr<cmark_parser, void (*)(cmark_parser *)> parser(cmark_parser_new(options),
                                                                   cmark_parser_free);
    for (const char *name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"})
        cmark_parser_attach_syntax_extension(parser.get(), cmark_find_syntax_extension(name));
    cmark_parser_feed(parser.get(), markdown.constData(), size_t(markdown.size()));
    std::unique_ptr<cmark_node, void (*)(cmark_node *)> document(cmark_parser_finish(parser.get()),
                                                                 cmark_node_free);
    char *html = cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    const QByteArray result(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

// Lines as CommonMark counts them (\n, \r\n and \r end a line); line i is lines[i - 1].
QList<QByteArray> sourceLines(const QByteArray &text) {
    QList<QByteArray> lines;
    QByteArray current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n')
                ++i;
            lines.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    lines.append(current);
    return lines;
}

// The text after a Jekyll (`---`) or Hugo (`+++`) front matter block; what the editor hands the renderer.
QByteArray bodyOf(const QByteArray &file) {
    const QList<QByteArray> lines = file.split('\n');
    const QByteArray fence = lines.first().trimmed();
    if (fence != "---" && fence != "+++")
        return file;
    qsizetype offset = lines.first().size() + 1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        offset += lines.at(i).size() + 1;
        if (line == fence || (fence == "---" && line == "..."))
            return file.mid(std::min(offset, file.size()));
    }
    return file;
}

QStringList corpusFiles() {
    QStringList files;
    QDirIterator it(TestPaths::corpusPosts(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

}  // namespace

class TestBlockRenderer : public QObject {
    Q_OBJECT

private slots:
    void gfmFeatures_data();
    void gfmFeatures();
    void kramdownShowsEmbedsAsPublished_data();
    void kramdownShowsEmbedsAsPublished();
    void lineRanges_data();
    void lineRanges();
    void eachBlockIsRenderedAlone();
    void emptyInputGivesNoBlocks_data();
    void emptyInputGivesNoBlocks();
    void crlfAndCrKeepLineRanges_data();
    void crlfAndCrKeepLineRanges();
    void footnotesFormOneLastBlockThatStillLinks();
    void liquid_data();
    void liquid();
    void verbatimLeavesLiquidToMarkdown();
    void joinedConcatenatesTheBlocks();
    void fixtures_data();
    void fixtures();
    void corpus_data();
    void corpus();
    void concurrentRendersMatchSerialOnes();
};

void TestBlockRenderer::gfmFeatures_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("html");

    QTest::newRow("table with alignment") << QByteArray(
                                                 "| Left | Center | Right | None |\n"
                                                 "|:-----|:------:|------:|------|\n"
                                                 "| a | b | c | d |\n")
                                          << QByteArray(
                                                 "<table>\n<thead>\n<tr>\n<th align=\"left\">Left</th>\n"
                                                 "<th align=\"center\">Center</th>\n"
                                                 "<th align=\"right\">Right</th>\n<th>None</th>\n</tr>\n"
                                                 "</thead>\n<tbody>\n<tr>\n<td align=\"left\">a</td>\n"
                                                 "<td align=\"center\">b</td>\n<td align=\"right\">c</td>\n"
                                                 "<td>d</td>\n</tr>\n</tbody>\n</table>\n");
    QTest::newRow("strikethrough with one or two tildes")
        << QByteArray("~~gone~~ and ~also~\n") << QByteArray("<p><del>gone</del> and <del>also</del></p>\n");
    QTest::newRow("autolinks for www, urls and email")
        << QByteArray("Visit www.example.com or https://x.org/a?b=1. Mail foo@bar.com\n")
        << QByteArray(
               "<p>Visit <a href=\"http://www.example.com\">www.example.com</a> or "
               "<a href=\"https://x.org/a?b=1\">https://x.org/a?b=1</a>. Mail "
               "<a href=\"mailto:foo@bar.com\">foo@bar.com</a></p>\n");
    QTest::newRow("tagfilter escapes a script block")
        << QByteArray("<script>alert(1)</script>\n") << QByteArray("&lt;script>alert(1)&lt;/script>\n");
    QTest::newRow("tagfilter escapes the GFM list of inline tags")
        << QByteArray(
               "x <iframe src=a> <textarea> <style> <title> <xmp> <noembed> <noframes> <plaintext> "
               "<b>ok</b>\n")
        << QByteArray(
               "<p>x &lt;iframe src=a> &lt;textarea> &lt;style> &lt;title> &lt;xmp> &lt;noembed> "
               "&lt;noframes> &lt;plaintext> <b>ok</b></p>\n");
    QTest::newRow("raw html passes through") << QByteArray("<div class=\"note\">\n<b>hi</b>\n</div>\n")
                                             << QByteArray("<div class=\"note\">\n<b>hi</b>\n</div>\n");
    QTest::newRow("task list checkboxes")
        << QByteArray("- [ ] todo\n- [x] done\n")
        << QByteArray(
               "<ul>\n<li><input type=\"checkbox\" disabled=\"\" /> todo</li>\n"
               "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>\n</ul>\n");
    QTest::newRow("footnote reference and section")
        << QByteArray("Text[^1].\n\n[^1]: Note.\n")
        << QByteArray(
               "<p>Text<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a>"
               "</sup>.</p>\n<section class=\"footnotes\" data-footnotes>\n<ol>\n<li id=\"fn-1\">\n"
               "<p>Note. <a href=\"#fnref-1\" class=\"footnote-backref\" data-footnote-backref "
               "aria-label=\"Back to content\">\xe2\x86\xa9</a></p>\n</li>\n</ol>\n</section>\n");
    QTest::newRow("smart punctuation is off in the GFM dialect")
        << QByteArray("\"quoted\" -- dash...\n") << QByteArray("<p>&quot;quoted&quot; -- dash...</p>\n");
}

void TestBlockRenderer::gfmFeatures() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, html);
    QCOMPARE(BlockRenderer::joined(renderGfm(markdown)), html);
}

// Jekyll publishes `<iframe>` and `<script>` as written (kramdown has no tag filter); the preview shows them
// as elements and the page keeps them harmless (tst_previewsecurity). Expected HTML from the real kramdown
// (`ruby /work/tmp/kd.rb`, Jekyll 4.3's Markdown converter).
void TestBlockRenderer::kramdownShowsEmbedsAsPublished_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("html");
    QTest::newRow("an iframe block")
        << QByteArray("<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n")
        << QByteArray("<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n");
    QTest::newRow("a script inside a paragraph") << QByteArray("Text <script>x()</script> more\n")
                                                 << QByteArray("<p>Text <script>x()</script> more</p>\n");
}

void TestBlockRenderer::kramdownShowsEmbedsAsPublished() {
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, html);
    QCOMPARE(
        BlockRenderer::renderDocument(markdown, BlockRenderer::Liquid::Verbatim, MarkdownDialect::kramdown()),
        html);
}

void TestBlockRenderer::lineRanges_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<LineRanges>("ranges");

    QTest::newRow("headings and paragraphs")
        << QByteArray("# Title\n\nFirst para\nsecond line\n\n## Sub\nText\n")
        << LineRanges{{1, 1}, {3, 4}, {6, 6}, {7, 7}};
    QTest::newRow("blank lines before the first block") << QByteArray("\n\n\npara\n") << LineRanges{{4, 4}};
    QTest::newRow("list without its trailing blank lines")
        << QByteArray("- a\n- b\n\n\nafter\n") << LineRanges{{1, 2}, {5, 5}};
    QTest::newRow("loose nested list is one block")
        << QByteArray("1. one\n\n   more\n2. two\n   - nested\n\ntext\n") << LineRanges{{1, 5}, {7, 7}};
    QTest::newRow("fenced code includes its fences")
        << QByteArray("Intro\n\n```ruby\n# not a heading\n```\nOutro\n")
        << LineRanges{{1, 1}, {3, 5}, {6, 6}};
    QTest::newRow("indented code without trailing blank lines")
        << QByteArray("    code\n\n\n    more\n\n\ntext\n") << LineRanges{{1, 4}, {7, 7}};
    QTest::newRow("block quote with a lazy line")
        << QByteArray("> quote\ncontinued lazily\n> more\n\npara\n") << LineRanges{{1, 3}, {5, 5}};
    QTest::newRow("html block") << QByteArray("<div>\n*x*\n</div>\n\ntext\n") << LineRanges{{1, 3}, {5, 5}};
    QTest::newRow("one-line script block ends where it starts")
        << QByteArray("<script>x</script>\ntext\n") << LineRanges{{1, 1}, {2, 2}};
    QTest::newRow("setext heading ends at its underline")
        << QByteArray("Title\n=====\n    code\n") << LineRanges{{1, 2}, {3, 3}};
    QTest::newRow("thematic break") << QByteArray("a\n\n---\n\nb\n") << LineRanges{{1, 1}, {3, 3}, {5, 5}};
    QTest::newRow("table interrupting a paragraph")
        << QByteArray("Intro line\nsecond\n| a | b |\n|---|---|\n| 1 | 2 |\n\nnext\n")
        << LineRanges{{1, 2}, {3, 5}, {7, 7}};
    QTest::newRow("table without body interrupting a paragraph")
        << QByteArray("Intro\n| a |\n|---|\n") << LineRanges{{1, 1}, {2, 3}};
    QTest::newRow("table at the start")
        << QByteArray("| a |\n|---|\n| 1 |\n\nx\n") << LineRanges{{1, 3}, {5, 5}};
    QTest::newRow("footnote definitions come last")
        << QByteArray("Text[^n] here.\n\n[^n]: The note\n    continues.\n\nAfter.\n")
        << LineRanges{{1, 1}, {6, 6}, {3, 4}};
    QTest::newRow("link reference definition belongs to the next paragraph")
        << QByteArray("[x]: /url\nSee [x].\n") << LineRanges{{1, 2}};
}

void TestBlockRenderer::lineRanges() {
    QFETCH(QByteArray, markdown);
    QFETCH(LineRanges, ranges);
    QCOMPARE(rangesOf(BlockRenderer::render(markdown)), ranges);
}

void TestBlockRenderer::eachBlockIsRenderedAlone() {
    const RenderedBlocks blocks =
        BlockRenderer::render("# Title\n\nSome *text*.\n\n- a\n- b\n\n```\ncode\n```\n\n> quote\n\n---\n");
    const QList<QByteArray> expected = {"<h1 id=\"title\">Title</h1>\n",
                                        "<p>Some <em>text</em>.</p>\n",
                                        "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n",
                                        "<div class=\"language-plaintext highlighter-rouge\"><div "
                                        "class=\"highlight\"><pre class=\"highlight\"><code>code\n"
                                        "</code></pre></div></div>\n",
                                        "<blockquote>\n<p>quote</p>\n</blockquote>\n",
                                        "<hr />\n"};
    QCOMPARE(blocks.size(), expected.size());
    for (qsizetype i = 0; i < blocks.size(); ++i)
        QCOMPARE(blocks.at(i).html, expected.at(i));
}

void TestBlockRenderer::emptyInputGivesNoBlocks_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank lines") << QByteArray("\n\n   \n\t\n");
    QTest::newRow("only a link reference definition") << QByteArray("[x]: /url\n");
    QTest::newRow("only an unreferenced footnote") << QByteArray("[^1]: never used\n");
}

void TestBlockRenderer::emptyInputGivesNoBlocks() {
    QFETCH(QByteArray, markdown);
    QVERIFY(BlockRenderer::render(markdown).isEmpty());
    QCOMPARE(BlockRenderer::joined(BlockRenderer::render(markdown)), QByteArray());
}

void TestBlockRenderer::crlfAndCrKeepLineRanges_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::newRow("paragraphs and heading")
        << QByteArray("# Title\n\nFirst para\nsecond line\n\n## Sub\nText\n");
    QTest::newRow("list and code") << QByteArray("- a\n- b\n\n\n```\ncode\n```\n\n    indented\n");
    QTest::newRow("table after paragraph") << QByteArray("Intro\n| a | b |\n|---|---|\n| 1 | 2 |\n\nnext\n");
    QTest::newRow("liquid comment and highlight") << QByteArray(
        "a\n\n{% comment %}\nx\n{% endcomment %}\n\n{% highlight sh %}\n# ls\n{% endhighlight %}\nb\n");
}

void TestBlockRenderer::crlfAndCrKeepLineRanges() {
    QFETCH(QByteArray, markdown);
    const RenderedBlocks lf = BlockRenderer::render(markdown);
    QVERIFY(!lf.isEmpty());
    QByteArray crlf = markdown;
    crlf.replace("\n", "\r\n");
    QByteArray cr = markdown;
    cr.replace('\n', '\r');
    QCOMPARE(BlockRenderer::render(crlf), lf);
    QCOMPARE(BlockRenderer::render(cr), lf);
}

void TestBlockRenderer::footnotesFormOneLastBlockThatStillLinks() {
    const QByteArray markdown =
        "[^b]: Bee, defined first.\n"
        "\n"
        "First[^a] and second[^b], first again[^a].\n"
        "\n"
        "[^a]: Ay,\n"
        "    over two lines.\n"
        "\n"
        "# After\n";
    const RenderedBlocks blocks = renderGfm(markdown);
    QCOMPARE(rangesOf(blocks), (LineRanges{{3, 3}, {8, 8}, {1, 6}}));
    const QByteArray paragraph = blocks.at(0).html;
    const QByteArray section = blocks.last().html;
    QVERIFY(section.startsWith("<section class=\"footnotes\" data-footnotes>\n<ol>\n"));
    QVERIFY(section.endsWith("</ol>\n</section>\n"));
    QCOMPARE(section.count("<section"), 1);
    // Numbered in reference order: a is 1, b is 2.
    QVERIFY(section.indexOf("<li id=\"fn-a\">") < section.indexOf("<li id=\"fn-b\">"));
    // Every reference points at a definition in the section, and every back-reference at a reference.
    static const QRegularExpression href(QStringLiteral("href=\"#(fn-[^\"]+)\""));
    static const QRegularExpression backref(QStringLiteral("href=\"#(fnref-[^\"]+)\""));
    int references = 0;
    for (const QRegularExpressionMatch &m : href.globalMatch(QString::fromUtf8(paragraph))) {
        QVERIFY2(section.contains("id=\"" + m.captured(1).toUtf8() + "\""), qPrintable(m.captured(1)));
        ++references;
    }
    QCOMPARE(references, 3);
    int backReferences = 0;
    for (const QRegularExpressionMatch &m : backref.globalMatch(QString::fromUtf8(section))) {
        QVERIFY2(paragraph.contains("id=\"" + m.captured(1).toUtf8() + "\""), qPrintable(m.captured(1)));
        ++backReferences;
    }
    QCOMPARE(backReferences, 3);
    QCOMPARE(BlockRenderer::joined(blocks), cmarkWholeDocument(markdown));
}

void TestBlockRenderer::liquid_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QList<QByteArray>>("html");
    QTest::addColumn<LineRanges>("ranges");

    QTest::newRow("highlight becomes a code block, not a heading")
        << QByteArray("Intro\n\n{% highlight ruby linenos %}\n# comment\nputs 1\n{% endhighlight %}\nOutro\n")
        << QList<QByteArray>{"<p>Intro</p>\n",
                             // Jekyll's figure, Rouge's table (Jekyll 4.3.1's output without Rouge's spans).
                             "<figure class=\"highlight\"><pre><code class=\"language-ruby\" "
                             "data-lang=\"ruby\">"
                             "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre "
                             "class=\"lineno\">1\n2\n</pre></td><td class=\"code\"><pre># comment\nputs 1\n"
                             "</pre></td></tr></tbody></table></code></pre></figure>\n",
                             "<p>Outro</p>\n"}
        << LineRanges{{1, 1}, {3, 6}, {7, 7}};
    QTest::newRow("highlight sharing a line with its code")
        << QByteArray("{% highlight sh %}ls *.md{% endhighlight %}\n\nnext\n")
        << QList<QByteArray>{"<pre><code class=\"language-sh\">ls &#42;&#46;md</code></pre>\n",
                             "<p>next</p>\n"}
        << LineRanges{{1, 1}, {3, 3}};
    QTest::newRow("image built from site.url and site.baseurl")
        << QByteArray("![Alt]({{ site.url }}{{ site.baseurl }}/assets/x.png)\n")
        << QList<QByteArray>{"<p><img src=\"/assets/x.png\" alt=\"Alt\" /></p>\n"} << LineRanges{{1, 1}};
    QTest::newRow("relative_url link")
        << QByteArray(
               "[Docs]({{ '/docs/' | relative_url }}) and ![i]({{ \"assets/i.png\" | absolute_url }})\n")
        << QList<
               QByteArray>{"<p><a href=\"/docs/\">Docs</a> and <img src=\"/assets/i.png\" alt=\"i\" /></p>\n"}
        << LineRanges{{1, 1}};
    QTest::newRow("include stays visible and does not swallow the heading")
        << QByteArray("{% include toc %}\n# Heading\n")
        << QList<QByteArray>{"<p>{% include toc %}</p>\n", "<h1 id=\"heading\">Heading</h1>\n"}
        << LineRanges{{1, 1}, {2, 2}};
    QTest::newRow("comment hidden, later lines keep their numbers")
        << QByteArray("a\n\n{% comment %}\nsecret\n{% endcomment %}\n\nb\n")
        << QList<QByteArray>{"<p>a</p>\n", "<p>b</p>\n"} << LineRanges{{1, 1}, {7, 7}};
    QTest::newRow("raw markers vanish, content stays literal")
        << QByteArray("Use {% raw %}`{{ site.baseurl }}`{% endraw %} here.\n")
        << QList<QByteArray>{"<p>Use <code class=\"language-plaintext highlighter-rouge\">"
                             "{{ site.baseurl }}</code> here.</p>\n"}
        << LineRanges{{1, 1}};
}

void TestBlockRenderer::liquid() {
    QFETCH(QByteArray, markdown);
    QFETCH(QList<QByteArray>, html);
    QFETCH(LineRanges, ranges);
    const RenderedBlocks blocks = BlockRenderer::render(markdown);
    QCOMPARE(rangesOf(blocks), ranges);
    QList<QByteArray> actual;
    for (const RenderedBlock &block : blocks)
        actual.append(block.html);
    QCOMPARE(actual, html);
}

void TestBlockRenderer::verbatimLeavesLiquidToMarkdown() {
    const QByteArray markdown = "{% highlight ruby %}\n# comment\n{% endhighlight %}\n";
    const RenderedBlocks blocks = BlockRenderer::renderBlocks(markdown, BlockRenderer::Liquid::Verbatim);
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(1).html, QByteArray("<h1 id=\"comment\">comment</h1>\n"));
    QCOMPARE(BlockRenderer::renderDocument(markdown, BlockRenderer::Liquid::Verbatim),
             BlockRenderer::joined(blocks));
}

void TestBlockRenderer::joinedConcatenatesTheBlocks() {
    const RenderedBlocks blocks = {{"<p>a</p>\n", 1, 1}, {"<hr />\n", 3, 3}, {"<p>b</p>\n", 5, 5}};
    QCOMPARE(BlockRenderer::joined(blocks), QByteArray("<p>a</p>\n<hr />\n<p>b</p>\n"));
    QCOMPARE(BlockRenderer::joined({}), QByteArray());
}

void TestBlockRenderer::fixtures_data() {
    QTest::addColumn<QString>("base");
    const QDir dir(TestPaths::data() + QStringLiteral("/render"));
    const QStringList names = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QTest::newRow("fixtures are present") << QString();
    for (const QString &name : names) {
        if (name != QStringLiteral("README.md"))
            QTest::newRow(qPrintable(name)) << dir.filePath(name.chopped(3));
    }
}

void TestBlockRenderer::fixtures() {
    QFETCH(QString, base);
    if (base.isEmpty()) {
        QVERIFY2(QFile::exists(TestPaths::data() + QStringLiteral("/render/jekyll-post.md")),
                 "tests/data/render not found; set POSTWRIGHT_TEST_DATA");
        return;
    }
    // The expected HTML is cmark-gfm's: the fixtures test the block split, in the GFM dialect.
    const RenderedBlocks blocks = renderGfm(readFile(base + QStringLiteral(".md")));
    QCOMPARE(BlockRenderer::joined(blocks), readFile(base + QStringLiteral(".html")));
    QByteArray ranges;
    for (const RenderedBlock &block : blocks)
        ranges += QByteArray::number(block.firstLine) + '-' + QByteArray::number(block.lastLine) + '\n';
    QCOMPARE(ranges, readFile(base + QStringLiteral(".lines")));
}

void TestBlockRenderer::corpus_data() {
    QTest::addColumn<QString>("path");
    const QStringList files = corpusFiles();
    // A missing corpus must fail, not pass with zero rows.
    QTest::newRow("corpus is present") << QString();
    for (const QString &path : files)
        QTest::newRow(qPrintable(QDir(TestPaths::corpusPosts()).relativeFilePath(path))) << path;
}

void TestBlockRenderer::corpus() {
    QFETCH(QString, path);
    if (path.isEmpty()) {
        REQUIRE_SHARED_DIR("/corpus/posts");
        QVERIFY(corpusFiles().size() > 300);
        return;
    }
    const QByteArray body = bodyOf(readFile(path));
    const RenderedBlocks blocks = renderGfm(body);
    const QByteArray joined = BlockRenderer::joined(blocks);

    // The block split reproduces the whole-document render of the same (preprocessed) text, in both dialects;
    // in the GFM one, that is cmark-gfm's own.
    QCOMPARE(joined, BlockRenderer::renderDocument(body, BlockRenderer::Liquid::Preprocess,
                                                   MarkdownDialect::commonMark()));
    QCOMPARE(BlockRenderer::joined(BlockRenderer::render(body)), BlockRenderer::renderDocument(body));
    const QByteArray preprocessed = LiquidPreprocessor::process(body);
    if (preprocessed == body)
        QCOMPARE(joined, cmarkWholeDocument(body));

    // Every range lies in the text, starts and ends on a line with text, and the blocks (footnotes aside)
    // follow each other without overlapping.
    const QList<QByteArray> lines = sourceLines(preprocessed);
    int previousLast = 0;
    for (const RenderedBlock &block : blocks) {
        QVERIFY(!block.html.isEmpty());
        QVERIFY2(block.firstLine >= 1 && block.firstLine <= block.lastLine && block.lastLine <= lines.size(),
                 describe(block).constData());
        QVERIFY2(!lines.at(block.firstLine - 1).trimmed().isEmpty(), describe(block).constData());
        QVERIFY2(!lines.at(block.lastLine - 1).trimmed().isEmpty(), describe(block).constData());
        if (block.html.startsWith("<section class=\"footnotes\""))
            QVERIFY(&block == &blocks.last());
        else
            QVERIFY2(block.firstLine > previousLast, describe(block).constData());
        previousLast = block.lastLine;
    }
}

void TestBlockRenderer::concurrentRendersMatchSerialOnes() {
    REQUIRE_SHARED_DIR("/corpus/posts");
    QList<QByteArray> bodies;
    for (const QString &path : corpusFiles())
        bodies.append(bodyOf(readFile(path)));
    // Short documents full of strikethrough and autolinks: cmark-gfm's shared inline-character table is
    // switched on and off by every parse, so these break first when two parses overlap.
    for (int i = 0; i < 400; ++i)
        bodies.append("~~struck~~ www.example.com https://x.org/" + QByteArray::number(i) + " ~a~\n");

    // In the GFM dialect, which links bare URLs (kramdown's leaves them as text).
    const std::function<RenderedBlocks(const QByteArray &)> render = renderGfm;
    QList<RenderedBlocks> serial;
    for (const QByteArray &body : bodies)
        serial.append(render(body));

    QThreadPool pool;
    pool.setMaxThreadCount(4);
    for (int round = 0; round < 3; ++round) {
        const QList<RenderedBlocks> parallel =
            QtConcurrent::blockingMapped<QList<RenderedBlocks>>(&pool, bodies, render);
        QCOMPARE(parallel.size(), serial.size());
        for (qsizetype i = 0; i < serial.size(); ++i)
            QVERIFY2(parallel.at(i) == serial.at(i),
                     qPrintable(QStringLiteral("round %1, document %2").arg(round).arg(i)));
    }
}

QTEST_GUILESS_MAIN(TestBlockRenderer)
#include "tst_blockrenderer.moc"
