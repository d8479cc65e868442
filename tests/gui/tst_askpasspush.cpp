// A push and a pull through GitRepository ask the window for an ssh password when given the AskpassServer
// (the window), and never ask without it (the command line). The remote is a bare repository reached over
// a fake ssh (GIT_SSH_COMMAND) that asks SSH_ASKPASS for the password as ssh does when forced to, then runs
// git's remote command here.

#include <QFile>
#include <QInputDialog>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>
#include <QtConcurrent>
#include <QtTest>

#include <memory>
#include <utility>

#include "git/askpassserver.h"
#include "gitfixture.h"
#include "site/gitrepository.h"

namespace {

constexpr int kWaitMs = 60000;  // generous: the machine's two cores are shared with other builds
const char kSecret[] = "correct horse";
const char kPrompt[] = "git@fakehost's password:";

// ssh for tests. `-G` is git probing for OpenSSH: failing it makes git pass only the host and the command.
// Without SSH_ASKPASS_REQUIRE=force and a program, real ssh in a process without a terminal cannot ask
// either.
const char kFakeSsh[] = R"(#!/bin/sh
for last; do :; done
if [ "$1" = "-G" ]; then exit 1; fi
denied() { echo "git@fakehost: Permission denied (publickey,password)." >&2; exit 255; }
if [ "$SSH_ASKPASS_REQUIRE" != force ] || [ -z "$SSH_ASKPASS" ]; then denied; fi
answer=$("$SSH_ASKPASS" "git@fakehost's password: ") || denied
[ "$answer" = "correct horse" ] || denied
exec sh -c "$last"
)";

using Outcome = std::pair<bool, QString>;  // succeeded, then the result's value or error

}  // namespace

class TstAskpassPush : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    AskpassServer *m_server = nullptr;
    int m_case = 0;

    struct Case {
        QString root;  // holds both
        QString bare;  // the remote
        QString work;  // the writer's checkout, its origin at `url` + the remote's path
    };
    // A checkout of a new bare remote whose origin is reached through fakehost at `url`.
    Case newCase(const QString &url) {
        const QString root = m_dir.filePath(QStringLiteral("case%1").arg(++m_case));
        const Case made{root, root + QStringLiteral("/remote.git"), root + QStringLiteral("/site")};
        makeCheckoutWithRemote(made.bare, made.work,
                               {{QStringLiteral("_posts/2024-01-01-first.md"), "---\ntitle: First\n---\n"}});
        git(made.work,
            {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), url + made.bare});
        return made;
    }
    // A commit "Second" in `work` that its remote lacks.
    static void commitSecond(const QString &work) {
        QVERIFY(writeTestFile(work + QStringLiteral("/_posts/2024-01-02-second.md"), "---\ntitle: 2\n---\n"));
        git(work, {QStringLiteral("add"), QStringLiteral("-A")});
        git(work,
            {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Second")});
    }

    GitRepository::Options askingOptions() const {
        GitRepository::Options options;
        options.askpass = QStringLiteral(POSTWRIGHT_ASKPASS_PROGRAM);
        options.askpassEnvironment = m_server->environment();
        return options;
    }

    static QFuture<Outcome> pushElsewhere(const GitRepository &repository) {
        return QtConcurrent::run([repository] {
            const Result<QString> pushed = repository.push();
            return pushed ? Outcome{true, pushed.value()} : Outcome{false, pushed.error()};
        });
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        isolateGitConfig();
        QVERIFY(m_dir.isValid());
        const QString ssh = m_dir.filePath(QStringLiteral("fake ssh"));
        QVERIFY(writeTestFile(ssh, kFakeSsh));
        QVERIFY(QFile::setPermissions(ssh, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        // An environment variable, not core.sshCommand: an untrusted checkout setting that is refused.
        qputenv("GIT_SSH_COMMAND", "'" + ssh.toUtf8() + "'");
    }
    void init() {
        m_window = std::make_unique<QWidget>();
        m_server = new AskpassServer(m_window.get());
        m_server->setProgram(QStringLiteral(POSTWRIGHT_ASKPASS_PROGRAM));
        QVERIFY(m_server->isReady());
    }
    void cleanup() {
        m_server = nullptr;
        m_window.reset();
        for (const char *name :
             {"GIT_ASKPASS", "SSH_ASKPASS", "SSH_ASKPASS_REQUIRE", "POSTWRIGHT_ASKPASS_SERVER"})
            qunsetenv(name);
    }

    void pushAsksTheWindowForThePassword_data() {
        QTest::addColumn<bool>("cancel");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("pushed");
        QTest::newRow("the right password") << false << QString::fromUtf8(kSecret) << true;
        QTest::newRow("a wrong password") << false << QStringLiteral("tr0ub4dor") << false;
        QTest::newRow("cancelled") << true << QString::fromUtf8(kSecret) << false;
    }
    void pushAsksTheWindowForThePassword() {
        QFETCH(bool, cancel);
        QFETCH(QString, answer);
        QFETCH(bool, pushed);
        const Case made = newCase(QStringLiteral("fakehost:"));
        const QString &bare = made.bare;
        commitSecond(made.work);
        const Result<GitRepository> repository = GitRepository::open(made.work, askingOptions());
        QVERIFY2(repository, qPrintable(repository.error()));

        QSignalSpy asked(m_server, &AskpassServer::asked);
        const QFuture<Outcome> push = pushElsewhere(repository.value());
        QTRY_VERIFY_WITH_TIMEOUT(m_server->currentDialog() || push.isFinished(), kWaitMs);
        QVERIFY2(m_server->currentDialog(), qPrintable(push.isFinished() ? push.result().second : QString()));
        QInputDialog *dialog = m_server->currentDialog();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QString::fromUtf8(kPrompt));
        QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
        dialog->setTextValue(answer);
        if (cancel)
            dialog->reject();
        else
            dialog->accept();

        QTRY_VERIFY_WITH_TIMEOUT(push.isFinished(), kWaitMs);
        const Outcome outcome = push.result();
        QCOMPARE(asked.count(), 1);
        if (pushed) {
            QVERIFY2(outcome.first, qPrintable(outcome.second));
            QCOMPARE(outcome.second, QStringLiteral("origin/main"));
            QCOMPARE(remoteHeadSubject(bare), QByteArray("Second"));
        } else {
            QVERIFY(!outcome.first);
            QVERIFY2(outcome.second.contains(QStringLiteral("authentication failed")),
                     qPrintable(outcome.second));
            QVERIFY2(outcome.second.startsWith(QStringLiteral("git push in ")), qPrintable(outcome.second));
            QCOMPARE(remoteHeadSubject(bare), QByteArray("Start"));
        }
    }

    // git is stopped at its time limit while its question is open; what it started (ssh, the askpass) is
    // stopped with it, so the question closes, and the next push asks again.
    void aPushThatTimesOutLeavesTheNextOneAsking() {
        const Case made = newCase(QStringLiteral("fakehost:"));
        commitSecond(made.work);
        GitRepository::Options options = askingOptions();
        options.askingTimeoutMs = 10000;  // ample to ask; nobody answers
        const Result<GitRepository> hurried = GitRepository::open(made.work, options);
        QVERIFY2(hurried, qPrintable(hurried.error()));
        QSignalSpy asked(m_server, &AskpassServer::asked);
        const QFuture<Outcome> first = pushElsewhere(hurried.value());
        QTRY_VERIFY_WITH_TIMEOUT(m_server->currentDialog() || first.isFinished(), kWaitMs);
        QCOMPARE(asked.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(first.isFinished(), kWaitMs);  // nobody answers
        QVERIFY(!first.result().first);
        QVERIFY2(first.result().second.contains(QStringLiteral("timed out")),
                 qPrintable(first.result().second));
        // git's process group is stopped with it, the askpass still asking too: its question closes.
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->currentDialog(), kWaitMs);

        const Result<GitRepository> patient = GitRepository::open(made.work, askingOptions());
        QVERIFY2(patient, qPrintable(patient.error()));
        const QFuture<Outcome> second = pushElsewhere(patient.value());
        QTRY_VERIFY_WITH_TIMEOUT(m_server->currentDialog() || second.isFinished(), kWaitMs);
        QVERIFY2(m_server->currentDialog(),
                 qPrintable(second.isFinished() ? second.result().second : QString()));
        QCOMPARE(asked.count(), 2);
        m_server->currentDialog()->setTextValue(QString::fromUtf8(kSecret));
        m_server->currentDialog()->accept();
        QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), kWaitMs);
        QVERIFY2(second.result().first, qPrintable(second.result().second));
        QCOMPARE(remoteHeadSubject(made.bare), QByteArray("Second"));
    }

    // The command line: git runs with no askpass even when the environment it inherits names one.
    void pushWithoutAskpassNeverAsks() {
        const Case made = newCase(QStringLiteral("ssh://fakehost"));
        commitSecond(made.work);
        qputenv("GIT_ASKPASS", POSTWRIGHT_ASKPASS_PROGRAM);
        qputenv("SSH_ASKPASS", POSTWRIGHT_ASKPASS_PROGRAM);
        qputenv("SSH_ASKPASS_REQUIRE", "force");
        const QString entry = m_server->environment().value(0);
        qputenv("POSTWRIGHT_ASKPASS_SERVER", entry.section(QLatin1Char('='), 1).toUtf8());
        const Result<GitRepository> repository = GitRepository::open(made.work);
        QVERIFY2(repository, qPrintable(repository.error()));

        QSignalSpy asked(m_server, &AskpassServer::asked);
        const QFuture<Outcome> push = pushElsewhere(repository.value());
        QTRY_VERIFY_WITH_TIMEOUT(push.isFinished() || m_server->currentDialog(), kWaitMs);
        if (QInputDialog *dialog = m_server->currentDialog())
            dialog->reject();  // so that the push ends before the test fails
        QTRY_VERIFY_WITH_TIMEOUT(push.isFinished(), kWaitMs);
        QCOMPARE(asked.count(), 0);
        const Outcome outcome = push.result();
        QVERIFY(!outcome.first);
        QVERIFY2(outcome.second.contains(QStringLiteral("authentication failed")),
                 qPrintable(outcome.second));
        QCOMPARE(remoteHeadSubject(made.bare), QByteArray("Start"));
    }

    void pullAsksTheWindowForThePassword() {
        const Case made = newCase(QStringLiteral("fakehost:"));
        // Someone else pushes straight to the remote; the writer's checkout pulls through fakehost.
        const QString other = made.root + QStringLiteral("/other");
        cloneCheckout(made.bare, other);
        QVERIFY(
            writeTestFile(other + QStringLiteral("/_posts/2024-01-03-theirs.md"), "---\ntitle: 3\n---\n"));
        git(other, {QStringLiteral("add"), QStringLiteral("-A")});
        git(other,
            {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Theirs")});
        git(other, {QStringLiteral("push"), QStringLiteral("-q")});
        const Result<GitRepository> repository = GitRepository::open(made.work, askingOptions());
        QVERIFY2(repository, qPrintable(repository.error()));

        QSignalSpy asked(m_server, &AskpassServer::asked);
        const GitRepository copy = repository.value();
        const QFuture<QString> pull = QtConcurrent::run([copy] {
            const Status pulled = copy.pullRebase();
            return pulled ? QString() : pulled.error();
        });
        QTRY_VERIFY_WITH_TIMEOUT(m_server->currentDialog() || pull.isFinished(), kWaitMs);
        QVERIFY2(m_server->currentDialog(), qPrintable(pull.isFinished() ? pull.result() : QString()));
        QCOMPARE(asked.at(0).at(0).toString(), QString::fromUtf8(kPrompt));
        m_server->currentDialog()->setTextValue(QString::fromUtf8(kSecret));
        m_server->currentDialog()->accept();
        QTRY_VERIFY_WITH_TIMEOUT(pull.isFinished(), kWaitMs);
        QVERIFY2(pull.result().isEmpty(), qPrintable(pull.result()));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(git(made.work, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")})
                     .trimmed(),
                 QByteArray("Theirs"));
    }
};

QTEST_MAIN(TstAskpassPush)
#include "tst_askpasspush.moc"
