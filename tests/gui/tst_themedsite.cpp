// End to end, the themed preview of a trusted site: the post wears the site's own layout and its Sass
// compiled by the site's Jekyll (computed styles read in the page), Liquid from the site's `_plugins/` tag
// runs, and typed text lands inside the layout's content element. Not trusted, the plugin never runs.

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "post/postdocument.h"
#include "post/postfile.h"
#include "preview/previewbinding.h"
#include "preview/siteenginebinding.h"
#include "preview/siteframebinding.h"
#include "site/sitetrust.h"
#include "postopening.h"
#include "siteenginerun.h"
#include "testpaths.h"
#include "tst_previewharness.h"

using PreviewHarness::Fixture;

namespace {

// The themed test site with the plugins site's `_plugins/` and a post that uses its tag.
bool writeSite(const QString &root) {
    if (!SiteEngineFiles::copyFixtureSite(QStringLiteral("themed"), root) ||
        !SiteEngineFiles::copyTree(TestPaths::data() + QStringLiteral("/sites/plugins/_plugins"),
                                   root + QStringLiteral("/_plugins")))
        return false;
    QFile post(root + QStringLiteral("/_posts/2024-06-01-loud-and-themed.md"));
    return post.open(QIODevice::WriteOnly) &&
           post.write(
               "---\nlayout: post\ntitle: Loud and Themed\ntags: [lamps]\n---\n"
               "A first paragraph.\n\n{% shout lantern %}\n\nA last paragraph.\n") > 0;
}

}  // namespace

class TestThemedSite : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_themedsite"));
    }

    void aTrustedSiteShowsAsPublished() {
        QTemporaryDir site;
        QVERIFY(writeSite(site.path()));
        SiteTrust::setTrusted(site.path(), true);
        Fixture fixture;
        PostDocument document;
        PreviewBinding binding(&fixture.view, nullptr);
        QVERIFY(binding.siteFrame()->siteStyleAction()->isChecked());
        binding.setDocument(&document);
        QSignalSpy framed(binding.siteFrame(), &SiteFrameBinding::frameAnswered);
        QSignalSpy answered(binding.siteEngine(), &SiteEngineBinding::liquidAnswered);
        QVERIFY(openPost(
            document, site.filePath(QStringLiteral("_posts/2024-06-01-loud-and-themed.md"))));
        QVERIFY(framed.wait(60000));
        QVERIFY(answered.count() > 0 || answered.wait(30000));
        QVERIFY(fixture.waitUntilDrawn());
        QTRY_VERIFY(fixture.view.hasFrame());

        // The layout's elements, with the front matter as the layout prints it.
        QTRY_COMPARE(fixture
                         .js(QStringLiteral("document.querySelector('.site-header a') ? "
                                            "document.querySelector('.site-header a').textContent : ''"))
                         .toString(),
                     QStringLiteral("Lantern Notes"));
        QCOMPARE(fixture.js(QStringLiteral("document.querySelector('h1.post-title').textContent")).toString(),
                 QStringLiteral("Loud and Themed"));
        // The site's Sass, compiled by its Jekyll, applies to the body's paragraphs inside the layout.
        QTRY_COMPARE(
            fixture.js(QStringLiteral("getComputedStyle(document.querySelector('.post-content p')).color"))
                .toString(),
            QStringLiteral("rgb(123, 45, 38)"));
        // The plugin's tag ran.
        QTRY_VERIFY(fixture.js(QStringLiteral("document.querySelector('.post-content').textContent"))
                        .toString()
                        .contains(QLatin1String("LANTERN!")));

        // Typed text shows inside the layout's content element.
        document.setBodyFromLf(document.bodyLf() + "\nTyped in the themed preview.\n");
        QVERIFY(fixture.waitUntilDrawn());
        QVERIFY(fixture.js(QStringLiteral("document.querySelector('.post-content').textContent"))
                    .toString()
                    .contains(QLatin1String("Typed in the themed preview.")));

        // A field edit reaches the frame: the layout prints the new title, the body's nodes stay.
        fixture.js(QStringLiteral("document.querySelector('.post-content p').pwMark = 1; true"));
        QVERIFY(document.setScalar(QStringLiteral("title"), QStringLiteral("Quiet and Themed")).ok());
        QVERIFY(framed.wait(30000));
        QTRY_COMPARE(
            fixture.js(QStringLiteral("document.querySelector('h1.post-title').textContent")).toString(),
            QStringLiteral("Quiet and Themed"));
        QCOMPARE(
            fixture.js(QStringLiteral("document.querySelector('.post-content p').pwMark === 1")).toBool(),
            true);

        // View > Site Style off: the plain preview, one click away.
        binding.siteFrame()->siteStyleAction()->trigger();
        QTRY_VERIFY(!fixture.view.hasFrame());
        QTRY_VERIFY(fixture.js(QStringLiteral("document.querySelector('.site-header') === null")).toBool());
        binding.siteFrame()->siteStyleAction()->trigger();
        QVERIFY(framed.wait(30000));
        QTRY_VERIFY(fixture.view.hasFrame());
        SiteTrust::setTrusted(site.path(), false);
    }

    void anUntrustedSitesPluginNeverRuns() {
        QTemporaryDir site;
        QVERIFY(writeSite(site.path()));
        SiteTrust::setTrusted(site.path(), false);
        Fixture fixture;
        PostDocument document;
        PreviewBinding binding(&fixture.view, nullptr);
        binding.setDocument(&document);
        QSignalSpy framed(binding.siteFrame(), &SiteFrameBinding::frameAnswered);
        QVERIFY(openPost(
            document, site.filePath(QStringLiteral("_posts/2024-06-01-loud-and-themed.md"))));
        QVERIFY(framed.wait(60000));
        QVERIFY(fixture.waitUntilDrawn());
        QTRY_VERIFY(fixture.view.hasFrame());  // layouts and Sass are data: safe mode renders them
        QTRY_COMPARE(
            fixture.js(QStringLiteral("getComputedStyle(document.querySelector('.post-content p')).color"))
                .toString(),
            QStringLiteral("rgb(123, 45, 38)"));
        QTRY_COMPARE(binding.siteEngine()->unrunTags(), QStringList{QStringLiteral("shout")});
        QVERIFY(!fixture.js(QStringLiteral("document.body.textContent"))
                     .toString()
                     .contains(QLatin1String("LANTERN!")));
        QVERIFY(!QFile::exists(site.filePath(QStringLiteral("plugin-ran.txt"))));
    }
};

QTEST_MAIN(TestThemedSite)
#include "tst_themedsite.moc"
