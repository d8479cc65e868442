// Location data leaves a copied photo, and nothing else does: the GPS tags (EXIF and XMP) are removed in
// place, the orientation and the camera's other tags stay, and a photo without a location is not rewritten.

#include <QtTest>

#include "site/photometadata.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

namespace {

enum class Where { None, Exif, Xmp };

// exiv2's own blank image of `type` at `path`, tagged with an orientation, a camera and a location `where`.
void writePhoto(const QString &path, int type, Where where) {
    Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::create(type, QFile::encodeName(path).toStdString());
    Exiv2::ExifData exif;
    exif["Exif.Image.Orientation"] = uint16_t(6);
    exif["Exif.Image.Make"] = "TestCam";
    if (where == Where::Exif) {
        exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
        exif["Exif.GPSInfo.GPSLatitude"] = "52/1 30/1 0/1";
    }
    image->setExifData(exif);
    if (where == Where::Xmp) {
        Exiv2::XmpData xmp;
        xmp["Xmp.exif.GPSLatitude"] = "52,30.0N";
        xmp["Xmp.dc.title"] = "Harbour";
        image->setXmpData(xmp);
    }
    image->writeMetadata();
}

struct Tags {
    QStringList keys;
    QString orientation;
    QString make;
};

Tags tagsOf(const QString &path) {
    Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
    image->readMetadata();
    Tags tags;
    for (const Exiv2::Exifdatum &datum : image->exifData()) {
        tags.keys.append(QString::fromStdString(datum.key()));
        if (datum.key() == "Exif.Image.Orientation")
            tags.orientation = QString::fromStdString(datum.toString());
        if (datum.key() == "Exif.Image.Make")
            tags.make = QString::fromStdString(datum.toString());
    }
    for (const Exiv2::Xmpdatum &datum : image->xmpData())
        tags.keys.append(QString::fromStdString(datum.key()));
    return tags;
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("MISSING");
}

}  // namespace

class TestPhotoMetadata : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void locationIsRemovedAndTheRestKept_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("where");
        QTest::addColumn<QString>("name");
        QTest::newRow("JPEG, EXIF GPS") << int(Exiv2::ImageType::jpeg) << int(Where::Exif) << "a.jpg";
        QTest::newRow("JPEG, XMP GPS") << int(Exiv2::ImageType::jpeg) << int(Where::Xmp) << "a.jpg";
        QTest::newRow("PNG, EXIF GPS") << int(Exiv2::ImageType::png) << int(Where::Exif) << "a.png";
    }

    void locationIsRemovedAndTheRestKept() {
        QFETCH(int, type);
        QFETCH(int, where);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        writePhoto(path, type, Where(where));
        QVERIFY(PhotoMetadata::hasLocation(path).value());

        const Status removed = PhotoMetadata::removeLocation(path);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(PhotoMetadata::hasLocation(path).value(), false);
        const Tags tags = tagsOf(path);
        QVERIFY2(tags.keys.filter(QStringLiteral("GPS")).isEmpty(), qPrintable(tags.keys.join(u' ')));
        QCOMPARE(tags.orientation, QStringLiteral("6"));
        QCOMPARE(tags.make, QStringLiteral("TestCam"));
        if (Where(where) == Where::Xmp)
            QVERIFY(tags.keys.contains(QStringLiteral("Xmp.dc.title")));
    }

    void photoWithoutLocationIsNotRewritten() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.jpg"));
        writePhoto(path, Exiv2::ImageType::jpeg, Where::None);
        const QByteArray before = readFile(path);
        QCOMPARE(PhotoMetadata::hasLocation(path).value(), false);
        QVERIFY(PhotoMetadata::removeLocation(path).ok());
        QCOMPARE(readFile(path), before);
    }

    void unreadableMetadataIsAMessageNamingTheFileAndTheFileStaysAsItWas() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xff\xd8\xff\xe1 not a photo after all");
        file.close();
        const QByteArray before = readFile(path);
        const Status removed = PhotoMetadata::removeLocation(path);
        QVERIFY(!removed.ok());
        QVERIFY2(removed.error().contains(QDir::toNativeSeparators(path)), qPrintable(removed.error()));
        QCOMPARE(readFile(path), before);
    }
};

#pragma GCC diagnostic pop

QTEST_GUILESS_MAIN(TestPhotoMetadata)
#include "tst_photometadata.moc"
