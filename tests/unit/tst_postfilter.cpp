#include <QtTest>

#include "site/postfilter.h"

using Status = PostFilter::Status;

class TestPostFilter : public QObject {
    Q_OBJECT

private slots:
    void terms_data() {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("passes");
        const QStringList tags{"jekyll", "machine learning"};
        const QStringList cats{"news"};
        const int published = int(Status::Published);
        QTest::newRow("empty passes") << "" << tags << cats << published << 2018 << true;
        QTest::newRow("tag present") << "tag:jekyll" << tags << cats << published << 2018 << true;
        QTest::newRow("tag any case") << "tag:Jekyll" << tags << cats << published << 2018 << true;
        QTest::newRow("tag absent") << "tag:ruby" << tags << cats << published << 2018 << false;
        QTest::newRow("quoted tag with a space")
            << "tag:\"machine learning\"" << tags << cats << published << 2018 << true;
        QTest::newRow("tags of one kind are alternatives")
            << "tag:ruby tag:jekyll" << tags << cats << published << 2018 << true;
        QTest::newRow("kinds must all hold")
            << "tag:jekyll category:misc" << tags << cats << published << 2018 << false;
        QTest::newRow("negated tag") << "-tag:jekyll" << tags << cats << published << 2018 << false;
        QTest::newRow("status draft") << "status:draft" << tags << cats << int(Status::Draft) << 2018 << true;
        QTest::newRow("status future is scheduled")
            << "status:future" << tags << cats << int(Status::Scheduled) << 2030 << true;
        QTest::newRow("status mismatch") << "status:draft" << tags << cats << published << 2018 << false;
        QTest::newRow("year") << "year:2018" << tags << cats << published << 2018 << true;
        QTest::newRow("other year") << "year:2019" << tags << cats << published << 2018 << false;
        QTest::newRow("a term still being typed is ignored")
            << "tag:" << tags << cats << published << 2018 << true;
    }
    void terms() {
        QFETCH(QString, filter);
        QFETCH(QStringList, tags);
        QFETCH(QStringList, categories);
        QFETCH(int, status);
        QFETCH(int, year);
        QFETCH(bool, passes);
        QCOMPARE(PostFilter::parse(filter).matchesTerms(tags, categories, Status(status), year), passes);
    }

    void words() {
        const PostFilter f = PostFilter::parse("Café  MOOC key:value");
        QCOMPARE(f.words(), (QStringList{"cafe", "mooc", "key:value"}));  // unknown keys are words
        QVERIFY(f.matchesTitle("Un MOOC au café — key:value"));
        QVERIFY(!f.matchesTitle("Un MOOC"));
        QVERIFY(!f.isEmpty());
        QVERIFY(!f.hasTerms());
        QVERIFY(PostFilter::parse("  ").isEmpty());
    }

    void problemsNamed() {
        QString problem;
        const PostFilter f = PostFilter::parse("status:maybe year:20x tag:a", &problem);
        QVERIFY(problem.contains("maybe"));
        QVERIFY(problem.contains("20x"));
        // The rest still applies.
        QVERIFY(f.matchesTerms({"a"}, {}, Status::Published, 2000));
        QVERIFY(!f.matchesTerms({"b"}, {}, Status::Published, 2000));
    }

    void hasTerms_data() {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("hasTerms");
        QTest::newRow("words only") << "machine learning" << false;
        QTest::newRow("a term still being typed") << "mach tag:" << false;
        QTest::newRow("an unusable term") << "status:maybe" << false;
        QTest::newRow("a tag") << "mach tag:jekyll" << true;
        QTest::newRow("a negated category") << "-category:news" << true;
        QTest::newRow("a year") << "year:2019" << true;
    }
    void hasTerms() {
        QFETCH(QString, filter);
        QFETCH(bool, hasTerms);
        QCOMPARE(PostFilter::parse(filter).hasTerms(), hasTerms);
    }
};

QTEST_GUILESS_MAIN(TestPostFilter)
#include "tst_postfilter.moc"
