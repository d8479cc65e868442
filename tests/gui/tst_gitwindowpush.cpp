// Pushing from the window when it does not simply work: the remote moved on (Pull and Push Again rebases the
// writer's commit on top, never forces), the branch has no upstream (no push offered), the remote is gone (a
// warning naming it, the commit kept). And the commit dialog's keys: Ctrl+Return commits from the message.

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>

#include "gitwindowharness.h"
#include "site/postcommitplan.h"
#include "site/siteindex.h"
#include "tst_previewharness.h"

using namespace GitWindowTest;

namespace {

QPushButton *okButton(CommitDialog *dialog) {
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

PostCommitPlan planFor(const QString &path, const QString &message) {
    PostCommitPlan plan;
    plan.paths = QStringList{path};
    plan.defaultMessage = message;
    return plan;
}

}  // namespace

class TstGitWindowPush : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;
    QTemporaryDir m_dir;
    int m_count = 0;

    QString nextName() { return QStringLiteral("blog%1").arg(++m_count); }

    // Edits the open post and answers Commit and Push's dialog as it comes; waits for the commit's end.
    static void commitAndPush(MainWindow &window, QSignalSpy &finished) {
        window.document()->setBodyFromLf("The first post, edited here.\n");
        window.gitActions()->commitAndPushAction()->trigger();
        CommitDialog *dialog = waitForDialog(window.gitActions());
        QVERIFY(dialog);
        dialog->accept();
        waitFinished(finished, 2);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_gitwindowpush"));
        SiteIndex::setCacheFolder(m_cache.path());
        isolateGitConfig();
        QVERIFY(m_dir.isValid());
    }

    void rejectedPushOffersPullAndPushAgain() {
        const Site site(m_dir, nextName());
        MainWindow window;
        QVERIFY(openInCheckout(window, site.first()));
        otherWriterPushes(m_dir, site, QStringLiteral("other%1").arg(m_count));

        QSignalSpy finished(window.gitActions(), &GitActions::finished);
        commitAndPush(window, finished);
        QMessageBox *box = waitForBox(window.gitActions());
        QVERIFY(box);
        QVERIFY2(box->windowTitle() == QStringLiteral("Push Rejected"), qPrintable(box->text()));
        QAbstractButton *again = buttonNamed(box, QStringLiteral("Pull and Push Again"));
        QVERIFY(again);
        QVERIFY(box->detailedText().contains(QStringLiteral("rejected")));
        // Nothing was forced: the remote still ends with the other writer's commit, ours is only here.
        QCOMPARE(site.remoteSubjects(1), QByteArray("Their commit"));
        QCOMPARE(site.localHeadSubject(), QByteArray("Update: First Post"));

        again->click();
        waitFinished(finished, 3);
        QTRY_VERIFY(!window.gitActions()->messageBox());  // the question closed, no problem shown
        QCOMPARE(site.remoteSubjects(3), QByteArray("Update: First Post\nTheir commit\nStart"));
        QVERIFY(QFileInfo::exists(site.path(QStringLiteral("theirs.md"))));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.gitState()->status()->ahead == 0 && window.gitState()->status()->behind == 0, 30000);
    }

    void rejectedPushCancelledKeepsTheCommit() {
        const Site site(m_dir, nextName());
        MainWindow window;
        QVERIFY(openInCheckout(window, site.first()));
        otherWriterPushes(m_dir, site, QStringLiteral("other%1").arg(m_count));
        QSignalSpy finished(window.gitActions(), &GitActions::finished);
        commitAndPush(window, finished);
        QMessageBox *box = waitForBox(window.gitActions());
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(finished.count(), 2);  // nothing more runs
        QCOMPARE(site.remoteSubjects(1), QByteArray("Their commit"));
        QCOMPARE(site.localHeadSubject(), QByteArray("Update: First Post"));
    }

    // Pull brings the other writer's commit in; the writer's edits of another file are kept (stashed
    // meanwhile).
    void pullRebasesOnTheRemoteAndKeepsLocalEdits() {
        const Site site(m_dir, nextName());
        MainWindow window;
        QVERIFY(openInCheckout(window, site.first()));
        otherWriterPushes(m_dir, site, QStringLiteral("other%1").arg(m_count));
        QVERIFY(writeTestFile(site.path(QStringLiteral("about.md")), "About, being edited\n"));
        QSignalSpy finished(window.gitActions(), &GitActions::finished);
        QSignalSpy messages(window.gitActions(), &GitActions::message);
        window.gitActions()->pullAction()->trigger();
        QVERIFY(!window.gitActions()->pullAction()->isEnabled());
        waitFinished(finished, 1);
        QVERIFY(!window.gitActions()->messageBox());
        QVERIFY2(messages.last().at(0).toString().startsWith(QStringLiteral("Pulled")),
                 qPrintable(messages.last().at(0).toString()));
        QCOMPARE(site.localHeadSubject(), QByteArray("Their commit"));
        QCOMPARE(readTestFile(site.path(QStringLiteral("about.md"))), QByteArray("About, being edited\n"));
        QTRY_VERIFY_WITH_TIMEOUT(window.gitState()->isChanged(site.path(QStringLiteral("about.md"))), 30000);
        QVERIFY(window.gitActions()->pullAction()->isEnabled());
    }

    void noUpstreamOffersNoPush() {
        const Site site(m_dir, nextName());
        git(site.work, {QStringLiteral("branch"), QStringLiteral("--unset-upstream")});
        MainWindow window;
        QVERIFY(openInCheckout(window, site.first()));
        window.document()->setBodyFromLf("Edited without an upstream.\n");
        QSignalSpy finished(window.gitActions(), &GitActions::finished);
        QSignalSpy messages(window.gitActions(), &GitActions::message);
        window.gitActions()->commitAndPushAction()->trigger();
        CommitDialog *dialog = waitForDialog(window.gitActions());
        QVERIFY(dialog);
        QVERIFY(!dialog->pushBox()->isEnabled());
        QVERIFY(!dialog->push());
        QVERIFY(dialog->pushBox()->text().contains(QStringLiteral("no upstream")));
        QCOMPARE(okButton(dialog)->text(), QStringLiteral("Commit"));
        dialog->accept();
        waitFinished(finished, 2);
        QVERIFY(!window.gitActions()->messageBox());
        QCOMPARE(site.localHeadSubject(), QByteArray("Update: First Post"));
        QCOMPARE(site.remoteSubjects(1), QByteArray("Start"));
        QVERIFY2(messages.last().at(0).toString().startsWith(QStringLiteral("Committed ")),
                 qPrintable(messages.last().at(0).toString()));

        // Pull has nowhere to pull from: it says so.
        window.gitActions()->pullAction()->trigger();
        waitFinished(finished, 3);
        QMessageBox *box = waitForBox(window.gitActions());
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("no upstream")), qPrintable(box->text()));
    }

    // The remote's folder is gone: a warning says the remote cannot be reached and that the commit is kept.
    void unreachableRemoteWarnsAndKeepsTheCommit() {
        const Site site(m_dir, nextName());
        MainWindow window;
        QVERIFY(openInCheckout(window, site.first()));
        QVERIFY(QDir(site.bare).removeRecursively());
        QSignalSpy finished(window.gitActions(), &GitActions::finished);
        commitAndPush(window, finished);
        QMessageBox *box = waitForBox(window.gitActions());
        QVERIFY(box);
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QVERIFY2(box->text().contains(QStringLiteral("the remote cannot be reached")),
                 qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral("The commit is kept")), qPrintable(box->text()));
        QVERIFY(!buttonNamed(box, QStringLiteral("Pull and Push Again")));
        QCOMPARE(site.localHeadSubject(), QByteArray("Update: First Post"));
        QVERIFY(window.gitActions()->commitAction()->isEnabled());
    }

    void ctrlReturnInTheMessageCommits() {
        CommitDialog dialog(planFor(QStringLiteral("_posts/a.md"), QStringLiteral("Update: A")),
                            QStringLiteral("origin/main"), false);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QPlainTextEdit *edit = dialog.messageEdit();
        edit->moveCursor(QTextCursor::End);
        // Return alone starts a new line of the message.
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(edit->toPlainText(), QStringLiteral("Update: A\n"));
        QTest::keyClicks(edit, "Details.");
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.message(), QStringLiteral("Update: A\nDetails."));
    }

    void emptyMessageCannotBeCommitted() {
        CommitDialog dialog(planFor(QStringLiteral("_posts/a.md"), QStringLiteral("Publish: A")),
                            QStringLiteral("origin/main"), true);
        QVERIFY(okButton(&dialog)->isEnabled());
        QCOMPARE(okButton(&dialog)->text(), QStringLiteral("Commit and Push"));
        dialog.messageEdit()->setPlainText(QStringLiteral("  \n "));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(dialog.messageEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(accepted.count(), 0);
        dialog.pushBox()->setChecked(false);
        QCOMPARE(okButton(&dialog)->text(), QStringLiteral("Commit"));
    }
};

PREVIEW_TEST_MAIN(TstGitWindowPush)
#include "tst_gitwindowpush.moc"
