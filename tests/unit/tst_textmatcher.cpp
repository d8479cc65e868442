// The find bar's matching (common/textmatcher): literal and regular-expression search with case and whole
// word, the match count, replacement with captures, and Replace All as one span.

#include <QtTest>

#include "common/textmatcher.h"

using Match = TextMatcher::Match;
Q_DECLARE_METATYPE(TextMatcher::Options)

namespace {
TextMatcher::Options options(bool matchCase, bool wholeWord, bool regex) {
    TextMatcher::Options o;
    o.matchCase = matchCase;
    o.wholeWord = wholeWord;
    o.regularExpression = regex;
    return o;
}

QVector<int> positions(const QVector<Match> &matches) {
    QVector<int> out;
    for (const Match &m : matches)
        out << m.position;
    return out;
}
}  // namespace

class TestTextMatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findAll_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<TextMatcher::Options>("opts");
        QTest::addColumn<QVector<int>>("starts");
        QTest::addColumn<QVector<int>>("lengths");
        const QString text = QStringLiteral("Cat cat concat CAT cat.");
        QTest::newRow("literal ignores case by default")
            << text << "cat" << options(false, false, false) << QVector<int>{0, 4, 11, 15, 19}
            << QVector<int>{3, 3, 3, 3, 3};
        QTest::newRow("match case keeps only the same case")
            << text << "cat" << options(true, false, false) << QVector<int>{4, 11, 19}
            << QVector<int>{3, 3, 3};
        QTest::newRow("whole word skips a word's inside")
            << text << "cat" << options(false, true, false) << QVector<int>{0, 4, 15, 19}
            << QVector<int>{3, 3, 3, 3};
        QTest::newRow("literal treats expression characters as text")
            << QStringLiteral("a.b axb a.b") << "a.b" << options(false, false, false) << QVector<int>{0, 8}
            << QVector<int>{3, 3};
        QTest::newRow("regular expression")
            << QStringLiteral("a.b axb a.b") << "a.b" << options(false, false, true) << QVector<int>{0, 4, 8}
            << QVector<int>{3, 3, 3};
        QTest::newRow("whole word around a pattern of punctuation")
            << QStringLiteral("## x ##y") << "##" << options(false, true, false) << QVector<int>{0}
            << QVector<int>{2};
        QTest::newRow("caret and dollar match at every line")
            << QStringLiteral("one\ntwo\nthree") << "^t\\w+$" << options(false, false, true)
            << QVector<int>{4, 8} << QVector<int>{3, 5};
        QTest::newRow("empty matches are not counted")
            << QStringLiteral("baab") << "a*" << options(false, false, true) << QVector<int>{1}
            << QVector<int>{2};
        QTest::newRow("case folding of other scripts")
            << QStringLiteral("Ärger ärger") << "ÄRGER" << options(false, false, false) << QVector<int>{0, 6}
            << QVector<int>{5, 5};
        QTest::newRow("whole word knows letters of other scripts")
            << QStringLiteral("été étés") << "été" << options(false, true, false) << QVector<int>{0}
            << QVector<int>{3};
        QTest::newRow("positions count UTF-16 code units")
            << QStringLiteral("😀 x") << "x" << options(false, false, false) << QVector<int>{3}
            << QVector<int>{1};
    }
    void findAll() {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QFETCH(TextMatcher::Options, opts);
        QFETCH(QVector<int>, starts);
        QFETCH(QVector<int>, lengths);
        const Result<TextMatcher> matcher = TextMatcher::create(pattern, opts);
        QVERIFY2(matcher.ok(), qPrintable(matcher.error()));
        const QVector<Match> matches = matcher->findAll(text);
        QCOMPARE(positions(matches), starts);
        QVector<int> found;
        for (const Match &m : matches)
            found << m.length;
        QCOMPARE(found, lengths);
    }

    void invalidExpressionSaysWhy_data() {
        QTest::addColumn<bool>("wholeWord");
        QTest::newRow("plain") << false;
        QTest::newRow("whole word counts the writer's characters") << true;
    }
    void invalidExpressionSaysWhy() {
        QFETCH(bool, wholeWord);
        const Result<TextMatcher> matcher =
            TextMatcher::create(QStringLiteral("ab(c"), options(false, wholeWord, true));
        QVERIFY(!matcher.ok());
        QVERIFY2(matcher.error().contains(QStringLiteral("parenthesis")), qPrintable(matcher.error()));
        QVERIFY2(matcher.error().endsWith(QStringLiteral("at character 5")), qPrintable(matcher.error()));
    }

    void emptyPatternIsNoSearch() {
        QVERIFY(!TextMatcher::create(QString(), options(false, false, false)).ok());
    }

    void expand_data() {
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("expanded");
        QTest::newRow("groups by number") << QStringLiteral("\\2-\\1") << QStringLiteral("b-a");
        QTest::newRow("whole match") << QStringLiteral("[\\0]") << QStringLiteral("[a=b]");
        QTest::newRow("missing group is empty") << QStringLiteral("<\\7>") << QStringLiteral("<>");
        QTest::newRow("escaped backslash") << QStringLiteral("\\\\1") << QStringLiteral("\\1");
        QTest::newRow("newline and tab") << QStringLiteral("\\n\\t") << QStringLiteral("\n\t");
        QTest::newRow("other escapes stay") << QStringLiteral("\\q") << QStringLiteral("\\q");
        QTest::newRow("trailing backslash stays") << QStringLiteral("x\\") << QStringLiteral("x\\");
    }
    void expand() {
        QFETCH(QString, replacement);
        QFETCH(QString, expanded);
        QCOMPARE(TextMatcher::expand(replacement,
                                     {QStringLiteral("a=b"), QStringLiteral("a"), QStringLiteral("b")}),
                 expanded);
    }

    void replaceAll_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<TextMatcher::Options>("opts");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("result");
        QTest::addColumn<int>("count");
        QTest::newRow("literal replacement is taken as typed")
            << QStringLiteral("a cat, a cat") << "cat" << options(false, false, false)
            << QStringLiteral("\\1dog") << QStringLiteral("a \\1dog, a \\1dog") << 2;
        QTest::newRow("captures swap words")
            << QStringLiteral("Doe, John\nRoe, Jane\n") << "^(\\w+), (\\w+)$" << options(false, false, true)
            << QStringLiteral("\\2 \\1") << QStringLiteral("John Doe\nJane Roe\n") << 2;
        QTest::newRow("whole word leaves words containing it")
            << QStringLiteral("cat concat cat") << "cat" << options(false, true, false)
            << QStringLiteral("dog") << QStringLiteral("dog concat dog") << 2;
        QTest::newRow("no match changes nothing")
            << QStringLiteral("abc") << "x" << options(false, false, false) << QStringLiteral("y")
            << QStringLiteral("abc") << 0;
    }
    void replaceAll() {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QFETCH(TextMatcher::Options, opts);
        QFETCH(QString, replacement);
        QFETCH(QString, result);
        QFETCH(int, count);
        const Result<TextMatcher> matcher = TextMatcher::create(pattern, opts);
        QVERIFY(matcher.ok());
        const TextMatcher::Replacement r = matcher->replaceAll(text, replacement);
        QCOMPARE(r.count, count);
        QString applied = text;
        applied.replace(r.position, r.length, r.text);
        QCOMPARE(applied, result);
    }

    void replaceAllSpansOnlyTheMatches() {
        const Result<TextMatcher> matcher =
            TextMatcher::create(QStringLiteral("b"), options(false, false, false));
        const TextMatcher::Replacement r =
            matcher->replaceAll(QStringLiteral("aabxbaa"), QStringLiteral("B"));
        QCOMPARE(r.position, 2);
        QCOMPARE(r.length, 3);
        QCOMPARE(r.text, QStringLiteral("BxB"));
    }

    void matchAtAndItsReplacement() {
        const Result<TextMatcher> matcher =
            TextMatcher::create(QStringLiteral("(\\d+)px"), options(false, false, true));
        const QString text = QStringLiteral("width 10px, 200px");
        QVERIFY(matcher->matchesAt(text, 12, 5));
        QVERIFY(matcher->matchesAt(text, 6, 4));
        QVERIFY(!matcher->matchesAt(text, 12, 4));  // the selection must be the whole match
        QVERIFY(!matcher->matchesAt(text, 0, 5));
        QCOMPARE(matcher->replacementAt(text, 12, QStringLiteral("\\1em")), QStringLiteral("200em"));
    }
};

QTEST_GUILESS_MAIN(TestTextMatcher)
#include "tst_textmatcher.moc"
