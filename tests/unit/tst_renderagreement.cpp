// How `postwright render` agrees with what Jekyll publishes (issue #10): a measurement, and the tests of
// the harness that makes it.
//
// The oracle, tests/jekyll/render_oracle.rb, reads a site with the real Jekyll 4.3 (safe mode) and renders
// each post's content without its layout: Liquid, then kramdown (GFM input, Jekyll's defaults), what
// `{{ content }}` is. Our side is RenderVerb::run, the code of `postwright render FILE`, on the same file of
// the same site.
//
// Normalisation (HtmlOutline, RenderDifference), the same for both sides:
// - Visible text: the text nodes outside <script>, <style>, <template> and comments, character references
//   decoded, a space at each block-level element's boundaries and at <br>, runs of ASCII whitespace
//   collapsed to one space and trimmed (whitespace inside <pre> too). U+00A0 is kept. Attribute values
//   (alt, title) are not text. Compared strictly: curly quotes, dashes and ellipses count.
// - Text ignoring typography: the same text with kramdown's typographic characters turned back into what
//   they are typed as (‘’‚ -> ', “”„ -> ", – -> --, — -> ---, … -> ..., « -> <<, » -> >>, U+00A0 -> space).
// - Structure: the sequence of element names in start-tag order, lower case; attributes (and so their
//   order, classes and ids) ignored; <span> left out, since Rouge wraps every code token in one. Rouge's
//   wrappers (<div class="language-x highlighter-rouge"><div class="highlight">) do count: site CSS styles
//   them. A second figure leaves them out (any <div>/<figure> whose class holds "highlight") to show what
//   else differs.
// - Heading ids (informative): the id of each h1-h6 in order.
// - Posts with Liquid: those whose body holds `{{` or `{%`, the test Jekyll makes before it runs Liquid.
// - A post Jekyll cannot render (a Liquid error, e.g. a missing include, which stops a real build) is
//   listed and not counted.
// Each differing post's first difference is classified by a guess (RenderDifference::Cause): kramdown
// syntax our render left as text, else what Jekyll made at the first differing element; typography is the
// cause only when it is all that differs in the text.
//
// `postwright render` runs the Liquid with the site's own Jekyll (SiteEngine), as the preview does. The
// corpus tests assert that the oracle ran and every post was compared, and that the targets hold: >= 98 % on
// the posts without Liquid (text and structure), >= 98 % text on all posts; they print the figures (qInfo;
// see them with `ctest -V -R renderagreement` or `cmake --build build --target render-agreement-report`).

#include "clioutput.h"
#include "corpusjekyllsite.h"
#include "htmloutline.h"
#include "memorystream.h"
#include "post/postfile.h"
#include "renderdifference.h"
#include "renderverb.h"
#include "site/siteengines.h"
#include "site/sitetrust.h"
#include "siterendercomparison.h"
#include "testpaths.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

namespace {

// `postwright render FILE`, in process.
SiteRenderComparison::OurRender renderAsCli(const QString &file) {
    SiteRenderComparison::OurRender result;
    const Result<Post> post = PostFile::load(file);
    if (!post) {
        result.error = post.error();
        return result;
    }
    const QByteArray body = post->bodyWithLf();
    result.hasLiquid = body.contains("{{") || body.contains("{%");
    MemoryStream out;
    MemoryStream err;
    CliOutput io(out.file(), err.file());
    const int exitCode = RenderVerb::run({file}, io);
    result.html = out.bytes();
    if (exitCode != 0)
        result.error = QStringLiteral("exit %1: %2").arg(exitCode).arg(QString::fromUtf8(err.bytes()));
    return result;
}

// The site's Jekyll that `postwright render` runs the Liquid with, held for the whole comparison so that the
// site is read once rather than once a post (SiteEngines shares it with every render of the site).
// `trusted`: as a writer would trust their own site (issue #11 measures the corpus so).
std::shared_ptr<SiteEngine> keepSiteEngine(const QString &site, bool trusted) {
    SiteTrust::setTrusted(site, trusted);
    SiteEngine::Options options;
    options.siteRoot = site;
    options.trusted = trusted;
    options.urls = SiteEngine::Urls::Published;
    return SiteEngines::acquire(options);
}

void printReport(const SiteRenderComparison &comparison, const QString &title) {
    for (const QString &note : comparison.oracleNotes)
        qInfo().noquote() << "oracle:" << note;
    for (const QString &line : comparison.tally.report(title))
        qInfo().noquote() << line;
}

// The measurement's invariants: the oracle ran, and every post it read was compared or listed as one Jekyll
// could not render; our renderer rendered each of them.
void verifyComplete(const SiteRenderComparison &comparison) {
    QVERIFY2(comparison.error.isEmpty(), qPrintable(comparison.error));
    QVERIFY2(comparison.ourFailures.isEmpty(), qPrintable(comparison.ourFailures.join(QLatin1Char('\n'))));
    QVERIFY(comparison.jekyllRead.size() > 0);
    QCOMPARE(comparison.compared.size() + comparison.tally.jekyllFailures(), comparison.jekyllRead.size());
    QCOMPARE(comparison.tally.all().posts, comparison.compared.size());
    QVERIFY(comparison.tally.withoutLiquid().posts <= comparison.tally.all().posts);
}

}  // namespace

class TestRenderAgreement : public QObject {
    Q_OBJECT

private:
    std::optional<SiteRenderComparison> m_own;

    const SiteRenderComparison &own() {
        if (!m_own) {
            const QString site = TestPaths::data() + QStringLiteral("/renderagreement");
            const auto engine = keepSiteEngine(site, false);
            m_own = SiteRenderComparison::run(site, renderAsCli);
        }
        return *m_own;
    }

private slots:
    // The trust the comparison gives its sites goes to the test's own settings, never the writer's.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void outline_data();
    void outline();
    void difference_data();
    void difference();
    void codeWrappersLeftOutOfSecondStructure();
    void ownPostsCompare_data();
    void ownPostsCompare();
    void oracleSkipsWhatItCannotLoad();
    void corpusAgreement();
    void wholeSiteAgreement_data();
    void wholeSiteAgreement();
};

void TestRenderAgreement::outline_data() {
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("elements");
    QTest::addColumn<QStringList>("headingIds");

    QTest::newRow("blocks separate words")
        << QByteArray("<p>a</p><p>b</p>") << QStringLiteral("a b") << QStringList{"p", "p"} << QStringList{};
    QTest::newRow("inline elements join words") << QByteArray("<p>a<em>b</em>c</p>") << QStringLiteral("abc")
                                                << QStringList{"p", "em"} << QStringList{};
    QTest::newRow("whitespace collapses, also in pre")
        << QByteArray("\n<pre><code>a \n\t b\n</code></pre>\n") << QStringLiteral("a b")
        << QStringList{"pre", "code"} << QStringList{};
    QTest::newRow("references decoded")
        << QByteArray("<p>&ldquo;x&rdquo; &amp; &#8217;&#x2014;&bogus;</p>")
        << QStringLiteral("“x” & ’—&bogus;") << QStringList{"p"} << QStringList{};
    QTest::newRow("no-break space kept")
        << QByteArray(
               "<p>a&nbsp;b\xC2\xA0"
               "c</p>")
        << QStringLiteral("a\u00a0b\u00a0c") << QStringList{"p"} << QStringList{};
    QTest::newRow("script, style and comments hidden")
        << QByteArray("<p>a<!-- <p>c</p> --></p><script>x < y</script><style>p{}</style>")
        << QStringLiteral("a") << QStringList{"p", "script", "style"} << QStringList{};
    QTest::newRow("spans left out, their text kept")
        << QByteArray("<pre><code><span class=\"k\">def</span> <span>f</span></code></pre>")
        << QStringLiteral("def f") << QStringList{"pre", "code"} << QStringList{};
    QTest::newRow("attributes ignored, quoted > inside one")
        << QByteArray("<A TITLE=\"x>y\" href=z>link</A> <img alt=\"not text\" src='i.png'/>")
        << QStringLiteral("link") << QStringList{"a", "img"} << QStringList{};
    QTest::newRow("a < that starts no tag is text")
        << QByteArray("<p>1 < 2 and a <3</p>") << QStringLiteral("1 < 2 and a <3") << QStringList{"p"}
        << QStringList{};
    QTest::newRow("heading ids in order")
        << QByteArray("<h2 id=\"hello\">Hello</h2><h3>x</h3>") << QStringLiteral("Hello x")
        << QStringList{"h2", "h3"} << QStringList{"hello", ""};
}

void TestRenderAgreement::outline() {
    QFETCH(QByteArray, html);
    const HtmlOutline outline = HtmlOutline::of(html);
    QTEST(outline.text, "text");
    QTEST(outline.elements, "elements");
    QTEST(outline.headingIds, "headingIds");
}

void TestRenderAgreement::difference_data() {
    QTest::addColumn<QByteArray>("ours");
    QTest::addColumn<QByteArray>("jekyll");
    QTest::addColumn<bool>("hasLiquid");
    QTest::addColumn<bool>("textEqual");
    QTest::addColumn<bool>("textEqualWithoutTypography");
    QTest::addColumn<bool>("structureEqual");
    QTest::addColumn<QString>("cause");

    QTest::newRow("same render, other whitespace and attributes")
        << QByteArray("<p class=\"a\" id=\"b\">Text <em>x</em></p>\n<ul>\n<li>one</li>\n</ul>\n")
        << QByteArray("<p id=\"b\" class=\"a\">Text <em>x</em></p>\n\n<ul>\n  <li>one</li>\n</ul>\n") << false
        << true << true << true << "none";
    QTest::newRow("curly quotes differ only by typography")
        << QByteArray("<p>\"hi\" it's</p>") << QByteArray("<p>&ldquo;hi&rdquo; it’s</p>") << false << false
        << true << true << "typography";
    QTest::newRow("dashes and ellipsis differ only by typography")
        << QByteArray("<p>a -- b --- c...</p>") << QByteArray("<p>a – b — c…</p>") << false << false << true
        << true << "typography";
    QTest::newRow("guillemets with no-break spaces differ only by typography")
        << QByteArray("<p><< a >></p>") << QByteArray("<p>«&nbsp;a&nbsp;»</p>") << false << false << true
        << true << "typography";
    QTest::newRow("attribute list left as text")
        << QByteArray("<p>“Text”</p>\n<p>{: .note}</p>") << QByteArray("<p class=\"note\">“Text”</p>")
        << false << false << false << false << "IAL {:";
    QTest::newRow("definition list as a paragraph")
        << QByteArray("<p>Term\n: Its definition</p>")
        << QByteArray("<dl>\n  <dt>Term</dt>\n  <dd>Its definition</dd>\n</dl>") << false << false << false
        << false << "definition list";
    QTest::newRow("table of contents as a list")
        << QByteArray("<ul><li>TOC\n{:toc}</li></ul><h2>A</h2>")
        << QByteArray(
               "<ul id=\"markdown-toc\"><li><a href=\"#a\" id=\"markdown-toc-a\">A</a></li></ul>"
               "<h2 id=\"a\">A</h2>")
        << false << false << false << false << "TOC";
    QTest::newRow("Liquid printed raw")
        << QByteArray("<p>{{ site.title }}</p>") << QByteArray("<p>My blog</p>") << true << false << false
        << true << "Liquid";
    QTest::newRow("heading id missing, all else equal")
        << QByteArray("<h2>Hello</h2>") << QByteArray("<h2 id=\"hello\">Hello</h2>") << false << true << true
        << true << "heading id";
    QTest::newRow("footnote markup")
        << QByteArray(
               "<p>a<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup></p>"
               "<section class=\"footnotes\"><ol><li id=\"fn-1\"><p>n <a href=\"#fnref-1\">↩</a></p></li>"
               "</ol></section>")
        << QByteArray(
               "<p>a<sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote\">1</a></sup></p>"
               "<div class=\"footnotes\" role=\"doc-endnotes\"><ol><li id=\"fn:1\"><p>n "
               "<a href=\"#fnref:1\" class=\"reversefootnote\">&#8617;</a></p></li></ol></div>")
        << false << true << true << false << "footnote";
    QTest::newRow("fenced code without Rouge's wrappers")
        << QByteArray("<pre><code class=\"language-ruby\">x = 1\n</code></pre>")
        << QByteArray(
               "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre "
               "class=\"highlight\"><code><span class=\"n\">x</span> <span class=\"o\">=</span> "
               "<span class=\"mi\">1</span>\n</code></pre></div></div>")
        << false << true << true << false << "code block markup";
    QTest::newRow("kramdown table borders as text")
        << QByteArray("<p>|---+---|</p>") << QByteArray("<table><tr><td>a</td></tr></table>") << false
        << false << false << false << "kramdown table";
    QTest::newRow("emphasis one side printed")
        << QByteArray("<p>这是**「重要」**的</p>") << QByteArray("<p>这是<strong>「重要」</strong>的</p>")
        << false << false << false << false << "emphasis rules";
    QTest::newRow("raw HTML escaped on our side")
        << QByteArray("<p>&lt;iframe src=\"x\"&gt;&lt;/iframe&gt;</p>")
        << QByteArray("<p><iframe src=\"x\"></iframe></p>") << false << false << false << false
        << "raw HTML shown as text";
    QTest::newRow("Liquid left elsewhere breaks a reference link")
        << QByteArray("<p>see [the bug][1]</p><p>[1]: {{ site.repository }}/issues/1</p>")
        << QByteArray("<p>see <a href=\"https://x/issues/1\">the bug</a></p>") << true << false << false
        << false << "Liquid";
    QTest::newRow("other text") << QByteArray("<p>a</p>") << QByteArray("<p>b</p>") << false << false << false
                                << true << "other";
}

void TestRenderAgreement::difference() {
    QFETCH(QByteArray, ours);
    QFETCH(QByteArray, jekyll);
    QFETCH(bool, hasLiquid);
    const RenderDifference difference =
        RenderDifference::between(HtmlOutline::of(ours), HtmlOutline::of(jekyll), hasLiquid);
    QTEST(difference.textEqual, "textEqual");
    QTEST(difference.textEqualWithoutTypography, "textEqualWithoutTypography");
    QTEST(difference.structureEqual, "structureEqual");
    QTEST(RenderDifference::causeName(difference.cause), "cause");
    QCOMPARE(difference.spot.isEmpty(), difference.same());
}

// The second structure figure leaves out only Rouge's wrappers: a code block is equal without them, any
// other difference stays.
void TestRenderAgreement::codeWrappersLeftOutOfSecondStructure() {
    const HtmlOutline ours = HtmlOutline::of("<pre><code class=\"language-ruby\">x</code></pre>");
    const HtmlOutline rouge = HtmlOutline::of(
        "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\">"
        "<code>x</code></pre></div></div>");
    const HtmlOutline highlightTag = HtmlOutline::of(
        "<figure class=\"highlight\"><pre><code class=\"language-ruby\">x</code></pre></figure>");
    const HtmlOutline otherDiv = HtmlOutline::of("<div class=\"note\"><pre><code>x</code></pre></div>");
    QVERIFY(!RenderDifference::between(ours, rouge, false).structureEqual);
    QVERIFY(RenderDifference::between(ours, rouge, false).structureEqualWithoutCodeWrappers);
    QVERIFY(RenderDifference::between(ours, highlightTag, false).structureEqualWithoutCodeWrappers);
    QVERIFY(!RenderDifference::between(ours, otherDiv, false).structureEqualWithoutCodeWrappers);
}

// End to end on tests/data/renderagreement: the real Jekyll against today's renderer. The causes are what
// the renderer lacks today; a row changes when the feature it names lands (that is the point of the measure).
void TestRenderAgreement::ownPostsCompare_data() {
    QTest::addColumn<QString>("post");
    QTest::addColumn<bool>("textEqual");
    QTest::addColumn<bool>("textEqualWithoutTypography");
    QTest::addColumn<bool>("structureEqual");
    QTest::addColumn<QString>("cause");

    QTest::newRow("plain Markdown renders the same")
        << "_posts/2020-01-01-plain.md" << true << true << true << "none";
    QTest::newRow("smart quotes and dashes as kramdown prints them")
        << "_posts/2020-01-02-quotes.md" << true << true << true << "none";
    QTest::newRow("attribute list applied to the paragraph")
        << "_posts/2020-01-03-attribute-list.md" << true << true << true << "none";
    QTest::newRow("definition list as kramdown prints it")
        << "_posts/2020-01-04-definition-list.md" << true << true << true << "none";
    QTest::newRow("Liquid the fallback runs: page values, filters, post_url, highlight")
        << "_posts/2020-01-05-liquid.md" << true << true << true << "none";
    QTest::newRow("Liquid the site's Jekyll runs: assign and for")
        << "_posts/2020-01-09-liquid-assign.md" << true << true << true << "none";
    QTest::newRow("heading with kramdown's id")
        << "_posts/2020-01-06-heading.md" << true << true << true << "none";
    QTest::newRow("code blocks and spans with Rouge's wrappers and classes")
        << "_posts/2020-01-07-fenced-code.md" << true << true << true << "none";
    QTest::newRow("table of contents, repeated and own heading ids")
        << "_posts/2020-01-08-toc.md" << true << true << true << "none";
    QTest::newRow("block and span attribute lists and a definition")
        << "_posts/2020-01-09-attribute-lists.md" << true << true << true << "none";
}

void TestRenderAgreement::ownPostsCompare() {
    QFETCH(QString, post);
    const SiteRenderComparison &comparison = own();
    QVERIFY2(comparison.error.isEmpty(), qPrintable(comparison.error));
    QVERIFY2(comparison.compared.contains(post), qPrintable(post));
    const RenderDifference difference = comparison.compared.value(post);
    QTEST(difference.textEqual, "textEqual");
    QTEST(difference.textEqualWithoutTypography, "textEqualWithoutTypography");
    QTEST(difference.structureEqual, "structureEqual");
    QTEST(RenderDifference::causeName(difference.cause), "cause");
}

// The site lists a theme and a plugin this machine lacks and a post whose include is missing: the oracle
// still renders the site, says what it skipped, and the post Jekyll cannot render is listed, not compared.
void TestRenderAgreement::oracleSkipsWhatItCannotLoad() {
    const SiteRenderComparison &comparison = own();
    verifyComplete(comparison);
    const QString notes = comparison.oracleNotes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QLatin1String("theme postwright-no-such-theme is not installed")),
             qPrintable(notes));
    QVERIFY2(notes.contains(QLatin1String("plugin postwright-no-such-plugin")), qPrintable(notes));
    QCOMPARE(comparison.jekyllRead.size(), 11);
    QCOMPARE(comparison.tally.jekyllFailures(), 1);
    QVERIFY(!comparison.compared.contains(QStringLiteral("_posts/2020-01-08-missing-include.md")));
    QCOMPARE(comparison.tally.all().posts, 10);
    QCOMPARE(comparison.tally.withoutLiquid().posts, 8);
    const QStringList report = comparison.tally.report(QStringLiteral("own posts"));
    QVERIFY(report.join(QLatin1Char('\n')).contains(QLatin1String("postwright-no-such-include.html")));
}

// The measurement on the corpus's Jekyll posts, placed in one site (CorpusJekyllSite).
void TestRenderAgreement::corpusAgreement() {
    REQUIRE_SHARED_DIR("/corpus/posts");
    QTemporaryDir site;
    QVERIFY(site.isValid());
    const QMap<QString, QString> placed = CorpusJekyllSite::build(TestPaths::corpusPosts(), site.path());
    QVERIFY(!placed.isEmpty());
    const auto engine = keepSiteEngine(site.path(), true);
    const SiteRenderComparison comparison = SiteRenderComparison::run(
        site.path(), renderAsCli, [&placed](const QString &path) { return placed.value(path, path); });
    verifyComplete(comparison);
    QVERIFY(comparison.jekyllRead.size() <= placed.size());
    printReport(comparison, QStringLiteral("%1 Jekyll posts of the corpus in one site (%2 placed)")
                                .arg(comparison.jekyllRead.size())
                                .arg(placed.size()));
    for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
        if (!comparison.jekyllRead.contains(it.key()))
            qInfo().noquote() << "  placed, but Jekyll does not read it as a post:" << it.value();
    }
    // Issue #10's target, kept: on the posts without Liquid, at least 98 % show Jekyll's text, strictly, and
    // its element structure.
    const AgreementTally::Figures plain = comparison.tally.withoutLiquid();
    QVERIFY(plain.posts > 0);
    QVERIFY2(plain.textEqual * 100 >= plain.posts * 98,
             qPrintable(QStringLiteral("text equal %1/%2").arg(plain.textEqual).arg(plain.posts)));
    QVERIFY2(plain.structureEqual * 100 >= plain.posts * 98,
             qPrintable(QStringLiteral("structure equal %1/%2").arg(plain.structureEqual).arg(plain.posts)));
    // Issue #11's: with the Liquid run by the site's own Jekyll, at least 98 % of all the posts Jekyll can
    // render show its text, strictly.
    const AgreementTally::Figures all = comparison.tally.all();
    QVERIFY2(all.textEqual * 100 >= all.posts * 98,
             qPrintable(QStringLiteral("text equal %1/%2").arg(all.textEqual).arg(all.posts)));
}

void TestRenderAgreement::wholeSiteAgreement_data() {
    QTest::addColumn<QString>("site");
    QTest::newRow("jasper2") << TestPaths::shared() + QStringLiteral("/corpus/sites/jasper2");
    QTest::newRow("minima") << TestPaths::shared() + QStringLiteral("/corpus/sites/minima");
}

// The corpus's two whole sites, with their own _config.yml (jasper2's posts include .html files, which Jekyll
// does not convert as Markdown but the preview does).
void TestRenderAgreement::wholeSiteAgreement() {
    REQUIRE_SHARED_DIR("/corpus/sites");
    QFETCH(QString, site);
    // Safe mode: trusted, jasper2's Gemfile wants gems this machine lacks, and its engine fails (SiteEngine
    // tests); the preview would then run the Liquid itself.
    const auto engine = keepSiteEngine(site, false);
    const SiteRenderComparison comparison = SiteRenderComparison::run(site, renderAsCli);
    verifyComplete(comparison);
    printReport(comparison, site);
}

QTEST_GUILESS_MAIN(TestRenderAgreement)
#include "tst_renderagreement.moc"
