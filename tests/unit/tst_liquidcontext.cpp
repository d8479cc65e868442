// The Liquid the preview runs without Jekyll, in the context of a site and a post: `site.*`, `page.*`, the
// few filters, `{% post_url %}`, `{% link %}` and `{% highlight %}`. Every expected string was printed by the
// real Jekyll 4.3.1 (tests/jekyll/render_oracle.rb) on the same site and post, and copied here.
#include "render/blockrenderer.h"
#include "render/liquidcontext.h"
#include "render/liquidpreprocessor.h"
#include "render/liquidwarnings.h"
#include "render/postliquidcontext.h"
#include "render/renderpipeline.h"
#include "site/sitescan.h"
#include "testfiles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QByteArray kConfig =
    "title: Liquid Test\nbaseurl: /blog\nurl: https://example.com\nrepository: me/repo\n"
    "answer: 42\nlist: [a, b]\n";
const QByteArray kPost = "---\ntitle: First \"post\"\ntags: [x, y]\ncategories: news\nauthor: Me\n---\n";

}  // namespace

class TestLiquidContext : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_postPath;
    LiquidContext m_published;
    LiquidContext m_preview;

    QByteArray run(const QByteArray &body, const LiquidContext &context,
                   QVector<PreviewCaveat> *spans = nullptr) {
        return LiquidPreprocessor::process(body, context, spans);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(writeTestFile(m_dir.filePath(QStringLiteral("_config.yml")), kConfig));
        m_postPath = m_dir.filePath(QStringLiteral("_posts/2008-11-21-first.md"));
        QVERIFY(writeTestFile(m_postPath, kPost));
        QVERIFY(writeTestFile(m_dir.filePath(QStringLiteral("_posts/2010-07-21-second.md")),
                              "---\n---\nSecond\n"));
        QVERIFY(
            writeTestFile(m_dir.filePath(QStringLiteral("_posts/news/2011-02-03-third.md")), "---\n---\n"));
        QVERIFY(writeTestFile(m_dir.filePath(QStringLiteral("about.md")), "---\ntitle: About\n---\nabout\n"));
        m_published = PostLiquidContext::forFile(m_postPath, kPost, LiquidContext::Urls::AsPublished);
        m_preview = PostLiquidContext::forFile(m_postPath, kPost, LiquidContext::Urls::SiteRoot);
    }

    void outputs_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("published");
        QTest::addColumn<QByteArray>("preview");
        QTest::newRow("site values from _config.yml")
            << QByteArray(
                   "T {{ site.title }} R {{ site.repository }} A {{ site.answer }} L {{ site.list }} N "
                   "{{ site.nothing }}.")
            << QByteArray("T Liquid Test R me/repo A 42 L ab N .")
            << QByteArray("T Liquid Test R me/repo A 42 L ab N .");
        QTest::newRow("site url and baseurl: as published, empty in the preview")
            << QByteArray("B {{ site.baseurl }} U {{ site.url }}")
            << QByteArray("B /blog U https://example.com") << QByteArray("B  U ");
        QTest::newRow("page values Jekyll derives")
            << QByteArray(
                   "{{ page.title }}; {{ page.url }}; {{ page.date }}; {{ page.slug }}; {{ page.categories "
                   "}}; "
                   "{{ page.tags }}; {{ page.author }}; {{ page.id }}; {{ page.path }}")
            << QByteArray(
                   "First \"post\"; /news/2008/11/21/first.html; 2008-11-21 00:00:00 +0000; first; news; xy; "
                   "Me; /news/2008/11/21/first; _posts/2008-11-21-first.md")
            << QByteArray(
                   "First \"post\"; /news/2008/11/21/first.html; 2008-11-21 00:00:00 +0000; first; news; xy; "
                   "Me; /news/2008/11/21/first; _posts/2008-11-21-first.md");
        QTest::newRow("filters")
            << QByteArray(
                   "{{ page.date | date_to_string }} / {{ \"Hello\" | downcase }} / {{ 'x.png' | "
                   "relative_url }} "
                   "/ {{ '/x.png' | absolute_url }} / {{ page.url | prepend: site.baseurl }} / {{ \"a\" | "
                   "append: \".html\" }}")
            << QByteArray(
                   "21 Nov 2008 / hello / /blog/x.png / https://example.com/blog/x.png / "
                   "/blog/news/2008/11/21/first.html / a.html")
            << QByteArray("21 Nov 2008 / hello / /x.png / /x.png / /news/2008/11/21/first.html / a.html");
        QTest::newRow("list index and nil member")
            << QByteArray("x {{ page.nothing.deep }} y {{ site.list[0] }}") << QByteArray("x  y a")
            << QByteArray("x  y a");
        QTest::newRow("post_url and link")
            << QByteArray(
                   "[y]({% post_url 2010-07-21-second %}) [z]({% link _posts/2010-07-21-second.md %}) "
                   "[q]({% link about.md %})")
            << QByteArray(
                   "[y](/blog/2010/07/21/second.html) [z](/blog/2010/07/21/second.html) "
                   "[q](/blog/about.html)")
            << QByteArray("[y](/2010/07/21/second.html) [z](/2010/07/21/second.html) [q](/about.html)");
        QTest::newRow("post_url of a post in a folder, by its folder or (deprecated) without")
            << QByteArray(
                   "[n]({% post_url news/2011-02-03-third %}) [m]({% post_url 2011-02-03-third %}) "
                   "[p]({% link _posts/news/2011-02-03-third.md %})")
            << QByteArray(
                   "[n](/blog/2011/02/03/third.html) [m](/blog/2011/02/03/third.html) "
                   "[p](/blog/2011/02/03/third.html)")
            << QByteArray(
                   "[n](/2011/02/03/third.html) [m](/2011/02/03/third.html) [p](/2011/02/03/third.html)");
    }
    void outputs() {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, published);
        QFETCH(QByteArray, preview);
        QVector<PreviewCaveat> spans;
        QCOMPARE(run(input, m_published, &spans), published);
        QVERIFY2(spans.isEmpty(), qPrintable(spans.value(0).reason));
        QCOMPARE(run(input, m_preview), preview);
    }

    // Liquid's `date` filter with Ruby's strftime (Jekyll's output for the same post, copied).
    void dateFilter() {
        const QByteArray post = "---\ndate: 2014-03-05 07:08:09 +0000\n---\n";
        const QString path = m_dir.filePath(QStringLiteral("_posts/2014-01-01-dates.md"));
        QVERIFY(writeTestFile(path, post));
        const LiquidContext context =
            PostLiquidContext::forFile(path, post, LiquidContext::Urls::AsPublished);
        QVector<PreviewCaveat> spans;
        QCOMPARE(run("A {{ page.date | date: \"%c\" }} B {{ page.date | date: \"%B %-d, %Y\" }} C {{ "
                     "page.date | date: "
                     "\"%e %b %y %I:%M %p %j %A %a %^b %-m/%-d %H:%M:%S %z %:z %F %T %D %u %w\" }} D {{ "
                     "page.date | "
                     "date: \"\" }} E {{ page.nothing | date: \"%Y\" }}",
                     context, &spans),
                 QByteArray(
                     "A Wed Mar  5 07:08:09 2014 B March 5, 2014 C  5 Mar 14 07:08 AM 064 Wednesday Wed MAR "
                     "3/5 07:08:09 +0000 +00:00 2014-03-05 07:08:09 03/05/14 3 3 D 2014-03-05 07:08:09 +0000 "
                     "E "));
        QVERIFY(spans.isEmpty());
        QCOMPARE(run("{{ page.date | date: \"%K\" }}", context, &spans),
                 QByteArray("{{ page.date | date: \"%K\" }}"));
        QCOMPARE(spans.size(), 1);
    }

    // default, strip, capitalize and size (Jekyll's output for the same post, copied).
    void smallFilters() {
        const QByteArray post = "---\ntitle: \"  mIxed case \"\nempty: \"\"\n---\n";
        const QString path = m_dir.filePath(QStringLiteral("_posts/2015-01-01-filters.md"));
        QVERIFY(writeTestFile(path, post));
        const LiquidContext context =
            PostLiquidContext::forFile(path, post, LiquidContext::Urls::AsPublished);
        QCOMPARE(
            run("A {{ page.nothing | default: \"dflt\" }} B {{ page.title | default: \"x\" }} C {{ "
                "page.empty | "
                "default: \"e\" }} D {{ page.title | strip | capitalize }} E {{ site.list | size }} F {{ "
                "page.title | size }} G {{ page.nothing | size }} H {{ page.tags | default: \"none\" }}",
                context),
            QByteArray("A dflt B   mIxed case  C e D Mixed case E 2 F 13 G 0 H none"));
    }

    // `{% highlight %}` as Jekyll prints it, in both dialects. Jekyll's Rouge token <span>s are left out of
    // the expected strings (the preview does not colour code); the rest is Jekyll's output byte for byte.
    void highlight_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("figure with Rouge's escaping")
            << QByteArray("{% highlight ruby %}\ndef x\n  \"a\" < 1 && b\nend\n{% endhighlight %}\n")
            << QByteArray(
                   "<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\">def x\n"
                   "  \"a\" &lt; 1 &amp;&amp; b\nend</code></pre></figure>\n");
        QTest::newRow("linenos: Rouge's table")
            << QByteArray("{% highlight ruby linenos %}\ndef x\n  1\nend\n{% endhighlight %}\n")
            << QByteArray(
                   "<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\">"
                   "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre "
                   "class=\"lineno\">1\n2\n3\n"
                   "</pre></td><td class=\"code\"><pre>def x\n  1\nend\n</pre></td></tr></tbody></table>"
                   "</code></pre></figure>\n");
        QTest::newRow("a language Rouge does not know")
            << QByteArray("{% highlight nosuchlang %}\na <b>\n{% endhighlight %}\n")
            << QByteArray(
                   "<figure class=\"highlight\"><pre><code class=\"language-nosuchlang\" "
                   "data-lang=\"nosuchlang\">a &lt;b&gt;</code></pre></figure>\n");
        QTest::newRow("language lower-cased, + as - in the class, outer blank lines dropped")
            << QByteArray("{% highlight C++ %}\n\nint x;\n\n{% endhighlight %}\n")
            << QByteArray(
                   "<figure class=\"highlight\"><pre><code class=\"language-c--\" data-lang=\"c++\">int "
                   "x;</code></pre></figure>\n");
        QTest::newRow("only line breaks are stripped at the ends")
            << QByteArray("{% highlight text %}\na\n\t\n{% endhighlight %}\n")
            << QByteArray(
                   "<figure class=\"highlight\"><pre><code class=\"language-text\" data-lang=\"text\">a\n"
                   "\t</code></pre></figure>\n");
        QTest::newRow("Liquid inside runs first")
            << QByteArray(
                   "{% highlight liquid %}\n{{ site.title }} {% raw %}{{ x }}{% endraw %}\n{% endhighlight "
                   "%}\n")
            << QByteArray(
                   "<figure class=\"highlight\"><pre><code class=\"language-liquid\" data-lang=\"liquid\">"
                   "Liquid Test {{ x }}</code></pre></figure>\n");
    }
    void highlight() {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, html);
        for (const MarkdownDialect &dialect : {MarkdownDialect::kramdown(), MarkdownDialect::commonMark()}) {
            const RenderedBlocks blocks =
                BlockRenderer::renderBlocks(input, BlockRenderer::Liquid::Preprocess, dialect, m_published);
            QCOMPARE(BlockRenderer::joined(blocks), html);
            QCOMPARE(blocks.size(), 1);
            QCOMPARE(blocks.first().firstLine, 1);
            QCOMPARE(blocks.first().lastLine, int(input.count('\n')));
        }
        // Nested in a list item, kramdown's code pass prints it too.
        const QByteArray nested = BlockRenderer::renderDocument(
            "- item\n\n  " + QByteArray(input).replace("\n", "\n  "), BlockRenderer::Liquid::Preprocess);
        QVERIFY2(nested.contains("<figure class=\"highlight\"><pre><code class=\"language-"),
                 nested.constData());
    }

    // The context is built from the text in the editor, not the file: `page.*` follows the front matter.
    void pageFollowsTheText() {
        PostLiquidContext site(m_dir.path());
        const LiquidContext before = site.contextFor(m_postPath, kPost, LiquidContext::Urls::SiteRoot);
        QByteArray edited = kPost;
        edited.replace("title: First \"post\"", "title: Renamed\npermalink: /r/");
        const LiquidContext after = site.contextFor(m_postPath, edited, LiquidContext::Urls::SiteRoot);
        QCOMPARE(run("{{ page.title }} {{ page.url }}", before),
                 QByteArray("First \"post\" /news/2008/11/21/first.html"));
        QCOMPARE(run("{{ page.title }} {{ page.url }}", after), QByteArray("Renamed /r/"));
        QVERIFY(before != after);
        QVERIFY(before == site.contextFor(m_postPath, kPost, LiquidContext::Urls::SiteRoot));
        // Without the site's documents, links stay as written (and are reported).
        QVector<PreviewCaveat> spans;
        QCOMPARE(run("{% post_url 2010-07-21-second %}", before, &spans),
                 QByteArray("{% post_url 2010-07-21-second %}"));
        QCOMPARE(spans.size(), 1);
        site.setDocuments(SiteScan::read(m_dir.path()).documents());
        const LiquidContext linked = site.contextFor(m_postPath, kPost, LiquidContext::Urls::SiteRoot);
        QCOMPARE(run("{% post_url 2010-07-21-second %}", linked), QByteArray("/2010/07/21/second.html"));
        QVERIFY(linked != before);
        // The site read again with the same URLs: the same context, nothing to render again.
        site.setDocuments(SiteScan::read(m_dir.path()).documents());
        QVERIFY(linked == site.contextFor(m_postPath, kPost, LiquidContext::Urls::SiteRoot));
    }

    // The renderer on the preview's thread uses the context it was given; a new one renders the body again.
    void pipelineFollowsTheContext() {
        RenderPipeline pipeline(nullptr);
        QSignalSpy patches(&pipeline, &RenderPipeline::patchReady);
        pipeline.setMarkdown("{{ page.title }}\n");
        QVERIFY(patches.wait());
        QCOMPARE(BlockRenderer::joined(pipeline.blocks()), QByteArray("<p>{{ page.title }}</p>\n"));
        pipeline.setLiquidContext(m_preview);
        pipeline.setMarkdown("{{ page.title }}\n");
        QVERIFY(patches.wait());
        QCOMPARE(BlockRenderer::joined(pipeline.blocks()), QByteArray("<p>First “post”</p>\n"));
    }

    // `check`'s warnings are placed in the file: the body's lines come after the front matter's.
    void warningsAreAtTheirPlaceInTheFile() {
        const QByteArray file = kPost + "Text\n\n  {% include note.html %} and {{ site.title }}\n";
        const QVector<Diagnostic> warnings = LiquidWarnings::check(file, m_published);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().line, 9);
        QCOMPARE(warnings.first().column, 3);
        QCOMPARE(warnings.first().severity, Diagnostic::Severity::Warning);
        QVERIFY(warnings.first().message.contains(QLatin1String("include")));
        QVERIFY(LiquidWarnings::check("no front matter {% include x %}", m_published).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiquidContext)
#include "tst_liquidcontext.moc"
