// Agreement with the real Jekyll: generated and corpus sites are read by SiteReader and by Jekyll 4.3
// (tests/jekyll/site_oracle.rb); every document's kind, date, title, slug, tags, categories, draft,
// published, layout and whether Jekyll builds it must agree, and so must site.tags / site.categories.

#include "sitegenerator.h"
#include "siteoracle.h"
#include "testpaths.h"

#include <QtTest>

#include <ctime>

class TestSiteJekyllAgreement : public QObject {
    Q_OBJECT

private:
    void expectAgreement(const QString &site, const QByteArray &tz) {
        const SiteOracle::Comparison result = SiteOracle::compare(site, tz);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        for (const QString &mismatch : result.mismatches.mid(0, 40))
            qWarning().noquote() << mismatch;
        qInfo().noquote() << QStringLiteral("%1: %2 of %3 documents agree with Jekyll, %4 mismatches")
                                 .arg(site)
                                 .arg(result.agreeing)
                                 .arg(result.documents)
                                 .arg(result.mismatches.size());
        QVERIFY(result.documents > 0);
        QCOMPARE(result.mismatches.size(), 0);
    }

private slots:
    void initTestCase() {
        // The process's zone is the site's when its _config.yml sets none; Jekyll gets the same TZ.
        qputenv("TZ", "America/New_York");
        tzset();
    }

    void generatedSiteAgrees_data() {
        QTest::addColumn<int>("posts");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QString>("timezone");
        QTest::newRow("2000 posts, Europe/Berlin") << 2000 << 1u << QStringLiteral("Europe/Berlin");
        QTest::newRow("300 posts, Asia/Tokyo") << 300 << 2u << QStringLiteral("Asia/Tokyo");
        QTest::newRow("300 posts, no timezone: the process's (America/New_York)") << 300 << 3u << QString();
        QTest::newRow("300 posts, UTC") << 300 << 4u << QStringLiteral("UTC");
    }

    void generatedSiteAgrees() {
        QFETCH(int, posts);
        QFETCH(quint32, seed);
        QFETCH(QString, timezone);
        QTemporaryDir dir;
        SiteGenerator::Options options;
        options.posts = posts;
        options.seed = seed;
        options.timezone = timezone;
        options.bodyWords = 20;
        QVERIFY(SiteGenerator::write(dir.path(), options));
        expectAgreement(dir.path(), "America/New_York");
    }

    void corpusSiteAgrees_data() {
        QTest::addColumn<QString>("site");
        QTest::newRow("jasper2") << TestPaths::shared() + QStringLiteral("/corpus/sites/jasper2");
        QTest::newRow("minima") << TestPaths::shared() + QStringLiteral("/corpus/sites/minima");
    }

    void corpusSiteAgrees() {
        QFETCH(QString, site);
        QVERIFY2(QFileInfo(site).isDir(), qPrintable(site));
        expectAgreement(site, "America/New_York");
    }
};

QTEST_GUILESS_MAIN(TestSiteJekyllAgreement)
#include "tst_sitejekyllagreement.moc"
