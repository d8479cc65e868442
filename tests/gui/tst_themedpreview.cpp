// The themed preview in a real (offscreen) WebEngine page: the post shown inside its site's own layout (a
// frame, as the site engine renders it around a content marker) with the site's stylesheets, its blocks the
// real children of the layout's content element and patched as in the plain preview; a new frame swaps in
// place; nothing of the frame runs or reaches the network; and the plain preview comes back.

#include "preview/previewbridge.h"
#include "tst_previewharness.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

using PreviewHarness::Fixture;
using PreviewHarness::literal;

namespace {

const QString kMarker = QStringLiteral("<!--pw:content-->");

// A layout as Jekyll prints it around the marker, with everything a hostile or careless theme could carry.
QString frameHtml(const QString &title, const QString &extraHead = QString()) {
    return QStringLiteral(
               "<!DOCTYPE html><html class=\"theme-root\" lang=\"de\"><head><meta charset=\"utf-8\">"
               "<meta http-equiv=\"refresh\" content=\"0; url=https://example.com/\">"
               "<base href=\"https://example.com/\"><title>Site title</title>"
               "<link rel=\"stylesheet\" href=\"pwsite://site/assets/css/style.css\">"
               "<link rel=\"stylesheet\" href=\"/assets/css/root.css\">"
               "<link rel=\"icon\" href=\"/favicon.ico\">"
               "<style>.post-title { color: rgb(4, 5, 6); }</style>%2"
               "<script>document.title = 'head script ran';</script></head>"
               "<body class=\"post-template\" data-theme=\"calm\" onload=\"document.title = 'onload ran'\">"
               "<header class=\"site-header\"><a class=\"site-title\" href=\"/\">My Site</a></header>"
               "<main><article><h1 class=\"post-title\" onclick=\"document.title = 'click ran'\">%1</h1>"
               "<div class=\"post-content\">%3</div>"
               "<img class=\"broken\" src=\"/none.png\" onerror=\"document.title = 'onerror ran'\">"
               "</article></main>"
               "<script>document.title = 'body script ran'; window.pwFrameScript = 1;</script>"
               "<script src=\"x.js\"></script><noscript><p class=\"noscript\">no</p></noscript>"
               "<svg><script>document.title = 'svg script ran';</script></svg>"
               "<iframe src=\"pwsite://site/\"></iframe><object data=\"x.swf\"></object>"
               "<meta http-equiv=\"refresh\" content=\"0; url=https://example.com/\"></body></html>")
        .arg(title, extraHead, kMarker);
}

const QString kStyle = QStringLiteral(
    ".post-content p { color: rgb(1, 2, 3); font-size: 23px; }\n"
    ".post-content > p { letter-spacing: 3px; }\n"
    ".post-content p + p { text-indent: 11px; }\n"
    ".post-content > :first-child { margin-top: 17px; }\n");
const QString kRootStyle = QStringLiteral(".site-header { border-top: 5px solid rgb(7, 8, 9); }\n");

QByteArray paragraphs(int count) {
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += "Paragraph " + QByteArray::number(i) + ": words enough to give it some height on screen.\n\n";
    return text;
}

void writeFile(const QString &path, const QString &text) {
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(text.toUtf8()) >= 0);
}

// A preview of a site whose compiled stylesheet is only in the engine's output folder.
struct ThemedFixture : Fixture {
    explicit ThemedFixture(const QTemporaryDir &dir) : applied(&view, &PreviewView::frameApplied) {
        view.setSiteRoot(dir.filePath(QStringLiteral("site")));
        view.setOutputFolder(dir.filePath(QStringLiteral("cache/_site")));
    }
    // Sets the frame and waits for the page to say which look it shows.
    bool frame(const QString &html, bool themed = true) {
        const int before = applied.size();
        view.setFrame(html, kMarker);
        return QTest::qWaitFor([&] { return applied.size() > before; }, PreviewHarness::kTimeout) &&
               applied.last().at(0).toBool() == themed;
    }
    bool unframe() {
        const int before = applied.size();
        view.clearFrame();
        return QTest::qWaitFor([&] { return applied.size() > before; }, PreviewHarness::kTimeout) &&
               !applied.last().at(0).toBool();
    }
    QString style(const QString &selector, const QString &property) {
        return js(QStringLiteral("(() => { const e = document.querySelector(%1);"
                                 "return e ? getComputedStyle(e)[%2] : 'missing'; })()")
                      .arg(literal(selector), literal(property)))
            .toString();
    }
    bool styleBecomes(const QString &selector, const QString &property, const QString &value) {
        return QTest::qWaitFor([&] { return style(selector, property) == value; }, PreviewHarness::kTimeout);
    }
    QString text(const QString &selector) {
        return js(QStringLiteral("(() => { const e = document.querySelector(%1);"
                                 "return e ? e.textContent.trim().replace(/\\s+/g, ' ') : 'missing'; })()")
                      .arg(literal(selector)))
            .toString();
    }
    int count(const QString &selector) {
        return js(QStringLiteral("document.querySelectorAll(%1).length").arg(literal(selector))).toInt();
    }
    QSignalSpy applied;
};

}  // namespace

class TestThemedPreview : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase();
    void layoutSurroundsTheBody();
    void siteStylesheetsApply_data();
    void siteStylesheetsApply();
    void plainLookIsOff();
    void patchesLandInTheContentElement();
    void secondFrameSwapsInPlace();
    void sameFrameAgainIsNotSent();
    void nothingOfTheFrameRuns_data();
    void nothingOfTheFrameRuns();
    void remoteStylesheetIsRefusedAndReported();
    void ownBitsWorkInTheFrame();
    void markerDirectlyInTheBody();
    void frameWithoutMarkerShowsThePlainPreview();
    void clearFrameReturnsToThePlainPreview();
    void frameSurvivesAShellReload();
    void outputFolderGivenLateLoadsTheStyles();
    void stylesCompiledAgainAreFetchedAgain();
    void clearKeepsTheFrameForTheNextPost();
};

void TestThemedPreview::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    writeFile(m_dir.filePath(QStringLiteral("cache/_site/assets/css/style.css")), kStyle);
    writeFile(m_dir.filePath(QStringLiteral("site/assets/css/root.css")), kRootStyle);
    // The Sass source the engine compiles: the site root has no style.css of its own.
    writeFile(m_dir.filePath(QStringLiteral("site/assets/css/style.scss")), QStringLiteral("---\n---\n"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("site/_posts"))));
}

void TestThemedPreview::layoutSurroundsTheBody() {
    ThemedFixture fixture(m_dir);
    QVERIFY(fixture.frame(frameHtml(QStringLiteral("The post title"))));
    QVERIFY(fixture.show("First paragraph.\n\nSecond paragraph.\n"));
    QCOMPARE(fixture.text(QStringLiteral("header.site-header .site-title")), QStringLiteral("My Site"));
    QCOMPARE(fixture.text(QStringLiteral("article > h1.post-title")), QStringLiteral("The post title"));
    QCOMPARE(fixture
                 .js(QStringLiteral("[document.body.className, document.body.dataset.theme,"
                                    "document.documentElement.className, document.documentElement.lang]"))
                 .toStringList(),
             (QStringList{"post-template", "calm", "theme-root", "de"}));
    // Our own header and article are gone, not hidden.
    QCOMPARE(fixture.count(QStringLiteral("#pw-header, #pw-body, #pw-page")), 0);
    QCOMPARE(fixture.blocks(), (QStringList{"1-1|First paragraph.", "3-3|Second paragraph."}));
}

void TestThemedPreview::siteStylesheetsApply_data() {
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("value");
    const QString first = QStringLiteral(".post-content > p:nth-of-type(1)");
    const QString second = QStringLiteral(".post-content > p:nth-of-type(2)");
    QTest::newRow("compiled stylesheet from the output folder: colour") << first << "color"
                                                                        << "rgb(1, 2, 3)";
    QTest::newRow("compiled stylesheet from the output folder: size") << first << "fontSize"
                                                                      << "23px";
    QTest::newRow("a child selector matches the body's paragraphs") << first << "letterSpacing"
                                                                    << "3px";
    QTest::newRow("p + p matches between blocks") << second << "textIndent"
                                                  << "11px";
    QTest::newRow("p + p leaves the first paragraph") << first << "textIndent"
                                                      << "0px";
    QTest::newRow(":first-child is the body's first block") << first << "marginTop"
                                                            << "17px";
    QTest::newRow(":first-child is not the second block") << second << "marginTop"
                                                          << "23px";
    QTest::newRow("root-relative stylesheet from the site root") << ".site-header"
                                                                 << "borderTopColor"
                                                                 << "rgb(7, 8, 9)";
    QTest::newRow("inline <style> of the head") << ".post-title"
                                                << "color"
                                                << "rgb(4, 5, 6)";
}

void TestThemedPreview::siteStylesheetsApply() {
    QFETCH(QString, selector);
    QFETCH(QString, property);
    QFETCH(QString, value);
    ThemedFixture fixture(m_dir);
    QVERIFY(fixture.frame(frameHtml(QStringLiteral("T"))));
    QVERIFY(fixture.show("First paragraph.\n\nSecond paragraph.\n"));
    QVERIFY2(fixture.styleBecomes(selector, property, value), qPrintable(fixture.style(selector, property)));
}

void TestThemedPreview::plainLookIsOff() {
    ThemedFixture fixture(m_dir);
    QVERIFY(fixture.show("# A heading\n\nA paragraph.\n"));
    const QString plainMargin = fixture.style(QStringLiteral("body"), QStringLiteral("marginTop"));
    const QString plainFont = fixture.style(QStringLiteral("h1"), QStringLiteral("fontFamily"));
    QVERIFY(fixture.frame(frameHtml(QStringLiteral("T"))));
    // The browser's defaults where the theme says nothing: none of our body margin and heading typography.
    QVERIFY(fixture.styleBecomes(QStringLiteral("body"), QStringLiteral("marginTop"), QStringLiteral("8px")));
    QVERIFY(plainMargin != QLatin1String("8px"));
    QVERIFY(fixture.style(QStringLiteral(".post-content h1"), QStringLiteral("fontFamily")) != plainFont);
    QCOMPARE(fixture.style(QStringLiteral("body"), QStringLiteral("fontSize")), QStringLiteral("16px"));
}

void TestThemedPreview::patchesLandInTheContentElement() {
    ThemedFixture fixture(m_dir);
    QVERIFY(fixture.show("Before the frame.\n"));
    QVERIFY(fixture.frame(frameHtml(QStringLiteral("T"))));
    QCOMPARE(fixture.text(QStringLiteral(".post-content")), QStringLiteral("Before the frame."));
    QVERIFY(fixture.show("Before the frame, typed on.\n\n- a list\n"));
    QCOMPARE(fixture.blocks(), (QStringList{"1-1|Before the frame, typed on.", "3-3|a list"}));
    QCOMPARE(fixture
                 .js(QStringLiteral("Array.from(document.querySelector('.post-content').children)"
                                    ".map(e => e.localName)"))
                 .toStringList(),
             (QStringList{"p", "ul"}));
    QVERIFY(fixture.show("- a list\n"));
    QCOMPARE(fixture.blocks(), QStringList{"1-1|a list"});
    QCOMPARE(fixture.text(QStringLiteral(".post-content")), QStringLiteral("a list"));
}

void TestThemedPreview::secondFrameSwapsInPlace() {
    ThemedFixture fixture(m_dir);
    QVERIFY(fixture.frame(frameHtml(QStringLiteral("First title"))));
    QVERIFY(fixture.show(paragraphs(60)));
    QVERIFY(fixture.styleBecomes(QStringLiteral(".post-content > p"), QStringLiteral("fontSize"),
                                 QStringLiteral("23px")));
    const int scrolled = fixture.js(QStringLiteral("window.scrollTo(0, 900); window.scrollY")).toInt();
    QCOMPARE(scrolled, 900);
    fixture.js(
        QStringLiteral("postwrightPreview.blocks().forEach(b => b.nodes.forEach(n => n.pwKept = 1));"
                       "document.querySelector('.post-title').pwKept = 1;"
                       "document.querySelector('link[href$=\"style.css\"]').pwKept = 1; true"));

    QVERIFY(fixture.frame(frameHtml(QStringLiteral("Second title"))));
    QCOMPARE(fixture.text(QStringLiteral(".post-title")), QStringLiteral("Second title"));
    QCOMPARE(
        fixture.js(QStringLiteral("document.querySelector('.post-title').pwKept === undefined")).toBool(),
        true);
    QCOMPARE(fixture
                 .js(QStringLiteral("Array.from(document.querySelector('.post-content').children)"
                                    ".filter(e => e.pwKept === 1).length"))
                 .toInt(),
             60);
    QCOMPARE(fixture.js(QStringLiteral("window.scrollY")).toInt(), scrolled);
    // The same stylesheets are kept, not fetched again.
    QCOMPARE(fixture.js(QStringLiteral("document.querySelector('link[href$=\"style.css\"]').pwKept")).toInt(),
             1);
    QCOMPARE(fixture.count(QStringLiteral("link[href$=\"style.css\"]")), 1);

    // Patches go on from where they were.
    QVERIFY(fixture.show(QByteArray("Typed at the top.\n\n") + paragraphs(60)));
    const QStringList shown = fixture.blocks();
    QCOMPARE(shown.size(), 61);
    QCOMPARE(shown.first(), QStringLiteral("1-1|Typed at the top."));
    QCOMPARE(shown.last().section(QLatin1Char('|'), 0, 0), QStringLiteral("121-121"));
    QCOMPARE(fixture.text(QStringLiteral(".post-content > p:first-child")),
             QStringLiteral("Typed at the top."));
}

// The engine renders the layout again after every field edit; most edits give the same frame back.
void TestThemedPreview::sameFrameAgainIsNotSent() {
    ThemedFixture fixture(m_dir);
    QVERIFY(fixture.frame(frameHtml(QStringLiteral("T"))));
    auto *bridge = fixture.view.findChild<PreviewBridge *>();
    QVERIFY(bridge);
    QSignalSpy sent(bridge, &PreviewBridge::frameChanged);
    fixture.view.setFrame(frameHtml(QStringLiteral("T")), kMarker);
    QCOMPARE(sent.size(), 0);
    fixture.view.setFrame(frameHtml(QStringLiteral("T2")), kMarker);
    QCOMPARE(sent.size(), 1);
}

void TestThemedPreview::nothingOfTheFrameRuns_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("no script set the title")
        << "document.title" << QVariant(QStringLiteral("Postwright preview"));
    QTest::newRow("no script element is left") << "document.querySelectorAll('script').length" << QVariant(0);
    QTest::newRow("no inline handler is left")
        << "Array.from(document.querySelectorAll('*')).filter(e => e.getAttributeNames()"
           ".some(n => n.startsWith('on'))).length"
        << QVariant(0);
    QTest::newRow("no frame, plugin or noscript")
        << "document.querySelectorAll('iframe, object, embed, noscript').length" << QVariant(0);
    QTest::newRow("no base, meta refresh or icon from the frame")
        << "document.querySelectorAll('base, meta[http-equiv=\"refresh\"], link[rel=\"icon\"]').length"
        << QVariant(0);
    QTest::newRow("the shell's policy is still the only one")
        << "document.querySelectorAll('meta[http-equiv=\"Content-Security-Policy\"]').length" << QVariant(1);
    QTest::newRow("the page is still the shell")
        << "location.href" << QVariant(QStringLiteral("pwsite://site/"));
}

void TestThemedPreview::nothingOfTheFrameRuns() {
    QFETCH(QString, code);
    QFETCH(QVariant, expected);
    ThemedFixture fixture(m_dir);
    QVERIFY(fixture.frame(frameHtml(QStringLiteral("T"))));
    QVERIFY(fixture.show("Body.\n"));
    // Whatever could fire has had its chance: the broken image has failed, a click has been made.
    QVERIFY(QTest::qWaitFor([&] { return fixture.count(QStringLiteral("img.broken.pw-image-missing")) == 1; },
                            PreviewHarness::kTimeout));
    fixture.js(QStringLiteral("document.querySelector('.post-title').click(); true"));
    QVERIFY(fixture.roundTrip());
    QCOMPARE(fixture.js(code).toString(), expected.toString());
}

// A theme's stylesheet or font from elsewhere is refused like the post's own remote content, and counted for
// the note; one that would reach a service on this machine does not even connect.
void TestThemedPreview::remoteStylesheetIsRefusedAndReported() {
    QTcpServer listener;
    QVERIFY2(listener.listen(QHostAddress::LocalHost), qPrintable(listener.errorString()));
    int connections = 0;
    connect(&listener, &QTcpServer::newConnection, this, [&connections] { ++connections; });
    const QString local = QStringLiteral("http://127.0.0.1:%1/theme.css").arg(listener.serverPort());

    ThemedFixture fixture(m_dir);
    QSignalSpy blocked(&fixture.view, &PreviewView::remoteContentBlocked);
    QVERIFY(fixture.frame(frameHtml(
        QStringLiteral("T"),
        QStringLiteral(
            "<link rel=\"stylesheet\" href=\"https://fonts.example.com/x.css\">"
            "<link rel=\"stylesheet\" href=\"%1\">"
            "<style>@font-face { font-family: Remote; src: url(https://fonts.example.com/r.woff2); }"
            ".site-title { font-family: Remote; }</style>")
            .arg(local))));
    QVERIFY(fixture.show("Body.\n"));
    QTRY_COMPARE_WITH_TIMEOUT(fixture.view.blockedRemoteCount(), 3, PreviewHarness::kTimeout);
    QCOMPARE(blocked.last().at(0).toInt(), 3);
    QVERIFY(fixture.roundTrip());
    QCOMPARE(connections, 0);
    // The theme's own stylesheet still applies.
    QVERIFY(fixture.styleBecomes(QStringLiteral(".post-content > p"), QStringLiteral("fontSize"),
                                 QStringLiteral("23px")));
}

void TestThemedPreview::ownBitsWorkInTheFrame() {
    ThemedFixture fixture(m_dir);
    QVERIFY(fixture.frame(frameHtml(QStringLiteral("T"))));
    QVERIFY(fixture.show("Text.\n\n![a picture](missing.png)\n"));
    QVERIFY(QTest::qWaitFor(
        [&] { return fixture.count(QStringLiteral(".post-content img.pw-image-missing")) == 1; },
        PreviewHarness::kTimeout));
    auto *bridge = fixture.view.findChild<PreviewBridge *>();
    QVERIFY(bridge);
    const QString noteShown = QStringLiteral(
        "(() => { const n = document.getElementById('pw-behind');"
        "return n.isConnected && getComputedStyle(n).display !== 'none'; })()");
    QCOMPARE(fixture.js(noteShown).toBool(), false);
    bridge->sendBehind(true);
    QVERIFY(QTest::qWaitFor([&] { return fixture.js(noteShown).toBool(); }, PreviewHarness::kTimeout));
}

// The layout's content element is <body> itself, with the layout's own nodes on either side of the post.
void TestThemedPreview::markerDirectlyInTheBody() {
    ThemedFixture fixture(m_dir);
    QVERIFY(fixture.frame(
        QStringLiteral("<html><body><header>Above</header>%1<footer>Below</footer></body></html>")
            .arg(kMarker)));
    QVERIFY(fixture.show("One.\n\nTwo.\n"));
    QVERIFY(fixture.show("One.\n\nTwo, typed on.\n\nThree.\n"));
    QCOMPARE(fixture.blocks(), (QStringList{"1-1|One.", "3-3|Two, typed on.", "5-5|Three."}));
    QCOMPARE(fixture
                 .js(QStringLiteral("Array.from(document.body.children).filter(e => e.id !== 'pw-behind')"
                                    ".map(e => e.textContent).join(' ')"))
                 .toString(),
             QStringLiteral("Above One. Two, typed on. Three. Below"));
}

void TestThemedPreview::frameWithoutMarkerShowsThePlainPreview() {
    ThemedFixture fixture(m_dir);
    QVERIFY(fixture.show("Body.\n"));
    QVERIFY(fixture.frame(QStringLiteral("<html><body><h1 class=\"post-title\">No place</h1></body></html>"),
                          false));
    QCOMPARE(fixture.count(QStringLiteral(".post-title")), 0);
    QCOMPARE(fixture.text(QStringLiteral("#pw-body")), QStringLiteral("Body."));
}

void TestThemedPreview::clearFrameReturnsToThePlainPreview() {
    ThemedFixture fixture(m_dir);
    fixture.view.setHeader({QStringLiteral("Plain title"), {}, {}, {}});
    QVERIFY(fixture.show("One.\n\nTwo.\n"));
    QVERIFY(fixture.frame(frameHtml(QStringLiteral("Theme title"))));
    fixture.js(
        QStringLiteral("postwrightPreview.blocks().forEach(b => b.nodes.forEach(n => n.pwKept = 1)); true"));

    QVERIFY(fixture.unframe());
    QCOMPARE(fixture.text(QStringLiteral("#pw-title")), QStringLiteral("Plain title"));
    QCOMPARE(fixture.count(QStringLiteral(".post-title, .site-header, link[href$=\"style.css\"], style")), 0);
    QCOMPARE(fixture.js(QStringLiteral("[document.body.attributes.length, document.documentElement.lang]"))
                 .toList(),
             (QVariantList{0, QStringLiteral("en")}));
    QCOMPARE(fixture.blocks(), (QStringList{"1-1|One.", "3-3|Two."}));
    QCOMPARE(fixture
                 .js(QStringLiteral("Array.from(document.getElementById('pw-body').children)"
                                    ".every(e => e.pwKept === 1)"))
                 .toBool(),
             true);
    QVERIFY(fixture.styleBecomes(QStringLiteral("body"), QStringLiteral("marginTop"), QStringLiteral("0px")));
    QVERIFY(fixture.show("One.\n\nTwo, typed on.\n"));
    QCOMPARE(fixture.text(QStringLiteral("#pw-body")), QStringLiteral("One. Two, typed on."));
}

void TestThemedPreview::frameSurvivesAShellReload() {
    ThemedFixture fixture(m_dir);
    QVERIFY(fixture.frame(frameHtml(QStringLiteral("Kept frame"))));
    QVERIFY(fixture.show("Body.\n"));
    const int before = fixture.applied.size();
    fixture.view.setRemoteContentAllowed(true);  // a new shell, with the other policy
    QVERIFY(QTest::qWaitFor([&] { return fixture.applied.size() > before; }, PreviewHarness::kTimeout));
    QCOMPARE(fixture.applied.last().at(0).toBool(), true);
    QVERIFY(fixture.waitUntilDrawn());
    QCOMPARE(fixture.text(QStringLiteral(".post-title")), QStringLiteral("Kept frame"));
    QCOMPARE(fixture.blocks(), QStringList{"1-1|Body."});
}

// The frame arrived before the engine's output folder was known: its stylesheet was not found, and is
// fetched once the folder is given.
void TestThemedPreview::outputFolderGivenLateLoadsTheStyles() {
    ThemedFixture fixture(m_dir);
    fixture.view.setOutputFolder(QString());
    QVERIFY(fixture.frame(frameHtml(QStringLiteral("T"))));
    QVERIFY(fixture.show("Body.\n"));
    // The stylesheet from the site root has loaded; the compiled one had nowhere to come from.
    QVERIFY(fixture.styleBecomes(QStringLiteral(".site-header"), QStringLiteral("borderTopColor"),
                                 QStringLiteral("rgb(7, 8, 9)")));
    QVERIFY(fixture.style(QStringLiteral(".post-content > p"), QStringLiteral("fontSize")) !=
            QLatin1String("23px"));

    const int before = fixture.applied.size();
    fixture.view.setOutputFolder(m_dir.filePath(QStringLiteral("cache/_site")));
    QVERIFY(QTest::qWaitFor([&] { return fixture.applied.size() > before; }, PreviewHarness::kTimeout));
    QVERIFY(fixture.styleBecomes(QStringLiteral(".post-content > p"), QStringLiteral("fontSize"),
                                 QStringLiteral("23px")));
}

void TestThemedPreview::stylesCompiledAgainAreFetchedAgain() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString css = dir.filePath(QStringLiteral("cache/_site/assets/css/style.css"));
    writeFile(css, QStringLiteral(".post-content p { color: rgb(10, 20, 30); }"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("site"))));
    ThemedFixture fixture(dir);
    QVERIFY(fixture.frame(frameHtml(QStringLiteral("T"))));
    QVERIFY(fixture.show("Body.\n"));
    QVERIFY(fixture.styleBecomes(QStringLiteral(".post-content p"), QStringLiteral("color"),
                                 QStringLiteral("rgb(10, 20, 30)")));

    writeFile(css, QStringLiteral(".post-content p { color: rgb(40, 50, 60); }"));
    const int before = fixture.applied.size();
    fixture.view.reloadFrameStyles();
    QVERIFY(QTest::qWaitFor([&] { return fixture.applied.size() > before; }, PreviewHarness::kTimeout));
    QVERIFY(fixture.styleBecomes(QStringLiteral(".post-content p"), QStringLiteral("color"),
                                 QStringLiteral("rgb(40, 50, 60)")));
    QCOMPARE(fixture.count(QStringLiteral("link[href*=\"style.css\"]")), 1);
}

// Another post of the same site: the body empties, the layout stays until it is replaced.
void TestThemedPreview::clearKeepsTheFrameForTheNextPost() {
    ThemedFixture fixture(m_dir);
    QVERIFY(fixture.frame(frameHtml(QStringLiteral("First post"))));
    QVERIFY(fixture.show("The first body.\n"));
    fixture.view.clear();
    QVERIFY(fixture.show("The second body.\n"));
    QVERIFY(fixture.view.hasFrame());
    QCOMPARE(fixture.text(QStringLiteral(".post-title")), QStringLiteral("First post"));
    QCOMPARE(fixture.text(QStringLiteral(".post-content")), QStringLiteral("The second body."));
}

PREVIEW_TEST_MAIN(TestThemedPreview)
#include "tst_themedpreview.moc"
