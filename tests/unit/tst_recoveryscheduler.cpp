// RecoveryScheduler: a document's unsaved edits get a recovery copy shortly after typing stops (2 s, always
// within 3 s), and the copy goes away when the edits are saved, undone or replaced.

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "post/postdocument.h"
#include "post/recoveryscheduler.h"
#include "post/recoverystore.h"

namespace {

const QByteArray kPost = "---\ntitle: Old\n---\nBody\n";

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList copiesIn(const QString &folder) {
    return QDir(folder).entryList({QStringLiteral("*.recovery")}, QDir::Files);
}

// A loaded post, a store in its own folder and a scheduler for them.
struct Fixture {
    QTemporaryDir dir;
    QString post = dir.filePath(QStringLiteral("post.md"));
    QString folder = dir.filePath(QStringLiteral("recovery"));
    PostDocument document;
    RecoveryStore store{folder};
    RecoveryScheduler scheduler{&document, &store};

    bool load() { return writeFile(post, kPost) && document.load(post).ok(); }
};

}  // namespace

class TestRecoveryScheduler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultDelayIsUnderThreeSeconds() {
        Fixture f;
        QVERIFY(f.scheduler.delay() > 0);
        QVERIFY(f.scheduler.delay() < 3000);
    }

    void copyAppearsAfterTypingStops() {
        Fixture f;
        QVERIFY(f.load());
        QSignalSpy written(&f.scheduler, &RecoveryScheduler::written);
        f.document.setBodyFromLf("Body typed\n");
        // Debounced: nothing on disk right after the edit, a copy within 3 s.
        QVERIFY(f.scheduler.isPending());
        QVERIFY(!f.store.find(f.post).has_value());
        QVERIFY(written.wait(3000));
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.front().front().toString(), f.post);
        const std::optional<RecoveryEntry> copy = f.store.find(f.post);
        QVERIFY(copy.has_value());
        QCOMPARE(copy->text, f.document.post().text());
        QCOMPARE(copy->baseHash, RecoveryStore::contentHash(kPost));
    }

    void editsInABurstWriteOneCopy() {
        Fixture f;
        QVERIFY(f.load());
        f.scheduler.setDelay(200);
        QSignalSpy written(&f.scheduler, &RecoveryScheduler::written);
        for (int i = 0; i < 5; ++i)
            f.document.setBodyFromLf("Body " + QByteArray::number(i) + "\n");
        QVERIFY(written.wait(3000));
        QTest::qWait(400);
        QCOMPARE(written.size(), 1);
        QCOMPARE(f.store.find(f.post)->text, f.document.post().text());
    }

    void frontMatterEditsAreCopiedToo() {
        Fixture f;
        QVERIFY(f.load());
        f.scheduler.setDelay(50);
        QSignalSpy written(&f.scheduler, &RecoveryScheduler::written);
        QVERIFY(f.document.setScalar(QStringLiteral("title"), QStringLiteral("New")).ok());
        QVERIFY(written.wait(3000));
        QVERIFY(f.store.find(f.post)->text.contains("title: New"));
    }

    void typingWithoutPauseStillGetsACopy() {
        Fixture f;
        QVERIFY(f.load());
        f.scheduler.setDelay(60000);  // the debounce alone would never fire in this test
        f.scheduler.setMaxInterval(100);
        QSignalSpy written(&f.scheduler, &RecoveryScheduler::written);
        f.document.setBodyFromLf("a\n");
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                f.document.setBodyFromLf(f.document.post().bodyWithLf() + "a\n");
                return !written.isEmpty();
            }(),
            5000);
    }

    void copyIsRemovedOnSave() {
        Fixture f;
        QVERIFY(f.load());
        f.scheduler.setDelay(50);
        QSignalSpy written(&f.scheduler, &RecoveryScheduler::written);
        f.document.setBodyFromLf("Body typed\n");
        QVERIFY(written.wait(3000));
        QVERIFY(f.store.find(f.post).has_value());
        QVERIFY(f.document.save().ok());
        QVERIFY(!f.store.find(f.post).has_value());
        QVERIFY(copiesIn(f.folder).isEmpty());
        QVERIFY(!f.scheduler.isPending());
    }

    void saveBeforeTheDelayLeavesNoCopy() {
        Fixture f;
        QVERIFY(f.load());
        f.scheduler.setDelay(100);
        f.document.setBodyFromLf("Body typed\n");
        QVERIFY(f.document.save().ok());
        QVERIFY(!f.scheduler.isPending());
        QTest::qWait(300);
        QVERIFY(copiesIn(f.folder).isEmpty());
    }

    void editingBackToTheSavedTextRemovesTheCopy() {
        Fixture f;
        QVERIFY(f.load());
        f.scheduler.setDelay(50);
        QSignalSpy written(&f.scheduler, &RecoveryScheduler::written);
        const QByteArray original = f.document.post().bodyWithLf();
        f.document.setBodyFromLf("Body typed\n");
        QVERIFY(written.wait(3000));
        f.document.setBodyFromLf(original);
        QVERIFY(!f.document.isModified());
        QVERIFY(copiesIn(f.folder).isEmpty());
    }

    void loadingAnotherPostRemovesTheCopy() {
        Fixture f;
        QVERIFY(f.load());
        f.scheduler.setDelay(50);
        QSignalSpy written(&f.scheduler, &RecoveryScheduler::written);
        f.document.setBodyFromLf("Body typed\n");
        QVERIFY(written.wait(3000));
        const QString other = f.dir.filePath(QStringLiteral("other.md"));
        QVERIFY(writeFile(other, kPost));
        QVERIFY(f.document.load(other).ok());
        QVERIFY(copiesIn(f.folder).isEmpty());
    }

    void discardRemovesTheCopy() {
        Fixture f;
        QVERIFY(f.load());
        f.scheduler.setDelay(50);
        QSignalSpy written(&f.scheduler, &RecoveryScheduler::written);
        f.document.setBodyFromLf("Body typed\n");
        QVERIFY(written.wait(3000));
        f.scheduler.discard();
        QVERIFY(copiesIn(f.folder).isEmpty());
    }

    void writeNowWritesWithoutWaiting() {
        Fixture f;
        QVERIFY(f.load());
        f.scheduler.setDelay(60000);
        f.document.setBodyFromLf("Body typed\n");
        f.scheduler.writeNow();
        QCOMPARE(f.store.find(f.post)->text, f.document.post().text());
        QVERIFY(!f.scheduler.isPending());
    }

    void untitledPostIsCopiedAndSaveAsMovesOn() {
        Fixture f;
        f.scheduler.setDelay(50);
        f.document.reset(Post::fromText(kPost));
        // An untouched template is not worth a copy.
        QVERIFY(!f.scheduler.isPending());
        QSignalSpy written(&f.scheduler, &RecoveryScheduler::written);
        f.document.setBodyFromLf("First words\n");
        QVERIFY(written.wait(3000));
        QCOMPARE(written.front().front().toString(), QString());
        RecoveryStore other(f.folder);
        QCOMPARE(copiesIn(f.folder).size(), 1);
        QVERIFY(f.document.saveAs(f.post).ok());
        QVERIFY(copiesIn(f.folder).isEmpty());
    }

    void saveAsRemovesTheOldPathsCopy() {
        Fixture f;
        QVERIFY(f.load());
        f.scheduler.setDelay(50);
        QSignalSpy written(&f.scheduler, &RecoveryScheduler::written);
        f.document.setBodyFromLf("Body typed\n");
        QVERIFY(written.wait(3000));
        QVERIFY(f.document.saveAs(f.dir.filePath(QStringLiteral("elsewhere.md"))).ok());
        QVERIFY(copiesIn(f.folder).isEmpty());
    }

    void failureIsReported() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("file")), "x"));
        const QString post = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeFile(post, kPost));
        PostDocument document;
        QVERIFY(document.load(post).ok());
        RecoveryStore store(dir.filePath(QStringLiteral("file/recovery")));
        RecoveryScheduler scheduler(&document, &store);
        scheduler.setDelay(50);
        QSignalSpy failed(&scheduler, &RecoveryScheduler::failed);
        document.setBodyFromLf("Body typed\n");
        QVERIFY(failed.wait(3000));
        QVERIFY(failed.front().front().toString().contains(post));
    }

    void takeOverReplacesThePendingCopy() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("recovery"));
        const QString post = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeFile(post, kPost));
        {
            RecoveryStore crashed(folder);
            QVERIFY(crashed.save(post, "---\ntitle: Old\n---\nRecovered\n", RecoveryStore::contentHash(kPost))
                        .ok());
        }
        RecoveryStore store(folder);
        const QVector<RecoveryEntry> pending = store.pending();
        QCOMPARE(pending.size(), 1);
        PostDocument document;
        RecoveryScheduler scheduler(&document, &store);
        scheduler.setDelay(60000);
        QVERIFY(document.load(post).ok());
        document.setBodyFromLf("Recovered\n");  // the window restores the text
        QCOMPARE(document.post().text(), pending.front().text);
        scheduler.takeOver(pending.front());
        QVERIFY(store.pending().isEmpty());
        const std::optional<RecoveryEntry> own = store.find(post);
        QVERIFY(own.has_value());
        QVERIFY(store.isOwn(*own));
        QCOMPARE(own->text, pending.front().text);
        QCOMPARE(copiesIn(folder).size(), 1);
    }

    void takeOverKeepsThePendingCopyWhenWritingFails() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("recovery"));
        const QString post = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeFile(post, kPost));
        {
            RecoveryStore crashed(folder);
            QVERIFY(crashed.save(post, "---\ntitle: Old\n---\nRecovered\n", RecoveryStore::contentHash(kPost))
                        .ok());
        }
        RecoveryStore store(folder);
        const QVector<RecoveryEntry> pending = store.pending();
        QCOMPARE(pending.size(), 1);
        PostDocument document;
        RecoveryScheduler scheduler(&document, &store);
        scheduler.setDelay(60000);
        QVERIFY(document.load(post).ok());
        document.setBodyFromLf("Recovered\n");
        // Learn this session's file name, then put a folder in its place so the next write fails.
        scheduler.writeNow();
        const std::optional<RecoveryEntry> own = store.find(post);
        QVERIFY(own.has_value() && store.isOwn(*own));
        scheduler.discard();
        QVERIFY(QDir(folder).mkdir(own->id));
        QSignalSpy failed(&scheduler, &RecoveryScheduler::failed);
        scheduler.takeOver(pending.front());
        QCOMPARE(failed.size(), 1);
        QVERIFY(QFile::exists(QDir(folder).filePath(pending.front().id)));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryScheduler)

#include "tst_recoveryscheduler.moc"
