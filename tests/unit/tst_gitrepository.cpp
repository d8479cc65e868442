// GitRepository: a site's checkout through the git command line, against temporary repositories with a bare
// remote (the machine's git config shut out), and GitStatus's parsing of porcelain v2.

#include "site/gitrepository.h"
#include "site/gitstatus.h"
#include "site/sitetrust.h"

#include "gitfixture.h"
#include "testfiles.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QByteArray kPost =
    "---\ntitle: Old post\n---\nOld text, long enough for git to see a rename later on.\n";
const QByteArray kDraft =
    "---\ntitle: A draft\n---\nDraft text that stays the same when the draft is published, line one.\n"
    "Line two of the draft, so that the rename is similar enough.\nLine three.\n";

QList<QPair<QString, QByteArray>> startingSite() {
    return {{QStringLiteral("_config.yml"), "title: Site\n"},
            {QStringLiteral("_posts/2020-01-01-old.md"), kPost},
            {QStringLiteral("_drafts/draft.md"), kDraft},
            {QStringLiteral("about.md"), "About\n"},
            {QStringLiteral("staged.md"), "Staged\n"}};
}

// Porcelain v2 -z output: each record ends with a NUL.
QByteArray records(std::initializer_list<const char *> lines) {
    QByteArray out;
    for (const char *line : lines)
        out += QByteArray(line) + '\0';
    return out;
}

}  // namespace

class TstGitRepository : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_bare;
    QString m_work;

    // A fresh remote and checkout for each test.
    void freshCheckout() {
        ++m_count;
        m_bare = m_dir.filePath(QStringLiteral("remote%1.git").arg(m_count));
        m_work = m_dir.filePath(QStringLiteral("work%1").arg(m_count));
        makeCheckoutWithRemote(m_bare, m_work, startingSite());
    }
    GitRepository open() { return open(GitRepository::Options()); }
    GitRepository open(const GitRepository::Options &options) {
        Result<GitRepository> repo = GitRepository::open(m_work, options);
        if (!repo)
            qFatal("%s", qPrintable(repo.error()));
        return repo.value();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gitrepository"));
        isolateGitConfig();
        QVERIFY(m_dir.isValid());
    }

    void parsesPorcelainV2_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QString>("upstream");
        QTest::addColumn<int>("ahead");
        QTest::addColumn<int>("behind");
        QTest::addColumn<QStringList>("entries");  // "XY path [<- orig]" or "? path"
        QTest::newRow("branch, upstream, ahead and behind")
            << records({"# branch.oid 0123", "# branch.head main", "# branch.upstream origin/main",
                        "# branch.ab +2 -1"})
            << "main"
            << "origin/main" << 2 << 1 << QStringList();
        QTest::newRow("detached head has no branch")
            << records({"# branch.oid 0123", "# branch.head (detached)"}) << ""
            << "" << 0 << 0 << QStringList();
        QTest::newRow("modified, staged, untracked, a path with spaces")
            << records({"1 .M N... 100644 100644 100644 aa bb a.md",
                        "1 M. N... 100644 100644 100644 aa bb dir/with space.md", "? new file.png"})
            << ""
            << "" << 0 << 0
            << QStringList{QStringLiteral(".M a.md"), QStringLiteral("M. dir/with space.md"),
                           QStringLiteral("? new file.png")};
        QTest::newRow("staged rename keeps its source; ignored files are not listed")
            << records({"2 R. N... 100644 100644 100644 aa bb R100 _posts/2020-01-01-x.md", "_drafts/x.md",
                        "! ignored.log"})
            << ""
            << "" << 0 << 0 << QStringList{QStringLiteral("R. _posts/2020-01-01-x.md <- _drafts/x.md")};
        QTest::newRow("conflicted path")
            << records({"u UU N... 100644 100644 100644 100644 aa bb cc both.md"}) << ""
            << "" << 0 << 0 << QStringList{QStringLiteral("UU both.md")};
    }
    void parsesPorcelainV2() {
        QFETCH(QByteArray, bytes);
        const GitStatus status = GitStatus::parse(bytes);
        QTEST(status.branch, "branch");
        QTEST(status.upstream, "upstream");
        QTEST(status.ahead, "ahead");
        QTEST(status.behind, "behind");
        QStringList entries;
        for (const GitStatus::Entry &e : status.entries) {
            QString line = e.untracked ? QStringLiteral("? ") + e.path
                                       : QString(QLatin1Char(e.staged)) + QLatin1Char(e.unstaged) +
                                             QLatin1Char(' ') + e.path;
            if (!e.originalPath.isEmpty())
                line += QStringLiteral(" <- ") + e.originalPath;
            entries.append(line);
        }
        QTEST(entries, "entries");
    }

    void notACheckoutIsRefusedWithTheReason() {
        const QString plain = m_dir.filePath(QStringLiteral("plain"));
        QVERIFY(QDir().mkpath(plain));
        const Result<GitRepository> repo = GitRepository::open(plain);
        QVERIFY(!repo);
        QVERIFY2(repo.error().contains(QStringLiteral("is not a git checkout")), qPrintable(repo.error()));
        QVERIFY(repo.error().contains(QFileInfo(plain).canonicalFilePath()));
    }

    void missingGitIsNamed() {
        freshCheckout();
        GitRepository::Options options;
        options.program = m_dir.filePath(QStringLiteral("no-such-dir/git"));
        const Result<GitRepository> repo = GitRepository::open(m_work, options);
        QVERIFY(!repo);
        QVERIFY2(repo.error().contains(QStringLiteral("git is not installed")), qPrintable(repo.error()));
    }

    void statusSeesBranchUpstreamAndChanges() {
        freshCheckout();
        QVERIFY(writeTestFile(m_work + QStringLiteral("/about.md"), "Changed\n"));
        QVERIFY(writeTestFile(m_work + QStringLiteral("/assets/new.png"), "png"));
        const Result<GitStatus> status = open().status();
        QVERIFY2(status, qPrintable(status.error()));
        QCOMPARE(status->branch, QStringLiteral("main"));
        QCOMPARE(status->upstream, QStringLiteral("origin/main"));
        QVERIFY(status->isChanged(QStringLiteral("about.md")));
        QVERIFY(status->find(QStringLiteral("assets/new.png"))->untracked);
        QVERIFY(!status->isChanged(QStringLiteral("staged.md")));
    }

    // The pushed commit holds the post and its image, nothing else, though another file was modified, one
    // staged and one untracked; the staged one stays staged.
    void commitsExactlyTheGivenPathsAndPushes() {
        freshCheckout();
        QVERIFY(writeTestFile(m_work + QStringLiteral("/about.md"), "Changed, not staged\n"));
        QVERIFY(writeTestFile(m_work + QStringLiteral("/staged.md"), "Changed and staged\n"));
        git(m_work, {QStringLiteral("add"), QStringLiteral("staged.md")});
        QVERIFY(writeTestFile(m_work + QStringLiteral("/assets/unrelated.png"), "other"));
        QVERIFY(writeTestFile(m_work + QStringLiteral("/_posts/2020-02-02-new.md"),
                              "---\ntitle: New\n---\n![x](/assets/new.png)\n"));
        QVERIFY(writeTestFile(m_work + QStringLiteral("/assets/new.png"), "png"));
        const GitRepository repo = open();
        const Result<QString> id = repo.commitPaths(
            {m_work + QStringLiteral("/_posts/2020-02-02-new.md"), QStringLiteral("assets/new.png")}, {},
            QStringLiteral("Publish: New"));
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(id->size(), 40);
        const Result<QString> pushed = repo.push();
        QVERIFY2(pushed, qPrintable(pushed.error()));
        QCOMPARE(pushed.value(), QStringLiteral("origin/main"));
        QCOMPARE(remoteHeadChanges(m_bare), QByteArray("A\t_posts/2020-02-02-new.md\nA\tassets/new.png"));
        QCOMPARE(remoteHeadSubject(m_bare), QByteArray("Publish: New"));
        QCOMPARE(
            git(m_work, {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only")}),
            QByteArray("staged.md\n"));
        QCOMPARE(git(m_work, {QStringLiteral("diff"), QStringLiteral("--name-only")}),
                 QByteArray("about.md\n"));
        QVERIFY(open().status()->find(QStringLiteral("assets/unrelated.png"))->untracked);
    }

    // A draft moved to _posts/ (its date line added): git sees the rename, and the commit removes the old
    // path.
    void publishCommitsTheRemovalOfTheDraft() {
        freshCheckout();
        const QString draft = m_work + QStringLiteral("/_drafts/draft.md");
        const QString post = m_work + QStringLiteral("/_posts/2020-03-03-draft.md");
        QVERIFY(QFile::rename(draft, post));
        QVERIFY(writeTestFile(post, QByteArray(kDraft).replace("title:", "date: 2020-03-03\ntitle:")));
        QVERIFY(writeTestFile(m_work + QStringLiteral("/_posts/2020-01-01-old.md"), "deleted elsewhere\n"));
        const GitRepository repo = open();
        const Result<QString> from = repo.renamedFrom(post);
        QVERIFY2(from, qPrintable(from.error()));
        QCOMPARE(from.value(), QStringLiteral("_drafts/draft.md"));
        QCOMPARE(repo.inHead(post).value(), false);
        QCOMPARE(repo.inHead(draft).value(), true);
        const Result<QString> id =
            repo.commitPaths({post}, {from.value()}, QStringLiteral("Publish: A draft"));
        QVERIFY2(id, qPrintable(id.error()));
        const auto files = repo.changedFiles(id.value());
        QVERIFY2(files, qPrintable(files.error()));
        QCOMPARE(files->size(), 2);
        QCOMPARE(files->at(0), qMakePair(QChar(u'D'), QStringLiteral("_drafts/draft.md")));
        QCOMPARE(files->at(1), qMakePair(QChar(u'A'), QStringLiteral("_posts/2020-03-03-draft.md")));
        QVERIFY(repo.status()->isChanged(QStringLiteral("_posts/2020-01-01-old.md")));
    }

    void renamedFromIsEmptyForATrulyNewPost() {
        freshCheckout();
        const QString post = m_work + QStringLiteral("/_posts/2020-04-04-fresh.md");
        QVERIFY(writeTestFile(post, "---\ntitle: Fresh\n---\nNothing like the others at all.\n"));
        QVERIFY(QFile::remove(m_work + QStringLiteral("/about.md")));
        const Result<QString> from = open().renamedFrom(post);
        QVERIFY2(from, qPrintable(from.error()));
        QCOMPARE(from.value(), QString());
    }

    // A repository without commits: the first commit works, and nothing is "in HEAD" yet.
    void firstCommitOfAnEmptyRepository() {
        const QString work = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(work));
        git(work,
            {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        git(work, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Test Writer")});
        git(work,
            {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("writer@example.org")});
        QVERIFY(writeTestFile(work + QStringLiteral("/_posts/2020-01-01-first.md"), "First\n"));
        QVERIFY(writeTestFile(work + QStringLiteral("/other.md"), "Other\n"));
        const Result<GitRepository> repo = GitRepository::open(work);
        QVERIFY2(repo, qPrintable(repo.error()));
        const QString post = QStringLiteral("_posts/2020-01-01-first.md");
        QCOMPARE(repo->inHead(post).value(), false);
        QCOMPARE(repo->isChanged(post).value(), true);
        QCOMPARE(repo->renamedFrom(post).value(), QString());
        const Result<QString> id = repo->commitPaths({post}, {}, QStringLiteral("Publish: First"));
        QVERIFY2(id, qPrintable(id.error()));
        const auto files = repo->changedFiles(id.value());
        QCOMPARE(files->size(), 1);
        QCOMPARE(files->at(0), qMakePair(QChar(u'A'), post));
        QCOMPARE(repo->isChanged(post).value(), false);
        QCOMPARE(repo->isChanged(QStringLiteral("other.md")).value(), true);
    }

    void nothingChangedIsRefused() {
        freshCheckout();
        const Result<QString> id =
            open().commitPaths({QStringLiteral("about.md")}, {}, QStringLiteral("Update: About"));
        QVERIFY(!id);
        QVERIFY2(id.error().startsWith(QStringLiteral("nothing to commit")), qPrintable(id.error()));
    }

    void pathOutsideTheCheckoutIsRefused() {
        freshCheckout();
        const Result<QString> id =
            open().commitPaths({m_dir.filePath(QStringLiteral("elsewhere.md"))}, {}, QStringLiteral("x"));
        QVERIFY(!id);
        QVERIFY2(id.error().contains(QStringLiteral("is outside the checkout")), qPrintable(id.error()));
    }

    void pushWithoutUpstreamSaysHowToSetOne() {
        freshCheckout();
        git(m_work,
            {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("side")});
        const Result<QString> pushed = open().push();
        QVERIFY(!pushed);
        QVERIFY2(pushed.error().contains(QStringLiteral("no upstream branch")), qPrintable(pushed.error()));
        QVERIFY(pushed.error().contains(QStringLiteral("git push -u")));
    }

    // Another clone pushed first: the push is rejected with what to do, the remote keeps the other's commit;
    // after pullRebase the push goes through on top of it.
    void rejectedPushSaysPullFirstAndForcesNothing() {
        freshCheckout();
        const QString other = m_dir.filePath(QStringLiteral("other%1").arg(m_count));
        cloneCheckout(m_bare, other);
        QVERIFY(writeTestFile(other + QStringLiteral("/theirs.md"), "Theirs\n"));
        git(other, {QStringLiteral("add"), QStringLiteral("theirs.md")});
        git(other,
            {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Theirs")});
        git(other, {QStringLiteral("push"), QStringLiteral("-q")});

        QVERIFY(writeTestFile(m_work + QStringLiteral("/about.md"), "Mine\n"));
        const GitRepository repo = open();
        QVERIFY(repo.commitPaths({QStringLiteral("about.md")}, {}, QStringLiteral("Mine")));
        const Result<QString> pushed = repo.push();
        QVERIFY(!pushed);
        QVERIFY2(pushed.error().contains(QStringLiteral(
                     "rejected: the remote has commits you do not have; pull first (rebase), never "
                     "force")),
                 qPrintable(pushed.error()));
        QCOMPARE(remoteHeadSubject(m_bare), QByteArray("Theirs"));

        const Status pulled = repo.pullRebase();
        QVERIFY2(pulled, qPrintable(pulled.error()));
        QCOMPARE(repo.status()->ahead, 1);
        QVERIFY(repo.push());
        QCOMPARE(remoteHeadSubject(m_bare), QByteArray("Mine"));
        QCOMPARE(git(m_bare, {QStringLiteral("log"), QStringLiteral("--format=%s"), QStringLiteral("main")}),
                 QByteArray("Mine\nTheirs\nStart\n"));
    }

    // What ssh says when it fails is reworded into what happened and what to do.
    void remoteFailuresAreWorded_data() {
        QTest::addColumn<QByteArray>("sshCommand");
        QTest::addColumn<QString>("message");
        QTest::newRow("ssh key refused: authentication failed")
            << QByteArray("echo 'git@example.invalid: Permission denied (publickey).' >&2; exit 255 #")
            << "authentication failed; set up a credential helper or an ssh key that works without a prompt";
        QTest::newRow("unknown host: the remote cannot be reached")
            << QByteArray("echo 'ssh: Could not resolve hostname example.invalid' >&2; exit 255 #")
            << "the remote cannot be reached; check its URL and the network";
    }
    void remoteFailuresAreWorded() {
        QFETCH(QByteArray, sshCommand);
        QFETCH(QString, message);
        freshCheckout();
        git(m_work, {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                     QStringLiteral("ssh://example.invalid/site.git")});
        QVERIFY(writeTestFile(m_work + QStringLiteral("/about.md"), "Refused\n"));
        const GitRepository repo = open();
        QVERIFY(repo.commitPaths({QStringLiteral("about.md")}, {}, QStringLiteral("Refused")));
        qputenv("GIT_SSH_COMMAND", sshCommand);
        const Result<QString> pushed = repo.push();
        const Status pulled = repo.pullRebase();
        qunsetenv("GIT_SSH_COMMAND");
        QVERIFY(!pushed);
        QVERIFY2(pushed.error().contains(message), qPrintable(pushed.error()));
        QVERIFY(!pulled);
        QVERIFY2(
            pulled.error().startsWith(QStringLiteral("git pull in ")) && pulled.error().contains(message),
            qPrintable(pulled.error()));
    }

    // When git may ask (an askpass is named), a refused login is worded as the answer refused or the
    // question cancelled, not as a missing credential helper.
    void refusedAnswerIsWordedWhenGitMayAsk() {
        freshCheckout();
        git(m_work, {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                     QStringLiteral("ssh://example.invalid/site.git")});
        QVERIFY(writeTestFile(m_work + QStringLiteral("/about.md"), "Refused\n"));
        GitRepository::Options options;
        options.askpass = QStringLiteral("/bin/false");
        const GitRepository repo = open(options);
        QVERIFY(repo.commitPaths({QStringLiteral("about.md")}, {}, QStringLiteral("Refused")));
        qputenv("GIT_SSH_COMMAND",
                "echo 'git@example.invalid: Permission denied (publickey).' >&2; exit 255 #");
        const Result<QString> pushed = repo.push();
        qunsetenv("GIT_SSH_COMMAND");
        QVERIFY(!pushed);
        QVERIFY2(pushed.error().contains(
                     QStringLiteral("authentication failed: the answer given was refused, or the question "
                                    "was cancelled")),
                 qPrintable(pushed.error()));
    }

    // A status read takes no optional lock: it does not rewrite the index (refreshed file times) while
    // the writer's own git may be using it.
    void statusLeavesTheIndexAlone() {
        freshCheckout();
        const QString index = m_work + QStringLiteral("/.git/index");
        const QString about = m_work + QStringLiteral("/about.md");
        QFile file(about);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(
            file.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        file.close();
        const QByteArray before = readTestFile(index);
        const Result<GitStatus> status = open().status();
        QVERIFY2(status, qPrintable(status.error()));
        QCOMPARE(readTestFile(index), before);
        // The same read by plain git does refresh it: the check above can fail.
        git(m_work, {QStringLiteral("status"), QStringLiteral("--porcelain")});
        QVERIFY(readTestFile(index) != before);
    }

    // Pulling with other changes in the checkout keeps them (stashed around the rebase).
    void pullRebaseKeepsLocalChanges() {
        freshCheckout();
        const QString other = m_dir.filePath(QStringLiteral("other%1").arg(m_count));
        cloneCheckout(m_bare, other);
        QVERIFY(writeTestFile(other + QStringLiteral("/theirs.md"), "Theirs\n"));
        git(other, {QStringLiteral("add"), QStringLiteral("theirs.md")});
        git(other,
            {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Theirs")});
        git(other, {QStringLiteral("push"), QStringLiteral("-q")});
        QVERIFY(writeTestFile(m_work + QStringLiteral("/about.md"), "Mine, not committed\n"));
        const GitRepository repo = open();
        const Status pulled = repo.pullRebase();
        QVERIFY2(pulled, qPrintable(pulled.error()));
        QCOMPARE(readTestFile(m_work + QStringLiteral("/theirs.md")), QByteArray("Theirs\n"));
        QCOMPARE(readTestFile(m_work + QStringLiteral("/about.md")), QByteArray("Mine, not committed\n"));
        const Result<GitStatus> status = repo.status();
        QCOMPARE(status->behind, 0);
        QVERIFY(status->isChanged(QStringLiteral("about.md")));
    }

    void hooksRunOnlyForATrustedSite_data() {
        QTest::addColumn<bool>("trusted");
        QTest::newRow("untrusted: the pre-commit hook does not run") << false;
        QTest::newRow("trusted: the pre-commit hook runs") << true;
    }
    void hooksRunOnlyForATrustedSite() {
        QFETCH(bool, trusted);
        freshCheckout();
        const QString mark = m_dir.filePath(QStringLiteral("hook-ran-%1").arg(m_count));
        const QString hook = m_work + QStringLiteral("/.git/hooks/pre-commit");
        QVERIFY(writeTestFile(hook, "#!/bin/sh\ntouch '" + mark.toUtf8() + "'\n"));
        QVERIFY(QFile::setPermissions(hook, QFile::permissions(hook) | QFile::ExeOwner));
        SiteTrust::setTrusted(m_work, trusted);
        const GitRepository repo = open();
        SiteTrust::setTrusted(m_work, false);
        QCOMPARE(repo.runsHooks(), trusted);
        QVERIFY(writeTestFile(m_work + QStringLiteral("/about.md"), "Hooked\n"));
        const Result<QString> id =
            repo.commitPaths({QStringLiteral("about.md")}, {}, QStringLiteral("Hooked"));
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(QFileInfo::exists(mark), trusted);
    }

    // A checkout handed over with its own git configuration naming commands (a filter, an ssh command, a
    // credential helper...) is refused for a site not trusted, before git could run them; trusted, it opens.
    void configuredCommandsNeedTrust_data() {
        QTest::addColumn<QString>("key");
        QTest::newRow("a clean filter") << QStringLiteral("filter.evil.clean");
        QTest::newRow("an ssh command") << QStringLiteral("core.sshCommand");
        QTest::newRow("a credential helper for a host")
            << QStringLiteral("credential.https://example.org.helper");
        QTest::newRow("a signing program") << QStringLiteral("gpg.program");
        QTest::newRow("a remote's receive-pack") << QStringLiteral("remote.origin.receivepack");
        QTest::newRow("the ext protocol allowed") << QStringLiteral("protocol.ext.allow");
    }
    void configuredCommandsNeedTrust() {
        QFETCH(QString, key);
        freshCheckout();
        const QString mark = m_dir.filePath(QStringLiteral("config-ran-%1").arg(m_count));
        git(m_work, {QStringLiteral("config"), key, QStringLiteral("touch ") + mark});
        const Result<GitRepository> refused = GitRepository::open(m_work);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(key.toLower().section(QLatin1Char('.'), -1)) &&
                     refused.error().contains(QLatin1String("trust")),
                 qPrintable(refused.error()));
        // Set after opening, the next commit is refused too.
        freshCheckout();
        const GitRepository repo = open();
        git(m_work, {QStringLiteral("config"), key, QStringLiteral("touch ") + mark});
        QVERIFY(writeTestFile(m_work + QStringLiteral("/about.md"), "Changed\n"));
        QVERIFY(!repo.commitPaths({QStringLiteral("about.md")}, {}, QStringLiteral("Changed")));
        QVERIFY(!QFileInfo::exists(mark));
        SiteTrust::setTrusted(m_work, true);
        QVERIFY(GitRepository::open(m_work));
        SiteTrust::setTrusted(m_work, false);
    }

    // A remote that never answers (an ssh command that sleeps) is stopped at the time limit with a message;
    // the writer's own ssh command, from the environment or the checkout's config, is used, not replaced.
    void hangingPushTimesOut_data() {
        QTest::addColumn<bool>("fromConfig");
        QTest::newRow("GIT_SSH_COMMAND in the environment") << false;
        QTest::newRow("core.sshCommand in the checkout's config") << true;
    }
    void hangingPushTimesOut() {
        QFETCH(bool, fromConfig);
        freshCheckout();
        git(m_work, {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                     QStringLiteral("ssh://example.invalid/site.git")});
        QVERIFY(writeTestFile(m_work + QStringLiteral("/about.md"), "Slow\n"));
        GitRepository::Options options;
        options.remoteTimeoutMs = 1000;
        const GitRepository repo = open(options);
        QVERIFY(repo.commitPaths({QStringLiteral("about.md")}, {}, QStringLiteral("Slow")));
        if (fromConfig) {
            // A checkout's own command runs only for a site the writer trusted (untrusted, see
            // configuredCommandsNeedTrust).
            git(m_work,
                {QStringLiteral("config"), QStringLiteral("core.sshCommand"), QStringLiteral("sleep 5 #")});
            SiteTrust::setTrusted(m_work, true);
        } else {
            qputenv("GIT_SSH_COMMAND", "sleep 5 #");
        }
        const GitRepository pushing = fromConfig ? open(options) : repo;
        const Result<QString> pushed = pushing.push();
        qunsetenv("GIT_SSH_COMMAND");
        SiteTrust::setTrusted(m_work, false);
        QVERIFY(!pushed);
        QVERIFY2(pushed.error().contains(QStringLiteral("git push in ")) &&
                     pushed.error().contains(QStringLiteral(" timed out after 1 s and was stopped")),
                 qPrintable(pushed.error()));
    }

    // At the time limit what git started is stopped with it: an ssh that would sleep on is gone too.
    void aTimeLimitStopsWhatGitStarted() {
        freshCheckout();
        git(m_work, {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                     QStringLiteral("ssh://example.invalid/site.git")});
        QVERIFY(writeTestFile(m_work + QStringLiteral("/about.md"), "Slow\n"));
        GitRepository::Options options;
        options.remoteTimeoutMs = 1000;
        const GitRepository repo = open(options);
        QVERIFY(repo.commitPaths({QStringLiteral("about.md")}, {}, QStringLiteral("Slow")));
        const QString pidFile = m_dir.filePath(QStringLiteral("ssh%1.pid").arg(m_count));
        qputenv("GIT_SSH_COMMAND", QStringLiteral("echo $$ > '%1'; exec sleep 30 #").arg(pidFile).toUtf8());
        const Result<QString> pushed = repo.push();
        qunsetenv("GIT_SSH_COMMAND");
        QVERIFY(!pushed);
        const QByteArray pid = readTestFile(pidFile).trimmed();
        QVERIFY2(!pid.isEmpty(), "the ssh command did not start");
        // Gone, or a zombie waiting for its new parent to reap it.
        const auto running = [&pid] {
            const QByteArray stat =
                readTestFile(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)));
            const qsizetype close = stat.lastIndexOf(')');
            return close >= 0 && stat.mid(close + 2, 1) != "Z";
        };
        QTRY_VERIFY_WITH_TIMEOUT(!running(), 5000);
    }
};

QTEST_GUILESS_MAIN(TstGitRepository)
#include "tst_gitrepository.moc"
