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

    void kinds_data() {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("collection");
        QTest::addColumn<bool>("passes");
        using Kind = PostFilter::Kind;
        const int post = int(Kind::Post);
        const int draft = int(Kind::Draft);
        const int page = int(Kind::Page);
        const int document = int(Kind::Document);
        QTest::newRow("kind:post takes a post") << "kind:post" << post << "posts" << true;
        QTest::newRow("kind:post leaves a draft out") << "kind:post" << draft << "posts" << false;
        QTest::newRow("kind:draft takes a draft") << "kind:draft" << draft << "posts" << true;
        QTest::newRow("kind:page takes a page") << "kind:page" << page << "" << true;
        QTest::newRow("kind:page leaves a post out") << "kind:page" << post << "posts" << false;
        QTest::newRow("a plural is the same kind") << "kind:pages" << page << "" << true;
        QTest::newRow("a collection's label takes its documents")
            << "kind:recipes" << document << "recipes" << true;
        QTest::newRow("a collection's label in any case") << "kind:Recipes" << document << "recipes" << true;
        QTest::newRow("a collection's label leaves another collection out")
            << "kind:recipes" << document << "authors" << false;
        QTest::newRow("a collection's label leaves pages out") << "kind:recipes" << page << "" << false;
        QTest::newRow("negated kind leaves it out") << "-kind:page" << page << "" << false;
        QTest::newRow("negated kind takes the others") << "-kind:page" << post << "posts" << true;
        QTest::newRow("kinds are alternatives") << "kind:page kind:draft" << draft << "posts" << true;
    }
    void kinds() {
        QFETCH(QString, filter);
        QFETCH(int, kind);
        QFETCH(QString, collection);
        QFETCH(bool, passes);
        const QStringList collections{"recipes", "authors"};
        QString problem;
        const PostFilter f = PostFilter::parse(filter, &problem, collections);
        QCOMPARE(problem, QString());
        const QString name = PostFilter::kindName(PostFilter::Kind(kind), collection);
        QCOMPARE(f.matchesTerms({}, {}, Status::Published, 2020, name), passes);
    }

    // A site may name a collection `pages`: kind:pages is that collection there, not the pages.
    void aCollectionNameWinsOverABuiltInKind() {
        const PostFilter f = PostFilter::parse("kind:pages", nullptr, {"pages"});
        QVERIFY(f.matchesTerms({}, {}, Status::Published, 2020, "pages"));
        QVERIFY(!f.matchesTerms({}, {}, Status::Published, 2020, "page"));
    }

    void kindProblemNamesTheKinds_data() {
        QTest::addColumn<QStringList>("collections");
        QTest::addColumn<QStringList>("named");
        QTest::newRow("without collections")
            << QStringList() << QStringList{"'widget'", "post", "draft", "page"};
        QTest::newRow("with the site's collections")
            << QStringList{"recipes", "authors"} << QStringList{"'widget'", "page", "recipes", "authors"};
    }
    void kindProblemNamesTheKinds() {
        QFETCH(QStringList, collections);
        QFETCH(QStringList, named);
        QString problem;
        const PostFilter f = PostFilter::parse("kind:widget tag:a", &problem, collections);
        for (const QString &word : named)
            QVERIFY2(problem.contains(word), qPrintable(problem));
        QVERIFY(!f.hasKindTerms());
        // The rest still applies.
        QVERIFY(f.matchesTerms({"a"}, {}, Status::Published, 2000, "page"));
        QVERIFY(!f.matchesTerms({"b"}, {}, Status::Published, 2000, "page"));
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
        QTest::newRow("a kind") << "kind:page" << true;
        QTest::newRow("a kind still being typed") << "kind:" << false;
        QTest::newRow("an unknown kind") << "kind:recipe" << false;
    }
    void hasTerms() {
        QFETCH(QString, filter);
        QFETCH(bool, hasTerms);
        QCOMPARE(PostFilter::parse(filter).hasTerms(), hasTerms);
    }
};

QTEST_GUILESS_MAIN(TestPostFilter)
#include "tst_postfilter.moc"
