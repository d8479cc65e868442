// TermRename over the sources of a post's terms: its own keys, the `_config.yml` defaults and its folders,
// combined as Jekyll 4.3 merges them (document.rb: categories_from_path, merge_defaults, the front matter,
// then populate_categories / populate_tags). Each combination is also checked against the site reader, which
// tst_sitejekyllagreement checks against the real Jekyll on the same combinations.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "site/siteconfig.h"
#include "site/sitescan.h"
#include "site/termrename.h"
#include "testfiles.h"

using Vocabulary = TermRename::Vocabulary;

class TestTermRenameSources : public QObject {
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &bytes) { QVERIFY(writeTestFile(path, bytes)); }

private slots:
    // Where a term comes from when the post's own front matter and the `_config.yml` defaults each give one
    // of the keys (Jekyll merges the defaults under the post's own data; see TermRename::plan). `notices`
    // lists, per notice expected, a word it holds: "defaults", "folder", or "instead" (an own key Jekyll
    // does not read).
    void termSources_data() {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("frontMatter");
        QTest::addColumn<bool>("tags");
        QTest::addColumn<QByteArray>("renamed");  // the front matter after the rename; empty: unchanged
        QTest::addColumn<QStringList>("notices");
        const QString post = QStringLiteral("_posts/2020-01-01-a.md");
        const auto everywhere = [](const char *values) {
            return QByteArray("defaults:\n  - scope: {path: \"\"}\n    values: ") + values + "\n";
        };
        QTest::newRow("own tags without defaults are renamed")
            << QByteArray() << post << QByteArray("tags: [old]") << true << QByteArray("tags: [new]")
            << QStringList{};
        QTest::newRow("a default tag hides the own tags: neither renamed, both said")
            << everywhere("{tag: old}") << post << QByteArray("tags: [old]") << true << QByteArray()
            << QStringList{"defaults", "instead"};
        QTest::newRow("a default tag is said even when the own tags do not hold it")
            << everywhere("{tag: old}") << post << QByteArray("tags: [x]") << true << QByteArray()
            << QStringList{"defaults"};
        QTest::newRow("an own tag wins over default tags: renamed, nothing said")
            << everywhere("{tags: [old]}") << post << QByteArray("tag: old") << true << QByteArray("tag: new")
            << QStringList{};
        QTest::newRow("own tags replace default tags: renamed, nothing said")
            << everywhere("{tags: [old, x]}") << post << QByteArray("tags: [old]") << true
            << QByteArray("tags: [new]") << QStringList{};
        QTest::newRow("a nil own tag keeps the default tag (a nil never replaces a value)")
            << everywhere("{tag: old}") << post << QByteArray("tag: ~\ntags: [old]") << true << QByteArray()
            << QStringList{"defaults", "instead"};
        QTest::newRow("a false own tag lets the own tags be read over a default tag")
            << everywhere("{tag: old}") << post << QByteArray("tag: false\ntags: [old]") << true
            << QByteArray("tag: false\ntags: [new]") << QStringList{};
        QTest::newRow("no own keys: default tags as words are said")
            << everywhere("{tags: old x}") << post << QByteArray("title: T") << true << QByteArray()
            << QStringList{"defaults"};
        QTest::newRow("a nil own tags keeps the default tags")
            << everywhere("{tags: [old]}") << post << QByteArray("tags:") << true << QByteArray()
            << QStringList{"defaults"};
        QTest::newRow("an own tag hides the own tags: said, not renamed")
            << QByteArray() << post << QByteArray("tag: x\ntags: [old]") << true << QByteArray()
            << QStringList{"instead"};
        QTest::newRow("default categories stay beside own categories: own renamed, default said")
            << everywhere("{categories: [old]}") << post << QByteArray("categories: [old]") << false
            << QByteArray("categories: [new]") << QStringList{"defaults"};
        QTest::newRow("a default category is read beside own categories: own renamed, default said")
            << everywhere("{category: old}") << post << QByteArray("categories: [old, b]") << false
            << QByteArray("categories: [new, b]") << QStringList{"defaults"};
        QTest::newRow("an own category is read beside default categories as words")
            << everywhere("{categories: old x}") << post << QByteArray("category: old") << false
            << QByteArray("category: new") << QStringList{"defaults"};
        QTest::newRow("an own category replaces the default category")
            << everywhere("{category: old}") << post << QByteArray("category: old") << false
            << QByteArray("category: new") << QStringList{};
        QTest::newRow("a false own category hides the default category")
            << everywhere("{category: old}") << post << QByteArray("category: false") << false << QByteArray()
            << QStringList{};
        QTest::newRow("a nil own category keeps the default category")
            << everywhere("{category: old}") << post << QByteArray("category:") << false << QByteArray()
            << QStringList{"defaults"};
        QTest::newRow("a category folder is said, the own category renamed")
            << QByteArray() << QStringLiteral("old/_posts/2020-01-01-a.md") << QByteArray("categories: [old]")
            << false << QByteArray("categories: [new]") << QStringList{"folder"};
        QTest::newRow("a draft's category folder is said")
            << QByteArray() << QStringLiteral("old/_drafts/a.md") << QByteArray("title: T") << false
            << QByteArray() << QStringList{"folder"};
        QTest::newRow("a folder inside _posts gives no category")
            << QByteArray() << QStringLiteral("_posts/old/2020-01-01-a.md") << QByteArray("title: T") << false
            << QByteArray() << QStringList{};
        QTest::newRow("the collections_dir folder gives no category")
            << QByteArray("collections_dir: old\n") << QStringLiteral("old/_posts/2020-01-01-a.md")
            << QByteArray("title: T") << false << QByteArray() << QStringList{};
        QTest::newRow("a scope path is a prefix: news applies in newsroom, as Jekyll's start_with? does")
            << QByteArray("defaults:\n  - scope: {path: news}\n    values: {tags: [old]}\n")
            << QStringLiteral("newsroom/_posts/2020-01-01-a.md") << QByteArray("title: T") << true
            << QByteArray() << QStringList{"defaults"};
        QTest::newRow("a scope path of another folder does not apply")
            << QByteArray("defaults:\n  - scope: {path: news}\n    values: {tags: [old]}\n")
            << QStringLiteral("blog/_posts/2020-01-01-a.md") << QByteArray("title: T") << true << QByteArray()
            << QStringList{};
        QTest::newRow("a glob scope path applies to the folders it matches")
            << QByteArray("defaults:\n  - scope: {path: \"*/_posts\", type: posts}\n    values: {tag: old}\n")
            << QStringLiteral("news/_posts/2020-01-01-a.md") << QByteArray("title: T") << true << QByteArray()
            << QStringList{"defaults"};
        QTest::newRow("a glob scope path does not apply elsewhere")
            << QByteArray("defaults:\n  - scope: {path: \"*/_posts\", type: posts}\n    values: {tag: old}\n")
            << post << QByteArray("title: T") << true << QByteArray() << QStringList{};
        QTest::newRow("defaults typed for pages do not apply")
            << QByteArray("defaults:\n  - scope: {type: pages}\n    values: {tags: [old]}\n") << post
            << QByteArray("title: T") << true << QByteArray() << QStringList{};
    }
    void termSources() {
        QFETCH(QByteArray, config);
        QFETCH(QString, file);
        QFETCH(QByteArray, frontMatter);
        QFETCH(bool, tags);
        QFETCH(QByteArray, renamed);
        QFETCH(QStringList, notices);
        QTemporaryDir dir;
        const QString root = dir.path();
        write(root + "/_config.yml", config);
        const QString path = root + QLatin1Char('/') + file;
        const QByteArray before = "---\n" + frontMatter + "\n---\nBody\n";
        write(path, before);
        const Result<SiteConfig> loaded = SiteConfig::load(root);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const Vocabulary vocabulary = tags ? Vocabulary::Tags : Vocabulary::Categories;
        const Result<TermRename::Plan> plan =
            TermRename::plan(root, {path}, loaded.value(), vocabulary, "old", "new");
        QVERIFY(plan.ok());
        QCOMPARE(plan->changes.size(), renamed.isEmpty() ? 0 : 1);
        if (!renamed.isEmpty())
            QCOMPARE(plan->changes.front().after, "---\n" + renamed + "\n---\nBody\n");
        QStringList messages;
        for (const TermRename::Notice &notice : plan->notices) {
            QCOMPARE(notice.path, path);
            QVERIFY2(notice.message.startsWith(QDir::toNativeSeparators(path)), qPrintable(notice.message));
            messages.append(notice.message);
        }
        QCOMPARE(messages.size(), notices.size());
        for (int i = 0; i < notices.size(); ++i)
            QVERIFY2(messages.at(i).contains(notices.at(i)), qPrintable(messages.at(i)));

        // What the plan says agrees with the site reader (itself checked against Jekyll): the post has
        // the term exactly when the rename changes it or says where it comes from, and after the rename
        // only the terms it said it could not rename are left.
        const auto termsRead = [&] {
            const SiteScan scan = SiteScan::read(root);
            for (const SitePost &document : scan.documents()) {
                if (document.path == path)
                    return tags ? document.tags : document.categories;
            }
            return QStringList{QStringLiteral("(the reader did not list the post)")};
        };
        const bool unrenamable = notices.contains("defaults") || notices.contains("folder");
        QCOMPARE(termsRead().contains("old"), !renamed.isEmpty() || unrenamable);
        QCOMPARE(TermRename::apply(plan.value()).written.size(), renamed.isEmpty() ? 0 : 1);
        QCOMPARE(termsRead().contains("old"), unrenamable);
        QCOMPARE(termsRead().contains("new"), !renamed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTermRenameSources)
#include "tst_termrenamesources.moc"
