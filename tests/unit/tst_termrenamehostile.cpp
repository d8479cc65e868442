// TermRename against hostile and random posts: whatever a rename does, it keeps every other field and the
// body as they were, or refuses and leaves the post alone.
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include "frontmatter/yamlscalar.h"
#include "post/post.h"
#include "site/termrename.h"
#include "testpaths.h"

using Vocabulary = TermRename::Vocabulary;

class TestTermRenameHostile : public QObject {
    Q_OBJECT

private slots:
    // Renaming each term of each hostile post (the shared adversarial files and crafted shapes: CRLF, BOM,
    // comments inside lists, multi-line flow lists, duplicate keys, empty values, non-ASCII) either is
    // refused with the post as it was, or gives the expected terms with every other field and the body as
    // they were.
    void hostileRenamesKeepTheRest_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("crlf block list with comments") << QByteArray(
            "---\r\ntitle: t\r\ntags:\r\n  # lead\r\n  - a # one\r\n  - 'b'\r\n  - \"c\" "
            "\r\nlayout: post\r\n---\r\nBody\r\n");
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbf---\ntags: [a, b]\ncategories: x y\n---\nB\n");
        QTest::newRow("multi-line flow list with comments")
            << QByteArray("---\ntags: [ a,   # one\n  b ,\n  'c',\n ]\nx: 1\n---\n");
        QTest::newRow("duplicate keys") << QByteArray("---\ntags: [a]\ntitle: t\ntags: [b, a]\n---\n");
        QTest::newRow("empty values") << QByteArray("---\ntags:\ncategories: []\ntag: \n---\n");
        QTest::newRow("non-ascii") << QByteArray(
            "---\ntags: [caf\xc3\xa9, \xf0\x9f\x98\x80, \"\\u00e9\"]\n---\n");
        QTest::newRow("plain items with inner blanks")
            << QByteArray("---\ntags: [machine learning , deep  learning]\n---\n");
        QTest::newRow("block item after a blank line")
            << QByteArray("---\ntags:\n\n- a\n\n- b\nlast: 1\n---\n");
        QTest::newRow("zero-indented block list then a map")
            << QByteArray("---\ntags:\n- a\n- b\nmeta:\n  tags: [a]\n---\n");
        QTest::newRow("tags and categories words")
            << QByteArray("---\ncategories: \"a  b\"\ntags: a\tb\n---\n");
        QTest::newRow("multi-line plain string") << QByteArray("---\ntags: a\n  b c\ntitle: t\n---\n");
        QTest::newRow("folded string") << QByteArray("---\ntags: >\n  a b\n  c\ntitle: t\n---\n");
        QTest::newRow("flow list with trailing comma and no spaces")
            << QByteArray("---\ntags: [a,b,]\n---\n");
        QTest::newRow("items that read as other types")
            << QByteArray("---\ntags: [yes, 2024, 1.5, ~, 'no']\ncategories: [null, \"\"]\n---\n");
        if (QDir(TestPaths::adversarialFiles()).exists()) {
            for (QDirIterator it(TestPaths::adversarialFiles(), QDir::Files); it.hasNext();) {
                const QString path = it.next();
                QFile file(path);
                if (file.open(QIODevice::ReadOnly))
                    QTest::newRow(qPrintable(QFileInfo(path).fileName())) << file.readAll();
            }
        }
    }
    void hostileRenamesKeepTheRest() {
        QFETCH(QByteArray, input);
        const Post loaded = Post::fromText(input);
        for (const Vocabulary vocabulary : {Vocabulary::Tags, Vocabulary::Categories}) {
            const QStringList terms = TermRename::termsOf(loaded, vocabulary);
            for (const QString &term : terms) {
                for (const QString &to : {QStringLiteral("renamed"), terms.value(terms.indexOf(term) + 1)}) {
                    if (to.isEmpty())
                        continue;
                    Post post = loaded;
                    bool changed = false;
                    const Status ok = TermRename::renameIn(post, vocabulary, term, to, &changed);
                    if (!ok) {
                        QCOMPARE(post.text(), input);
                        continue;
                    }
                    QVERIFY2(changed, qPrintable(term));
                    QStringList expected = terms;
                    if (terms.contains(to))
                        expected.removeAll(term);
                    else
                        expected.replace(expected.indexOf(term), to);
                    QCOMPARE(TermRename::termsOf(post, vocabulary), expected);
                    QCOMPARE(post.body(), loaded.body());
                    const QVector<FieldEntry> &was = loaded.frontMatter().entries();
                    const QVector<FieldEntry> &now = post.frontMatter().entries();
                    QCOMPARE(now.size(), was.size());
                    const QStringList touched = vocabulary == Vocabulary::Tags
                                                    ? QStringList{"tag", "tags"}
                                                    : QStringList{"category", "categories"};
                    for (int i = 0; i < was.size(); ++i) {
                        QCOMPARE(now[i].key, was[i].key);
                        if (touched.contains(was[i].key))
                            continue;
                        QCOMPARE(now[i].scalar, was[i].scalar);
                        QCOMPARE(now[i].items, was[i].items);
                        QCOMPARE(int(now[i].kind), int(was[i].kind));
                    }
                }
            }
        }
    }

    // Seeded random posts (flow, block and string values; quoting, comments, blank lines, CRLF) with a random
    // term renamed to a random name (new, existing: a merge, or one needing quotes): refused only where a
    // string cannot hold the name, else the expected terms, the list's layout and the rest kept.
    void randomRenamesKeepTheRest() {
        QRandomGenerator rng(42);
        const QStringList pool{"a",   "b",   "c d",    "yes", "2024", "caf\u00e9", "x: y", "#x",
                               "a,b", "'q'", "\"dq\"", "-",   "[z]",  "ünï",       "e f g"};
        auto pick = [&](const QStringList &l) { return l.at(rng.bounded(int(l.size()))); };
        int ok = 0, refused = 0;
        for (int n = 0; n < 20000; ++n) {
            const QByteArray eol = rng.bounded(4) == 0 ? "\r\n" : "\n";
            const int count = rng.bounded(1, 5);
            QStringList items;
            for (int i = 0; i < count; ++i)
                items << pick(pool);
            const int style = rng.bounded(3);
            QByteArray fm = "title: T" + eol;
            auto itemText = [&](const QString &it, bool flow) {
                const int q = rng.bounded(3);
                if (q == 1)
                    return YamlScalar::singleQuoted(it).toUtf8();
                if (q == 2)
                    return YamlScalar::doubleQuoted(it).toUtf8();
                return YamlScalar::inlineScalar(it, ScalarType::String, ScalarStyle::Plain, flow).toUtf8();
            };
            const QByteArray key = rng.bounded(5) == 0 ? "categories" : "tags";
            if (style == 0) {
                fm += key + ": [";
                for (int i = 0; i < count; ++i) {
                    if (i)
                        fm += rng.bounded(3) == 0 ? QByteArray(", # c" + eol + "  ")
                                                  : QByteArray(rng.bounded(2) ? ", " : ",");
                    fm += itemText(items[i], true);
                }
                fm += "]" + QByteArray(rng.bounded(2) ? " # after" : "") + eol;
            } else if (style == 1) {
                fm += key + ":" + eol;
                const QByteArray indent = rng.bounded(2) ? "  " : "";
                for (int i = 0; i < count; ++i) {
                    if (rng.bounded(4) == 0)
                        fm += indent + "# note" + eol;
                    if (rng.bounded(6) == 0)
                        fm += eol;
                    fm +=
                        indent + "- " + itemText(items[i], false) + (rng.bounded(3) == 0 ? " # i" : "") + eol;
                }
            } else {
                QStringList words;
                for (const QString &it : items)
                    if (!it.contains(' '))
                        words << it;
                if (words.isEmpty())
                    continue;
                fm += key + ": " +
                      YamlScalar::inlineScalar(
                          words.join(rng.bounded(2) ? " " : "  "), ScalarType::String,
                          rng.bounded(2) ? ScalarStyle::Plain : ScalarStyle::DoubleQuoted, false)
                          .toUtf8() +
                      eol;
            }
            fm += "layout: post" + eol;
            const QByteArray input = "---" + eol + fm + "---" + eol + "Body" + eol;
            const Post loaded = Post::fromText(input);
            if (!loaded.frontMatter().isValid())
                continue;
            const Vocabulary vocabulary = key == "tags" ? Vocabulary::Tags : Vocabulary::Categories;
            const QStringList terms = TermRename::termsOf(loaded, vocabulary);
            if (terms.isEmpty())
                continue;
            const QString from = pick(terms);
            const QString to = rng.bounded(3) == 0 ? pick(terms) : pick(pool);
            if (to == from)
                continue;
            Post post = loaded;
            bool changed = false;
            const Status st = TermRename::renameIn(post, vocabulary, from, to, &changed);
            if (!st) {
                ++refused;
                QVERIFY2(st.error().contains("separated by spaces"),
                         qPrintable(st.error()));  // the only refusal
                QCOMPARE(post.text(), input);
                continue;
            }
            ++ok;
            QStringList expected = terms;
            if (terms.contains(to))
                expected.removeAll(from);
            else
                expected.replace(expected.indexOf(from), to);
            QVERIFY2(TermRename::termsOf(post, vocabulary) == expected,
                     qPrintable(QString::fromUtf8(input) + " => " + QString::fromUtf8(post.text()) + " " +
                                from + "->" + to));
            QCOMPARE(post.scalar("title"), QString("T"));
            QCOMPARE(post.scalar("layout"), QString("post"));
            QCOMPARE(post.body(), loaded.body());
            QVERIFY2(
                post.field(QString::fromUtf8(key))->layout == loaded.field(QString::fromUtf8(key))->layout ||
                    expected.isEmpty(),
                qPrintable(QString::fromUtf8(input) + " => " + QString::fromUtf8(post.text())));
        }
        qInfo("%d random renames, %d refused", ok, refused);
        QVERIFY(ok > 10000);
    }
};

QTEST_GUILESS_MAIN(TestTermRenameHostile)
#include "tst_termrenamehostile.moc"
