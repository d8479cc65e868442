// git in the window, driven as a writer does: paste an image into a post, Commit and Push, answer the commit
// dialog; the remote's newest commit holds exactly the post and its new image, nothing else that changed.
// Also Commit Post without pushing, nothing to commit, the Posts panel's marks and the status bar's note, and
// when the actions are off. Against temporary checkouts with a bare remote (tests/common/gitfixture.h).

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QImage>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>

#include "editor/markdowneditor.h"
#include "git/gitstatusindicator.h"
#include "gitwindowharness.h"
#include "site/siteindex.h"
#include "tst_previewharness.h"
#include "window/postmoveactions.h"
#include "window/poststatusbar.h"

using namespace GitWindowTest;

namespace {

// The files under `root` (relative), .git left out.
QSet<QString> filesUnder(const QString &root) {
    QSet<QString> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(root).relativeFilePath(it.next());
        if (!relative.startsWith(QLatin1String(".git/")))
            files.insert(relative);
    }
    return files;
}

QPushButton *okButton(CommitDialog *dialog) {
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

}  // namespace

class TstGitWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;
    QTemporaryDir m_dir;
    int m_count = 0;

    QString nextName() { return QStringLiteral("blog%1").arg(++m_count); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_gitwindow"));
        SiteIndex::setCacheFolder(m_cache.path());
        isolateGitConfig();
        QVERIFY(m_dir.isValid());
    }

    // A new post with a pasted image, saved by the commit itself: the remote gets exactly those two files,
    // with the message as edited; the other changes of the checkout stay uncommitted.
    void commitAndPushSendsExactlyThePostAndItsNewImage() {
        const Site site(m_dir, nextName());
        const QString post = site.path(QStringLiteral("_posts/2020-05-05-new-one.md"));
        QVERIFY(writeTestFile(post, "---\ntitle: New One\n---\nA new post with a picture.\n"));
        QVERIFY(writeTestFile(site.path(QStringLiteral("about.md")), "About us, changed\n"));
        QVERIFY(writeTestFile(site.path(QStringLiteral("assets/images/unrelated.png")), "png"));

        MainWindow window;
        QVERIFY(openInCheckout(window, post));
        const QSet<QString> before = filesUnder(site.work);
        window.editor()->moveCursor(QTextCursor::End);
        QImage image(30, 20, QImage::Format_ARGB32);
        image.fill(Qt::red);
        auto *data = new QMimeData;
        data->setImageData(image);
        QGuiApplication::clipboard()->setMimeData(data);
        window.editor()->paste();
        QTRY_VERIFY_WITH_TIMEOUT(window.document()->bodyLf().contains("!["), 60000);
        const QSet<QString> added = filesUnder(site.work) - before;
        QCOMPARE(added.size(), 1);
        const QString imagePath = *added.begin();
        QVERIFY2(imagePath.endsWith(QLatin1String(".png")), qPrintable(imagePath));
        QVERIFY(window.document()->isModified());

        QSignalSpy finished(window.gitActions(), &GitActions::finished);
        QSignalSpy messages(window.gitActions(), &GitActions::message);
        window.gitActions()->commitAndPushAction()->trigger();
        CommitDialog *dialog = waitForDialog(window.gitActions());
        QVERIFY(dialog);
        // Unsaved edits were saved first: the commit takes the file.
        QVERIFY(!window.document()->isModified());
        QVERIFY(readTestFile(post).contains("!["));
        QCOMPARE(fileListTexts(dialog),
                 (QStringList{QStringLiteral("_posts/2020-05-05-new-one.md"), imagePath}));
        QCOMPARE(dialog->messageEdit()->toPlainText(), QStringLiteral("Publish: New One"));
        QVERIFY(dialog->pushBox()->isEnabled());
        QVERIFY(dialog->pushBox()->isChecked());
        QCOMPARE(okButton(dialog)->text(), QStringLiteral("Commit and Push"));

        dialog->messageEdit()->setPlainText(
            QStringLiteral("Publish: New One, with a picture\n\nThe red one."));
        dialog->accept();
        waitFinished(finished, 2);
        QVERIFY(!window.gitActions()->messageBox());
        QCOMPARE(remoteHeadChanges(site.bare), "A\t_posts/2020-05-05-new-one.md\nA\t" + imagePath.toUtf8());
        QCOMPARE(remoteHeadSubject(site.bare), QByteArray("Publish: New One, with a picture"));
        QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("pushed to origin/main")),
                 qPrintable(messages.last().at(0).toString()));

        // The rest of the checkout is as it was.
        const QByteArray status = git(
            site.work, {QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("-uall")});
        QCOMPARE(status, QByteArray(" M about.md\n?? assets/images/unrelated.png\n"));
        auto *indicator = window.postStatusBar()->findChild<GitStatusIndicator *>();
        QVERIFY(indicator);
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("main"), 30000);
    }

    // A draft published in the window: the commit takes the new post and the draft's removal, as a publish.
    void publishedDraftIsCommittedWithTheDraftsRemoval() {
        const Site site(m_dir, nextName());
        const QString draft = site.path(QStringLiteral("_drafts/idea.md"));
        QVERIFY(writeTestFile(draft,
                              "---\ntitle: Idea\n---\nA draft with text enough for git to see it moved.\n"
                              "A second line of the draft, and a third one after it.\n"));
        git(site.work, {QStringLiteral("add"), QStringLiteral("-A")});
        git(site.work,
            {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Draft")});
        git(site.work, {QStringLiteral("push"), QStringLiteral("-q")});

        MainWindow window;
        QVERIFY(openInCheckout(window, draft));
        const Status published = window.postMoves()->publish(QDate(2021, 5, 6));
        QVERIFY2(published.ok(), qPrintable(published.error()));
        QCOMPARE(window.document()->path(), site.path(QStringLiteral("_posts/2021-05-06-idea.md")));

        QSignalSpy finished(window.gitActions(), &GitActions::finished);
        window.gitActions()->commitAndPushAction()->trigger();
        CommitDialog *dialog = waitForDialog(window.gitActions());
        QVERIFY(dialog);
        QCOMPARE(fileListTexts(dialog),
                 (QStringList{QStringLiteral("_posts/2021-05-06-idea.md"),
                              QStringLiteral("_drafts/idea.md (removed: the post moved)")}));
        QCOMPARE(dialog->messageEdit()->toPlainText(), QStringLiteral("Publish: Idea"));
        dialog->accept();
        waitFinished(finished, 2);
        QCOMPARE(remoteHeadChanges(site.bare),
                 QByteArray("D\t_drafts/idea.md\nA\t_posts/2021-05-06-idea.md"));
        QCOMPARE(remoteHeadSubject(site.bare), QByteArray("Publish: Idea"));
    }

    // Commit Post without pushing an edit of a committed post: "Update:", the remote unchanged, one ahead.
    void commitOnlyLeavesTheRemoteAndShowsAhead() {
        const Site site(m_dir, nextName());
        MainWindow window;
        QVERIFY(openInCheckout(window, site.first()));
        window.document()->setBodyFromLf("The first post, edited.\n");

        QSignalSpy finished(window.gitActions(), &GitActions::finished);
        window.gitActions()->commitAction()->trigger();
        CommitDialog *dialog = waitForDialog(window.gitActions());
        QVERIFY(dialog);
        QCOMPARE(fileListTexts(dialog), QStringList{QStringLiteral("_posts/2020-01-01-first.md")});
        QCOMPARE(dialog->messageEdit()->toPlainText(), QStringLiteral("Update: First Post"));
        QVERIFY(dialog->pushBox()->isEnabled());
        QVERIFY(!dialog->pushBox()->isChecked());
        QCOMPARE(okButton(dialog)->text(), QStringLiteral("Commit"));
        dialog->accept();
        waitFinished(finished, 2);

        QCOMPARE(remoteHeadSubject(site.bare), QByteArray("Start"));
        QCOMPARE(site.localHeadSubject(), QByteArray("Update: First Post"));
        QTRY_COMPARE_WITH_TIMEOUT(window.gitState()->status()->ahead, 1, 30000);
        auto *indicator = window.postStatusBar()->findChild<GitStatusIndicator *>();
        QVERIFY(indicator);
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("main ↑1"), 30000);
        QVERIFY(!indicator->isHidden());
    }

    void nothingToCommitSaysSoWithoutDialog() {
        const Site site(m_dir, nextName());
        MainWindow window;
        QVERIFY(openInCheckout(window, site.first()));
        QSignalSpy finished(window.gitActions(), &GitActions::finished);
        QSignalSpy messages(window.gitActions(), &GitActions::message);
        window.gitActions()->commitAndPushAction()->trigger();
        waitFinished(finished, 1);
        QVERIFY(!window.gitActions()->commitDialog());
        QVERIFY(!window.gitActions()->messageBox());
        QVERIFY2(messages.last().at(0).toString().startsWith(QStringLiteral("Nothing to commit")),
                 qPrintable(messages.last().at(0).toString()));
    }

    // The Posts panel marks the post saved with changes, and no other; the mark goes with the commit. The
    // status bar says the open post is not committed.
    void postsPanelAndStatusBarMarkUncommittedPost() {
        const Site site(m_dir, nextName());
        MainWindow window;
        QVERIFY(openInCheckout(window, site.first()));
        QTRY_VERIFY_WITH_TIMEOUT(markedUncommitted(window, site.second()).has_value(), 30000);
        QCOMPARE(markedUncommitted(window, site.first()), std::optional<bool>(false));

        window.document()->setBodyFromLf("Edited and saved.\n");
        QVERIFY(window.fileActions()->save());
        QTRY_COMPARE_WITH_TIMEOUT(markedUncommitted(window, site.first()), std::optional<bool>(true), 30000);
        QCOMPARE(markedUncommitted(window, site.second()), std::optional<bool>(false));
        auto *indicator = window.postStatusBar()->findChild<GitStatusIndicator *>();
        QVERIFY(indicator);
        QCOMPARE(indicator->text(), QStringLiteral("main · not committed"));

        QSignalSpy finished(window.gitActions(), &GitActions::finished);
        window.gitActions()->commitAction()->trigger();
        CommitDialog *dialog = waitForDialog(window.gitActions());
        QVERIFY(dialog);
        dialog->accept();
        waitFinished(finished, 2);
        QTRY_COMPARE_WITH_TIMEOUT(markedUncommitted(window, site.first()), std::optional<bool>(false), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("main ↑1"), 30000);
    }

    void actionsOffWhileBusy() {
        const Site site(m_dir, nextName());
        MainWindow window;
        QVERIFY(openInCheckout(window, site.first()));
        window.document()->setBodyFromLf("Edited.\n");
        GitActions *actions = window.gitActions();
        QVERIFY(actions->pullAction()->isEnabled());
        actions->commitAction()->trigger();
        QVERIFY(actions->isBusy());
        QVERIFY(!actions->commitAction()->isEnabled());
        QVERIFY(!actions->commitAndPushAction()->isEnabled());
        QVERIFY(!actions->pullAction()->isEnabled());
        // The save started a status read; the commit's own git waits for it, and no read starts meanwhile.
        QVERIFY(window.gitState()->isReading());
        QVERIFY(window.gitState()->isHeld());
        // A second ask meanwhile does nothing.
        QSignalSpy finished(actions, &GitActions::finished);
        actions->commitAndPushAction()->trigger();
        CommitDialog *dialog = waitForDialog(actions);
        QVERIFY(dialog);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!actions->isBusy());
        QVERIFY(!window.gitState()->isHeld());
        QVERIFY(actions->commitAction()->isEnabled());
        QVERIFY(actions->pullAction()->isEnabled());
        QVERIFY(!dialog->pushBox()->isChecked());  // the first ask's: Commit Post
        dialog->reject();
        QCOMPARE(site.localHeadSubject(), QByteArray("Start"));
    }

    void actionsOffForSiteInNoCheckout() {
        const QString site = m_dir.filePath(QStringLiteral("plain"));
        const QString post = site + QStringLiteral("/_posts/2020-01-01-plain.md");
        QVERIFY(writeTestFile(site + QStringLiteral("/_config.yml"), "title: Plain\n"));
        QVERIFY(writeTestFile(post, "---\ntitle: Plain\n---\nNo git here.\n"));
        MainWindow window;
        QVERIFY(window.fileActions()->open(post).ok());
        QVERIFY(!window.gitState()->siteRoot().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!window.gitState()->isReading(), 30000);
        GitActions *actions = window.gitActions();
        QVERIFY(!actions->commitAction()->isEnabled());
        QVERIFY(!actions->commitAndPushAction()->isEnabled());
        QVERIFY(!actions->pullAction()->isEnabled());
        auto *indicator = window.postStatusBar()->findChild<GitStatusIndicator *>();
        QVERIFY(indicator);
        QVERIFY(indicator->isHidden());
    }

    // A checkout but no post open: Pull is there, committing a post is not.
    void commitActionsOffWithNoPostOpen() {
        const Site site(m_dir, nextName());
        MainWindow window;
        QVERIFY(window.document()->path().isEmpty());
        window.gitState()->setSiteRoot(site.work);
        QTRY_VERIFY_WITH_TIMEOUT(window.gitActions()->pullAction()->isEnabled(), 30000);
        QVERIFY(!window.gitActions()->commitAction()->isEnabled());
        QVERIFY(!window.gitActions()->commitAndPushAction()->isEnabled());
    }
};

PREVIEW_TEST_MAIN(TstGitWindow)
#include "tst_gitwindow.moc"
