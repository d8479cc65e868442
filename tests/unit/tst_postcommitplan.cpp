// PostCommitPlan against a real temporary checkout (the machine's git config shut out): which paths
// committing one post takes (the post and the changed files it links, the removal of its old path after a
// publish or a rename, nothing else), and whether the default message says Publish or Update.

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "gitfixture.h"
#include "post/postfile.h"
#include "site/gitrepository.h"
#include "site/postcommitplan.h"
#include "testfiles.h"

namespace {

// Long enough for git to see a moved file as a rename.
const QByteArray kOld =
    "---\ntitle: Old Post\n---\nAn older post, with text enough for git to see it moved.\n"
    "A second line of it, and a third.\n![Old](/assets/images/old.png)\n";
const QByteArray kIdea =
    "---\ntitle: Idea\n---\nA draft with text enough for git to see it moved elsewhere.\n"
    "A second line of the draft, and a third.\n";

}  // namespace

class TstPostCommitPlan : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        isolateGitConfig();
        QVERIFY(m_dir.isValid());
    }

    void plan_data() {
        QTest::addColumn<QString>("change");  // what the writer did before committing `post`
        QTest::addColumn<QString>("post");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QString>("message");

        QTest::newRow("a new post takes the new image it links, not the one it does not")
            << "new"
            << "_posts/2021-01-01-new.md" << QStringList{"_posts/2021-01-01-new.md", "assets/images/new.png"}
            << QStringList() << "Publish: New";
        QTest::newRow("a committed post edited is an update, its unchanged image left out")
            << "edit"
            << "_posts/2020-01-01-old.md" << QStringList{"_posts/2020-01-01-old.md"} << QStringList()
            << "Update: Old Post";
        QTest::newRow("a changed image the post links goes with it")
            << "image"
            << "_posts/2020-01-01-old.md" << QStringList{"assets/images/old.png"} << QStringList()
            << "Update: Old Post";
        QTest::newRow("a published post renamed takes the removal of its old name and is an update")
            << "rename"
            << "_posts/2020-02-02-old.md" << QStringList{"_posts/2020-02-02-old.md"}
            << QStringList{"_posts/2020-01-01-old.md"} << "Update: Old Post";
        QTest::newRow("a draft published takes the draft's removal and is a publish")
            << "publish"
            << "_posts/2021-03-03-idea.md" << QStringList{"_posts/2021-03-03-idea.md"}
            << QStringList{"_drafts/idea.md"} << "Publish: Idea";
        QTest::newRow("a post without changes takes nothing")
            << "none"
            << "_posts/2020-01-01-old.md" << QStringList() << QStringList() << "Update: Old Post";
        QTest::newRow("a post without a title is named by its file")
            << "untitled"
            << "_posts/2021-04-04-plain.md" << QStringList{"_posts/2021-04-04-plain.md"} << QStringList()
            << "Publish: 2021-04-04-plain";
    }

    void plan() {
        QFETCH(QString, change);
        QFETCH(QString, post);
        const QString work = m_dir.filePath(QStringLiteral("site%1").arg(++m_count));
        makeCheckoutWithRemote(m_dir.filePath(QStringLiteral("remote%1.git").arg(m_count)), work,
                               {{QStringLiteral("_config.yml"), "title: Blog\n"},
                                {QStringLiteral("_posts/2020-01-01-old.md"), kOld},
                                {QStringLiteral("_drafts/idea.md"), kIdea},
                                {QStringLiteral("assets/images/old.png"), "old"}});
        QDir site(work);
        // Changes that must never be taken along.
        QVERIFY(writeTestFile(site.filePath(QStringLiteral("_config.yml")), "title: Changed\n"));
        QVERIFY(writeTestFile(site.filePath(QStringLiteral("assets/images/stray.png")), "stray"));
        if (change == QLatin1String("new")) {
            QVERIFY(writeTestFile(site.filePath(QStringLiteral("assets/images/new.png")), "new"));
            QVERIFY(
                writeTestFile(site.filePath(post), "---\ntitle: New\n---\n![New](/assets/images/new.png)\n"));
        } else if (change == QLatin1String("edit")) {
            QVERIFY(writeTestFile(site.filePath(post), kOld + "Edited.\n"));
        } else if (change == QLatin1String("image")) {
            QVERIFY(writeTestFile(site.filePath(QStringLiteral("assets/images/old.png")), "changed"));
        } else if (change == QLatin1String("rename")) {
            QVERIFY(site.rename(QStringLiteral("_posts/2020-01-01-old.md"), post));
        } else if (change == QLatin1String("publish")) {
            QVERIFY(site.rename(QStringLiteral("_drafts/idea.md"), post));
        } else if (change == QLatin1String("untitled")) {
            QVERIFY(writeTestFile(site.filePath(post), "No front matter.\n"));
        }

        const Result<GitRepository> repository = GitRepository::open(work);
        QVERIFY2(repository.ok(), qPrintable(repository.error()));
        const Result<Post> parsed = PostFile::load(site.filePath(post));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        const Result<PostCommitPlan> plan =
            PostCommitPlan::make(repository.value(), work, site.filePath(post), parsed.value());
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QFETCH(QStringList, paths);
        QFETCH(QStringList, removed);
        QCOMPARE(plan->paths, paths);
        QCOMPARE(plan->removedPaths, removed);
        QTEST(plan->defaultMessage, "message");
        QCOMPARE(plan->update, plan->defaultMessage.startsWith(QLatin1String("Update: ")));
        QCOMPARE(plan->isEmpty(), paths.isEmpty() && removed.isEmpty());
    }
};

QTEST_MAIN(TstPostCommitPlan)
#include "tst_postcommitplan.moc"
