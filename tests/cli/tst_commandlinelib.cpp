// The command-line verbs in process, through postcli (which links postcore only): every verb's output, exit
// code and messages, captured from memory streams.

#include "commandline.h"
#include "memorystream.h"
#include "site/sitetrust.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
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
                                 "commit", "trust", "--version", "-v", "--help", "-h", "help"})
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
        for (const char *verb : {"render", "check", "get", "set", "unset", "new", "publish", "unpublish",
                                 "commit", "list", "tags", "trust"})
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

    // `check` warns about the Liquid the preview shows as written, at its line and column; what it runs (site
    // values, post_url to a post of the site, highlight) is not warned about.
    void checkWarnsAboutLiquidThePreviewCannotRun() {
        const QString site = path(QStringLiteral("liquidsite"));
        write(site + QStringLiteral("/_config.yml"), "title: Site\n");
        write(site + QStringLiteral("/_posts/2010-07-21-second.md"), "---\n---\nSecond\n");
        const QString post =
            write(site + QStringLiteral("/_posts/2011-01-01-first.md"),
                  "---\ntitle: First\n---\n{{ site.title }} [a]({% post_url 2010-07-21-second %})\n\n"
                  "{% highlight ruby %}\nx\n{% endhighlight %}\n\n"
                  "Text {% include note.html %} and [b]({% post_url 2099-01-01-gone %})\n");
        Run r = run({QStringLiteral("check"), post});
        QCOMPARE(r.exitCode, 0);  // warnings only
        QCOMPARE(r.out, (post +
                         QStringLiteral(":10:6: warning: Liquid the preview could not run: the `include` tag "
                                        "is run only by Jekyll\n") +
                         post +
                         QStringLiteral(":10:38: warning: Liquid the preview could not run: no post "
                                        "`2099-01-01-gone` in the site\n"))
                            .toUtf8());
        // render runs the same Liquid, as Jekyll publishes it.
        r = run({QStringLiteral("render"), post});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(
                     "<p>Site <a href=\"/2010/07/21/second.html\">a</a></p>\n<figure class=\"highlight\">"),
                 r.out.constData());
    }

    // `check` warns about the kramdown syntax the preview does not render as Jekyll will, in a kramdown site
    // only: a site on CommonMark has no such syntax.
    void checkWarnsAboutKramdownThePreviewDoesNotRender() {
        const QByteArray body =
            "---\ntitle: K\n---\n{::options auto_ids=\"false\" /}\n\n- item\n"
            "  <div markdown=\"1\">*x*</div>\n";
        const QString site = path(QStringLiteral("kramdownsite"));
        write(site + QStringLiteral("/_config.yml"), "title: Site\n");
        const QString post = write(site + QStringLiteral("/_posts/2011-01-01-k.md"), body);
        Run r = run({QStringLiteral("check"), post});
        QCOMPARE(r.exitCode, 0);  // warnings only
        QCOMPARE(r.out,
                 (post +
                  QStringLiteral(":4:1: warning: kramdown syntax the preview does not render as Jekyll: "
                                 "the options it sets are not applied by the preview (Jekyll applies "
                                 "them)\n") +
                  post +
                  QStringLiteral(":7:8: warning: kramdown syntax the preview does not render as Jekyll: "
                                 "markdown=\"1\" is read on top-level elements only, not inside a list or "
                                 "a quote\n"))
                     .toUtf8());
        const QString commonMark = path(QStringLiteral("commonmarksite"));
        write(commonMark + QStringLiteral("/_config.yml"), "markdown: CommonMarkGhPages\n");
        const QString other = write(commonMark + QStringLiteral("/_posts/2011-01-01-k.md"), body);
        r = run({QStringLiteral("check"), other});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
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

    // A small site for list and tags: posts, a draft, a future post, an unpublished one.
    static QString makeSite(const QTemporaryDir &dir) {
        const QString root = QFileInfo(dir.path()).canonicalFilePath();
        write(root + "/_config.yml", "timezone: UTC\n");
        write(root + "/_posts/2018-09-21-mooc.md", kPost);
        write(root + "/_posts/2019-01-02-second.md",
              "---\ntitle: Second\ntags: [courses] # keep\ncategories: notes\n---\n");
        write(root + "/_posts/2999-01-01-later.md", "---\ntitle: Later\ntags: [courses]\n---\n");
        write(root + "/_posts/2019-05-05-hidden.md",
              "---\ntitle: Hidden\npublished: false\ntags: [courses]\n---\n");
        write(root + "/_drafts/idea.md", "---\ntitle: Idea\ntags: [courses, ideas]\n---\n");
        return root;
    }

    void listSite() {
        QTemporaryDir dir;
        const QString root = makeSite(dir);
        Run r = run({"list", root});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.front().startsWith(
            "2999-01-01\tscheduled\tLater\t_posts/2999-01-01-later.md\t/2999/01/01/later.html"));
        QVERIFY(r.out.contains(
            "2019-01-02\tpublished\tSecond\t_posts/2019-01-02-second.md\t/notes/2019/01/02/second.html"));
        QVERIFY(r.out.contains("\tunpublished\tHidden\t"));
        QVERIFY(r.out.contains("\tdraft\tIdea\t_drafts/idea.md\t"));

        r = run({"list", root, "--json", "--filter", "tag:\"Deep Learning\""});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray posts = QJsonDocument::fromJson(r.out).object().value("posts").toArray();
        QCOMPARE(posts.size(), 1);
        const QJsonObject mooc = posts.first().toObject();
        QCOMPARE(mooc.value("path").toString(), QString("_posts/2018-09-21-mooc.md"));
        QCOMPARE(mooc.value("url").toString(), QString("/2018/09/21/mooc.html"));
        QCOMPARE(mooc.value("date").toString(), QString("2018-09-21T10:00:00+00:00"));
        QCOMPARE(mooc.value("title").toString(), QString("Choosing a MOOC"));
        QCOMPARE(mooc.value("tags").toArray(), (QJsonArray{"Deep Learning", "courses"}));
        QCOMPARE(mooc.value("draft").toBool(), false);
        QCOMPARE(mooc.value("published").toBool(), true);
        QCOMPARE(mooc.value("future").toBool(), false);

        r = run({"list", root, "--filter", "status:draft"});
        QCOMPARE(r.out.trimmed().split('\n').size(), 1);
        QCOMPARE(run({"list", root, "--filter", "status:maybe"}).exitCode, 2);
        QCOMPARE(run({"list", root + "/missing"}).exitCode, 2);
        QCOMPARE(run({"list"}).exitCode, 2);
    }

    // kind: terms choose among every document of the site; without one, `list` lists posts and drafts.
    void listKinds_data() {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("no kind: posts and drafts only")
            << "" << QStringList{"_posts/2019-01-02-second.md", "_drafts/idea.md"};
        QTest::newRow("kind:page lists the pages") << "kind:page" << QStringList{"about.md"};
        QTest::newRow("a collection's label lists its documents")
            << "kind:recipes" << QStringList{"_recipes/soup.md"};
        QTest::newRow("kinds are alternatives")
            << "kind:page kind:draft" << QStringList{"_drafts/idea.md", "about.md"};
        QTest::newRow("a negated kind lists every other document")
            << "-kind:post" << QStringList{"_drafts/idea.md", "_recipes/soup.md", "about.md"};
    }
    void listKinds() {
        QFETCH(QString, filter);
        QFETCH(QStringList, paths);
        QTemporaryDir dir;
        const QString root = QFileInfo(dir.path()).canonicalFilePath();
        write(root + "/_config.yml", "timezone: UTC\ncollections:\n  recipes:\n    output: true\n");
        write(root + "/_posts/2019-01-02-second.md", "---\ntitle: Second\n---\n");
        write(root + "/_drafts/idea.md", "---\ntitle: Idea\n---\n");
        write(root + "/about.md", "---\ntitle: About\n---\n");
        write(root + "/_recipes/soup.md", "---\ntitle: Soup\n---\n");
        QStringList args{"list", root, "--json"};
        if (!filter.isEmpty())
            args << "--filter" << filter;
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        QStringList listed;
        for (const QJsonValue &post : QJsonDocument::fromJson(r.out).object().value("posts").toArray())
            listed << post.toObject().value("path").toString();
        listed.sort();
        paths.sort();
        QCOMPARE(listed, paths);
    }

    void listJsonNamesKindAndCollection() {
        QTemporaryDir dir;
        const QString root = QFileInfo(dir.path()).canonicalFilePath();
        write(root + "/_config.yml", "collections:\n  recipes:\n    output: true\n");
        write(root + "/_posts/2019-01-02-second.md", "---\ntitle: Second\n---\n");
        write(root + "/_drafts/idea.md", "---\ntitle: Idea\n---\n");
        write(root + "/about.md", "---\ntitle: About\n---\n");
        write(root + "/_recipes/soup.md", "---\ntitle: Soup\n---\n");
        const Run r = run({"list", root, "--json", "--filter", "-kind:nothing-else"});
        QCOMPARE(r.exitCode, 2);  // not a kind of this site
        QVERIFY2(r.err.contains("recipes"), r.err.constData());
        const Run all =
            run({"list", root, "--json", "--filter", "kind:post kind:draft kind:page kind:recipes"});
        QCOMPARE(all.exitCode, 0);
        QHash<QString, QPair<QString, QJsonValue>> byPath;
        for (const QJsonValue &v : QJsonDocument::fromJson(all.out).object().value("posts").toArray()) {
            const QJsonObject o = v.toObject();
            byPath.insert(o.value("path").toString(), {o.value("kind").toString(), o.value("collection")});
        }
        QCOMPARE(byPath.value("_posts/2019-01-02-second.md"), (QPair<QString, QJsonValue>{"post", "posts"}));
        QCOMPARE(byPath.value("_drafts/idea.md"), (QPair<QString, QJsonValue>{"draft", "posts"}));
        QCOMPARE(byPath.value("about.md"), (QPair<QString, QJsonValue>{"page", QJsonValue()}));
        QCOMPARE(byPath.value("_recipes/soup.md"), (QPair<QString, QJsonValue>{"document", "recipes"}));
    }

    void tagCounts() {
        QTemporaryDir dir;
        const QString root = makeSite(dir);
        const Run r = run({"tags", root, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        // As site.tags: only the posts Jekyll builds (not the draft, the future or the unpublished post).
        QCOMPARE(o.value("tags").toObject(), (QJsonObject{{"courses", 2}, {"Deep Learning", 1}}));
        QCOMPARE(o.value("categories").toObject(), (QJsonObject{{"notes", 1}}));
        QCOMPARE(run({"tags", root}).out,
                 QByteArray("tags:\n2\tcourses\n1\tDeep Learning\ncategories:\n1\tnotes\n"));
    }

    void tagRename() {
        QTemporaryDir dir;
        const QString root = makeSite(dir);
        const QString second = root + "/_posts/2019-01-02-second.md";
        const QByteArray before = read(second);
        Run r = run({"tags", root, "--rename", "courses", "classes", "--dry-run"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("-tags: [courses] # keep\n+tags: [classes] # keep\n"));
        QCOMPARE(read(second), before);  // a dry run writes nothing

        r = run({"tags", root, "--rename", "courses", "classes"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed().split('\n').size(), 5);  // every post and the draft held it
        QCOMPARE(read(second),
                 QByteArray("---\ntitle: Second\ntags: [classes] # keep\ncategories: notes\n---\n"));
        QCOMPARE(read(root + "/_posts/2018-09-21-mooc.md"), QByteArray(kPost).replace("courses", "classes"));

        r = run({"tags", root, "--rename", "notes", "journal", "--category"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(read(second).contains("categories: journal\n"));

        // A tag given by _config.yml defaults cannot be renamed in the posts: said per file, exit 1.
        write(root + "/_config.yml",
              "defaults:\n  - scope: {type: posts}\n    values: {tags: [site-wide]}\n");
        write(root + "/_posts/2020-01-01-bare.md", "---\ntitle: Bare\n---\n");
        r = run({"tags", root, "--rename", "site-wide", "global"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("2020-01-01-bare.md"));
        QVERIFY(r.err.contains("_config.yml"));
        QCOMPARE(run({"tags", root, "--rename", "only-one"}).exitCode, 2);
    }

    // `trust SITE` stores the choice SiteTrust reads (the window reads it through AppSettings) and says what
    // will run; a folder inside a site trusts its root; `--revoke` and `--list` undo and show it.
    void trustRevokeAndList() {
        QSettings().remove(SiteTrust::settingsKey());
        const QString root = path(QStringLiteral("trust/site"));
        write(root + "/_config.yml", "title: Trusted\n");
        write(root + "/_plugins/a.rb", "");
        write(root + "/_plugins/tags/b.rb", "");
        write(root + "/Gemfile", "source 'https://rubygems.org'\n");
        const QString site = QFileInfo(root).canonicalFilePath();
        const QByteArray what =
            "When Postwright previews its posts, the site's own code runs (Jekyll without safe mode):\n"
            "  - it has plugins in _plugins/ (2 files): Jekyll loads them\n"
            "  - it has a Gemfile: Bundler runs it to load the site's gems\n"
            "Stop with: postwright trust --revoke " +
            site.toUtf8() + "\n";

        Run r = run({"trust", root + "/_plugins/tags"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, "Trusted: " + site.toUtf8() + "\n" + what);
        QVERIFY(r.err.isEmpty());
        QVERIFY(SiteTrust::isTrusted(site));
        QCOMPARE(QSettings().value(SiteTrust::settingsKey()).toStringList(), QStringList{site});

        r = run({"trust", root + "/"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, "Already trusted: " + site.toUtf8() + "\n" + what);
        r = run({"trust", "--list"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, site.toUtf8() + "\n");

        r = run({"trust", "--revoke", root + "/_plugins/.."});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, "No longer trusted: " + site.toUtf8() +
                            "\nPostwright previews it in Jekyll's safe mode: no _plugins/, no Gemfile.\n");
        QVERIFY(!SiteTrust::isTrusted(site));
        QCOMPARE(run({"trust", "--list"}).out, QByteArray());
        r = run({"trust", "--revoke", root});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, "Not trusted: " + site.toUtf8() + " (nothing changed)\n");
    }

    void trustASiteWithNothingToRunYet() {
        QSettings().remove(SiteTrust::settingsKey());
        const QString root = path(QStringLiteral("trust/plain"));
        write(root + "/_posts/2020-01-01-a.md", "---\ntitle: A\n---\n");
        const Run r = run({"trust", root});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\n  - it has no plugins and no Gemfile now; any it gains later will run\n"),
                 r.out.constData());
        QVERIFY(SiteTrust::isTrusted(root));
    }

    // A trusted site whose folder is gone can still be revoked, so `--list` can be cleaned up.
    void revokeASiteThatIsGone() {
        QSettings().remove(SiteTrust::settingsKey());
        const QString root = path(QStringLiteral("trust/gone"));
        write(root + "/_config.yml", "title: Gone\n");
        const QString site = QFileInfo(root).canonicalFilePath();
        QCOMPARE(run({"trust", root}).exitCode, 0);
        QVERIFY(QDir(root).removeRecursively());
        const Run r = run({"trust", "--revoke", site});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("No longer trusted: " + site.toUtf8() + "\n"));
        QVERIFY(SiteTrust::trustedSites().isEmpty());
    }

    void trustRefusals_data() {
        QTest::addColumn<QStringList>("args");  // %1: the test's folder
        QTest::addColumn<QString>("error");     // the first line on stderr
        const QString usage = QStringLiteral("postwright: trust takes SITE, --revoke SITE or --list");
        QTest::newRow("no site") << QStringList{"trust"} << usage;
        QTest::newRow("two sites") << QStringList{"trust", "%1/refuse/site", "%1/refuse/site"} << usage;
        QTest::newRow("--list takes no site") << QStringList{"trust", "--list", "%1/refuse/site"} << usage;
        QTest::newRow("--revoke takes a site") << QStringList{"trust", "--revoke"} << usage;
        QTest::newRow("--revoke takes a site, not an option")
            << QStringList{"trust", "--revoke", "--list"} << usage;
        QTest::newRow("unknown option")
            << QStringList{"trust", "--all"} << QStringLiteral("postwright: trust: unknown option '--all'");
        QTest::newRow("a folder that does not exist") << QStringList{"trust", "%1/refuse/nowhere"}
                                                      << QStringLiteral("%1/refuse/nowhere: no such folder");
        QTest::newRow("revoking a folder that does not exist and was never trusted")
            << QStringList{"trust", "--revoke", "%1/refuse/nowhere"}
            << QStringLiteral("%1/refuse/nowhere: no such folder");
        QTest::newRow("a file") << QStringList{"trust", "%1/refuse/site/_config.yml"}
                                << QStringLiteral("%1/refuse/site/_config.yml: not a folder");
        QTest::newRow("a folder in no site")
            << QStringList{"trust", "%1/refuse/plain"}
            << QStringLiteral(
                   "%1/refuse/plain: not in a Jekyll site (no _config.yml or _posts/ here or above)");
    }
    void trustRefusals() {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        QSettings().remove(SiteTrust::settingsKey());
        write(path(QStringLiteral("refuse/site/_config.yml")), "title: Site\n");
        write(path(QStringLiteral("refuse/plain/notes.txt")), "not a site\n");
        for (QString &arg : args)
            arg.replace(QLatin1String("%1"), m_dir.path());
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QString::fromUtf8(r.err).section(QLatin1Char('\n'), 0, 0),
                 error.replace(QLatin1String("%1"), m_dir.path()));
        QVERIFY(SiteTrust::trustedSites().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLineLib)
#include "tst_commandlinelib.moc"
