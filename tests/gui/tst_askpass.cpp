// AskpassServer and the real postwright-askpass program together: git (or the program run by hand) asks,
// the window's dialog answers, and whatever goes wrong (a cancel, an asker that dies, a second asker, no
// window, garbage on the socket) ends in a refusal git reports rather than a hang.

#include <QInputDialog>
#include <QLabel>
#include <QLocalSocket>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QWidget>
#include <QtTest>

#include <memory>

#include "git/askpassserver.h"
#include "gitfixture.h"

namespace {

// Generous: the machine's two cores are shared with other builds.
constexpr int kWaitMs = 60000;

QString askpassProgram() {
    return QStringLiteral(POSTWRIGHT_ASKPASS_PROGRAM);
}

QProcessEnvironment environmentFor(const AskpassServer &server) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : server.environment())
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    return env;
}

// postwright-askpass asking `prompt`, as ssh runs it.
void startAsker(QProcess &process, const QProcessEnvironment &env, const QString &prompt) {
    process.setProcessEnvironment(env);
    process.start(askpassProgram(), {prompt});
}

}  // namespace

class TstAskpass : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    AskpassServer *m_server = nullptr;

    // `git credential fill` for https://example.org, asking through the server as a push would.
    void startCredentialFill(QProcess &git) {
        QProcessEnvironment env = environmentFor(*m_server);
        env.insert(QStringLiteral("GIT_ASKPASS"), askpassProgram());
        env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
        env.remove(QStringLiteral("SSH_ASKPASS"));
        git.setProcessEnvironment(env);
        git.setWorkingDirectory(m_dir.path());
        git.start(QStringLiteral("git"), {QStringLiteral("credential"), QStringLiteral("fill")});
        QVERIFY(git.waitForStarted(kWaitMs));
        git.write("protocol=https\nhost=example.org\n\n");
        git.closeWriteChannel();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        isolateGitConfig();
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(askpassProgram()).isExecutable(), qPrintable(askpassProgram()));
    }
    void init() {
        m_window = std::make_unique<QWidget>();
        m_server = new AskpassServer(m_window.get());
        m_server->setProgram(askpassProgram());
    }
    void cleanup() {
        m_server = nullptr;
        m_window.reset();
    }

    void readyOnlyWithAnExecutableProgram_data() {
        QTest::addColumn<QString>("program");
        QTest::addColumn<bool>("ready");
        QTest::newRow("the built program") << askpassProgram() << true;
        QTest::newRow("a program that does not exist")
            << m_dir.filePath(QStringLiteral("missing/postwright-askpass")) << false;
        QTest::newRow("a file that is not executable") << QStringLiteral(__FILE__) << false;
    }
    void readyOnlyWithAnExecutableProgram() {
        QFETCH(QString, program);
        QFETCH(bool, ready);
        m_server->setProgram(program);
        QCOMPARE(m_server->isReady(), ready);
        QCOMPARE(m_server->program(), program);
    }

    void gitCredentialFillGetsBothAnswers() {
        QSignalSpy asked(m_server, &AskpassServer::asked);
        QProcess git;
        startCredentialFill(git);

        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, kWaitMs);
        QPointer<QInputDialog> dialog = m_server->currentDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->parentWidget(), m_window.get());
        QVERIFY2(dialog->labelText().startsWith(QStringLiteral("Username for 'https://example.org'")),
                 qPrintable(dialog->labelText()));
        QCOMPARE(asked.at(0).at(0).toString(), dialog->labelText());
        QCOMPARE(dialog->textEchoMode(), QLineEdit::Normal);  // a user name is read as typed
        dialog->setTextValue(QStringLiteral("writer"));
        dialog->accept();
        QVERIFY(!m_server->currentDialog());  // answered: nothing asks any more

        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 2, kWaitMs);
        dialog = m_server->currentDialog();
        QVERIFY(dialog);
        QVERIFY2(dialog->labelText().startsWith(QStringLiteral("Password for 'https://writer@example.org'")),
                 qPrintable(dialog->labelText()));
        QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
        dialog->setTextValue(QStringLiteral("s3cret pässword"));
        dialog->accept();

        QTRY_COMPARE_WITH_TIMEOUT(git.state(), QProcess::NotRunning, kWaitMs);
        const QByteArray out = git.readAllStandardOutput();
        QVERIFY2(git.exitCode() == 0, git.readAllStandardError().constData());
        QVERIFY2(out.contains("username=writer\n"), out.constData());
        QVERIFY2(out.contains(QStringLiteral("password=s3cret pässword\n").toUtf8()), out.constData());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, kWaitMs);  // the dialog does not linger once answered
    }

    void thePromptIsShownAsPlainText() {
        const QString prompt = QStringLiteral("Password for 'https://<b>bank</b>@example.org':");
        QProcess asker;
        startAsker(asker, environmentFor(*m_server), prompt + QLatin1Char(' '));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->currentDialog(), kWaitMs);
        const QList<QLabel *> labels = m_server->currentDialog()->findChildren<QLabel *>();
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels.first()->text(), prompt);
        QCOMPARE(labels.first()->textFormat(), Qt::PlainText);
        m_server->currentDialog()->reject();
        QTRY_COMPARE_WITH_TIMEOUT(asker.state(), QProcess::NotRunning, kWaitMs);
    }

    void cancellingFailsGit_data() {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("cancel at the user name") << 1;
        QTest::newRow("cancel at the password") << 2;
    }
    void cancellingFailsGit() {
        QFETCH(int, cancelAt);
        QSignalSpy asked(m_server, &AskpassServer::asked);
        QProcess git;
        startCredentialFill(git);
        for (int question = 1; question <= cancelAt; ++question) {
            QTRY_COMPARE_WITH_TIMEOUT(asked.count(), question, kWaitMs);
            QInputDialog *dialog = m_server->currentDialog();
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("typed"));
            if (question == cancelAt)
                dialog->reject();
            else
                dialog->accept();
        }
        QTRY_COMPARE_WITH_TIMEOUT(git.state(), QProcess::NotRunning, kWaitMs);
        QVERIFY(git.exitCode() != 0);
        const QByteArray out = git.readAllStandardOutput();
        QVERIFY2(!out.contains("password="), out.constData());
        QVERIFY2(git.readAllStandardError().contains("could not read"), "git says what it could not read");
        QCOMPARE(asked.count(), cancelAt);
    }

    void cancellingPrintsNothing() {
        QProcess asker;
        startAsker(asker, environmentFor(*m_server), QStringLiteral("Password: "));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->currentDialog(), kWaitMs);
        m_server->currentDialog()->setTextValue(QStringLiteral("typed, then cancelled"));
        m_server->currentDialog()->reject();
        QTRY_COMPARE_WITH_TIMEOUT(asker.state(), QProcess::NotRunning, kWaitMs);
        QCOMPARE(asker.exitStatus(), QProcess::NormalExit);
        QCOMPARE(asker.exitCode(), 1);
        QCOMPARE(asker.readAllStandardOutput(), QByteArray());
        QVERIFY(asker.readAllStandardError().contains("not answered (cancelled"));
    }

    void aWindowThatClosesAnswersNothing() {
        QProcess asker;
        startAsker(asker, environmentFor(*m_server), QStringLiteral("Password: "));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->currentDialog(), kWaitMs);
        m_server->currentDialog()->setTextValue(QStringLiteral("typed"));
        m_window.reset();  // the writer closes the window (and its server) while git asks
        m_server = nullptr;
        QTRY_COMPARE_WITH_TIMEOUT(asker.state(), QProcess::NotRunning, kWaitMs);
        QCOMPARE(asker.exitCode(), 1);
        QCOMPARE(asker.readAllStandardOutput(), QByteArray());
        QVERIFY(asker.readAllStandardError().contains("closed without answering"));
    }

    void cancelQuestionRefusesTheOpenQuestion() {
        QProcess asker;
        startAsker(asker, environmentFor(*m_server), QStringLiteral("Password: "));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->currentDialog(), kWaitMs);
        const QPointer<QInputDialog> dialog = m_server->currentDialog();
        dialog->setTextValue(QStringLiteral("typed"));
        m_server->cancelQuestion();
        QVERIFY(!m_server->currentDialog());
        QTRY_COMPARE_WITH_TIMEOUT(asker.state(), QProcess::NotRunning, kWaitMs);
        QCOMPARE(asker.exitCode(), 1);
        QCOMPARE(asker.readAllStandardOutput(), QByteArray());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, kWaitMs);
        m_server->cancelQuestion();  // nothing open: nothing happens
        QVERIFY(!m_server->currentDialog());
    }

    void anAskerThatDiesClosesItsDialog() {
        QSignalSpy asked(m_server, &AskpassServer::asked);
        const QProcessEnvironment env = environmentFor(*m_server);
        QProcess first;
        startAsker(first, env, QStringLiteral("Password: "));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->currentDialog(), kWaitMs);
        const QPointer<QInputDialog> abandoned = m_server->currentDialog();
        first.kill();  // as git does when its time limit passes
        QTRY_VERIFY_WITH_TIMEOUT(!abandoned || !abandoned->isVisible(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->currentDialog(), kWaitMs);

        QProcess second;
        startAsker(second, env, QStringLiteral("Enter passphrase for key '/home/w/.ssh/id_ed25519': "));
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 2, kWaitMs);
        QVERIFY(m_server->currentDialog());
        QVERIFY(m_server->currentDialog() != abandoned);
        QCOMPARE(m_server->currentDialog()->textEchoMode(), QLineEdit::Password);
        m_server->currentDialog()->setTextValue(QStringLiteral("phrase"));
        m_server->currentDialog()->accept();
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, kWaitMs);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(second.readAllStandardOutput(), QByteArray("phrase\n"));
    }

    void aSecondAskerIsRefusedAtOnce() {
        QSignalSpy asked(m_server, &AskpassServer::asked);
        const QProcessEnvironment env = environmentFor(*m_server);
        QProcess first;
        startAsker(first, env,
                   QStringLiteral("Are you sure you want to continue connecting (yes/no/[fingerprint])? "));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->currentDialog(), kWaitMs);
        const QPointer<QInputDialog> open = m_server->currentDialog();
        QCOMPARE(open->textEchoMode(), QLineEdit::Normal);  // a host key is answered with a word

        QProcess second;
        startAsker(second, env, QStringLiteral("Password: "));
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, kWaitMs);
        QCOMPARE(second.exitCode(), 1);
        QCOMPARE(second.readAllStandardOutput(), QByteArray());
        QVERIFY(second.readAllStandardError().contains("another question was open"));
        QCOMPARE(asked.count(), 1);
        QVERIFY(open);
        QVERIFY(open->isVisible());
        QCOMPARE(m_server->currentDialog(), open.data());
        QCOMPARE(first.state(), QProcess::Running);

        open->setTextValue(QStringLiteral("yes"));
        open->accept();
        QTRY_COMPARE_WITH_TIMEOUT(first.state(), QProcess::NotRunning, kWaitMs);
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(first.readAllStandardOutput(), QByteArray("yes\n"));
    }

    void withoutAWindowTheProgramRefuses_data() {
        QTest::addColumn<bool>("named");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("no server named") << false << QString() << QByteArray("POSTWRIGHT_ASKPASS_SERVER");
        QTest::newRow("an empty server name") << true << QString() << QByteArray("POSTWRIGHT_ASKPASS_SERVER");
        QTest::newRow("a server nobody listens on")
            << true
            << QStringLiteral("postwright-askpass-nobody-") + QUuid::createUuid().toString(QUuid::Id128)
            << QByteArray("cannot be reached");
    }
    void withoutAWindowTheProgramRefuses() {
        QFETCH(bool, named);
        QFETCH(QString, server);
        QFETCH(QByteArray, reason);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("POSTWRIGHT_ASKPASS_SERVER"));
        if (named)
            env.insert(QStringLiteral("POSTWRIGHT_ASKPASS_SERVER"), server);
        QProcess asker;
        startAsker(asker, env, QStringLiteral("Password: "));
        QVERIFY(asker.waitForFinished(kWaitMs));
        QCOMPARE(asker.exitStatus(), QProcess::NormalExit);
        QCOMPARE(asker.exitCode(), 1);
        QCOMPARE(asker.readAllStandardOutput(), QByteArray());
        const QByteArray err = asker.readAllStandardError();
        QVERIFY2(err.startsWith("postwright-askpass: "), err.constData());
        QVERIFY2(err.contains(reason), err.constData());
    }

    void aRequestThatIsNotAQuestionIsRefused_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("4097 bytes without a NUL") << QByteArray(4097, 'x');
        QTest::newRow("10000 bytes without a NUL") << QByteArray(10000, 'x');
        QTest::newRow("a NUL only after 4096 bytes") << QByteArray(5000, 'x') + '\0';
    }
    void aRequestThatIsNotAQuestionIsRefused() {
        QFETCH(QByteArray, request);
        QSignalSpy asked(m_server, &AskpassServer::asked);
        const QString name = m_server->environment().value(0).section(QLatin1Char('='), 1);
        QLocalSocket socket;
        QByteArray reply;
        connect(&socket, &QLocalSocket::readyRead, &socket, [&] { reply += socket.readAll(); });
        socket.connectToServer(name);
        QVERIFY(socket.waitForConnected(kWaitMs));
        socket.write(request);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, kWaitMs);
        reply += socket.readAll();
        QCOMPARE(reply, QByteArray("0"));
        QCOMPARE(asked.count(), 0);
        QVERIFY(!m_server->currentDialog());

        // The server is not left waiting on the refused asker: the next question is asked.
        QProcess asker;
        startAsker(asker, environmentFor(*m_server), QStringLiteral("Password: "));
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, kWaitMs);
        QVERIFY(m_server->currentDialog());
        m_server->currentDialog()->setTextValue(QStringLiteral("after"));
        m_server->currentDialog()->accept();
        QTRY_COMPARE_WITH_TIMEOUT(asker.state(), QProcess::NotRunning, kWaitMs);
        QCOMPARE(asker.readAllStandardOutput(), QByteArray("after\n"));
    }

    void moreAfterTheQuestionIsNotAsked() {
        QSignalSpy asked(m_server, &AskpassServer::asked);
        QLocalSocket socket;
        QByteArray reply;
        connect(&socket, &QLocalSocket::readyRead, &socket, [&] { reply += socket.readAll(); });
        socket.connectToServer(m_server->environment().value(0).section(QLatin1Char('='), 1));
        QVERIFY(socket.waitForConnected(kWaitMs));
        socket.write(QByteArray("Password: ") + '\0');
        QTRY_VERIFY_WITH_TIMEOUT(m_server->currentDialog(), kWaitMs);
        const QPointer<QInputDialog> dialog = m_server->currentDialog();
        // The server's end of the connection (its child) tells when it has read the extra bytes.
        const QList<QLocalSocket *> ends = m_server->findChildren<QLocalSocket *>(Qt::FindDirectChildrenOnly);
        QCOMPARE(ends.size(), 1);
        QSignalSpy serverRead(ends.first(), &QLocalSocket::readyRead);
        socket.write(QByteArray("Another question: ") + '\0');
        QTRY_VERIFY_WITH_TIMEOUT(serverRead.count() > 0, kWaitMs);
        // Read and dropped: the one question stays open and is answered.
        QCOMPARE(reply, QByteArray());
        QCOMPARE(m_server->currentDialog(), dialog.data());
        dialog->setTextValue(QStringLiteral("answer"));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, kWaitMs);
        reply += socket.readAll();
        QCOMPARE(reply, QByteArray("1answer"));
        QCOMPARE(asked.count(), 1);
    }
};

QTEST_MAIN(TstAskpass)
#include "tst_askpass.moc"
