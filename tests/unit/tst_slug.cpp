#include "site/slug.h"

#include <QtTest>

class TstSlug : public QObject {
    Q_OBJECT

private slots:
    void fromTitle_data();
    void fromTitle();
    void longTitleIsCutAtAWordBoundary();
    void longWordIsCutAtACharacterBoundary();
};

void TstSlug::fromTitle_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");

    QTest::newRow("example from the spec") << u8"Hello, World: Ünïcode!" << "hello-world-unicode";
    QTest::newRow("plain words are lower-cased") << "Sharpening A Plane"
                                                 << "sharpening-a-plane";
    QTest::newRow("accents are dropped") << u8"Crème Brûlée à la Carte" << "creme-brulee-a-la-carte";
    QTest::newRow("accent given as a combining mark")
        << QStringLiteral("Cafe\u0301 Society") << "cafe-society";
    QTest::newRow("German sharp s") << u8"Straße und Größe" << "strasse-und-grosse";
    QTest::newRow("capital sharp s") << u8"GROẞE" << "grosse";
    QTest::newRow("letters without a decomposition")
        << u8"Æther Øresund Œuvre Łódź Đakovo Þing Ðe" << "aether-oresund-oeuvre-lodz-dakovo-thing-de";
    QTest::newRow("dotted capital I") << u8"İstanbul" << "istanbul";
    QTest::newRow("compatibility forms are folded") << u8"ﬁnal ﬂow ＡＢＣ１２３" << "final-flow-abc123";
    QTest::newRow("punctuation run is one dash") << "Wait... what?!? -- really"
                                                 << "wait-what-really";
    QTest::newRow("underscore and slash separate words") << "snake_case/and\\more"
                                                         << "snake-case-and-more";
    QTest::newRow("apostrophe separates like Jekyll") << "Don't Stop"
                                                      << "don-t-stop";
    QTest::newRow("leading and trailing punctuation") << "  --(Hello)--  "
                                                      << "hello";
    QTest::newRow("digits are kept") << "Top 10 Tips for 2019"
                                     << "top-10-tips-for-2019";
    QTest::newRow("only digits") << "2019"
                                 << "2019";
    QTest::newRow("emoji between words") << u8"Party 🎉 Time" << "party-time";
    QTest::newRow("CJK is kept as Jekyll's default slugify does") << u8"日本語の記事" << u8"日本語の記事";
    QTest::newRow("CJK mixed with Latin") << u8"Hello 世界!" << u8"hello-世界";
    QTest::newRow("kana voicing mark is part of the letter") << u8"ガイド ブック" << u8"ガイド-ブック";
    QTest::newRow("Cyrillic keeps its breve") << u8"Мой первый пост" << u8"мой-первый-пост";
    QTest::newRow("Greek keeps its tonos") << u8"Καλημέρα Κόσμε" << u8"καλημέρα-κόσμε";
    QTest::newRow("Devanagari keeps its vowel signs") << u8"हिन्दी लेख" << u8"हिन्दी-लेख";
    QTest::newRow("empty title") << ""
                                 << "untitled";
    QTest::newRow("only punctuation") << "!!! ??? ..."
                                      << "untitled";
    QTest::newRow("only emoji") << u8"🎉🎉" << "untitled";
}

void TstSlug::fromTitle() {
    QFETCH(QString, title);
    QFETCH(QString, slug);
    QCOMPARE(Slug::fromTitle(title), slug);
}

void TstSlug::longTitleIsCutAtAWordBoundary() {
    const QStringList words(40, QStringLiteral("Word"));
    const QString slug = Slug::fromTitle(words.join(QLatin1Char(' ')));
    // "word-" x 20 is exactly 100 bytes; the cut drops the dangling dash.
    QCOMPARE(slug, QStringList(20, QStringLiteral("word")).join(QLatin1Char('-')));
    QVERIFY(slug.toUtf8().size() <= Slug::kMaxBytes);
}

void TstSlug::longWordIsCutAtACharacterBoundary() {
    // 80 two-byte letters with no dash: the cut must fall between letters, never inside one.
    const QString slug = Slug::fromTitle(QString(80, QChar(0x0436)));
    QCOMPARE(slug, QString(Slug::kMaxBytes / 2, QChar(0x0436)));
}

QTEST_GUILESS_MAIN(TstSlug)
#include "tst_slug.moc"
