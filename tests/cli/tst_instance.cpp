// The real executable, end to end: `postwright FILE1` runs and listens; `postwright FILE2` (a path relative
// to its own working folder) hands FILE2 to it and exits 0; the first process then has two windows, one per
// post; `postwright FILE1` again raises the open one. A quit request closes it cleanly, with nothing left
// running. Launches at the same instant end up in one process. Isolated by a temporary HOME and
// XDG_RUNTIME_DIR, so a Postwright the user runs is never reached.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

namespace {

// One request and its answer, straight on the socket (the protocol SingleInstance documents).
QJsonObject ask(const QString &server, const QJsonObject &request) {
    QLocalSocket socket;
    socket.connectToServer(server);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(30000))
            return {};
    }
    return QJsonDocument::fromJson(socket.readLine()).object();
}

QStringList windows(const QString &server) {
    QStringList paths;
    for (const QJsonValue &value : ask(server, {{"list", true}}).value("windows").toArray())
        paths << value.toString();
    paths.sort();
    return paths;
}

// Processes still running with this HOME (the editor and its web engine helpers).
int processesWithHome(const QString &home) {
    const QByteArray marker = "HOME=" + QFile::encodeName(home) + '\0';
    int count = 0;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        entry.toInt(&isPid);
        if (!isPid)
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(entry));
        if (environ.open(QIODevice::ReadOnly) && ('\0' + environ.readAll()).contains('\0' + marker))
            ++count;
    }
    return count;
}

}  // namespace

class TestInstance : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("HOME", m_dir.filePath("home"));
        env.insert("XDG_RUNTIME_DIR", m_dir.filePath("run"));
        env.remove("XDG_CONFIG_HOME");
        env.remove("XDG_DATA_HOME");
        env.remove("XDG_CACHE_HOME");
        return env;
    }

    // The socket the running editor listens on, once it is there.
    QString serverSocket() const {
        QDirIterator it(m_dir.filePath("run"), {"postwright-*.socket"}, QDir::System | QDir::Files);
        return it.hasNext() ? it.next() : QString();
    }

private Q_SLOTS:
    void secondLaunchOpensAWindowInTheFirstProcess() {
        QVERIFY(QDir().mkpath(m_dir.filePath("home")));
        QVERIFY(QDir().mkpath(m_dir.filePath("run")));
        QVERIFY(QFile::setPermissions(m_dir.filePath("run"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(QDir().mkpath(m_dir.filePath("posts")));
        const QString first = m_dir.filePath("posts/first.md");
        const QString second = m_dir.filePath("posts/second.md");
        for (const QString &path : {first, second}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("---\ntitle: A post\n---\nText\n");
        }

        QProcess editor;
        editor.setProcessEnvironment(environment());
        editor.setProcessChannelMode(QProcess::ForwardedChannels);
        editor.start(POSTWRIGHT_EXE, {first});
        QVERIFY(editor.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!serverSocket().isEmpty(), 60000);
        const QString server = serverSocket();
        QTRY_COMPARE_WITH_TIMEOUT(windows(server), QStringList{first}, 60000);

        // The second launch, from the posts folder with a relative path, hands over and exits.
        QProcess launch;
        launch.setProcessEnvironment(environment());
        launch.setWorkingDirectory(m_dir.filePath("posts"));
        launch.setProcessChannelMode(QProcess::ForwardedChannels);
        launch.start(POSTWRIGHT_EXE, {"second.md"});
        QVERIFY(launch.waitForFinished(60000));
        QCOMPARE(launch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(launch.exitCode(), 0);
        QCOMPARE(editor.state(), QProcess::Running);
        QTRY_COMPARE_WITH_TIMEOUT(windows(server), (QStringList{first, second}), 60000);

        // The first post again: its window comes forward, no third one.
        launch.start(POSTWRIGHT_EXE, {first});
        QVERIFY(launch.waitForFinished(60000));
        QCOMPARE(launch.exitCode(), 0);
        QCOMPARE(windows(server), (QStringList{first, second}));

        // Quit as the user would (every window closed): the process ends, its socket and helpers with it.
        QVERIFY(ask(server, {{"quit", true}}).value("ok").toBool());
        QVERIFY(editor.waitForFinished(60000));
        QCOMPARE(editor.exitStatus(), QProcess::NormalExit);
        QCOMPARE(editor.exitCode(), 0);
        QVERIFY(!QFile::exists(server));
        QTRY_COMPARE_WITH_TIMEOUT(processesWithHome(m_dir.filePath("home")), 0, 30000);
    }

    // Posts opened together from a file manager start several launches at the same instant: exactly one
    // becomes the editor and the others hand their posts to it, so no post has two editors in two processes.
    void launchesAtTheSameInstantShareOneProcess() {
        QVERIFY(QDir().mkpath(m_dir.filePath("home")));
        QVERIFY(QDir().mkpath(m_dir.filePath("run")));
        QVERIFY(QFile::setPermissions(m_dir.filePath("run"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(QDir().mkpath(m_dir.filePath("together")));
        QStringList posts;
        for (int i = 0; i < 4; ++i) {
            posts << m_dir.filePath(QStringLiteral("together/post%1.md").arg(i));
            QFile file(posts.last());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("---\ntitle: Together\n---\nText\n");
        }
        std::vector<std::unique_ptr<QProcess>> launches;
        for (const QString &post : posts) {
            launches.push_back(std::make_unique<QProcess>());
            launches.back()->setProcessEnvironment(environment());
            launches.back()->setProcessChannelMode(QProcess::ForwardedChannels);
        }
        for (int i = 0; i < int(posts.size()); ++i)
            launches[i]->start(POSTWRIGHT_EXE, {posts[i]});
        for (const auto &launch : launches)
            QVERIFY(launch->waitForStarted());

        // All but one hand over and exit 0; the one left has every post.
        QTRY_VERIFY_WITH_TIMEOUT(!serverSocket().isEmpty(), 60000);
        const QString server = serverSocket();
        QTRY_COMPARE_WITH_TIMEOUT(windows(server), posts, 60000);
        QProcess *editor = nullptr;
        for (const auto &launch : launches) {
            if (launch->state() != QProcess::NotRunning && !launch->waitForFinished(10000)) {
                QVERIFY2(!editor, "two launches kept running");
                editor = launch.get();
            } else {
                QCOMPARE(launch->exitCode(), 0);
            }
        }
        QVERIFY(editor);
        QVERIFY(ask(server, {{"quit", true}}).value("ok").toBool());
        QVERIFY(editor->waitForFinished(60000));
        QCOMPARE(editor->exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(processesWithHome(m_dir.filePath("home")), 0, 30000);
    }
};

QTEST_GUILESS_MAIN(TestInstance)
#include "tst_instance.moc"
