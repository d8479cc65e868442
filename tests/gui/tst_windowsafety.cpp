// The window never loses an edit: it follows changes on disk, asks before overwriting them, and brings back
// the edits of a session that ended without saving.

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "editor/markdowneditor.h"
#include "post/postdocument.h"
#include "post/postfile.h"
#include "post/recoverystore.h"
#include "safety/externalchangebar.h"
#include "tst_previewharness.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

namespace {

const QByteArray kPost = "---\ntitle: Safe\n---\nLine one.\n\nLine two.\n\nLine three.\n";

void write(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray read(const QString &path) {
    return PostFile::readBytes(path).value();
}

// Clicks `button` of the next modal message box.
void answerNextBox(QMessageBox::ButtonRole role) {
    QTimer::singleShot(50, [role] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == role) {
                b->click();
                return;
            }
        }
        QFAIL("no such button");
    });
}

}  // namespace

class TestWindowSafety : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_windowsafety"));
        QDir(RecoveryStore::defaultFolder()).removeRecursively();
    }

    void init() {
        m_path = m_dir.filePath(QStringLiteral("post.md"));
        write(m_path, kPost);
    }

    void changeOnDiskWithoutEditsReloadsKeepingTheCursor() {
        MainWindow window;
        window.show();
        QVERIFY(window.fileActions()->open(m_path).ok());
        window.editor()->goToLine(3);
        QTest::qWait(50);
        write(m_path, "---\ntitle: Safe\n---\nLine one, changed elsewhere.\n\nLine two.\n\nLine three.\n");
        QTRY_VERIFY(window.editor()->toPlainText().contains(QLatin1String("changed elsewhere")));
        QCOMPARE(window.editor()->currentSourceLine(), 3);
        QVERIFY(!window.document()->isModified());
    }

    void changeOnDiskWithEditsAsksAndNeverOverwritesSilently() {
        MainWindow window;
        window.show();
        QVERIFY(window.fileActions()->open(m_path).ok());
        window.editor()->setFocus();
        QTest::keyClicks(window.editor(), QStringLiteral("Mine. "));
        const QByteArray theirs = "---\ntitle: Theirs\n---\nTheir text.\n";
        write(m_path, theirs);
        QTRY_COMPARE(window.externalChangeBar()->mode(), ExternalChangeBar::Mode::Changed);
        QVERIFY(window.document()->post().body().startsWith("Mine. "));  // my edits stay
        // Saving asks; Cancel keeps their file.
        answerNextBox(QMessageBox::RejectRole);
        QVERIFY(!window.fileActions()->save());
        QCOMPARE(read(m_path), theirs);
        // Overwrite is a choice the writer makes.
        answerNextBox(QMessageBox::DestructiveRole);
        QVERIFY(window.fileActions()->save());
        QVERIFY(read(m_path).contains("Mine. "));
        QCOMPARE(window.externalChangeBar()->mode(), ExternalChangeBar::Mode::Hidden);
    }

    void ownSaveIsNotAnExternalChange() {
        MainWindow window;
        window.show();
        QVERIFY(window.fileActions()->open(m_path).ok());
        window.editor()->setFocus();
        QTest::keyClicks(window.editor(), QStringLiteral("A. "));
        QVERIFY(window.fileActions()->saveTo(m_path).ok());
        QTest::qWait(600);
        QCOMPARE(window.externalChangeBar()->mode(), ExternalChangeBar::Mode::Hidden);
        QTest::keyClicks(window.editor(), QStringLiteral("B. "));
        QVERIFY(window.fileActions()->save());  // no question: nobody else changed it
        QVERIFY(read(m_path).contains("A. B. "));
    }

    void deletedFileIsReportedAndCanBeSavedAgain() {
        MainWindow window;
        window.show();
        QVERIFY(window.fileActions()->open(m_path).ok());
        QFile::remove(m_path);
        QTRY_COMPARE(window.externalChangeBar()->mode(), ExternalChangeBar::Mode::Deleted);
        QVERIFY(window.fileActions()->save());
        QCOMPARE(read(m_path), kPost);
    }

    void editsOfAnEndedSessionAreOffered() {
        {
            MainWindow window;
            window.show();
            QVERIFY(window.fileActions()->open(m_path).ok());
            window.editor()->setFocus();
            window.editor()->moveCursor(QTextCursor::End);
            QTest::keyClicks(window.editor(), QStringLiteral("Unsaved words."));
            // The copy is written within 3 s of the last keystroke, outside the post's folder.
            QTRY_VERIFY_WITH_TIMEOUT(!QDir(RecoveryStore::defaultFolder()).entryList(QDir::Files).isEmpty(),
                                     5000);
            QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("post.md")});
            // The window goes away without closing (as in a crash): nothing is saved, nothing discarded.
        }
        QCOMPARE(read(m_path), kPost);
        MainWindow next;
        next.show();
        QTimer::singleShot(100, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
            QVERIFY(restore);
            restore->click();
        });
        QVERIFY(next.offerRecovery());
        QCOMPARE(next.document()->path(), QFileInfo(m_path).absoluteFilePath());
        QVERIFY(next.document()->isModified());
        QVERIFY(next.document()->post().body().endsWith("Unsaved words.\n") ||
                next.document()->post().body().endsWith("Unsaved words."));
        QVERIFY(next.editor()->toPlainText().contains(QLatin1String("Unsaved words.")));
        // Saving it removes the copy.
        QVERIFY(next.fileActions()->saveTo(m_path).ok());
        QTRY_VERIFY(RecoveryStore().pending().isEmpty());
    }
};

PREVIEW_TEST_MAIN(TestWindowSafety)
#include "tst_windowsafety.moc"
