// Where a post's new image lands in its site, what it is called and how it is linked, learnt from the images
// the site's posts already use; and the writer that never overwrites.

#include <QtTest>

#include "site/imagefilewriter.h"
#include "site/imageplacement.h"

namespace {

void writeFile(const QString &path, const QByteArray &bytes) {
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("MISSING");
}

}  // namespace

class TestImagePlacement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void learn_data() {
        QTest::addColumn<QString>("baseurl");
        QTest::addColumn<QStringList>("posts");   // bodies of _posts/2020-01-0N-post-N.md, newest last
        QTest::addColumn<QStringList>("images");  // files that exist in the site
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("url");  // of "img/new.png"

        const QString root = QStringLiteral("/img/new.png");
        QTest::newRow("no images: assets/images, root-relative")
            << QString() << QStringList{QStringLiteral("Just text.\n")} << QStringList() << "assets/images"
            << root;
        QTest::newRow("no images, site with a baseurl: relative_url keeps the baseurl")
            << "/blog" << QStringList{QStringLiteral("Text.\n")} << QStringList() << "assets/images"
            << "{{ '/img/new.png' | relative_url }}";
        QTest::newRow("root-relative Markdown image")
            << QString() << QStringList{QStringLiteral("![a](/static/pics/a.png)\n")}
            << QStringList{QStringLiteral("static/pics/a.png")} << "static/pics" << root;
        QTest::newRow("site.baseurl tag")
            << "/blog" << QStringList{QStringLiteral("![a]({{ site.baseurl }}/assets/img/a.png)\n")}
            << QStringList{QStringLiteral("assets/img/a.png")} << "assets/img"
            << "{{ site.baseurl }}/img/new.png";
        QTest::newRow("relative_url filter keeps its double quotes")
            << "/blog" << QStringList{QStringLiteral("![a]({{ \"/assets/a.jpg\" | relative_url }})\n")}
            << QStringList{QStringLiteral("assets/a.jpg")} << "assets"
            << "{{ \"/img/new.png\" | relative_url }}";
        QTest::newRow("baseurl written out")
            << "/blog" << QStringList{QStringLiteral("![a](/blog/assets/shots/a.png)\n")}
            << QStringList{QStringLiteral("assets/shots/a.png")} << "assets/shots"
            << "/blog/img/new.png";
        QTest::newRow("front matter image field")
            << QString()
            << QStringList{QStringLiteral("---\ntitle: T\nimage: /uploads/cover.JPG\n---\nText\n")}
            << QStringList{QStringLiteral("uploads/cover.JPG")} << "uploads" << root;
        QTest::newRow("HTML img src")
            << QString() << QStringList{QStringLiteral("<img src=\"/media/a.gif\" alt=\"x\">\n")}
            << QStringList{QStringLiteral("media/a.gif")} << "media" << root;
        QTest::newRow("the folder used most wins")
            << QString()
            << QStringList{QStringLiteral("![a](/one/a.png)\n"),
                           QStringLiteral("![b](/two/b.png) ![c](/two/c.png)\n")}
            << QStringList{QStringLiteral("one/a.png"), QStringLiteral("two/b.png"),
                           QStringLiteral("two/c.png")}
            << "two" << root;
        QTest::newRow("the style used most wins")
            << "/blog"
            << QStringList{QStringLiteral("![a](/blog/p/a.png)\n"),
                           QStringLiteral(
                               "![b]({{ site.baseurl }}/p/b.png)\n![c]({{ site.baseurl }}/p/c.png)\n")}
            << QStringList{QStringLiteral("p/a.png"), QStringLiteral("p/b.png"), QStringLiteral("p/c.png")}
            << "p"
            << "{{ site.baseurl }}/img/new.png";
        QTest::newRow("a reference to a missing file does not count")
            << QString() << QStringList{QStringLiteral("![a](/gone/a.png)\n")} << QStringList()
            << "assets/images" << root;
        QTest::newRow("an external image does not count")
            << QString()
            << QStringList{QStringLiteral(
                   "![a](https://example.com/ext/a.png) ![b](//cdn.example/ext/b.png)\n")}
            << QStringList{QStringLiteral("ext/a.png"), QStringLiteral("ext/b.png")} << "assets/images"
            << root;
        QTest::newRow("a folder Jekyll does not publish does not count")
            << QString() << QStringList{QStringLiteral("![a](/_site/assets/a.png)\n")}
            << QStringList{QStringLiteral("_site/assets/a.png")} << "assets/images" << root;
        QTest::newRow("a path climbing out of the site does not count")
            << QString() << QStringList{QStringLiteral("![a](/../outside/a.png)\n")} << QStringList()
            << "assets/images" << root;
        QTest::newRow("a relative target teaches the folder, not the style")
            << "/blog" << QStringList{QStringLiteral("![a](assets/rel/a.png)\n")}
            << QStringList{QStringLiteral("assets/rel/a.png")} << "assets/rel"
            << "{{ '/img/new.png' | relative_url }}";
        QTest::newRow("a target relative to the post file")
            << QString() << QStringList{QStringLiteral("![a](../assets/p/a.png)\n")}
            << QStringList{QStringLiteral("assets/p/a.png")} << "assets/p" << root;
        QTest::newRow("a percent-encoded name resolves")
            << QString() << QStringList{QStringLiteral("![a](/pics/my%20shot.png)\n")}
            << QStringList{QStringLiteral("pics/my shot.png")} << "pics" << root;
    }

    void learn() {
        QFETCH(QString, baseurl);
        QFETCH(QStringList, posts);
        QFETCH(QStringList, images);
        QTemporaryDir site;
        QVERIFY(site.isValid());
        writeFile(site.filePath(QStringLiteral("_config.yml")),
                  baseurl.isEmpty() ? QByteArray("title: T\n") : "baseurl: " + baseurl.toUtf8() + "\n");
        for (int i = 0; i < posts.size(); ++i)
            writeFile(site.filePath(QStringLiteral("_posts/2020-01-0%1-post-%1.md").arg(i + 1)),
                      posts.at(i).toUtf8());
        for (const QString &image : images)
            writeFile(site.filePath(image), "img");

        const ImagePlacement placement = ImagePlacement::forSite(site.path());
        QTEST(placement.folder(), "folder");
        QTEST(placement.url(QStringLiteral("img/new.png")), "url");
    }

    void folderOfItsOwn_data() {
        QTest::addColumn<QStringList>("images");  // of post-1 and post-2 (their own folders use %1)
        QTest::addColumn<QString>("folder");      // for 2021-05-05-new-one.md
        QTest::newRow("folders named after the slug")
            << QStringList{QStringLiteral("assets/img/post-%1/a.png")} << "assets/img/new-one";
        QTest::newRow("folders named after the file")
            << QStringList{QStringLiteral("images/2020-01-0%1-post-%1/a.png")} << "images/2021-05-05-new-one";
        QTest::newRow("a shared folder used more wins")
            << QStringList{QStringLiteral("assets/img/post-%1/a.png"), QStringLiteral("shared/b%1.png"),
                           QStringLiteral("shared/c%1.png")}
            << "shared";
    }

    void folderOfItsOwn() {
        QFETCH(QStringList, images);
        QTemporaryDir site;
        for (int post = 1; post <= 2; ++post) {
            QByteArray body;
            for (const QString &image : images) {
                const QString relative = image.arg(post);
                writeFile(site.filePath(relative), "img");
                body += "![x](/" + relative.toUtf8() + ")\n";
            }
            writeFile(site.filePath(QStringLiteral("_posts/2020-01-0%1-post-%1.md").arg(post)), body);
        }
        const QString post = site.filePath(QStringLiteral("_posts/2021-05-05-new-one.md"));
        QTEST(ImagePlacement::forSite(site.path(), post).folder(), "folder");
    }

    void urlEscapesWhatBreaksAMarkdownTarget() {
        const ImagePlacement placement(QStringLiteral("/site"), QString(), QStringLiteral("a"),
                                       ImagePlacement::UrlStyle::RootRelative);
        QCOMPARE(placement.url(QStringLiteral("a/my shot (1).png")),
                 QStringLiteral("/a/my%20shot%20%281%29.png"));
        QCOMPARE(placement.markdownImage(QStringLiteral("a [b]"), QStringLiteral("a/x.png")),
                 QStringLiteral("![a \\[b\\]](/a/x.png)"));
    }

    void baseName_data() {
        QTest::addColumn<QString>("postPath");
        QTest::addColumn<QString>("base");
        QTest::newRow("dated post: its slug") << "/s/_posts/2020-01-02-my-post.md"
                                              << "my-post";
        QTest::newRow("draft with capitals and spaces") << "/s/_drafts/My Draft.md"
                                                        << "my-draft";
        QTest::newRow("dots in the slug") << "/s/_posts/2020-01-02-v1.2-notes.markdown"
                                          << "v1-2-notes";
        QTest::newRow("no file yet") << QString() << "image";
    }

    void baseName() {
        QFETCH(QString, postPath);
        QTEST(ImagePlacement::baseName(postPath), "base");
    }

    void relativeInSite_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("inside");
        QTest::addColumn<QString>("relative");
        QTest::newRow("a published file of the site") << "assets/a.png" << true << "assets/a.png";
        QTest::newRow("a file in a folder Jekyll skips") << "_drafts/a.png" << true << QString();
        QTest::newRow("a file outside the site") << "a.png" << false << QString();
    }

    void relativeInSite() {
        QFETCH(QString, file);
        QFETCH(bool, inside);
        QTemporaryDir top;
        const QString root = top.filePath(QStringLiteral("site"));
        const QString path = inside ? QDir(root).filePath(file) : top.filePath(file);
        writeFile(path, "img");
        QVERIFY(QDir().mkpath(root));
        const ImagePlacement placement(root, QString(), QStringLiteral("assets/images"),
                                       ImagePlacement::UrlStyle::RootRelative);
        QTEST(placement.relativeInSite(path), "relative");
    }

    void writeNewNeverOverwrites() {
        QTemporaryDir site;
        const ImagePlacement placement(site.path(), QString(), QStringLiteral("assets/images"),
                                       ImagePlacement::UrlStyle::RootRelative);
        const QString taken = site.filePath(QStringLiteral("assets/images/my-post-1.png"));
        writeFile(taken, "old");
        const Result<QString> first =
            ImageFileWriter::writeNew(placement, QStringLiteral("my-post"), QStringLiteral("png"), "new one");
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first.value(), site.filePath(QStringLiteral("assets/images/my-post-2.png")));
        QCOMPARE(placement.pathInFolder(QFileInfo(first.value()).fileName()),
                 QStringLiteral("assets/images/my-post-2.png"));
        QCOMPARE(readFile(first.value()), QByteArray("new one"));
        QCOMPARE(readFile(taken), QByteArray("old"));
        const Result<QString> second =
            ImageFileWriter::writeNew(placement, QStringLiteral("my-post"), QStringLiteral(".png"), "two");
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second.value(), site.filePath(QStringLiteral("assets/images/my-post-3.png")));
    }

    void numbersCountUpWhateverTheExtension() {
        QTemporaryDir site;
        const ImagePlacement placement(site.path(), QString(), QStringLiteral("assets/images"),
                                       ImagePlacement::UrlStyle::RootRelative);
        writeFile(site.filePath(QStringLiteral("assets/images/my-post-1.jpg")), "photo");
        writeFile(site.filePath(QStringLiteral("assets/images/my-post-3.gif")), "anim");
        writeFile(site.filePath(QStringLiteral("assets/images/my-post-x-2.png")), "another post's");
        QCOMPARE(placement.freeName(QStringLiteral("my-post"), QStringLiteral("PNG")),
                 site.filePath(QStringLiteral("assets/images/my-post-2.png")));
    }

    void writeNewCreatesTheFolder() {
        QTemporaryDir site;
        const ImagePlacement placement(site.path(), QString(), QStringLiteral("deep/new/folder"),
                                       ImagePlacement::UrlStyle::RootRelative);
        const Result<QString> written =
            ImageFileWriter::writeNew(placement, QStringLiteral("p"), QStringLiteral("png"), "x");
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written.value(), site.filePath(QStringLiteral("deep/new/folder/p-1.png")));
    }

    void writeNewFailsNamingTheFolder() {
        QTemporaryDir site;
        writeFile(site.filePath(QStringLiteral("assets/images")), "a file where the folder should be");
        const ImagePlacement placement(site.path(), QString(), QStringLiteral("assets/images"),
                                       ImagePlacement::UrlStyle::RootRelative);
        const Result<QString> written =
            ImageFileWriter::writeNew(placement, QStringLiteral("p"), QStringLiteral("png"), "x");
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(
                     QDir::toNativeSeparators(site.filePath(QStringLiteral("assets/images")))),
                 qPrintable(written.error()));
        QCOMPARE(readFile(site.filePath(QStringLiteral("assets/images"))),
                 QByteArray("a file where the folder should be"));
    }

    void copyNewKeepsTheBytesAndExtension() {
        QTemporaryDir site;
        QTemporaryDir outside;
        const QString source = outside.filePath(QStringLiteral("Holiday Photo.JPG"));
        writeFile(source, QByteArray("\xff\xd8 jpeg bytes", 13));
        const ImagePlacement placement(site.path(), QString(), QStringLiteral("assets/images"),
                                       ImagePlacement::UrlStyle::RootRelative);
        const Result<QString> copied = ImageFileWriter::copyNew(placement, QStringLiteral("trip"), source);
        QVERIFY2(copied.ok(), qPrintable(copied.error()));
        QCOMPARE(copied.value(), site.filePath(QStringLiteral("assets/images/trip-1.jpg")));
        QCOMPARE(readFile(copied.value()), readFile(source));
    }

    void copyNewOfAMissingFileSaysWhich() {
        QTemporaryDir site;
        const ImagePlacement placement(site.path(), QString(), QStringLiteral("assets/images"),
                                       ImagePlacement::UrlStyle::RootRelative);
        const QString source = site.filePath(QStringLiteral("nope.png"));
        const Result<QString> copied = ImageFileWriter::copyNew(placement, QStringLiteral("p"), source);
        QVERIFY(!copied.ok());
        QVERIFY2(copied.error().contains(QDir::toNativeSeparators(source)), qPrintable(copied.error()));
        QVERIFY(!QFileInfo::exists(site.filePath(QStringLiteral("assets/images/p-1.png"))));
    }

    void folderInSite_data() {
        QTest::addColumn<QString>("folder");  // relative to the temporary dir; the site is its "site" folder
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("problem");  // a word of the message when refused
        QTest::newRow("a folder inside the site") << "site/media/pics"
                                                  << "media/pics" << QString();
        QTest::newRow("the site root itself") << "site"
                                              << "" << QString();
        QTest::newRow("outside the site") << "elsewhere" << QString() << "outside";
        QTest::newRow("a sibling whose name starts like the site") << "site-other" << QString() << "outside";
        QTest::newRow("a folder Jekyll does not publish") << "site/_drafts" << QString() << "publish";
        QTest::newRow("a hidden folder") << "site/.cache/img" << QString() << "publish";
        QTest::newRow("a folder that does not exist") << "site/nowhere" << QString() << "exist";
    }

    void folderInSite() {
        QFETCH(QString, folder);
        QFETCH(QString, relative);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        for (const char *made :
             {"site/media/pics", "elsewhere", "site-other", "site/_drafts", "site/.cache/img"})
            QVERIFY(QDir().mkpath(dir.filePath(QString::fromLatin1(made))));
        const Result<QString> found =
            ImagePlacement::folderInSite(dir.filePath(QStringLiteral("site")), dir.filePath(folder));
        if (problem.isEmpty()) {
            QVERIFY2(found.ok(), qPrintable(found.error()));
            QCOMPARE(found.value(), relative);
        } else {
            QVERIFY(!found.ok());
            QVERIFY2(found.error().contains(problem), qPrintable(found.error()));
            QVERIFY2(found.error().contains(QDir::toNativeSeparators(dir.filePath(folder))),
                     qPrintable(found.error()));
        }
    }

    void withFolderSendsNewImagesThereAndKeepsTheStyle() {
        const ImagePlacement learnt(QStringLiteral("/site"), QStringLiteral("/blog"),
                                    QStringLiteral("assets/images"), ImagePlacement::UrlStyle::BaseurlTag);
        const ImagePlacement chosen = learnt.withFolder(QStringLiteral("media"));
        QCOMPARE(chosen.absoluteFolder(), QStringLiteral("/site/media"));
        QCOMPARE(chosen.url(chosen.pathInFolder(QStringLiteral("a.png"))),
                 QStringLiteral("{{ site.baseurl }}/media/a.png"));
    }
};

QTEST_GUILESS_MAIN(TestImagePlacement)
#include "tst_imageplacement.moc"
