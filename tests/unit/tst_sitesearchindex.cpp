#include "site/sitesearchindex.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <algorithm>

namespace {

SearchDocument document(const QString &path, const QString &title, const QString &body,
                        const QStringList &tags = {}, qint64 mtimeMs = 1000) {
    SearchDocument d;
    d.relativePath = path;
    d.title = title;
    d.body = body;
    d.tags = tags;
    d.size = title.size() + body.size();
    d.mtimeMs = mtimeMs;
    return d;
}

// A small site whose words the rows below are written against.
QList<SearchDocument> sampleSite() {
    return {
        document("_posts/2020-01-01-bread.md", "Baking sourdough bread",
                 "Flour, water, salt and patience. The starter needs feeding every day.", {"baking"}),
        document("_posts/2020-02-01-generators.md", "Static site generators",
                 "Jekyll builds a static site from Markdown files. Hugo does too.", {"jekyll", "web"}),
        document("_posts/2020-03-01-cafe.md", u8"Café culture",
                 u8"Visiting a café in Paris and eating crème brûlée with coffee.", {"travel"}),
        document("_posts/2020-04-01-racer.md", "Cafe racer motorcycles",
                 "Building a site about motorcycles and their riders.", {"motorbikes"}),
        document("_posts/2020-05-01-russian.md", "Russian notes", u8"Привет, мир! Это тестовый пост.", {}),
    };
}

QStringList pathsOf(const QList<SearchHit> &hits) {
    QStringList paths;
    for (const SearchHit &hit : hits)
        paths.append(hit.relativePath);
    return paths;
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

}  // namespace

class TstSiteSearchIndex : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void finds_data();
    void finds();
    void ranking_data();
    void ranking();
    void hostileTextIsLiteral_data();
    void hostileTextIsLiteral();
    void snippetMarksTheMatch();

    void updateSkipsUnchangedDocuments();
    void updateReindexesChangedDocuments();
    void updateOfManyDocumentsSkipsUnchangedOnes();
    void updateReportsProgress();
    void removeAndRemoveMissing();
    void optimizeKeepsResults();
    void hostileDocumentsAreIndexed_data();
    void hostileDocumentsAreIndexed();

    void worksOnAWorkerThread();
    void callFromAnotherThreadIsRefused();
    void secondConnectionSeesUpdates();
    void databasePathDependsOnTheSiteOnly();

private:
    std::unique_ptr<SiteSearchIndex> openSample();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TstSiteSearchIndex::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TstSiteSearchIndex::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath("cache/search.sqlite");
}

std::unique_ptr<SiteSearchIndex> TstSiteSearchIndex::openSample() {
    auto opened = SiteSearchIndex::open(m_path);
    if (!opened) {
        qWarning() << opened.error();
        return {};
    }
    std::unique_ptr<SiteSearchIndex> index = std::move(opened).value();
    const auto updated = index->update(sampleSite());
    if (!updated) {
        qWarning() << updated.error();
        return {};
    }
    return index;
}

void TstSiteSearchIndex::finds_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paths");

    const QString bread = "_posts/2020-01-01-bread.md";
    const QString generators = "_posts/2020-02-01-generators.md";
    const QString cafe = "_posts/2020-03-01-cafe.md";
    const QString racer = "_posts/2020-04-01-racer.md";
    const QString russian = "_posts/2020-05-01-russian.md";

    QTest::newRow("one word in the body") << "markdown" << QStringList{generators};
    QTest::newRow("case is folded") << "JEKYLL" << QStringList{generators};
    QTest::newRow("words are ANDed across columns") << "motorcycles building" << QStringList{racer};
    QTest::newRow("all words must match") << "motorcycles markdown" << QStringList{};
    QTest::newRow("last word is a prefix") << "sourd" << QStringList{bread};
    QTest::newRow("two-letter prefix") << "st" << QStringList{bread, generators};
    QTest::newRow("one letter is a whole word") << "a" << QStringList{generators, cafe, racer};
    QTest::newRow("three-letter prefix") << "sta" << QStringList{bread, generators};
    QTest::newRow("earlier words are whole words") << "sourd bread" << QStringList{};
    QTest::newRow("trailing space ends the prefix") << "jek " << QStringList{};
    QTest::newRow("phrase in order") << R"("static site")" << QStringList{generators};
    QTest::newRow("phrase out of order") << R"("site static")" << QStringList{};
    QTest::newRow("open phrase while typing") << R"("static si)" << QStringList{generators};
    QTest::newRow("accented text found without accents") << "cafe" << QStringList{cafe, racer};
    QTest::newRow("accented query finds plain text") << u8"café" << QStringList{cafe, racer};
    QTest::newRow("accents in body words") << "creme brulee" << QStringList{cafe};
    QTest::newRow("accented capitals") << u8"CRÈME BRÛLÉE" << QStringList{cafe};
    QTest::newRow("Cyrillic word") << u8"привет" << QStringList{russian};
    QTest::newRow("Cyrillic capitals and prefix") << u8"ТЕСТОВ" << QStringList{russian};
    QTest::newRow("tag") << "travel" << QStringList{cafe};
    QTest::newRow("nothing searchable") << "--- ***" << QStringList{};
    QTest::newRow("empty text") << "" << QStringList{};
}

void TstSiteSearchIndex::finds() {
    QFETCH(QString, text);
    QFETCH(QStringList, paths);
    auto index = openSample();
    QVERIFY(index);
    const auto hits = index->search(text);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(sorted(pathsOf(hits.value())), sorted(paths));
    const auto count = index->matchCount(text);
    QVERIFY2(count.ok(), qPrintable(count.error()));
    QCOMPARE(count.value(), paths.size());
}

void TstSiteSearchIndex::ranking_data() {
    QTest::addColumn<QList<SearchDocument>>("documents");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("order");

    const QString filler = "Some words about other things entirely, to make the text longer. ";
    QTest::newRow("title above body, even a body that repeats the word")
        << QList<SearchDocument>{document("body.md", "Kitchen notes",
                                          "Sourdough sourdough sourdough. " + filler),
                                 document("title.md", "Sourdough", filler + filler)}
        << "sourdough" << QStringList{"title.md", "body.md"};
    QTest::newRow("tag above body")
        << QList<SearchDocument>{document("body.md", "Notes", "About linux. " + filler),
                                 document("tag.md", "Notes", filler + filler, {"linux"})}
        << "linux" << QStringList{"tag.md", "body.md"};
    QTest::newRow("title above tag") << QList<SearchDocument>{document("tag.md", "Notes", filler, {"rust"}),
                                                              document("title.md", "Rust notes", filler)}
                                     << "rust" << QStringList{"title.md", "tag.md"};
    QTest::newRow("more occurrences in the body rank higher")
        << QList<SearchDocument>{document("once.md", "A", "Garden. " + filler + filler),
                                 document("thrice.md", "B", "Garden garden garden. " + filler + filler)}
        << "garden" << QStringList{"thrice.md", "once.md"};
}

void TstSiteSearchIndex::ranking() {
    QFETCH(QList<SearchDocument>, documents);
    QFETCH(QString, text);
    QFETCH(QStringList, order);
    auto opened = SiteSearchIndex::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(opened.value()->update(documents).ok());
    const auto hits = opened.value()->search(text);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(pathsOf(hits.value()), order);
    QVERIFY(hits.value().first().rank < hits.value().last().rank);
}

void TstSiteSearchIndex::hostileTextIsLiteral_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paths");

    const QString generators = "_posts/2020-02-01-generators.md";
    QTest::newRow("lone quote") << "\"" << QStringList{};
    QTest::newRow("star") << "*" << QStringList{};
    QTest::newRow("star after a word") << "jekyll*" << QStringList{generators};
    QTest::newRow("column filter") << "title:jekyll" << QStringList{};
    QTest::newRow("column set") << "{title body}: jekyll" << QStringList{};
    QTest::newRow("open parenthesis") << "(jekyll" << QStringList{generators};
    QTest::newRow("NEAR group") << "NEAR(jekyll hugo)" << QStringList{};
    QTest::newRow("AND alone is the word and")
        << "AND"
        << QStringList{"_posts/2020-01-01-bread.md", "_posts/2020-03-01-cafe.md",
                       "_posts/2020-04-01-racer.md"};
    QTest::newRow("trailing AND") << "jekyll AND" << QStringList{};
    QTest::newRow("OR is a word, not an operator") << "jekyll OR motorcycles" << QStringList{};
    QTest::newRow("NOT is a word, not an operator") << "jekyll NOT hugo" << QStringList{};
    QTest::newRow("minus") << "-jekyll" << QStringList{generators};
    QTest::newRow("caret and plus") << "^jekyll + hugo" << QStringList{generators};
    QTest::newRow("SQL injection") << "x'); DROP TABLE documents; --" << QStringList{};
    QTest::newRow("doubled quotes") << R"(""jekyll"")" << QStringList{generators};
    QTest::newRow("NUL character") << QString("jek" + QString(QChar(0)) + "yll") << QStringList{};
    QTest::newRow("control characters") << "\x01\x02\x03 \t\n" << QStringList{};
}

void TstSiteSearchIndex::hostileTextIsLiteral() {
    QFETCH(QString, text);
    QFETCH(QStringList, paths);
    auto index = openSample();
    QVERIFY(index);
    const auto hits = index->search(text);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(sorted(pathsOf(hits.value())), sorted(paths));
    QCOMPARE(index->documentCount().value(), int(sampleSite().size()));
}

void TstSiteSearchIndex::snippetMarksTheMatch() {
    auto index = openSample();
    QVERIFY(index);
    const auto hits = index->search(u8"creme");
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits.value().size(), 1);
    const SearchHit &hit = hits.value().first();
    QCOMPARE(hit.title, u8"Café culture");
    QVERIFY2(hit.snippet.contains("Paris"), qPrintable(hit.snippet));
    QCOMPARE(hit.highlights.size(), 1);
    QCOMPARE(hit.snippet.mid(hit.highlights[0].first, hit.highlights[0].second), u8"crème");
}

void TstSiteSearchIndex::updateSkipsUnchangedDocuments() {
    auto index = openSample();
    QVERIFY(index);
    // Same size and time, new text: an update that looked at the text would index "zebra".
    QList<SearchDocument> site = sampleSite();
    for (SearchDocument &d : site)
        d.body += " zebra";
    const auto counts = index->update(site);
    QVERIFY2(counts.ok(), qPrintable(counts.error()));
    QCOMPARE(counts->unchanged, int(site.size()));
    QCOMPARE(counts->changed, 0);
    QCOMPARE(counts->added, 0);
    QVERIFY(index->search("zebra")->isEmpty());
}

void TstSiteSearchIndex::updateReindexesChangedDocuments() {
    auto index = openSample();
    QVERIFY(index);
    QList<SearchDocument> site = sampleSite();
    site[1].body = "Now about zebras only.";
    site[1].title = "Zebras";
    site[1].tags = {"animals"};
    site[1].mtimeMs += 1;
    site[3].body = "A new engine.";
    site[3].size += 1;
    site.append(document("new.md", "Newcomer", "Zebras again."));
    const auto counts = index->update(site);
    QVERIFY2(counts.ok(), qPrintable(counts.error()));
    QCOMPARE(counts->changed, 2);
    QCOMPARE(counts->added, 1);
    QCOMPARE(counts->unchanged, int(site.size()) - 3);
    QCOMPARE(sorted(pathsOf(index->search("zebras").value())), sorted({site[1].relativePath, "new.md"}));
    QCOMPARE(index->search("zebras").value().first().title, "Zebras");
    QVERIFY(index->search("jekyll")->isEmpty());
    QVERIFY(index->search("riders")->isEmpty());
    QCOMPARE(index->documentCount().value(), int(site.size()));
    const auto stamps = index->stamps();
    QVERIFY(stamps.ok());
    QCOMPARE(stamps->value(site[1].relativePath).mtimeMs, site[1].mtimeMs);
    QCOMPARE(stamps->value(site[3].relativePath).size, site[3].size);
}

void TstSiteSearchIndex::updateOfManyDocumentsSkipsUnchangedOnes() {
    // Past 64 documents update() reads all stamps at once instead of one by one: the same answers.
    auto opened = SiteSearchIndex::open(m_path);
    QVERIFY(opened.ok());
    QList<SearchDocument> site;
    for (int i = 0; i < 100; ++i)
        site.append(document(QString("p%1.md").arg(i), "Title", "Body"));
    QCOMPARE(opened.value()->update(site)->added, 100);
    site[5].body = "Zebra";
    site[5].mtimeMs += 1;
    site[6].body = "Zebra";
    const auto counts = opened.value()->update(site);
    QVERIFY2(counts.ok(), qPrintable(counts.error()));
    QCOMPARE(counts->changed, 1);
    QCOMPARE(counts->unchanged, 99);
    QCOMPARE(pathsOf(opened.value()->search("zebra").value()), QStringList{"p5.md"});
}

void TstSiteSearchIndex::updateReportsProgress() {
    auto opened = SiteSearchIndex::open(m_path);
    QVERIFY(opened.ok());
    QList<SearchDocument> site;
    for (int i = 0; i < 250; ++i)
        site.append(document(QString("p%1.md").arg(i), "Title", "Body"));
    QList<int> seen;
    const auto counts = opened.value()->update(site, [&](int done, int total) {
        QCOMPARE(total, 250);
        seen.append(done);
    });
    QVERIFY(counts.ok());
    QCOMPARE(seen, (QList<int>{0, 100, 200, 250}));
}

void TstSiteSearchIndex::removeAndRemoveMissing() {
    auto index = openSample();
    QVERIFY(index);
    const QList<SearchDocument> site = sampleSite();
    const auto removed = index->remove({site[1].relativePath, "not-indexed.md"});
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(removed.value(), 1);
    QVERIFY(index->search("jekyll")->isEmpty());

    const auto missing = index->removeMissing({site[0].relativePath, site[2].relativePath});
    QVERIFY2(missing.ok(), qPrintable(missing.error()));
    QCOMPARE(missing.value(), 2);
    QCOMPARE(sorted(index->stamps()->keys()), sorted({site[0].relativePath, site[2].relativePath}));
    QVERIFY(index->search("motorcycles")->isEmpty());
    QCOMPARE(pathsOf(index->search("sourdough").value()), QStringList{site[0].relativePath});
}

void TstSiteSearchIndex::optimizeKeepsResults() {
    auto index = openSample();
    QVERIFY(index);
    QList<SearchDocument> site = sampleSite();
    site[0].body = "Rewritten about rye.";
    site[0].mtimeMs += 1;
    QVERIFY(index->update(site).ok());  // a second segment, which optimize() merges with the first
    const QStringList before = pathsOf(index->search("site").value());
    const Status optimized = index->optimize();
    QVERIFY2(optimized.ok(), qPrintable(optimized.error()));
    QCOMPARE(pathsOf(index->search("site").value()), before);
    QCOMPARE(pathsOf(index->search("rye").value()), QStringList{site[0].relativePath});
    QVERIFY(index->search("patience")->isEmpty());
}

void TstSiteSearchIndex::hostileDocumentsAreIndexed_data() {
    QTest::addColumn<QString>("body");

    QTest::newRow("NUL inside the body") << QString("before" + QString(QChar(0)) + " needle after");
    QTest::newRow("control characters") << "\x01\x02 needle \x1b[31m";
    QTest::newRow("lone surrogates") << QString(QChar(0xD800)) + " needle " + QChar(0xDC00);
    QTest::newRow("a 20,000-letter word") << QString(20000, 'x') + " needle";
    QTest::newRow("quotes and FTS5 syntax") << R"x(" * : ( NEAR AND -needle ')x";
    QTest::newRow("a 4 MB body") << QString("filler words ").repeated(320000) + "needle";
}

void TstSiteSearchIndex::hostileDocumentsAreIndexed() {
    QFETCH(QString, body);
    auto index = openSample();
    QVERIFY(index);
    const auto counts = index->update({document("hostile.md", "Hostile", body)});
    QVERIFY2(counts.ok(), qPrintable(counts.error()));
    QCOMPARE(pathsOf(index->search("needle").value()), QStringList{"hostile.md"});
    QCOMPARE(index->search("jekyll")->size(), 1);
}

void TstSiteSearchIndex::worksOnAWorkerThread() {
    const QString path = m_path;
    QThread *const testThread = QThread::currentThread();
    QFuture<QStringList> future = QtConcurrent::run([path, testThread]() -> QStringList {
        if (QThread::currentThread() == testThread)
            return {"ran on the test's thread"};
        auto opened = SiteSearchIndex::open(path);
        if (!opened)
            return {opened.error()};
        if (const auto counts = opened.value()->update(sampleSite()); !counts)
            return {counts.error()};
        const auto hits = opened.value()->search("jekyll");
        return hits ? pathsOf(hits.value()) : QStringList{hits.error()};
    });
    // Waiting with result() would let Qt run the task on this thread if it had not started yet.
    QTRY_VERIFY(future.isFinished());
    QCOMPARE(future.result(), QStringList{"_posts/2020-02-01-generators.md"});
    // The worker's connection is gone with the worker's index: the file can be opened again here.
    auto reopened = SiteSearchIndex::open(m_path);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->documentCount().value(), int(sampleSite().size()));
}

void TstSiteSearchIndex::callFromAnotherThreadIsRefused() {
    auto index = openSample();
    QVERIFY(index);
    SiteSearchIndex *shared = index.get();
    QThread *const testThread = QThread::currentThread();
    QFuture<QString> future = QtConcurrent::run([shared, testThread] {
        return QThread::currentThread() == testThread ? QString("ran on the test's thread")
                                                      : shared->search("jekyll").error();
    });
    QTRY_VERIFY(future.isFinished());
    const QString error = future.result();
    QVERIFY2(error.contains("another thread"), qPrintable(error));
    QVERIFY(index->search("jekyll").ok());
}

void TstSiteSearchIndex::secondConnectionSeesUpdates() {
    auto reader = SiteSearchIndex::open(m_path);
    QVERIFY(reader.ok());
    QVERIFY(reader.value()->search("jekyll")->isEmpty());
    auto writer = openSample();
    QVERIFY(writer);
    QCOMPARE(pathsOf(reader.value()->search("jekyll").value()),
             QStringList{"_posts/2020-02-01-generators.md"});
}

void TstSiteSearchIndex::databasePathDependsOnTheSiteOnly() {
    QVERIFY(QDir(m_dir->path()).mkpath("site/sub"));
    const QString cache = m_dir->filePath("cache");
    const QString path = SiteSearchIndex::databasePath(cache, m_dir->filePath("site"));
    QVERIFY(path.startsWith(cache + "/sites/"));
    QVERIFY(path.endsWith("/search.sqlite"));
    QCOMPARE(SiteSearchIndex::databasePath(cache, m_dir->filePath("site/sub/..")), path);
    QCOMPARE(SiteSearchIndex::databasePath(cache, m_dir->filePath("site/")), path);
    QVERIFY(SiteSearchIndex::databasePath(cache, m_dir->filePath("site/sub")) != path);
}

QTEST_GUILESS_MAIN(TstSiteSearchIndex)
#include "tst_sitesearchindex.moc"
