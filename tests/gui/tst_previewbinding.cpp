// The preview follows the document, not the window (PreviewBinding): each body edit and front-matter change
// reaches the page, and a hidden preview does no work: nothing is rendered while it is hidden, and when it
// shows again it gets the current body once. Liquid runs with the post's site and front matter.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "post/postdocument.h"
#include "preview/previewbinding.h"
#include "testfiles.h"
#include "tst_previewharness.h"

using PreviewHarness::Fixture;

namespace {

const QByteArray kPost = "---\ntitle: First title\n---\nThe first body.\n";

QString pageText(Fixture &fixture, const QString &id) {
    return fixture.js(QStringLiteral("document.getElementById('%1').textContent").arg(id)).toString();
}

}  // namespace

class TestPreviewBinding : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_previewbinding"));
    }

    void editsReachThePage() {
        Fixture fixture;
        PostDocument document;
        PreviewBinding binding(&fixture.view, nullptr);
        binding.setDocument(&document);
        document.reset(Post::fromText(kPost), QStringLiteral("/nonexistent/2024-01-01-post.md"));
        QVERIFY(fixture.waitUntilDrawn());
        QVERIFY(pageText(fixture, QStringLiteral("pw-body")).contains(QLatin1String("The first body.")));
        QTRY_COMPARE(pageText(fixture, QStringLiteral("pw-title")), QStringLiteral("First title"));

        document.setBodyFromLf("An edited body.\n");
        QVERIFY(fixture.waitUntilDrawn());
        QVERIFY(pageText(fixture, QStringLiteral("pw-body")).contains(QLatin1String("An edited body.")));
        QVERIFY(document.setScalar(QStringLiteral("title"), QStringLiteral("Second title")).ok());
        QTRY_COMPARE(pageText(fixture, QStringLiteral("pw-title")), QStringLiteral("Second title"));
    }

    void hiddenPreviewRendersNothingAndCatchesUpOnceWhenShown() {
        Fixture fixture;
        PostDocument document;
        PreviewBinding binding(&fixture.view, nullptr);
        binding.setDocument(&document);
        document.reset(Post::fromText(kPost), QStringLiteral("/nonexistent/2024-01-01-post.md"));
        QVERIFY(fixture.waitUntilDrawn());
        const RenderPipeline *pipeline = fixture.view.pipeline();
        const quint64 before = pipeline->requestedGeneration();

        fixture.view.hide();
        for (const QByteArray &body :
             {QByteArray("T\n"), QByteArray("Ty\n"), QByteArray("Typed while hidden.\n")})
            document.setBodyFromLf(body);
        QVERIFY(document.setScalar(QStringLiteral("title"), QStringLiteral("Hidden title")).ok());
        QCOMPARE(pipeline->requestedGeneration(), before);  // no render asked for

        fixture.view.show();
        QCOMPARE(pipeline->requestedGeneration(), before + 1);  // the current body, once
        QVERIFY(fixture.waitUntilDrawn());
        QVERIFY(pageText(fixture, QStringLiteral("pw-body")).contains(QLatin1String("Typed while hidden.")));
        QTRY_COMPARE(pageText(fixture, QStringLiteral("pw-title")), QStringLiteral("Hidden title"));

        fixture.view.hide();
        fixture.view.show();  // nothing changed meanwhile: nothing to render
        QCOMPARE(pipeline->requestedGeneration(), before + 1);
    }

    void postOpenedWhileHiddenIsShownWhenThePreviewIs() {
        Fixture fixture;
        fixture.view.hide();
        PostDocument document;
        PreviewBinding binding(&fixture.view, nullptr);
        binding.setDocument(&document);
        document.reset(Post::fromText("---\ntitle: Opened hidden\n---\nOpened while hidden.\n"),
                       QStringLiteral("/nonexistent/2024-01-01-post.md"));
        QCOMPARE(fixture.view.pipeline()->requestedGeneration(), quint64(0));
        fixture.view.show();
        QVERIFY(fixture.waitUntilDrawn());
        QVERIFY(pageText(fixture, QStringLiteral("pw-body")).contains(QLatin1String("Opened while hidden.")));
        QTRY_COMPARE(pageText(fixture, QStringLiteral("pw-title")), QStringLiteral("Opened hidden"));
    }

    // The preview renders the body in the Markdown of the post's site: plain GFM on a jekyll-commonmark site,
    // kramdown's typography for a post in no site (what Jekyll's default would print).
    void previewUsesTheDialectOfThePostsSite_data() {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("shown");
        QTest::newRow("CommonMarkGhPages site")
            << QByteArray("markdown: CommonMarkGhPages\n") << QStringLiteral("\"Hi\" -- there");
        QTest::newRow("no site") << QByteArray() << QStringLiteral("\u201cHi\u201d \u2013 there");
    }
    void previewUsesTheDialectOfThePostsSite() {
        QFETCH(QByteArray, config);
        QTemporaryDir site;
        QVERIFY(site.isValid());
        if (!config.isEmpty()) {
            QFile file(site.filePath(QStringLiteral("_config.yml")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(config);
        }
        Fixture fixture;
        PostDocument document;
        PreviewBinding binding(&fixture.view, nullptr);
        binding.setDocument(&document);
        document.reset(Post::fromText("---\ntitle: T\n---\n\"Hi\" -- there\n"),
                       site.filePath(QStringLiteral("_posts/2024-01-01-post.md")));
        QVERIFY(fixture.waitUntilDrawn());
        QTEST(pageText(fixture, QStringLiteral("pw-body")).trimmed(), "shown");
    }

    // Editing `_config.yml` while the post is open changes the dialect the preview renders in, at once and
    // without an edit of the body; a change of another setting renders nothing again.
    void dialectFollowsAChangeOfTheSiteConfig() {
        QTemporaryDir site;
        QVERIFY(site.isValid());
        const QString config = site.filePath(QStringLiteral("_config.yml"));
        QVERIFY(writeTestFile(config, "title: Blog\n"));
        Fixture fixture;
        PostDocument document;
        PreviewBinding binding(&fixture.view, nullptr);
        binding.setDocument(&document);
        document.reset(Post::fromText("---\ntitle: T\n---\n\"Hi\" -- there\n"),
                       site.filePath(QStringLiteral("_posts/2024-01-01-post.md")));
        QVERIFY(fixture.waitUntilDrawn());
        QCOMPARE(pageText(fixture, QStringLiteral("pw-body")).trimmed(),
                 QStringLiteral("\u201cHi\u201d \u2013 there"));

        QVERIFY(writeTestFile(config, "title: Blog\nmarkdown: CommonMarkGhPages\n"));
        QTRY_COMPARE_WITH_TIMEOUT(pageText(fixture, QStringLiteral("pw-body")).trimmed(),
                                  QStringLiteral("\"Hi\" -- there"), PreviewHarness::kTimeout);
        QVERIFY(fixture.waitUntilDrawn());
        const quint64 rendered = fixture.view.pipeline()->requestedGeneration();

        QVERIFY(writeTestFile(config, "title: Another blog\nmarkdown: CommonMarkGhPages\n"));
        QTest::qWait(1000);  // the watcher's settle delay and more
        QCOMPARE(fixture.view.pipeline()->requestedGeneration(), rendered);
    }

    // Liquid runs with the post's site and front matter (issue #10's fallback): `site.*` from _config.yml,
    // `page.*` following the front matter as it is edited, post_url from the site's documents once its index
    // has read them.
    void previewRunsLiquidInThePostsSite() {
        QTemporaryDir site;
        QVERIFY(site.isValid());
        for (const auto &[name, text] :
             {std::pair<const char *, QByteArray>{"_config.yml", "title: My Site\nbaseurl: /blog\n"},
              {"_posts/2010-07-21-other.md", "---\ntitle: Other\n---\nOther.\n"}}) {
            QDir().mkpath(QFileInfo(site.filePath(QLatin1String(name))).absolutePath());
            QFile file(site.filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        Fixture fixture;
        PostDocument document;
        PreviewBinding binding(&fixture.view, nullptr);
        binding.setDocument(&document);
        document.reset(Post::fromText("---\ntitle: T\n---\n{{ site.title }} / {{ page.title }} / "
                                      "[o]({% post_url 2010-07-21-other %})\n"),
                       site.filePath(QStringLiteral("_posts/2024-01-01-post.md")));
        QVERIFY(fixture.waitUntilDrawn());
        QTRY_COMPARE(pageText(fixture, QStringLiteral("pw-body")).trimmed(),
                     QStringLiteral("My Site / T / o"));
        // Rooted at the site folder, as the preview serves it (no baseurl).
        QTRY_COMPARE(fixture.js(QStringLiteral("document.querySelector('#pw-body a').getAttribute('href')"))
                         .toString(),
                     QStringLiteral("/2010/07/21/other.html"));
        QVERIFY(document.setScalar(QStringLiteral("title"), QStringLiteral("Renamed")).ok());
        QTRY_COMPARE(pageText(fixture, QStringLiteral("pw-body")).trimmed(),
                     QStringLiteral("My Site / Renamed / o"));
    }
};

PREVIEW_TEST_MAIN(TestPreviewBinding)
#include "tst_previewbinding.moc"
