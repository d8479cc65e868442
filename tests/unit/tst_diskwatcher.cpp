// DiskWatcher: a change to an open post's content on disk is reported once; our own saves, touches and
// rewrites of the same bytes are not; the watch survives editors that save by rename; a deleted file is
// reported, and so is its return.

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

#include "post/diskwatcher.h"
#include "post/postfile.h"

namespace {

const QByteArray kPost = "---\ntitle: Old\n---\nBody\n";

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// How editors that save atomically do it: write a temporary file, rename it over the post.
bool replaceByRename(const QString &path, const QByteArray &bytes) {
    const QString temporary = path + QStringLiteral(".tmp~");
    return writeFile(temporary, bytes) &&
           std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0;
}

// Long enough for the watcher to see and check the events a write caused (settle delay is 20 ms in these
// tests).
void letEventsSettle() {
    QTest::qWait(400);
}

struct Fixture {
    QTemporaryDir dir;
    QString post = dir.filePath(QStringLiteral("post.md"));
    DiskWatcher watcher;
    QSignalSpy changed{&watcher, &DiskWatcher::changedOnDisk};
    QSignalSpy deleted{&watcher, &DiskWatcher::deletedFromDisk};
    QSignalSpy restored{&watcher, &DiskWatcher::restoredOnDisk};

    bool start() {
        if (!writeFile(post, kPost))
            return false;
        watcher.setSettleDelay(20);
        watcher.watch(post, kPost);
        return true;
    }
};

}  // namespace

class TestDiskWatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void externalChangeIsReportedOnce_data() {
        QTest::addColumn<bool>("byRename");
        QTest::newRow("written in place") << false;
        QTest::newRow("replaced by rename") << true;
    }
    void externalChangeIsReportedOnce() {
        QFETCH(bool, byRename);
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(byRename ? replaceByRename(f.post, "changed elsewhere\n")
                         : writeFile(f.post, "changed elsewhere\n"));
        QTRY_COMPARE(f.changed.size(), 1);
        letEventsSettle();
        QCOMPARE(f.changed.size(), 1);
        QVERIFY(f.watcher.hasChangedSince());
        QCOMPARE(f.watcher.diskState(), DiskWatcher::DiskState::Changed);
    }

    void stillWatchedAfterReplaceByRename() {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(replaceByRename(f.post, "first change\n"));
        QTRY_COMPARE(f.changed.size(), 1);
        QVERIFY(replaceByRename(f.post, "second change\n"));
        QTRY_COMPARE(f.changed.size(), 2);
        QVERIFY(writeFile(f.post, "third change, in place\n"));
        QTRY_COMPARE(f.changed.size(), 3);
        QVERIFY(f.deleted.isEmpty());
    }

    void ourOwnSaveIsSilentAndRearms() {
        Fixture f;
        QVERIFY(f.start());
        const QByteArray mine = "---\ntitle: Mine\n---\nBody\n";
        QVERIFY(PostFile::writeBytes(f.post, mine).ok());  // QSaveFile: a rename over the watched file
        f.watcher.setKnownContent(mine);
        letEventsSettle();
        QCOMPARE(f.changed.size(), 0);
        QVERIFY(!f.watcher.hasChangedSince());
        // Still watched after our save.
        QVERIFY(writeFile(f.post, "changed after our save\n"));
        QTRY_COMPARE(f.changed.size(), 1);
    }

    void sameContentIsSilent_data() {
        QTest::addColumn<QString>("how");
        QTest::newRow("touch") << QStringLiteral("touch");
        QTest::newRow("same bytes rewritten") << QStringLiteral("rewrite");
        QTest::newRow("same bytes renamed over") << QStringLiteral("rename");
    }
    void sameContentIsSilent() {
        QFETCH(QString, how);
        Fixture f;
        QVERIFY(f.start());
        if (how == QLatin1String("touch")) {
            QFile file(f.post);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(
                file.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        } else if (how == QLatin1String("rewrite")) {
            QVERIFY(writeFile(f.post, kPost));
        } else {
            QVERIFY(replaceByRename(f.post, kPost));
        }
        letEventsSettle();
        QCOMPARE(f.changed.size(), 0);
        QVERIFY(!f.watcher.hasChangedSince());
        // And the watch is still armed.
        QVERIFY(writeFile(f.post, "a real change\n"));
        QTRY_COMPARE(f.changed.size(), 1);
    }

    void anotherFileInTheFolderIsSilent() {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(writeFile(f.dir.filePath(QStringLiteral("sibling.md")), "other post\n"));
        QVERIFY(QFile::remove(f.dir.filePath(QStringLiteral("sibling.md"))));
        letEventsSettle();
        QCOMPARE(f.changed.size(), 0);
        QCOMPARE(f.deleted.size(), 0);
    }

    void deletionIsReported() {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(QFile::remove(f.post));
        QTRY_COMPARE(f.deleted.size(), 1);
        QCOMPARE(f.watcher.diskState(), DiskWatcher::DiskState::Deleted);
        // Saving a deleted file does not need asking: it creates the file again.
        QVERIFY(!f.watcher.hasChangedSince());
        letEventsSettle();
        QCOMPARE(f.deleted.size(), 1);
        QCOMPARE(f.changed.size(), 0);
    }

    void vanishedFolderIsReportedAsDeleted() {
        Fixture f;
        const QString folder = f.dir.filePath(QStringLiteral("_posts"));
        QVERIFY(QDir().mkpath(folder));
        f.post = folder + QStringLiteral("/post.md");
        QVERIFY(f.start());
        QVERIFY(QDir(folder).removeRecursively());
        QTRY_COMPARE(f.deleted.size(), 1);
        // The folder and the file come back (checked by polling: there was no folder to watch).
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(f.post, kPost));
        QTRY_COMPARE(f.restored.size(), 1);
        QCOMPARE(f.changed.size(), 0);
    }

    void deletedFileComingBack_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("changes");
        QTest::newRow("with the same content") << kPost << 0;
        QTest::newRow("with other content") << QByteArray("new content\n") << 1;
    }
    void deletedFileComingBack() {
        QFETCH(QByteArray, content);
        QFETCH(int, changes);
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(QFile::remove(f.post));
        QTRY_COMPARE(f.deleted.size(), 1);
        QVERIFY(writeFile(f.post, content));
        QTRY_COMPARE(f.restored.size(), 1);
        letEventsSettle();
        QCOMPARE(f.changed.size(), changes);
        QCOMPARE(f.watcher.hasChangedSince(), changes > 0);
    }

    void savingADeletedFileRearms() {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(QFile::remove(f.post));
        QTRY_COMPARE(f.deleted.size(), 1);
        QVERIFY(PostFile::writeBytes(f.post, kPost).ok());
        f.watcher.setKnownContent(kPost);
        letEventsSettle();
        QCOMPARE(f.restored.size(), 0);
        QCOMPARE(f.changed.size(), 0);
        QVERIFY(writeFile(f.post, "changed after saving again\n"));
        QTRY_COMPARE(f.changed.size(), 1);
    }

    void acknowledgedChangeIsNotReportedAgain() {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(writeFile(f.post, "theirs\n"));
        QTRY_COMPARE(f.changed.size(), 1);
        f.watcher.acknowledgeDiskContent();  // "Keep mine"
        QVERIFY(!f.watcher.hasChangedSince());
        QVERIFY(writeFile(f.post, "theirs, again\n"));
        QTRY_COMPARE(f.changed.size(), 2);
        QVERIFY(f.watcher.hasChangedSince());
    }

    void hasChangedSinceReadsTheDiskNow() {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(!f.watcher.hasChangedSince());
        QVERIFY(writeFile(f.post, "changed a moment ago\n"));
        // No event processed yet: the check before saving must not depend on one.
        QVERIFY(f.watcher.hasChangedSince());
    }

    void stopEndsReports() {
        Fixture f;
        QVERIFY(f.start());
        f.watcher.stop();
        QVERIFY(f.watcher.path().isEmpty());
        QVERIFY(writeFile(f.post, "changed\n"));
        letEventsSettle();
        QCOMPARE(f.changed.size(), 0);
        QVERIFY(!f.watcher.hasChangedSince());
    }

    void watchingAnotherFileForgetsTheFirst() {
        Fixture f;
        QVERIFY(f.start());
        const QString other = f.dir.filePath(QStringLiteral("other.md"));
        QVERIFY(writeFile(other, kPost));
        f.watcher.watch(other, kPost);
        QCOMPARE(f.watcher.path(), other);
        QVERIFY(writeFile(f.post, "first file changed\n"));
        letEventsSettle();
        QCOMPARE(f.changed.size(), 0);
        QVERIFY(writeFile(other, "second file changed\n"));
        QTRY_COMPARE(f.changed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDiskWatcher)

#include "tst_diskwatcher.moc"
