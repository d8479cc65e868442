// "What changes on save": with View > Show Changes Before Saving on, a save that would change the file first
// shows the file on disk against what will be written, and Cancel leaves the file alone; off (the default),
// saving asks nothing. View > Changes… shows the same diff at any time. Driven through the real window.
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include "post/postdocument.h"
#include "safety/comparedialog.h"
#include "safety/diffview.h"
#include "testfiles.h"
#include "tst_previewharness.h"
#include "window/appsettings.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"
#include "window/savereview.h"

namespace {

const QByteArray kPost =
    "---\nlayout: post\n# kept as written\ntitle: 'Old title'\ndate: 2024-05-01 10:00:00\n"
    "---\nFirst paragraph.\n\nSecond paragraph.\n";

// What the before-save dialog showed, and the button pressed.
struct Seen {
    int shown = 0;
    QStringList removed;
    QStringList added;
    QString legend;
};

// Answers the next modal CompareDialog with `accept` (its Save button) or Cancel, noting what it showed.
// Any further one is answered the same way and counted.
QPointer<QTimer> answerDialogs(Seen *seen, bool accept) {
    auto *poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [seen, accept] {
        auto *dialog = qobject_cast<CompareDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        ++seen->shown;
        seen->legend = dialog->legend();
        for (const LineDiff::Line &line : dialog->diffView()->lines()) {
            if (line.kind == LineDiff::Kind::Removed)
                seen->removed << line.text;
            else if (line.kind == LineDiff::Kind::Added)
                seen->added << line.text;
        }
        QDialogButtonBox *buttons = dialog->buttons();
        if (accept) {
            for (QAbstractButton *button : buttons->buttons()) {
                if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                    button->click();
            }
        } else {
            buttons->button(QDialogButtonBox::Cancel)->click();
        }
    });
    poll->start(10);
    return poll;
}

}  // namespace

class TestSaveReview : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString writePost() {
        const QString path = m_dir.filePath(QStringLiteral("post%1.md").arg(++m_count));
        if (!writeTestFile(path, kPost))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_savereview"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }
    void cleanup() { AppSettings::setShowChangesBeforeSave(false); }

    // Off by default: a save writes at once and asks nothing.
    void offByDefaultSavingAsksNothing() {
        QVERIFY(!AppSettings::showChangesBeforeSave());
        MainWindow window;
        const QString path = writePost();
        QVERIFY(window.fileActions()->open(path));
        QVERIFY(window.document()->setScalar(QStringLiteral("title"), QStringLiteral("New title")));
        Seen seen;
        const QPointer<QTimer> poll = answerDialogs(&seen, false);
        QVERIFY(window.fileActions()->save());
        delete poll.data();
        QCOMPARE(seen.shown, 0);
        QVERIFY(readTestFile(path).contains("title: 'New title'"));
    }

    // On: the dialog shows only the edited lines (the comment, the quoting and the date stay as they were);
    // Cancel leaves the file and the edits as they are, Save writes them.
    void askingShowsOnlyTheEditedLines_data() {
        QTest::addColumn<bool>("accept");
        QTest::newRow("Cancel: the file stays, the edits stay") << false;
        QTest::newRow("Save: the file gets the edits") << true;
    }
    void askingShowsOnlyTheEditedLines() {
        QFETCH(bool, accept);
        MainWindow window;
        window.fileActions()->saveReview()->beforeSaveAction()->setChecked(true);
        QVERIFY(AppSettings::showChangesBeforeSave());
        const QString path = writePost();
        QVERIFY(window.fileActions()->open(path));
        QVERIFY(window.document()->setScalar(QStringLiteral("title"), QStringLiteral("New title")));
        window.document()->setBodyFromLf("First paragraph, longer.\n\nSecond paragraph.\n");
        Seen seen;
        const QPointer<QTimer> poll = answerDialogs(&seen, accept);
        QCOMPARE(window.fileActions()->save(), accept);
        delete poll.data();
        QCOMPARE(seen.shown, 1);
        QCOMPARE(seen.removed,
                 QStringList({QStringLiteral("title: 'Old title'"), QStringLiteral("First paragraph.")}));
        QCOMPARE(seen.added, QStringList({QStringLiteral("title: 'New title'"),
                                          QStringLiteral("First paragraph, longer.")}));
        QVERIFY2(seen.legend.startsWith(QStringLiteral("− On disk    + What saving writes")),
                 qPrintable(seen.legend));
        if (accept) {
            QCOMPARE(readTestFile(path), window.document()->post().text());
            QVERIFY(!window.document()->isModified());
        } else {
            QCOMPARE(readTestFile(path), kPost);
            QVERIFY(window.document()->isModified());
        }
    }

    // On, but the save would write what the file already holds: nothing to show, nothing asked.
    void nothingToWriteAsksNothing() {
        AppSettings::setShowChangesBeforeSave(true);
        MainWindow window;
        const QString path = writePost();
        QVERIFY(window.fileActions()->open(path));
        Seen seen;
        const QPointer<QTimer> poll = answerDialogs(&seen, false);
        QVERIFY(window.fileActions()->save());
        delete poll.data();
        QCOMPARE(seen.shown, 0);
        QCOMPARE(readTestFile(path), kPost);
    }

    // View > Changes… shows the diff without saving, and its check box turns the question on.
    void viewChangesShowsTheDiffAndTheOption() {
        MainWindow window;
        const QString path = writePost();
        QVERIFY(window.fileActions()->open(path));
        window.document()->setBodyFromLf("First paragraph.\n\nSecond paragraph.\n\nThird.\n");
        SaveReview *review = window.fileActions()->saveReview();
        review->changesAction()->trigger();
        QTRY_VERIFY(review->dialog() && review->dialog()->isVisible());
        CompareDialog *dialog = review->dialog();
        QCOMPARE(dialog->diffView()->removedCount(), 0);
        QCOMPARE(dialog->diffView()->addedCount(), 2);  // the blank line and "Third."
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Close));
        auto *option = dialog->findChild<QCheckBox *>();
        QVERIFY(option);
        QVERIFY(!option->isChecked());
        option->click();
        QVERIFY(AppSettings::showChangesBeforeSave());
        QVERIFY(review->beforeSaveAction()->isChecked());
        dialog->buttons()->button(QDialogButtonBox::Close)->click();
        QTRY_VERIFY(!review->dialog());
        QCOMPARE(readTestFile(path), kPost);  // showing saves nothing
    }
};

PREVIEW_TEST_MAIN(TestSaveReview)
#include "tst_savereview.moc"
