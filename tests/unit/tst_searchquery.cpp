#include "site/searchquery.h"

#include <QtTest>

// What a person types becomes an FTS5 MATCH expression; tst_sitesearchindex runs such expressions.
class TstSearchQuery : public QObject {
    Q_OBJECT

private slots:
    void matchExpression_data();
    void matchExpression();
};

void TstSearchQuery::matchExpression_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");

    QTest::newRow("words are ANDed, the last is a prefix") << "static site"
                                                           << R"("static" AND "site" *)";
    QTest::newRow("trailing space completes the last word") << "static site "
                                                            << R"("static" AND "site")";
    QTest::newRow("a one-letter last word is not a prefix") << "jekyll s"
                                                            << R"("jekyll" AND "s")";
    QTest::newRow("a two-letter last word is a prefix") << "jekyll st"
                                                        << R"("jekyll" AND "st" *)";
    QTest::newRow("closed phrase is not a prefix") << R"("static site")"
                                                   << R"("static site")";
    QTest::newRow("open phrase is a prefix") << R"(jekyll "static si)"
                                             << R"("jekyll" AND "static si" *)";
    QTest::newRow("quote inside a word splits it") << R"(ab"cd)"
                                                   << R"("ab" AND "cd" *)";
    QTest::newRow("operators are words") << "a NEAR bc"
                                         << R"("a" AND "NEAR" AND "bc" *)";
    QTest::newRow("syntax characters stay inside quotes") << "title:x* (yz"
                                                          << R"q("title:x*" AND "(yz" *)q";
    QTest::newRow("punctuation-only words are dropped") << "- x ***"
                                                        << R"("x")";
    QTest::newRow("control characters separate words")
        << QString("a" + QString(QChar(0)) + "b\x01") << R"("a" AND "b")";
    QTest::newRow("lone surrogates separate words")
        << QString("ab" + QString(QChar(0xD800)) + "cd" + QChar(0xDC00)) << R"("ab" AND "cd")";
    QTest::newRow("a surrogate pair is kept")
        << QString::fromUtf16(u"x\U0001D400y") << QString::fromUtf16(u"\"x\U0001D400y\" *");
    QTest::newRow("nothing to search") << R"( "" -- )"
                                       << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TstSearchQuery::matchExpression() {
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(SearchQuery::toMatchExpression(text), expression);
}

QTEST_GUILESS_MAIN(TstSearchQuery)
#include "tst_searchquery.moc"
