// The command-line verbs in process, through postcli (which links postcore only): every verb's output, exit
// code and messages, captured from memory streams.

#include "commandline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <cstdlib>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A FILE* writing to memory; the bytes are read after close.
class MemoryStream {
public:
    MemoryStream() : m_file(open_memstream(&m_buffer, &m_size)) {}
    ~MemoryStream() {
        close();
        std::free(m_buffer);
    }
    MemoryStream(const MemoryStream &) = delete;
    MemoryStream &operator=(const MemoryStream &) = delete;
    std::FILE *file() const { return m_file; }
    QByteArray bytes() {
        close();
        return QByteArray(m_buffer, static_cast<qsizetype>(m_size));
    }

private:
    void close() {
        if (m_file)
            std::fclose(m_file);
        m_file = nullptr;
    }
    char *m_buffer = nullptr;
    size_t m_size = 0;
    std::FILE *m_file;
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

QString write(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return QFileInfo(path).canonicalFilePath();
}

QByteArray read(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

const QByteArray kPost =
    "---\nlayout: post\ntitle: Choosing a MOOC\ndate: 2018-09-21 10:00:00\n"
    "tags: [Deep Learning, courses]\n---\nSome *text*.\n";

}  // namespace

class TestCommandLineLib : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void isCommand_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("command");
        QTest::newRow("no argument opens the window") << QStringList() << false;
        QTest::newRow("a file opens the window") << QStringList{QStringLiteral("post.md")} << false;
        for (const char *verb : {"render", "check", "get", "set", "unset", "new", "publish", "unpublish",
                                 "--version", "-v", "--help", "-h", "help"})
            QTest::newRow(verb) << QStringList{QString::fromLatin1(verb)} << true;
    }
    void isCommand() {
        QFETCH(QStringList, args);
        QFETCH(bool, command);
        QCOMPARE(CommandLine::isCommand(args), command);
    }

    void helpVersionAndBadUsage() {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(help.out, QByteArray(CommandLine::help()));
        for (const char *verb : {"render", "check", "get", "set", "unset", "new", "publish", "unpublish"})
            QVERIFY2(help.out.contains(QByteArray("postwright ") + verb + " "), verb);
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.out, QByteArray("postwright " POSTWRIGHT_VERSION "\n"));
        const Run unknown = run({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.startsWith("postwright: unknown command 'frobnicate'\nUsage:"));
        QVERIFY(unknown.out.isEmpty());
    }

    void fieldVerbs() {
        const QString post = write(path(QStringLiteral("fields/post.md")), kPost);
        Run r = run({QStringLiteral("get"), post, QStringLiteral("tags")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("Deep Learning\ncourses\n"));
        r = run({QStringLiteral("set"), post, QStringLiteral("title"), QStringLiteral("New: title")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(read(post), QByteArray(kPost).replace("Choosing a MOOC", "\"New: title\""));
        r = run({QStringLiteral("unset"), post, QStringLiteral("layout")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("get"), post, QStringLiteral("layout")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, (post + QStringLiteral(": no field 'layout'\n")).toUtf8());
        r = run({QStringLiteral("get"), post});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("postwright: get takes FILE KEY\n"));
    }

    void checkAndRender() {
        const QString bad = write(path(QStringLiteral("check/bad.md")), "---\ntitle: Foo: Bar\n---\n");
        Run r = run({QStringLiteral("check"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.startsWith((bad + QStringLiteral(":2:")).toUtf8()));
        r = run({QStringLiteral("check"), path(QStringLiteral("check/none"))});
        QCOMPARE(r.exitCode, 2);
        const QString post = write(path(QStringLiteral("render/post.md")), kPost);
        r = run({QStringLiteral("render"), post});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("<em>text</em>"));
        QVERIFY(!r.out.contains("layout"));
    }

    void newPost() {
        const QString site = path(QStringLiteral("newsite"));
        QDir().mkpath(site);
        const Run r = run({QStringLiteral("new"), site, QStringLiteral("--title"), QStringLiteral("Hello"),
                           QStringLiteral("--date"), QStringLiteral("2024-01-05")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            r.out,
            (QFileInfo(site).canonicalFilePath() + QStringLiteral("/_posts/2024-01-05-hello.md\n")).toUtf8());
    }

    void publishAndUnpublish() {
        const QString site = path(QStringLiteral("pubsite"));
        const QString draft = write(site + QStringLiteral("/_drafts/choosing.md"), kPost);
        Run r =
            run({QStringLiteral("publish"), draft, QStringLiteral("--date"), QStringLiteral("2024-01-05")});
        QCOMPARE(r.exitCode, 0);
        const QString published =
            QFileInfo(site).canonicalFilePath() + QStringLiteral("/_posts/2024-01-05-choosing.md");
        QCOMPARE(r.out, published.toUtf8() + "\n");
        QVERIFY(r.err.isEmpty());
        QCOMPARE(read(published), QByteArray(kPost).replace("2018-09-21", "2024-01-05"));
        QVERIFY(!QFileInfo::exists(draft));

        r = run({QStringLiteral("unpublish"), published});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, draft.toUtf8() + "\n");
        QCOMPARE(read(draft), QByteArray(kPost).replace("2018-09-21", "2024-01-05"));
    }

    void publishRefusals_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");  // the start of stderr; %1 is the site folder
        QTest::newRow("no draft") << QStringList{QStringLiteral("publish")} << 2
                                  << "postwright: publish takes DRAFT [--date YYYY-MM-DD]\nUsage:";
        QTest::newRow("bad date") << QStringList{QStringLiteral("publish"), QStringLiteral("%1/_drafts/a.md"),
                                                 QStringLiteral("--date"), QStringLiteral("05/01/2024")}
                                  << 2 << "postwright: publish: --date takes YYYY-MM-DD, not '05/01/2024'";
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("publish"), QStringLiteral("%1/_drafts/none.md")} << 2
            << "Could not open %1/_drafts/none.md: ";
        QTest::newRow("not a draft") << QStringList{QStringLiteral("publish"), QStringLiteral("%1/page.md")}
                                     << 1 << "%1/page.md is not a draft: it is not in a _drafts folder\n";
        QTest::newRow("target exists")
            << QStringList{QStringLiteral("publish"), QStringLiteral("%1/_drafts/a.md"),
                           QStringLiteral("--date"), QStringLiteral("2020-02-02")}
            << 1 << "%1/_posts/2020-02-02-a.md already exists; not overwriting it\n";
        QTest::newRow("unpublish takes one post")
            << QStringList{QStringLiteral("unpublish")} << 2 << "postwright: unpublish takes POST\nUsage:";
        QTest::newRow("unpublish a draft")
            << QStringList{QStringLiteral("unpublish"), QStringLiteral("%1/_drafts/a.md")} << 1
            << "%1/_drafts/a.md is not a published post";
        QTest::newRow("unpublish over a draft")
            << QStringList{QStringLiteral("unpublish"), QStringLiteral("%1/_posts/2020-02-02-a.md")} << 1
            << "%1/_drafts/a.md already exists; not overwriting it\n";
    }
    void publishRefusals() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString site = QFileInfo(dir.path()).canonicalFilePath();
        const QString draft = write(site + QStringLiteral("/_drafts/a.md"), kPost);
        const QString post = write(site + QStringLiteral("/_posts/2020-02-02-a.md"), "taken\n");
        write(site + QStringLiteral("/page.md"), kPost);
        for (QString &arg : args)
            arg.replace(QStringLiteral("%1"), site);
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QString(message).replace(QStringLiteral("%1"), site).toUtf8()),
                 r.err.constData());
        QCOMPARE(read(draft), kPost);
        QCOMPARE(read(post), QByteArray("taken\n"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLineLib)
#include "tst_commandlinelib.moc"
