// The safety pieces the window shows: the diff view behind every Compare, the recovery dialog offered after a
// crash, the bar for a post changed or deleted on disk, and the read-only banner. Buttons emit the right
// signals and the diff shows the changed lines (the line diff itself is tested in tests/unit/tst_linediff).

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "post/recoveryentry.h"
#include "safety/comparedialog.h"
#include "safety/diffview.h"
#include "safety/externalchangebar.h"
#include "safety/readonlybanner.h"
#include "safety/recoverydialog.h"

namespace {

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

RecoveryEntry entryFor(const QString &path, const QByteArray &text, RecoveryEntry::DiskState state) {
    RecoveryEntry entry;
    entry.id = QFileInfo(path).fileName() + QStringLiteral(".session.recovery");
    entry.postPath = path;
    entry.savedAt = QDateTime(QDate(2024, 5, 17), QTime(14, 3), Qt::UTC);
    entry.text = text;
    entry.diskState = state;
    return entry;
}

QPushButton *button(QWidget *parent, const char *name) {
    return parent->findChild<QPushButton *>(QString::fromLatin1(name));
}

}  // namespace

class TestSafetyUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void diffViewShowsChangedLines() {
        DiffView view;
        view.setTexts("---\ntitle: A\n---\nBody\n", "---\ntitle: A\n---\nBody typed\nMore\n");
        QCOMPARE(view.toPlainText(),
                 QStringLiteral("  ---\n  title: A\n  ---\n- Body\n+ Body typed\n+ More"));
        QCOMPARE(view.removedCount(), 1);
        QCOMPARE(view.addedCount(), 2);
        QVERIFY(view.isReadOnly());
        // The first change is where the view opens.
        QCOMPARE(view.textCursor().blockNumber(), 3);
        QVERIFY(view.summary().contains(QStringLiteral("1 line")));
    }

    void summarySaysWhenOnlyLineEndingsDiffer_data() {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QString>("summary");
        QTest::newRow("same bytes") << QByteArray("a\r\n") << QByteArray("a\r\n")
                                    << QStringLiteral("No differences");
        QTest::newRow("crlf against lf") << QByteArray("a\r\n") << QByteArray("a\n")
                                         << QStringLiteral("Only line endings or the final newline differ");
        QTest::newRow("final newline added")
            << QByteArray("a") << QByteArray("a\n")
            << QStringLiteral("Only line endings or the final newline differ");
    }
    void summarySaysWhenOnlyLineEndingsDiffer() {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QString, summary);
        DiffView view;
        view.setTexts(before, after);
        QCOMPARE(view.summary(), summary);
    }

    void compareDialogShowsBothVersions() {
        CompareDialog dialog(QStringLiteral("post.md"), QStringLiteral("On disk"), "a\nold\n",
                             QStringLiteral("Your edits"), "a\nnew\n");
        QCOMPARE(dialog.diffView()->toPlainText(), QStringLiteral("  a\n- old\n+ new"));
        QVERIFY(dialog.legend().contains(QStringLiteral("On disk")));
        QVERIFY(dialog.legend().contains(QStringLiteral("Your edits")));
    }

    void recoveryDialogListsEntries() {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("2024-05-17-first.md"));
        const QString b = dir.filePath(QStringLiteral("2024-05-18-second.md"));
        RecoveryEntry untitled = entryFor(QString(), "new post\n", RecoveryEntry::DiskState::Untitled);
        RecoveryDialog dialog({entryFor(a, "A\n", RecoveryEntry::DiskState::Unchanged),
                               entryFor(b, "B\n", RecoveryEntry::DiskState::Changed), untitled});
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("entries"));
        QVERIFY(list);
        QCOMPARE(list->count(), 3);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("2024-05-17-first.md")));
        QVERIFY(list->item(0)->text().contains(QDir::toNativeSeparators(dir.path())));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("2024-05-17")));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("changed since")));
        QVERIFY(list->item(2)->text().contains(QStringLiteral("New post")));
        QCOMPARE(dialog.currentRow(), 0);
    }

    void restoreAndDiscardEmitTheSelectedEntry() {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.md"));
        const QString b = dir.filePath(QStringLiteral("b.md"));
        RecoveryDialog dialog({entryFor(a, "A\n", RecoveryEntry::DiskState::Unchanged),
                               entryFor(b, "B\n", RecoveryEntry::DiskState::Unchanged)});
        QStringList restored, discarded;
        connect(&dialog, &RecoveryDialog::restoreRequested, this,
                [&](const RecoveryEntry &e) { restored << e.postPath; });
        connect(&dialog, &RecoveryDialog::discardRequested, this,
                [&](const RecoveryEntry &e) { discarded << e.postPath; });
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();

        dialog.setCurrentRow(1);
        QTest::mouseClick(button(&dialog, "restoreButton"), Qt::LeftButton);
        QCOMPARE(restored, QStringList{b});
        QCOMPARE(dialog.entries().size(), 1);
        QCOMPARE(dialog.entries().front().postPath, a);
        QCOMPARE(accepted.size(), 0);

        dialog.setCurrentRow(0);
        QTest::mouseClick(button(&dialog, "discardButton"), Qt::LeftButton);
        QCOMPARE(discarded, QStringList{a});
        QVERIFY(dialog.entries().isEmpty());
        QCOMPARE(accepted.size(), 1);  // nothing left to decide
    }

    void laterKeepsEverything() {
        RecoveryDialog dialog(
            {entryFor(QStringLiteral("/tmp/a.md"), "A\n", RecoveryEntry::DiskState::Missing)});
        QSignalSpy restored(&dialog, &RecoveryDialog::restoreRequested);
        QSignalSpy discarded(&dialog, &RecoveryDialog::discardRequested);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.show();
        QTest::mouseClick(button(&dialog, "laterButton"), Qt::LeftButton);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(restored.size(), 0);
        QCOMPARE(discarded.size(), 0);
        QCOMPARE(dialog.entries().size(), 1);
    }

    void compareShowsDiskAgainstRecovered() {
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeFile(post, "---\ntitle: A\n---\nBody\n"));
        RecoveryDialog dialog(
            {entryFor(post, "---\ntitle: A\n---\nBody typed\n", RecoveryEntry::DiskState::Unchanged)});
        QSignalSpy restored(&dialog, &RecoveryDialog::restoreRequested);
        dialog.show();
        QVERIFY(dialog.diffView()->isHidden());
        QTest::mouseClick(button(&dialog, "compareButton"), Qt::LeftButton);
        QVERIFY(!dialog.diffView()->isHidden());
        QCOMPARE(dialog.diffView()->toPlainText(),
                 QStringLiteral("  ---\n  title: A\n  ---\n- Body\n+ Body typed"));
        QCOMPARE(restored.size(), 0);  // comparing decides nothing
        QCOMPARE(dialog.entries().size(), 1);
    }

    void compareWithoutAFileShowsEverythingAdded() {
        RecoveryDialog dialog({entryFor(QString(), "new\npost\n", RecoveryEntry::DiskState::Untitled)});
        dialog.show();
        QTest::mouseClick(button(&dialog, "compareButton"), Qt::LeftButton);
        QCOMPARE(dialog.diffView()->toPlainText(), QStringLiteral("+ new\n+ post"));
        auto *legend = dialog.findChild<QLabel *>(QStringLiteral("diffLegend"));
        QVERIFY(legend && legend->text().contains(QStringLiteral("no file")));
    }

    void changedBarButtons_data() {
        QTest::addColumn<QByteArray>("buttonName");
        QTest::addColumn<QByteArray>("signal");
        QTest::addColumn<bool>("staysVisible");
        QTest::newRow("reload") << QByteArray("reloadButton") << QByteArray(SIGNAL(reloadRequested()))
                                << false;
        QTest::newRow("keep mine") << QByteArray("keepMineButton") << QByteArray(SIGNAL(keepMineRequested()))
                                   << false;
        QTest::newRow("compare keeps the bar for the choice")
            << QByteArray("compareButton") << QByteArray(SIGNAL(compareRequested())) << true;
    }
    void changedBarButtons() {
        QFETCH(QByteArray, buttonName);
        QFETCH(QByteArray, signal);
        QFETCH(bool, staysVisible);
        QWidget window;
        auto *bar = new ExternalChangeBar(&window);
        window.show();
        QVERIFY(bar->isHidden());
        bar->showChanged(QStringLiteral("/site/_posts/post.md"));
        QCOMPARE(bar->message(), QStringLiteral("post.md changed on disk."));
        QCOMPARE(bar->mode(), ExternalChangeBar::Mode::Changed);
        QVERIFY(bar->isVisible());
        QVERIFY(button(bar, "saveButton")->isHidden());
        QSignalSpy spy(bar, signal.constData());
        QSignalSpy others(bar, SIGNAL(saveRequested()));
        QTest::mouseClick(button(bar, buttonName.constData()), Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(others.size(), 0);
        QCOMPARE(bar->isVisible(), staysVisible);
    }

    void deletedBarOffersSaving() {
        QWidget window;
        auto *bar = new ExternalChangeBar(&window);
        window.show();
        bar->showDeleted(QStringLiteral("/site/_posts/post.md"));
        QCOMPARE(bar->message(), QStringLiteral("post.md was deleted on disk. Saving will create it again."));
        QVERIFY(button(bar, "reloadButton")->isHidden());
        QVERIFY(button(bar, "keepMineButton")->isHidden());
        QVERIFY(button(bar, "compareButton")->isHidden());
        QSignalSpy save(bar, &ExternalChangeBar::saveRequested);
        QTest::mouseClick(button(bar, "saveButton"), Qt::LeftButton);
        QCOMPARE(save.size(), 1);
        QVERIFY(bar->isHidden());
        QCOMPARE(bar->mode(), ExternalChangeBar::Mode::Hidden);
    }

    void reloadedNoteCanBeClosed() {
        QWidget window;
        auto *bar = new ExternalChangeBar(&window);
        window.show();
        bar->showReloaded(QStringLiteral("/site/_posts/post.md"));
        QVERIFY(bar->message().contains(QStringLiteral("reloaded")));
        QVERIFY(button(bar, "reloadButton")->isHidden());
        QSignalSpy dismissed(bar, &ExternalChangeBar::dismissed);
        QTest::mouseClick(button(bar, "closeButton"), Qt::LeftButton);
        QCOMPARE(dismissed.size(), 1);
        QVERIFY(bar->isHidden());
    }

    void changeWithEditsHasNoCloseButton() {
        // Unsaved edits and a changed file need a decision, not a dismissal.
        QWidget window;
        auto *bar = new ExternalChangeBar(&window);
        window.show();
        bar->showChanged(QStringLiteral("/p.md"));
        QVERIFY(button(bar, "closeButton")->isHidden());
    }

    void readOnlyBannerSaysWhy() {
        QWidget window;
        auto *banner = new ReadOnlyBanner(&window);
        window.show();
        QVERIFY(banner->isHidden());
        const QString why = QStringLiteral("Opened read-only: post.md is not valid UTF-8 (line 3).");
        banner->setMessage(why);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->message(), why);
        QVERIFY(!banner->findChildren<QLabel *>().isEmpty());
        const auto labels = banner->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [&](QLabel *l) { return l->text() == why; }));
        banner->setMessage(QString());
        QVERIFY(banner->isHidden());
    }
};

QTEST_MAIN(TestSafetyUi)

#include "tst_safetyui.moc"
