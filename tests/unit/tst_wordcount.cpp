// The status bar's word count (post/wordcount): runs of letters and digits, apostrophes kept inside words,
// Markdown punctuation ignored, any script.

#include <QtTest>

#include "post/wordcount.h"

class TestWordCount : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void count_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::newRow("empty body") << QString() << 0;
        QTest::newRow("only blank lines") << QStringLiteral("\n\n  \n") << 0;
        QTest::newRow("words split by spaces and line breaks") << QStringLiteral("one two\nthree") << 3;
        QTest::newRow("markdown punctuation is no word")
            << QStringLiteral("# Title\n\n- **bold** and _it_\n\n---\n> quote") << 5;
        QTest::newRow("apostrophe inside a word keeps it whole") << QStringLiteral("don't won’t") << 2;
        QTest::newRow("apostrophe before a word does not join it") << QStringLiteral("'quoted' word") << 2;
        QTest::newRow("hyphen splits") << QStringLiteral("well-known") << 2;
        QTest::newRow("digits are words") << QStringLiteral("in 2024 we wrote 3 posts") << 6;
        QTest::newRow("other scripts") << QStringLiteral("Привет мир, γειά σου") << 4;
        QTest::newRow("link counts its text and address parts")
            << QStringLiteral("[the site](https://example.org)") << 5;
    }
    void count() {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(WordCount::count(text), words);
    }

    void utf8CountsAsText_data() { count_data(); }
    void utf8CountsAsText() {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(WordCount::count(text.toUtf8()), words);
    }

    void characters_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("characters");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("spaces and punctuation count") << QStringLiteral("a b, c!") << 7;
        QTest::newRow("line breaks do not") << QStringLiteral("ab\ncd\r\n") << 4;
        QTest::newRow("a surrogate pair is one character") << QStringLiteral("😀x") << 2;
        QTest::newRow("editor paragraph separators do not count") << QStringLiteral("a\u2029b") << 2;
    }
    void characters() {
        QFETCH(QString, text);
        QFETCH(int, characters);
        QCOMPARE(WordCount::characters(text), characters);
    }
};

QTEST_GUILESS_MAIN(TestWordCount)
#include "tst_wordcount.moc"
