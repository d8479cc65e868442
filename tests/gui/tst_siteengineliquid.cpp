// The preview runs a post's Liquid with the site's own Jekyll (SiteEngineBinding): what the built-in Liquid
// cannot run (assign, for, capture, include) shows as Jekyll renders it, typing stays live on top of the last
// answer, and a site's plugin runs only once the writer trusted the site.

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "post/postdocument.h"
#include "post/postfile.h"
#include "postopening.h"
#include "preview/previewbinding.h"
#include "preview/siteenginebar.h"
#include "preview/siteenginebinding.h"
#include "render/blockrenderer.h"
#include "render/renderpipeline.h"
#include "site/siteengine.h"
#include "site/sitetrust.h"
#include "siteenginerun.h"
#include "testpaths.h"
#include "tst_previewharness.h"
#include "window/appsettings.h"

using PreviewHarness::Fixture;

namespace {

// The body's blocks as the page shows them, in the plain look or inside the site's layout.
QString bodyText(Fixture &fixture) {
    return fixture.blocks().join(QLatin1Char('\n'));
}

}  // namespace

class TestSiteEngineLiquid : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_siteengineliquid"));
    }

    void liquidRunsAsJekyllRunsItAndTypingStaysLive() {
        QTemporaryDir site;
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("themed"), site.path()));
        Fixture fixture;
        PostDocument document;
        PreviewBinding binding(&fixture.view, nullptr);
        binding.setDocument(&document);
        QSignalSpy answered(binding.siteEngine(), &SiteEngineBinding::liquidAnswered);
        QVERIFY(openPost(document, site.filePath(QStringLiteral("_posts/2024-03-05-liquid-tour.md"))));
        QVERIFY(answered.wait(60000));
        QVERIFY(fixture.waitUntilDrawn());
        QVERIFY2(bodyText(fixture).contains(QLatin1String("Good evening, reader of Lantern Notes.")),
                 qPrintable(bodyText(fixture)));
        QVERIFY(bodyText(fixture).contains(QLatin1String("Colours: amber ochre umber.")));
        QVERIFY(bodyText(fixture).contains(QLatin1String("by Ada")));
        QVERIFY(binding.siteEngine()->status().isEmpty());

        // Typed text shows with the very next patch, the Liquid around it still as Jekyll ran it: that render
        // had no newer answer than the one before the edit.
        const int answers = answered.size();
        RenderPipeline *pipeline = fixture.view.pipeline();
        QByteArray firstRender;
        int answersAtFirstRender = -1;
        connect(pipeline, &RenderPipeline::patchReady, this, [&](const PreviewPatch &, quint64) {
            if (answersAtFirstRender < 0) {
                answersAtFirstRender = answered.size();
                firstRender = BlockRenderer::joined(pipeline->blocks());
            }
        });
        document.setBodyFromLf(document.bodyLf() + "\nTyped just now.\n");
        QTRY_VERIFY(answersAtFirstRender >= 0);
        QCOMPARE(answersAtFirstRender, answers);
        QVERIFY(firstRender.contains("Typed just now."));
        QVERIFY(firstRender.contains("Good evening, reader of Lantern Notes."));
        QVERIFY(fixture.waitUntilDrawn());
        QVERIFY(bodyText(fixture).contains(QLatin1String("Typed just now.")));
        QVERIFY(bodyText(fixture).contains(QLatin1String("Good evening, reader of Lantern Notes.")));

        // A front-matter edit reaches `page.*` through the site's Jekyll.
        QVERIFY(document.setScalar(QStringLiteral("title"), QStringLiteral("Renamed Tour")).ok());
        QVERIFY(answered.wait(30000));
        QVERIFY(fixture.waitUntilDrawn());
        QTRY_VERIFY(bodyText(fixture).contains(QLatin1String("Signed: RENAMED TOUR")));
    }

    void aPluginRunsOnlyForATrustedSite() {
        QTemporaryDir site;
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("plugins"), site.path()));
        SiteTrust::setTrusted(site.path(), false);
        Fixture fixture;
        PostDocument document;
        PreviewBinding binding(&fixture.view, nullptr);
        binding.setDocument(&document);
        QSignalSpy answered(binding.siteEngine(), &SiteEngineBinding::liquidAnswered);
        QVERIFY(openPost(document, site.filePath(QStringLiteral("_posts/2024-04-01-loud.md"))));
        QVERIFY(answered.wait(60000));
        QVERIFY(fixture.waitUntilDrawn());
        QVERIFY(bodyText(fixture).contains(QLatin1String("After the shout on")));
        QVERIFY(!bodyText(fixture).contains(QLatin1String("HELLO!")));
        QCOMPARE(binding.siteEngine()->unrunTags(), QStringList{QStringLiteral("shout")});
        QVERIFY2(binding.siteEngine()->status().contains(QLatin1String("shout")),
                 qPrintable(binding.siteEngine()->status()));
        QVERIFY(!QFile::exists(site.filePath(QStringLiteral("plugin-ran.txt"))));

        SiteTrust::setTrusted(site.path(), true);
        binding.siteEngine()->reconsiderTrust();
        QVERIFY(answered.wait(60000));
        QVERIFY(fixture.waitUntilDrawn());
        QTRY_VERIFY2(bodyText(fixture).contains(QLatin1String("HELLO!")), qPrintable(bodyText(fixture)));
        QVERIFY(binding.siteEngine()->status().isEmpty());
        QVERIFY(QFile::exists(site.filePath(QStringLiteral("plugin-ran.txt"))));
        SiteTrust::setTrusted(site.path(), false);
    }

    // A site with its own code asks, in a note above the preview, whether to trust it, saying what would
    // run; the answer is kept per site, the View menu's toggle revokes it, and "Not Now" puts it off.
    void theTrustQuestionIsAskedBesideThePost() {
        QTemporaryDir site;
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("plugins"), site.path()));
        SiteTrust::setTrusted(site.path(), false);
        Fixture fixture;
        PostDocument document;
        PreviewBinding binding(&fixture.view, nullptr);
        SiteEngineBar bar(binding.siteEngine());
        binding.setDocument(&document);
        QSignalSpy answered(binding.siteEngine(), &SiteEngineBinding::liquidAnswered);
        QVERIFY(openPost(document, site.filePath(QStringLiteral("_posts/2024-04-01-loud.md"))));
        QVERIFY(bar.isAskingTrust());
        QVERIFY(!bar.isHidden());
        QVERIFY2(bar.message().contains(QLatin1String("1 plugin file in _plugins")),
                 qPrintable(bar.message()));
        QVERIFY(bar.trustAction()->isEnabled());
        QVERIFY(!bar.trustAction()->isChecked());

        bar.trustButton()->click();
        QVERIFY(SiteTrust::isTrusted(site.path()));
        QVERIFY(bar.trustAction()->isChecked());
        QVERIFY(!bar.isAskingTrust());
        QVERIFY(binding.siteEngine()->engine()->options().trusted);
        QTRY_VERIFY_WITH_TIMEOUT(bar.isHidden(), 60000);

        bar.trustAction()->trigger();  // View > Trust This Site's Code, unchecked: revoked
        QVERIFY(!SiteTrust::isTrusted(site.path()));
        QVERIFY(!binding.siteEngine()->engine()->options().trusted);
        QVERIFY(bar.isAskingTrust());
        bar.notNowButton()->click();
        QVERIFY(!bar.isAskingTrust());
        QVERIFY(!SiteTrust::isTrusted(site.path()));
        // Put off, the note still says what safe mode did not run, with the way to trust the site.
        QTRY_VERIFY_WITH_TIMEOUT(bar.message().contains(QLatin1String("shout")), 60000);
        QVERIFY(!bar.trustButton()->isHidden());
    }

    // Edit > Preferences revokes trust through AppSettings: the open site's engine restarts in safe mode and
    // the View menu's toggle follows.
    void trustRevokedInPreferencesRestartsTheEngine() {
        QTemporaryDir site;
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("plugins"), site.path()));
        SiteTrust::setTrusted(site.path(), true);
        Fixture fixture;
        PostDocument document;
        PreviewBinding binding(&fixture.view, nullptr);
        SiteEngineBar bar(binding.siteEngine());
        binding.setDocument(&document);
        QVERIFY(openPost(document, site.filePath(QStringLiteral("_posts/2024-04-01-loud.md"))));
        QVERIFY(binding.siteEngine()->engine()->options().trusted);
        QVERIFY(bar.trustAction()->isChecked());

        AppSettings::setSiteTrusted(site.path(), false);
        QVERIFY(!binding.siteEngine()->engine()->options().trusted);
        QVERIFY(!bar.trustAction()->isChecked());
        QVERIFY(bar.isAskingTrust());
        SiteTrust::setTrusted(site.path(), false);
    }

    // A Liquid error (a tag half typed) keeps what the preview showed and says why in one line.
    void aLiquidErrorIsSaidAndLosesNothing() {
        QTemporaryDir site;
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("themed"), site.path()));
        Fixture fixture;
        PostDocument document;
        PreviewBinding binding(&fixture.view, nullptr);
        binding.setDocument(&document);
        QSignalSpy answered(binding.siteEngine(), &SiteEngineBinding::liquidAnswered);
        QVERIFY(openPost(document, site.filePath(QStringLiteral("_posts/2024-03-05-liquid-tour.md"))));
        QVERIFY(answered.wait(60000));
        document.setBodyFromLf(document.bodyLf() + "\n{% if %}\n");
        QVERIFY(answered.wait(30000));
        QVERIFY2(binding.siteEngine()->status().contains(QLatin1String("Liquid syntax error")),
                 qPrintable(binding.siteEngine()->status()));
        QVERIFY(fixture.waitUntilDrawn());
        QVERIFY(bodyText(fixture).contains(QLatin1String("Good evening, reader of Lantern Notes.")));
    }
};

QTEST_MAIN(TestSiteEngineLiquid)
#include "tst_siteengineliquid.moc"
