// Writing new images: pasted photos become JPEG, images over the writer's limits are offered a downscale
// (answered both ways), copied photos lose their location unless the writer keeps it and keep their
// orientation, decompression bombs are refused before decoding, and the writing runs off the GUI thread
// while the link goes where the cursor was.

#include <QAbstractButton>
#include <QBuffer>
#include <QImageReader>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

#include <functional>

#include "editor/downscaleoffer.h"
#include "imagetestharness.h"
#include "window/appsettings.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>
#pragma GCC diagnostic pop

using namespace ImageTest;

namespace {

// A JPEG made by Qt with EXIF written by exiv2: orientation 6 (shown turned a quarter, so `size` transposed),
// a camera, and a location.
void writePhoto(const QString &path, const QSize &size) {
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QVERIFY(image.save(path, "jpg"));
    Exiv2::Image::AutoPtr photo = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
    photo->readMetadata();
    Exiv2::ExifData &exif = photo->exifData();
    exif["Exif.Image.Orientation"] = uint16_t(6);
    exif["Exif.Image.Make"] = "TestCam";
    exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
    exif["Exif.GPSInfo.GPSLatitude"] = "52/1 30/1 0/1";
    exif["Exif.GPSInfo.GPSLongitudeRef"] = "E";
    exif["Exif.GPSInfo.GPSLongitude"] = "13/1 24/1 0/1";
    photo->writeMetadata();
}

// The EXIF tags of the file at `path`, key to value.
QMap<QString, QString> exifOf(const QString &path) {
    Exiv2::Image::AutoPtr photo = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
    photo->readMetadata();
    QMap<QString, QString> tags;
    for (const Exiv2::Exifdatum &datum : photo->exifData())
        tags.insert(QString::fromStdString(datum.key()), QString::fromStdString(datum.toString()));
    return tags;
}

bool hasLocation(const QMap<QString, QString> &tags) {
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        if (it.key().contains(QLatin1String("GPS")))
            return true;
    }
    return false;
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("MISSING");
}

// The pixel size stored in the file, its orientation tag ignored.
QSize storedSize(const QString &path) {
    QImageReader reader(path);
    reader.setAutoTransform(false);
    return reader.size();
}

// A small JPEG whose frame header claims `width` x `height` pixels: a decompression bomb.
void writeBombJpeg(const QString &path, quint16 width, quint16 height) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(redImage().save(&buffer, "jpg"));
    const qsizetype frame =
        bytes.indexOf(QByteArray("\xff\xc0", 2));  // SOF0: length, precision, height, width
    QVERIFY(frame > 0);
    bytes[frame + 5] = char(height >> 8);
    bytes[frame + 6] = char(height & 0xff);
    bytes[frame + 7] = char(width >> 8);
    bytes[frame + 8] = char(width & 0xff);
    writeFile(path, bytes);
}

}  // namespace

class TestImageWrite : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    // The writer's image settings start at their defaults in every test.
    void init() { QSettings().clear(); }

    void pastedPhotoIsWrittenAsJpegAndOfferedADownscale_data() {
        QTest::addColumn<bool>("downscale");
        QTest::addColumn<int>("width");
        QTest::newRow("Downscale to 2,400 px") << true << 2400;
        QTest::newRow("Keep Original Size") << false << 2600;
    }

    void pastedPhotoIsWrittenAsJpegAndOfferedADownscale() {
        QFETCH(bool, downscale);
        QFETCH(int, width);
        Site site;
        Editing editing(site.post);
        editing.downscale = downscale;
        editing.paste(imageData(noiseImage(QSize(2600, 650), false)));

        QCOMPARE(editing.asked.size(), 1);
        QCOMPARE(editing.asked.first().width, 2400);
        const QString written = site.path("assets/pics/my-post-1.jpg");
        QImageReader reader(written);
        QCOMPARE(reader.format(), QByteArray("jpeg"));
        QCOMPARE(reader.size().width(), width);
        QCOMPARE(reader.size().height(), qRound(650.0 * width / 2600));
        QCOMPARE(site.pics(), QStringList({QStringLiteral("my-post-1.jpg"), QStringLiteral("old.png")}));
        QCOMPARE(editing.editor.toPlainText(),
                 QStringLiteral("Hello\n![image]({{ site.baseurl }}/assets/pics/my-post-1.jpg)"));
    }

    void pastedTransparentPictureStaysPngHoweverLarge() {
        Site site;
        Editing editing(site.post);
        editing.paste(imageData(noiseImage(QSize(1000, 600), true)));
        QImageReader reader(site.path("assets/pics/my-post-1.png"));
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(1000, 600));
    }

    void pastedImageOverTheSizeLimitIsOfferedASmallerWidth() {
        AppSettings::setImageLimits({2400, 100 * 1024});
        Site site;
        Editing editing(site.post);
        editing.downscale = true;
        editing.paste(imageData(noiseImage(QSize(600, 300), false)));  // ~700 KB as PNG: not yet a photo
        QCOMPARE(editing.asked.size(), 1);
        const int offered = editing.asked.first().width;
        QVERIFY2(offered > 0 && offered < 600, qPrintable(QString::number(offered)));
        QImageReader reader(site.path("assets/pics/my-post-1.png"));
        QCOMPARE(reader.size().width(), offered);
    }

    void smallPastedImageIsNotOfferedADownscale() {
        Site site;
        Editing editing(site.post);
        editing.paste(imageData(redImage()));
        QVERIFY(editing.asked.isEmpty());
        QCOMPARE(QImageReader(site.path("assets/pics/my-post-1.png")).size(), QSize(30, 20));
    }

    void droppedPhotoLosesItsLocationAndKeepsItsOrientation_data() {
        QTest::addColumn<bool>("keepLocation");
        QTest::newRow("location removed (the default)") << false;
        QTest::newRow("location kept when the writer keeps it") << true;
    }

    void droppedPhotoLosesItsLocationAndKeepsItsOrientation() {
        QFETCH(bool, keepLocation);
        if (keepLocation)
            AppSettings::setKeepImageLocation(true);
        Site site;
        QTemporaryDir outside;
        const QString photo = outside.filePath(QStringLiteral("IMG_0001.JPG"));
        writePhoto(photo, QSize(60, 40));
        const QByteArray original = readFile(photo);
        Editing editing(site.post);
        editing.drop({photo}, 0);

        const QString copied = site.path("assets/pics/my-post-1.jpg");
        const QMap<QString, QString> tags = exifOf(copied);
        QCOMPARE(hasLocation(tags), keepLocation);
        QCOMPARE(tags.value(QStringLiteral("Exif.Image.Orientation")), QStringLiteral("6"));
        QCOMPARE(tags.value(QStringLiteral("Exif.Image.Make")), QStringLiteral("TestCam"));
        QCOMPARE(storedSize(copied), QSize(60, 40));  // not re-encoded
        QCOMPARE(readFile(photo), original);          // the writer's own file is untouched
        QVERIFY(editing.asked.isEmpty());
        QCOMPARE(editing.editor.toPlainText(),
                 QStringLiteral("![IMG_0001]({{ site.baseurl }}/assets/pics/my-post-1.jpg)Hello\n"));
    }

    void droppedWidePhotoIsOfferedADownscale_data() {
        QTest::addColumn<bool>("downscale");
        QTest::addColumn<QSize>("stored");
        QTest::addColumn<QString>("orientation");
        // Stored 100 x 3000, shown turned (orientation 6) as 3000 x 100: over the 2,400 px limit.
        QTest::newRow("Downscale: re-encoded as shown, orientation in the pixels")
            << true << QSize(2400, 80) << QString();
        QTest::newRow("Keep Original Size: copied, orientation tag kept")
            << false << QSize(100, 3000) << QStringLiteral("6");
    }

    void droppedWidePhotoIsOfferedADownscale() {
        QFETCH(bool, downscale);
        QFETCH(QSize, stored);
        QFETCH(QString, orientation);
        Site site;
        QTemporaryDir outside;
        const QString photo = outside.filePath(QStringLiteral("pano.jpg"));
        writePhoto(photo, QSize(100, 3000));
        Editing editing(site.post);
        editing.downscale = downscale;
        editing.drop({photo}, 0);

        QCOMPARE(editing.asked.size(), 1);
        QCOMPARE(editing.asked.first().width, 2400);
        const QString written = site.path("assets/pics/my-post-1.jpg");
        QCOMPARE(storedSize(written), stored);
        const QMap<QString, QString> tags = exifOf(written);
        QCOMPARE(tags.value(QStringLiteral("Exif.Image.Orientation")), orientation);
        QVERIFY(!hasLocation(tags));
        QCOMPARE(editing.editor.toPlainText(),
                 QStringLiteral("![pano]({{ site.baseurl }}/assets/pics/my-post-1.jpg)Hello\n"));
    }

    void hugeImageIsRefusedBeforeDecoding() {
        Site site;
        QTemporaryDir outside;
        const QString bomb = outside.filePath(QStringLiteral("bomb.jpg"));
        writeBombJpeg(bomb, 20000, 20000);
        QCOMPARE(QImageReader(bomb).size(), QSize(20000, 20000));  // the header is believed
        Editing editing(site.post);
        editing.drop({bomb}, 0);
        QCOMPARE(editing.editor.toPlainText(), QStringLiteral("Hello\n"));
        QCOMPARE(site.pics(), QStringList{QStringLiteral("old.png")});
        QVERIFY2(editing.lastMessage().contains(QDir::toNativeSeparators(bomb)),
                 qPrintable(editing.lastMessage()));
        QVERIFY2(editing.lastMessage().contains(QStringLiteral("20000")), qPrintable(editing.lastMessage()));
    }

    void linkGoesWhereTheCursorWasWhileTheWriterTypes_data() {
        QTest::addColumn<bool>("typeAtStart");
        QTest::addColumn<QString>("expected");
        QTest::newRow("typing earlier in the text moves the place along")
            << true << "Intro Hello\n![image]({{ site.baseurl }}/assets/pics/my-post-1.png)";
        QTest::newRow("typing at the place goes after the link")
            << false << "Hello\n![image]({{ site.baseurl }}/assets/pics/my-post-1.png)Intro ";
    }

    void linkGoesWhereTheCursorWasWhileTheWriterTypes() {
        QFETCH(bool, typeAtStart);
        QFETCH(QString, expected);
        Site site;
        Editing editing(site.post);
        editing.startPaste(imageData(noiseImage(QSize(400, 300), false)));
        QVERIFY(editing.binding.imageInsertion()->busy());  // the editor is free while the image is written
        if (typeAtStart)
            editing.editor.moveCursor(QTextCursor::Start);
        QTest::keyClicks(&editing.editor, QStringLiteral("Intro "));
        editing.settle();
        QCOMPARE(editing.editor.toPlainText(), expected);
        QCOMPARE(editing.editor.textCursor().selectedText(), QStringLiteral("image"));
        editing.editor.undo();  // the link alone, one step
        QCOMPARE(editing.editor.toPlainText(),
                 typeAtStart ? QStringLiteral("Intro Hello\n") : QStringLiteral("Hello\nIntro "));
    }

    void imageWrittenAfterThePostChangedIsKeptButNotLinkedElsewhere() {
        Site site;
        Editing editing(site.post);
        editing.startPaste(imageData(redImage()));
        QVERIFY(editing.document.load(site.path("_posts/2020-01-01-older.md")).ok());
        editing.settle();
        QVERIFY(QFileInfo::exists(site.path("assets/pics/my-post-1.png")));
        QVERIFY(!editing.editor.toPlainText().contains(QStringLiteral("my-post-1")));
        QVERIFY2(editing.lastMessage().contains(QStringLiteral("my-post-1.png")),
                 qPrintable(editing.lastMessage()));
    }

    void dialogAsksWithTheTwoAnswers_data() {
        QTest::addColumn<QString>("click");
        QTest::addColumn<bool>("downscale");
        QTest::newRow("Downscale to 2,400 px") << "Downscale to" << true;
        QTest::newRow("Keep Original Size") << "Keep Original Size" << false;
    }

    void dialogAsksWithTheTwoAnswers() {
        QFETCH(QString, click);
        QFETCH(bool, downscale);
        const DownscaleOffer::Question question =
            DownscaleOffer::about(QStringLiteral("big.jpg"), 4000, 5000000, 2400);
        QVERIFY(question.text.contains(QStringLiteral("big.jpg")));
        QStringList buttons;
        std::function<void()> answer = [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                QTimer::singleShot(10, qApp, answer);
                return;
            }
            for (QAbstractButton *button : box->buttons())
                buttons.append(button->text());
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().startsWith(click)) {
                    button->click();
                    break;
                }
            }
        };
        QTimer::singleShot(0, qApp, answer);
        QCOMPARE(DownscaleOffer::askWithDialog(nullptr, question), downscale);
        buttons.sort();
        QCOMPARE(buttons, QStringList({QStringLiteral("Downscale to %1 px").arg(QLocale().toString(2400)),
                                       QStringLiteral("Keep Original Size")}));
    }
};

QTEST_MAIN(TestImageWrite)
#include "tst_imagewrite.moc"
