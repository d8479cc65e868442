// SiteReader's rules, each on a tiny site in a QTemporaryDir (the agreement with the real Jekyll is in
// tst_sitejekyllagreement), and the bad sites it must survive.

#include "site/jekyllfrontmatter.h"
#include "site/psychyaml.h"
#include "site/sitereader.h"
#include "sitegenerator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

void write(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

const SitePost *find(const SiteSnapshot &snapshot, const QString &relativePath) {
    for (const SitePost &post : snapshot.documents) {
        if (post.relativePath == relativePath)
            return &post;
    }
    return nullptr;
}

const QDateTime kSiteTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);

}  // namespace

class TstSiteReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void psychReadsScalars_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("text");
        const int boolType = int(JekyllValue::Type::Bool), intType = int(JekyllValue::Type::Int),
                  stringType = int(JekyllValue::Type::String), nullType = int(JekyllValue::Type::Null),
                  floatType = int(JekyllValue::Type::Float), timeType = int(JekyllValue::Type::Time),
                  dateType = int(JekyllValue::Type::Date);
        QTest::newRow("yEs is true in any case") << QByteArray("v: yEs") << boolType << "true";
        QTest::newRow("OFF is false") << QByteArray("v: OFF") << boolType << "false";
        QTest::newRow("y stays text (YAML 1.1 in Psych has no y)") << QByteArray("v: y") << stringType << "y";
        QTest::newRow("quoted no is text") << QByteArray("v: 'no'") << stringType << "no";
        QTest::newRow("nUll is nil") << QByteArray("v: nUll") << nullType << "";
        QTest::newRow("012 is octal") << QByteArray("v: 012") << intType << "10";
        QTest::newRow("08 is text") << QByteArray("v: 08") << stringType << "08";
        QTest::newRow("0x1F is hex") << QByteArray("v: 0x1F") << intType << "31";
        QTest::newRow("1:30 is sexagesimal") << QByteArray("v: 1:30") << intType << "5400";
        QTest::newRow("1,000 is an integer") << QByteArray("v: 1,000") << intType << "1000";
        QTest::newRow("1e3 is text") << QByteArray("v: 1e3") << stringType << "1e3";
        QTest::newRow("3. is a float") << QByteArray("v: 3.") << floatType << "3.0";
        QTest::newRow("1.0e+20 as Ruby writes it") << QByteArray("v: 1.0e+20") << floatType << "1.0e+20";
        QTest::newRow("zoneless timestamp is UTC")
            << QByteArray("v: 2020-01-05 10:20:30") << timeType << "2020-01-05 10:20:30 +0000";
        QTest::newRow("timestamp without seconds is text")
            << QByteArray("v: 2020-01-05 10:20") << stringType << "2020-01-05 10:20";
        QTest::newRow("2020-1-5 is a date") << QByteArray("v: 2020-1-5") << dateType << "2020-01-05";
        QTest::newRow("2020-02-30 is text") << QByteArray("v: 2020-02-30") << stringType << "2020-02-30";
        QTest::newRow("custom tag is the text") << QByteArray("v: !foo bar") << stringType << "bar";
        QTest::newRow("!!int on a quoted number") << QByteArray("v: !!int '7'") << intType << "7";
        QTest::newRow("!!bool by the text's form") << QByteArray("v: !!bool yes") << boolType << "true";
        QTest::newRow("!!binary is decoded") << QByteArray("v: !!binary aGk=") << stringType << "hi";
        QTest::newRow("duplicate keys: the last wins") << QByteArray("v: 1\nv: 2") << intType << "2";
        QTest::newRow("<< merges a mapping")
            << QByteArray("a: &a {v: merged}\n<<: *a") << stringType << "merged";
    }

    void psychReadsScalars() {
        QFETCH(QByteArray, yaml);
        QFETCH(int, type);
        QFETCH(QString, text);
        const PsychYaml::Loaded loaded = PsychYaml::load(yaml);
        QVERIFY(!loaded.error);
        const JekyllValue *value = loaded.value.find(QStringLiteral("v"));
        QVERIFY(value);
        QCOMPARE(int(value->type), type);
        QCOMPARE(value->toRubyString(), text);
    }

    void psychRefuses_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("a Symbol") << QByteArray("v: :name");
        QTest::newRow("a Ruby object") << QByteArray("v: !ruby/object:Foo {}");
        QTest::newRow("an unclosed flow list") << QByteArray("v: [a, b");
        QTest::newRow("a mapping in a plain value") << QByteArray("v: a: b");
    }

    void psychRefuses() {
        QFETCH(QByteArray, yaml);
        const PsychYaml::Loaded loaded = PsychYaml::load(yaml);
        QVERIFY(loaded.error);
        QVERIFY(loaded.error->line >= 1);
        QVERIFY(!loaded.error->message.isEmpty());
    }

    void readsDocumentKinds() {
        QTemporaryDir dir;
        write(dir.filePath("_config.yml"), "collections: [recipes]\n");
        write(dir.filePath("_posts/2020-01-02-hello-world.md"), "---\n---\n");
        write(dir.filePath("news/_posts/2020-01-03-in-news.md"), "---\n---\n");
        write(dir.filePath("_drafts/idea.md"), "---\n---\n");
        write(dir.filePath("about.md"), "---\ntitle: About\n---\n");
        write(dir.filePath("static.md"), "no front matter\n");
        write(dir.filePath("_recipes/soup.md"), "---\n---\n");
        const SiteSnapshot snapshot = SiteReader(dir.path(), kSiteTime).read();
        QCOMPARE(snapshot.documents.size(), 5);
        QCOMPARE(find(snapshot, "_posts/2020-01-02-hello-world.md")->kind, SitePost::Kind::Post);
        QCOMPARE(find(snapshot, "_posts/2020-01-02-hello-world.md")->title, QStringLiteral("Hello World"));
        QCOMPARE(find(snapshot, "news/_posts/2020-01-03-in-news.md")->categories, QStringList{"news"});
        QCOMPARE(find(snapshot, "_drafts/idea.md")->kind, SitePost::Kind::Draft);
        QVERIFY(find(snapshot, "_drafts/idea.md")->draft);
        QCOMPARE(find(snapshot, "about.md")->kind, SitePost::Kind::Page);
        QCOMPARE(find(snapshot, "_recipes/soup.md")->collection, QStringLiteral("recipes"));
        QVERIFY(!find(snapshot, "static.md"));
    }

    void datesFollowJekyll_data() {
        QTest::addColumn<QByteArray>("frontMatter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("file name: midnight in the site's zone")
            << QByteArray("") << "2020-01-05T00:00:00+01:00";
        QTest::newRow("date only") << QByteArray("date: 2020-02-01\n") << "2020-02-01T00:00:00+01:00";
        QTest::newRow("zoneless timestamp is UTC, shown in the site's zone")
            << QByteArray("date: 2020-02-01 10:00:00\n") << "2020-02-01T11:00:00+01:00";
        QTest::newRow("quoted zoneless time is local")
            << QByteArray("date: '2020-02-01 10:00:00'\n") << "2020-02-01T10:00:00+01:00";
        QTest::newRow("offset converted to the site's zone")
            << QByteArray("date: 2020-07-01 10:00:00 -05:00\n") << "2020-07-01T17:00:00+02:00";
    }

    void datesFollowJekyll() {
        QFETCH(QByteArray, frontMatter);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        write(dir.filePath("_config.yml"), "timezone: Europe/Berlin\n");
        write(dir.filePath("_posts/2020-01-05-post.md"), "---\n" + frontMatter + "---\n");
        const SiteSnapshot snapshot = SiteReader(dir.path(), kSiteTime).read();
        QCOMPARE(snapshot.documents.size(), 1);
        const QDateTime date = snapshot.documents[0].date;
        QCOMPARE(date.toOffsetFromUtc(date.offsetFromUtc()).toString(Qt::ISODate), expected);
    }

    // The title Jekyll gives a post without one, which the preview's header shows too.
    void titleFromFileName_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("title");
        QTest::newRow("dated post") << "2016-05-20-my-example-post.md"
                                    << "My Example Post";
        QTest::newRow("capitalized as Ruby does") << "2020-1-2-UPPER-case.markdown"
                                                  << "Upper Case";
        QTest::newRow("draft without a date") << "some-idea.md"
                                              << "Some Idea";
        QTest::newRow("no file yet") << ""
                                     << "";
    }
    void titleFromFileName() {
        QFETCH(QString, fileName);
        QFETCH(QString, title);
        QCOMPARE(JekyllFrontMatter::titleFromFileName(fileName), title);
    }

    void tagsAndCategories_data() {
        QTest::addColumn<QByteArray>("frontMatter");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QStringList>("categories");
        QTest::newRow("lists") << QByteArray("tags: [a, b]\ncategories: [x]\n") << QStringList{"a", "b"}
                               << QStringList{"blog", "x"};
        QTest::newRow("text is split at spaces") << QByteArray("tags: a b\ncategories: x y\n")
                                                 << QStringList{"a", "b"} << QStringList{"blog", "x", "y"};
        QTest::newRow("singular keys are not split")
            << QByteArray("tag: a b\ncategory: x y\n") << QStringList{"a b"} << QStringList{"blog", "x y"};
        QTest::newRow("a folder category is not repeated")
            << QByteArray("categories: [blog, z]\n") << QStringList{} << QStringList{"blog", "z"};
        QTest::newRow("tags are not made unique")
            << QByteArray("tags: [a, a]\n") << QStringList{"a", "a"} << QStringList{"blog"};
        // Jekyll's `value ||= plural`: a false or empty singular key gives way to the plural one.
        QTest::newRow("a false tag falls back to tags")
            << QByteArray("tag: false\ntags: c d\n") << QStringList{"c", "d"} << QStringList{"blog"};
        QTest::newRow("an empty tag falls back to tags")
            << QByteArray("tag:\ntags: [c]\n") << QStringList{"c"} << QStringList{"blog"};
        QTest::newRow("a number under tags is not a tag")
            << QByteArray("tags: 2024\n") << QStringList{} << QStringList{"blog"};
    }

    void tagsAndCategories() {
        QFETCH(QByteArray, frontMatter);
        QFETCH(QStringList, tags);
        QFETCH(QStringList, categories);
        QTemporaryDir dir;
        write(dir.filePath("blog/_posts/2020-01-05-post.md"), "---\n" + frontMatter + "---\n");
        const SiteSnapshot snapshot = SiteReader(dir.path(), kSiteTime).read();
        QCOMPARE(snapshot.documents.size(), 1);
        QCOMPARE(snapshot.documents[0].tags, tags);
        QCOMPARE(snapshot.documents[0].categories, categories);
    }

    void publishing_data() {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("frontMatter");
        QTest::addColumn<bool>("publishes");
        QTest::newRow("a past post") << QByteArray() << "_posts/2020-01-01-a.md" << QByteArray() << true;
        QTest::newRow("published: no")
            << QByteArray() << "_posts/2020-01-01-a.md" << QByteArray("published: no\n") << false;
        QTest::newRow("published: ~ (nil) hides a post")
            << QByteArray() << "_posts/2020-01-01-a.md" << QByteArray("published: ~\n") << false;
        QTest::newRow("published: \"false\" (text) publishes")
            << QByteArray() << "_posts/2020-01-01-a.md" << QByteArray("published: \"false\"\n") << true;
        QTest::newRow("unpublished: true") << QByteArray("unpublished: true\n") << "_posts/2020-01-01-a.md"
                                           << QByteArray("published: off\n") << true;
        QTest::newRow("a future post") << QByteArray() << "_posts/2030-01-01-a.md" << QByteArray() << false;
        QTest::newRow("future: yes") << QByteArray("future: yes\n") << "_posts/2030-01-01-a.md"
                                     << QByteArray() << true;
        QTest::newRow("a draft") << QByteArray() << "_drafts/2020-01-01-a.md" << QByteArray() << false;
        QTest::newRow("show_drafts") << QByteArray("show_drafts: true\n") << "_drafts/2020-01-01-a.md"
                                     << QByteArray() << true;
        QTest::newRow("defaults unpublish a post")
            << QByteArray("defaults:\n  - values: {published: false}\n") << "_posts/2020-01-01-a.md"
            << QByteArray() << false;
        QTest::newRow("defaults do not unpublish a page")
            << QByteArray("defaults:\n  - values: {published: false}\n") << "page.md" << QByteArray() << true;
        QTest::newRow("a collection document with published: nil")
            << QByteArray("collections: [notes]\n") << "_notes/n.md" << QByteArray("published: ~\n") << true;
    }

    void publishing() {
        QFETCH(QByteArray, config);
        QFETCH(QString, file);
        QFETCH(QByteArray, frontMatter);
        QFETCH(bool, publishes);
        QTemporaryDir dir;
        write(dir.filePath("_config.yml"), config);
        write(dir.filePath(file), "---\n" + frontMatter + "---\n");
        const SiteReader reader(dir.path(), kSiteTime);
        const SiteSnapshot snapshot = reader.read();
        QCOMPARE(snapshot.documents.size(), 1);
        QCOMPARE(reader.config().publishes(snapshot.documents[0], kSiteTime), publishes);
    }

    void brokenFrontMatterIsListed() {
        QTemporaryDir dir;
        write(dir.filePath("_config.yml"), "defaults:\n  - values: {tags: [kept]}\n");
        write(dir.filePath("_posts/2020-01-05-broken.md"), "---\ntitle: ok\ntags: [a, b\n---\nbody\n");
        const SiteSnapshot snapshot = SiteReader(dir.path(), kSiteTime).read();
        QCOMPARE(snapshot.documents.size(), 1);
        const SitePost &post = snapshot.documents[0];
        QVERIFY(post.frontMatterFailed);
        QCOMPARE(post.problems.size(), 1);
        QVERIFY(post.problems[0].line >= 3);
        // Like Jekyll: no title, the defaults' tags, and the time of the read as its date.
        QVERIFY(!post.hasTitle);
        QCOMPARE(post.tags, QStringList{"kept"});
        QCOMPARE(post.date.toSecsSinceEpoch(), kSiteTime.toSecsSinceEpoch());
    }

    void destinationInsideTheSiteIsNotRead() {
        QTemporaryDir dir;
        write(dir.filePath("_config.yml"), "destination: public\n");
        write(dir.filePath("public/index.md"), "---\ntitle: built\n---\n");
        write(dir.filePath("about.md"), "---\n---\n");
        const SiteReader reader(dir.path(), kSiteTime);
        const SiteSnapshot snapshot = reader.read();
        QCOMPARE(snapshot.documents.size(), 1);
        QCOMPARE(snapshot.documents[0].relativePath, QStringLiteral("about.md"));
        QVERIFY(!reader.readFile(dir.filePath("public/index.md")));
    }

    void symlinkLoopEnds() {
        QTemporaryDir dir;
        write(dir.filePath("a/page.md"), "---\n---\n");
        QVERIFY(QFile::link(dir.filePath("a"), dir.filePath("a/loop")));
        const SiteSnapshot snapshot = SiteReader(dir.path(), kSiteTime).read();
        QVERIFY(find(snapshot, "a/page.md"));
        QVERIFY(std::any_of(snapshot.problems.cbegin(), snapshot.problems.cend(),
                            [](const QString &p) { return p.contains(QLatin1String("loops")); }));
    }

    void symlinkOutsideTheSiteIsSkipped() {
        QTemporaryDir outside;
        write(outside.filePath("2020-01-01-out.md"), "---\n---\n");
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath("_posts"));
        QVERIFY(QFile::link(outside.filePath("2020-01-01-out.md"), dir.filePath("_posts/2020-01-01-out.md")));
        write(dir.filePath("_posts/2020-01-02-in.md"), "---\n---\n");
        const SiteSnapshot snapshot = SiteReader(dir.path(), kSiteTime).read();
        QCOMPARE(snapshot.documents.size(), 1);
        QCOMPARE(snapshot.documents[0].relativePath, QStringLiteral("_posts/2020-01-02-in.md"));
    }

    void fifoIsNotOpened() {
        QTemporaryDir dir;
        write(dir.filePath("_posts/2020-01-02-real.md"), "---\n---\n");
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath("_posts/2020-01-01-fifo.md")).constData(), 0644), 0);
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath("page.md")).constData(), 0644), 0);
        const SiteReader reader(dir.path(), kSiteTime);
        const SiteSnapshot snapshot = reader.read();  // would block for ever on a FIFO opened for reading
        QCOMPARE(snapshot.documents.size(), 1);
        QVERIFY(!reader.readFile(dir.filePath("_posts/2020-01-01-fifo.md")));
    }

    void hugeFileIsReadOnlyAtItsStart() {
        QTemporaryDir dir;
        const QString path = dir.filePath("_posts/2020-01-01-huge.md");
        write(path, "---\ntitle: Huge\n---\n");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(100LL * 1024 * 1024));  // sparse: 100 MB of zero bytes
        file.close();
        const SiteSnapshot snapshot = SiteReader(dir.path(), kSiteTime).read();
        QCOMPARE(snapshot.documents.size(), 1);
        QCOMPARE(snapshot.documents[0].title, QStringLiteral("Huge"));
        QVERIFY(snapshot.documents[0].bodyTruncated);
        QCOMPARE(snapshot.documents[0].size, 100LL * 1024 * 1024);
    }

    void nameThatIsNotUtf8IsRead() {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath("_posts"));
        const QByteArray name = QFile::encodeName(dir.filePath("_posts")) + "/2020-01-01-caf\xE9.md";
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "---\ntitle: Latin-1\n---\n", 23), ssize_t(23));
        ::close(fd);
        const SiteSnapshot snapshot = SiteReader(dir.path(), kSiteTime).read();
        QCOMPARE(snapshot.documents.size(), 1);
        QCOMPARE(snapshot.documents[0].title, QStringLiteral("Latin-1"));
        QCOMPARE(snapshot.documents[0].nativePath, name);
        QCOMPARE(snapshot.documents[0].problems.size(), 1);
    }

    void bodyThatIsNotUtf8IsNotPublished() {
        QTemporaryDir dir;
        write(dir.filePath("_posts/2020-01-01-latin.md"), "---\ntitle: x\n---\ncaf\xE9\n");
        const SiteReader reader(dir.path(), kSiteTime);
        const SiteSnapshot snapshot = reader.read();
        QCOMPARE(snapshot.documents.size(), 1);
        QVERIFY(!snapshot.documents[0].validUtf8);
        QVERIFY(!reader.config().publishes(snapshot.documents[0], kSiteTime));
    }

    void wordCountIsTheBody() {
        QTemporaryDir dir;
        write(dir.filePath("_posts/2020-01-01-w.md"),
              "---\ntitle: not counted\n---\none two\tthree\n\nfour\n");
        const SiteSnapshot snapshot = SiteReader(dir.path(), kSiteTime).read();
        QCOMPARE(snapshot.documents[0].wordCount, 4);
    }

    void readFileEqualsTheFullRead() {
        QTemporaryDir dir;
        SiteGenerator::Options options;
        options.posts = 200;
        options.bodyWords = 10;
        QVERIFY(SiteGenerator::write(dir.path(), options));
        const SiteReader reader(dir.path(), kSiteTime);
        const SiteSnapshot snapshot = reader.read();
        QVERIFY(snapshot.documents.size() > 200);
        for (const SitePost &post : snapshot.documents) {
            const std::optional<SitePost> one = reader.readFile(post.path);
            QVERIFY2(one, qPrintable(post.relativePath));
            QCOMPARE(one->kind, post.kind);
            QCOMPARE(one->title, post.title);
            QCOMPARE(one->date, post.date);
            QCOMPARE(one->tags, post.tags);
            QCOMPARE(one->categories, post.categories);
            QCOMPARE(one->published, post.published);
            QCOMPARE(one->wordCount, post.wordCount);
        }
        // Files Jekyll does not read as documents are not documents one by one either.
        for (const char *ignored : {"notes.md", "docs/plain.md", "docs/.hidden.md", "_private/secret.md",
                                    "backup.md~", "_recipes/static.txt", "_config.yml"})
            QVERIFY2(!reader.readFile(dir.filePath(QLatin1String(ignored))), ignored);
    }

    void batchesAddUpToTheWholeRead() {
        QTemporaryDir dir;
        SiteGenerator::Options options;
        options.posts = 2500;
        options.bodyWords = 1;
        QVERIFY(SiteGenerator::write(dir.path(), options));
        const SiteReader reader(dir.path(), kSiteTime);
        int batches = 0;
        int reported = 0;
        int lastDone = 0;
        bool ordered = true;
        const SiteSnapshot snapshot =
            reader.read([&](const QVector<SitePost> &batch, int done, int total) -> bool {
                ++batches;
                reported += batch.size();
                ordered = ordered && done > lastDone && done <= total;
                lastDone = done;
                return true;
            });
        QVERIFY(ordered);
        QVERIFY(batches >= 3);
        QCOMPARE(reported, snapshot.documents.size());
        QCOMPARE(snapshot.documents.size(), reader.read().documents.size());
    }

    void stoppingEarlyKeepsWhatWasRead() {
        QTemporaryDir dir;
        SiteGenerator::Options options;
        options.posts = 2500;
        options.bodyWords = 1;
        QVERIFY(SiteGenerator::write(dir.path(), options));
        const SiteSnapshot snapshot =
            SiteReader(dir.path(), kSiteTime).read([](const QVector<SitePost> &, int, int) { return false; });
        QVERIFY(snapshot.documents.size() > 0);
        QVERIFY(snapshot.documents.size() <= SiteReader::kBatchSize);
    }

    void readsFromTasksOfTheGlobalPool() {
        QTemporaryDir dir;
        SiteGenerator::Options options;
        options.posts = 300;
        options.bodyWords = 1;
        QVERIFY(SiteGenerator::write(dir.path(), options));
        const int expected = int(SiteReader(dir.path(), kSiteTime).read().documents.size());
        // As many reads as the global pool has threads, each from one of them: none may wait for a thread.
        QVector<QFuture<int>> reads;
        for (int i = 0; i < QThreadPool::globalInstance()->maxThreadCount(); ++i)
            reads.append(QtConcurrent::run(
                [&dir] { return int(SiteReader(dir.path(), kSiteTime).read().documents.size()); }));
        for (QFuture<int> &read : reads)
            QCOMPARE(read.result(), expected);
    }

    void configSettings() {
        QTemporaryDir dir;
        write(dir.filePath("_config.yml"),
              "timezone: Asia/Tokyo\nfuture: yes\nshow_drafts: on\nunpublished: no\npermalink: pretty\n"
              "collections_dir: /my/\ncollections:\n  recipes: {output: true, permalink: /r/:name}\n  posts: "
              "{}\n"
              "exclude: [drafts]\nmarkdown_ext: md,txt\n");
        const Result<SiteConfig> config = SiteConfig::load(dir.path());
        QVERIFY(config);
        QCOMPARE(config->zone().id(), QByteArray("Asia/Tokyo"));
        QVERIFY(config->future());
        QVERIFY(config->showDrafts());
        QVERIFY(!config->unpublished());
        QCOMPARE(config->permalink(), QStringLiteral("pretty"));
        QCOMPARE(config->collectionsDir(), QStringLiteral("my"));
        QCOMPARE(config->collections().size(), 1);
        QCOMPARE(config->collections()[0].permalink, QStringLiteral("/r/:name"));
        QVERIFY(config->collections()[0].output);
        QCOMPARE(config->exclude().first(), QStringLiteral("drafts"));
        QVERIFY(config->exclude().contains(QStringLiteral("node_modules")));
        QCOMPARE(config->include(), QStringList{".htaccess"});
        QCOMPARE(config->markdownExtensions(), (QStringList{"md", "txt"}));
    }
};

QTEST_GUILESS_MAIN(TstSiteReader)
#include "tst_sitereader.moc"
