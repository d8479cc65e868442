// The worker half of adding images, on its own: a drop is all or nothing (a file that fails takes back the
// files written before it), a copy whose location cannot be removed is not kept, and a pasted image is
// written in the format it was encoded in, downscaled when asked.

#include <QImageReader>
#include <QStandardPaths>
#include <QtTest>

#include "editor/imagewritetask.h"
#include "imagetestharness.h"

using namespace ImageTest;

namespace {

// Named and started as a JPEG with EXIF, but nothing exiv2 can parse: its location cannot be checked.
void writeUnparsablePhoto(const QString &path) {
    writeFile(path, QByteArray("\xff\xd8\xff\xe1 not a photo after all", 29));
}

ImageWriteTask::Request requestFor(const Site &site) {
    ImageWriteTask::Request request;
    request.siteRoot = site.dir.path();
    request.postPath = site.post;
    return request;
}

}  // namespace

class TestImageWriteTask : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void copyWhoseLocationCannotBeCheckedIsNotKept_data() {
        QTest::addColumn<bool>("goodFileFirst");
        QTest::newRow("alone") << false;
        QTest::newRow("after a good file, which is taken back too") << true;
    }

    void copyWhoseLocationCannotBeCheckedIsNotKept() {
        QFETCH(bool, goodFileFirst);
        Site site;
        QTemporaryDir outside;
        const QString good = outside.filePath(QStringLiteral("good.png"));
        const QString bad = outside.filePath(QStringLiteral("bad.jpg"));
        writeImage(good, QSize(4, 4));
        writeUnparsablePhoto(bad);
        ImageWriteTask::Request request = requestFor(site);
        if (goodFileFirst)
            request.files.append({good, 0});
        request.files.append({bad, 0});

        const ImageWriteTask::Outcome outcome = ImageWriteTask::run(request);
        QVERIFY2(outcome.error.contains(bad), qPrintable(outcome.error));
        QVERIFY(outcome.written.isEmpty());
        QVERIFY(outcome.relativePaths.isEmpty());
        QCOMPARE(site.pics(), QStringList{QStringLiteral("old.png")});
    }

    void keptLocationCopiesAsItIs() {
        Site site;
        QTemporaryDir outside;
        const QString bad = outside.filePath(QStringLiteral("bad.jpg"));
        writeUnparsablePhoto(bad);
        ImageWriteTask::Request request = requestFor(site);
        request.keepLocation = true;
        request.files.append({bad, 0});
        const ImageWriteTask::Outcome outcome = ImageWriteTask::run(request);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.relativePaths, QStringList{QStringLiteral("assets/pics/my-post-1.jpg")});
    }

    void pastedImageIsWrittenAsEncodedOrDownscaled_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<QSize>("written");
        QTest::newRow("as encoded") << 0 << QSize(300, 100);
        QTest::newRow("downscaled") << 150 << QSize(150, 50);
    }

    void pastedImageIsWrittenAsEncodedOrDownscaled() {
        QFETCH(int, width);
        QFETCH(QSize, written);
        Site site;
        ImageWriteTask::Request request = requestFor(site);
        request.image = noiseImage(QSize(300, 100), false);
        request.encoded = {ImageEncoding::encode(request.image, "jpg").value(), "jpg"};
        request.width = width;
        const ImageWriteTask::Outcome outcome = ImageWriteTask::run(request);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.relativePaths, QStringList{QStringLiteral("assets/pics/my-post-1.jpg")});
        QImageReader reader(site.path("assets/pics/my-post-1.jpg"));
        QCOMPARE(reader.format(), QByteArray("jpeg"));
        QCOMPARE(reader.size(), written);
    }
};

QTEST_MAIN(TestImageWriteTask)
#include "tst_imagewritetask.moc"
