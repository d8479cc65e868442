// The plain and site-styled preview highlight code (highlight.js) and typeset math (KaTeX) from the system's
// copies: loaded into our isolated world only when a block needs them, run on the blocks a patch brings in,
// under the same lock-down (no script of the post runs, pwsite://lib/ serves the listed files only).

#include "preview/previewlibraryfiles.h"
#include "tst_previewharness.h"

#include <QSignalSpy>

using PreviewHarness::Fixture;
using PreviewHarness::literal;

namespace {

const QString kFrame = QStringLiteral(
    "<!DOCTYPE html><html><head><title>Site</title></head>"
    "<body class=\"site\"><main class=\"post-content\"><!--pw:content--></main></body></html>");

// Whether the first keyword highlighted shows in colour %1 (github's, or atom-one-dark's).
const QString kKeywordColor =
    QStringLiteral("getComputedStyle(document.querySelector('#pw-body .hljs-keyword')).color === '%1'");

// The weight of the first keyword highlighted: github's style sets it bold, nothing else here does.
const QString kKeywordWeight =
    QStringLiteral("getComputedStyle(document.querySelector('.hljs-keyword')).fontWeight");

// Whether `condition` (JS in the preview's world) becomes true.
bool becomes(Fixture &fixture, const QString &condition) {
    return QTest::qWaitFor([&] { return fixture.js(condition).toBool(); }, PreviewHarness::kTimeout);
}

}  // namespace

class TestPreviewTypesetting : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void librariesStayOutUntilNeeded();
    void highlightsFencedCode_data();
    void highlightsFencedCode();
    void leavesUnknownLanguagesAlone();
    void rehighlightsOnlyTheEditedBlock();
    void typesetsMath_data();
    void typesetsMath();
    void badFormulaShowsItsSourceMarked();
    void mathInCodeStaysText();
    void laterBlocksAfterLibraryLoaded();
    void offLeavesCodeAndMathAsText();
    void darkClassSwitchesTheCodeStyle();
    void siteStyleGetsRougeClasses();
    void postScriptStillDoesNotRun();
    void libraryRouteServesListedFilesOnly_data();
    void libraryRouteServesListedFilesOnly();
    void libraryRouteInThePage_data();
    void libraryRouteInThePage();
};

void TestPreviewTypesetting::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    // The Makefile installs these (libjs-highlight.js, libjs-katex, fonts-katex); without them nothing here
    // can pass.
    QVERIFY2(!PreviewLibraryFiles::scriptSource(QStringLiteral("highlight")).isEmpty(),
             "libjs-highlight.js is not installed");
    QVERIFY2(!PreviewLibraryFiles::scriptSource(QStringLiteral("katex")).isEmpty(),
             "libjs-katex is not installed");
}

void TestPreviewTypesetting::librariesStayOutUntilNeeded() {
    Fixture fixture;
    QVERIFY(fixture.show("Just *prose*, no code and no math.\n"));
    QVERIFY(fixture.roundTrip());
    QCOMPARE(fixture
                 .js(QStringLiteral("typeof hljs + ' ' + typeof katex + ' ' + "
                                    "document.querySelectorAll('link[href^=\"pwsite://lib/\"]').length"))
                 .toString(),
             QStringLiteral("undefined undefined 0"));

    QVERIFY(fixture.show("Just *prose*.\n\n```ruby\nputs 1\n```\n"));
    QVERIFY(becomes(fixture, QStringLiteral("typeof hljs === 'object'")));
    QCOMPARE(fixture.js(QStringLiteral("typeof katex")).toString(), QStringLiteral("undefined"));
}

void TestPreviewTypesetting::highlightsFencedCode_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("keyword");
    QTest::newRow("fenced ruby") << QByteArray("```ruby\ndef greet(name)\n  puts name\nend\n```\n")
                                 << QStringLiteral("def");
    QTest::newRow("fenced python") << QByteArray("```python\nimport os\nprint(os.name)\n```\n")
                                   << QStringLiteral("import");
    QTest::newRow("alias py") << QByteArray("```py\nimport sys\n```\n") << QStringLiteral("import");
    QTest::newRow("indented code with a class list")
        << QByteArray("    class Foo; end\n{: .language-ruby}\n") << QStringLiteral("class");
}

void TestPreviewTypesetting::highlightsFencedCode() {
    QFETCH(QByteArray, markdown);
    QFETCH(QString, keyword);
    Fixture fixture;
    QVERIFY(fixture.show("Before.\n\n" + markdown + "\nAfter.\n"));
    QVERIFY(
        becomes(fixture, QStringLiteral("!!document.querySelector('#pw-body pre code.hljs .hljs-keyword')")));
    const QStringList keywords =
        fixture
            .js(QStringLiteral(
                "Array.from(document.querySelectorAll('#pw-body .hljs-keyword')).map(k => k.textContent)"))
            .toStringList();
    QVERIFY2(keywords.contains(keyword), qPrintable(keywords.join(QLatin1Char(','))));
    // The light style colours the tokens (github's keywords: dark grey), the dark one does not.
    QVERIFY(becomes(fixture, kKeywordColor.arg(QStringLiteral("rgb(51, 51, 51)"))));
}

void TestPreviewTypesetting::leavesUnknownLanguagesAlone() {
    Fixture fixture;
    QVERIFY(fixture.show("```nosuchlanguage\nif x then y\n```\n\n```ruby\nputs 1\n```\n"));
    QVERIFY(becomes(fixture, QStringLiteral("document.querySelectorAll('#pw-body code.hljs').length === 1")));
    QCOMPARE(fixture
                 .js(QStringLiteral("document.querySelector('#pw-body code.language-nosuchlanguage')"
                                    ".children.length"))
                 .toInt(),
             0);
}

void TestPreviewTypesetting::rehighlightsOnlyTheEditedBlock() {
    Fixture fixture;
    const QByteArray second = "```python\nimport os\n```\n";
    QVERIFY(fixture.show("```ruby\nputs 1\n```\n\nBetween.\n\n" + second));
    QVERIFY(becomes(fixture, QStringLiteral("document.querySelectorAll('#pw-body code.hljs').length === 2")));
    // A mark on a token of the second block: highlighting that block again would replace the token.
    fixture.js(
        QStringLiteral("document.querySelectorAll('#pw-body code.hljs')[1]"
                       ".querySelector('.hljs-keyword').pwMark = 'kept'"));

    QVERIFY(fixture.show("```ruby\nputs 1\nclass Added; end\n```\n\nBetween.\n\n" + second));
    QVERIFY(becomes(fixture, QStringLiteral("Array.from(document.querySelectorAll('#pw-body code.hljs')[0]"
                                            ".querySelectorAll('.hljs-keyword')).some(k => k.textContent === "
                                            "'class')")));
    QCOMPARE(fixture
                 .js(QStringLiteral("document.querySelectorAll('#pw-body code.hljs')[1]"
                                    ".querySelector('.hljs-keyword').pwMark"))
                 .toString(),
             QStringLiteral("kept"));
}

void TestPreviewTypesetting::typesetsMath_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("selector");
    QTest::newRow("block $$ paragraph")
        << QByteArray("$$\nx^2 + y^2 = z^2\n$$\n")
        << QStringLiteral("#pw-body > .pw-math-display .katex-display .katex");
    QTest::newRow("inline $$ in text")
        << QByteArray("The area is $$\\pi r^2$$ exactly.\n")
        << QStringLiteral("#pw-body > p > .pw-math:not(.pw-math-display) .katex");
    QTest::newRow("inline in a list item")
        << QByteArray("- item $$a_1$$\n") << QStringLiteral("#pw-body li .pw-math .katex");
    QTest::newRow("raw \\( in HTML") << QByteArray("<p>raw \\(e^{i\\pi}\\) math</p>\n")
                                     << QStringLiteral("#pw-body > p > .pw-math .katex");
}

void TestPreviewTypesetting::typesetsMath() {
    QFETCH(QByteArray, markdown);
    QFETCH(QString, selector);
    Fixture fixture;
    QVERIFY(fixture.show("Intro.\n\n" + markdown + "\nOutro.\n"));
    QVERIFY(becomes(fixture, QStringLiteral("!!document.querySelector(%1)").arg(literal(selector))));
    // Typeset, not left as delimiters; the blocks the page keeps still are what it shows.
    QVERIFY(!fixture.js(QStringLiteral("document.getElementById('pw-body').textContent"))
                 .toString()
                 .contains(QStringLiteral("\\(")));
    QVERIFY(!fixture.blocks().contains(QStringLiteral("blocks are not what the page shows")));
    // KaTeX's fonts came through our scheme.
    const QString fonts = QStringLiteral(
        "Array.from(document.fonts).filter(f => f.status === 'loaded')"
        ".map(f => f.family).join(',')");
    QVERIFY2(becomes(fixture, fonts + QStringLiteral(".includes('KaTeX_Main')")),
             qPrintable(fixture
                            .js(QStringLiteral("Array.from(document.fonts).map(f => f.family + ':' + "
                                               "f.status).join(',') + ' ' + document.fonts.size"))
                            .toString()));
}

void TestPreviewTypesetting::badFormulaShowsItsSourceMarked() {
    Fixture fixture;
    QVERIFY(
        fixture.show("Good $$a^2$$ here.\n\nBad $$\\frac{1}{$$ there.\n\n$$\n\\badmacro{x}\n$$\n\nAfter.\n"));
    QVERIFY(becomes(fixture,
                    QStringLiteral("document.querySelectorAll('#pw-body .pw-math-error').length === 2")));
    const QStringList errors =
        fixture
            .js(QStringLiteral(
                "Array.from(document.querySelectorAll('.pw-math-error')).map(e => e.textContent + "
                "'|' + (e.title.length > 0))"))
            .toStringList();
    QCOMPARE(errors, QStringList({QStringLiteral("\\(\\frac{1}{\\)|true"),
                                  QStringLiteral("\\[\\badmacro{x}\\]|true")}));
    QCOMPARE(fixture.js(QStringLiteral("document.querySelectorAll('#pw-body .katex').length")).toInt(), 1);
    QCOMPARE(fixture.blocks().last(), QStringLiteral("9-9|After."));
}

void TestPreviewTypesetting::mathInCodeStaysText() {
    Fixture fixture;
    QVERIFY(fixture.show("`$$x$$` and $$y$$\n\n```\n\\(z\\)\n```\n"));
    QVERIFY(becomes(fixture, QStringLiteral("document.querySelectorAll('#pw-body .katex').length === 1")));
    QCOMPARE(fixture.js(QStringLiteral("document.querySelector('#pw-body pre code').textContent")).toString(),
             QStringLiteral("\\(z\\)\n"));
}

void TestPreviewTypesetting::laterBlocksAfterLibraryLoaded() {
    Fixture fixture;
    QVERIFY(fixture.show("$$a$$\n"));
    QVERIFY(becomes(fixture, QStringLiteral("document.querySelectorAll('#pw-body .katex').length === 1")));
    QVERIFY(fixture.show("$$a$$\n\n$$b$$\n\nText $$c$$.\n"));
    QVERIFY(becomes(fixture, QStringLiteral("document.querySelectorAll('#pw-body .katex').length === 3")));
    // Edited back: the typeset block that went leaves no node behind.
    QVERIFY(fixture.show("$$a$$\n"));
    QVERIFY(becomes(fixture, QStringLiteral("document.querySelectorAll('#pw-body .katex').length === 1")));
    const QStringList blocks = fixture.blocks();
    QCOMPARE(blocks.size(), 1);
    QVERIFY2(blocks.first().startsWith(QLatin1String("1-1|")), qPrintable(blocks.first()));
}

void TestPreviewTypesetting::offLeavesCodeAndMathAsText() {
    Fixture fixture;
    fixture.view.setTypesettingEnabled(false);
    QVERIFY(fixture.show("```ruby\nputs 1\n```\n\n$$x$$\n"));
    QVERIFY(fixture.roundTrip());
    QCOMPARE(fixture
                 .js(QStringLiteral("[typeof hljs, typeof katex, document.querySelectorAll('.hljs, .katex')"
                                    ".length].join(' ')"))
                 .toString(),
             QStringLiteral("undefined undefined 0"));
    // Back on: the next blocks are processed.
    fixture.view.setTypesettingEnabled(true);
    QVERIFY(fixture.show("```ruby\nputs 2\n```\n\n$$y$$\n"));
    QVERIFY(becomes(fixture, QStringLiteral("document.querySelectorAll('code.hljs, .katex').length === 2")));
}

void TestPreviewTypesetting::darkClassSwitchesTheCodeStyle() {
    Fixture fixture;
    QVERIFY(fixture.show("```ruby\ndef go; end\n```\n"));
    QVERIFY(becomes(fixture, kKeywordColor.arg(QStringLiteral("rgb(51, 51, 51)"))));
    fixture.js(QStringLiteral("document.documentElement.classList.add('pw-dark')"));
    QVERIFY(becomes(fixture, kKeywordColor.arg(QStringLiteral("rgb(198, 120, 221)"))));
    fixture.js(QStringLiteral("document.documentElement.classList.remove('pw-dark')"));
    QVERIFY(becomes(fixture, kKeywordColor.arg(QStringLiteral("rgb(51, 51, 51)"))));
}

void TestPreviewTypesetting::siteStyleGetsRougeClasses() {
    Fixture fixture;
    QSignalSpy applied(&fixture.view, &PreviewView::frameApplied);
    QVERIFY(fixture.show("```ruby\ndef go\n  'text'\nend\n```\n"));
    fixture.view.setFrame(kFrame, QStringLiteral("<!--pw:content-->"));
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, PreviewHarness::kTimeout);
    QCOMPARE(applied.last().value(0).toBool(), true);
    // Rouge's classes, which the site's stylesheet colours, beside highlight.js's; our styles are off.
    QVERIFY(becomes(fixture, QStringLiteral("!!document.querySelector('.post-content .highlight code "
                                            "span.hljs-keyword.k')")));
    QVERIFY(
        fixture.js(QStringLiteral("!!document.querySelector('.post-content span.hljs-string.s')")).toBool());
    QCOMPARE(fixture.js(kKeywordWeight).toString(), QStringLiteral("400"));
    fixture.view.clearFrame();
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 2, PreviewHarness::kTimeout);
    QVERIFY(becomes(fixture, kKeywordWeight + QStringLiteral(" === '700'")));
}

void TestPreviewTypesetting::postScriptStillDoesNotRun() {
    Fixture fixture;
    const QByteArray hostile =
        "```ruby\nputs 1\n```\n\n$$x$$\n\n"
        "<script>document.documentElement.setAttribute('data-ran', 'script')</script>\n\n"
        "<img src=\"missing.png\" onerror=\"document.documentElement.setAttribute('data-ran', "
        "'onerror')\">\n\n"
        "<script src=\"pwsite://lib/katex.css\"></script>\n\nEnd.\n";
    QVERIFY(fixture.show(hostile));
    QVERIFY(becomes(fixture, QStringLiteral("!!document.querySelector('code.hljs') && "
                                            "!!document.querySelector('.katex')")));
    QVERIFY(becomes(fixture, QStringLiteral("Array.from(document.images).every(i => i.complete)")));
    QVERIFY(fixture.show(hostile + "\nSettled.\n"));
    QCOMPARE(fixture.js(QStringLiteral("document.documentElement.getAttribute('data-ran')")), QVariant());
}

void TestPreviewTypesetting::libraryRouteServesListedFilesOnly_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("served");
    QTest::newRow("light code style") << QStringLiteral("highlight-light.css") << true;
    QTest::newRow("dark code style") << QStringLiteral("highlight-dark.css") << true;
    QTest::newRow("katex stylesheet") << QStringLiteral("katex.css") << true;
    QTest::newRow("katex font") << QStringLiteral("fonts/KaTeX_Main-Regular.woff2") << true;
    QTest::newRow("scripts are not served") << QStringLiteral("katex.min.js") << false;
    QTest::newRow("highlight script not served") << QStringLiteral("highlight") << false;
    QTest::newRow("other highlight style") << QStringLiteral("styles/github.css") << false;
    QTest::newRow("climb from fonts") << QStringLiteral("fonts/../katex.min.js") << false;
    QTest::newRow("climb twice") << QStringLiteral("fonts/../../../../etc/passwd") << false;
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
    QTest::newRow("font not there") << QStringLiteral("fonts/KaTeX_Nothing-Regular.woff2") << false;
    QTest::newRow("font folder") << QStringLiteral("fonts/") << false;
    QTest::newRow("font-shaped climb") << QStringLiteral("fonts/KaTeX_/../../katex.js") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPreviewTypesetting::libraryRouteServesListedFilesOnly() {
    QFETCH(QString, name);
    QFETCH(bool, served);
    const QString file = PreviewLibraryFiles::servedFile(name);
    QCOMPARE(!file.isEmpty(), served);
    if (served)
        QVERIFY2(QFileInfo(file).isFile(), qPrintable(file));
}

void TestPreviewTypesetting::libraryRouteInThePage_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("katex stylesheet") << QStringLiteral("pwsite://lib/katex.css") << QStringLiteral("load");
    QTest::newRow("escaped climb") << QStringLiteral("pwsite://lib/fonts/..%2F..%2Fkatex.min.css")
                                   << QStringLiteral("error");
    QTest::newRow("script by name") << QStringLiteral("pwsite://lib/highlight") << QStringLiteral("error");
    QTest::newRow("system file") << QStringLiteral("pwsite://lib/etc/passwd") << QStringLiteral("error");
    QTest::newRow("other host") << QStringLiteral("pwsite://usr/share/javascript/katex/katex.min.css")
                                << QStringLiteral("error");
}

void TestPreviewTypesetting::libraryRouteInThePage() {
    QFETCH(QString, url);
    QFETCH(QString, outcome);
    Fixture fixture;
    QVERIFY(fixture.show("Text.\n"));
    fixture.js(QStringLiteral("(() => { const link = document.createElement('link'); link.rel = 'stylesheet';"
                              "link.onload = () => { window.pwOutcome = 'load'; };"
                              "link.onerror = () => { window.pwOutcome = 'error'; };"
                              "link.href = %1; document.head.appendChild(link); })()")
                   .arg(literal(url)));
    QVERIFY(becomes(fixture, QStringLiteral("typeof window.pwOutcome === 'string'")));
    QCOMPARE(fixture.js(QStringLiteral("window.pwOutcome")).toString(), outcome);
}

PREVIEW_TEST_MAIN(TestPreviewTypesetting)
#include "tst_previewtypesetting.moc"
