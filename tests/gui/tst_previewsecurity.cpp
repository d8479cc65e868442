// The preview treats a post as hostile (DESIGN.md section 4): no script of the post runs, the page never
// navigates, only files inside the site root are served, nothing is requested from anywhere else.

#include "testpaths.h"
#include "tst_previewharness.h"

#include <QDir>
#include <QImage>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

using PreviewHarness::Fixture;
using PreviewHarness::literal;

namespace {

const QString kShellTitle = QStringLiteral("Postwright preview");
const QString kAllImagesSettled = QStringLiteral("Array.from(document.images).every(i => i.complete)");

// A fixture on the test site, recording the links the view reported.
struct SiteFixture : Fixture {
    SiteFixture(const QString &siteRoot, const QString &postPath) {
        view.setSiteRoot(siteRoot);
        view.setPostPath(postPath);
        // WebEngine reports a start and a finish for every navigation, refused ones included.
        QObject::connect(view.page(), &QWebEnginePage::loadStarted, &view, [this] { ++navigating; });
        QObject::connect(view.page(), &QWebEnginePage::loadFinished, &view, [this] { --navigating; });
        QObject::connect(&view, &PreviewView::linkClicked, &view,
                         [this](const QUrl &url) { clicked << url; });
    }
    // After an action that may try to navigate or fetch: one more edit drawn, every image settled and no
    // navigation under way (an accepted one has committed by then).
    bool settle(const QByteArray &markdown) {
        return show(markdown + "\nSettled.\n") &&
               QTest::qWaitFor([this] { return navigating == 0 && js(kAllImagesSettled).toBool(); },
                               PreviewHarness::kTimeout);
    }
    QString bodyText() {
        return js(QStringLiteral("document.getElementById('pw-body').textContent")).toString();
    }
    // A mark on the window object: a navigation, even back to the shell, would leave a new window without it.
    void markDocument() { js(QStringLiteral("window.pwSameDocument = true")); }
    bool sameDocument() { return js(QStringLiteral("window.pwSameDocument === true")).toBool(); }

    QList<QUrl> clicked;
    int navigating = 0;
};

// Just enough front matter for the header: the real parser is tested elsewhere.
struct Post {
    PostHeader header;
    QByteArray body;
};

Post splitPost(const QByteArray &text) {
    Post post;
    const QList<QByteArray> lines = text.split('\n');
    int end = 0;
    if (lines.value(0).trimmed() == "---") {
        for (end = 1; end < lines.size() && lines[end].trimmed() != "---"; ++end) {
            const QByteArray line = lines[end];
            const int colon = line.indexOf(':');
            const QByteArray key = line.left(colon).trimmed();
            QString value = QString::fromUtf8(line.mid(colon + 1).trimmed());
            if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
                value.back() == value.front())
                value = value.mid(1).chopped(1);
            if (key == "title")
                post.header.title = value;
            else if (key == "cover")
                post.header.cover = value;
            else if (key == "tags" && value.startsWith('[')) {
                for (const QString &tag : value.mid(1).chopped(1).split(QLatin1Char(',')))
                    post.header.tags << tag.trimmed().remove(QLatin1Char('"'));
            }
        }
        ++end;
    }
    post.body = lines.mid(end).join('\n');
    return post;
}

}  // namespace

class TestPreviewSecurity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void siteImagesLoad_data();
    void siteImagesLoad();
    void imagesOutsideTheSiteAreRefused_data();
    void imagesOutsideTheSiteAreRefused();
    void coverComesFromTheSiteOnly_data();
    void coverComesFromTheSiteOnly();
    void pageSettingsAreLockedDown();
    void postScriptsDoNotRun_data();
    void postScriptsDoNotRun();
    void contentSecurityPolicyAloneStopsPostScripts_data() { postScriptsDoNotRun_data(); }
    void contentSecurityPolicyAloneStopsPostScripts();
    void pageNeverNavigates_data();
    void pageNeverNavigates();
    void adversarialPostsAreHarmless_data();
    void adversarialPostsAreHarmless();

private:
    QString path(const QString &relative) const { return m_dir.path() + QLatin1Char('/') + relative; }
    QString site() const { return path(QStringLiteral("site")); }
    QString jekyllPost() const { return path(QStringLiteral("site/_posts/2024-01-01-post.md")); }
    void checkPostScriptsDoNotRun(bool javascriptInMainWorld);

    QTemporaryDir m_dir;
    QByteArray attacker() const { return "127.0.0.1:" + QByteArray::number(m_attacker.serverPort()); }

    QTcpServer m_attacker;  // where the hostile posts try to send things
    int m_attackerConnections = 0;
};

void TestPreviewSecurity::initTestCase() {
    QVERIFY(m_dir.isValid());
    for (const char *folder : {"site/assets", "site/_posts", "site/content/bundle/images", "outside"})
        QVERIFY(QDir().mkpath(path(QLatin1String(folder))));
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::red);
    for (const char *file : {"site/assets/x.png", "site/content/bundle/images/y.png", "outside/secret.png"})
        QVERIFY(image.save(path(QLatin1String(file))));
    QVERIFY(QFile::link(path("outside/secret.png"), path("site/assets/out.png")));
    QVERIFY(QFile::link(path("outside"), path("site/linkdir")));

    // Any free port: the hostile posts' 127.0.0.1:8765 is rewritten to it, so parallel runs never collide.
    QVERIFY2(m_attacker.listen(QHostAddress::LocalHost), qPrintable(m_attacker.errorString()));
    connect(&m_attacker, &QTcpServer::newConnection, this, [this] { ++m_attackerConnections; });
}

void TestPreviewSecurity::siteImagesLoad_data() {
    QTest::addColumn<QString>("post");
    QTest::addColumn<QString>("src");
    QTest::newRow("relative to the site root") << "site/_posts/2024-01-01-post.md"
                                               << "assets/x.png";
    QTest::newRow("climbing out of _posts") << "site/_posts/2024-01-01-post.md"
                                            << "../assets/x.png";
    QTest::newRow("absolute from the site root") << "site/_posts/2024-01-01-post.md"
                                                 << "/assets/x.png";
    QTest::newRow("page bundle beside index.md") << "site/content/bundle/index.md"
                                                 << "images/y.png";
}

void TestPreviewSecurity::siteImagesLoad() {
    QFETCH(QString, post);
    QFETCH(QString, src);
    SiteFixture fixture(site(), path(post));
    QVERIFY(fixture.settle("![probe](" + src.toUtf8() + ")\n"));
    QCOMPARE(fixture.js(QStringLiteral("document.querySelector('#pw-body img').naturalWidth")).toInt(), 40);
}

void TestPreviewSecurity::imagesOutsideTheSiteAreRefused_data() {
    QTest::addColumn<QString>("src");
    QTest::newRow("a symlinked file out of the root") << "assets/out.png";
    QTest::newRow("a symlinked folder out of the root") << "linkdir/secret.png";
    QTest::newRow("dot-dots past the root") << "../../outside/secret.png";
    QTest::newRow("encoded slashes past the root") << "..%2F..%2Foutside%2Fsecret.png";
    QTest::newRow("a file URL") << QUrl::fromLocalFile(path("outside/secret.png")).toString();
}

void TestPreviewSecurity::imagesOutsideTheSiteAreRefused() {
    QFETCH(QString, src);
    SiteFixture fixture(site(), jekyllPost());
    QVERIFY(fixture.settle("![inside](assets/x.png)\n\n![outside](" + src.toUtf8() + ")\n"));
    QCOMPARE(fixture
                 .js(QStringLiteral(
                     "Array.from(document.querySelectorAll('#pw-body img')).map(i => i.naturalWidth)"))
                 .toList(),
             (QVariantList{40, 0}));
    // Shown as a labelled placeholder rather than a broken image.
    QCOMPARE(fixture
                 .js(QStringLiteral("Array.from(document.querySelectorAll('#pw-body img'))"
                                    ".map(i => i.classList.contains('pw-image-missing'))"))
                 .toList(),
             (QVariantList{false, true}));
}

void TestPreviewSecurity::coverComesFromTheSiteOnly_data() {
    QTest::addColumn<QString>("cover");
    QTest::addColumn<bool>("shown");
    QTest::newRow("a site image") << "/assets/x.png" << true;
    QTest::newRow("a symlink out of the site") << "assets/out.png" << false;
    QTest::newRow("dot-dots out of the site") << "../../outside/secret.png" << false;
    QTest::newRow("a remote image") << QString::fromLatin1("http://" + attacker() + "/cover.png") << false;
}

void TestPreviewSecurity::coverComesFromTheSiteOnly() {
    QFETCH(QString, cover);
    QFETCH(bool, shown);
    const int connectionsBefore = m_attackerConnections;
    SiteFixture fixture(site(), jekyllPost());
    fixture.view.setHeader({QStringLiteral("Title"), {}, {}, cover});
    QVERIFY(fixture.settle("Body.\n"));
    const QString state = QStringLiteral(
        "(() => { const c = document.getElementById('pw-cover');"
        "return [!document.getElementById('pw-cover-frame').hidden,"
        "c.naturalWidth, c.hasAttribute('src') ? c.complete : true]; })()");
    QVERIFY(QTest::qWaitFor([&] { return fixture.js(state).toList().value(2).toBool(); },
                            PreviewHarness::kTimeout));
    QCOMPARE(fixture.js(state).toList(), (QVariantList{shown, shown ? 40 : 0, true}));
    QCOMPARE(m_attackerConnections, connectionsBefore);
}

void TestPreviewSecurity::postScriptsDoNotRun_data() {
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>(
        "action");  // run in ApplicationWorld after the post is shown, like a user would
    const QByteArray mark =
        "document.title = 'pwned'; document.documentElement.setAttribute('data-pwned', 1)";
    QTest::newRow("script element") << "<script>" + mark + "</script>\n" << QString();
    QTest::newRow("image error handler") << "<img src=\"missing.png\" onerror=\"" + mark + "\">\n"
                                         << QString();
    QTest::newRow("svg load handler") << "<svg onload=\"" + mark + "\"><circle r=\"5\"/></svg>\n"
                                      << QString();
    QTest::newRow("details toggle handler")
        << "<details open ontoggle=\"" + mark + "\"><summary>s</summary>x</details>\n"
        << QString();
    QTest::newRow("iframe srcdoc") << "<iframe srcdoc=\"<script>parent." + mark + "</script>\"></iframe>\n"
                                   << QString();
    QTest::newRow("javascript link clicked")
        << "<a href=\"javascript:" + mark + "\">x</a>\n"
        << QStringLiteral("document.querySelector('#pw-body a').click()");
    QTest::newRow("click handler clicked")
        << "<button onclick=\"" + mark + "\">x</button>\n"
        << QStringLiteral("document.querySelector('#pw-body button').click()");
}

void TestPreviewSecurity::pageSettingsAreLockedDown() {
    PreviewView view;
    const QWebEngineSettings *settings = view.page()->settings();
    const QList<QPair<QWebEngineSettings::WebAttribute, const char *>> off = {
        {QWebEngineSettings::JavascriptEnabled, "JavascriptEnabled"},
        {QWebEngineSettings::JavascriptCanOpenWindows, "JavascriptCanOpenWindows"},
        {QWebEngineSettings::LocalContentCanAccessRemoteUrls, "LocalContentCanAccessRemoteUrls"},
        {QWebEngineSettings::LocalContentCanAccessFileUrls, "LocalContentCanAccessFileUrls"},
        {QWebEngineSettings::PluginsEnabled, "PluginsEnabled"},
        {QWebEngineSettings::HyperlinkAuditingEnabled, "HyperlinkAuditingEnabled"},
        {QWebEngineSettings::AllowRunningInsecureContent, "AllowRunningInsecureContent"},
        {QWebEngineSettings::FocusOnNavigationEnabled, "FocusOnNavigationEnabled"},
        {QWebEngineSettings::NavigateOnDropEnabled, "NavigateOnDropEnabled"},
    };
    for (const auto &[attribute, name] : off)
        QVERIFY2(!settings->testAttribute(attribute), name);
    QVERIFY(settings->testAttribute(QWebEngineSettings::PlaybackRequiresUserGesture));
    QVERIFY(view.page()->profile()->isOffTheRecord());
}

void TestPreviewSecurity::postScriptsDoNotRun() {
    checkPostScriptsDoNotRun(false);
}

// With JavaScript switched back on in the main world, the shell's Content-Security-Policy still stops every
// payload: each of the two defences holds on its own.
void TestPreviewSecurity::contentSecurityPolicyAloneStopsPostScripts() {
    checkPostScriptsDoNotRun(true);
}

void TestPreviewSecurity::checkPostScriptsDoNotRun(bool javascriptInMainWorld) {
    QFETCH(QByteArray, payload);
    QFETCH(QString, action);
    SiteFixture fixture(site(), jekyllPost());
    fixture.view.page()->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled,
                                                  javascriptInMainWorld);
    const QByteArray post = "CANARY paragraph.\n\n" + payload;
    QVERIFY(fixture.settle(post));
    QVERIFY(fixture.bodyText().contains(QLatin1String("CANARY paragraph.")));
    if (!action.isEmpty())
        fixture.js(action);
    QVERIFY(fixture.settle(post + "\nOne more edit.\n"));

    QCOMPARE(fixture.js(QStringLiteral("document.title")).toString(), kShellTitle);
    QCOMPARE(fixture.js(QStringLiteral("document.documentElement.hasAttribute('data-pwned')")).toBool(),
             false);
    QCOMPARE(fixture.view.page()->url(), SiteSchemeHandler::shellUrl());
}

void TestPreviewSecurity::pageNeverNavigates_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QList<QUrl>>("reported");  // what linkClicked() said
    const QString clickLink = QStringLiteral("document.querySelector('#pw-body a').click()");
    QTest::newRow("a link clicked") << QByteArray("[out](https://example.com/page)\n") << clickLink
                                    << QList<QUrl>{QUrl("https://example.com/page")};
    QTest::newRow("a relative link clicked") << QByteArray("[other](/2024/01/02/other.html)\n") << clickLink
                                             << QList<QUrl>{QUrl("pwsite://site/2024/01/02/other.html")};
    QTest::newRow("a mail link clicked")
        << QByteArray("<mailto:a@example.com>\n") << clickLink << QList<QUrl>{QUrl("mailto:a@example.com")};
    QTest::newRow("a footnote link scrolls in place")
        << QByteArray("Text.[^1]\n\n[^1]: The note.\n")
        << QStringLiteral("document.querySelector('sup a').click()") << QList<QUrl>{};
    // Only our own world can run script; WebEngine reports its navigation as a link click, and it is refused.
    QTest::newRow("location set by script")
        << QByteArray("Text.\n") << QStringLiteral("location.href = 'https://example.com/'")
        << QList<QUrl>{QUrl("https://example.com/")};
    QTest::newRow("same-scheme location set by script")
        << QByteArray("Text.\n") << QStringLiteral("location.href = 'pwsite://site/elsewhere'")
        << QList<QUrl>{QUrl("pwsite://site/elsewhere")};
    // Targets that would load (the shell again, a site file): only PreviewPage's refusal stops them.
    QTest::newRow("location set to the shell itself")
        << QByteArray("Text.\n") << QStringLiteral("location.href = 'pwsite://site/'") << QList<QUrl>{};
    QTest::newRow("location set to a site file")
        << QByteArray("Text.\n") << QStringLiteral("location.href = '/assets/x.png'")
        << QList<QUrl>{QUrl("pwsite://site/assets/x.png")};
    QTest::newRow("a meta refresh to the shell itself")
        << QByteArray("<meta http-equiv=\"refresh\" content=\"0;url=/\">\n") << QString() << QList<QUrl>{};
    QTest::newRow("a meta refresh to a site file")
        << QByteArray("<meta http-equiv=\"refresh\" content=\"0;url=/assets/x.png\">\n") << QString()
        << QList<QUrl>{};
    QTest::newRow("a meta refresh")
        << QByteArray("<meta http-equiv=\"refresh\" content=\"0;url=https://example.com/\">\n") << QString()
        << QList<QUrl>{};
    QTest::newRow("a form submitted")
        << QByteArray("<form action=\"https://example.com/\"><button>go</button></form>\n")
        << QStringLiteral("document.querySelector('#pw-body button').click()") << QList<QUrl>{};
    QTest::newRow("a new window") << QByteArray(
                                         "<a href=\"https://example.com/\" target=\"_blank\">new</a>\n")
                                  << clickLink << QList<QUrl>{QUrl("https://example.com/")};
}

void TestPreviewSecurity::pageNeverNavigates() {
    QFETCH(QByteArray, markdown);
    QFETCH(QString, action);
    QFETCH(QList<QUrl>, reported);
    SiteFixture fixture(site(), jekyllPost());
    QVERIFY(fixture.settle(markdown));
    fixture.markDocument();
    if (!action.isEmpty())
        fixture.js(action);
    if (!reported.isEmpty())
        QTRY_COMPARE_WITH_TIMEOUT(fixture.clicked, reported, PreviewHarness::kTimeout);
    QVERIFY(fixture.settle(markdown + "\nAfter.\n"));

    QCOMPARE(fixture.clicked, reported);
    QVERIFY(fixture.sameDocument());
    QCOMPARE(fixture.view.page()->url(), SiteSchemeHandler::shellUrl());
    QVERIFY(fixture.bodyText().contains(QLatin1String("After.")));
}

void TestPreviewSecurity::adversarialPostsAreHarmless_data() {
    QTest::addColumn<QString>("file");
    const QDir folder(TestPaths::adversarialPreview());
    const QStringList files = folder.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QTest::newRow("no hostile posts found") << QString();  // fails below, saying where it looked
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << folder.filePath(name);
}

// Each hostile post shows its canary paragraph and gets nothing else done: no request reaches the listener on
// 127.0.0.1 (their :8765 is moved to our listener), no script changes the page, clicking every link navigates
// nowhere.
void TestPreviewSecurity::adversarialPostsAreHarmless() {
    QFETCH(QString, file);
    REQUIRE_SHARED_DIR("/adversarial/preview");
    QFile in(file);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
    const Post post = splitPost(in.readAll().replace("127.0.0.1:8765", attacker()));
    const QString canary = QStringLiteral("CANARY-RENDERED-") + QFileInfo(file).completeBaseName();

    const int connectionsBefore = m_attackerConnections;
    SiteFixture fixture(site(), jekyllPost());
    fixture.view.setHeader(post.header);
    QVERIFY(fixture.settle(post.body));
    QVERIFY2(fixture.bodyText().contains(canary), qPrintable(fixture.bodyText()));
    fixture.markDocument();

    fixture.js(
        QStringLiteral("document.querySelectorAll('#pw-body a, #pw-body button, #pw-body summary')"
                       ".forEach(e => e.click()); document.querySelectorAll('#pw-body input')"
                       ".forEach(e => e.focus())"));
    QVERIFY(fixture.settle(post.body + "\nAfter.\n"));

    QCOMPARE(m_attackerConnections, connectionsBefore);
    QCOMPARE(fixture.js(QStringLiteral("document.title")).toString(), kShellTitle);
    QCOMPARE(fixture.view.page()->url(), SiteSchemeHandler::shellUrl());
    QVERIFY(fixture.sameDocument());
    QVERIFY(fixture.bodyText().contains(canary));
    // Front-matter markup stays text: the header holds only the shell's own elements.
    QCOMPARE(
        fixture
            .js(QStringLiteral("document.querySelectorAll('#pw-header img:not(#pw-cover), #pw-header svg, "
                               "#pw-header script, #pw-title *, #pw-tags li *').length"))
            .toInt(),
        0);
    if (!post.header.title.isEmpty()) {
        QVERIFY(QTest::qWaitFor(
            [&] {
                return fixture.js(QStringLiteral("document.getElementById('pw-title').textContent")) ==
                       post.header.title;
            },
            PreviewHarness::kTimeout));
    }
}

PREVIEW_TEST_MAIN(TestPreviewSecurity)
#include "tst_previewsecurity.moc"
