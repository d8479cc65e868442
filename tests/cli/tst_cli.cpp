// The command-line verbs, run as a user runs them: the real executable, real files, exit codes and messages.

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

#include "common/appidentity.h"
#include "site/sitetrust.h"
#include "testpaths.h"

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run postwright(const QStringList &args,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POSTWRIGHT_EXE), args);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray readFile(const QString &path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const QByteArray kJasper =
    "---\nlayout: post\ncover: assets/images/cover.jpg\nnavigation: True\n"
    "title: Choosing a MOOC\ndate: 2018-09-21 10:00:00\ntags: [Deep Learning, courses]\n"
    "subclass: 'post tag-deep-learning'\nauthor: someone\n---\n_TL;DR_ text\n";

}  // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString post() const { return m_dir.filePath(QStringLiteral("post.md")); }

private Q_SLOTS:
    void init() { writeFile(post(), kJasper); }

    // The real executable lists a site's pages when asked for them (tst_commandlinelib covers the rest).
    void listPages() {
        const QString root = m_dir.filePath(QStringLiteral("site"));
        writeFile(root + QStringLiteral("/_posts/2019-01-02-second.md"), "---\ntitle: Second\n---\n");
        writeFile(root + QStringLiteral("/about.md"), "---\ntitle: About\n---\n");
        const Run r = postwright(
            {QStringLiteral("list"), root, QStringLiteral("--filter"), QStringLiteral("kind:page")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1);
        QVERIFY2(r.out.contains("\tAbout\tabout.md\t/about.html"), r.out.constData());
        QCOMPARE(postwright(
                     {QStringLiteral("list"), root, QStringLiteral("--filter"), QStringLiteral("kind:pagez")})
                     .exitCode,
                 2);
    }

    void versionAndHelp() {
        const Run v = postwright({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("postwright "));
        const Run h = postwright({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        for (const char *verb : {"render", "check", "get", "set", "unset", "new", "publish", "unpublish",
                                 "list", "tags", "trust"})
            QVERIFY2(h.out.contains(verb), verb);
        const Run bad = postwright({QStringLiteral("get"), post()});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("get takes FILE KEY"));
    }

    void getPrintsScalarsAndLists() {
        Run r = postwright({QStringLiteral("get"), post(), QStringLiteral("title")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("Choosing a MOOC\n"));
        r = postwright({QStringLiteral("get"), post(), QStringLiteral("tags")});
        QCOMPARE(r.out, QByteArray("Deep Learning\ncourses\n"));
        r = postwright({QStringLiteral("get"), post(), QStringLiteral("subclass")});
        QCOMPARE(r.out, QByteArray("post tag-deep-learning\n"));
        r = postwright({QStringLiteral("get"), post(), QStringLiteral("navigation")});
        QCOMPARE(r.out, QByteArray("True\n"));
        r = postwright({QStringLiteral("get"), post(), QStringLiteral("missing")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no field 'missing'"));
        QVERIFY(r.err.contains(post().toUtf8()));
    }

    void getNestedAndMaps() {
        writeFile(post(), "---\nheader:\n  image: a.jpg\n  caption: \"Hi: there\"\n---\n");
        Run r = postwright({QStringLiteral("get"), post(), QStringLiteral("header.caption")});
        QCOMPARE(r.out, QByteArray("Hi: there\n"));
        r = postwright({QStringLiteral("get"), post(), QStringLiteral("header")});
        QCOMPARE(r.out, QByteArray("image: a.jpg\ncaption: \"Hi: there\"\n"));
    }

    void setChangesOnlyThatLine() {
        const Run r = postwright(
            {QStringLiteral("set"), post(), QStringLiteral("title"), QStringLiteral("New: title")});
        QCOMPARE(r.exitCode, 0);
        QByteArray expected = kJasper;
        expected.replace("title: Choosing a MOOC", "title: \"New: title\"");
        QCOMPARE(readFile(post()), expected);
        QCOMPARE(postwright({QStringLiteral("get"), post(), QStringLiteral("title")}).out,
                 QByteArray("New: title\n"));
    }

    void setGetRoundTrip_data() {
        QTest::addColumn<QString>("value");
        for (const char *v : {"007", "yes", "NO", "1.10", "#hash", "a # b", "'quoted'", "\"dq\"", "- dash",
                              "[x]", "ünïcödé ✓", "", " padded ", "back\\slash", "null", "~", "2020-01-01"})
            QTest::newRow(v) << QString::fromUtf8(v);
    }
    void setGetRoundTrip() {
        QFETCH(QString, value);
        QCOMPARE(postwright({QStringLiteral("set"), post(), QStringLiteral("title"), value}).exitCode, 0);
        QCOMPARE(postwright({QStringLiteral("get"), post(), QStringLiteral("title")}).out,
                 value.toUtf8() + "\n");
        QCOMPARE(postwright({QStringLiteral("check"), post()}).exitCode, 0);
    }

    void setNoOpLeavesFileAlone() {
        const QDateTime before = QFileInfo(post()).lastModified();
        QTest::qSleep(1100);
        QCOMPARE(postwright({QStringLiteral("set"), post(), QStringLiteral("title"),
                             QStringLiteral("Choosing a MOOC")})
                     .exitCode,
                 0);
        QCOMPARE(QFileInfo(post()).lastModified(), before);
        QCOMPARE(readFile(post()), kJasper);
    }

    void setList() {
        QCOMPARE(postwright({QStringLiteral("set"), post(), QStringLiteral("tags"), QStringLiteral("--list"),
                             QStringLiteral("courses"), QStringLiteral("new, tag")})
                     .exitCode,
                 0);
        QByteArray expected = kJasper;
        expected.replace("tags: [Deep Learning, courses]", "tags: [courses, \"new, tag\"]");
        QCOMPARE(readFile(post()), expected);
        QCOMPARE(postwright({QStringLiteral("get"), post(), QStringLiteral("tags")}).out,
                 QByteArray("courses\nnew, tag\n"));
    }

    void unset() {
        QCOMPARE(postwright({QStringLiteral("unset"), post(), QStringLiteral("navigation")}).exitCode, 0);
        QByteArray expected = kJasper;
        expected.replace("navigation: True\n", "");
        QCOMPARE(readFile(post()), expected);
        const Run again = postwright({QStringLiteral("unset"), post(), QStringLiteral("navigation")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("no field 'navigation'"));
    }

    void refusedEditsLeaveTheFile() {
        writeFile(post(), "+++\ntitle = \"x\"\n+++\n");
        const Run r =
            postwright({QStringLiteral("set"), post(), QStringLiteral("title"), QStringLiteral("y")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("TOML"));
        QCOMPARE(readFile(post()), QByteArray("+++\ntitle = \"x\"\n+++\n"));
    }

    void unreadableFiles() {
        const QString bad = m_dir.filePath(QStringLiteral("latin1.md"));
        writeFile(bad, "---\ntitle: caf\xe9\n---\n");
        Run r = postwright({QStringLiteral("set"), bad, QStringLiteral("title"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(bad.toUtf8() + ":2:11:"));
        QCOMPARE(readFile(bad), QByteArray("---\ntitle: caf\xe9\n---\n"));
        r = postwright(
            {QStringLiteral("get"), m_dir.filePath(QStringLiteral("none.md")), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("none.md"));
    }

    void render() {
        writeFile(
            post(),
            "---\ntitle: T\n---\n# Head\n\nSome *text* and ~~gone~~.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        const Run r = postwright({QStringLiteral("render"), post()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("<h1 id=\"head\">Head</h1>"));
        QVERIFY(r.out.contains("<em>text</em>"));
        QVERIFY(r.out.contains("<del>gone</del>"));
        QVERIFY(r.out.contains("<table>"));
        QVERIFY(!r.out.contains("title: T"));
    }

    // `render` uses the dialect of the site the file is in, as the preview does; a post in no site is
    // rendered as Jekyll's default kramdown would.
    void renderInTheSiteDialect_data() {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("no site: kramdown") << QByteArray() << QByteArray("<p>“Hi” – it’s</p>\n");
        QTest::newRow("site without markdown key: kramdown")
            << QByteArray("title: x\n") << QByteArray("<p>“Hi” – it’s</p>\n");
        QTest::newRow("CommonMarkGhPages site: plain GFM")
            << QByteArray("markdown: CommonMarkGhPages\n") << QByteArray("<p>&quot;Hi&quot; -- it's</p>\n");
    }
    void renderInTheSiteDialect() {
        QFETCH(QByteArray, config);
        const QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString site = dir.filePath(QStringLiteral("site"));
        if (!config.isEmpty())
            writeFile(site + QStringLiteral("/_config.yml"), config);
        const QString file = site + QStringLiteral("/notes/post.md");
        writeFile(file, "---\ntitle: T\n---\n\"Hi\" -- it's\n");
        const Run r = postwright({QStringLiteral("render"), file});
        QCOMPARE(r.exitCode, 0);
        QTEST(r.out, "html");
    }

    void check() {
        const QString dir = m_dir.filePath(QStringLiteral("posts"));
        writeFile(dir + QStringLiteral("/good.md"), "---\ntitle: ok\n---\n");
        writeFile(dir + QStringLiteral("/dup.md"), "---\ntitle: a\ntitle: b\n---\n");
        Run r = postwright({QStringLiteral("check"), dir});
        QCOMPARE(r.exitCode, 0);  // a warning is not an error
        QCOMPARE(r.out, (dir + QStringLiteral(
                                   "/dup.md:3:1: warning: duplicate key 'title': first on line 2, again on "
                                   "line 3; Jekyll uses the last one\n"))
                            .toUtf8());
        writeFile(dir + QStringLiteral("/bad.md"), "---\ntitle: Foo: Bar\n---\n");
        r = postwright({QStringLiteral("check"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains((dir + QStringLiteral("/bad.md:2:")).toUtf8() + ""), r.out.constData());
        QVERIFY(r.out.contains(": error: YAML: "));
        r = postwright({QStringLiteral("check"), dir, m_dir.filePath(QStringLiteral("missing"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("missing: no such file or folder"));
    }

    // The command line's output is read by scripts: its tags and messages stay English in a German locale,
    // where the window speaks German (AppTranslations is never installed for the verbs).
    void checkStaysEnglishInAGermanLocale() {
        const QString dir = m_dir.filePath(QStringLiteral("german"));
        writeFile(dir + QStringLiteral("/dup.md"), "---\ntitle: a\ntitle: b\n---\n");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        const Run r = postwright({QStringLiteral("check"), dir}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, (dir + QStringLiteral(
                                   "/dup.md:3:1: warning: duplicate key 'title': first on line 2, again on "
                                   "line 3; Jekyll uses the last one\n"))
                            .toUtf8());
    }

    void checkWholeCorpus() {
        REQUIRE_SHARED_DIR("/corpus/posts");
        const Run r = postwright({QStringLiteral("check"), TestPaths::corpusPosts()});
        // The corpus has one broken post and one UTF-16 post: errors (exit 1), no crash, every line well
        // formed.
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 2);
        const QRegularExpression form(QStringLiteral("^.+:\\d+:\\d+: (error|warning): .+$"));
        for (const QByteArray &line : lines)
            QVERIFY2(form.match(QString::fromUtf8(line)).hasMatch(), line.constData());
        QVERIFY(r.out.contains("_broken/bad_post.md:"));
        QVERIFY(r.out.contains("Unicode16LECRLFandBOM.md:1:1: error:"));
    }

    void newPost() {
        const QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString site = dir.filePath(QStringLiteral("site"));
        writeFile(site + QStringLiteral("/_config.yml"),
                  "title: S\ndefaults:\n  - scope:\n      path: \"\"\n      type: posts\n    values:\n      "
                  "layout: "
                  "single\n      comments: true\n");
        Run r = postwright({QStringLiteral("new"), site, QStringLiteral("--title"),
                            QStringLiteral("Hello, World: Ünïcode!"), QStringLiteral("--date"),
                            QStringLiteral("2024-01-05")});
        QCOMPARE(r.exitCode, 0);
        const QString path =
            QFileInfo(site).canonicalFilePath() + QStringLiteral("/_posts/2024-01-05-hello-world-unicode.md");
        QCOMPARE(r.out, path.toUtf8() + "\n");
        QCOMPARE(readFile(path),
                 QByteArray("---\nlayout: single\ncomments: true\ntitle: \"Hello, World: Ünïcode!\"\n"
                            "date: 2024-01-05\n---\n\n"));
        // Never overwrites.
        r = postwright({QStringLiteral("new"), site, QStringLiteral("--title"),
                        QStringLiteral("Hello, World: Ünïcode!"), QStringLiteral("--date"),
                        QStringLiteral("2024-01-05")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("already exists"));
        // A draft, no config defaults: layout post.
        const QString bare = m_dir.filePath(QStringLiteral("bare"));
        QDir().mkpath(bare);
        r = postwright({QStringLiteral("new"), bare, QStringLiteral("--title"), QStringLiteral("Draft one"),
                        QStringLiteral("--draft")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.trimmed().endsWith("/_drafts/draft-one.md"));
        QCOMPARE(readFile(QString::fromUtf8(r.out.trimmed())),
                 QByteArray("---\nlayout: post\ntitle: Draft one\n---\n\n"));
    }

    void publishPrintsTheNewPath() {
        const QString site = QFileInfo(m_dir.path()).canonicalFilePath() + QStringLiteral("/pub");
        const QString draft = site + QStringLiteral("/_drafts/choosing-a-mooc.md");
        writeFile(draft, kJasper);
        Run r = postwright(
            {QStringLiteral("publish"), draft, QStringLiteral("--date"), QStringLiteral("2024-01-05")});
        QCOMPARE(r.exitCode, 0);
        const QString published = site + QStringLiteral("/_posts/2024-01-05-choosing-a-mooc.md");
        QCOMPARE(r.out, published.toUtf8() + "\n");
        QByteArray expected = kJasper;
        expected.replace("date: 2018-09-21 10:00:00", "date: 2024-01-05 10:00:00");
        QCOMPARE(readFile(published), expected);
        QVERIFY(!QFileInfo::exists(draft));
        // Without --date: today, and the file name and the date field agree.
        r = postwright({QStringLiteral("unpublish"), published});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, draft.toUtf8() + "\n");
        QCOMPARE(readFile(draft), expected);
        r = postwright({QStringLiteral("publish"), draft});
        QCOMPARE(r.exitCode, 0);
        const QString today = QString::fromUtf8(r.out.trimmed());
        QVERIFY2(QFileInfo::exists(today), r.out.constData());
        const QString day = QFileInfo(today).fileName().left(10);
        QVERIFY(postwright({QStringLiteral("get"), today, QStringLiteral("date")})
                    .out.startsWith(day.toUtf8() + " "));
    }

    void publishExitCodes_data() {
        QTest::addColumn<QStringList>("args");  // %1 is the site folder
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad usage: no file")
            << QStringList{QStringLiteral("publish")} << 2 << "publish takes DRAFT [--date YYYY-MM-DD]";
        QTest::newRow("bad usage: bad date")
            << QStringList{QStringLiteral("publish"), QStringLiteral("%1/_drafts/a.md"),
                           QStringLiteral("--date"), QStringLiteral("tomorrow")}
            << 2 << "--date takes YYYY-MM-DD, not 'tomorrow'";
        QTest::newRow("unreadable: no such file")
            << QStringList{QStringLiteral("publish"), QStringLiteral("%1/_drafts/none.md")} << 2
            << "Could not open %1/_drafts/none.md";
        QTest::newRow("refused: not a draft")
            << QStringList{QStringLiteral("publish"), QStringLiteral("%1/post.md")} << 1
            << "%1/post.md is not a draft";
        QTest::newRow("refused: the post exists")
            << QStringList{QStringLiteral("publish"), QStringLiteral("%1/_drafts/a.md"),
                           QStringLiteral("--date"), QStringLiteral("2020-02-02")}
            << 1 << "%1/_posts/2020-02-02-a.md already exists; not overwriting it";
        QTest::newRow("refused: unpublish over a draft")
            << QStringList{QStringLiteral("unpublish"), QStringLiteral("%1/_posts/2020-02-02-a.md")} << 1
            << "%1/_drafts/a.md already exists; not overwriting it";
        QTest::newRow("bad usage: unpublish two files")
            << QStringList{QStringLiteral("unpublish"), QStringLiteral("a"), QStringLiteral("b")} << 2
            << "unpublish takes POST";
    }
    void publishExitCodes() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString site = QFileInfo(m_dir.path()).canonicalFilePath();
        writeFile(site + QStringLiteral("/_drafts/a.md"), kJasper);
        writeFile(site + QStringLiteral("/_posts/2020-02-02-a.md"), "taken\n");
        for (QString &arg : args)
            arg.replace(QStringLiteral("%1"), site);
        const Run r = postwright(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QString(message).replace(QStringLiteral("%1"), site).toUtf8()),
                 r.err.constData());
        QCOMPARE(readFile(site + QStringLiteral("/_drafts/a.md")), kJasper);
        QCOMPARE(readFile(site + QStringLiteral("/_posts/2020-02-02-a.md")), QByteArray("taken\n"));
    }

    void diskFull() {
        if (geteuid() != 0)
            QSKIP("needs root to mount a small tmpfs; run as root to test the disk-full message");
        QTemporaryDir mountPoint;
        const QString dir = mountPoint.path();
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=64k"), QStringLiteral("tmpfs"), dir});
        mount.waitForFinished();
        if (mount.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("could not mount a tmpfs: %1")
                                 .arg(QString::fromUtf8(mount.readAllStandardError()))));
        const QString path = dir + QStringLiteral("/post.md");
        writeFile(path, kJasper);
        // Fill the disk, then make a small edit: a write small enough to sit in QSaveFile's buffer must fail
        // too.
        QFile filler(dir + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        while (filler.write(QByteArray(4096, 'f')) > 0 && filler.flush()) {
        }
        filler.close();
        const Run r =
            postwright({QStringLiteral("set"), path, QStringLiteral("title"), QStringLiteral("Small edit")});
        const QByteArray after = readFile(path);
        QProcess::execute(QStringLiteral("umount"), {dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(("Could not save " + path + ": disk full").toUtf8()), r.err.constData());
        QCOMPARE(after, kJasper);  // the original is untouched
    }

    // `postwright trust` writes the settings file the window reads (both apply AppIdentity), and reads what
    // the window wrote. The executable is pointed (XDG_CONFIG_HOME) at this test's test-mode settings folder,
    // so nothing touches the writer's own settings.
    void trustIsSharedWithTheWindow() {
        QStandardPaths::setTestModeEnabled(true);
        AppIdentity::apply();  // the names the window uses
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QVERIFY2(config.contains(QLatin1String("/.qttest/")), qPrintable(config));
        QVERIFY(QSettings().fileName().startsWith(config + QLatin1Char('/')));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        const QString root = m_dir.filePath(QStringLiteral("trusted-site"));
        writeFile(root + QStringLiteral("/_config.yml"), "title: T\n");
        const QString site = QFileInfo(root).canonicalFilePath();
        SiteTrust::setTrusted(site, false);

        Run r = postwright({QStringLiteral("trust"), root}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Trusted: " + site.toUtf8() + "\n"));
        QVERIFY(SiteTrust::isTrusted(site));
        r = postwright({QStringLiteral("trust"), QStringLiteral("--revoke"), root}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!SiteTrust::isTrusted(site));

        SiteTrust::setTrusted(site, true);  // as the window's bar does
        QSettings().sync();
        r = postwright({QStringLiteral("trust"), QStringLiteral("--list")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.split('\n').contains(site.toUtf8()), r.out.constData());
        SiteTrust::setTrusted(site, false);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
