// SiteEngine runs the site's own Jekyll as a helper process and never lets the caller wait on it for ever:
// requests wait for the site to be read and are answered in order; a site that takes too long to read or a
// request that takes too long fails with a reason, and later requests get that reason at once.
#include "site/siteengine.h"
#include "site/siteenginerequests.h"
#include "site/siteengines.h"
#include "siteenginerun.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

SiteEngine::Options optionsFor(const QString &root, const QString &cache) {
    SiteEngine::Options options;
    options.siteRoot = root;
    options.cacheDir = cache;
    options.trusted = true;  // the slow site's plugin is what slows it
    return options;
}

}  // namespace

class TestSiteEngine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void requestsWaitForTheSiteAndAreAnsweredInOrder() {
        QTemporaryDir site;
        QTemporaryDir cache;
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("themed"), site.path()));
        SiteEngine::Options options = optionsFor(site.path(), cache.path());
        options.trusted = false;
        SiteEngine engine(options);
        QSignalSpy ready(&engine, &SiteEngine::ready);
        QStringList answers;
        const QByteArray body = "{{ site.title }} / {{ page.title }}";
        const QVector<LiquidSegment> segments = LiquidSegments::split(body);
        for (const char *title : {"One", "Two"}) {
            engine.send(
                SiteEngineRequests::render(QStringLiteral("_posts/2024-05-01-x.md"),
                                           QByteArray("title: ") + title + '\n', body, segments),
                this, [&answers, body, segments](const Result<QJsonObject> &answer) {
                    answers.append(answer ? QString::fromUtf8(
                                                SiteEngineRequests::expansion(answer.value(), body, segments)
                                                    ->expand(body, LiquidContext(), nullptr)
                                                    .text)
                                          : answer.error());
                });
        }
        QCOMPARE(engine.state(), SiteEngine::State::Starting);
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 60000);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(answers,
                 (QStringList{QStringLiteral("Lantern Notes / One"), QStringLiteral("Lantern Notes / Two")}));
        QVERIFY(engine.jekyllVersion().startsWith(QLatin1String("4.")));
    }

    void anErrorNamesTheFileAndLine() {
        QTemporaryDir site;
        QTemporaryDir cache;
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("themed"), site.path()));
        SiteEngine engine(optionsFor(site.path(), cache.path()));
        const QByteArray body = "a\n{% include no-such-include.html %}\n";
        const Result<QJsonObject> answer = engine.sendAndWait(SiteEngineRequests::render(
            QStringLiteral("_posts/2024-05-01-x.md"), "title: X\n", body, LiquidSegments::split(body)));
        QVERIFY(!answer);
        QVERIFY2(answer.error().contains(QLatin1String("no-such-include.html")), qPrintable(answer.error()));
        QCOMPARE(engine.state(), SiteEngine::State::Ready);  // one bad request does not stop the engine
    }

    void aSiteThatReadsForEverFails() {
        QTemporaryDir site;
        QTemporaryDir cache;
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("slow"), site.path()));
        qputenv("POSTWRIGHT_TEST_SLOW_READ", "1");
        SiteEngine::Options options = optionsFor(site.path(), cache.path());
        options.startTimeoutMs = 2000;
        SiteEngine engine(options);
        QSignalSpy failed(&engine, &SiteEngine::failed);
        const Result<QJsonObject> answer = engine.sendAndWait(SiteEngineRequests::assets());
        qunsetenv("POSTWRIGHT_TEST_SLOW_READ");
        QVERIFY(!answer);
        QCOMPARE(engine.state(), SiteEngine::State::Failed);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(answer.error().contains(QLatin1String("did not finish reading the site")),
                 qPrintable(answer.error()));
        // Later requests get the reason at once.
        const Result<QJsonObject> again = engine.sendAndWait(SiteEngineRequests::assets());
        QCOMPARE(again.error(), answer.error());
    }

    void aRequestThatTakesTooLongFails() {
        QTemporaryDir site;
        QTemporaryDir cache;
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("slow"), site.path()));
        SiteEngine::Options options = optionsFor(site.path(), cache.path());
        options.requestTimeoutMs = 1000;
        SiteEngine engine(options);
        const QByteArray body = "Before {% nap %} after.";
        const Result<QJsonObject> answer = engine.sendAndWait(SiteEngineRequests::render(
            QStringLiteral("_posts/2024-01-01-nap.md"), "title: Nap\n", body, LiquidSegments::split(body)));
        QVERIFY(!answer);
        QVERIFY2(answer.error().contains(QLatin1String("did not answer within 1 s")),
                 qPrintable(answer.error()));
        QCOMPARE(engine.state(), SiteEngine::State::Failed);
        // restart() forgets the failure: the engine reads the site afresh.
        engine.restart();
        QCOMPARE(engine.state(), SiteEngine::State::Idle);
        const Result<QJsonObject> assets = engine.sendAndWait(SiteEngineRequests::assets());
        QVERIFY2(assets, qPrintable(assets.error()));
    }

    void aSiteThatCannotBuildFailsWithTheReason() {
        REQUIRE_SHARED_DIR("/corpus/sites/jasper2");
        QTemporaryDir site;
        QTemporaryDir cache;
        QVERIFY(SiteEngineFiles::copyTree(TestPaths::shared() + QStringLiteral("/corpus/sites/jasper2"),
                                          site.path()));
        SiteEngine engine(optionsFor(site.path(), cache.path()));
        QSignalSpy failed(&engine, &SiteEngine::failed);
        const Result<QJsonObject> answer = engine.sendAndWait(SiteEngineRequests::assets());
        QVERIFY(!answer);
        QCOMPARE(failed.size(), 1);
        // jasper2's Gemfile wants gems Debian does not have: the reason names one.
        QVERIFY2(answer.error().contains(QLatin1String("jekyll")) ||
                     answer.error().contains(QLatin1String("slugify")) ||
                     answer.error().contains(QLatin1String("github-pages")),
                 qPrintable(answer.error()));
    }

    // A site's configuration edited on disk is read again: the next answer has the new title.
    void followsTheSitesChanges() {
        QTemporaryDir site;
        QTemporaryDir cache;
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("themed"), site.path()));
        SiteEngine::Options options = optionsFor(site.path(), cache.path());
        options.followSiteChanges = true;
        SiteEngine engine(options);
        QSignalSpy changed(&engine, &SiteEngine::siteChanged);
        const QByteArray body = "{{ site.title }}";
        const auto title = [&] {
            const Result<QJsonObject> answer = engine.sendAndWait(SiteEngineRequests::render(
                QStringLiteral("_posts/2024-05-01-x.md"), "title: X\n", body, LiquidSegments::split(body)));
            return answer ? answer->value(QLatin1String("content")).toString() : answer.error();
        };
        QCOMPARE(title(), QStringLiteral("Lantern Notes"));
        QFile config(site.filePath(QStringLiteral("_config.yml")));
        QVERIFY(config.open(QIODevice::Append));
        config.write("title: Candle Notes\n");
        config.close();
        QVERIFY(changed.wait(10000));
        QCOMPARE(title(), QStringLiteral("Candle Notes"));
    }

    // A trusted site's plugins in a folder of its own naming load as `jekyll build` in the site loads them,
    // though the engine runs in its cache folder.
    void aTrustedSitesPluginsDirIsTheSites() {
        QTemporaryDir site;
        QTemporaryDir cache;
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("plugins"), site.path()));
        QVERIFY(QDir(site.path()).rename(QStringLiteral("_plugins"), QStringLiteral("lib")));
        QFile config(site.filePath(QStringLiteral("_config.yml")));
        QVERIFY(config.open(QIODevice::Append));
        config.write("plugins_dir: lib\n");
        config.close();
        SiteEngine engine(optionsFor(site.path(), cache.path()));
        const QByteArray body = "{% shout hi %}";
        const Result<QJsonObject> answer = engine.sendAndWait(SiteEngineRequests::render(
            QStringLiteral("_posts/2024-04-01-loud.md"), "title: Loud\n", body, LiquidSegments::split(body)));
        QVERIFY2(answer, qPrintable(answer.error()));
        QCOMPARE(answer->value(QLatin1String("content")).toString(), QStringLiteral("HI!"));
    }

    void oneEnginePerSiteWhileHeld() {
        QTemporaryDir site;
        SiteEngine::Options options;
        options.siteRoot = site.path();
        std::shared_ptr<SiteEngine> first = SiteEngines::acquire(options);
        options.siteRoot = site.path() + QStringLiteral("/.");
        QCOMPARE(SiteEngines::acquire(options), first);
        options.trusted = true;
        QVERIFY(SiteEngines::acquire(options) != first);
        // Let go by everyone, the engine is gone: the next holder gets a new one.
        const std::weak_ptr<SiteEngine> weak = first;
        first.reset();
        QVERIFY(weak.expired());
    }
};

QTEST_GUILESS_MAIN(TestSiteEngine)
#include "tst_siteengine.moc"
