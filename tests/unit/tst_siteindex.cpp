// The live site index: one per site, read off the GUI thread, kept current by folder watches, refresh() and
// the sweep, with full-text search on its own threads.
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "site/siteindex.h"
#include "site/sitereader.h"
#include "site/sitescan.h"
#include "site/sitetermcounts.h"

class TestSiteIndex : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_cache;

    static void write(const QString &path, const QByteArray &bytes) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    // Written as editors and git do: a new file renamed over the old one.
    static void writeByRename(const QString &path, const QByteArray &bytes) {
        write(path + ".tmp~", bytes);
        QFile::remove(path);
        QVERIFY(QFile::rename(path + ".tmp~", path));
    }
    static QString makeSite(const QTemporaryDir &dir) {
        const QString root = QFileInfo(dir.path()).canonicalFilePath();
        write(root + "/_config.yml", "title: T\ntimezone: UTC\n");
        write(root + "/_posts/2020-01-01-first.md",
              "---\ntitle: First\ntags: [jekyll, ruby]\n---\nAlpha words\n");
        write(root + "/_posts/2020-02-01-second.md", "---\ntags: jekyll\ncategories: news\n---\nBeta\n");
        write(root + "/_posts/2999-01-01-future.md", "---\ntitle: Later\ntags: [jekyll]\n---\n");
        write(root + "/_posts/2020-03-01-hidden.md", "---\npublished: false\ntags: [jekyll]\n---\n");
        write(root + "/_drafts/idea.md", "---\ntitle: Idea\ntags: [draft-only]\n---\nGamma\n");
        write(root + "/about.md", "---\ntitle: About\n---\n");
        return root;
    }
    static std::shared_ptr<SiteIndex> readyIndex(const QString &root) {
        std::shared_ptr<SiteIndex> index = SiteIndex::forSite(root);
        if (!index->isReady()) {
            QSignalSpy ready(index.get(), &SiteIndex::ready);
            ready.wait(20000);
        }
        return index;
    }
    static const PostSummary *summaryOf(const QVector<PostSummary> &all, const QString &name) {
        for (const PostSummary &s : all) {
            if (s.relativePath.endsWith(name))
                return &s;
        }
        return nullptr;
    }
    // Waits until `condition` holds, processing events; false after `ms`.
    template <typename F>
    static bool waitFor(F condition, int ms = 10000) {
        QElapsedTimer timer;
        timer.start();
        while (!condition() && timer.elapsed() < ms)
            QTest::qWait(10);
        return condition();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        SiteIndex::setCacheFolder(m_cache.path());
    }

    void onePerSite() {
        QTemporaryDir a;
        QTemporaryDir b;
        const QString rootA = makeSite(a);
        const QString rootB = makeSite(b);
        std::shared_ptr<SiteIndex> first = SiteIndex::forSite(rootA);
        QCOMPARE(SiteIndex::forSite(rootA + "/").get(), first.get());
        QVERIFY(SiteIndex::forSite(rootB).get() != first.get());
        QSignalSpy ready(first.get(), &SiteIndex::ready);
        QVERIFY(ready.wait(20000));

        // Released and asked for again before the old one is deleted (it goes through the event loop): the
        // new one stays registered after the old one's deletion.
        first.reset();
        std::shared_ptr<SiteIndex> second = SiteIndex::forSite(rootA);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(SiteIndex::forSite(rootA).get(), second.get());
    }

    void readsTheSiteAsJekyll() {
        QTemporaryDir dir;
        const QString root = makeSite(dir);
        const std::shared_ptr<SiteIndex> index = readyIndex(root);
        QVERIFY(index->isReady());
        QCOMPARE(index->documents().size(), SiteScan::read(root).documents().size());
        const QVector<PostSummary> all = index->summaries();
        QCOMPARE(summaryOf(all, "first.md")->url, QString("/2020/01/01/first.html"));
        QCOMPARE(summaryOf(all, "second.md")->title, QString("Second"));  // from the slug, as Jekyll does
        QCOMPARE(summaryOf(all, "second.md")->url, QString("/news/2020/02/01/second.html"));
        QCOMPARE(summaryOf(all, "future.md")->status, PostFilter::Status::Scheduled);
        QCOMPARE(summaryOf(all, "hidden.md")->status, PostFilter::Status::Unpublished);
        QCOMPARE(summaryOf(all, "idea.md")->status, PostFilter::Status::Draft);
        QCOMPARE(summaryOf(all, "about.md")->kind, PostSummary::Kind::Page);
        // site.tags counts the posts Jekyll publishes: not the draft, the future or the unpublished one.
        QCOMPARE(index->tags().count("jekyll"), 2);
        QCOMPARE(index->tags().count("draft-only"), 0);
        QCOMPARE(index->categories().count("news"), 1);
    }

    // Everything the panel shows of a document, to compare a summary from a batch with the index's own.
    static QString described(const PostSummary &s) {
        return QStringList{s.path,
                           s.relativePath,
                           s.kindName(),
                           s.collection,
                           s.title,
                           s.date.toString(Qt::ISODateWithMs),
                           PostFilter::statusName(s.status),
                           s.tags.join('|'),
                           s.categories.join('|'),
                           s.url,
                           QString::number(s.wordCount),
                           s.problem}
            .join('\n');
    }

    // The first read reaches the GUI thread in batches, with URLs, before ready(); together they are
    // exactly what the index holds once ready.
    void firstReadArrivesInBatchesThenReady() {
        QTemporaryDir dir;
        const QString root = QFileInfo(dir.path()).canonicalFilePath();
        write(root + "/_config.yml", "timezone: UTC\ncollections:\n  recipes:\n    output: true\n");
        const int posts = 2 * SiteReader::kBatchSize + 100;  // three batches at least
        for (int i = 0; i < posts; ++i) {
            write(
                root +
                    QStringLiteral("/_posts/2020-01-%1-post-%2.md").arg(1 + i % 28, 2, 10, QChar('0')).arg(i),
                QStringLiteral("---\ntitle: Post %1\ntags: [t%2]\n---\nwords here\n")
                    .arg(i)
                    .arg(i % 7)
                    .toUtf8());
        }
        write(root + "/_drafts/idea.md", "---\ntitle: Idea\n---\n");
        write(root + "/about.md", "---\ntitle: About\n---\n");
        write(root + "/_recipes/soup.md", "---\ntitle: Soup\n---\n");

        const std::shared_ptr<SiteIndex> index = SiteIndex::forSite(root);
        QVERIFY(!index->isReady());
        QStringList events;
        QHash<QString, QString> read;  // path -> described summary, from the batches
        int duplicates = 0;
        connect(index.get(), &SiteIndex::documentsRead, this, [&](const QVector<PostSummary> &batch) {
            events << QStringLiteral("batch");
            QVERIFY(!index->isReady());
            for (const PostSummary &s : batch) {
                duplicates += read.contains(s.path) ? 1 : 0;
                read.insert(s.path, described(s));
            }
        });
        connect(index.get(), &SiteIndex::ready, this, [&] { events << QStringLiteral("ready"); });
        QVERIFY(waitFor([&] { return index->isReady(); }, 60000));

        QVERIFY2(events.count("batch") >= 3, qPrintable(events.join(' ')));
        QCOMPARE(events.last(), QStringLiteral("ready"));
        QCOMPARE(events.count("ready"), 1);
        QCOMPARE(duplicates, 0);
        QVERIFY(index->batchesMatchReady());
        const QVector<PostSummary> all = index->summaries();
        QCOMPARE(read.size(), all.size());
        QCOMPARE(all.size(), posts + 3);
        for (const PostSummary &s : all)
            QCOMPARE(read.value(s.path), described(s));
        QCOMPARE(summaryOf(all, "post-5.md")->url, QString("/2020/01/06/post-5.html"));
        QCOMPARE(summaryOf(all, "soup.md")->url, QString("/recipes/soup.html"));
        // The tags counted batch by batch are those of the whole site.
        for (int t = 0; t < 7; ++t)
            QCOMPARE(index->tags().count(QStringLiteral("t%1").arg(t)), (posts + 6 - t) / 7);
        QCOMPARE(index->tags().size(), 7);

        // Later changes come as documentsChanged only.
        QSignalSpy batches(index.get(), &SiteIndex::documentsRead);
        QSignalSpy changed(index.get(), &SiteIndex::documentsChanged);
        write(root + "/about.md", "---\ntitle: About us\n---\n");
        index->refresh({root + "/about.md"});
        QVERIFY(changed.wait(10000));
        QCOMPARE(batches.size(), 0);
    }

    // The tag and category counts follow each changed file as a full count would (and cost that file only).
    void termCountsFollowChanges() {
        QTemporaryDir dir;
        const QString root = makeSite(dir);
        const std::shared_ptr<SiteIndex> index = readyIndex(root);
        index->setSweepInterval(0);
        QCOMPARE(index->tags().count("jekyll"), 2);
        QSignalSpy changed(index.get(), &SiteIndex::documentsChanged);
        write(root + "/_posts/2020-02-01-second.md",
              "---\ntags: [ruby, fresh]\ncategories: news\n---\nBeta\n");
        write(root + "/_posts/2021-01-01-added.md", "---\ntags: [fresh, fresh]\ncategories: [misc]\n---\n");
        QFile::remove(root + "/_posts/2020-01-01-first.md");
        index->refresh({root + "/_posts/2020-02-01-second.md", root + "/_posts/2021-01-01-added.md",
                        root + "/_posts/2020-01-01-first.md"});
        QVERIFY(changed.wait(10000));
        QCOMPARE(index->tags().count("jekyll"), 0);  // its last published post is gone
        QCOMPARE(index->tags().count("ruby"), 1);
        QCOMPARE(index->tags().count("fresh"), 2);  // once per post
        QCOMPARE(index->categories().count("misc"), 1);
        SiteTermCounts full;
        const SiteScan scan = SiteScan::read(root);
        full.recount(scan.documents(), scan.config(), QDateTime::currentDateTime());
        const auto names = [](const TermVocabulary &v) {
            QStringList out;
            for (const TermVocabulary::Term &t : v.terms())
                out << QStringLiteral("%1=%2").arg(t.name).arg(t.count);
            return out;
        };
        QCOMPARE(names(index->tags()), names(full.tags()));
        QCOMPARE(names(index->categories()), names(full.categories()));
    }

    // A scheduled post joins the counts once its date has come: the counts say when to count again.
    void scheduledPostJoinsTheCountsWhenDue() {
        QTemporaryDir dir;
        const QString root = makeSite(dir);
        const SiteScan scan = SiteScan::read(root);
        SiteTermCounts counts;
        const QDateTime before(QDate(2998, 12, 31), QTime(0, 0), Qt::UTC);
        const QDateTime after(QDate(2999, 1, 2), QTime(0, 0), Qt::UTC);
        counts.recount(scan.documents(), scan.config(), before);
        QCOMPARE(counts.tags().count("jekyll"), 2);  // first and second; not the hidden or the future one
        QVERIFY(!counts.isDue(before));
        QVERIFY(counts.isDue(after));
        counts.recount(scan.documents(), scan.config(), after);
        QCOMPARE(counts.tags().count("jekyll"), 3);
        QVERIFY(!counts.isDue(after));
    }

    void followsChangesOnDisk() {
        QTemporaryDir dir;
        const QString root = makeSite(dir);
        const std::shared_ptr<SiteIndex> index = readyIndex(root);
        index->setSweepInterval(0);
        QSignalSpy changed(index.get(), &SiteIndex::documentsChanged);

        // A new post, written by rename: the folder watch sees it.
        const QString added = root + "/_posts/2021-05-05-added.md";
        writeByRename(added, "---\ntitle: Added\n---\n");
        QVERIFY(waitFor([&] { return index->find(added) != nullptr; }));
        QCOMPARE(index->find(added)->title, QString("Added"));

        // Rewritten by rename: read again.
        writeByRename(added, "---\ntitle: Renamed title\n---\n");
        QVERIFY(waitFor([&] { return index->find(added) && index->find(added)->title == "Renamed title"; }));

        // Deleted.
        QVERIFY(QFile::remove(added));
        QVERIFY(waitFor([&] { return index->find(added) == nullptr; }));
        QVERIFY(!changed.isEmpty());

        // A folder of posts that did not exist: a full read finds it, with its category.
        const QString news = root + "/news/_posts/2021-06-06-n.md";
        write(news, "---\ntitle: N\n---\n");
        QVERIFY(waitFor([&] { return index->find(news) != nullptr; }));
        QCOMPARE(index->find(news)->categories, QStringList{"news"});
    }

    void inPlaceWritesAreCaughtBySweepAndRefresh() {
        QTemporaryDir dir;
        const QString root = makeSite(dir);
        const std::shared_ptr<SiteIndex> index = readyIndex(root);
        const QString first = root + "/_posts/2020-01-01-first.md";

        // Written in place (no folder event): refresh() reads it now.
        index->setSweepInterval(0);
        write(first, "---\ntitle: Refreshed\n---\n");
        index->refresh({first});
        QVERIFY(waitFor([&] { return index->find(first)->title == "Refreshed"; }));

        // Without refresh(), the sweep sees the size change.
        index->setSweepInterval(50);
        write(first, "---\ntitle: Swept up by the sweep\n---\n");
        QVERIFY(waitFor([&] { return index->find(first)->title == "Swept up by the sweep"; }));
    }

    void configChangeRereadsEverything() {
        QTemporaryDir dir;
        const QString root = makeSite(dir);
        const std::shared_ptr<SiteIndex> index = readyIndex(root);
        const QString first = root + "/_posts/2020-01-01-first.md";
        write(root + "/_config.yml", "title: T\ntimezone: UTC\npermalink: /:title/\n");
        QVERIFY(waitFor([&] { return index->find(first)->url == "/first/"; }));
    }

    // A search asked before the first indexing is answered at once, empty and saying why; no search
    // connection is opened on a database the indexing thread may still create or rebuild.
    void searchBeforeTheIndexIsBuilt() {
        QTemporaryDir dir;
        const std::shared_ptr<SiteIndex> index = SiteIndex::forSite(makeSite(dir));
        QSignalSpy finished(index.get(), &SiteIndex::searchFinished);
        const int id = index->search("alpha");
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.front().at(0).toInt(), id);
        QVERIFY(finished.front().at(1).value<QList<SearchHit>>().isEmpty());
        QVERIFY(!finished.front().at(2).toString().isEmpty());
    }

    void fullTextSearch() {
        QTemporaryDir dir;
        const QString root = makeSite(dir);
        const std::shared_ptr<SiteIndex> index = readyIndex(root);
        QSignalSpy indexed(index.get(), &SiteIndex::searchIndexUpdated);
        QVERIFY(indexed.count() > 0 || indexed.wait(20000));
        QSignalSpy finished(index.get(), &SiteIndex::searchFinished);
        const int id = index->search("alpha");
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.front().at(0).toInt(), id);
        const auto hits = finished.front().at(1).value<QList<SearchHit>>();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.front().relativePath, QString("_posts/2020-01-01-first.md"));
        QVERIFY(finished.front().at(2).toString().isEmpty());

        // A post removed from disk leaves the search index too.
        indexed.clear();
        QVERIFY(QFile::remove(root + "/_posts/2020-01-01-first.md"));
        QVERIFY(indexed.wait(20000));
        finished.clear();
        index->search("alpha");
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.front().at(1).value<QList<SearchHit>>().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSiteIndex)
#include "tst_siteindex.moc"
