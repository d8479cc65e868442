#include "site/siteconfig.h"

#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using Defaults = QVector<QPair<QString, QString>>;

namespace {

void write(const QString &path, const QByteArray &text) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

QString fixture(const QString &name) {
    return TestPaths::data() + QStringLiteral("/site/") + name;
}

}  // namespace

class TstSiteConfig : public QObject {
    Q_OBJECT

private slots:
    void missingFileIsEmptyConfig();
    void ymlIsPreferredToYaml();
    void yamlIsReadWithoutYml();
    void tomlOnlySiteIsEmptyConfig();
    void emptyFileIsEmptyConfig();

    void brokenYamlNamesFileAndPlace();
    void notAMappingIsAnError();
    void invalidUtf8IsAnError();

    void postDefaults_data();
    void postDefaults();
    void postDefaultsForPostInSubfolder();
    void fixtureWithSeveralScopes();
};

void TstSiteConfig::missingFileIsEmptyConfig() {
    QTemporaryDir tmp;
    const Result<SiteConfig> config = SiteConfig::load(tmp.path());
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->path(), QString());
    QCOMPARE(config->title(), QString());
    QVERIFY(config->postDefaults().isEmpty());
}

void TstSiteConfig::ymlIsPreferredToYaml() {
    QTemporaryDir tmp;
    write(tmp.filePath(QStringLiteral("_config.yml")), "title: From yml\n");
    write(tmp.filePath(QStringLiteral("_config.yaml")), "title: From yaml\n");
    const Result<SiteConfig> config = SiteConfig::load(tmp.path());
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->title(), QStringLiteral("From yml"));
    QCOMPARE(config->path(), tmp.filePath(QStringLiteral("_config.yml")));
}

void TstSiteConfig::yamlIsReadWithoutYml() {
    QTemporaryDir tmp;
    write(tmp.filePath(QStringLiteral("_config.yaml")), "title: \"Quoted: title\"\n");
    const Result<SiteConfig> config = SiteConfig::load(tmp.path());
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->title(), QStringLiteral("Quoted: title"));
}

void TstSiteConfig::tomlOnlySiteIsEmptyConfig() {
    QTemporaryDir tmp;
    write(tmp.filePath(QStringLiteral("_config.toml")), "title = \"Toml\"\n");
    const Result<SiteConfig> config = SiteConfig::load(tmp.path());
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->title(), QString());
    QCOMPARE(config->path(), QString());
}

void TstSiteConfig::emptyFileIsEmptyConfig() {
    QTemporaryDir tmp;
    write(tmp.filePath(QStringLiteral("_config.yml")), "# nothing configured yet\n");
    const Result<SiteConfig> config = SiteConfig::load(tmp.path());
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->path(), tmp.filePath(QStringLiteral("_config.yml")));
    QVERIFY(config->postDefaults().isEmpty());
}

void TstSiteConfig::brokenYamlNamesFileAndPlace() {
    // The fixture's 6th line opens a flow sequence that is never closed before the mapping goes on.
    const QString root = fixture(QStringLiteral("broken"));
    const Result<SiteConfig> config = SiteConfig::load(root);
    QVERIFY(!config.ok());
    const QString file = QDir(root).filePath(QStringLiteral("_config.yml"));
    QVERIFY2(config.error().startsWith(file + QStringLiteral(":7:")), qPrintable(config.error()));
    QVERIFY2(config.error().contains(QStringLiteral(": error: ")), qPrintable(config.error()));
}

void TstSiteConfig::notAMappingIsAnError() {
    const Result<SiteConfig> config =
        SiteConfig::fromText("- just\n- a list\n", QStringLiteral("/site/_config.yml"));
    QVERIFY(!config.ok());
    QVERIFY2(config.error().startsWith(QStringLiteral("/site/_config.yml:1:1: error: ")),
             qPrintable(config.error()));
}

void TstSiteConfig::invalidUtf8IsAnError() {
    const Result<SiteConfig> config =
        SiteConfig::fromText("title: caf\xe9\n", QStringLiteral("/site/_config.yml"));
    QVERIFY(!config.ok());
    QVERIFY2(config.error().contains(QStringLiteral("/site/_config.yml")), qPrintable(config.error()));
    QVERIFY2(config.error().contains(QStringLiteral("UTF-8")), qPrintable(config.error()));
}

void TstSiteConfig::postDefaults_data() {
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<Defaults>("expected");

    const auto one = [](const char *key, const char *value) {
        return Defaults{{key, QString::fromUtf8(value)}};
    };

    QTest::newRow("no defaults key") << QByteArray("title: x\n") << Defaults{};
    QTest::newRow("defaults not a list") << QByteArray("defaults: {layout: post}\n") << Defaults{};
    QTest::newRow("type posts") << QByteArray(
                                       "defaults:\n  - scope: {type: posts}\n    values: {layout: post}\n")
                                << one("layout", "post");
    QTest::newRow("old type name post")
        << QByteArray("defaults:\n  - scope: {type: post}\n    values: {layout: post}\n")
        << one("layout", "post");
    QTest::newRow("type pages does not apply")
        << QByteArray("defaults:\n  - scope: {path: '', type: pages}\n    values: {layout: page}\n")
        << Defaults{};
    QTest::newRow("other collection does not apply")
        << QByteArray("defaults:\n  - scope: {type: recipes}\n    values: {layout: recipe}\n") << Defaults{};
    QTest::newRow("empty path without type")
        << QByteArray("defaults:\n  - scope:\n      path: \"\"\n    values:\n      layout: default\n")
        << one("layout", "default");
    QTest::newRow("no scope at all") << QByteArray("defaults:\n  - values: {layout: default}\n")
                                     << one("layout", "default");
    QTest::newRow("path _posts") << QByteArray(
                                        "defaults:\n  - scope: {path: _posts}\n    values: {author: Mara}\n")
                                 << one("author", "Mara");
    QTest::newRow("path with slashes")
        << QByteArray("defaults:\n  - scope: {path: /_posts/}\n    values: {author: Mara}\n")
        << one("author", "Mara");
    QTest::newRow("path of another folder does not apply")
        << QByteArray("defaults:\n  - scope: {path: blog}\n    values: {author: Mara}\n") << Defaults{};
    QTest::newRow("path sharing a prefix does not apply")
        << QByteArray("defaults:\n  - scope: {path: _posts_old}\n    values: {author: Mara}\n") << Defaults{};
    QTest::newRow("path of a subfolder does not apply to _posts")
        << QByteArray("defaults:\n  - scope: {path: _posts/en}\n    values: {lang: en}\n") << Defaults{};
    QTest::newRow("entry without values map is skipped")
        << QByteArray(
               "defaults:\n  - scope: {path: ''}\n    values: [a]\n  - just text\n"
               "  - values: {layout: post}\n")
        << one("layout", "post");

    QTest::newRow("later entry overrides earlier of same scope")
        << QByteArray(
               "defaults:\n  - scope: {path: ''}\n    values: {layout: a, author: Ann}\n"
               "  - scope: {path: ''}\n    values: {layout: b}\n")
        << Defaults{{"layout", "b"}, {"author", "Ann"}};
    QTest::newRow("longer path wins over a later shorter one")
        << QByteArray(
               "defaults:\n  - scope: {path: _posts}\n    values: {layout: a}\n"
               "  - scope: {path: ''}\n    values: {layout: b, comments: true}\n")
        << Defaults{{"layout", "a"}, {"comments", "true"}};
    QTest::newRow("typed scope wins over a later untyped one")
        << QByteArray(
               "defaults:\n  - scope: {path: '', type: posts}\n    values: {layout: a}\n"
               "  - scope: {path: ''}\n    values: {layout: b}\n")
        << one("layout", "a");
    QTest::newRow("entry after a stronger one only fills unset keys, as in Jekyll")
        << QByteArray(
               "defaults:\n  - scope: {path: ''}\n    values: {x: 1}\n"
               "  - scope: {path: _posts}\n    values: {y: 2}\n"
               "  - scope: {path: ''}\n    values: {x: 3, z: 4}\n")
        << Defaults{{"x", "1"}, {"y", "2"}, {"z", "4"}};
    QTest::newRow("maps are merged key by key")
        << QByteArray(
               "defaults:\n  - scope: {path: ''}\n    values:\n      header: {image: /a.jpg, caption: A}\n"
               "  - scope: {type: posts}\n    values:\n      header: {teaser: /t.jpg, caption: B}\n")
        << one("header", "{image: /a.jpg, caption: B, teaser: /t.jpg}");

    QTest::newRow("keys keep file order") << QByteArray(
                                                 "defaults:\n  - scope: {type: posts}\n    values:\n      "
                                                 "zeta: 1\n      alpha: 2\n      mid: 3\n")
                                          << Defaults{{"zeta", "1"}, {"alpha", "2"}, {"mid", "3"}};
    QTest::newRow("block list becomes flow")
        << QByteArray(
               "defaults:\n  - scope: {type: posts}\n    values:\n      tags:\n        - a\n        - b c\n")
        << one("tags", "[a, b c]");
    QTest::newRow("bool stays plain")
        << QByteArray("defaults:\n  - scope: {type: posts}\n    values:\n      comments: true\n")
        << one("comments", "true");
    QTest::newRow("quoted number stays a string")
        << QByteArray("defaults:\n  - scope: {type: posts}\n    values:\n      code: '007'\n")
        << one("code", "'007'");
    QTest::newRow("double-quoted yes stays a string")
        << QByteArray("defaults:\n  - scope: {type: posts}\n    values:\n      flag: \"yes\"\n")
        << one("flag", "'yes'");
    QTest::newRow("tagged str stays a string")
        << QByteArray("defaults:\n  - scope: {type: posts}\n    values:\n      n: !!str 12\n")
        << one("n", "'12'");
    QTest::newRow("colon in a quoted value")
        << QByteArray("defaults:\n  - scope: {type: posts}\n    values:\n      subtitle: 'Part 1: Start'\n")
        << one("subtitle", "'Part 1: Start'");
    QTest::newRow("apostrophe inside single quotes")
        << QByteArray("defaults:\n  - scope: {type: posts}\n    values:\n      who: 'Mara''s'\n")
        << one("who", "'Mara''s'");
    QTest::newRow("empty value is null")
        << QByteArray("defaults:\n  - scope: {type: posts}\n    values:\n      image:\n")
        << one("image", "null");
    QTest::newRow("block scalar becomes one line")
        << QByteArray(
               "defaults:\n  - scope: {type: posts}\n    values:\n      excerpt: |\n        one\n        "
               "two\n")
        << one("excerpt", "\"one\\ntwo\\n\"");
    QTest::newRow("non-ASCII text is kept")
        << QByteArray("defaults:\n  - scope: {type: posts}\n    values:\n      author: Zoë Ångström\n")
        << one("author", u8"Zoë Ångström");
    QTest::newRow("nested map and list")
        << QByteArray(
               "defaults:\n  - scope: {type: posts}\n    values:\n      header:\n        image: /h.jpg\n"
               "        actions:\n          - label: More\n            url: /more\n")
        << one("header", "{image: /h.jpg, actions: [{label: More, url: /more}]}");
}

void TstSiteConfig::postDefaults() {
    QFETCH(QByteArray, yaml);
    QFETCH(Defaults, expected);
    const Result<SiteConfig> config = SiteConfig::fromText(yaml, QStringLiteral("_config.yml"));
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->postDefaults(), expected);
}

void TstSiteConfig::postDefaultsForPostInSubfolder() {
    const QByteArray yaml =
        "defaults:\n  - scope: {type: posts}\n    values: {lang: xx, layout: post}\n"
        "  - scope: {path: _posts/en}\n    values: {lang: en}\n"
        "  - scope: {path: _drafts}\n    values: {published: false}\n";
    const Result<SiteConfig> config = SiteConfig::fromText(yaml, QStringLiteral("_config.yml"));
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->postDefaults(QStringLiteral("_posts/en/2019-01-01-hello.md")),
             (Defaults{{"lang", "en"}, {"layout", "post"}}));
    QCOMPARE(config->postDefaults(QStringLiteral("_drafts/hello.md")),
             (Defaults{{"lang", "xx"}, {"layout", "post"}, {"published", "false"}}));
    QCOMPARE(config->postDefaults(), (Defaults{{"lang", "xx"}, {"layout", "post"}}));
}

void TstSiteConfig::fixtureWithSeveralScopes() {
    const QString root = fixture(QStringLiteral("defaults"));
    const Result<SiteConfig> config = SiteConfig::load(root);
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->title(), QStringLiteral("Scoped Defaults"));
    const Defaults expected{
        {"layout", "single"},
        {"comments", "true"},
        {"author_profile", "true"},
        {"share", "true"},
        {"header", "{overlay_color: '#333', teaser: /assets/images/teaser.jpg}"},
        {"tags", "[notes, misc]"},
    };
    QCOMPARE(config->postDefaults(), expected);
}

QTEST_GUILESS_MAIN(TstSiteConfig)
#include "tst_siteconfig.moc"
