#include <QtTest>

#include "site/quickopenranker.h"

namespace {

PostSummary post(const QString &title, const QString &date) {
    PostSummary p;
    p.title = title;
    p.path = QStringLiteral("/site/_posts/") + title;
    p.date = QDateTime::fromString(date, Qt::ISODate);
    return p;
}

QStringList titlesOf(const QVector<QuickOpenRanker::Hit> &hits, const QVector<PostSummary> &posts) {
    QStringList out;
    for (const QuickOpenRanker::Hit &hit : hits)
        out << posts.at(hit.index).title;
    return out;
}

}  // namespace

class TestQuickOpenRanker : public QObject {
    Q_OBJECT

private slots:
    void ranking_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QStringList>("expected");
        const QStringList titles{"Machine learning notes", "Make a cake", "Jekyll themes", "Macro machines"};
        QTest::newRow("word starts rank first")
            << "mn" << titles << QStringList{"Machine learning notes", "Macro machines"};
        QTest::newRow("non-matches left out") << "jek" << titles << QStringList{"Jekyll themes"};
        QTest::newRow("accents and case ignored")
            << "CAFE" << QStringList{"Un café", "Cafeteria"} << QStringList{"Cafeteria", "Un café"};
        QTest::newRow("equal scores: newer first")
            << "notes" << QStringList{"Notes a", "Notes b"} << QStringList{"Notes b", "Notes a"};
        QTest::newRow("empty pattern lists newest first")
            << "" << QStringList{"One", "Two", "Three"} << QStringList{"Three", "Two", "One"};
    }
    void ranking() {
        QFETCH(QString, pattern);
        QFETCH(QStringList, titles);
        QFETCH(QStringList, expected);
        QVector<PostSummary> posts;
        for (int i = 0; i < titles.size(); ++i)
            posts << post(titles.at(i), QStringLiteral("2020-01-%1T10:00:00Z").arg(i + 1, 2, 10, QChar('0')));
        QuickOpenRanker ranker;
        ranker.setPosts(posts);
        QCOMPARE(titlesOf(ranker.rank(pattern, 10), posts), expected);
    }

    void narrowingGivesTheSameAsAFreshSearch() {
        QVector<PostSummary> posts;
        const QStringList words{"alpha", "beta", "gamma", "delta", "machine", "learning", "jekyll"};
        for (int i = 0; i < 300; ++i) {
            posts << post(words.at(i % 7) + QLatin1Char(' ') + words.at((i / 7) % 7) + QString::number(i),
                          QStringLiteral("2020-01-01T00:00:00Z"));
        }
        QuickOpenRanker typing;
        typing.setPosts(posts);
        QuickOpenRanker fresh;
        fresh.setPosts(posts);
        QString pattern;
        for (const QChar c : QStringLiteral("mach le")) {
            pattern += c;
            const QStringList typed = titlesOf(typing.rank(pattern, 500), posts);
            QuickOpenRanker once;
            once.setPosts(posts);
            QCOMPARE(typed, titlesOf(once.rank(pattern, 500), posts));
        }
        // Deleting a character widens again.
        QCOMPARE(titlesOf(typing.rank("ma", 500), posts), titlesOf(fresh.rank("ma", 500), posts));
        QVERIFY(typing.lastMatchCount() > 0);
    }

    void limitKeepsTheBest() {
        QVector<PostSummary> posts{post("xa", "2020-01-01T00:00:00Z"), post("x a", "2020-01-02T00:00:00Z"),
                                   post("xxxxa", "2020-01-03T00:00:00Z")};
        QuickOpenRanker ranker;
        ranker.setPosts(posts);
        const QVector<QuickOpenRanker::Hit> hits = ranker.rank("xa", 1);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(posts.at(hits.first().index).title, QStringLiteral("xa"));
        QCOMPARE(hits.first().positions, (QVector<int>{0, 1}));
        QCOMPARE(ranker.lastMatchCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestQuickOpenRanker)
#include "tst_quickopenranker.moc"
