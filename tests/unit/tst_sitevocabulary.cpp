// The site's vocabulary (tags/categories with counts, completion, near-duplicates) and the quick-open
// matcher.
#include <QtTest>

#include "site/fuzzymatch.h"
#include "site/termvocabulary.h"

class TestSiteVocabulary : public QObject {
    Q_OBJECT

private:
    static QStringList names(const QVector<TermVocabulary::Term> &terms) {
        QStringList out;
        for (const TermVocabulary::Term &t : terms)
            out << t.name;
        return out;
    }
    static TermVocabulary sample() {
        TermVocabulary v;
        v.addPost({"Jekyll", "ruby"});
        v.addPost({"jekyll", "machine-learning", "jekyll"});  // the same tag twice in a post counts once
        v.addPost({"jekyll", "machine learning", "Café"});
        v.addPost({"tutorials", "cafe"});
        v.addPost({"tutorial", "javascript"});
        return v;
    }

private slots:
    void countsAndOrder() {
        const TermVocabulary v = sample();
        QCOMPARE(v.count("jekyll"), 2);
        QCOMPARE(v.count("Jekyll"), 1);
        QCOMPARE(v.count("missing"), 0);
        QCOMPARE(v.size(), 10);
        QCOMPARE(v.terms().front().name, QString("jekyll"));  // most used first
        QCOMPARE(v.terms().at(1).name, QString("Café"));      // then by name (ties at 1)
    }

    void completion_data() {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("prefix any case, most used first") << "JE" << QStringList{"jekyll", "Jekyll"};
        QTest::newRow("accents ignored") << "caf" << QStringList{"Café", "cafe"};
        QTest::newRow("prefix before contains") << "t" << QStringList{"tutorial", "tutorials", "javascript"};
        QTest::newRow("contains after prefix")
            << "learn" << QStringList{"machine learning", "machine-learning"};
    }
    void completion() {
        QFETCH(QString, prefix);
        QFETCH(QStringList, expected);
        QCOMPARE(names(sample().complete(prefix)), expected);
    }

    void completionLimit() { QCOMPARE(sample().complete(QString(), 3).size(), 3); }

    void nearDuplicates_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("case") << "Jekyll" << QStringList{"jekyll"};
        QTest::newRow("separators") << "machine-learning" << QStringList{"machine learning"};
        QTest::newRow("accents") << "cafe" << QStringList{"Café"};
        QTest::newRow("plural") << "tutorial" << QStringList{"tutorials"};
        QTest::newRow("a tag being typed")
            << "Machine_Learning" << QStringList{"machine learning", "machine-learning"};
        QTest::newRow("distinct tags are not flagged") << "ruby" << QStringList{};
        QTest::newRow("short words keep their s") << "bus" << QStringList{};
    }
    void nearDuplicates() {
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        QCOMPARE(names(sample().nearDuplicates(name)), expected);
    }

    void nearDuplicateGroups() {
        const QVector<QVector<TermVocabulary::Term>> groups = sample().nearDuplicateGroups();
        QCOMPARE(groups.size(), 4);
        QCOMPARE(names(groups.front()), (QStringList{"jekyll", "Jekyll"}));
    }

    // Letters outside the BMP (a CJK extension ideograph, Deseret) are letters like any other: two tags that
    // differ in one are not near-duplicates, and one that differs only in its case is.
    void nearDuplicatesOutsideTheBmp() {
        TermVocabulary v;
        const QString ideographA = QString::fromUcs4(U"\U00020000\u4E2D");
        const QString ideographB = QString::fromUcs4(U"\U00020001\u4E2D");
        const QString deseret = QString::fromUcs4(U"\U00010400x");
        v.addPost({ideographA, ideographB, deseret});
        QCOMPARE(names(v.nearDuplicates(ideographA)), QStringList{});
        QCOMPARE(names(v.nearDuplicates(QString::fromUcs4(U"\U00010428X"))), QStringList{deseret});
    }

    void fuzzyMatches_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<bool>("matches");
        QTest::newRow("subsequence") << "chmooc"
                                     << "Choosing a MOOC on Deep Learning" << true;
        QTest::newRow("out of order") << "oohc"
                                      << "Choosing" << false;
        QTest::newRow("accents folded") << "cafe"
                                        << "Un café à Paris" << true;
        QTest::newRow("blanks in the pattern ignored") << "deep learn"
                                                       << "Deep Learning" << true;
        QTest::newRow("empty pattern matches") << ""
                                               << "Anything" << true;
        QTest::newRow("longer than the title") << "abcdef"
                                               << "abc" << false;
        // U+1D400 is written D835 DC00: its halves are in the title, but in two other characters.
        QTest::newRow("a character outside the BMP matches only as a whole")
            << QString::fromUcs4(U"\U0001D400") << QString::fromUcs4(U"\U0001D401\U0001F600\U00010400")
            << false;
        QTest::newRow("a character outside the BMP matches in any case")
            << QString::fromUcs4(U"\U00010428") << QString::fromUcs4(U"x \U00010400") << true;
        QTest::newRow("a Hangul syllable is not reduced to its first jamo")
            << QString::fromUtf8("\uD55C") << QString::fromUtf8("\uD558\uB298") << false;
        QTest::newRow("a sign whose decomposition starts with another sign stays itself")
            << "=" << QString::fromUtf8("a \u2260 b") << false;
    }
    void fuzzyMatches() {
        QFETCH(QString, pattern);
        QFETCH(QString, candidate);
        QFETCH(bool, matches);
        const std::optional<FuzzyMatch::Match> m = FuzzyMatch::match(pattern, candidate);
        QCOMPARE(m.has_value(), matches);
        if (m) {
            QString spaceless = pattern;
            spaceless.remove(' ');
            QCOMPARE(m->positions.size(), spaceless.size());
            // Positions are per QChar (both halves of a surrogate pair), so the matched text reads back
            // whole.
            QString matched;
            for (const int at : m->positions)
                matched += candidate.at(at);
            QCOMPARE(FuzzyMatch::fold(matched), FuzzyMatch::fold(spaceless));
        }
    }

    void fuzzyRanking_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("better");
        QTest::addColumn<QString>("worse");
        QTest::newRow("word starts beat scattered letters") << "dl"
                                                            << "Deep Learning"
                                                            << "Handling old files";
        QTest::newRow("consecutive beats spread") << "moo"
                                                  << "A MOOC"
                                                  << "My own oven";
        QTest::newRow("title start beats middle") << "welc"
                                                  << "Welcome to Jekyll"
                                                  << "A warm welcome";
        QTest::newRow("shorter title among equals") << "jekyll"
                                                    << "Jekyll"
                                                    << "Jekyll and the long road home again";
    }
    void fuzzyRanking() {
        QFETCH(QString, pattern);
        QFETCH(QString, better);
        QFETCH(QString, worse);
        const auto a = FuzzyMatch::match(pattern, better);
        const auto b = FuzzyMatch::match(pattern, worse);
        QVERIFY(a && b);
        QVERIFY2(a->score > b->score, qPrintable(QStringLiteral("%1 vs %2").arg(a->score).arg(b->score)));
    }

    void wordStartPreferredForHighlight() {
        // `l` could match the `l` inside "Deep"... no: the first `l` after `d` is in "Learning"; for "dle"
        // the tight span must still pick positions in order.
        const auto m = FuzzyMatch::match("gl", "Going local");
        QVERIFY(m);
        QCOMPARE(m->positions, (QVector<int>{0, 6}));
    }
};

QTEST_GUILESS_MAIN(TestSiteVocabulary)
#include "tst_sitevocabulary.moc"
