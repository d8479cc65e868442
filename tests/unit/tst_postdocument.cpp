// PostDocument: the post a window edits. Loading and saving keep the bytes, the modified flag follows the
// text, and each change is reported once.

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "post/postdocument.h"

namespace {

const QByteArray kPost = "---\ntitle: Old # keep me\ntags: [a, b]\n---\nBody\n";

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

}  // namespace

class TestPostDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void saveWithoutEditIsByteIdentical_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("plain post") << kPost;
        QTest::newRow("crlf line endings") << QByteArray("---\r\ntitle: A\r\n---\r\nBody\r\n");
        QTest::newRow("bom and comments") << QByteArray("\xEF\xBB\xBF---\n# note\ntitle: 'A'\n---\nBody");
        QTest::newRow("no front matter") << QByteArray("Only a body\n\n");
        QTest::newRow("toml front matter") << QByteArray("+++\ntitle = \"A\"\n+++\nBody\n");
        QTest::newRow("invalid yaml") << QByteArray("---\ntags: [a\n---\nBody\n");
        QTest::newRow("empty file") << QByteArray();
    }
    void saveWithoutEditIsByteIdentical() {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeFile(path, bytes));
        PostDocument doc;
        QVERIFY(doc.load(path).ok());
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.savedText(), bytes);
        QVERIFY(doc.save().ok());
        QCOMPARE(readFile(path), bytes);
        const QString copy = dir.filePath(QStringLiteral("copy.md"));
        QVERIFY(doc.saveAs(copy).ok());
        QCOMPARE(readFile(copy), bytes);
    }

    void loadEmitsLoadedAndSetsPath() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeFile(path, kPost));
        PostDocument doc;
        QSignalSpy loaded(&doc, &PostDocument::loaded);
        QSignalSpy pathChanged(&doc, &PostDocument::pathChanged);
        QSignalSpy modified(&doc, &PostDocument::modifiedChanged);
        QVERIFY(doc.load(path).ok());
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(pathChanged.count(), 1);
        QCOMPARE(pathChanged.at(0).at(0).toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(modified.count(), 0);
        QCOMPARE(doc.post().text(), kPost);
    }

    void loadFailureNamesTheFileAndKeepsTheDocument_data() {
        QTest::addColumn<QByteArray>("bytes");  // empty: the file does not exist
        QTest::newRow("missing file") << QByteArray();
        QTest::newRow("invalid utf-8") << QByteArray("---\ntitle: \xC3\x28\n---\n");
    }
    void loadFailureNamesTheFileAndKeepsTheDocument() {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.md"));
        QVERIFY(writeFile(good, kPost));
        const QString bad = dir.filePath(QStringLiteral("bad.md"));
        if (!bytes.isEmpty())
            QVERIFY(writeFile(bad, bytes));
        PostDocument doc;
        QVERIFY(doc.load(good).ok());
        QSignalSpy loaded(&doc, &PostDocument::loaded);
        const Status status = doc.load(bad);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(bad), qPrintable(status.error()));
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(doc.post().text(), kPost);
        QCOMPARE(doc.path(), QFileInfo(good).absoluteFilePath());
    }

    void editsSetModifiedAndEmitOncePerChange() {
        PostDocument doc;
        doc.reset(Post::fromText(kPost), QStringLiteral("/nonexistent/post.md"));
        QVERIFY(!doc.isModified());
        QSignalSpy frontMatter(&doc, &PostDocument::frontMatterChanged);
        QSignalSpy modified(&doc, &PostDocument::modifiedChanged);
        QSignalSpy body(&doc, &PostDocument::bodyChanged);

        QVERIFY(doc.setScalar(QStringLiteral("title"), QStringLiteral("New")).ok());
        QCOMPARE(frontMatter.count(), 1);
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.at(0).at(0).toBool(), true);
        QVERIFY(doc.isModified());

        QVERIFY(doc.setList(QStringLiteral("tags"), {QStringLiteral("a")}).ok());
        QCOMPARE(frontMatter.count(), 2);
        QCOMPARE(modified.count(), 1);  // still modified: no new signal

        doc.setBodyFromLf("Other body\n");
        QCOMPARE(body.count(), 1);
        QCOMPARE(frontMatter.count(), 2);

        // Undoing every change by hand makes the document unmodified again.
        QVERIFY(doc.setScalar(QStringLiteral("title"), QStringLiteral("Old")).ok());
        QVERIFY(doc.setList(QStringLiteral("tags"), {QStringLiteral("a"), QStringLiteral("b")}).ok());
        doc.setBodyFromLf("Body\n");
        QCOMPARE(doc.post().text(), kPost);
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.count(), 2);
        QCOMPARE(modified.at(1).at(0).toBool(), false);
        QCOMPARE(frontMatter.count(), 4);
        QCOMPARE(body.count(), 2);
    }

    // The hub: every subscriber reads the same body on each edit, without the document copying it.
    void everySubscriberSeesEachBodyEdit() {
        PostDocument doc;
        doc.reset(Post::fromText("---\r\ntitle: T\r\n---\r\nLine one\r\nLine two\r\n"),
                  QStringLiteral("/nonexistent/post.md"));
        QCOMPARE(doc.bodyLf(), QByteArray("Line one\nLine two\n"));  // the editor's LF, whatever the file has
        QList<QByteArray> first, second;
        connect(&doc, &PostDocument::bodyChanged, this, [&] { first.append(doc.bodyLf()); });
        connect(&doc, &PostDocument::bodyChanged, this, [&] { second.append(doc.bodyLf()); });
        const QByteArray edits[] = {"Line one\nLine two\nx", "Line one\nLine two\nxy", "Line one\n"};
        for (const QByteArray &edit : edits) {
            doc.setBodyFromLf(edit);
            QCOMPARE(doc.bodyLf().constData(), edit.constData());  // shared, not copied
        }
        const QList<QByteArray> expected(std::begin(edits), std::end(edits));
        QCOMPARE(first, expected);
        QCOMPARE(second, expected);
        QCOMPARE(doc.post().body(), QByteArray("Line one\r\n"));  // the file's endings kept
        doc.setBodyFromLf("Line one\n");                          // no change: nobody is told
        QCOMPARE(first.size(), 3);
    }

    void bodyFollowsLoadsAndResets() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: On disk\n---\nFrom the file\n");
        file.close();
        PostDocument doc;
        QByteArray seenOnLoad;
        connect(&doc, &PostDocument::loaded, this, [&] { seenOnLoad = doc.bodyLf(); });
        QVERIFY(doc.load(path).ok());
        QCOMPARE(seenOnLoad, QByteArray("From the file\n"));
        doc.reset(Post::fromText("---\ntitle: New\n---\n"));
        QCOMPARE(seenOnLoad, QByteArray());
        doc.recover(path, QByteArray(), "---\ntitle: R\n---\nRecovered\n");
        QCOMPARE(seenOnLoad, QByteArray("Recovered\n"));
    }

    void unchangedOrRefusedEditsEmitNothing_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<std::function<Status(PostDocument &)>>("edit");
        QTest::newRow("same title") << kPost << true
                                    << std::function<Status(PostDocument &)>([](PostDocument &d) {
                                           return d.setScalar(QStringLiteral("title"), QStringLiteral("Old"));
                                       });
        QTest::newRow("same list")
            << kPost << true << std::function<Status(PostDocument &)>([](PostDocument &d) {
                   return d.setList(QStringLiteral("tags"), {QStringLiteral("a"), QStringLiteral("b")});
               });
        QTest::newRow("same front matter text")
            << kPost << true << std::function<Status(PostDocument &)>([](PostDocument &d) {
                   return d.setFrontMatterText("title: Old # keep me\ntags: [a, b]\n");
               });
        QTest::newRow("toml is refused")
            << QByteArray("+++\ntitle = \"A\"\n+++\n") << false
            << std::function<Status(PostDocument &)>(
                   [](PostDocument &d) { return d.setScalar(QStringLiteral("title"), QStringLiteral("B")); });
        QTest::newRow("removing a missing key is refused")
            << kPost << false << std::function<Status(PostDocument &)>([](PostDocument &d) {
                   return d.remove(QStringLiteral("x"));
               });
    }
    void unchangedOrRefusedEditsEmitNothing() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, succeeds);
        QFETCH(std::function<Status(PostDocument &)>, edit);
        PostDocument doc;
        doc.reset(Post::fromText(bytes), QStringLiteral("/nonexistent/post.md"));
        QSignalSpy frontMatter(&doc, &PostDocument::frontMatterChanged);
        QSignalSpy modified(&doc, &PostDocument::modifiedChanged);
        const Status status = edit(doc);
        QCOMPARE(status.ok(), succeeds);
        QCOMPARE(doc.post().text(), bytes);
        QCOMPARE(frontMatter.count(), 0);
        QCOMPARE(modified.count(), 0);
        QVERIFY(!doc.isModified());
    }

    void saveWritesTheEditsAndClearsModified() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeFile(path, kPost));
        PostDocument doc;
        QVERIFY(doc.load(path).ok());
        QVERIFY(doc.setScalar(QStringLiteral("title"), QStringLiteral("New")).ok());
        QSignalSpy modified(&doc, &PostDocument::modifiedChanged);
        QSignalSpy saved(&doc, &PostDocument::saved);
        QSignalSpy pathChanged(&doc, &PostDocument::pathChanged);
        QVERIFY(doc.save().ok());
        const QByteArray expected = "---\ntitle: New # keep me\ntags: [a, b]\n---\nBody\n";
        QCOMPARE(readFile(path), expected);
        QCOMPARE(doc.savedText(), expected);
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.at(0).at(0).toBool(), false);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(pathChanged.count(), 0);
    }

    void saveAsMovesThePathAndFindsTheSite() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("site/_posts")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("site/_config.yml")), "title: Site\n"));
        PostDocument doc;
        doc.reset(Post::fromText(kPost));
        QVERIFY(doc.path().isEmpty());
        QVERIFY(doc.siteRoot().isEmpty());
        QVERIFY(doc.isModified());  // never saved
        QSignalSpy pathChanged(&doc, &PostDocument::pathChanged);
        const QString path = dir.filePath(QStringLiteral("site/_posts/2020-01-01-a.md"));
        QVERIFY(doc.saveAs(path).ok());
        QCOMPARE(readFile(path), kPost);
        QCOMPARE(pathChanged.count(), 1);
        QCOMPARE(doc.path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(doc.siteRoot(), QFileInfo(dir.filePath(QStringLiteral("site"))).canonicalFilePath());
        QVERIFY(!doc.isModified());
    }

    void saveIntoMissingFolderFailsAndKeepsTheEdits() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeFile(path, kPost));
        PostDocument doc;
        QVERIFY(doc.load(path).ok());
        QVERIFY(doc.setScalar(QStringLiteral("title"), QStringLiteral("New")).ok());
        const QByteArray edited = doc.post().text();
        QSignalSpy saved(&doc, &PostDocument::saved);
        QSignalSpy modified(&doc, &PostDocument::modifiedChanged);
        QSignalSpy pathChanged(&doc, &PostDocument::pathChanged);
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/post.md"));
        const Status status = doc.saveAs(missing);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(missing), qPrintable(status.error()));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(doc.isModified());
        QCOMPARE(doc.post().text(), edited);
        QCOMPARE(doc.path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(readFile(path), kPost);  // the original is untouched
        QCOMPARE(saved.count(), 0);
        QCOMPARE(modified.count(), 0);
        QCOMPARE(pathChanged.count(), 0);
    }

    void saveWithoutPathFails() {
        PostDocument doc;
        doc.reset(Post::fromText(kPost));
        QSignalSpy saved(&doc, &PostDocument::saved);
        const Status status = doc.save();
        QVERIFY(!status.ok());
        QVERIFY(!status.error().isEmpty());
        QVERIFY(doc.isModified());
        QCOMPARE(saved.count(), 0);
    }

    void resetReplacesTheContent_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("modified");
        QTest::newRow("with a path: as if read from there") << QStringLiteral("/nonexistent/a.md") << false;
        QTest::newRow("without a path: a new unsaved post") << QString() << true;
    }
    void resetReplacesTheContent() {
        QFETCH(QString, path);
        QFETCH(bool, modified);
        PostDocument doc;
        doc.reset(Post::fromText("---\ntitle: X\n---\n"), QStringLiteral("/nonexistent/old.md"));
        QVERIFY(doc.setScalar(QStringLiteral("title"), QStringLiteral("Y")).ok());
        QVERIFY(doc.isModified());
        QSignalSpy loaded(&doc, &PostDocument::loaded);
        QSignalSpy frontMatter(&doc, &PostDocument::frontMatterChanged);
        QSignalSpy modifiedSpy(&doc, &PostDocument::modifiedChanged);
        doc.reset(Post::fromText(kPost), path);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(frontMatter.count(), 0);
        QCOMPARE(doc.post().text(), kPost);
        QCOMPARE(doc.path(), path);
        QCOMPARE(doc.isModified(), modified);
        QCOMPARE(modifiedSpy.count(), modified ? 0 : 1);
        QCOMPARE(doc.savedText(), modified ? QByteArray() : kPost);
    }
};

QTEST_GUILESS_MAIN(TestPostDocument)
#include "tst_postdocument.moc"
