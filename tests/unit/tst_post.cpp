// The post model's contract: an edit changes only the bytes of the field it names.

#include <QtTest>

#include "post/post.h"

namespace {

QByteArray edited(const QByteArray &text, const std::function<Status(Post &)> &edit) {
    Post post = Post::fromText(text);
    const Status ok = edit(post);
    if (!ok)
        return "FAILED: " + ok.error().toUtf8();
    return post.text();
}

}  // namespace

class TestPost : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void designExample() {
        Post post = Post::fromText(u8"---\ntitle: Old # keep me\ntags: [a, b]\n---\nBody\n");
        QVERIFY(post.setScalar(QStringLiteral("title"), QStringLiteral("New")).ok());
        QCOMPARE(post.text(), QByteArray(u8"---\ntitle: New # keep me\ntags: [a, b]\n---\nBody\n"));
    }

    void setScalar_data() {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("after");
        const QByteArray fence = "---\n";
        QTest::newRow("plain stays plain") << fence + "title: Old\n---\n"
                                           << "title"
                                           << "New words" << fence + "title: New words\n---\n";
        QTest::newRow("single quotes kept") << fence + "subclass: 'post'\n---\n"
                                            << "subclass"
                                            << "post tag-x" << fence + "subclass: 'post tag-x'\n---\n";
        QTest::newRow("single quote escaped") << fence + "t: 'a'\n---\n"
                                              << "t"
                                              << "it's" << fence + "t: 'it''s'\n---\n";
        QTest::newRow("double quotes kept") << fence + "t: \"a\"\n---\n"
                                            << "t"
                                            << "b \"c\"" << fence + "t: \"b \\\"c\\\"\"\n---\n";
        QTest::newRow("colon-space gets quoted") << fence + "title: Old\n---\n"
                                                 << "title"
                                                 << "Foo: Bar" << fence + "title: \"Foo: Bar\"\n---\n";
        QTest::newRow("hash after space gets quoted") << fence + "title: Old\n---\n"
                                                      << "title"
                                                      << "Hash #1" << fence + "title: \"Hash #1\"\n---\n";
        QTest::newRow("leading indicator gets quoted") << fence + "title: Old\n---\n"
                                                       << "title"
                                                       << "*star*" << fence + "title: \"*star*\"\n---\n";
        QTest::newRow("text that reads as bool gets quoted") << fence + "title: Old\n---\n"
                                                             << "title"
                                                             << "yes" << fence + "title: \"yes\"\n---\n";
        QTest::newRow("text that reads as number gets quoted") << fence + "title: Old\n---\n"
                                                               << "title"
                                                               << "007" << fence + "title: \"007\"\n---\n";
        QTest::newRow("number stays number") << fence + "weight: 5\n---\n"
                                             << "weight"
                                             << "6" << fence + "weight: 6\n---\n";
        QTest::newRow("quoted number stays text") << fence + "zip: '007'\n---\n"
                                                  << "zip"
                                                  << "008" << fence + "zip: '008'\n---\n";
        QTest::newRow("empty value gets one") << fence + "tags:\nx: 1\n---\n"
                                              << "tags"
                                              << "a" << fence + "tags: a\nx: 1\n---\n";
        QTest::newRow("empty value keeps comment") << fence + "k: # note\n---\n"
                                                   << "k"
                                                   << "v" << fence + "k: v # note\n---\n";
        QTest::newRow("tilde replaced") << fence + "k: ~\n---\n"
                                        << "k"
                                        << "v" << fence + "k: v\n---\n";
        QTest::newRow("multi-line becomes literal") << fence + "d: x\n---\n"
                                                    << "d"
                                                    << "one\ntwo" << fence + "d: |-\n  one\n  two\n---\n";
        QTest::newRow("literal replaced by literal") << fence + "d: |\n  a\n  b\nz: 1\n---\n"
                                                     << "d"
                                                     << "c\nd\n"
                                                     << fence + "d: |\n  c\n  d\nz: 1\n---\n";
        QTest::newRow("folded stays folded") << fence + "d: >\n  a long\n  line\nz: 1\n---\n"
                                             << "d"
                                             << "a longer line\n"
                                             << fence + "d: >\n  a longer line\nz: 1\n---\n";
        QTest::newRow("folded with line breaks")
            << fence + "d: >\n  a\nz: 1\n---\n"
            << "d"
            << "one\ntwo\n\nthree" << fence + "d: >-\n  one\n\n  two\n\n\n  three\nz: 1\n---\n";
        QTest::newRow("folded to one line stays folded") << fence + "d: >\n  a\n  b\nz: 1\n---\n"
                                                         << "d"
                                                         << "flat" << fence + "d: >-\n  flat\nz: 1\n---\n";
        QTest::newRow("folded, indented line: literal") << fence + "d: >\n  a\nz: 1\n---\n"
                                                        << "d"
                                                        << "a\n  code\n"
                                                        << fence + "d: |\n  a\n    code\nz: 1\n---\n";
        QTest::newRow("literal to one line") << fence + "d: |\n  a\n  b\nz: 1\n---\n"
                                             << "d"
                                             << "flat" << fence + "d: flat\nz: 1\n---\n";
        QTest::newRow("block list to scalar") << fence + "t:\n  - a\n  - b\nz: 1\n---\n"
                                              << "t"
                                              << "s" << fence + "t: s\nz: 1\n---\n";
        QTest::newRow("crlf kept") << QByteArray("---\r\ntitle: A\r\nx: 1\r\n---\r\n") << "title"
                                   << "B" << QByteArray("---\r\ntitle: B\r\nx: 1\r\n---\r\n");
        QTest::newRow("crlf new key") << QByteArray("---\r\ntitle: A\r\n---\r\n") << "k"
                                      << "v" << QByteArray("---\r\ntitle: A\r\nk: v\r\n---\r\n");
        QTest::newRow("add before closing fence")
            << fence + "a: 1\n# trailing comment\n---\nBody\n"
            << "b"
            << "two" << fence + "a: 1\n# trailing comment\nb: two\n---\nBody\n";
        QTest::newRow("add to empty block") << QByteArray("---\n---\nBody\n") << "title"
                                            << "T" << QByteArray("---\ntitle: T\n---\nBody\n");
        QTest::newRow("add creates block") << QByteArray("Body only\n") << "title"
                                           << "T" << QByteArray("---\ntitle: T\n---\nBody only\n");
        QTest::newRow("add after BOM") << QByteArray("\xEF\xBB\xBFHi\n") << "title"
                                       << "T" << QByteArray("\xEF\xBB\xBF---\ntitle: T\n---\nHi\n");
        QTest::newRow("new key typed by its text") << fence + "a: 1\n---\n"
                                                   << "draft"
                                                   << "true" << fence + "a: 1\ndraft: true\n---\n";
        QTest::newRow("nested key") << fence + "header:\n  image: a.jpg # c\n  teaser: t.jpg\n---\n"
                                    << "header.image"
                                    << "b.jpg"
                                    << fence + "header:\n  image: b.jpg # c\n  teaser: t.jpg\n---\n";
        QTest::newRow("nested key added")
            << fence + "header:\n    image: a.jpg\nx: 1\n---\n"
            << "header.caption"
            << "Cap" << fence + "header:\n    image: a.jpg\n    caption: Cap\nx: 1\n---\n";
        QTest::newRow("nested chain created") << fence + "x: 1\n---\n"
                                              << "a.b"
                                              << "c" << fence + "x: 1\na:\n  b: c\n---\n";
        QTest::newRow("null parent becomes map") << fence + "header:\nx: 1\n---\n"
                                                 << "header.image"
                                                 << "i.png" << fence + "header:\n  image: i.png\nx: 1\n---\n";
        QTest::newRow("key with colon") << fence + "cSpell:ignore: a b\n---\n"
                                        << "cSpell:ignore"
                                        << "c" << fence + "cSpell:ignore: c\n---\n";
        QTest::newRow("duplicate edits the last") << fence + "t: 1st\nt: 2nd\n---\n"
                                                  << "t"
                                                  << "new" << fence + "t: 1st\nt: new\n---\n";
        QTest::newRow("empty quotes are not a style") << fence + "t: \"\"\n---\n"
                                                      << "t"
                                                      << "text" << fence + "t: text\n---\n";
        QTest::newRow("alias replaced by text") << fence + "a: &x 1\nb: *x # c\n---\n"
                                                << "b"
                                                << "two" << fence + "a: &x 1\nb: two # c\n---\n";
        QTest::newRow("dots closer kept") << QByteArray("---\ntitle: A\n...\nB\n") << "title"
                                          << "Z" << QByteArray("---\ntitle: Z\n...\nB\n");
        QTest::newRow("fence spaces kept") << QByteArray("---  \ntitle: A\n--- \nB\n") << "title"
                                           << "Z" << QByteArray("---  \ntitle: Z\n--- \nB\n");
        QTest::newRow("value with trailing space") << fence + "date: 2015-03-25 \n---\n"
                                                   << "date"
                                                   << "2016-01-01" << fence + "date: 2016-01-01 \n---\n";
    }
    void setScalar() {
        QFETCH(QByteArray, before);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QByteArray, after);
        Post post = Post::fromText(before);
        const Status ok = post.setScalar(key, value);
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        QCOMPARE(post.text(), after);
        QCOMPARE(post.scalar(key), value);  // reads back as exactly what was set
    }

    void roundtripTraps() {
        const QByteArray text =
            "---\ntitle: Comments kept # trailing comment\n# a full-line comment\ntags: [a, b] # "
            "flow list\nzip: '007'\ncountry: NO\nversion: 1.10\nnavigation: True\nempty:\n"
            "nothing: ~\n---\nBody.\n";
        Post post = Post::fromText(text);
        QCOMPARE(post.text(), text);
        QCOMPARE(post.scalar(QStringLiteral("zip")), QStringLiteral("007"));
        QCOMPARE(post.field(QStringLiteral("zip"))->scalarType, ScalarType::String);
        QCOMPARE(post.scalar(QStringLiteral("country")), QStringLiteral("NO"));
        QCOMPARE(post.field(QStringLiteral("country"))->scalarType, ScalarType::Bool);
        QCOMPARE(post.scalar(QStringLiteral("version")), QStringLiteral("1.10"));
        QCOMPARE(post.scalar(QStringLiteral("navigation")), QStringLiteral("True"));
        QCOMPARE(post.field(QStringLiteral("empty"))->kind, FieldEntry::Kind::Null);
        QCOMPARE(post.field(QStringLiteral("nothing"))->kind, FieldEntry::Kind::Null);
        const Post aliases = Post::fromText("---\nbase: &b [x, y]\nsame: *b\n---\n");
        QCOMPARE(aliases.field(QStringLiteral("same"))->kind, FieldEntry::Kind::Alias);
        QCOMPARE(aliases.text().mid(aliases.field(QStringLiteral("same"))->valueBegin, 2), QByteArray("*b"));
        QCOMPARE(post.scalar(QStringLiteral("title")), QStringLiteral("Comments kept"));
        QVERIFY(post.setScalar(QStringLiteral("title"), QStringLiteral("X")).ok());
        QByteArray expected = text;
        expected.replace("title: Comments kept #", "title: X #");
        QCOMPARE(post.text(), expected);
    }

    void bools_data() {
        QTest::addColumn<QByteArray>("old");
        QTest::addColumn<bool>("value");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("True stays capitalised") << QByteArray("True") << false << QByteArray("False");
        QTest::newRow("true lower") << QByteArray("true") << false << QByteArray("false");
        QTest::newRow("yes family") << QByteArray("yes") << false << QByteArray("no");
        QTest::newRow("NO upper") << QByteArray("NO") << true << QByteArray("YES");
        QTest::newRow("On family") << QByteArray("On") << false << QByteArray("Off");
        QTest::newRow("not a bool before") << QByteArray("maybe") << true << QByteArray("true");
    }
    void bools() {
        QFETCH(QByteArray, old);
        QFETCH(bool, value);
        QFETCH(QByteArray, written);
        QCOMPARE(edited("---\nk: " + old + " # c\n---\n",
                        [&](Post &p) { return p.setBool(QStringLiteral("k"), value); }),
                 "---\nk: " + written + " # c\n---\n");
    }

    void dates_data() {
        QTest::addColumn<QByteArray>("old");
        QTest::addColumn<QDateTime>("value");
        QTest::addColumn<QByteArray>("written");
        const QDateTime utc(QDate(2024, 2, 3), QTime(4, 5, 6), Qt::UTC);
        const QDateTime plus8(QDate(2024, 2, 3), QTime(4, 5, 6), QTimeZone(8 * 3600));
        const QDateTime local(QDate(2024, 2, 3), QTime(4, 5, 6));
        QTest::newRow("space and seconds")
            << QByteArray("2018-09-21 10:00:00") << local << QByteArray("2024-02-03 04:05:06");
        QTest::newRow("date only stays date only")
            << QByteArray("2018-09-21") << local << QByteArray("2024-02-03");
        QTest::newRow("offset without colon")
            << QByteArray("2019-08-08 14:10:00 +0800") << plus8 << QByteArray("2024-02-03 04:05:06 +0800");
        QTest::newRow("T and colon offset")
            << QByteArray("2010-08-05T10:17:25-04:00") << plus8 << QByteArray("2024-02-03T04:05:06+08:00");
        QTest::newRow("Z") << QByteArray("2024-01-05T10:00:00Z") << utc << QByteArray("2024-02-03T04:05:06Z");
        QTest::newRow("minutes only")
            << QByteArray("2018-09-21 10:00") << local << QByteArray("2024-02-03 04:05");
        QTest::newRow("double quoted kept") << QByteArray("\"2013-05-08 23:46:11 +0200\"") << plus8
                                            << QByteArray("\"2024-02-03 04:05:06 +0800\"");
        QTest::newRow("not a date before")
            << QByteArray("soon") << plus8 << QByteArray("2024-02-03 04:05:06 +0800");
    }
    void dates() {
        QFETCH(QByteArray, old);
        QFETCH(QDateTime, value);
        QFETCH(QByteArray, written);
        QCOMPARE(edited("---\ndate: " + old + "\n---\n",
                        [&](Post &p) { return p.setDateTime(QStringLiteral("date"), value); }),
                 "---\ndate: " + written + "\n---\n");
    }

    void lists_data() {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("flow stays flow")
            << QByteArray("tags: [Getting started]") << QStringList{"Getting started", "b"}
            << QByteArray("tags: [Getting started, b]");
        QTest::newRow("flow inner spaces")
            << QByteArray("tags: [ a, b ]") << QStringList{"a"} << QByteArray("tags: [ a ]");
        QTest::newRow("flow no spaces")
            << QByteArray("tags: [a,b]") << QStringList{"a", "b", "c"} << QByteArray("tags: [a,b,c]");
        QTest::newRow("unchanged items keep quotes")
            << QByteArray("tags: [\"x\", 'y']") << QStringList{"y", "x", "z"}
            << QByteArray("tags: ['y', \"x\", \"z\"]");
        QTest::newRow("flow item with comma quoted")
            << QByteArray("tags: [a]") << QStringList{"a, b"} << QByteArray("tags: [\"a, b\"]");
        QTest::newRow("block stays block") << QByteArray("tags:\n  - a\n  - b\nx: 1") << QStringList{"a", "c"}
                                           << QByteArray("tags:\n  - a\n  - c\nx: 1");
        QTest::newRow("block at column 0")
            << QByteArray("tags:\n- a\nx: 1") << QStringList{"b", "c"} << QByteArray("tags:\n- b\n- c\nx: 1");
        QTest::newRow("block 4-space, comment on key")
            << QByteArray("tags: # t\n    - a\nx: 1") << QStringList{"q"}
            << QByteArray("tags: # t\n    - q\nx: 1");
        QTest::newRow("empty becomes flow")
            << QByteArray("tags:\nx: 1") << QStringList{"a", "b"} << QByteArray("tags: [a, b]\nx: 1");
        QTest::newRow("scalar becomes flow")
            << QByteArray("tags: one") << QStringList{"one", "two"} << QByteArray("tags: [one, two]");
        QTest::newRow("emptied list")
            << QByteArray("tags:\n  - a\nx: 1") << QStringList{} << QByteArray("tags: []\nx: 1");
        QTest::newRow("number-like item quoted")
            << QByteArray("tags: [a]") << QStringList{"a", "2019"} << QByteArray("tags: [a, \"2019\"]");
    }
    void lists() {
        QFETCH(QByteArray, before);
        QFETCH(QStringList, items);
        QFETCH(QByteArray, after);
        Post post = Post::fromText("---\n" + before + "\n---\nB\n");
        const Status ok = post.setList(QStringLiteral("tags"), items);
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        QCOMPARE(post.text(), "---\n" + after + "\n---\nB\n");
        QCOMPARE(post.field(QStringLiteral("tags"))->items, items);
    }

    void remove_data() {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("one line") << QByteArray("a: 1\nb: 2\nc: 3\n") << "b" << QByteArray("a: 1\nc: 3\n");
        QTest::newRow("block list with it")
            << QByteArray("a: 1\nb:\n  - x\n  - y\nc: 3\n") << "b" << QByteArray("a: 1\nc: 3\n");
        QTest::newRow("comment before next key stays")
            << QByteArray("a: 1\n# about c\nc: 3\n") << "a" << QByteArray("# about c\nc: 3\n");
        QTest::newRow("nested") << QByteArray("h:\n  i: 1\n  j: 2\n") << "h.i" << QByteArray("h:\n  j: 2\n");
        QTest::newRow("last key") << QByteArray("a: 1\nb: |\n  x\n\n  y\n") << "b" << QByteArray("a: 1\n");
    }
    void remove() {
        QFETCH(QByteArray, before);
        QFETCH(QString, key);
        QFETCH(QByteArray, after);
        QCOMPARE(edited("---\n" + before + "---\nB\n", [&](Post &p) { return p.remove(key); }),
                 "---\n" + after + "---\nB\n");
    }

    // `lar Me` reads as a key only while `small:` stands above it; without it, `teaser` would become the text
    // "lar Me". An edit that would change fields it was not asked to touch is refused (fuzz finding).
    void editChangingOtherFieldsIsRefused() {
        const QByteArray text =
            "---\nheader:\n  image: /a.png\n  teaser:\n    small: s.png\n    lar Me\n---\nBody\n";
        Post post = Post::fromText(text);
        const Status removed = post.remove(QStringLiteral("header.teaser.small"));
        QVERIFY(!removed);
        QVERIFY2(removed.error().contains(QLatin1String("other fields")), qPrintable(removed.error()));
        QCOMPARE(post.text(), text);
        // Fields that stand on their own are still edited.
        QVERIFY(post.setScalar(QStringLiteral("header.image"), QStringLiteral("/b.png")).ok());
        QVERIFY(post.text().contains("  image: /b.png\n"));
    }

    // `--- # note` inside the block starts a second YAML document that repeats `title`: the title written in
    // the first would not be the one read. Refused, nothing changed (fuzz finding).
    void valueThatWouldNotReadBackIsRefused() {
        const QByteArray text =
            "---\nlayout: default\ntitle: Foo Bar\n--- # note\ntitle: Foo Bar\n---\nBody\n";
        Post post = Post::fromText(text);
        const Status set = post.setScalar(QStringLiteral("title"), QStringLiteral("New"));
        if (set) {
            QCOMPARE(post.scalar(QStringLiteral("title")), QStringLiteral("New"));
        } else {
            QVERIFY2(set.error().contains(QLatin1String("read back")), qPrintable(set.error()));
            QCOMPARE(post.text(), text);
        }
    }

    // While typing, a passing state (an empty title needs quotes) must not decide how the final value is
    // written: styles follow the text as last saved.
    void stylesFollowTheSavedText() {
        const QByteArray saved = "---\ntitle: Old\nsub: 'q'\ntags:\n  - a\n---\n";
        Post post = Post::fromText(saved);
        post.setStyleBaseline(saved);
        QVERIFY(post.setScalar(QStringLiteral("title"), QString()).ok());
        QVERIFY(post.text().contains("title: \"\"\n"));
        QVERIFY(post.setScalar(QStringLiteral("title"), QStringLiteral("N")).ok());
        QVERIFY(post.setScalar(QStringLiteral("title"), QStringLiteral("New: x")).ok());
        QVERIFY(post.setScalar(QStringLiteral("title"), QStringLiteral("New")).ok());
        QVERIFY(post.setScalar(QStringLiteral("sub"), QStringLiteral("r")).ok());
        QVERIFY(post.setList(QStringLiteral("tags"), {}).ok());
        QVERIFY(post.text().contains("tags: []\n"));
        QVERIFY(post.setList(QStringLiteral("tags"), {QStringLiteral("a"), QStringLiteral("b")}).ok());
        QCOMPARE(post.text(), QByteArray("---\ntitle: New\nsub: 'r'\ntags:\n  - a\n  - b\n---\n"));
        // Without a baseline the quotes a passing state needed would have stuck.
        Post plain = Post::fromText(saved);
        QVERIFY(plain.setScalar(QStringLiteral("title"), QStringLiteral("New: x")).ok());
        QVERIFY(plain.setScalar(QStringLiteral("title"), QStringLiteral("New")).ok());
        QVERIFY(plain.text().contains("title: \"New\""));
    }

    void refusals() {
        Post toml = Post::fromText("+++\ntitle = \"x\"\n+++\nB\n");
        QVERIFY(!toml.setScalar(QStringLiteral("title"), QStringLiteral("y")).ok());
        QVERIFY(toml.setScalar(QStringLiteral("title"), QStringLiteral("y"))
                    .error()
                    .contains(QLatin1String("TOML")));
        Post broken = Post::fromText("---\ntitle: Foo: Bar\n---\nB\n");
        const Status s = broken.setScalar(QStringLiteral("title"), QStringLiteral("y"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QLatin1String("line 2")), qPrintable(s.error()));
        Post post = Post::fromText("---\na: 1\n---\n");
        QVERIFY(!post.remove(QStringLiteral("missing")).ok());
        QVERIFY(!post.setScalar(QString(), QStringLiteral("x")).ok());
        Post flow = Post::fromText("---\nmenu: { main: { weight: 40 } }\n---\n");
        QVERIFY(!flow.setScalar(QStringLiteral("menu.main.x"), QStringLiteral("1")).ok());
        QCOMPARE(flow.text(), QByteArray("---\nmenu: { main: { weight: 40 } }\n---\n"));
    }

    // Shapes found by fuzzing: each edit either reads back exactly or is refused with the text unchanged.
    void fuzzFindings_data() {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("after");  // empty: refused
        QTest::newRow("carriage return is escaped")
            << QByteArray("---\ntitle: Old\n---\n") << "title"
            << "a\r\nb" << QByteArray("---\ntitle: \"a\\r\\nb\"\n---\n");
        QTest::newRow("trailing blank lines are escaped")
            << QByteArray("---\ntitle: x\n\nauthor: y\n---\n") << "title"
            << "a\n\n"
            << QByteArray("---\ntitle: \"a\\n\\n\"\n\nauthor: y\n---\n");
        QTest::newRow("only a line break") << QByteArray("---\ntitle: x\n---\n") << "title"
                                           << "\n"
                                           << QByteArray("---\ntitle: \"\\n\"\n---\n");
        QTest::newRow("comment stays on the block header")
            << QByteArray("---\ntitle: Old # note\n---\n") << "title"
            << "a\nb" << QByteArray("---\ntitle: |- # note\n  a\n  b\n---\n");
        QTest::newRow("comment on an empty value stays on the block header")
            << QByteArray("---\nk: # note\n---\n") << "k"
            << "a\nb" << QByteArray("---\nk: |- # note\n  a\n  b\n---\n");
        QTest::newRow("indented comment after the value: one line instead")
            << QByteArray("---\ntitle: x # t\n  # more\n---\n") << "title"
            << "a\nb" << QByteArray("---\ntitle: \"a\\nb\" # t\n  # more\n---\n");
        QTest::newRow("text after a closing quote: one line instead")
            << QByteArray("---\ntitle: \"a\nb\"#c\n---\n") << "title"
            << "\nBody" << QByteArray("---\ntitle: \"\\nBody\"#c\n---\n");
        QTest::newRow("key that looks like a fence")
            << QByteArray("---\ntitle: x\n---\n") << "--- a"
            << "v" << QByteArray("---\ntitle: x\n\"--- a\": v\n---\n");
        QTest::newRow("flow front matter is text only") << QByteArray("---\n{title: Flow}\n---\n") << "k"
                                                        << "v" << QByteArray();
        QTest::newRow("second document refused")
            << QByteArray("---\ntitle: x\n--- second\nauthor: y\n---\n") << "added"
            << "v" << QByteArray();
        QTest::newRow("key starting with a question mark")
            << QByteArray("---\ntitle: x\n---\n") << "?a"
            << "v" << QByteArray("---\ntitle: x\n?a: v\n---\n");
        QTest::newRow("byte-order mark inside the block refused") << QByteArray(
                                                                         "---\n\xEF\xBB\xBF"
                                                                         "a: 1\n---\n")
                                                                  << "title"
                                                                  << "x" << QByteArray();
        QTest::newRow("NUL refused") << QByteArray("---\ntitle: x\n---\n") << "title"
                                     << QString(QChar(0)) + "a\nb"
                                     << QByteArray("---\ntitle: \"\\x00a\\nb\"\n---\n");
    }
    void fuzzFindings() {
        QFETCH(QByteArray, before);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QByteArray, after);
        Post post = Post::fromText(before);
        const Status ok = post.setScalar(key, value);
        if (after.isEmpty()) {
            QVERIFY(!ok.ok());
            QCOMPARE(post.text(), before);
            return;
        }
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        QCOMPARE(post.text(), after);
        QCOMPARE(post.scalar(key), value);
    }

    void bodyAfterFinalFence() {
        Post post = Post::fromText("---\ntitle: Only\n---");
        post.setBodyFromLf("typed");
        QCOMPARE(post.text(), QByteArray("---\ntitle: Only\n---\ntyped"));
        QCOMPARE(post.scalar(QStringLiteral("title")), QStringLiteral("Only"));
    }

    void yamlValues() {
        QCOMPARE(edited("---\na: 1\n---\n",
                        [](Post &p) {
                            return p.setYaml(QStringLiteral("image"), QStringLiteral("path: x.png\nalt: X"));
                        }),
                 QByteArray("---\na: 1\nimage:\n  path: x.png\n  alt: X\n---\n"));
        QCOMPARE(edited("---\na: 1\n---\n",
                        [](Post &p) { return p.setYaml(QStringLiteral("a"), QStringLiteral("[1, 2]")); }),
                 QByteArray("---\na: [1, 2]\n---\n"));
        // A value that would break the front matter is refused and changes nothing.
        QVERIFY(edited("---\na: 1\n---\n", [](Post &p) {
                    return p.setYaml(QStringLiteral("a"), QStringLiteral("[1, 2"));
                }).startsWith("FAILED"));
    }

    void frontMatterAsText() {
        Post post = Post::fromText("---\r\na: 1\r\n---\r\nBody\r\n");
        QCOMPARE(post.frontMatterText(), QByteArray("a: 1\r\n"));
        QVERIFY(post.setFrontMatterText("a: 2\nb: [x\n").ok());  // invalid text is allowed: it is being typed
        QCOMPARE(post.text(), QByteArray("---\r\na: 2\r\nb: [x\r\n---\r\nBody\r\n"));
        QVERIFY(post.frontMatter().hasErrors());
        QCOMPARE(post.frontMatter().diagnostics().front().line, 4);
    }

    void body_data() {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("newBody");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("lf") << QByteArray("---\na: 1\n---\nOne\nTwo\n") << QByteArray("One\nTwo!\n")
                            << QByteArray("---\na: 1\n---\nOne\nTwo!\n");
        QTest::newRow("crlf body edit uses crlf")
            << QByteArray("---\r\na: 1\r\n---\r\nOne\r\nTwo\r\n") << QByteArray("One\nNew\nTwo\n")
            << QByteArray("---\r\na: 1\r\n---\r\nOne\r\nNew\r\nTwo\r\n");
        QTest::newRow("mixed: untouched lines keep theirs")
            << QByteArray("---\na: 1\n---\r\nL1\r\nL2\nL3\r\nL4\n") << QByteArray("L1\nL2\nL3 edited\nL4\n")
            << QByteArray("---\na: 1\n---\r\nL1\r\nL2\nL3 edited\r\nL4\n");
        QTest::newRow("no final newline kept")
            << QByteArray("Text") << QByteArray("Text!") << QByteArray("Text!");
        QTest::newRow("bom kept without front matter")
            << QByteArray("\xEF\xBB\xBFHi") << QByteArray("Ho") << QByteArray("\xEF\xBB\xBFHo");
        // A fuzz finding: typed at the start of a file without a mark, U+FEFF is text that reads back.
        QTest::newRow("a typed U+FEFF is not taken for the file's mark")
            << QByteArray("# Heading\n") << QByteArray("\xEF\xBB\xBFfuzz") << QByteArray("\xEF\xBB\xBFfuzz");
        QTest::newRow("unchanged is unchanged") << QByteArray("---\na: 1\n---\r\nX\r\n") << QByteArray("X\n")
                                                << QByteArray("---\na: 1\n---\r\nX\r\n");
    }
    void body() {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, newBody);
        QFETCH(QByteArray, after);
        Post post = Post::fromText(before);
        post.setBodyFromLf(newBody);
        QCOMPARE(post.text(), after);
        QCOMPARE(post.bodyWithLf(), newBody);
    }

    void bodyLines() {
        Post post = Post::fromText("---\na: 1\nb: 2\n---\nBody\n");
        QCOMPARE(post.bodyFirstLine(), 5);
        QCOMPARE(post.body(), QByteArray("Body\n"));
        QCOMPARE(Post::fromText("No fm\n").bodyFirstLine(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPost)
#include "tst_post.moc"
