// RecoveryStore and RecoveryScheduler: unsaved edits are copied, byte-exact, into the application's data
// folder (never next to the post) shortly after typing stops, removed when saved, and offered after a crash.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdlib>

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

QByteArray hashOf(const QByteArray &bytes) {
    return RecoveryStore::contentHash(bytes);
}

// Run in a child process by crashedSessionIsPending(): writes a copy and dies without any cleanup, the way a
// crash leaves the recovery folder (lock file of a dead process included).
const char *const kCrashArgument = "--write-copy-and-crash";

}  // namespace

class TestRecoveryStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripIsByteExact_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("plain post") << QByteArray("---\ntitle: New\n---\nBody typed\n");
        QTest::newRow("crlf and bom") << QByteArray("\xEF\xBB\xBF---\r\ntitle: A\r\n---\r\nBody\r\n");
        QTest::newRow("empty text") << QByteArray();
        QTest::newRow("newlines only, no final newline") << QByteArray("\n\n\nx");
        QTest::newRow("text that looks like a copy's header")
            << QByteArray("postwright-recovery 1\n{\"size\":1}\nbody");
        QTest::newRow("bytes that are not utf-8") << QByteArray("a\xFF\xFE\x00z", 5);
    }
    void roundTripIsByteExact() {
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("site/_posts/post.md"));
        QVERIFY(QDir().mkpath(QFileInfo(post).absolutePath()));
        QVERIFY(writeFile(post, kPost));
        RecoveryStore store(dir.filePath(QStringLiteral("data/recovery")));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Status saved = store.save(post, text, hashOf(kPost));
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        const std::optional<RecoveryEntry> entry = store.find(post);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->text, text);
        QCOMPARE(entry->postPath, post);
        QCOMPARE(entry->baseHash, hashOf(kPost));
        QVERIFY(entry->savedAt >= before && entry->savedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(entry->diskState, RecoveryEntry::DiskState::Unchanged);
    }

    void savingAgainReplacesTheCopy() {
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("post.md"));
        RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
        QVERIFY(store.save(post, "first", hashOf(kPost)).ok());
        QVERIFY(store.save(post, "second", hashOf(kPost)).ok());
        QCOMPARE(copiesIn(store.folder()).size(), 1);
        QCOMPARE(store.find(post)->text, QByteArray("second"));
    }

    void keyedByCanonicalPath_data() {
        QTest::addColumn<QString>("alias");
        QTest::newRow("dot-dot in the path") << QStringLiteral("posts/../posts/a.md");
        QTest::newRow("dot in the path") << QStringLiteral("posts/./a.md");
        QTest::newRow("through a symlinked folder") << QStringLiteral("link/a.md");
    }
    void keyedByCanonicalPath() {
        QFETCH(QString, alias);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("posts")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("posts")), dir.filePath(QStringLiteral("link"))));
        const QString post = dir.filePath(QStringLiteral("posts/a.md"));
        RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
        QVERIFY(store.save(post, "original path", {}).ok());
        QVERIFY(store.save(dir.filePath(alias), "alias", {}).ok());
        QCOMPARE(copiesIn(store.folder()).size(), 1);
        QCOMPARE(store.find(post)->text, QByteArray("alias"));
    }

    void differentPostsGetDifferentCopies() {
        QTemporaryDir dir;
        RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
        QVERIFY(store.save(dir.filePath(QStringLiteral("a.md")), "A", {}).ok());
        QVERIFY(store.save(dir.filePath(QStringLiteral("b.md")), "B", {}).ok());
        QCOMPARE(copiesIn(store.folder()).size(), 2);
        QCOMPARE(store.find(dir.filePath(QStringLiteral("a.md")))->text, QByteArray("A"));
        QCOMPARE(store.find(dir.filePath(QStringLiteral("b.md")))->text, QByteArray("B"));
    }

    void neverWritesNextToThePost() {
        QTemporaryDir dir;
        const QString postFolder = dir.filePath(QStringLiteral("site/_posts"));
        QVERIFY(QDir().mkpath(postFolder));
        const QString post = postFolder + QStringLiteral("/2024-01-01-hello.md");
        QVERIFY(writeFile(post, kPost));
        const QStringList before =
            QDir(postFolder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        RecoveryStore store(dir.filePath(QStringLiteral("appdata/recovery")));
        QVERIFY(store.save(post, "edited", hashOf(kPost)).ok());
        QCOMPARE(QDir(postFolder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        QCOMPARE(copiesIn(store.folder()).size(), 1);
    }

    void defaultFolderIsInApplicationData() {
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(!appData.isEmpty());
        QCOMPARE(RecoveryStore::defaultFolder(), appData + QStringLiteral("/recovery"));
    }

    void discardRemovesOnlyThatCopy() {
        QTemporaryDir dir;
        RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
        const QString a = dir.filePath(QStringLiteral("a.md"));
        const QString b = dir.filePath(QStringLiteral("b.md"));
        QVERIFY(store.save(a, "A", {}).ok());
        QVERIFY(store.save(b, "B", {}).ok());
        store.discard(a);
        QVERIFY(!store.find(a).has_value());
        QVERIFY(store.find(b).has_value());
        QCOMPARE(copiesIn(store.folder()).size(), 1);
    }

    void untitledPostsGetTheirOwnKeys() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("recovery"));
        const QString first = RecoveryStore::newUntitledId();
        const QString second = RecoveryStore::newUntitledId();
        QVERIFY(first != second);
        {
            RecoveryStore store(folder);
            QVERIFY(store.saveUntitled(first, "first new post").ok());
            QVERIFY(store.saveUntitled(second, "second new post").ok());
            QVERIFY(store.save(dir.filePath(QStringLiteral("a.md")), "a post", {}).ok());
            store.discardUntitled(second);
            QCOMPARE(copiesIn(folder).size(), 2);
        }
        RecoveryStore next(folder);
        const QVector<RecoveryEntry> pending = next.pending();
        QCOMPARE(pending.size(), 2);
        const auto untitled = std::find_if(pending.begin(), pending.end(),
                                           [](const RecoveryEntry &e) { return e.isUntitled(); });
        QVERIFY(untitled != pending.end());
        QCOMPARE(untitled->untitledId, first);
        QCOMPARE(untitled->text, QByteArray("first new post"));
        QCOMPARE(untitled->diskState, RecoveryEntry::DiskState::Untitled);
    }

    void copiesLeftByAnEndedSessionArePending() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("recovery"));
        const QString post = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeFile(post, kPost));
        {
            RecoveryStore session(folder);
            QVERIFY(session.save(post, "unsaved edits", hashOf(kPost)).ok());
        }  // ended without discarding: a quit that kept the copy
        RecoveryStore next(folder);
        const QVector<RecoveryEntry> pending = next.pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.front().postPath, post);
        QCOMPARE(pending.front().text, QByteArray("unsaved edits"));
        QCOMPARE(next.find(post)->text, QByteArray("unsaved edits"));
    }

    void crashedSessionIsPending() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("recovery"));
        const QString post = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeFile(post, kPost));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QString::fromLatin1(kCrashArgument), folder, post});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 42);
        // The dead process's lock file is still there: only its pid says the session is over.
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.lock")}, QDir::Files).size(), 1);
        RecoveryStore next(folder);
        const QVector<RecoveryEntry> pending = next.pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.front().text, QByteArray("edits from the crashed session"));
        QCOMPARE(pending.front().diskState, RecoveryEntry::DiskState::Unchanged);
    }

    void runningSessionsCopiesAreNotPending() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("recovery"));
        const QString post = dir.filePath(QStringLiteral("post.md"));
        RecoveryStore running(folder);
        QVERIFY(running.save(post, "being edited elsewhere", {}).ok());
        RecoveryStore other(folder);
        QVERIFY(other.pending().isEmpty());
        QVERIFY(!other.find(post).has_value());
        QVERIFY(running.find(post).has_value());
    }

    void pendingSaysWhetherTheFileStillHoldsTheBase_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<RecoveryEntry::DiskState>("state");
        QTest::newRow("file untouched") << QString() << RecoveryEntry::DiskState::Unchanged;
        QTest::newRow("file changed by someone else")
            << QStringLiteral("rewrite") << RecoveryEntry::DiskState::Changed;
        QTest::newRow("file deleted") << QStringLiteral("delete") << RecoveryEntry::DiskState::Missing;
    }
    void pendingSaysWhetherTheFileStillHoldsTheBase() {
        QFETCH(QString, change);
        QFETCH(RecoveryEntry::DiskState, state);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("recovery"));
        const QString post = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeFile(post, kPost));
        {
            RecoveryStore session(folder);
            QVERIFY(session.save(post, "my edits", hashOf(kPost)).ok());
        }
        if (change == QLatin1String("rewrite"))
            QVERIFY(writeFile(post, "someone else's text"));
        else if (change == QLatin1String("delete"))
            QVERIFY(QFile::remove(post));
        RecoveryStore next(folder);
        const QVector<RecoveryEntry> pending = next.pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.front().diskState, state);
    }

    void copyWhoseTextIsOnDiskIsDropped() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("recovery"));
        const QString post = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeFile(post, kPost));
        {
            RecoveryStore session(folder);
            QVERIFY(session.save(post, "saved after the copy", hashOf(kPost)).ok());
        }
        QVERIFY(writeFile(post, "saved after the copy"));
        RecoveryStore next(folder);
        QVERIFY(next.pending().isEmpty());
        QVERIFY(copiesIn(folder).isEmpty());
    }

    void discardingAPendingCopy() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("recovery"));
        {
            RecoveryStore session(folder);
            QVERIFY(session.save(dir.filePath(QStringLiteral("a.md")), "A", {}).ok());
        }
        RecoveryStore next(folder);
        const QVector<RecoveryEntry> pending = next.pending();
        QCOMPARE(pending.size(), 1);
        QVERIFY(next.discard(pending.front()).ok());
        QVERIFY(next.pending().isEmpty());
        QVERIFY(copiesIn(folder).isEmpty());
    }

    void discardRefusesAnIdOutsideTheFolder() {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim.recovery"));
        QVERIFY(writeFile(victim, "keep"));
        RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
        RecoveryEntry forged;
        forged.id = QStringLiteral("../victim.recovery");
        QVERIFY(!store.discard(forged).ok());
        QVERIFY(QFile::exists(victim));
    }

    void truncatedCopyIsNotOffered() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("recovery"));
        {
            RecoveryStore session(folder);
            QVERIFY(session.save(dir.filePath(QStringLiteral("a.md")), "a long enough text", {}).ok());
        }
        const QString copy = QDir(folder).filePath(copiesIn(folder).front());
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - 4));
        file.close();
        RecoveryStore next(folder);
        QVERIFY(next.pending().isEmpty());
    }

    void unwritableFolderFailsClearly_data() {
        QTest::addColumn<QString>("folder");  // relative to a temporary folder holding a file "file"
        QTest::addColumn<QString>("reason");
        QTest::newRow("a file where the folder should be")
            << QStringLiteral("file/recovery") << QStringLiteral("is a file, not a folder");
        QTest::newRow("the folder is a file")
            << QStringLiteral("file") << QStringLiteral("is a file, not a folder");
    }
    void unwritableFolderFailsClearly() {
        QFETCH(QString, folder);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("file")), "x"));
        const QString post = dir.filePath(QStringLiteral("post.md"));
        RecoveryStore store(dir.filePath(folder));
        const Status saved = store.save(post, "edits", {});
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(post), qPrintable(saved.error()));
        QVERIFY2(saved.error().contains(reason), qPrintable(saved.error()));
        QVERIFY2(saved.error().contains(QStringLiteral("recovery copy")), qPrintable(saved.error()));
    }

    void noFolderFailsClearly() {
        RecoveryStore store{QString()};
        const Status saved = store.saveUntitled(RecoveryStore::newUntitledId(), "edits");
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QStringLiteral("no folder")), qPrintable(saved.error()));
    }
};

int main(int argc, char *argv[]) {
    if (argc == 4 && qstrcmp(argv[1], kCrashArgument) == 0) {
        QCoreApplication app(argc, argv);
        RecoveryStore store(QString::fromLocal8Bit(argv[2]));
        if (!store.save(QString::fromLocal8Bit(argv[3]), "edits from the crashed session", hashOf(kPost)))
            return 1;
        std::_Exit(42);  // no destructor runs: the lock file stays, as after a crash
    }
    QCoreApplication app(argc, argv);
    TestRecoveryStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recoverystore.moc"
