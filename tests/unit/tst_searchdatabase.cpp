#include "site/sitesearchindex.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// The search index's file (SearchDatabase, through SiteSearchIndex): kept, rebuilt when it is not ours or
// damaged, and an error value when it cannot be had.
namespace {

QList<SearchDocument> site() {
    QList<SearchDocument> documents;
    for (const auto &[path, body] : {std::pair<QString, QString>{"a.md", "Bread and butter."},
                                     std::pair<QString, QString>{"b.md", "Markdown files."}}) {
        SearchDocument d;
        d.relativePath = path;
        d.title = path;
        d.body = body;
        d.size = body.size();
        d.mtimeMs = 1000;
        documents.append(d);
    }
    return documents;
}

QStringList pathsOf(const QList<SearchHit> &hits) {
    QStringList paths;
    for (const SearchHit &hit : hits)
        paths.append(hit.relativePath);
    return paths;
}

}  // namespace

class TstSearchDatabase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void reopenKeepsData();
    void schemaVersionBumpRebuilds();
    void foreignDatabaseIsReplaced();
    void damagedFileIsRebuilt_data();
    void damagedFileIsRebuilt();
    void unusablePathIsAnError_data();
    void unusablePathIsAnError();
    void recreateEmptiesTheIndex();

private:
    std::unique_ptr<SiteSearchIndex> openWithSite();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TstSearchDatabase::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TstSearchDatabase::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath("cache/search.sqlite");
}

std::unique_ptr<SiteSearchIndex> TstSearchDatabase::openWithSite() {
    auto opened = SiteSearchIndex::open(m_path);
    if (!opened) {
        qWarning() << opened.error();
        return {};
    }
    std::unique_ptr<SiteSearchIndex> index = std::move(opened).value();
    if (const auto updated = index->update(site()); !updated) {
        qWarning() << updated.error();
        return {};
    }
    return index;
}

void TstSearchDatabase::foreignDatabaseIsReplaced() {
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "foreign");
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec("CREATE TABLE documents (x)"));
    }
    QSqlDatabase::removeDatabase("foreign");

    auto index = openWithSite();
    QVERIFY(index);
    QCOMPARE(pathsOf(index->search("markdown").value()), QStringList{"b.md"});
}

void TstSearchDatabase::recreateEmptiesTheIndex() {
    auto index = openWithSite();
    QVERIFY(index);
    const Status recreated = index->recreate();
    QVERIFY2(recreated.ok(), qPrintable(recreated.error()));
    QCOMPARE(index->documentCount().value(), 0);
    QVERIFY(index->search("markdown")->isEmpty());
    QCOMPARE(index->update(site())->added, int(site().size()));
    QCOMPARE(index->search("markdown")->size(), 1);
}

void TstSearchDatabase::reopenKeepsData() {
    QVERIFY(openWithSite());
    auto reopened = SiteSearchIndex::open(m_path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QCOMPARE(reopened.value()->documentCount().value(), int(site().size()));
    QCOMPARE(pathsOf(reopened.value()->search("markdown").value()), QStringList{"b.md"});
    QCOMPARE(reopened.value()->update(site())->unchanged, int(site().size()));
}

void TstSearchDatabase::schemaVersionBumpRebuilds() {
    QVERIFY(openWithSite());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "version-bump");
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QString("PRAGMA user_version = %1").arg(SiteSearchIndex::kSchemaVersion + 1)));
    }
    QSqlDatabase::removeDatabase("version-bump");

    auto reopened = SiteSearchIndex::open(m_path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QCOMPARE(reopened.value()->documentCount().value(), 0);
    QCOMPARE(reopened.value()->update(site())->added, int(site().size()));
    reopened = SiteSearchIndex::open(m_path);  // the rebuilt file carries the current version
    QCOMPARE(reopened.value()->documentCount().value(), int(site().size()));
}

void TstSearchDatabase::damagedFileIsRebuilt_data() {
    QTest::addColumn<QByteArray>("bytes");

    QByteArray random(64 * 1024, '\0');
    QRandomGenerator generator(7);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("text file") << QByteArray("this is not a database\n");
    QTest::newRow("SQLite header then garbage") << QByteArray("SQLite format 3\0", 16) + random;
    QTest::newRow("empty file") << QByteArray();
}

void TstSearchDatabase::damagedFileIsRebuilt() {
    QFETCH(QByteArray, bytes);
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    auto index = openWithSite();
    QVERIFY(index);
    QCOMPARE(index->documentCount().value(), int(site().size()));
    QCOMPARE(pathsOf(index->search("markdown").value()), QStringList{"b.md"});
}

void TstSearchDatabase::unusablePathIsAnError_data() {
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("path is a folder") << "folder";
    QTest::newRow("parent is a file") << "file/search.sqlite";
}

void TstSearchDatabase::unusablePathIsAnError() {
    QFETCH(QString, relativePath);
    QVERIFY(QDir(m_dir->path()).mkpath("folder"));
    QFile file(m_dir->filePath("file"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    const QString path = m_dir->filePath(relativePath);
    const auto opened = SiteSearchIndex::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
}

QTEST_GUILESS_MAIN(TstSearchDatabase)
#include "tst_searchdatabase.moc"
