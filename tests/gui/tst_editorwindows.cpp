// One process, many windows: a later `postwright FILE...` reaches the running process through SingleInstance
// and each file opens in a window of its own; a file already open raises its window; windows on one site
// share the site's index, which outlives a closed window; File > New Window; a stale socket does not block
// start-up.

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "editor/markdowneditor.h"
#include "post/postdocument.h"
#include "site/postspart.h"
#include "site/siteindex.h"
#include "testfiles.h"
#include "tst_previewharness.h"
#include "window/editorwindows.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"
#include "window/singleinstance.h"

namespace {

// Sends from another thread, as another process would: the server answers from this thread's event loop.
SingleInstance::Delivery sendAndWait(const QString &server, const QJsonObject &request, QJsonObject *reply) {
    QFuture<SingleInstance::Delivery> sent =
        QtConcurrent::run([server, request, reply] { return SingleInstance::send(server, request, reply); });
    while (!sent.isFinished())
        QTest::qWait(10);
    return sent.result();
}

QStringList paths(const QList<MainWindow *> &windows) {
    QStringList found;
    for (MainWindow *window : windows)
        found << window->document()->path();
    found.sort();
    return found;
}

}  // namespace

class TestEditorWindows : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_cache;
    QString m_root;

    QString post(const char *name) const { return m_root + QStringLiteral("/_posts/") + QLatin1String(name); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_editorwindows"));
        qRegisterMetaType<MainWindow *>();
        SiteIndex::setCacheFolder(m_cache.path());
        m_root = m_dir.filePath(QStringLiteral("site"));
        QVERIFY(writeTestFile(m_root + "/_config.yml", "title: Site\ntimezone: UTC\n"));
        QVERIFY(writeTestFile(post("2020-01-01-first.md"), "---\ntitle: First\n---\nOne\n"));
        QVERIFY(writeTestFile(post("2020-02-02-second.md"), "---\ntitle: Second\n---\nTwo\n"));
        m_root = QFileInfo(m_root).canonicalFilePath();
    }

    void cleanup() {
        QApplication::closeAllWindows();
        QTRY_VERIFY(EditorWindows::windows().isEmpty());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void serverOpensAWindowPerFileSharingTheSiteIndex() {
        EditorWindows windows;
        SingleInstance server;
        const QString name = m_dir.filePath(QStringLiteral("test-server.socket"));
        QVERIFY(server.listen(name));
        server.setHandler([&windows](const QJsonObject &request) { return windows.answer(request); });

        const QStringList posts{post("2020-01-01-first.md"), post("2020-02-02-second.md")};
        QJsonObject reply;
        QCOMPARE(sendAndWait(name, {{"open", QJsonArray::fromStringList(posts)}}, &reply),
                 SingleInstance::Delivery::Answered);
        QVERIFY(reply.value("ok").toBool());
        QTRY_COMPARE(paths(EditorWindows::windows()), posts);

        // Each window its own post; one index for the site, shared.
        MainWindow *first = EditorWindows::windowFor(posts[0]);
        MainWindow *second = EditorWindows::windowFor(posts[1]);
        QVERIFY(first && second && first != second);
        QVERIFY(first->testAttribute(Qt::WA_DeleteOnClose));
        QTRY_VERIFY(first->postsPart()->index() && second->postsPart()->index());
        QCOMPARE(first->postsPart()->index(), second->postsPart()->index());

        // The test hook lists the windows' posts.
        QCOMPARE(sendAndWait(name, {{"list", true}}, &reply), SingleInstance::Delivery::Answered);
        QStringList listed;
        for (const QJsonValue &value : reply.value("windows").toArray())
            listed << value.toString();
        listed.sort();
        QCOMPARE(listed, posts);

        // A post already open raises its window rather than a second editor on the same file.
        QSignalSpy opened(&windows, &EditorWindows::opened);
        QCOMPARE(sendAndWait(name, {{"open", QJsonArray{posts[1]}}}, &reply),
                 SingleInstance::Delivery::Answered);
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.front().front().value<MainWindow *>(), second);
        QCOMPARE(EditorWindows::windows().size(), 2);

        // No file: a new, empty window.
        QCOMPARE(sendAndWait(name, {{"open", QJsonArray()}}, &reply), SingleInstance::Delivery::Answered);
        QTRY_COMPARE(EditorWindows::windows().size(), 3);
        QVERIFY(paths(EditorWindows::windows()).contains(QString()));

        // Closing a window keeps the other's index (the same object, still the site's).
        SiteIndex *index = second->postsPart()->index();
        QPointer<MainWindow> closed(first);
        QVERIFY(first->close());
        QTRY_VERIFY(closed.isNull());
        QCOMPARE(second->postsPart()->index(), index);
        QCOMPARE(SiteIndex::forSite(m_root).get(), index);
        QCOMPARE(index->root(), m_root);

        // A request it does not understand is refused.
        QCOMPARE(sendAndWait(name, {{"what", true}}, &reply), SingleInstance::Delivery::NoAnswer);
    }

    void newWindowActionOpensAnotherWindow() {
        EditorWindows windows;
        MainWindow *window = windows.open(post("2020-01-01-first.md"));
        QCOMPARE(EditorWindows::windows().size(), 1);
        auto *action = window->findChild<QAction *>(QStringLiteral("newWindowAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        action->trigger();
        QCOMPARE(EditorWindows::windows().size(), 2);
        QCOMPARE(paths(EditorWindows::windows()), (QStringList{QString(), post("2020-01-01-first.md")}));
    }

    void openingAPostAnotherWindowEditsRaisesThatWindow() {
        EditorWindows windows;
        MainWindow *first = windows.open(post("2020-01-01-first.md"));
        MainWindow *second = windows.open(post("2020-02-02-second.md"));
        QVERIFY(first != second);
        // From the Posts panel, a link or Find in Site: the second window keeps its post.
        second->openAfterAsking(post("2020-01-01-first.md"));
        QCOMPARE(second->document()->path(), post("2020-02-02-second.md"));
        QCOMPARE(first->document()->path(), post("2020-01-01-first.md"));
        // Through EditorWindows: the same window, no third.
        QCOMPARE(windows.open(post("2020-01-01-first.md")), first);
        QCOMPARE(EditorWindows::windows().size(), 2);
    }

    void fileOpenRecentSaveAsAndFindInSiteRespectTheWindowThatEditsThePost() {
        const QString third = post("2020-03-03-third.md");
        QVERIFY(writeTestFile(third, "---\ntitle: Third\n---\nA\nB\nC\n"));
        EditorWindows windows;
        MainWindow *first = windows.open(third);
        MainWindow *second = windows.open(post("2020-02-02-second.md"));
        // File > Open (and whatever else opens through FileActions): nothing loads here.
        QVERIFY(second->fileActions()->open(third).ok());
        QCOMPARE(second->document()->path(), post("2020-02-02-second.md"));
        // Save As over it is refused, naming the post; the file is as it was.
        const Status saved = second->fileActions()->saveTo(third);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QStringLiteral("is open in another window")),
                 qPrintable(saved.error()));
        QCOMPARE(second->document()->path(), post("2020-02-02-second.md"));
        QFile written(third);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("---\ntitle: Third\n---\nA\nB\nC\n"));
        // File > Open Recent.
        QAction *recent = nullptr;
        for (QAction *action : second->fileActions()->recentMenu()->actions()) {
            if (action->text() == QDir::toNativeSeparators(third))
                recent = action;
        }
        QVERIFY(recent);
        recent->trigger();
        QCOMPARE(second->document()->path(), post("2020-02-02-second.md"));
        // A match Find in Site lists: shown at its line in the window that has the post.
        second->openAtLine(third, 6);
        QCOMPARE(second->document()->path(), post("2020-02-02-second.md"));
        QCOMPARE(first->document()->path(), third);
        QCOMPARE(first->editor()->textCursor().blockNumber(), 2);
        QCOMPARE(EditorWindows::windows().size(), 2);
        cleanup();  // before the post goes, so no window asks to save it again
        QFile::remove(third);
    }

    void staleSocketIsReplaced() {
        // A socket file nobody listens on, as a crashed process leaves it.
        const QString name = m_dir.filePath(QStringLiteral("stale.socket"));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(name);
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        memcpy(address.sun_path, path.constData(), path.size());
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFileInfo::exists(name));

        QCOMPARE(sendAndWait(name, {{"list", true}}, nullptr), SingleInstance::Delivery::NoServer);
        EditorWindows windows;
        SingleInstance server;
        QVERIFY(server.listen(name));
        server.setHandler([&windows](const QJsonObject &request) { return windows.answer(request); });
        QJsonObject reply;
        QCOMPARE(sendAndWait(name, {{"list", true}}, &reply), SingleInstance::Delivery::Answered);
        QCOMPARE(reply.value("windows").toArray().size(), 0);
        // Only the user may connect.
        QCOMPARE(QFileInfo(name).permissions() &
                     (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup | QFile::WriteGroup),
                 QFileDevice::Permissions());
    }

    void defaultNameIsPerUserInTheRuntimeFolder() {
        const QString name = SingleInstance::defaultServerName();
        QVERIFY(QDir::isAbsolutePath(name));
        const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        QVERIFY2(name.startsWith(runtime + '/'), qPrintable(name));
        QVERIFY(QFileInfo(name).fileName().startsWith(QStringLiteral("postwright-")));
    }
};

PREVIEW_TEST_MAIN(TestEditorWindows)
#include "tst_editorwindows.moc"
