// No edit is lost (DESIGN.md section 5): when a save fails (disk full, read-only folder, vanished folder, no
// permission) the original file is untouched, the edits stay in the window, the message names the file and
// the reason, and Save As is offered. A post that cannot be written where it is opens with a banner saying
// so. The tests run as root here, where permissions do not stop a write: a small tmpfs (full, or remounted
// read-only) and a per-thread file-system user id stand in.

#include <QDir>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "editor/markdowneditor.h"
#include "post/postdocument.h"
#include "post/postfile.h"
#include "safety/readonlybanner.h"
#include "tst_previewharness.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/fsuid.h>
#endif

namespace {

const QByteArray kPost = "---\ntitle: Keep me\n---\nThe original text.\n";
const QString kEdit = QStringLiteral("Edits that must not be lost. ");

bool isRoot() {
    return geteuid() == 0;
}

bool run(const QString &program, const QStringList &arguments, QString *error = nullptr) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished() || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        if (error)
            *error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed() + process.errorString();
        return false;
    }
    return true;
}

// A small tmpfs of its own, unmounted when done.
class Tmpfs {
public:
    // Empty on success, else why it could not be mounted.
    QString mount(const QString &size) {
        QString error;
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        if (!run(QStringLiteral("mount"),
                 {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                  QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_dir.path()},
                 &error))
            return error.isEmpty() ? QStringLiteral("mount failed") : error;
        m_mounted = true;
        return {};
    }
    bool remountReadOnly() {
        return run(QStringLiteral("mount"),
                   {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()});
    }
    ~Tmpfs() {
        if (m_mounted)
            run(QStringLiteral("umount"), {m_dir.path()});
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

#define MOUNT_OR_SKIP(tmpfs, size)                                                                     \
    do {                                                                                               \
        const QString why_ = (tmpfs).mount(QStringLiteral(size));                                      \
        if (!why_.isEmpty())                                                                           \
            QSKIP(qPrintable(                                                                          \
                QStringLiteral("needs a tmpfs mount (run as root with mount rights): %1").arg(why_))); \
    } while (false)

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Fills the disk holding `folder` to the last byte.
void fillDisk(const QString &folder) {
    QFile filler(folder + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray chunk(1024, 'f');
    while (filler.write(chunk) == chunk.size()) {
    }
    filler.close();
    // What is left is less than one chunk; take it byte by byte.
    QFile rest(folder + QStringLiteral("/filler-rest"));
    if (rest.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        while (rest.write("r", 1) == 1) {
        }
    }
}

// What the save-failure box showed.
struct FailureBox {
    QString text;
    QString informative;
    QStringList buttons;
    bool offersSaveAs = false;
    int shown = 0;
    bool saved = false;
};

// Inspects the next save-failure box, then presses Cancel. The caller deletes the poll if no box came.
QPointer<QTimer> inspectNextFailureBox(FailureBox *seen) {
    auto *poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->deleteLater();
        poll->stop();
        ++seen->shown;
        seen->text = box->text();
        seen->informative = box->informativeText();
        for (QAbstractButton *button : box->buttons())
            seen->buttons << button->text();
        seen->offersSaveAs = box->findChild<QPushButton *>(QStringLiteral("saveAsButton")) != nullptr;
        QVERIFY(box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Cancel)->click();
    });
    poll->start(10);
    return poll;
}

}  // namespace

class TestSaveFailures : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // Opens `path` in `window` and types the edit at the end of the body.
    void openAndEdit(MainWindow &window, const QString &path) {
        window.show();
        QVERIFY(window.fileActions()->open(path).ok());
        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), kEdit);
        QVERIFY(window.document()->isModified());
    }

    // Saves interactively, answering the failure box.
    static FailureBox failToSave(MainWindow &window) {
        FailureBox box;
        const QPointer<QTimer> poll = inspectNextFailureBox(&box);
        box.saved = window.fileActions()->save();
        delete poll.data();  // no box came: it must not answer a later one
        return box;
    }

    // The box said what failed and why and offered Save As; nothing was lost.
    void checkNothingLost(MainWindow &window, const FailureBox &box, const QString &path,
                          const QString &reason, const std::function<bool()> &originalUntouched) {
        QVERIFY(!box.saved);
        QCOMPARE(box.shown, 1);
        QVERIFY2(box.text.contains(path), qPrintable(box.text));
        QVERIFY2(box.text.contains(reason, Qt::CaseInsensitive), qPrintable(box.text));
        QVERIFY2(box.offersSaveAs, qPrintable(box.buttons.join(QLatin1Char(','))));
        QVERIFY(box.informative.contains(QLatin1String("edits are still here")));
        QVERIFY(originalUntouched());
        QVERIFY(window.document()->isModified());
        QCOMPARE(window.document()->path(), path);
        QVERIFY(window.document()->post().body().contains(kEdit.toUtf8()));
        QVERIFY(window.editor()->toPlainText().contains(kEdit));
    }

    void saveFailsKeepingEverything(MainWindow &window, const QString &path, const QString &reason,
                                    const std::function<bool()> &originalUntouched) {
        const FailureBox box = failToSave(window);
        checkNothingLost(window, box, path, reason, originalUntouched);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_savefailures"));
        QVERIFY(m_dir.isValid());
    }

    void diskFull() {
        Tmpfs disk;
        MOUNT_OR_SKIP(disk, "64k");
        const QString path = disk.path() + QStringLiteral("/post.md");
        writeFile(path, kPost);
        MainWindow window;
        openAndEdit(window, path);
        fillDisk(disk.path());
        // The reason as PostFile words it (QSaveFile itself says "Unknown error"), through the window's save.
        saveFailsKeepingEverything(
            window, path, QStringLiteral("Could not save %1: disk full").arg(path), [&] {
                return PostFile::readBytes(path).value() == kPost &&
                       QDir(disk.path())
                               .entryList(QDir::Files | QDir::Hidden)
                               .filter(QStringLiteral("post")) ==
                           QStringList{QStringLiteral("post.md")};  // no half-written copy left behind
            });
    }

    void readOnlyFolder() {
        Tmpfs disk;
        MOUNT_OR_SKIP(disk, "1m");
        const QString path = disk.path() + QStringLiteral("/post.md");
        writeFile(path, kPost);
        MainWindow window;
        openAndEdit(window, path);
        QVERIFY(window.readOnlyBanner()->isHidden());
        QVERIFY(disk.remountReadOnly());
        saveFailsKeepingEverything(window, path, QStringLiteral("Read-only file system"),
                                   [&] { return PostFile::readBytes(path).value() == kPost; });
    }

    void vanishedFolder() {
        const QString folder = m_dir.filePath(QStringLiteral("vanishing"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/post.md");
        writeFile(path, kPost);
        MainWindow window;
        openAndEdit(window, path);
        QVERIFY(QDir(folder).removeRecursively());
        // Saving does not bring the folder back behind the writer's back.
        saveFailsKeepingEverything(window, path, QStringLiteral("no longer exists"),
                                   [&] { return !QFileInfo::exists(folder); });
    }

    void noPermission() {
        const QString folder = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/post.md");
        writeFile(path, kPost);
        MainWindow window;
        openAndEdit(window, path);
        const auto untouched = [&] { return PostFile::readBytes(path).value() == kPost; };
        if (isRoot()) {
#ifdef Q_OS_LINUX
            // Root writes anywhere; as "nobody" (for file access, on this thread only) it may not.
            const uid_t nobody = 65534;
            FailureBox box;
            {
                struct BackToRoot {
                    ~BackToRoot() { setfsuid(0); }
                } backToRoot;
                setfsuid(nobody);
                if (int(setfsuid(uid_t(-1))) != int(nobody))
                    QSKIP("could not change the file-system user id to test a permission failure");
                box = failToSave(window);
            }
            checkNothingLost(window, box, path, QStringLiteral("Permission denied"), untouched);
#else
            QSKIP("running as root: permissions do not stop a write");
#endif
        } else {
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
            saveFailsKeepingEverything(window, path, QStringLiteral("Permission denied"), untouched);
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
    }

    void readOnlyPostOpensWithTheBanner() {
        Tmpfs disk;
        QString folder;
        if (isRoot()) {
            MOUNT_OR_SKIP(disk, "1m");
            folder = disk.path();
        } else {
            folder = m_dir.filePath(QStringLiteral("read-only"));
            QVERIFY(QDir().mkpath(folder));
        }
        const QString path = folder + QStringLiteral("/post.md");
        writeFile(path, kPost);
        if (isRoot())
            QVERIFY(disk.remountReadOnly());
        else
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));

        MainWindow window;
        window.show();
        QVERIFY(window.fileActions()->open(path).ok());
        ReadOnlyBanner *banner = window.readOnlyBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->message(),
                 QStringLiteral("post.md is read-only on disk; use Save As to keep your edits"));
        // The writer may still edit; Save As somewhere writable keeps the edits and the banner goes.
        openAndEdit(window, path);
        QVERIFY(banner->isVisible());
        const QString copy = m_dir.filePath(QStringLiteral("saved-elsewhere.md"));
        QVERIFY(window.fileActions()->saveTo(copy).ok());
        QVERIFY(PostFile::readBytes(copy).value().contains(kEdit.toUtf8()));
        QVERIFY(banner->isHidden());
        QCOMPARE(PostFile::readBytes(path).value(), kPost);
    }

    void writablePostHasNoBanner() {
        const QString path = m_dir.filePath(QStringLiteral("writable.md"));
        writeFile(path, kPost);
        MainWindow window;
        window.show();
        QVERIFY(window.fileActions()->open(path).ok());
        QVERIFY(window.readOnlyBanner()->isHidden());
        QVERIFY(window.readOnlyBanner()->message().isEmpty());
    }
};

PREVIEW_TEST_MAIN(TestSaveFailures)
#include "tst_savefailures.moc"
