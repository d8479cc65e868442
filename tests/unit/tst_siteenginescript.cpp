// The site engine (resources/site-engine/postwright-site-engine.rb) driven over its JSON-lines protocol, as
// the C++ side will drive it. Every site is a copy in a QTemporaryDir; each test proves nothing new appeared
// in it. Expected strings were derived by running the real `jekyll build` on the same fixture
// (tests/data/sites).

#include "siteenginerun.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

namespace {

const QString kTourPost = QStringLiteral("_posts/2024-03-05-liquid-tour.md");
const QString kTourFrontMatter = QStringLiteral(
    "layout: post\ntitle: A Tour of Liquid\ntags: [liquid, notes]\ncolours: [amber, ochre, umber]\n");

QJsonObject renderRequest(int id, const QString &path, const QString &frontMatter, const QString &body) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("op"), QStringLiteral("render")},
            {QStringLiteral("path"), path},
            {QStringLiteral("front_matter"), frontMatter},
            {QStringLiteral("body"), body}};
}

QJsonObject frameRequest(int id, const QString &path, const QString &frontMatter, const QString &marker) {
    QJsonObject request = renderRequest(id, path, frontMatter, QStringLiteral("Some text.\n"));
    request[QStringLiteral("op")] = QStringLiteral("frame");
    request[QStringLiteral("marker")] = marker;
    return request;
}

// The text between a file's two `---` lines.
QString frontMatterOf(const QByteArray &source) {
    const QList<QByteArray> lines = source.split('\n');
    const qsizetype close = lines.indexOf("---", 1);
    return close < 0 ? QString() : QString::fromUtf8(lines.mid(1, close - 1).join('\n') + '\n');
}

QString siteFixture(const QString &name) {
    return TestPaths::data() + QStringLiteral("/sites/") + name;
}

QString unrunTags(const QJsonObject &reply) {
    QStringList tags;
    for (const QJsonValue &entry : reply.value(QStringLiteral("unrun")).toArray())
        tags << QStringLiteral("%1@%2")
                    .arg(entry[QStringLiteral("tag")].toString())
                    .arg(entry[QStringLiteral("line")].toInt());
    return tags.join(QLatin1Char(','));
}

#define START_ENGINE(run, site, ...)                                                      \
    QVERIFY2((run).start(site, __VA_ARGS__), "the engine could not be started");          \
    const QJsonObject ready_ = (run).readLine();                                          \
    QVERIFY2(ready_.value(QStringLiteral("event")).toString() == QStringLiteral("ready"), \
             QJsonDocument(ready_).toJson().constData())

}  // namespace

class TstSiteEngineScript : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void readyEventNamesJekyllAndSafeMode();
    void renderRunsLiquidAsJekyllBuildDoes_data();
    void renderRunsLiquidAsJekyllBuildDoes();
    void markersBetweenSegmentsComeBackInOrder();
    void urlsFollowTheUrlsOption_data();
    void urlsFollowTheUrlsOption();
    void frameIsTheLayoutChainAroundTheMarker();
    void frameUsesTheDefaultLayout();
    void frameOfADocumentWithoutLayoutIsEmpty();
    void assetsCompileTheSiteSassIntoTheCache();
    void untrustedSiteCodeDoesNotRunAndItsTagIsListed();
    void unknownTagsStandInWhereverTheyAre();
    void trustedSiteRunsItsPlugins();
    void trustedGemfileSiteLoadsItsPluginGroupWithoutLocking();
    void liquidErrorInAnIncludeNamesFileAndLine();
    void badRequestIsAnsweredAndTheNextIsServed_data();
    void badRequestIsAnsweredAndTheNextIsServed();
    void closedInputEndsTheEngineNormally();
    void minimaFrameWearsMinimaHeader();
    void unreadableSiteFailsNamingFileAndLine_data();
    void unreadableSiteFailsNamingFileAndLine();
    void jasper2TrustedFailsNamingTheMissingGems();
    void jasper2SafeIsReady();
};

void TstSiteEngineScript::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(SiteEngineFiles::engineScript()), qPrintable(SiteEngineFiles::engineScript()));
    QVERIFY2(QDir(siteFixture(QStringLiteral("themed"))).exists(), "tests/data/sites/themed is missing");
}

void TstSiteEngineScript::readyEventNamesJekyllAndSafeMode() {
    SiteEngineRun run;
    QVERIFY(run.start(siteFixture(QStringLiteral("themed")), {}));
    const QJsonObject ready = run.readLine();
    QCOMPARE(ready.value(QStringLiteral("event")).toString(), QStringLiteral("ready"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                .match(ready.value(QStringLiteral("jekyll")).toString())
                .hasMatch());
    QCOMPARE(ready.value(QStringLiteral("safe")), QJsonValue(true));
    QVERIFY(ready.value(QStringLiteral("notes")).isArray());
    QVERIFY(run.finish());
    QCOMPARE(run.siteChanges(), QSet<QString>());
}

void TstSiteEngineScript::renderRunsLiquidAsJekyllBuildDoes_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("frontMatter");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    // Published URLs, so every row is what `jekyll build` of the fixture printed before kramdown ran.
    QTest::newRow("assign then print")
        << kTourPost << kTourFrontMatter
        << "{% assign greeting = \"Good evening\" %}{{ greeting }}, reader of {{ site.title }}."
        << "Good evening, reader of Lantern Notes.";
    QTest::newRow("for over front matter")
        << kTourPost << kTourFrontMatter
        << "Colours:{% for colour in page.colours %} {{ colour }}{% endfor %}."
        << "Colours: amber ochre umber.";
    QTest::newRow("capture with the date from the file name")
        << kTourPost << kTourFrontMatter
        << "{% capture s %}{{ page.title | upcase }} ({{ page.date | date: \"%B %-d, %Y\" }}){% endcapture "
           "%}Signed: {{ s }}"
        << "Signed: A TOUR OF LIQUID (March 5, 2024)";
    QTest::newRow("include with a parameter")
        << kTourPost << kTourFrontMatter << "{% include byline.html who=\"Ada\" %}"
        << "<span class=\"byline\">by Ada</span>\n";
    QTest::newRow("include falls back to site data")
        << kTourPost << kTourFrontMatter << "{% include byline.html %}"
        << "<span class=\"byline\">by Ada Quill</span>\n";
    QTest::newRow("post_url with the site's baseurl")
        << kTourPost << kTourFrontMatter << "{% post_url 2024-03-01-first-light %}"
        << "/blog/2024/03/01/first-light/";
    QTest::newRow("unsaved post dated and titled by its file name")
        << "_posts/2030-01-02-not-yet.md"
        << "categories: lamps\n"
        << "D={{ page.date | date: \"%Y-%m-%d\" }} S={{ page.slug }} T={{ page.title }} U={{ page.url }}"
        << "D=2030-01-02 S=not-yet T=Not Yet U=/2030/01/02/not-yet/";
    QTest::newRow("draft titled by its slug")
        << "_drafts/a-new-idea.md" << QString() << "T={{ page.title }} S={{ page.slug }}"
        << "T=A New Idea S=a-new-idea";
    QTest::newRow("page outside collections") << "colophon.md"
                                              << "title: Colophon\n"
                                              << "U={{ page.url }} N={{ page.name }}"
                                              << "U=/colophon/ N=colophon.md";
    QTest::newRow("front matter defaults of the config") << "_posts/2024-07-01-defaulted.md"
                                                         << "title: Defaulted\n"
                                                         << "M={{ page.mood }} L={{ page.layout }}"
                                                         << "M=calm L=post";
    QTest::newRow("text without Liquid is untouched") << kTourPost << kTourFrontMatter << "Plain *text*.\n"
                                                      << "Plain *text*.\n";
}

void TstSiteEngineScript::renderRunsLiquidAsJekyllBuildDoes() {
    QFETCH(QString, path);
    QFETCH(QString, frontMatter);
    QFETCH(QString, body);
    QFETCH(QString, expected);
    SiteEngineRun run;
    START_ENGINE(run, siteFixture(QStringLiteral("themed")),
                 QStringList{QStringLiteral("--urls"), QStringLiteral("published")});
    const QJsonObject reply = run.ask(renderRequest(7, path, frontMatter, body));
    QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), QJsonDocument(reply).toJson().constData());
    QCOMPARE(reply.value(QStringLiteral("id")).toInt(), 7);
    QCOMPARE(reply.value(QStringLiteral("content")).toString(), expected);
    QCOMPARE(reply.value(QStringLiteral("unrun")).toArray().size(), 0);
    QVERIFY(run.finish());
    QCOMPARE(run.siteChanges(), QSet<QString>());
}

void TstSiteEngineScript::markersBetweenSegmentsComeBackInOrder() {
    SiteEngineRun run;
    START_ENGINE(run, siteFixture(QStringLiteral("themed")), {});
    const QString body = QStringLiteral(
        "Hello {{ site.title }}\u001epw:1\u001e{% assign n = 2 %}{{ n | plus: 1 }}"
        "\u001epw:2\u001e{% for i in (1..2) %}{{ i }}{% endfor %}\u001epw:3\u001eend");
    const QJsonObject reply = run.ask(renderRequest(1, kTourPost, kTourFrontMatter, body));
    QCOMPARE(reply.value(QStringLiteral("content")).toString(),
             QStringLiteral("Hello Lantern Notes\u001epw:1\u001e3\u001epw:2\u001e12\u001epw:3\u001eend"));
    QVERIFY(run.finish());
    QCOMPARE(run.siteChanges(), QSet<QString>());
}

void TstSiteEngineScript::urlsFollowTheUrlsOption_data() {
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expected");
    // relative_url has no host to print: with baseurl "" it is root-relative, which resolves to
    // pwsite://site/.
    QTest::newRow("preview points at our scheme")
        << "preview"
        << "R=/about/ A=pwsite://site/about/ U=pwsite://site B= P=/2024/03/01/first-light/";
    QTest::newRow("published keeps the site's url and baseurl")
        << "published"
        << "R=/blog/about/ A=https://lantern.example.org/blog/about/ U=https://lantern.example.org B=/blog "
           "P=/blog/2024/03/01/first-light/";
}

void TstSiteEngineScript::urlsFollowTheUrlsOption() {
    QFETCH(QString, mode);
    QFETCH(QString, expected);
    SiteEngineRun run;
    START_ENGINE(run, siteFixture(QStringLiteral("themed")), QStringList{QStringLiteral("--urls"), mode});
    const QJsonObject reply = run.ask(renderRequest(
        1, kTourPost, kTourFrontMatter,
        QStringLiteral("R={{ '/about/' | relative_url }} A={{ '/about/' | absolute_url }} U={{ site.url }} "
                       "B={{ site.baseurl }} P={% post_url 2024-03-01-first-light %}")));
    QCOMPARE(reply.value(QStringLiteral("content")).toString(), expected);
    QVERIFY(run.finish());
    QCOMPARE(run.siteChanges(), QSet<QString>());
}

void TstSiteEngineScript::frameIsTheLayoutChainAroundTheMarker() {
    SiteEngineRun run;
    START_ENGINE(run, siteFixture(QStringLiteral("themed")), {});
    const QString marker = QStringLiteral("<!--pw:content-->");
    const QJsonObject reply = run.ask(frameRequest(2, kTourPost, kTourFrontMatter, marker));
    QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), QJsonDocument(reply).toJson().constData());
    const QString html = reply.value(QStringLiteral("html")).toString();
    QVERIFY2(html.startsWith(QStringLiteral("<!DOCTYPE html>")), qPrintable(html));
    QCOMPARE(html.count(marker), 1);
    // The post layout inside the default layout, with the page's own data and the stylesheet link.
    QVERIFY(html.contains(QStringLiteral("<h1 class=\"post-title\">A Tour of Liquid</h1>")));
    QVERIFY(
        html.contains(QStringLiteral("<span class=\"tag\">liquid</span> <span class=\"tag\">notes</span>")));
    QVERIFY(html.contains(QStringLiteral("<div class=\"post-content\">\n") + marker +
                          QStringLiteral("\n  </div>")));
    QVERIFY(html.contains(QStringLiteral("<header class=\"site-header\">")));
    QVERIFY(html.contains(QStringLiteral("<link rel=\"stylesheet\" href=\"/assets/css/style.css\">")));
    QVERIFY(html.indexOf(QStringLiteral("site-header")) < html.indexOf(marker));
    QVERIFY(run.finish());
    QCOMPARE(run.siteChanges(), QSet<QString>());
}

void TstSiteEngineScript::frameUsesTheDefaultLayout() {
    SiteEngineRun run;
    START_ENGINE(run, siteFixture(QStringLiteral("themed")), {});
    const QJsonObject reply =
        run.ask(frameRequest(1, QStringLiteral("_posts/2024-07-01-defaulted.md"),
                             QStringLiteral("title: Defaulted\n"), QStringLiteral("MARK")));
    QVERIFY(reply.value(QStringLiteral("html"))
                .toString()
                .contains(QStringLiteral("<h1 class=\"post-title\">Defaulted</h1>")));
    QVERIFY(run.finish());
}

void TstSiteEngineScript::frameOfADocumentWithoutLayoutIsEmpty() {
    SiteEngineRun run;
    START_ENGINE(run, siteFixture(QStringLiteral("themed")), {});
    const QJsonObject none =
        run.ask(frameRequest(1, kTourPost, QStringLiteral("layout: none\n"), QStringLiteral("M")));
    QVERIFY(none.value(QStringLiteral("ok")).toBool());
    QCOMPARE(none.value(QStringLiteral("html")).toString(), QString());
    const QJsonObject missing =
        run.ask(frameRequest(2, kTourPost, QStringLiteral("layout: nowhere\n"), QStringLiteral("M")));
    QCOMPARE(missing.value(QStringLiteral("html")).toString(), QString());
    QVERIFY(run.finish());
}

void TstSiteEngineScript::assetsCompileTheSiteSassIntoTheCache() {
    SiteEngineRun run;
    START_ENGINE(run, siteFixture(QStringLiteral("themed")), {});
    const QJsonObject reply =
        run.ask(QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("op"), QStringLiteral("assets")}});
    QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), QJsonDocument(reply).toJson().constData());
    const QString dir = reply.value(QStringLiteral("dir")).toString();
    QCOMPARE(QDir(dir).canonicalPath(), QDir(run.cache() + QStringLiteral("/_site")).canonicalPath());
    QVERIFY(reply.value(QStringLiteral("files")).toArray().contains(QStringLiteral("assets/css/style.css")));
    const QByteArray css = readTestFile(dir + QStringLiteral("/assets/css/style.css"));
    QVERIFY2(css.contains(".post-content p { color: #7b2d26;"), css.constData());  // from _sass/_base.scss
    QVERIFY(css.contains(".site-header a { color: #1a2b3c; }"));  // a variable of the partial
    QVERIFY(run.finish());
    QCOMPARE(run.siteChanges(), QSet<QString>());
}

void TstSiteEngineScript::untrustedSiteCodeDoesNotRunAndItsTagIsListed() {
    SiteEngineRun run;
    START_ENGINE(run, siteFixture(QStringLiteral("plugins")), {});
    const QJsonObject reply = run.ask(renderRequest(
        1, QStringLiteral("_posts/2024-04-01-loud.md"), QStringLiteral("title: Loud\n"),
        QStringLiteral("Before the shout.\n{% shout hello %}\nAfter the shout on {{ site.title }}.\n")));
    QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), QJsonDocument(reply).toJson().constData());
    QCOMPARE(reply.value(QStringLiteral("content")).toString(),
             QStringLiteral("Before the shout.\n\nAfter the shout on Loud Notes.\n"));
    QCOMPARE(unrunTags(reply), QStringLiteral("shout@2"));
    QVERIFY(run.finish());
    QVERIFY(!QFile::exists(run.site() + QStringLiteral("/plugin-ran.txt")));
    QCOMPARE(run.siteChanges(), QSet<QString>());
}

void TstSiteEngineScript::unknownTagsStandInWhereverTheyAre() {
    REQUIRE_SHARED_DIR("/corpus/sites/minima");
    SiteEngineRun run;
    // minima without its plugins listed: its head include's {%- seo -%} and {%- feed_meta -%} are unknown.
    START_ENGINE(run, TestPaths::shared() + QStringLiteral("/corpus/sites/minima"), {});
    const QString post = QStringLiteral("_posts/2030-01-01-new.md");
    const QJsonObject frame =
        run.ask(frameRequest(1, post, QStringLiteral("layout: post\n"), QStringLiteral("MARK")));
    QVERIFY2(frame.value(QStringLiteral("html"))
                 .toString()
                 .contains(QStringLiteral("<header class=\"site-header\"")),
             QJsonDocument(frame).toJson().constData());
    QCOMPARE(frame.value(QStringLiteral("unrun")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("tag"), QStringLiteral("seo")},
                                     {QStringLiteral("line"), 5},
                                     {QStringLiteral("file"), QStringLiteral("_includes/head.html")}},
                         QJsonObject{{QStringLiteral("tag"), QStringLiteral("feed_meta")},
                                     {QStringLiteral("line"), 7},
                                     {QStringLiteral("file"), QStringLiteral("_includes/head.html")}}}));
    // A block tag nobody defines hides its body; tags inside other blocks stand in too; the rest renders.
    const QJsonObject body = run.ask(renderRequest(
        2, post, QString(),
        QStringLiteral("a{% callout x %}inside{% endcallout %}b\n{% if true %}{% gist 12 %}c{% endif %}")));
    QCOMPARE(body.value(QStringLiteral("content")).toString(), QStringLiteral("ab\nc"));
    QCOMPARE(unrunTags(body), QStringLiteral("callout@1,gist@2"));
    QVERIFY(run.finish());
    QCOMPARE(run.siteChanges(), QSet<QString>());
}

void TstSiteEngineScript::trustedSiteRunsItsPlugins() {
    SiteEngineRun run;
    QVERIFY(run.start(siteFixture(QStringLiteral("plugins")), QStringList{QStringLiteral("--trusted")}));
    const QJsonObject ready = run.readLine();
    QCOMPARE(ready.value(QStringLiteral("safe")), QJsonValue(false));
    const QJsonObject reply =
        run.ask(renderRequest(1, QStringLiteral("_posts/2024-04-01-loud.md"), QStringLiteral("title: Loud\n"),
                              QStringLiteral("Before.\n{% shout hello %}\nAfter.\n")));
    QCOMPARE(reply.value(QStringLiteral("content")).toString(), QStringLiteral("Before.\nHELLO!\nAfter.\n"));
    QCOMPARE(unrunTags(reply), QString());
    QVERIFY(run.finish());
    // The plugin's mark is the only change: the test sees site code run when it does.
    QCOMPARE(run.siteChanges(), QSet<QString>{QStringLiteral("plugin-ran.txt")});
}

void TstSiteEngineScript::trustedGemfileSiteLoadsItsPluginGroupWithoutLocking() {
    const QString post = QStringLiteral("_posts/2024-06-01-fed.md");
    const QString body = QStringLiteral("{% feed_meta %}");
    SiteEngineRun safe;
    START_ENGINE(safe, siteFixture(QStringLiteral("bundled")), {});
    // Safe mode never evaluates the Gemfile, so the plugin of its jekyll_plugins group is not there.
    QCOMPARE(unrunTags(safe.ask(renderRequest(1, post, QStringLiteral("title: Fed\n"), body))),
             QStringLiteral("feed_meta@1"));
    QVERIFY(safe.finish());

    SiteEngineRun trusted;
    QVERIFY(trusted.start(siteFixture(QStringLiteral("bundled")), QStringList{QStringLiteral("--trusted")}));
    QCOMPARE(trusted.readLine().value(QStringLiteral("event")).toString(), QStringLiteral("ready"));
    const QJsonObject reply = trusted.ask(renderRequest(1, post, QStringLiteral("title: Fed\n"), body));
    QVERIFY2(reply.value(QStringLiteral("content"))
                 .toString()
                 .contains(QStringLiteral("href=\"pwsite://site/feed.xml\"")),
             QJsonDocument(reply).toJson().constData());
    QVERIFY(trusted.finish());
    // Bundler writes Gemfile.lock after resolving a Gemfile without one; the site is not ours to change.
    QCOMPARE(trusted.siteChanges(), QSet<QString>());
}

void TstSiteEngineScript::liquidErrorInAnIncludeNamesFileAndLine() {
    SiteEngineRun run;
    START_ENGINE(run, siteFixture(QStringLiteral("broken")), {});
    const QJsonObject reply = run.ask(renderRequest(
        4, QStringLiteral("_posts/2024-05-01-uses-broken-include.md"), QStringLiteral("title: X\n"),
        QStringLiteral("Text before.\n\n{% include note.html text=\"hi\" %}\n")));
    QCOMPARE(reply.value(QStringLiteral("id")).toInt(), 4);
    QCOMPARE(reply.value(QStringLiteral("ok")), QJsonValue(false));
    const QJsonObject error = reply.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("file")).toString(), QStringLiteral("_includes/note.html"));
    QCOMPARE(error.value(QStringLiteral("line")).toInt(), 3);
    QVERIFY2(
        error.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("Liquid syntax error")),
        qPrintable(error.value(QStringLiteral("message")).toString()));
    QVERIFY(run.finish());
    QCOMPARE(run.siteChanges(), QSet<QString>());
}

void TstSiteEngineScript::badRequestIsAnsweredAndTheNextIsServed_data() {
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("not JSON") << QByteArray("this is not json");
    QTest::newRow("JSON but not an object") << QByteArray("[1, 2]");
    QTest::newRow("unknown op") << QByteArray(R"({"id": 9, "op": "explode"})");
    QTest::newRow("path outside the site") << QByteArray(
        R"({"id": 9, "op": "render", "path": "../../etc/x.md", "front_matter": "", "body": "x"})");
}

void TstSiteEngineScript::badRequestIsAnsweredAndTheNextIsServed() {
    QFETCH(QByteArray, line);
    SiteEngineRun run;
    START_ENGINE(run, siteFixture(QStringLiteral("themed")), {});
    const QJsonObject bad = run.askRaw(line);
    QCOMPARE(bad.value(QStringLiteral("ok")), QJsonValue(false));
    QVERIFY(
        !bad.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    const QJsonObject good =
        run.ask(renderRequest(10, kTourPost, kTourFrontMatter, QStringLiteral("{{ site.title }}")));
    QCOMPARE(good.value(QStringLiteral("id")).toInt(), 10);
    QCOMPARE(good.value(QStringLiteral("content")).toString(), QStringLiteral("Lantern Notes"));
    QVERIFY(run.finish());
}

void TstSiteEngineScript::closedInputEndsTheEngineNormally() {
    SiteEngineRun run;
    START_ENGINE(run, siteFixture(QStringLiteral("themed")), {});
    run.process().closeWriteChannel();
    QVERIFY(run.process().waitForFinished(SiteEngineFiles::kHangGuardMs));
    QCOMPARE(run.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.process().exitCode(), 0);
    QCOMPARE(run.process().readAllStandardOutput(),
             QByteArray());  // nothing but protocol lines, and none left
}

void TstSiteEngineScript::minimaFrameWearsMinimaHeader() {
    REQUIRE_SHARED_DIR("/corpus/sites/minima");
    SiteEngineRun run;
    // minima's own _config.yml lists no plugins; its head include needs these two (Debian packages them).
    QVERIFY(
        run.start(TestPaths::shared() + QStringLiteral("/corpus/sites/minima"), {}, [](const QString &site) {
            QFile config(site + QStringLiteral("/_config.yml"));
            QVERIFY(config.open(QIODevice::Append));
            config.write("\nplugins: [jekyll-feed, jekyll-seo-tag]\n");
        }));
    const QJsonObject ready = run.readLine();
    QVERIFY2(ready.value(QStringLiteral("event")).toString() == QStringLiteral("ready"),
             QJsonDocument(ready).toJson().constData());
    QCOMPARE(ready.value(QStringLiteral("notes")).toArray().size(), 0);
    const QString post = QStringLiteral("_posts/2016-05-20-welcome-to-jekyll.md");
    const QString frontMatter = frontMatterOf(readTestFile(run.site() + QLatin1Char('/') + post));
    const QString marker = QStringLiteral("<!--pw:content-->");
    const QJsonObject reply = run.ask(frameRequest(1, post, frontMatter, marker));
    QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), QJsonDocument(reply).toJson().constData());
    const QString html = reply.value(QStringLiteral("html")).toString();
    QCOMPARE(html.count(marker), 1);
    QVERIFY2(html.contains(QStringLiteral("<header class=\"site-header\">")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("Begin Jekyll SEO tag")));  // the allow-listed plugin ran
    QCOMPARE(reply.value(QStringLiteral("unrun")).toArray().size(), 0);
    QVERIFY(run.finish());
    QCOMPARE(run.siteChanges(), QSet<QString>());
}

void TstSiteEngineScript::unreadableSiteFailsNamingFileAndLine_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    // The line is Psych's: where the unclosed sequence opened.
    QTest::newRow("configuration") << "_config.yml"
                                   << QByteArray("title: Broken\nauthors: [one, two\nurl: x\n") << 2;
    QTest::newRow("data file") << "_data/people.yml" << QByteArray("- name: Ada\n- name: [Quill\n") << 2;
}

void TstSiteEngineScript::unreadableSiteFailsNamingFileAndLine() {
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    SiteEngineRun run;
    QVERIFY(run.start(siteFixture(QStringLiteral("themed")), {}, [&](const QString &site) {
        QVERIFY(writeTestFile(site + QLatin1Char('/') + file, text));
    }));
    const QJsonObject failed = run.readLine();
    QCOMPARE(failed.value(QStringLiteral("event")).toString(), QStringLiteral("failed"));
    const QJsonObject error = failed.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(error.value(QStringLiteral("line")).toInt(), line);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY2(run.process().waitForFinished(SiteEngineFiles::kHangGuardMs), "the engine hung after failing");
    QCOMPARE(run.process().exitCode(), 1);
    QCOMPARE(run.siteChanges(), QSet<QString>());
}

void TstSiteEngineScript::jasper2TrustedFailsNamingTheMissingGems() {
    REQUIRE_SHARED_DIR("/corpus/sites/jasper2");
    SiteEngineRun run;
    QVERIFY(run.start(TestPaths::shared() + QStringLiteral("/corpus/sites/jasper2"),
                      QStringList{QStringLiteral("--trusted")}));
    const QJsonObject failed = run.readLine();
    QCOMPARE(failed.value(QStringLiteral("event")).toString(), QStringLiteral("failed"));
    const QJsonObject error = failed.value(QStringLiteral("error")).toObject();
    QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("slugify")),
             qPrintable(error.value(QStringLiteral("message")).toString()));
    QCOMPARE(error.value(QStringLiteral("file")).toString(), QStringLiteral("Gemfile"));
    QVERIFY2(run.process().waitForFinished(SiteEngineFiles::kHangGuardMs), "the engine hung after failing");
    QCOMPARE(run.process().exitCode(), 1);
    QCOMPARE(run.siteChanges(), QSet<QString>());  // in particular no Gemfile.lock
}

void TstSiteEngineScript::jasper2SafeIsReady() {
    REQUIRE_SHARED_DIR("/corpus/sites/jasper2");
    SiteEngineRun run;
    // Safe mode never asks Bundler, so the Gemfile's missing gems do not matter; its two plugins are allowed.
    START_ENGINE(run, TestPaths::shared() + QStringLiteral("/corpus/sites/jasper2"), {});
    QCOMPARE(ready_.value(QStringLiteral("safe")), QJsonValue(true));
    const QJsonObject reply = run.ask(renderRequest(1, QStringLiteral("_posts/2030-01-01-new.md"), QString(),
                                                    QStringLiteral("{{ site.title }}")));
    QCOMPARE(reply.value(QStringLiteral("content")).toString(), QStringLiteral("Ghost"));
    QVERIFY(run.finish());
    QCOMPARE(run.siteChanges(), QSet<QString>());
}

QTEST_GUILESS_MAIN(TstSiteEngineScript)
#include "tst_siteenginescript.moc"
