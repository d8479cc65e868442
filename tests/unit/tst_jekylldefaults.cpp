// JekyllDefaults (Jekyll 4.3's FrontmatterDefaults#all) as a new post gets them, each value written back as
// one line of YAML (JekyllValue::toFlowYaml) that Psych reads as the same value.

#include "site/jekylldefaults.h"
#include "site/siteconfig.h"

#include "testfiles.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using Defaults = QVector<QPair<QString, QString>>;

namespace {

bool write(const QString &path, const QByteArray &text) {
    return writeTestFile(path, text);
}

Defaults flowed(const JekyllValue &values) {
    Defaults out;
    for (const auto &[key, value] : values.entries)
        out.append({key, value.toFlowYaml()});
    return out;
}

const QString kPost = QStringLiteral("_posts/2020-01-01-new-post.md");

}  // namespace

class TstJekyllDefaults : public QObject {
    Q_OBJECT

private slots:
    void postDefaults_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<Defaults>("expected");
        const auto one = [](const char *key, const char *value) {
            return Defaults{{key, QString::fromUtf8(value)}};
        };
        const auto posts = [](const char *values) {
            return QByteArray("defaults:\n  - scope: {type: posts}\n    values:\n") + values;
        };

        QTest::newRow("no defaults key") << QByteArray("title: x\n") << kPost << Defaults{};
        QTest::newRow("defaults not a list")
            << QByteArray("defaults: {layout: post}\n") << kPost << Defaults{};
        QTest::newRow("type posts")
            << QByteArray("defaults:\n  - scope: {type: posts}\n    values: {layout: post}\n") << kPost
            << one("layout", "post");
        QTest::newRow("old type name post")
            << QByteArray("defaults:\n  - scope: {type: post}\n    values: {layout: post}\n") << kPost
            << one("layout", "post");
        QTest::newRow("type pages does not apply")
            << QByteArray("defaults:\n  - scope: {path: '', type: pages}\n    values: {layout: page}\n")
            << kPost << Defaults{};
        QTest::newRow("type drafts does not apply to drafts: they are documents of posts")
            << QByteArray("defaults:\n  - scope: {type: drafts}\n    values: {layout: draft}\n")
            << QStringLiteral("_drafts/new-post.md") << Defaults{};
        QTest::newRow("other collection does not apply")
            << QByteArray("defaults:\n  - scope: {type: recipes}\n    values: {layout: recipe}\n") << kPost
            << Defaults{};
        QTest::newRow("empty path without type")
            << QByteArray("defaults:\n  - scope:\n      path: \"\"\n    values:\n      layout: default\n")
            << kPost << one("layout", "default");
        QTest::newRow("no scope at all")
            << QByteArray("defaults:\n  - values: {layout: default}\n") << kPost << one("layout", "default");
        QTest::newRow("path _posts")
            << QByteArray("defaults:\n  - scope: {path: _posts}\n    values: {author: Mara}\n") << kPost
            << one("author", "Mara");
        QTest::newRow("a scope path with a trailing slash applies")
            << QByteArray("defaults:\n  - scope: {path: _posts/}\n    values: {author: Mara}\n") << kPost
            << one("author", "Mara");
        QTest::newRow("a scope path with a leading slash never applies (Jekyll compares it unsanitized)")
            << QByteArray("defaults:\n  - scope: {path: /_posts/}\n    values: {author: Mara}\n") << kPost
            << Defaults{};
        QTest::newRow("path of another folder does not apply")
            << QByteArray("defaults:\n  - scope: {path: blog}\n    values: {author: Mara}\n") << kPost
            << Defaults{};
        QTest::newRow("a longer path sharing a prefix does not apply")
            << QByteArray("defaults:\n  - scope: {path: _posts_old}\n    values: {author: Mara}\n") << kPost
            << Defaults{};
        QTest::newRow("a scope path is a string prefix: news applies in newsroom, as Jekyll's start_with?")
            << QByteArray("defaults:\n  - scope: {path: news}\n    values: {author: Mara}\n")
            << QStringLiteral("newsroom/_posts/2020-01-01-new-post.md") << one("author", "Mara");
        QTest::newRow("path of a subfolder does not apply to _posts")
            << QByteArray("defaults:\n  - scope: {path: _posts/en}\n    values: {lang: en}\n") << kPost
            << Defaults{};
        QTest::newRow("path of a subfolder applies in it")
            << QByteArray("defaults:\n  - scope: {path: _posts/en}\n    values: {lang: en}\n")
            << QStringLiteral("_posts/en/2019-01-01-hello.md") << one("lang", "en");
        QTest::newRow("a glob scope applies to the folders it matches")
            << QByteArray("defaults:\n  - scope: {path: \"*/_posts\"}\n    values: {lang: fr}\n")
            << QStringLiteral("fr/_posts/2019-01-01-bonjour.md") << one("lang", "fr");
        QTest::newRow("a glob scope applies nowhere else")
            << QByteArray("defaults:\n  - scope: {path: \"*/_posts\"}\n    values: {lang: fr}\n") << kPost
            << Defaults{};
        QTest::newRow("entry without values map is skipped")
            << QByteArray(
                   "defaults:\n  - scope: {path: ''}\n    values: [a]\n  - just text\n"
                   "  - values: {layout: post}\n")
            << kPost << one("layout", "post");

        QTest::newRow("later entry overrides earlier of same scope")
            << QByteArray(
                   "defaults:\n  - scope: {path: ''}\n    values: {layout: a, author: Ann}\n"
                   "  - scope: {path: ''}\n    values: {layout: b}\n")
            << kPost << Defaults{{"layout", "b"}, {"author", "Ann"}};
        QTest::newRow("longer path wins over a later shorter one")
            << QByteArray(
                   "defaults:\n  - scope: {path: _posts}\n    values: {layout: a}\n"
                   "  - scope: {path: ''}\n    values: {layout: b, comments: true}\n")
            << kPost << Defaults{{"layout", "a"}, {"comments", "true"}};
        QTest::newRow("typed scope wins over a later untyped one")
            << QByteArray(
                   "defaults:\n  - scope: {path: '', type: posts}\n    values: {layout: a}\n"
                   "  - scope: {path: ''}\n    values: {layout: b}\n")
            << kPost << one("layout", "a");
        QTest::newRow("entry after a stronger one only fills unset keys, in Ruby's hash order")
            << QByteArray(
                   "defaults:\n  - scope: {path: ''}\n    values: {x: 1}\n"
                   "  - scope: {path: _posts}\n    values: {y: 2}\n"
                   "  - scope: {path: ''}\n    values: {x: 3, z: 4}\n")
            << kPost << Defaults{{"x", "1"}, {"z", "4"}, {"y", "2"}};
        QTest::newRow("maps are merged key by key")
            << QByteArray(
                   "defaults:\n  - scope: {path: ''}\n    values:\n      header: {image: /a.jpg, caption: "
                   "A}\n"
                   "  - scope: {type: posts}\n    values:\n      header: {teaser: /t.jpg, caption: B}\n")
            << kPost << one("header", "{image: /a.jpg, caption: B, teaser: /t.jpg}");

        QTest::newRow("keys keep file order")
            << posts("      zeta: 1\n      alpha: 2\n      mid: 3\n") << kPost
            << Defaults{{"zeta", "1"}, {"alpha", "2"}, {"mid", "3"}};
        QTest::newRow("block list becomes flow")
            << posts("      tags:\n        - a\n        - b c\n") << kPost << one("tags", "[a, b c]");
        QTest::newRow("bool stays plain")
            << posts("      comments: true\n") << kPost << one("comments", "true");
        QTest::newRow("yes is the bool Psych reads")
            << posts("      comments: yes\n") << kPost << one("comments", "true");
        QTest::newRow("quoted number stays a string")
            << posts("      code: '007'\n") << kPost << one("code", "'007'");
        QTest::newRow("a number is written as the number Psych reads")
            << posts("      code: 012\n") << kPost << one("code", "10");
        QTest::newRow("double-quoted yes stays a string")
            << posts("      flag: \"yes\"\n") << kPost << one("flag", "'yes'");
        QTest::newRow("tagged str stays a string")
            << posts("      n: !!str 12\n") << kPost << one("n", "'12'");
        QTest::newRow("colon in a quoted value")
            << posts("      subtitle: 'Part 1: Start'\n") << kPost << one("subtitle", "'Part 1: Start'");
        QTest::newRow("an apostrophe inside needs no quotes")
            << posts("      who: 'Mara''s'\n") << kPost << one("who", "Mara's");
        QTest::newRow("empty value is null") << posts("      image:\n") << kPost << one("image", "null");
        QTest::newRow("block scalar becomes one line")
            << posts("      excerpt: |\n        one\n        two\n") << kPost
            << one("excerpt", "\"one\\ntwo\\n\"");
        QTest::newRow("non-ASCII text is kept")
            << posts("      author: Zoë Ångström\n") << kPost << one("author", "Zoë Ångström");
        QTest::newRow("a time keeps its offset") << posts("      updated: 2019-01-01 10:00:00 +0100\n")
                                                 << kPost << one("updated", "2019-01-01 10:00:00 +01:00");
        QTest::newRow("a date stays a date")
            << posts("      since: 2019-01-31\n") << kPost << one("since", "2019-01-31");
        QTest::newRow("nested map and list")
            << posts(
                   "      header:\n        image: /h.jpg\n        actions:\n          - label: More\n"
                   "            url: /more\n")
            << kPost << one("header", "{image: /h.jpg, actions: [{label: More, url: /more}]}");
    }
    void postDefaults() {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, relativePath);
        QFETCH(Defaults, expected);
        QTemporaryDir root;
        QVERIFY(write(root.filePath("_config.yml"), yaml));
        // Glob scopes are matched against what is on disk, as Jekyll's Dir.glob does.
        QVERIFY(write(root.filePath(relativePath), "---\n---\n"));
        const Result<SiteConfig> config = SiteConfig::load(root.path());
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(flowed(JekyllDefaults(config.value(), root.path()).all(relativePath, "posts")), expected);
    }

    void fixtureWithSeveralScopes() {
        const QString root = TestPaths::data() + QStringLiteral("/site/defaults");
        const Result<SiteConfig> config = SiteConfig::load(root);
        QVERIFY2(config.ok(), qPrintable(config.error()));
        const Defaults expected{
            {"layout", "single"}, {"header", "{overlay_color: '#333', teaser: /assets/images/teaser.jpg}"},
            {"comments", "true"}, {"author_profile", "true"},
            {"share", "true"},    {"tags", "[notes, misc]"},
        };
        QCOMPARE(flowed(JekyllDefaults(config.value(), root).all(kPost, "posts")), expected);
    }

    // Every value written back reads as the same value (what Jekyll would then read from the post).
    void flowYamlReadsBackTheSame_data() {
        QTest::addColumn<QByteArray>("value");
        for (const char *value : {"plain",
                                  "'007'",
                                  "yes",
                                  "\"no\"",
                                  "~",
                                  "012",
                                  "0x1F",
                                  "1.5",
                                  "1.0e+3",
                                  ".inf",
                                  "-.inf",
                                  "2019-01-31",
                                  "2019-01-01 10:00:00 +0100",
                                  "2019-01-01 10:00:00",
                                  "2019-01-01T10:00:00.5Z",
                                  "'a: b'",
                                  "'#x'",
                                  "\"tab\\there\"",
                                  "\"line\\nbreak\"",
                                  "'[x]'",
                                  "[a, [b, ~], 'c, d']",
                                  "{a: {b: 1}, 'c: d': e}",
                                  "''",
                                  "'- x'",
                                  "'it''s'"})
            QTest::newRow(value) << QByteArray(value);
    }
    void flowYamlReadsBackTheSame() {
        QFETCH(QByteArray, value);
        const Result<SiteConfig> original = SiteConfig::fromText("v: " + value + "\n", "a.yml");
        QVERIFY2(original.ok(), qPrintable(original.error()));
        const JekyllValue *read = original->settings().find("v");
        QVERIFY(read);
        const QString written = read->toFlowYaml();
        const Result<SiteConfig> again = SiteConfig::fromText("v: " + written.toUtf8() + "\n", "b.yml");
        QVERIFY2(again.ok(), qPrintable(written + ": " + again.error()));
        const JekyllValue *reread = again->settings().find("v");
        QVERIFY(reread);
        QCOMPARE(reread->toRubyString(), read->toRubyString());
        QCOMPARE(int(reread->type), int(read->type));
        QCOMPARE(reread->time, read->time);
        QCOMPARE(reread->zoneless, read->zoneless);
    }
};

QTEST_GUILESS_MAIN(TstJekyllDefaults)
#include "tst_jekylldefaults.moc"
