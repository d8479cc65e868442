#include "render/liquidpreprocessor.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QtTest>

namespace {

// The line endings of a text, in order: the preprocessor must keep them exactly.
// The line endings as CommonMark counts lines (CRLF, CR, LF), one letter each: what source lines depend on.
// A lone CR may come back as LF (it cannot then merge with an LF after removed markup), so CR and LF are one
// kind.
QByteArray lineEndings(const QByteArray &text) {
    QByteArray endings;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n') {
            endings.append('C');
            ++i;
        } else if (text.at(i) == '\n' || text.at(i) == '\r') {
            endings.append('L');
        }
    }
    return endings;
}

}  // namespace

class TestLiquidPreprocessor : public QObject {
    Q_OBJECT

private slots:
    void process_data();
    void process();
    void textWithoutLiquidIsReturnedAsIs();
    void unrunLiquidIsReported_data();
    void unrunLiquidIsReported();
    void manyUnclosedTagsStayVisible();
    void corpusKeepsEveryLineEnding_data();
    void corpusKeepsEveryLineEnding();
};

void TestLiquidPreprocessor::process_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    // highlight
    QTest::newRow("highlight tag lines become fence lines")
        << QByteArray("{% highlight ruby %}\n# comment\nputs 1\n{% endhighlight %}\nafter\n")
        << QByteArray(
               "```\x1F"
               "ruby\n# comment\nputs 1\n```\nafter\n");
    QTest::newRow("highlight linenos is kept, other options dropped")
        << QByteArray("{% highlight ruby linenos hl_lines=\"1 2\" %}\nx\n{% endhighlight %}\n")
        << QByteArray(
               "```\x1F"
               "ruby linenos\nx\n```\n");
    QTest::newRow("highlight language in lower case, as Jekyll keeps it")
        << QByteArray("{% highlight C++ %}\nx\n{% endhighlight %}\n")
        << QByteArray(
               "```\x1F"
               "c++\nx\n```\n");
    QTest::newRow("highlight with whitespace control")
        << QByteArray("{%- highlight ruby -%}\nx\n{%- endhighlight -%}\n")
        << QByteArray(
               "```\x1F"
               "ruby\nx\n```\n");
    // Jekyll refuses the tag (a syntax error): it stays as written.
    QTest::newRow("highlight without a language stays visible")
        << QByteArray("{% highlight %}\nx\n{% endhighlight %}\n")
        << QByteArray("{% highlight %}\nx\n{% endhighlight %}\n");
    QTest::newRow("fence is longer than any backtick run inside")
        << QByteArray("{% highlight md %}\n````\n```\n````\n{% endhighlight %}\n")
        << QByteArray(
               "`````\x1F"
               "md\n````\n```\n````\n`````\n");
    QTest::newRow("indented highlight keeps its indentation")
        << QByteArray("- item\n\n  {% highlight sh %}\n  ls\n  {% endhighlight %}\n")
        << QByteArray(
               "- item\n\n  ```\x1F"
               "sh\n  ls\n  ```\n");
    QTest::newRow("highlight runs the Liquid inside it, as Jekyll does")
        << QByteArray(
               "{% highlight liquid %}\n{{ site.baseurl }}/x {% raw %}{{ y }}{% endraw %}\n{% endhighlight "
               "%}\n")
        << QByteArray(
               "```\x1F"
               "liquid\n/x {{ y }}\n```\n");
    QTest::newRow("a marker character in the text is not ours") << QByteArray(
                                                                       "```\x1F"
                                                                       "ruby\nx\n```\n{{ site.url }}")
                                                                << QByteArray(
                                                                       "```\xEF\xBF\xBD"
                                                                       "ruby\nx\n```\n");
    QTest::newRow("highlight with crlf keeps crlf")
        << QByteArray("{% highlight c %}\r\nint x;\r\n{% endhighlight %}\r\n")
        << QByteArray(
               "```\x1F"
               "c\r\nint x;\r\n```\r\n");
    QTest::newRow("highlight sharing a line with code becomes pre")
        << QByteArray("{% highlight ruby %}a < b{% endhighlight %}\n")
        << QByteArray("<pre><code class=\"language-ruby\">a &#60; b</code></pre>\n");
    QTest::newRow("highlight closing after code on its line becomes pre")
        << QByteArray("{% highlight ruby %}\n# x\ny{% endhighlight %}\n")
        << QByteArray("<pre><code class=\"language-ruby\">\n&#35; x\ny</code></pre>\n");
    QTest::newRow("highlight inside a paragraph becomes inline code")
        << QByteArray("Run {% highlight sh %}*ls*{% endhighlight %} now\n")
        << QByteArray("Run <code class=\"language-sh\">&#42;ls&#42;</code> now\n");
    QTest::newRow("highlight tags spread over lines keep their lines")
        << QByteArray("{%\n  highlight\n  ruby\n%}\nx\n{%\n  endhighlight\n%}\n")
        << QByteArray(
               "\n\n\n```\x1F"
               "ruby\nx\n```\n\n\n");
    QTest::newRow("indented highlight tag over two lines keeps its indentation")
        << QByteArray("- i\n\n  {% highlight\n  sh %}\n  ls\n  {% endhighlight %}\n")
        << QByteArray(
               "- i\n\n  \n  ```\x1F"
               "sh\n  ls\n  ```\n");
    QTest::newRow("unclosed highlight stays visible")
        << QByteArray("{% highlight ruby %}\n# x\n") << QByteArray("{% highlight ruby %}\n# x\n");
    // raw
    QTest::newRow("raw markers vanish")
        << QByteArray("{% raw %}{{ site.baseurl }}{% endraw %}\n") << QByteArray("{{ site.baseurl }}\n");
    QTest::newRow("raw with whitespace control")
        << QByteArray("{%- raw -%}{%- include gallery id=\"g\" -%}{%- endraw -%}\n")
        << QByteArray("{%- include gallery id=\"g\" -%}\n");
    QTest::newRow("raw keeps a highlight tag literal")
        << QByteArray(
               "```liquid\n{% raw %}{% highlight scss %}\n.a {}\n{% endhighlight %}{% endraw %}\n```\n")
        << QByteArray("```liquid\n{% highlight scss %}\n.a {}\n{% endhighlight %}\n```\n");
    QTest::newRow("raw on its own lines leaves empty lines")
        << QByteArray("{% raw %}\n```\n{{ a }}\n```\n{% endraw %}\n")
        << QByteArray("\n```\n{{ a }}\n```\n\n");
    QTest::newRow("raw tags spread over lines keep their lines")
        << QByteArray("{% raw\n%}{{ a }}{%\n endraw %}\n") << QByteArray("\n{{ a }}\n\n");
    // Found by fuzzing: a lone CR must not join an LF into one CRLF once the markup between them is gone.
    QTest::newRow("lone CR inside removed raw markup")
        << QByteArray("{%raw%}{%endraw\r%}\n") << QByteArray("\n\n");
    QTest::newRow("lone CR inside a comment")
        << QByteArray("{%comment%}\rx\n{%endcomment%}t\n") << QByteArray("\n\nt\n");
    QTest::newRow("site URL output over two lines stays as it is")
        << QByteArray("{{ \nsite.baseurl }}/x\n") << QByteArray("{{ \nsite.baseurl }}/x\n");
    QTest::newRow("unclosed raw stays visible")
        << QByteArray("{% raw %} {{ site.baseurl }}x\n") << QByteArray("{% raw %} x\n");
    // comment
    QTest::newRow("comment hidden, line endings kept")
        << QByteArray("a\n{% comment %}\nhidden\n{% endcomment %}\nb\n") << QByteArray("a\n\n\n\nb\n");
    QTest::newRow("inline comment hidden")
        << QByteArray("a {% comment %}x{% endcomment %}b\n") << QByteArray("a b\n");
    QTest::newRow("comment with crlf keeps crlf")
        << QByteArray("{% comment %}\r\nx\r\n{%- endcomment -%}\r\n") << QByteArray("\r\n\r\n\r\n");
    // other Liquid
    QTest::newRow("include stays visible")
        << QByteArray("{% include toc %}\n# Heading\n") << QByteArray("{% include toc %}\n# Heading\n");
    QTest::newRow("include over two lines stays visible")
        << QByteArray("{% include figure image_path=\"/a.png\"\ncaption=\"A *caption*\" %}\n")
        << QByteArray("{% include figure image_path=\"/a.png\"\ncaption=\"A *caption*\" %}\n");
    QTest::newRow("other output stays visible") << QByteArray("{{ page.title }} {{ site.repository }}\n")
                                                << QByteArray("{{ page.title }} {{ site.repository }}\n");
    QTest::newRow("unclosed tag stays visible")
        << QByteArray("{% oops\n\ntext {{ site.baseurl }}\n") << QByteArray("{% oops\n\ntext \n");
    QTest::newRow("unclosed output stays visible")
        << QByteArray("{{ oops\n\ntext\n") << QByteArray("{{ oops\n\ntext\n");
    // site URLs
    QTest::newRow("site.url and site.baseurl vanish")
        << QByteArray("![x]({{ site.url }}{{ site.baseurl }}/assets/x.png)\n")
        << QByteArray("![x](/assets/x.png)\n");
    QTest::newRow("site.baseurl alone is empty") << QByteArray("{{ site.baseurl }}") << QByteArray();
    QTest::newRow("without spaces and with whitespace control")
        << QByteArray("[a]({{site.baseurl}}/a) [b]({{- site.baseurl -}}/b)") << QByteArray("[a](/a) [b](/b)");
    QTest::newRow("relative_url with single quotes")
        << QByteArray("{{ '/assets/img/crepe.jpg' | relative_url }}") << QByteArray("/assets/img/crepe.jpg");
    QTest::newRow("relative_url with double quotes")
        << QByteArray("{{ \"/docs/assets/\" | relative_url }}") << QByteArray("/docs/assets/");
    QTest::newRow("absolute_url") << QByteArray("{{ \"/docs/assets/\" | absolute_url }}")
                                  << QByteArray("/docs/assets/");
    QTest::newRow("relative_url without spaces")
        << QByteArray("{{'/docs/variables/' | relative_url }}") << QByteArray("/docs/variables/");
    QTest::newRow("relative_url roots a relative path")
        << QByteArray("{{ 'assets/x.png' | relative_url }}") << QByteArray("/assets/x.png");
    QTest::newRow("relative_url leaves a full url")
        << QByteArray("{{ 'https://e.com/x.png' | relative_url }}") << QByteArray("https://e.com/x.png");
    QTest::newRow("prepend site.baseurl")
        << QByteArray("{{ '/x.png' | prepend: site.baseurl }}") << QByteArray("/x.png");
    QTest::newRow("other filters stay visible")
        << QByteArray("{{ '/x' | markdownify }} {{ page.url | relative_url }}")
        << QByteArray("{{ '/x' | markdownify }} {{ page.url | relative_url }}");
    QTest::newRow("a tag argument is not rewritten")
        << QByteArray("{% include img.html src=\"{{ site.baseurl }}/a.png\" %}")
        << QByteArray("{% include img.html src=\"{{ site.baseurl }}/a.png\" %}");
}

void TestLiquidPreprocessor::process() {
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QByteArray output = LiquidPreprocessor::process(input);
    QCOMPARE(output, expected);
    QCOMPARE(lineEndings(output), lineEndings(input));
}

void TestLiquidPreprocessor::textWithoutLiquidIsReturnedAsIs() {
    const QByteArray text = "# Title\n\n{ not liquid } {% and %} nothing}\r\n";
    QCOMPARE(LiquidPreprocessor::process(QByteArray("# Plain { text }\n")), QByteArray("# Plain { text }\n"));
    QCOMPARE(LiquidPreprocessor::process(QByteArray()), QByteArray());
    QCOMPARE(LiquidPreprocessor::process(text), text);
    QByteArray blocks;
    for (int i = 0; i < 20000; ++i)
        blocks += "{% raw %} {% comment %} {%- highlight c -%}\n";
    QCOMPARE(LiquidPreprocessor::process(blocks), blocks);
}

void TestLiquidPreprocessor::unrunLiquidIsReported_data() {
    QTest::addColumn<QByteArray>("input");
    // "line:column:length reason-start", one per span, joined by " | ".
    QTest::addColumn<QString>("spans");
    QTest::newRow("what runs is not reported")
        << QByteArray(
               "{% raw %}{{ x }}{% endraw %} {% comment %}c{% endcomment %} {{ site.baseurl }}\n"
               "{% highlight ruby %}\nx\n{% endhighlight %}\n")
        << QString();
    QTest::newRow("include, at its line and column") << QByteArray("# T\n\nSee {% include toc.html %} here\n")
                                                     << QStringLiteral("3:5:22 the `include` tag");
    QTest::newRow("block tags: each tag once, outputs inside too")
        << QByteArray("{% for p in site.posts %}\n- {{ p.title }}\n{% endfor %}\n")
        << QStringLiteral("1:1:25 the `for` tag | 2:3:13 `p` is known only | 3:1:12 the `endfor` tag");
    QTest::newRow("page values without a page, filters not run")
        << QByteArray("{{ page.title }} {{ 'a' | markdownify }}")
        << QStringLiteral("1:1:16 `page.title` is known only | 1:18:23 filter `markdownify`");
    QTest::newRow("unclosed blocks and markup")
        << QByteArray("{% raw %}x\n{% highlight %}\n{{ y")
        << QStringLiteral(
               "1:1:9 no `{% endraw %}` | 2:1:15 Jekyll refuses this `highlight` | 3:1:2 `{{` without `}}`");
    QTest::newRow("post_url without a site")
        << QByteArray("[a]({% post_url 2010-01-01-a %})") << QStringLiteral("1:5:27 no post `2010-01-01-a`");
    QTest::newRow("inside a highlight block, at its place")
        << QByteArray("{% highlight liquid %}\n  {% assign a = 1 %}\n{% endhighlight %}\n")
        << QStringLiteral("2:3:18 the `assign` tag");
    QTest::newRow("columns count bytes, lines count CRLF once")
        << QByteArray("\xC3\xA9t\xC3\xA9\r\n\xC3\xA9 {% x %}") << QStringLiteral("2:4:7 the `x` tag");
}

void TestLiquidPreprocessor::unrunLiquidIsReported() {
    QFETCH(QByteArray, input);
    QFETCH(QString, spans);
    QVector<PreviewCaveat> found;
    LiquidPreprocessor::process(input, LiquidContext(), &found);
    const QStringList expected = spans.isEmpty() ? QStringList() : spans.split(QStringLiteral(" | "));
    QCOMPARE(found.size(), expected.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        const PreviewCaveat &span = found.at(i);
        const QString place = QStringLiteral("%1:%2:%3 ").arg(span.line).arg(span.column).arg(span.length);
        QVERIFY2((place + span.reason).startsWith(expected.at(i)), qPrintable(place + span.reason));
    }
}

void TestLiquidPreprocessor::manyUnclosedTagsStayVisible() {
    // What a writer can type: every opener left open. Each stays as text (and the scan stays linear).
    QByteArray text;
    for (int i = 0; i < 20000; ++i)
        text += "{% raw {{ x {% comment {% highlight c\n";
    QCOMPARE(LiquidPreprocessor::process(text), text);
}

void TestLiquidPreprocessor::corpusKeepsEveryLineEnding_data() {
    QTest::addColumn<QString>("path");
    QTest::newRow("corpus is present") << QString();
    QDirIterator it(TestPaths::corpusPosts(), QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &path : files)
        QTest::newRow(qPrintable(QDir(TestPaths::corpusPosts()).relativeFilePath(path))) << path;
}

void TestLiquidPreprocessor::corpusKeepsEveryLineEnding() {
    QFETCH(QString, path);
    if (path.isEmpty()) {
        REQUIRE_SHARED_DIR("/corpus/posts");
        return;
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const QByteArray output = LiquidPreprocessor::process(text);
    QCOMPARE(lineEndings(output), lineEndings(text));
    // Only Liquid changes: a file without it comes back byte for byte.
    if (!text.contains("{%") && !text.contains("{{"))
        QCOMPARE(output, text);
}

QTEST_GUILESS_MAIN(TestLiquidPreprocessor)
#include "tst_liquidpreprocessor.moc"
