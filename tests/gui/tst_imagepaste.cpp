// Pasting image data and dropping image files into the editor: the image is written into the post's site
// where its posts keep images, under the post's slug, and linked at the cursor in the site's URL style with
// the alt text selected; plain text pastes as before, and problems leave the text and the site alone.

#include <QClipboard>
#include <QGuiApplication>
#include <QImageReader>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include "editor/editorbinding.h"
#include "editor/imageinsertion.h"
#include "editor/markdowneditor.h"
#include "post/postdocument.h"

namespace {

void writeFile(const QString &path, const QByteArray &bytes) {
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

void writeImage(const QString &path, const QSize &size) {
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(path));
}

QImage redImage() {
    QImage image(30, 20, QImage::Format_ARGB32);
    image.fill(Qt::red);
    return image;
}

// A site with baseurl /blog whose older post links an image as `{{ site.baseurl }}/assets/pics/old.png`,
// and the post being edited, `my-post`.
struct Site {
    QTemporaryDir dir;
    QString post;
    Site() {
        writeFile(dir.filePath(QStringLiteral("_config.yml")), "baseurl: /blog\n");
        writeImage(dir.filePath(QStringLiteral("assets/pics/old.png")), QSize(4, 4));
        writeFile(dir.filePath(QStringLiteral("_posts/2020-01-01-older.md")),
                  "---\ntitle: Older\n---\n![old]({{ site.baseurl }}/assets/pics/old.png)\n");
        post = dir.filePath(QStringLiteral("_posts/2020-02-02-my-post.md"));
        writeFile(post, "---\ntitle: Mine\n---\nHello\n");
    }
    QString path(const char *relative) const { return dir.filePath(QString::fromLatin1(relative)); }
    QStringList pics() const { return QDir(path("assets/pics")).entryList(QDir::Files, QDir::Name); }
};

struct Editing {
    MarkdownEditor editor;
    PostDocument document;
    EditorBinding binding{&editor, nullptr};
    QSignalSpy messages{binding.imageInsertion(), &ImageInsertion::message};
    explicit Editing(const QString &post) {
        binding.setDocument(&document);
        if (!post.isEmpty())
            QVERIFY(document.load(post).ok());
        editor.resize(600, 400);
        editor.show();
        editor.moveCursor(QTextCursor::End);
    }
    void paste(QMimeData *data) {
        QGuiApplication::clipboard()->setMimeData(data);
        editor.paste();
    }
    void drop(const QStringList &files, int position) {
        QList<QUrl> urls;
        for (const QString &file : files)
            urls.append(QUrl::fromLocalFile(file));
        QMimeData data;
        data.setUrls(urls);
        QTextCursor at(editor.document());
        at.setPosition(position);
        const QPoint point = editor.cursorRect(at).center();
        QDragEnterEvent enter(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor.viewport(), &enter);
        QDropEvent drop(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor.viewport(), &drop);
    }
    QString lastMessage() const { return messages.isEmpty() ? QString() : messages.last().at(0).toString(); }
};

QMimeData *imageData(const QImage &image) {
    auto *data = new QMimeData;
    data->setImageData(image);
    return data;
}

}  // namespace

class TestImagePaste : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pastedImageIsWrittenAsPngAndLinkedInTheSiteStyle() {
        Site site;
        Editing editing(site.post);
        editing.paste(imageData(redImage()));

        const QString written = site.path("assets/pics/my-post-1.png");
        QImageReader reader(written);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(30, 20));
        QCOMPARE(editing.editor.toPlainText(),
                 QStringLiteral("Hello\n![image]({{ site.baseurl }}/assets/pics/my-post-1.png)"));
        QCOMPARE(editing.editor.textCursor().selectedText(), QStringLiteral("image"));
        QCOMPARE(editing.document.bodyLf(), editing.editor.bodyUtf8());
        QVERIFY2(editing.lastMessage().contains(QStringLiteral("my-post-1.png")),
                 qPrintable(editing.lastMessage()));

        // Typing replaces the selected alt text; a second paste takes the next name.
        QTest::keyClicks(&editing.editor, QStringLiteral("red"));
        editing.editor.moveCursor(QTextCursor::End);
        editing.paste(imageData(redImage()));
        QVERIFY(QFileInfo::exists(site.path("assets/pics/my-post-2.png")));
        QCOMPARE(editing.editor.toPlainText(),
                 QStringLiteral("Hello\n![red]({{ site.baseurl }}/assets/pics/my-post-1.png)"
                                "![image]({{ site.baseurl }}/assets/pics/my-post-2.png)"));
    }

    void pastedImageWinsOverItsAddress() {
        Site site;
        Editing editing(site.post);
        QMimeData *data = imageData(redImage());
        data->setText(QStringLiteral("https://example.com/cat.png"));
        editing.paste(data);
        QVERIFY(QFileInfo::exists(site.path("assets/pics/my-post-1.png")));
        QCOMPARE(editing.editor.toPlainText(),
                 QStringLiteral("Hello\n![image]({{ site.baseurl }}/assets/pics/my-post-1.png)"));
    }

    void pastedImageIsOneUndoStep() {
        Site site;
        Editing editing(site.post);
        editing.paste(imageData(redImage()));
        QVERIFY(editing.editor.toPlainText().contains(QStringLiteral("my-post-1.png")));
        editing.editor.undo();
        QCOMPARE(editing.editor.toPlainText(), QStringLiteral("Hello\n"));
    }

    void droppedFileFromOutsideIsCopiedInAndLinkedWhereItFell() {
        Site site;
        QTemporaryDir outside;
        const QString photo = outside.filePath(QStringLiteral("Holiday.PNG"));
        writeImage(photo, QSize(8, 6));
        Editing editing(site.post);
        editing.drop({photo}, 0);

        const QString copied = site.path("assets/pics/my-post-1.png");
        QCOMPARE(QImageReader(copied).size(), QSize(8, 6));
        QVERIFY(QFileInfo::exists(photo));
        QCOMPARE(editing.editor.toPlainText(),
                 QStringLiteral("![Holiday]({{ site.baseurl }}/assets/pics/my-post-1.png)Hello\n"));
        QCOMPARE(editing.editor.textCursor().selectedText(), QStringLiteral("Holiday"));
    }

    void severalDroppedFilesAreLinkedOnePerLine() {
        Site site;
        QTemporaryDir outside;
        const QString first = outside.filePath(QStringLiteral("first.png"));
        const QString second = outside.filePath(QStringLiteral("second.jpg"));
        writeImage(first, QSize(3, 3));
        writeImage(second, QSize(5, 5));
        Editing editing(site.post);
        editing.drop({first, second}, 0);
        QCOMPARE(editing.editor.toPlainText(),
                 QStringLiteral("![first]({{ site.baseurl }}/assets/pics/my-post-1.png)\n"
                                "![second]({{ site.baseurl }}/assets/pics/my-post-2.jpg)Hello\n"));
        QCOMPARE(editing.editor.textCursor().selectedText(), QStringLiteral("first"));
        QCOMPARE(QImageReader(site.path("assets/pics/my-post-2.jpg")).size(), QSize(5, 5));
    }

    void aDropWithOneFileThatIsNotAnImageAddsNone() {
        Site site;
        QTemporaryDir outside;
        const QString good = outside.filePath(QStringLiteral("good.png"));
        const QString bad = outside.filePath(QStringLiteral("bad.jpg"));
        writeImage(good, QSize(3, 3));
        writeFile(bad, "text pretending");
        Editing editing(site.post);
        editing.drop({good, bad}, 0);
        QCOMPARE(editing.editor.toPlainText(), QStringLiteral("Hello\n"));
        QCOMPARE(site.pics(), QStringList{QStringLiteral("old.png")});
        QVERIFY2(editing.lastMessage().contains(QDir::toNativeSeparators(bad)),
                 qPrintable(editing.lastMessage()));
    }

    void droppedFileInsideTheSiteIsLinkedInPlace() {
        Site site;
        Editing editing(site.post);
        editing.drop({site.path("assets/pics/old.png")}, 0);
        QCOMPARE(editing.editor.toPlainText(),
                 QStringLiteral("![old]({{ site.baseurl }}/assets/pics/old.png)Hello\n"));
        QCOMPARE(site.pics(), QStringList{QStringLiteral("old.png")});
    }

    void droppedFileThatIsNotAnImageAddsNothing() {
        Site site;
        QTemporaryDir outside;
        const QString notes = outside.filePath(QStringLiteral("notes.png"));
        writeFile(notes, "not an image at all");
        Editing editing(site.post);
        editing.drop({notes}, 0);
        QCOMPARE(editing.editor.toPlainText(), QStringLiteral("Hello\n"));
        QCOMPARE(site.pics(), QStringList{QStringLiteral("old.png")});
        QVERIFY2(editing.lastMessage().contains(QDir::toNativeSeparators(notes)),
                 qPrintable(editing.lastMessage()));
    }

    void droppedFileNotNamedAsAnImageDropsAsBefore() {
        Site site;
        QTemporaryDir outside;
        const QString notes = outside.filePath(QStringLiteral("notes.txt"));
        writeFile(notes, "words");
        Editing editing(site.post);
        editing.drop({notes}, 0);
        // What the plain text editor makes of the same drop, without images.
        Editing plain(site.post);
        plain.editor.setImageInsertion(nullptr);
        plain.drop({notes}, 0);
        QVERIFY(plain.editor.toPlainText() != QStringLiteral("Hello\n"));  // the drop did something
        QCOMPARE(editing.editor.toPlainText(), plain.editor.toPlainText());
        QVERIFY(editing.messages.isEmpty());
        QCOMPARE(site.pics(), QStringList{QStringLiteral("old.png")});
    }

    void plainTextPastesAsBefore_data() {
        QTest::addColumn<bool>("withImage");
        QTest::newRow("text only") << false;
        QTest::newRow("text with a picture of it (office programs)") << true;
    }

    void plainTextPastesAsBefore() {
        QFETCH(bool, withImage);
        Site site;
        Editing editing(site.post);
        auto *data = new QMimeData;
        data->setText(QStringLiteral("plain words"));
        if (withImage)
            data->setImageData(redImage());
        editing.paste(data);
        QCOMPARE(editing.editor.toPlainText(), QStringLiteral("Hello\nplain words"));
        QCOMPARE(site.pics(), QStringList{QStringLiteral("old.png")});
        QVERIFY(editing.messages.isEmpty());
    }

    void unsavedPostWritesNothing() {
        Editing editing{QString()};
        editing.document.reset(Post::fromText("---\ntitle: New\n---\nBody\n"));
        editing.editor.moveCursor(QTextCursor::End);
        editing.paste(imageData(redImage()));
        QCOMPARE(editing.editor.toPlainText(), QStringLiteral("Body\n"));
        QCOMPARE(editing.messages.size(), 1);
        QVERIFY2(editing.lastMessage().contains(QStringLiteral("Save")), qPrintable(editing.lastMessage()));
    }

    void unwritableImageFolderWritesNothingAndSaysWhy() {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("_config.yml")), "title: T\n");
        writeFile(dir.filePath(QStringLiteral("assets/images")), "a file where the folder should be");
        const QString post = dir.filePath(QStringLiteral("_posts/2020-02-02-p.md"));
        writeFile(post, "---\ntitle: P\n---\nBody\n");
        Editing editing(post);
        editing.paste(imageData(redImage()));
        QCOMPARE(editing.editor.toPlainText(), QStringLiteral("Body\n"));
        QVERIFY2(editing.lastMessage().contains(
                     QDir::toNativeSeparators(dir.filePath(QStringLiteral("assets/images")))),
                 qPrintable(editing.lastMessage()));
    }
};

QTEST_MAIN(TestImagePaste)
#include "tst_imagepaste.moc"
