// `postwright commit` in process, through postcli, against a temporary checkout with a bare remote (the
// machine's git config shut out): what is committed and pushed, the messages, the exit codes.

#include "commandline.h"
#include "gitfixture.h"
#include "memorystream.h"
#include "testfiles.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args) {
    MemoryStream out;
    MemoryStream err;
    Run result;
    result.exitCode = CommandLine(out.file(), err.file()).run(args);
    result.out = out.bytes();
    result.err = err.bytes();
    return result;
}

// The output with the commit id replaced by ID.
QByteArray withoutId(QByteArray out) {
    return QString::fromUtf8(out)
        .replace(QRegularExpression(QStringLiteral("commit [0-9a-f]{12} ")), QStringLiteral("commit ID "))
        .toUtf8();
}

const QByteArray kDraft =
    "---\ntitle: Oil and water\n---\nA draft about painting with oil, long enough for git to see a rename.\n"
    "Second line of the draft.\n\n![Palette](/assets/images/palette.png)\n"
    "![Old](/assets/images/old.png)\n";

}  // namespace

class TstCommitVerb : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_bare;
    QString m_work;

    void freshSite() {
        ++m_count;
        m_bare = m_dir.filePath(QStringLiteral("remote%1.git").arg(m_count));
        m_work = m_dir.filePath(QStringLiteral("blog%1").arg(m_count));
        makeCheckoutWithRemote(m_bare, m_work,
                               {{QStringLiteral("_config.yml"), "title: Blog\n"},
                                {QStringLiteral("_drafts/oil.md"), kDraft},
                                {QStringLiteral("assets/images/old.png"), "old"},
                                {QStringLiteral("about.md"), "About\n"},
                                {QStringLiteral("staged.md"), "Staged\n"}});
        m_work = QFileInfo(m_work).canonicalFilePath();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        isolateGitConfig();
        QVERIFY(m_dir.isValid());
    }

    // Publish, add the new image, commit and push: the remote's commit holds the move and the new image and
    // nothing of the other changes; then an edit is an "Update:", and no change is refused.
    void publishThenUpdateThenNothing() {
        freshSite();
        QVERIFY(writeTestFile(m_work + QStringLiteral("/assets/images/palette.png"), "png"));
        QVERIFY(writeTestFile(m_work + QStringLiteral("/assets/images/unrelated.png"), "png"));
        QVERIFY(writeTestFile(m_work + QStringLiteral("/about.md"), "Changed, not staged\n"));
        QVERIFY(writeTestFile(m_work + QStringLiteral("/staged.md"), "Changed and staged\n"));
        git(m_work, {QStringLiteral("add"), QStringLiteral("staged.md")});
        Run r = run({"publish", m_work + "/_drafts/oil.md", "--date", "2024-02-01"});
        QCOMPARE(r.exitCode, 0);
        const QString post = m_work + QStringLiteral("/_posts/2024-02-01-oil.md");

        r = run({"commit", post, "--push"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(withoutId(r.out),
                 QByteArray("D _drafts/oil.md\nA _posts/2024-02-01-oil.md\n"
                            "A assets/images/palette.png\ncommit ID Publish: Oil and water\n"
                            "pushed to origin/main\n"));
        QCOMPARE(remoteHeadChanges(m_bare), QByteArray("D\t_drafts/oil.md\nA\t_posts/2024-02-01-oil.md\n"
                                                       "A\tassets/images/palette.png"));
        QCOMPARE(remoteHeadSubject(m_bare), QByteArray("Publish: Oil and water"));
        QCOMPARE(
            git(m_work, {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only")}),
            QByteArray("staged.md\n"));
        QCOMPARE(git(m_work, {QStringLiteral("diff"), QStringLiteral("--name-only")}),
                 QByteArray("about.md\n"));

        QVERIFY(writeTestFile(post, readTestFile(post) + "More.\n"));
        r = run({"commit", post});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(withoutId(r.out),
                 QByteArray("M _posts/2024-02-01-oil.md\ncommit ID Update: Oil and water\n"));

        r = run({"commit", post, "--message", "Typo"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(": nothing to commit: the post and the files it references have no changes"),
                 r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void ownMessageAndATitleFromTheFileName() {
        freshSite();
        const QString post = m_work + QStringLiteral("/_posts/2024-03-03-untitled.md");
        QVERIFY(writeTestFile(post, "No front matter.\n"));
        Run r = run({"commit", post});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(remoteHeadSubject(m_bare), QByteArray("Start"));  // not pushed
        QVERIFY(r.out.endsWith(" Publish: 2024-03-03-untitled\n"));
        QVERIFY(writeTestFile(post, "Changed.\n"));
        r = run({"commit", post, "-m", "Fix the intro"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(withoutId(r.out), QByteArray("M _posts/2024-03-03-untitled.md\ncommit ID Fix the intro\n"));
    }

    // GitHub Pages' docs/ layout: the site is a folder of the checkout; paths are the checkout's.
    void siteInAFolderOfTheCheckout() {
        ++m_count;
        m_bare = m_dir.filePath(QStringLiteral("remote%1.git").arg(m_count));
        m_work = m_dir.filePath(QStringLiteral("project%1").arg(m_count));
        makeCheckoutWithRemote(m_bare, m_work,
                               {{QStringLiteral("src/main.c"), "int main;\n"},
                                {QStringLiteral("docs/_config.yml"), "baseurl: /project\n"}});
        QVERIFY(writeTestFile(m_work + QStringLiteral("/src/main.c"), "int main(void);\n"));
        QVERIFY(writeTestFile(m_work + QStringLiteral("/docs/assets/shot one.png"), "png"));
        const QString post = m_work + QStringLiteral("/docs/_posts/2024-05-05-release.md");
        QVERIFY(writeTestFile(
            post, "---\ntitle: \"Release: 1.0\"\n---\n![Shot]({{ site.baseurl }}/assets/shot%20one.png)\n"));
        const Run r = run({"commit", post, "--push"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(withoutId(r.out),
                 QByteArray("A docs/_posts/2024-05-05-release.md\nA docs/assets/shot one.png\n"
                            "commit ID Publish: Release: 1.0\npushed to origin/main\n"));
        QCOMPARE(git(m_work, {QStringLiteral("diff"), QStringLiteral("--name-only")}),
                 QByteArray("src/main.c\n"));
    }

    void rejectedPushKeepsTheCommitAndSaysPullFirst() {
        freshSite();
        const QString other = m_dir.filePath(QStringLiteral("other%1").arg(m_count));
        cloneCheckout(m_bare, other);
        QVERIFY(writeTestFile(other + QStringLiteral("/theirs.md"), "Theirs\n"));
        git(other, {QStringLiteral("add"), QStringLiteral("theirs.md")});
        git(other,
            {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Theirs")});
        git(other, {QStringLiteral("push"), QStringLiteral("-q")});
        const QString draft = m_work + QStringLiteral("/_drafts/oil.md");
        QVERIFY(writeTestFile(draft, kDraft + "Edited.\n"));
        const Run r = run({"commit", draft, "--push"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(withoutId(r.out), QByteArray("M _drafts/oil.md\ncommit ID Update: Oil and water\n"));
        QVERIFY2(r.err.contains(
                     "rejected: the remote has commits you do not have; pull first (rebase), never force\n"
                     "the commit is kept; push again when that is solved\n"),
                 r.err.constData());
        QCOMPARE(remoteHeadSubject(m_bare), QByteArray("Theirs"));
    }

    void refusals_data() {
        QTest::addColumn<QString>("setup");  // "plain": a site outside git; "none": no such file
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("a site that is not a git checkout")
            << "plain" << QStringList() << 2
            << "is not a git checkout: clone the site's repository, or run git init";
        QTest::newRow("a post that cannot be read") << "none" << QStringList() << 2 << "missing.md";
        QTest::newRow("no POST") << "" << QStringList() << 2 << "postwright: commit takes POST";
        QTest::newRow("--message without text") << "plain" << QStringList{QStringLiteral("--message")} << 2
                                                << "postwright: commit: --message takes a text";
        QTest::newRow("unknown option") << "plain" << QStringList{QStringLiteral("--force")} << 2
                                        << "postwright: commit: unexpected '--force'";
    }
    void refusals() {
        QFETCH(QString, setup);
        QFETCH(QStringList, extra);
        const QString site = m_dir.filePath(QStringLiteral("plain"));
        QVERIFY(writeTestFile(site + QStringLiteral("/_config.yml"), "title: Plain\n"));
        QVERIFY(writeTestFile(site + QStringLiteral("/_posts/2020-01-01-a.md"), "---\ntitle: A\n---\n"));
        QStringList args{QStringLiteral("commit")};
        if (setup == QLatin1String("plain"))
            args << site + QStringLiteral("/_posts/2020-01-01-a.md");
        else if (setup == QLatin1String("none"))
            args << site + QStringLiteral("/_posts/missing.md");
        const Run r = run(args + extra);
        QTEST(r.exitCode, "exitCode");
        QFETCH(QString, message);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCommitVerb)
#include "tst_commitverb.moc"
