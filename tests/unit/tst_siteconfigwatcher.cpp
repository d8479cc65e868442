// SiteConfigWatcher: a change of a site's `_config.yml` / `_config.yaml` bytes is reported once, whether the
// file is written in place, replaced by rename (and then watched again), created or deleted; other files of
// the site, touches and rewrites of the same bytes are not.

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

#include "site/siteconfigwatcher.h"
#include "testfiles.h"

namespace {

// How editors that save atomically do it: write a temporary file, rename it over the config.
bool replaceByRename(const QString &path, const QByteArray &bytes) {
    const QString temporary = path + QStringLiteral(".tmp~");
    return writeTestFile(temporary, bytes) &&
           std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0;
}

// Long enough for the watcher to see and check the events a write caused (the settle delay is 20 ms here).
void letEventsSettle() {
    QTest::qWait(400);
}

struct Fixture {
    QTemporaryDir site;
    QString config = site.filePath(QStringLiteral("_config.yml"));
    SiteConfigWatcher watcher;
    QSignalSpy changed{&watcher, &SiteConfigWatcher::configChanged};

    explicit Fixture(const QByteArray &initialConfig = "markdown: kramdown\n") {
        if (!initialConfig.isNull())
            writeTestFile(config, initialConfig);
        watcher.setSettleDelay(20);
        watcher.watch(site.path());
    }
};

}  // namespace

class TestSiteConfigWatcher : public QObject {
    Q_OBJECT

private slots:
    void writingTheConfigIsReportedOnce();
    void replacingByRenameIsReportedAndWatchedAgain();
    void aConfigCreatedThenDeletedIsReported_data();
    void aConfigCreatedThenDeletedIsReported();
    void sameBytesAndOtherFilesAreSilent();
    void anEmptyRootStopsWatching();
};

void TestSiteConfigWatcher::writingTheConfigIsReportedOnce() {
    Fixture fixture;
    QVERIFY(writeTestFile(fixture.config, "markdown: CommonMarkGhPages\n"));
    QVERIFY(fixture.changed.wait());
    letEventsSettle();
    QCOMPARE(fixture.changed.count(), 1);
}

void TestSiteConfigWatcher::replacingByRenameIsReportedAndWatchedAgain() {
    Fixture fixture;
    QVERIFY(replaceByRename(fixture.config, "markdown: CommonMarkGhPages\n"));
    QVERIFY(fixture.changed.wait());
    // The renamed file is another inode: a write in place to it must still be seen.
    letEventsSettle();
    QVERIFY(writeTestFile(fixture.config, "markdown: kramdown\n"));
    QVERIFY(fixture.changed.wait());
    QCOMPARE(fixture.changed.count(), 2);
}

void TestSiteConfigWatcher::aConfigCreatedThenDeletedIsReported_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("_config.yml") << QStringLiteral("_config.yml");
    QTest::newRow("_config.yaml, read when there is no .yml") << QStringLiteral("_config.yaml");
}

void TestSiteConfigWatcher::aConfigCreatedThenDeletedIsReported() {
    QFETCH(QString, name);
    Fixture fixture{QByteArray()};
    const QString path = fixture.site.filePath(name);
    QVERIFY(writeTestFile(path, "markdown: CommonMarkGhPages\n"));
    QVERIFY(fixture.changed.wait());
    letEventsSettle();
    QVERIFY(QFile::remove(path));
    QVERIFY(fixture.changed.wait());
    QCOMPARE(fixture.changed.count(), 2);
}

void TestSiteConfigWatcher::sameBytesAndOtherFilesAreSilent() {
    Fixture fixture;
    QVERIFY(writeTestFile(fixture.site.filePath(QStringLiteral("about.md")), "# About\n"));
    QVERIFY(writeTestFile(fixture.site.filePath(QStringLiteral("_posts/2024-01-01-a.md")), "Body\n"));
    QVERIFY(writeTestFile(fixture.config, "markdown: kramdown\n"));
    QVERIFY(replaceByRename(fixture.config, "markdown: kramdown\n"));
    letEventsSettle();
    QCOMPARE(fixture.changed.count(), 0);
    // Still watching after all that.
    QVERIFY(writeTestFile(fixture.config, "markdown: CommonMark\n"));
    QVERIFY(fixture.changed.wait());
    QCOMPARE(fixture.changed.count(), 1);
}

void TestSiteConfigWatcher::anEmptyRootStopsWatching() {
    Fixture fixture;
    fixture.watcher.watch(QString());
    QVERIFY(fixture.watcher.siteRoot().isEmpty());
    QVERIFY(writeTestFile(fixture.config, "markdown: CommonMarkGhPages\n"));
    letEventsSettle();
    QCOMPARE(fixture.changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestSiteConfigWatcher)
#include "tst_siteconfigwatcher.moc"
