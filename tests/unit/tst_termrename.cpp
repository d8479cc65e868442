#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "frontmatter/yamlscalar.h"
#include "post/post.h"
#include "post/postfile.h"
#include "site/siteconfig.h"
#include "site/termrename.h"
#include "testpaths.h"

using Vocabulary = TermRename::Vocabulary;

class TestTermRename : public QObject {
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &bytes) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    static QByteArray read(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void listItemEdits_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("text");  // empty: remove the item
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("flow item renamed, others kept")
            << QByteArray("---\ntags: [a,  'b', c] # x\n---\n") << 1 << "B"
            << QByteArray("---\ntags: [a,  'B', c] # x\n---\n");
        QTest::newRow("flow item needing quotes gets them")
            << QByteArray("---\ntags: [a, b]\n---\n") << 0 << "x, y"
            << QByteArray("---\ntags: [\"x, y\", b]\n---\n");
        QTest::newRow("block item renamed, comments kept")
            << QByteArray("---\ntags:\n  - a # first\n  # between\n  - \"b\"\n---\n") << 0 << "z"
            << QByteArray("---\ntags:\n  - z # first\n  # between\n  - \"b\"\n---\n");
        QTest::newRow("double-quoted item stays double-quoted")
            << QByteArray("---\ntags:\n- \"b\"\n---\n") << 0 << "c"
            << QByteArray("---\ntags:\n- \"c\"\n---\n");
        QTest::newRow("plain item that would read as a number is quoted")
            << QByteArray("---\ntags: [a]\n---\n") << 0 << "2024"
            << QByteArray("---\ntags: [\"2024\"]\n---\n");
        QTest::newRow("flow middle removed with its separator")
            << QByteArray("---\ntags: [a, b, c]\n---\n") << 1 << "" << QByteArray("---\ntags: [a, c]\n---\n");
        QTest::newRow("flow last removed with the separator before")
            << QByteArray("---\ntags: [a, b, c]\n---\n") << 2 << "" << QByteArray("---\ntags: [a, b]\n---\n");
        QTest::newRow("flow last removed, a comment before it kept")
            << QByteArray("---\ntags: [a, # keep\n  b]\n---\n") << 1 << ""
            << QByteArray("---\ntags: [a, # keep\n  ]\n---\n");
        QTest::newRow("flow only item leaves []")
            << QByteArray("---\ntags: [ a ]\n---\n") << 0 << "" << QByteArray("---\ntags: []\n---\n");
        QTest::newRow("block item removed with its line and comment")
            << QByteArray("---\ntags:\n  - a\n  - b # gone\n  - c\n---\n") << 1 << ""
            << QByteArray("---\ntags:\n  - a\n  - c\n---\n");
        QTest::newRow("block only item leaves []") << QByteArray("---\ntags:\n  - a\ntitle: t\n---\n") << 0
                                                   << "" << QByteArray("---\ntags: []\ntitle: t\n---\n");
        QTest::newRow("CRLF block item removed") << QByteArray("---\r\ntags:\r\n- a\r\n- b\r\n---\r\n") << 0
                                                 << "" << QByteArray("---\r\ntags:\r\n- b\r\n---\r\n");
    }
    void listItemEdits() {
        QFETCH(QByteArray, input);
        QFETCH(int, index);
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        Post post = Post::fromText(input);
        const Status edited =
            text.isEmpty() ? post.removeListItem("tags", index) : post.replaceListItem("tags", index, text);
        QVERIFY2(edited.ok(), qPrintable(edited.error()));
        QCOMPARE(post.text(), expected);
    }

    void listItemEditRefused_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("index");
        QTest::newRow("not a list") << QByteArray("---\ntags: a b\n---\n") << 0;
        QTest::newRow("no such item") << QByteArray("---\ntags: [a]\n---\n") << 3;
        QTest::newRow("list of maps") << QByteArray("---\ntags:\n- a: 1\n---\n") << 0;
    }
    void listItemEditRefused() {
        QFETCH(QByteArray, input);
        QFETCH(int, index);
        Post post = Post::fromText(input);
        QVERIFY(!post.replaceListItem("tags", index, "x").ok());
        QCOMPARE(post.text(), input);
    }

    // An anchored list or item is also each of its aliases elsewhere, which an edit here would change unseen.
    void anchorsAndAliasesRefused_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("index");
        QTest::newRow("anchored flow list") << QByteArray("---\ntags: &t [a, b]\ncategories: *t\n---\n") << 0;
        QTest::newRow("anchored block list") << QByteArray("---\ntags: &t\n  - a\nkeywords: *t\n---\n") << 0;
        QTest::newRow("tag and anchor") << QByteArray("---\ntags: !!seq &t [a]\nk: *t\n---\n") << 0;
        QTest::newRow("anchored item") << QByteArray("---\ntags: [&x a, b]\nmain: *x\n---\n") << 0;
        QTest::newRow("aliased item") << QByteArray("---\nmain: &x a\ntags: [b, *x]\n---\n") << 1;
        QTest::newRow("aliased block item") << QByteArray("---\nmain: &x \"a\"\ntags:\n- *x\n---\n") << 0;
    }
    void anchorsAndAliasesRefused() {
        QFETCH(QByteArray, input);
        QFETCH(int, index);
        for (const bool remove : {false, true}) {
            Post post = Post::fromText(input);
            const Status edited =
                remove ? post.removeListItem("tags", index) : post.replaceListItem("tags", index, "c");
            QVERIFY(!edited.ok());
            QVERIFY2(edited.error().contains("anchor"), qPrintable(edited.error()));
            QCOMPARE(post.text(), input);
        }
    }

    void renameIn_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("tags");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QByteArray>("expected");  // empty: refused, unchanged
        QTest::newRow("tag list item")
            << QByteArray("---\ntags: [Jekyll, ruby]\n---\nB\n") << true << "Jekyll"
            << "jekyll" << QByteArray("---\ntags: [jekyll, ruby]\n---\nB\n");
        QTest::newRow("merge into an existing tag removes the old one")
            << QByteArray("---\ntags: [Jekyll, ruby, jekyll]\n---\n") << true << "Jekyll"
            << "jekyll" << QByteArray("---\ntags: [ruby, jekyll]\n---\n");
        QTest::newRow("space-separated string: the word only")
            << QByteArray("---\ntags: web  jekyll 'x'\n---\n") << true << "jekyll"
            << "ssg" << QByteArray("---\ntags: web  ssg 'x'\n---\n");
        QTest::newRow("space-separated string merged")
            << QByteArray("---\ntags: \"a b c\"\n---\n") << true << "b"
            << "c" << QByteArray("---\ntags: \"a c\"\n---\n");
        QTest::newRow("first word merged takes the blanks after it")
            << QByteArray("---\ntags: a b\n---\n") << true << "a"
            << "b" << QByteArray("---\ntags: b\n---\n");
        QTest::newRow("new name with a space refused in a string")
            << QByteArray("---\ntags: a b\n---\n") << true << "a"
            << "machine learning" << QByteArray();
        QTest::newRow("singular tag is one whole term")
            << QByteArray("---\ntag: machine learning\n---\n") << true << "machine learning"
            << "ml" << QByteArray("---\ntag: ml\n---\n");
        QTest::newRow("tags ignored when tag is present (as Jekyll reads them)")
            << QByteArray("---\ntag: a\ntags: [b]\n---\n") << true << "b"
            << "c" << QByteArray("---\ntag: a\ntags: [b]\n---\n");
        QTest::newRow("categories from both keys")
            << QByteArray("---\ncategory: news\ncategories: [news, misc]\n---\n") << false << "news"
            << "updates" << QByteArray("---\ncategory: updates\ncategories: [updates, misc]\n---\n");
        QTest::newRow("a tag rename leaves categories alone")
            << QByteArray("---\ncategories: [a]\ntags: [a]\n---\n") << true << "a"
            << "b" << QByteArray("---\ncategories: [a]\ntags: [b]\n---\n");
        QTest::newRow("an empty tag key: the tags list is renamed, as Jekyll reads it")
            << QByteArray("---\ntag:\ntags: [a, b]\n---\n") << true << "a"
            << "c" << QByteArray("---\ntag:\ntags: [c, b]\n---\n");
        QTest::newRow("a word joined by a no-break space is not a word of its own")
            << QByteArray("---\ntags: caf\u00e9\u00a0bar x\n---\n") << true << "bar"
            << "baz" << QByteArray("---\ntags: caf\u00e9\u00a0bar x\n---\n");
        QTest::newRow("tab-separated words: only the word changes")
            << QByteArray("---\ntags: a\tb\n---\n") << true << "a"
            << "c" << QByteArray("---\ntags: c\tb\n---\n");
        QTest::newRow("words over several lines: only the word changes")
            << QByteArray("---\ntags: a\n  b c\ntitle: t\n---\n") << true << "b"
            << "x" << QByteArray("---\ntags: a\n  x c\ntitle: t\n---\n");
        QTest::newRow("folded words: only the word changes")
            << QByteArray("---\ntags: >\n  a b\n  c\ntitle: t\n---\n") << true << "c"
            << "x" << QByteArray("---\ntags: >\n  a b\n  x\ntitle: t\n---\n");
        QTest::newRow("words over several lines merged")
            << QByteArray("---\ntags: a\n  b c\n---\n") << true << "c"
            << "a" << QByteArray("---\ntags: a\n  b\n---\n");
        QTest::newRow("a new sole word that would read as a yes/no is quoted")
            << QByteArray("---\ntags: a\n---\n") << true << "a"
            << "yes" << QByteArray("---\ntags: \"yes\"\n---\n");
        QTest::newRow("a word repeated in a string, merged")
            << QByteArray("---\ntags: \"a a b a\"\n---\n") << true << "a"
            << "b" << QByteArray("---\ntags: \"b\"\n---\n");
        QTest::newRow("a word repeated after another, merged")
            << QByteArray("---\ntags: x a  a b\n---\n") << true << "a"
            << "b" << QByteArray("---\ntags: x b\n---\n");
        QTest::newRow("a new word that needs quotes quotes the value")
            << QByteArray("---\ntags: a b\n---\n") << true << "a"
            << "#c" << QByteArray("---\ntags: \"#c b\"\n---\n");
        QTest::newRow("an anchored string is refused: its aliases would change too")
            << QByteArray("---\ntags: &t a b\nkeywords: *t\n---\n") << true << "a"
            << "c" << QByteArray();
        QTest::newRow("an anchored single term is refused")
            << QByteArray("---\ncategory: &c news\nsection: *c\n---\n") << false << "news"
            << "c" << QByteArray();
        QTest::newRow("an anchored string without the term is left alone")
            << QByteArray("---\ntags: &t a b\nkeywords: *t\n---\n") << true << "x"
            << "c" << QByteArray("---\ntags: &t a b\nkeywords: *t\n---\n");
    }
    void renameIn() {
        QFETCH(QByteArray, input);
        QFETCH(bool, tags);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QByteArray, expected);
        Post post = Post::fromText(input);
        bool changed = false;
        const Status renamed =
            TermRename::renameIn(post, tags ? Vocabulary::Tags : Vocabulary::Categories, from, to, &changed);
        if (expected.isEmpty()) {
            QVERIFY(!renamed.ok());
            QCOMPARE(post.text(), input);
            return;
        }
        QVERIFY2(renamed.ok(), qPrintable(renamed.error()));
        QCOMPARE(post.text(), expected);
        QCOMPARE(changed, expected != input);
    }

    void termsOf_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("tags");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("an empty tag key falls back to tags, as Jekyll's ||= does")
            << QByteArray("---\ntag:\ntags: [a, b]\n---\n") << true << QStringList{"a", "b"};
        QTest::newRow("a tag key set wins over tags")
            << QByteArray("---\ntag: a\ntags: [b]\n---\n") << true << QStringList{"a"};
        QTest::newRow("categories before category, as Jekyll's populate_categories orders them")
            << QByteArray("---\ncategory: a\ncategories: [b, a]\n---\n") << false << QStringList{"b", "a"};
        QTest::newRow("a plural key holding a number gives no terms (Jekyll splits only strings)")
            << QByteArray("---\ntags: 2024\n---\n") << true << QStringList{};
        QTest::newRow("words split at ASCII blanks only, as Ruby's split does")
            << QByteArray("---\ntags: \"caf\u00e9\u00a0bar\tx\"\n---\n") << true
            << QStringList{QString::fromUtf8("caf\u00e9\u00a0bar"), "x"};
    }
    void termsOf() {
        QFETCH(QByteArray, input);
        QFETCH(bool, tags);
        QFETCH(QStringList, expected);
        const Post post = Post::fromText(input);
        QCOMPARE(TermRename::termsOf(post, tags ? Vocabulary::Tags : Vocabulary::Categories), expected);
    }

    void planApplyUndo() {
        QTemporaryDir dir;
        const QString root = dir.path();
        write(root + "/_config.yml",
              "defaults:\n  - scope: {path: \"\", type: posts}\n    values: {tags: [old]}\n");
        const QString listed = root + "/_posts/2020-01-01-a.md";
        const QString inherits = root + "/_posts/2020-01-02-b.md";
        const QString folder = root + "/old/_posts/2020-01-03-c.md";
        const QString untouched = root + "/_posts/2020-01-04-d.md";
        write(listed, "---\ntags: [x, old] # keep\ncategories: old\n---\nBody\n");
        write(inherits, "---\ntitle: B\n---\n");
        write(folder, "---\ntitle: C\n---\n");
        write(untouched, "---\ntags: [x]\n---\n");
        const QStringList files{listed, inherits, folder, untouched};
        const Result<SiteConfig> config = SiteConfig::load(root);
        QVERIFY(config.ok());

        const Result<TermRename::Plan> tagPlan =
            TermRename::plan(root, files, config.value(), Vocabulary::Tags, "old", "new");
        QVERIFY(tagPlan.ok());
        QCOMPARE(tagPlan->changes.size(), 1);
        QCOMPARE(tagPlan->changes.front().after,
                 QByteArray("---\ntags: [x, new] # keep\ncategories: old\n---\nBody\n"));
        // The two posts without tags of their own get `old` from the defaults.
        QCOMPARE(tagPlan->notices.size(), 2);
        QVERIFY(tagPlan->notices.front().message.contains("_config.yml"));
        QCOMPARE(read(listed), QByteArray("---\ntags: [x, old] # keep\ncategories: old\n---\nBody\n"));

        const Result<TermRename::Plan> categoryPlan =
            TermRename::plan(root, files, config.value(), Vocabulary::Categories, "old", "new");
        QVERIFY(categoryPlan.ok());
        QCOMPARE(categoryPlan->changes.size(), 1);
        QCOMPARE(categoryPlan->notices.size(), 1);
        QCOMPARE(categoryPlan->notices.front().path, folder);
        QVERIFY(categoryPlan->notices.front().message.contains("folder"));

        const TermRename::Outcome applied = TermRename::apply(tagPlan.value());
        QCOMPARE(applied.written, QStringList{listed});
        QVERIFY(applied.failures.isEmpty());
        QCOMPARE(read(listed), tagPlan->changes.front().after);
        QCOMPARE(read(untouched), QByteArray("---\ntags: [x]\n---\n"));

        const TermRename::Outcome undone = TermRename::undo(tagPlan.value());
        QCOMPARE(undone.written, QStringList{listed});
        QCOMPARE(read(listed), tagPlan->changes.front().before);
    }

    void changedFilesAreLeftAlone() {
        QTemporaryDir dir;
        const QString post = dir.path() + "/_posts/2020-01-01-a.md";
        write(post, "---\ntags: [old]\n---\n");
        const Result<TermRename::Plan> plan =
            TermRename::plan(dir.path(), {post}, SiteConfig(), Vocabulary::Tags, "old", "new");
        QVERIFY(plan.ok());
        write(post, "---\ntags: [old]\n---\nedited elsewhere\n");
        const TermRename::Outcome applied = TermRename::apply(plan.value());
        QVERIFY(applied.written.isEmpty());
        QCOMPARE(applied.failures.size(), 1);
        QVERIFY(applied.failures.front().message.contains(QDir::toNativeSeparators(post)));
        QCOMPARE(read(post), QByteArray("---\ntags: [old]\n---\nedited elsewhere\n"));

        // Undo writes back only what the rename wrote: after another edit it refuses.
        write(post, "---\ntags: [old]\n---\n");
        QCOMPARE(TermRename::apply(plan.value()).written.size(), 1);
        write(post, "---\ntags: [new, more]\n---\n");
        const TermRename::Outcome undone = TermRename::undo(plan.value());
        QVERIFY(undone.written.isEmpty());
        QCOMPARE(read(post), QByteArray("---\ntags: [new, more]\n---\n"));
    }

    void badInputRefused() {
        QTemporaryDir dir;
        const QString post = dir.path() + "/_posts/2020-01-01-a.md";
        write(post, QByteArray("\xff\xfe-\0-\0", 6));
        QVERIFY(!TermRename::plan(dir.path(), {post}, SiteConfig(), Vocabulary::Tags, "a", "a").ok());
        QVERIFY(!TermRename::plan(dir.path(), {post}, SiteConfig(), Vocabulary::Tags, " ", "b").ok());
        const Result<TermRename::Plan> plan = TermRename::plan(dir.path(), {post, dir.path() + "/missing.md"},
                                                               SiteConfig(), Vocabulary::Tags, "a", "b");
        QVERIFY(plan.ok());
        QVERIFY(plan->changes.isEmpty());
        QCOMPARE(plan->notices.size(), 2);  // each names its file
        QVERIFY(plan->notices.at(1).message.contains("missing.md"));
    }

    // Every term of every corpus post renamed: only that item's bytes change.
    void corpusRenamesTouchOnlyTheItem() {
        REQUIRE_SHARED_DIR("/corpus/posts");
        const QString corpus = TestPaths::corpusPosts();
        int renamed = 0;
        for (QDirIterator it(corpus, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString path = it.next();
            const Result<Post> loaded = PostFile::load(path);
            if (!loaded || !loaded->frontMatter().isValid())
                continue;
            for (const Vocabulary vocabulary : {Vocabulary::Tags, Vocabulary::Categories}) {
                const QStringList terms = TermRename::termsOf(loaded.value(), vocabulary);
                for (const QString &term : terms) {
                    Post post = loaded.value();
                    bool changed = false;
                    const Status ok = TermRename::renameIn(post, vocabulary, term, "renamed-term", &changed);
                    QVERIFY2(ok.ok(), qPrintable(path + ": " + ok.error()));
                    QVERIFY2(changed, qPrintable(path + ": " + term));
                    QStringList expected = terms;
                    expected.replace(expected.indexOf(term), QStringLiteral("renamed-term"));
                    QCOMPARE(TermRename::termsOf(post, vocabulary), expected);
                    // The bytes differ only inside spans that held the old term.
                    const QByteArray &before = loaded->text();
                    const QByteArray &after = post.text();
                    qsizetype prefix = 0;
                    while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
                        ++prefix;
                    qsizetype suffix = 0;
                    while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
                           before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
                        ++suffix;
                    const QByteArray removed = before.mid(prefix, before.size() - prefix - suffix);
                    const QByteArray added = after.mid(prefix, after.size() - prefix - suffix);
                    const QString old = QString::fromUtf8(removed);
                    QVERIFY2(YamlScalar::singleQuoted(term).contains(old) ||
                                 YamlScalar::doubleQuoted(term).contains(old),
                             qPrintable(path + ": " + removed));
                    QVERIFY2(QStringLiteral("renamed-term").contains(QString::fromUtf8(added)),
                             qPrintable(path + ": " + added));
                    ++renamed;
                }
            }
        }
        qInfo("renamed %d terms in corpus posts, each touching only its own bytes", renamed);
        QVERIFY(renamed > 100);
    }
};

QTEST_GUILESS_MAIN(TestTermRename)
#include "tst_termrename.moc"
