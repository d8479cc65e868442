// The status bar's reading time (post/readingtime): the themes' rule (up to words_per_minute words is one
// minute, more is the words divided by it, rounded down) and the site's `words_per_minute`, else 200.

#include <QtTest>

#include "post/readingtime.h"
#include "site/siteconfig.h"

class TestReadingTime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void minutes_data() {
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("minutes");
        QTest::newRow("no words, no minutes") << 0 << 200 << 0;
        QTest::newRow("a few words read in a minute") << 12 << 200 << 1;
        QTest::newRow("exactly the rate is one minute") << 200 << 200 << 1;
        QTest::newRow("rounded down as divided_by does") << 999 << 200 << 4;
        QTest::newRow("another rate") << 1000 << 250 << 4;
        QTest::newRow("a rate of zero is the default") << 1000 << 0 << 5;
    }
    void minutes() {
        QFETCH(int, words);
        QFETCH(int, rate);
        QFETCH(int, minutes);
        QCOMPARE(ReadingTime::minutes(words, rate), minutes);
    }

    void siteRate_data() {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<int>("rate");
        QTest::newRow("no setting") << QByteArray("title: x\n") << 200;
        QTest::newRow("a number") << QByteArray("words_per_minute: 250\n") << 250;
        QTest::newRow("a quoted number") << QByteArray("words_per_minute: '180'\n") << 180;
        QTest::newRow("nil is the default") << QByteArray("words_per_minute:\n") << 200;
        QTest::newRow("zero is the default") << QByteArray("words_per_minute: 0\n") << 200;
        QTest::newRow("text is the default") << QByteArray("words_per_minute: fast\n") << 200;
    }
    void siteRate() {
        QFETCH(QByteArray, config);
        QFETCH(int, rate);
        const Result<SiteConfig> parsed = SiteConfig::fromText(config, QStringLiteral("_config.yml"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(ReadingTime::wordsPerMinute(parsed->settings()), rate);
    }

    void siteRateFromTheSiteFolder() {
        QTemporaryDir site;
        QFile config(site.filePath(QStringLiteral("_config.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("words_per_minute: 300\n");
        config.close();
        QCOMPARE(ReadingTime::wordsPerMinuteOfSite(site.path()), 300);
        QCOMPARE(ReadingTime::wordsPerMinuteOfSite(QString()), 200);
    }
};

QTEST_GUILESS_MAIN(TestReadingTime)
#include "tst_readingtime.moc"
