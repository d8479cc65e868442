// SiteGitState and GitStatusIndicator against real temporary checkouts with a bare remote (the machine's git
// config shut out): the branch, upstream, ahead/behind and changed files read off the GUI thread, a site that
// is no checkout, git missing, reads asked for during a read coalescing into one more, a saved post read
// again; and the status bar's note saying it.

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "git/gitstatusindicator.h"
#include "git/sitegitstate.h"
#include "gitfixture.h"
#include "post/postdocument.h"
#include "testfiles.h"

namespace {

const QByteArray kPost = "---\ntitle: First Post\n---\nHello from the first post.\n";

}  // namespace

class TstSiteGitState : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_bare;
    QString m_work;

    QString post() const { return m_work + QStringLiteral("/_posts/2020-01-01-first.md"); }

    // A site checked out from a bare remote, on main with origin/main as its upstream, nothing changed.
    void freshSite() {
        ++m_count;
        m_bare = m_dir.filePath(QStringLiteral("remote%1.git").arg(m_count));
        m_work = m_dir.filePath(QStringLiteral("blog%1").arg(m_count));
        makeCheckoutWithRemote(m_bare, m_work,
                               {{QStringLiteral("_config.yml"), "title: Blog\n"},
                                {QStringLiteral("_posts/2020-01-01-first.md"), kPost},
                                {QStringLiteral("about.md"), "About\n"}});
        m_work = QFileInfo(m_work).canonicalFilePath();
    }

    // Another writer's commit on the remote, made from a second clone.
    void otherWriterPushes(const QString &file) {
        const QString other = m_dir.filePath(QStringLiteral("other%1-%2").arg(m_count).arg(file));
        cloneCheckout(m_bare, other);
        QVERIFY(writeTestFile(other + QLatin1Char('/') + file, "theirs\n"));
        git(other, {QStringLiteral("add"), QStringLiteral("-A")});
        git(other,
            {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Theirs")});
        git(other, {QStringLiteral("push"), QStringLiteral("-q")});
    }

    // Waits until the state has read everything asked of it.
    static void settle(SiteGitState &state) { QTRY_VERIFY_WITH_TIMEOUT(!state.isReading(), 30000); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        isolateGitConfig();
        QVERIFY(m_dir.isValid());
    }

    void checkoutStatusBranchUpstreamAheadBehind() {
        freshSite();
        SiteGitState state;
        state.setSiteRoot(m_work);
        settle(state);
        QVERIFY(state.status().has_value());
        QCOMPARE(state.status()->branch, QStringLiteral("main"));
        QCOMPARE(state.status()->upstream, QStringLiteral("origin/main"));
        QCOMPARE(state.status()->ahead, 0);
        QCOMPARE(state.status()->behind, 0);
        QCOMPARE(state.workTree(), m_work);
        QVERIFY(state.problem().isEmpty());
        QVERIFY(state.changedFiles().isEmpty());

        // A local commit: one ahead.
        QVERIFY(writeTestFile(m_work + QStringLiteral("/about.md"), "About us\n"));
        git(m_work,
            {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("About")});
        state.refresh();
        settle(state);
        QCOMPARE(state.status()->ahead, 1);
        QCOMPARE(state.status()->behind, 0);

        // Another writer's commit, fetched: one behind as well.
        otherWriterPushes(QStringLiteral("theirs.md"));
        git(m_work, {QStringLiteral("fetch"), QStringLiteral("-q")});
        state.refresh();
        settle(state);
        QCOMPARE(state.status()->ahead, 1);
        QCOMPARE(state.status()->behind, 1);
    }

    void changedFilesHoldEditedPostUntilCommitted() {
        freshSite();
        SiteGitState state;
        state.setSiteRoot(m_work);
        settle(state);
        QVERIFY(!state.isChanged(post()));

        QVERIFY(writeTestFile(post(), kPost + "More.\n"));
        QVERIFY(writeTestFile(m_work + QStringLiteral("/assets/new.png"), "png"));
        state.refresh();
        settle(state);
        QCOMPARE(state.changedFiles(), (QSet<QString>{post(), m_work + QStringLiteral("/assets/new.png")}));
        QVERIFY(state.isChanged(post()));
        // A path spelled another way names the same file.
        QVERIFY(state.isChanged(m_work + QStringLiteral("/_posts/../_posts/2020-01-01-first.md")));
        QVERIFY(!state.isChanged(m_work + QStringLiteral("/about.md")));

        git(m_work, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                     QStringLiteral("Post"), QStringLiteral("--"), post()});
        state.refresh();
        settle(state);
        QVERIFY(!state.isChanged(post()));
        QCOMPARE(state.changedFiles(), QSet<QString>{m_work + QStringLiteral("/assets/new.png")});
    }

    void siteInNoCheckoutHasNoStatusAndNoProblem() {
        const QString site = m_dir.filePath(QStringLiteral("plain"));
        QVERIFY(writeTestFile(site + QStringLiteral("/_config.yml"), "title: Plain\n"));
        SiteGitState state;
        QSignalSpy changed(&state, &SiteGitState::changed);
        state.setSiteRoot(site);
        settle(state);
        QCOMPARE(changed.count(), 2);  // the new site, then what was read
        QVERIFY(!state.status().has_value());
        QVERIFY(state.problem().isEmpty());
        QVERIFY(state.workTree().isEmpty());
        QVERIFY(state.changedFiles().isEmpty());
    }

    void gitMissingIsNamedAsTheProblem() {
        freshSite();
        const QString missing = m_dir.filePath(QStringLiteral("no-such-git"));
        SiteGitState state;
        GitRepository::Options options;
        options.program = missing;
        state.setOptions(options);
        state.setSiteRoot(m_work);
        settle(state);
        QVERIFY(!state.status().has_value());
        QVERIFY2(state.problem().contains(QStringLiteral("git is not installed")),
                 qPrintable(state.problem()));
        QVERIFY2(state.problem().contains(missing), qPrintable(state.problem()));
    }

    // Asks during a read make one more read after it, not one each; the last read sees the latest files.
    void refreshDuringReadCoalescesIntoOneMoreRead() {
        freshSite();
        SiteGitState state;
        QSignalSpy changed(&state, &SiteGitState::changed);
        state.setSiteRoot(m_work);
        QVERIFY(state.isReading());
        QVERIFY(writeTestFile(post(), kPost + "Edited during the read.\n"));
        state.refresh();
        state.refresh();
        state.refresh();
        QCOMPARE(changed.count(), 1);  // the new site; nothing read yet
        settle(state);
        QCOMPARE(changed.count(), 3);  // the first read and one more
        QVERIFY(state.isChanged(post()));
    }

    // The window's own git (a commit) waits for the read running, and reads asked for meanwhile wait for it:
    // a status read holds git's index lock for a moment, and a commit started alongside fails on it.
    void holdWaitsForTheReadAndDefersReads() {
        freshSite();
        SiteGitState state;
        QSignalSpy changed(&state, &SiteGitState::changed);
        state.setSiteRoot(m_work);
        QVERIFY(state.isReading());
        QObject context;
        int ran = 0;
        state.hold(&context, [&] {
            QVERIFY(!state.isReading());
            ++ran;
        });
        QVERIFY(state.isHeld());
        QCOMPARE(ran, 0);
        QTRY_COMPARE_WITH_TIMEOUT(ran, 1, 30000);
        QCOMPARE(changed.count(), 2);

        // Held: a save's refresh reads nothing until release, then once.
        QVERIFY(writeTestFile(post(), kPost + "Edited while held.\n"));
        state.refresh();
        state.refresh();
        QVERIFY(!state.isReading());
        QVERIFY(!state.isChanged(post()));
        state.release();
        QVERIFY(!state.isHeld());
        QVERIFY(state.isReading());
        settle(state);
        QCOMPARE(changed.count(), 3);
        QVERIFY(state.isChanged(post()));

        // Not reading: the work runs at once.
        state.hold(&context, [&] { ++ran; });
        QCOMPARE(ran, 2);
        state.release();
        QVERIFY(!state.isReading());  // nothing was asked meanwhile
    }

    // Whoever waited is gone before the read ended: its work never runs, and reads are not held forever.
    void holdOfAGoneContextIsDropped() {
        freshSite();
        SiteGitState state;
        state.setSiteRoot(m_work);
        QVERIFY(state.isReading());
        int ran = 0;
        {
            QObject context;
            state.hold(&context, [&] { ++ran; });
        }
        settle(state);
        QCOMPARE(ran, 0);
        QVERIFY(!state.isHeld());
        state.refresh();
        QVERIFY(state.isReading());
        settle(state);
    }

    void refreshWithNoSiteReadsNothing() {
        SiteGitState state;
        QSignalSpy changed(&state, &SiteGitState::changed);
        state.refresh();
        QVERIFY(!state.isReading());
        QCOMPARE(changed.count(), 0);
    }

    // A site changed during a read: the old read is dropped, the new site read.
    void siteChangedDuringReadIsReadAfresh() {
        freshSite();
        const QString first = m_work;
        const QString plain = m_dir.filePath(QStringLiteral("plain2"));
        QVERIFY(writeTestFile(plain + QStringLiteral("/_config.yml"), "title: Plain\n"));
        SiteGitState state;
        state.setSiteRoot(first);
        QVERIFY(state.isReading());
        state.setSiteRoot(plain);
        settle(state);
        QCOMPARE(state.siteRoot(), plain);
        QVERIFY(!state.status().has_value());
        QVERIFY(state.workTree().isEmpty());
    }

    void followedDocumentIsReadAgainAfterSave() {
        freshSite();
        PostDocument document;
        QVERIFY(document.load(post()).ok());
        SiteGitState state;
        state.followDocument(&document);
        QCOMPARE(state.siteRoot(), m_work);
        settle(state);
        QVERIFY(state.status().has_value());
        QVERIFY(!state.isChanged(post()));

        document.setBodyFromLf("Edited in the window.\n");
        QVERIFY(document.save().ok());
        QTRY_VERIFY_WITH_TIMEOUT(state.isChanged(post()), 30000);

        // Another site's post: the state follows it.
        const QString plain = m_dir.filePath(QStringLiteral("plain3"));
        QVERIFY(writeTestFile(plain + QStringLiteral("/_config.yml"), "title: Plain\n"));
        QVERIFY(writeTestFile(plain + QStringLiteral("/_posts/2021-01-01-x.md"), "---\ntitle: X\n---\nX\n"));
        QVERIFY(document.load(plain + QStringLiteral("/_posts/2021-01-01-x.md")).ok());
        QCOMPARE(QFileInfo(state.siteRoot()).canonicalFilePath(), QFileInfo(plain).canonicalFilePath());
        settle(state);
        QVERIFY(!state.status().has_value());
    }

    void indicatorHiddenForSiteInNoCheckout() {
        const QString site = m_dir.filePath(QStringLiteral("plain4"));
        QVERIFY(writeTestFile(site + QStringLiteral("/_config.yml"), "title: Plain\n"));
        QWidget bar;
        SiteGitState state;
        auto *indicator = new GitStatusIndicator(&state, &bar);
        state.setSiteRoot(site);
        settle(state);
        QVERIFY(indicator->isHidden());
    }

    void indicatorShowsBranchAheadBehindAndUncommittedPost() {
        freshSite();
        QWidget bar;
        PostDocument document;
        QVERIFY(document.load(post()).ok());
        SiteGitState state;
        auto *indicator = new GitStatusIndicator(&state, &bar);
        indicator->setDocument(&document);
        state.followDocument(&document);
        settle(state);
        QVERIFY(!indicator->isHidden());
        QCOMPARE(indicator->text(), QStringLiteral("main"));
        QCOMPARE(indicator->toolTip(), QStringLiteral("On branch main. Up to date with origin/main."));

        // Saving an edit: the open post is not committed.
        document.setBodyFromLf("Edited.\n");
        QVERIFY(document.save().ok());
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("main · not committed"), 30000);
        QVERIFY2(indicator->toolTip().contains(QStringLiteral("The post has changes not committed.")),
                 qPrintable(indicator->toolTip()));

        // Committed here, the remote moved on and was fetched: one each way, said in words.
        git(m_work,
            {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("Edit")});
        otherWriterPushes(QStringLiteral("theirs.md"));
        git(m_work, {QStringLiteral("fetch"), QStringLiteral("-q")});
        state.refresh();
        settle(state);
        QCOMPARE(indicator->text(), QStringLiteral("main ↑1 ↓1"));
        QCOMPARE(indicator->toolTip(),
                 QStringLiteral("On branch main. 1 commit(s) not pushed to origin/main. "
                                "1 commit(s) on origin/main not pulled yet."));
    }

    void indicatorSaysWhenGitIsMissing() {
        freshSite();
        QWidget bar;
        SiteGitState state;
        GitRepository::Options options;
        options.program = m_dir.filePath(QStringLiteral("no-such-git"));
        state.setOptions(options);
        auto *indicator = new GitStatusIndicator(&state, &bar);
        state.setSiteRoot(m_work);
        settle(state);
        QVERIFY(!indicator->isHidden());
        QCOMPARE(indicator->text(), QStringLiteral("git unavailable"));
        QCOMPARE(indicator->toolTip(), state.problem());
    }

    void indicatorWithoutUpstreamSaysSo() {
        const QString work = m_dir.filePath(QStringLiteral("lonely"));
        QVERIFY(writeTestFile(work + QStringLiteral("/_config.yml"), "title: Lonely\n"));
        git(work,
            {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("draft")});
        QWidget bar;
        SiteGitState state;
        auto *indicator = new GitStatusIndicator(&state, &bar);
        state.setSiteRoot(work);
        settle(state);
        QCOMPARE(indicator->text(), QStringLiteral("draft"));
        QCOMPARE(indicator->toolTip(),
                 QStringLiteral("On branch draft. The branch has no upstream to push to."));
    }
};

QTEST_MAIN(TstSiteGitState)
#include "tst_sitegitstate.moc"
