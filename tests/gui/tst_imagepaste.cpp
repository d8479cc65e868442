// Pasting image data and dropping image files into the editor: the image is written into the post's site
// where its posts keep images, under the post's slug, and linked at the cursor in the site's URL style with
// the alt text selected; plain text pastes as before, and problems leave the text and the site alone.
// The writer may choose the site's image folder (inside the site only). tst_imagewrite: photos, downscaling,
// location data.

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QImageReader>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include "editor/imagefolderchoice.h"
#include "imagetestharness.h"
#include "window/appsettings.h"

using namespace ImageTest;

class TestImagePaste : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    // The writer's image settings start at their defaults in every test.
    void init() { QSettings().clear(); }

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
        QVERIFY(!editing.binding.imageFolder()->action()->isEnabled());  // no site to choose a folder in
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

    void chosenImageFolderOfTheSiteIsUsed() {
        Site site;
        QVERIFY(QDir().mkpath(site.path("media/shots")));
        Editing editing(site.post);
        QVERIFY(editing.binding.imageFolder()->action()->isEnabled());
        QVERIFY(editing.binding.imageFolder()->choose(site.path("media/shots")));
        QCOMPARE(AppSettings::imageFolder(site.dir.path()), QStringLiteral("media/shots"));
        editing.paste(imageData(redImage()));
        QVERIFY(QFileInfo::exists(site.path("media/shots/my-post-1.png")));
        QCOMPARE(editing.editor.toPlainText(),
                 QStringLiteral("Hello\n![image]({{ site.baseurl }}/media/shots/my-post-1.png)"));
    }

    void imageFolderOutsideTheSiteIsRefused() {
        Site site;
        QTemporaryDir outside;
        Editing editing(site.post);
        QSignalSpy said(editing.binding.imageFolder(), &ImageFolderChoice::message);
        QVERIFY(!editing.binding.imageFolder()->choose(outside.path()));
        QVERIFY(AppSettings::imageFolder(site.dir.path()).isNull());
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().at(0).toString().contains(QDir::toNativeSeparators(outside.path())),
                 qPrintable(said.first().at(0).toString()));
    }
};

QTEST_MAIN(TestImagePaste)
#include "tst_imagepaste.moc"
