// When a pasted bitmap is a photo (JPEG) rather than a drawing (PNG), when a new image is offered a downscale
// and to what width, and which images are too large to decode at all.

#include <QtTest>

#include "site/imagesizerules.h"

class TestImageSizeRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void isPhoto_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qint64>("pngBytes");
        QTest::addColumn<bool>("transparent");
        QTest::addColumn<bool>("photo");
        const qint64 mib = 1024 * 1024;
        QTest::newRow("camera picture: large PNG, 3 bytes a pixel")
            << QSize(1000, 1000) << 3 * mib << false << true;
        QTest::newRow("small picture stays PNG even when dense")
            << QSize(300, 300) << 270000LL << false << false;
        QTest::newRow("screenshot: large but flat, under a byte a pixel")
            << QSize(3840, 2160) << 2 * mib << false << false;
        QTest::newRow("transparent picture stays PNG") << QSize(1000, 1000) << 3 * mib << true << false;
        QTest::newRow("just over the threshold at a byte a pixel")
            << QSize(1024, 1025) << 1024 * 1025LL << false << true;
        QTest::newRow("at the threshold is not over it") << QSize(1024, 1024) << mib << false << false;
    }

    void isPhoto() {
        QFETCH(QSize, size);
        QFETCH(qint64, pngBytes);
        QFETCH(bool, transparent);
        QFETCH(bool, photo);
        QCOMPARE(ImageSizeRules::isPhoto(size, pngBytes, transparent), photo);
    }

    void downscaleWidth_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<int>("maxWidth");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<int>("offered");
        QTest::newRow("within both limits: nothing offered")
            << QSize(2400, 1600) << 1000LL << 2400 << 2000LL << 0;
        QTest::newRow("wider than the limit: the limit")
            << QSize(4000, 3000) << 1000LL << 2400 << 2000LL << 2400;
        QTest::newRow("wider and larger: still the width limit")
            << QSize(4000, 3000) << 9000LL << 2400 << 2000LL << 2400;
        QTest::newRow("narrow but 4x the bytes: half the width")
            << QSize(2000, 1000) << 8000LL << 2400 << 2000LL << 1000;
        QTest::newRow("no width limit: bytes decide") << QSize(8000, 10) << 100LL << 0 << 2000LL << 0;
        QTest::newRow("a one pixel wide image cannot shrink")
            << QSize(1, 5000) << 9000LL << 2400 << 10LL << 0;
    }

    void downscaleWidth() {
        QFETCH(QSize, size);
        QFETCH(qint64, bytes);
        QFETCH(int, maxWidth);
        QFETCH(qint64, maxBytes);
        QFETCH(int, offered);
        QCOMPARE(ImageSizeRules::downscaleWidth(size, bytes, {maxWidth, maxBytes}), offered);
    }

    void defaultsAreTheIssuesFigures() {
        const ImageSizeRules::Limits limits;
        QCOMPARE(limits.maxWidth, 2400);
        QCOMPARE(limits.maxBytes, 2 * 1024 * 1024);
    }

    void decodable_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("decodable");
        QTest::newRow("a 50 megapixel phone photo") << QSize(8160, 6120) << true;
        QTest::newRow("a 20000 x 20000 bomb") << QSize(20000, 20000) << false;
        QTest::newRow("a header claiming no size") << QSize() << false;
    }

    void decodable() {
        QFETCH(QSize, size);
        QFETCH(bool, decodable);
        QCOMPARE(ImageSizeRules::decodable(size), decodable);
    }
};

QTEST_GUILESS_MAIN(TestImageSizeRules)
#include "tst_imagesizerules.moc"
